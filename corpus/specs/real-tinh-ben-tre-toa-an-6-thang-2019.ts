// Tỉnh Bến Tre: báo Đồng Khởi, "6 tháng đầu năm 2019 giải quyết hơn 3,8 ngàn vụ án" (the province's courts),
// baodongkhoi.vn/6-thang-dau-nam-2019-giai-quyet-hon-3-8-ngan-vu-an-11082019-a63335.html; whole.
// Authors' slip: "6.066 ngàn vụ" (six million) where the two levels' 485 + 5.581 make 6.066 cases.
// Planted: the provincial court's rate 334/485 = 68,9% written 69,8% (digits swapped).
import { contradiction, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ben-tre-toa-an-6-thang-2019.txt',
  prefix: 'bt19',
  claims: [
    sum({ id: 'accepted-by-level', quote: ['thụ lý 6.066 ngàn vụ', 'TAND tỉnh thụ lý 485 vụ', 'thành phố thụ lý 5.581 vụ'], parts: ['485', '5.581'], total: '6.066', labels: ['TAND tỉnh', 'TAND cấp huyện'], note: 'The count agrees; its scale ("ngàn") is the separate claim below.' }),
    contradiction({ id: 'accepted-scale', kind: 'unit', quote: ['6.066 ngàn vụ', 'TAND tỉnh thụ lý 485 vụ'], stated: '6.066 ngàn vụ', expected: '6.066 vụ', consistent: false, reason: '485 + 5.581 = 6.066 cases; "6.066 ngàn" would be 6.066.000, a thousand times more (the headline\'s "hơn 3,8 ngàn" resolved are 3.803).', mistake: 'author' }),
    sum({ id: 'resolved-by-level', quote: ['đã giải quyết 3.803 vụ án', 'TAND tỉnh giải quyết 334 vụ', 'TAND cấp huyện giải quyết 3.469 vụ'], parts: ['334', '3.469'], total: '3.803', labels: ['TAND tỉnh', 'TAND cấp huyện'] }),
    ratio({ id: 'resolved-rate', quote: ['(đạt tỷ lệ 62,7%)', 'đã giải quyết 3.803 vụ án'], x: '3.803', y: '485 + 5.581', stated: '62,7%', note: 'The base is the 6.066 cases accepted, the sum of the two levels.' }),
    ratio({ id: 'province-rate', quote: ['334 vụ (69,8%)', 'TAND tỉnh thụ lý 485 vụ'], x: '334', y: '485', stated: '69,8%', mistake: 'planted', original: '334 vụ (68,9%)', note: '334/485 = 68,87%; digits swapped.' }),
    ratio({ id: 'district-rate', quote: ['3.469 vụ (62,2%)', 'thành phố thụ lý 5.581 vụ'], x: '3.469', y: '5.581', stated: '62,2%' }),
    ratio({ id: 'criminal-rate', quote: ['đã giải quyết 203 vụ (đạt 78,4%)', 'thụ lý là 259 vụ'], x: '203', y: '259', stated: '78,4%' }),
    contradiction({ id: 'headline-resolved', kind: 'repeat', quote: ['giải quyết hơn 3,8 ngàn vụ án', 'đã giải quyết 3.803 vụ án'], stated: 'hơn 3,8 ngàn', expected: '3.803', consistent: true, reason: 'The headline\'s "hơn 3,8 ngàn" is the body\'s 3.803 cases.' }),
  ],
});
