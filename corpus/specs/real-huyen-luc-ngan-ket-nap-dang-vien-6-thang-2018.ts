// Huyện Lục Ngạn (Bắc Giang): the district portal, "Phấn đấu hoàn thành kế hoạch kết nạp đảng viên mới" (Quang
// Huấn), lucngan.bacgiang.gov.vn/node/13447, 6/2018; whole (a photo caption kept; the site's error line left out).
// The 113 admitted are "trên 38,1%" of the plan, and the year's aim is "trên 290 … trở lên": 113/290 = 38,97%, but
// the plan behind the 38,1% is a number above 290 (296 gives 38,18%), so the aim is not the base (a trap). The
// shares 44%, 50%, 44% of the 113 have no counts; "Thanh Hải 11/15, Đồng Cốc 8/7, Tân Sơn 6/7" are admitted against
// each unit's quota, written without rates.
import { contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-luc-ngan-ket-nap-dang-vien-6-thang-2018.txt',
  prefix: 'lnk',
  claims: [
    contradiction({ id: 'admitted-of-plan', kind: 'ratio_percent', quote: ['kết nạp 113 quần chúng ưu tú vào Đảng, đạt trên 38,1% so với kế hoạch', 'phấn đấu kết nạp trên 290 đảng viên trở lên'], stated: '38,1%', expected: '38,1%', consistent: true, reason: 'The plan is "trên 290", an aim above 290, not the base of the rate: 113 is above 38,1% of any plan up to 296.', trap: 'A rate beside a target written "trên 290 … trở lên"; 113/290 = 38,97% is not what the text measures.' }),
  ],
});
