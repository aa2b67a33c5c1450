// Quận 11 (TP.HCM): the district portal, "Sơ kết chương trình trọng điểm giảm hộ nghèo" (30/12/2011),
// quan11.hochiminhcity.gov.vn/tintuc/Lists/Posts/Post.aspx?Source=/tintuc&Category=&ItemID=2472&Mode=1; whole (visit
// counters and the links below left out). Checked: 2.824 households raised above the line against the target 1.854
// (152,32%), the fall 1.265 = 1.238 + 27, the poor left 3.317 − 1.265 = 2.052, and the count of wards against the wards
// named. The "225%" of the 1.238 households has no base in the text (a trap, not checkable), nor has the 4,06% of all
// households. Planted: "có 6/16 phường" written 7/16 while six wards are named.
import { contradiction, difference, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-quan-11-giam-ngheo-2011.txt',
  prefix: 'q11',
  claims: [
    ratio({ id: 'raised-of-target', quote: ['(đạt 152,32% so với chỉ tiêu là 1.854 hộ)', 'đã có 2.824 hộ nâng chuẩn nghèo'], x: '2.824', y: '1.854', stated: '152,32%' }),
    sum({ id: 'fall-by-cause', quote: ['trong năm qua đã giảm 1.265 hộ', 'có 1.238 hộ vượt chuẩn nghèo', '27 hộ bán nhà đi nơi khác'], parts: ['1.238', '27'], total: '1.265', labels: ['vượt chuẩn nghèo', 'bán nhà đi nơi khác'] }),
    difference({ id: 'poor-left', quote: ['còn lại trong chương trình là 2.052 hộ', 'đầu năm 2011 là 3.317 hộ', 'đã giảm 1.265 hộ'], a: '3.317', b: '1.265', stated: '2.052', kind: 'cumulative' }),
    contradiction({ id: 'wards-named', quote: ['có 7/16 phường không còn hộ nghèo', '(Phường 4, 5, 7, 9, 12 và 14)'], stated: '7', expected: '6', consistent: false, reason: 'Six wards are named in the parentheses (4, 5, 7, 9, 12 and 14), not seven', mistake: 'planted', original: 'có 6/16 phường' }),
    contradiction({ id: 'rate-without-base', quote: ['đạt tỷ lệ 225%'], stated: '225%', expected: '225%', consistent: true, reason: 'No base for the 225% is given in the text', trap: 'a percent with no base given (1.238 households "đạt tỷ lệ 225%" of an unstated target): not checkable.' }),
  ],
});
