// Tỉnh Thái Nguyên: Thái Nguyên TV, "Thái Nguyên: Giá trị sản xuất công nghiệp 6 tháng đầu năm đạt trên 257 nghìn tỷ
// đồng" (title from the address), thainguyentv.vn/thai-nguyen-gia-tri-san-xuat-cong-nghiep-6-thang-dau-nam-dat-tren-257-nghin-ty-dong-33992.html;
// the paragraphs as stored (they begin at "Trong đó"; an image's alt text left out). The total is not written: the three
// ownership parts give it (257,7 nghìn tỷ). Percents of plan have no plan in the text.
import { report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-thai-nguyen-cong-nghiep-6-thang-2017.txt',
  prefix: 'tnc',
  claims: [
    share({ id: 'manufacturing-share', quote: ['255,8 nghìn tỷ đồng (chiếm tỷ trọng 99%)', 'công nghiệp địa phương ước đạt 9,7 nghìn tỷ đồng', 'Trung ương ước đạt 8 nghìn tỷ đồng', 'nước ngoài ước đạt 240 nghìn tỷ đồng'], x: '255,8', y: '9,7 + 8 + 240', stated: '99%', note: '255,8/257,7 = 99,26%: 99%.' }),
  ],
});
