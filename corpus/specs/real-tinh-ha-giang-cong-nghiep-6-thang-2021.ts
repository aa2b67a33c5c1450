// Tỉnh Hà Giang: báo Hà Giang, "6 tháng đầu năm, giá trị sản xuất công nghiệp tăng 12,65% so với cùng kỳ năm trước" (title
// from the address), baohagiang.vn/kinh-te/202107/6-thang-dau-nam-gia-tri-san-xuat-cong-nghiep-tang-1265-so-voi-cung-ky-nam-truoc-778367/;
// whole (the photo caption left out). The rises have no base in the text. Planted: manufacturing 817,7 tỷ written 871,7
// (digits swapped), so the four sectors no longer add to the 1.671,5 tỷ.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ha-giang-cong-nghiep-6-thang-2021.txt',
  prefix: 'hgc',
  claims: [
    sum({ id: 'output-by-sector', quote: ['ước đạt 1.671,5 tỷ đồng', 'khai khoáng ước đạt 173 tỷ đồng', 'chế tạo ước đạt 871,7 tỷ đồng', 'phân phối điện ước đạt 666,7 tỷ đồng', 'rác thải ước đạt 14,1 tỷ đồng'], parts: ['173 tỷ đồng', '871,7 tỷ đồng', '666,7 tỷ đồng', '14,1 tỷ đồng'], total: '1.671,5 tỷ đồng', labels: ['khai khoáng', 'chế biến, chế tạo', 'điện', 'nước, rác thải'], mistake: 'planted', original: 'chế tạo ước đạt 817,7 tỷ đồng', note: '173 + 871,7 + 666,7 + 14,1 = 1.725,5 against 1.671,5; the published 817,7 gives 1.671,5.' }),
  ],
});
