// Cả nước: báo Bảo vệ Pháp luật, "Tháng 8/2024, toàn quốc giảm gần 1.200 vụ phạm tội về ma túy so với tháng 7/2024" (title from
// the address; Bộ Công an's month 15/7-14/8/2024), baovephapluat.vn/phong-chong-toi-pham-ma-tuy/thang-8-2024-toan-quoc-giam-gan-1-200-vu-pham-toi-ve-ma-tuy-so-voi-thang-7-2024-163852.html;
// opening as stored (a photo caption left out). Every change against last month is written as the change plus its percent:
// last month's figure is this month's ∓ the change.
// Planted: the solved cases' rise 176/3.577 = 4,92% written 4,69% (176/3.753, over this month's figure); the dangerous wanted
// persons' rise 24/110 = 21,818% written 21,81% (cut instead of rounded).
import { change, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-toi-pham-thang-8-2024.txt',
  prefix: 'vn24c',
  claims: [
    ratio({ id: 'solved-rate', quote: ['tỉ lệ khám phá đạt 72,15%', 'khám phá 3.753 vụ', 'xảy ra 5.202 vụ'], x: '3.753', y: '5.202', stated: '72,15%' }),
    change({ id: 'cases-rise', quote: ['tăng 464 vụ (+9,79%)', 'xảy ra 5.202 vụ'], x: '5.202', base: '5.202 − 464', stated: '9,79%', direction: 'tăng' }),
    change({ id: 'solved-rise', quote: ['tăng 176 vụ (+4,69%)', 'khám phá 3.753 vụ'], x: '3.753', base: '3.753 − 176', stated: '4,69%', direction: 'tăng', mistake: 'planted', original: 'tăng 176 vụ (+4,92%)', note: 'Last month 3.577: 176/3.577 = 4,92%; 4,69% is 176/3.753.' }),
    change({ id: 'arrested-rise', quote: ['tăng 346 đối tượng (+4,86%)', 'xử lý 7.462 đối tượng'], x: '7.462', base: '7.462 − 346', stated: '4,86%', direction: 'tăng' }),
    change({ id: 'gangs-rise', quote: ['(+133,33%)', 'triệt phá 7 băng'], x: '7', base: '7 − 4', stated: '133,33%', direction: 'tăng' }),
    change({ id: 'economic-rise', quote: ['tăng 18 vụ (+7,83%)', 'xảy ra 248 vụ'], x: '248', base: '248 − 18', stated: '7,83%', direction: 'tăng' }),
    change({ id: 'environment-fall', quote: ['giảm 16 vụ (-25,40%)', 'là 47 vụ'], x: '47', base: '47 + 16', stated: '25,40%', direction: 'giảm' }),
    change({ id: 'drug-fall', quote: ['giảm 1.195 vụ (-38,15%)', 'xảy ra 1.937 vụ'], x: '1.937', base: '1.937 + 1.195', stated: '38,15%', direction: 'giảm' }),
    change({ id: 'wanted-rise', quote: ['tăng 51 đối tượng (+17,77%)', 'thanh loại 338 đối tượng'], x: '338', base: '338 − 51', stated: '17,77%', direction: 'tăng' }),
    change({ id: 'dangerous-wanted-rise', quote: ['tăng 24 đối tượng (+21,81%)', '134 đối tượng truy nã'], x: '134', base: '134 − 24', stated: '21,81%', direction: 'tăng', mistake: 'planted', original: 'tăng 24 đối tượng (+21,82%)', note: '24/110 = 21,818%, so 21,82%.' }),
    change({ id: 'accidents-fall', quote: ['giảm 90 vụ (-4,76%)', 'xảy ra 1.799 vụ'], x: '1.799', base: '1.799 + 90', stated: '4,76%', direction: 'giảm' }),
    change({ id: 'deaths-rise', quote: ['tăng 13 người chết (+1,51%)', 'làm chết 873 người'], x: '873', base: '873 − 13', stated: '1,51%', direction: 'tăng' }),
    change({ id: 'injured-fall', quote: ['giảm 152 người bị thương (-10,67%)', 'bị thương 1.272 người'], x: '1.272', base: '1.272 + 152', stated: '10,67%', direction: 'giảm' }),
  ],
});
