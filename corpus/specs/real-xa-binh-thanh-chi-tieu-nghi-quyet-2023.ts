// Xã Bình Thành (huyện Phụng Hiệp, Hậu Giang): báo Hậu Giang, "Huyện Phụng Hiệp: Xã Bình Thành đã thực hiện đạt và vượt
// 11/14 chỉ tiêu nghị quyết" (the district's working session with the Đảng ủy xã on 2023), baohaugiang.com.vn/thoi-su-trong-tinh/huyen-phung-hiep-xa-binh-thanh-da-thuc-hien-dat-va-vuot-11-14-chi-tieu-nghi-quyet-127789.html;
// opening. The commune's 14 targets are split into met, missed and still to be judged.
// Planted: the body's 11/14 targets met written 12/14 (one edit: 12 + 2 + 1 is 15, and the headline keeps 11).
import { contradiction, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-binh-thanh-chi-tieu-nghi-quyet-2023.txt',
  prefix: 'bt23',
  claims: [
    sum({ id: 'targets-by-state', quote: ['đạt và vượt 12/14 chỉ tiêu nghị quyết, tiêu biểu', 'Hai chỉ tiêu chưa đạt', 'Còn 1 chỉ tiêu chờ đánh giá'], parts: ['12', '2', '1'], total: '14', labels: ['đạt và vượt', 'chưa đạt', 'chờ đánh giá'], mistake: 'planted', original: 'đạt và vượt 11/14 chỉ tiêu nghị quyết, tiêu biểu', note: 'As published, 11 + 2 + 1 = 14.' }),
    repeat({ id: 'headline-targets-met', quote: ['đạt và vượt 12/14 chỉ tiêu nghị quyết, tiêu biểu', 'đạt và vượt 11/14 chỉ tiêu nghị quyết\n'], values: ['11', '12'], mistake: 'planted', original: 'đạt và vượt 11/14 chỉ tiêu nghị quyết, tiêu biểu', note: 'The same edit: the headline keeps the published 11.' }),
    contradiction({ id: 'missed-targets-named', kind: 'sum_parts', quote: ['Hai chỉ tiêu chưa đạt là thu thuế và bảo hiểm y tế', 'thu thuế được hơn 315 triệu đồng, đạt 64,4%'], stated: '2', expected: '2 named, both below target', consistent: true, reason: 'Thu thuế (64,4%) and bảo hiểm y tế (hơn 81% of plan): two targets, both short.' }),
    contradiction({ id: 'insurance-shortfall', kind: 'ratio_percent', quote: ['phải vận động hơn 1.400 người', 'được 6.453 thẻ, đạt hơn 81% kế hoạch'], stated: 'hơn 1.400', expected: 'about 1.400–1.500 (plan 6.453/0,81…0,82)', consistent: true, reason: 'If 6.453 cards are 81–82% of the plan, the plan is 7.870–7.967 and the shortfall 1.417–1.514: "hơn 1.400" fits.', trap: 'a shortfall derived from a lower-bound share; the plan itself is not written.' }),
  ],
});
