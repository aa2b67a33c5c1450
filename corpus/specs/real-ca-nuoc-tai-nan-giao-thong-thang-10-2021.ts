// Cả nước: báo Quân đội nhân dân, "Tháng 10-2021, tai nạn giao thông cả nước giảm mạnh" (title from the address),
// qdnd.vn/xa-hoi/tin-tuc/thang-10-2021-tai-nan-giao-thong-ca-nuoc-giam-manh-675664; the paragraphs as stored (a photo caption
// left out). The month's totals are not written, but its modes are (road, water, rail; no maritime accident): 789 + 6 + 3 = 798
// cases gives the 40,45% fall exactly. Rises written without last year's counts must come from whole counts (6 from 2 is +200%).
// Planted: the rail injured "giảm 100%", written "giảm 50%", against "không có người bị thương".
import { change, contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tai-nan-giao-thong-thang-10-2021.txt',
  prefix: 'tg1021',
  claims: [
    change({ id: 'month-cases', quote: ['giảm 542 vụ (giảm 40,45%)', 'đường bộ xảy ra nhiều nhất với 789 vụ', 'đường thủy với 6 vụ', 'Tuyến đường sắt xảy ra 3 vụ'], x: '789 + 6 + 3', base: '789 + 6 + 3 + 542', stated: '40,45%', direction: 'giảm', note: 'The month\'s cases are the modes\' 798 (no maritime accident).' }),
    change({ id: 'month-deaths', quote: ['giảm 216 người chết (giảm 36,42%)', 'làm chết 367 người', 'làm chết 7 người', 'làm chết 3 người'], x: '367 + 7 + 3', base: '367 + 7 + 3 + 216', stated: '36,42%', direction: 'giảm' }),
    change({ id: 'month-injured', quote: ['giảm 482 người bị thương (giảm 45,69%)', 'bị thương 573 người'], x: '573', base: '573 + 482', stated: '45,69%', direction: 'giảm', note: 'Water and rail had no injured.' }),
    contradiction({ id: 'water-cases-rise', kind: 'change_percent', quote: ['tăng 200% về số vụ và tăng 600%', 'đường thủy với 6 vụ'], stated: '200%', expected: '6 against 2 a year before', consistent: true, reason: 'A whole count of last year (2) gives +200% for 6 cases.' }),
    contradiction({ id: 'water-deaths-rise', kind: 'change_percent', quote: ['tăng 600% về số người chết', 'làm chết 7 người'], stated: '600%', expected: '7 against 1', consistent: true, reason: 'A whole count of last year (1) gives +600% for 7 deaths.' }),
    contradiction({ id: 'rail-cases-rise', kind: 'change_percent', quote: ['tăng 50% về số vụ', 'Tuyến đường sắt xảy ra 3 vụ'], stated: '50%', expected: '3 against 2', consistent: true, reason: 'A whole count of last year (2) gives +50%.' }),
    contradiction({ id: 'rail-deaths-rise', kind: 'change_percent', quote: ['tăng 200% về số người chết nhưng', 'làm chết 3 người, không có người bị thương'], stated: '200%', expected: '3 against 1', consistent: true, reason: 'A whole count of last year (1) gives +200%.' }),
    contradiction({ id: 'rail-injured-fall', quote: ['giảm 50% số người bị thương', 'làm chết 3 người, không có người bị thương'], stated: 'giảm 50% số người bị thương', expected: 'giảm 100% (không có người bị thương)', consistent: false, reason: 'With no rail injured this month, the fall against any injured last year is 100%; a fall of 50% would leave some.', mistake: 'planted', original: 'giảm 100% số người bị thương' }),
    change({ id: 'ten-months-cases', quote: ['3.069 vụ (25,52%)', 'toàn quốc xảy ra 8.959 vụ'], x: '8.959', base: '8.959 + 3.069', stated: '25,52%', direction: 'giảm' }),
    change({ id: 'ten-months-deaths', quote: ['1.033 người (18,5%)', 'làm chết 4.552 người'], x: '4.552', base: '4.552 + 1.033', stated: '18,5%', direction: 'giảm' }),
    change({ id: 'ten-months-injured', quote: ['2.719 người (30,42%)', 'bị thương 6.218 người'], x: '6.218', base: '6.218 + 2.719', stated: '30,42%', direction: 'giảm' }),
  ],
});
