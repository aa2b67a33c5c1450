// Tỉnh Nam Định: Đài PT-TH Nam Định, "Sản xuất nông nghiệp trên địa bàn tỉnh" (T/h: Thúy Nga),
// namdinhtv.vn/kinh-te/san-xuat-nong-nghiep-tren-dia-ban-tinh, six months of 2016; whole (the site's breadcrumb,
// comments heading, weather and links left out). The "đạt …% kế hoạch" and "tăng …%" have no plans or last year's
// figures in the text (not labelled). The grain output 538,8 nghìn tấn is more than the spring rice alone (75.700 ha ×
// 69,3 tạ/ha = 524,6 nghìn tấn): it also holds the winter crops' maize, so it is not area × yield (a trap).
import { contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-nam-dinh-san-xuat-nong-nghiep-6-thang-2016.txt',
  prefix: 'ndn',
  claims: [
    contradiction({ id: 'grain-not-rice-product', kind: 'other', quote: ['sản lượng lương thực có hạt ước 538,8 nghìn tấn', 'Diện tích lúa xuân hơn 75.700 ha', 'năng suất bình quân toàn tỉnh ước đạt 69,3 tạ/ha'], stated: '538,8', expected: '538,8', consistent: true, reason: 'The grain output also counts the winter crops (maize), so it is not the spring rice area times its yield (75.700 × 69,3 tạ/ha is about 524,6 nghìn tấn); it need only be more than that, and it is.', trap: 'An area and a yield beside an output that is not their product.' }),
  ],
});
