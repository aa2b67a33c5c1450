// Tây Ninh province: social and environmental results in the first six months of 2015, as published on
// tayninh.gov.vn (vi/news/dua-nghi/...-6-th-ng--u-n-m-2015--13038.html).
import { contradiction, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-tay-ninh-van-hoa-xa-hoi-6-thang-2015.txt',
  prefix: 'tni',
  claims: [
    ratio({ id: 'culture-centres', quote: '67/95 Trung tâm Văn hóa, Thể thao và Học tập cộng đồng hoạt động có hiệu quả, đạt tỷ lệ 71%', x: '67', y: '95', stated: '71%' }),
    contradiction({ id: 'decisions-per-subject', quote: ['Ban hành 74 quyết định xử phạt', 'đối với 70 tổ chức và 03 cá nhân'], stated: '74 quyết định', expected: '70 + 03 = 73 đối tượng', consistent: true, reason: 'Decisions are counted per violation: one organisation can receive two decisions, so 74 decisions for 73 subjects is not a sum error.', trap: 'counts per item that are not parts of a total.' }),
    contradiction({ id: 'inspections-per-subject', quote: ['Tổ chức được 77 cuộc thanh, kiểm tra với 289 tổ chức và 05 cá nhân'], stated: '77 cuộc', expected: '289 + 05 = 294 đối tượng', consistent: true, reason: 'One inspection covers several organisations; the subjects are not parts of the inspections.', trap: 'counts per item that are not parts of a total.' }),
  ],
});
