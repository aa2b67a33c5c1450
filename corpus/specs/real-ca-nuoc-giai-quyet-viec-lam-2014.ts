// Cả nước: báo Giao thông, "Xuất khẩu lao động vượt ngưỡng 100 nghìn người" (Bộ LĐ-TB&XH's year 2014), baogiaothong.vn/xuat-khau-lao-dong-vuot-nguong-100-nghin-nguoi-d94730.html;
// whole (a photo caption repeating the headline left out). Jobs are domestic (1,494 triệu) and abroad (106 nghìn = 0,106 triệu):
// the total's rates against plan and last year are weighted rates of the two.
// Planted: the total's growth "tăng 3,6%" written "tăng 36%", above both parts' growths (2,7% and 19,1%).
import { atLeast, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-giai-quyet-viec-lam-2014.txt',
  prefix: 'vl14',
  claims: [
    sum({ id: 'jobs-by-place', quote: ['khoảng 1,6 triệu lao động', 'khoảng 1,494 triệu lao động', 'với 106 nghìn người'], parts: ['1,494', '0,106'], total: '1,6', labels: ['trong nước', 'xuất khẩu lao động (106 nghìn)'] }),
    atLeast({ id: 'headline-abroad', quote: ['với 106 nghìn người', 'Xuất khẩu lao động vượt ngưỡng 100 nghìn người'], big: '106', small: '100' }),
    contradiction({ id: 'growth-weighted', kind: 'change_percent', quote: ['tăng 36% so với năm 2013', 'tăng 2,7% so với năm 2013', 'bằng 119,1% so với thực hiện năm 2013'], stated: '36%', expected: '3,6% (between 2,7% and 19,1%)', consistent: false, reason: 'Last year: 1,494/1,027 + 0,106/1,191 = 1,5437 triệu; 1,6/1,5437 = +3,65%. A total cannot grow faster than both its parts.', mistake: 'planted', original: 'tăng 3,6% so với năm 2013' }),
    contradiction({ id: 'plan-weighted', quote: ['đạt 100% kế hoạch', 'đạt 98,8% kế hoạch', 'đạt 120,68% kế hoạch'], stated: '100%', expected: 'between 98,8% and 120,68% (100,0% from the parts)', consistent: true, reason: 'Plans: 1,494/0,988 + 0,106/1,2068 = 1,6000 triệu; 1,6/1,6000 = 100,0%.', trap: 'a weighted rate.' }),
  ],
});
