// Tỉnh Khánh Hòa: vietnam.vn (Khánh Hòa's page, from báo Khánh Hòa), fisheries output "từ đầu năm đến nay" (date not stored),
// vietnam.vn/khanhhoa/?p=2762; whole. The figures are lower bounds ("hơn"): the parts add to the total within their rounding.
// Planted: the total's growth 0,75% written 7,5%, above both parts' growths (0,13% and 4,61%).
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-khanh-hoa-thuy-san-nuoi-trong-khai-thac.txt',
  prefix: 'kh',
  claims: [
    sum({ id: 'output-by-source', quote: ['đạt hơn 87.560 tấn', 'khai thác đạt hơn 74.886 tấn', 'nuôi trồng đạt hơn 12.675 tấn'], parts: ['74.886', '12.675'], total: '87.560', labels: ['khai thác', 'nuôi trồng'], rounded: true, note: '74.886 + 12.675 = 87.561: the three figures are cut ("hơn"), so one tonne apart is within them.' }),
    contradiction({ id: 'growth-weighted', kind: 'change_percent', quote: ['tăng 7,5% so với cùng kỳ năm trước', 'tăng 0,13%', 'tăng 4,61%'], stated: '7,5%', expected: '0,75% (between 0,13% and 4,61%)', consistent: false, reason: 'Last year: 74.886/1,0013 + 12.675/1,0461 = 86.905 tấn; 87.561/86.905 = +0,75%. A total cannot grow faster than both its parts.', mistake: 'planted', original: 'tăng 0,75% so với cùng kỳ năm trước' }),
  ],
});
