// TP.HCM: call-up orders for military service 2022 (report of the city's Hội đồng Nghĩa vụ Quân sự), from Pháp
// Luật TP.HCM, "TP.HCM có 3.800 nam thanh niên lên đường nhập ngũ" (title from the address),
// plo.vn/thoi-su/tphcm-co-3800-nam-thanh-nien-len-duong-nhap-ngu-1042694.html, 02/2022; whole as stored.
// Every "so với chỉ tiêu" percent is of the quota, which the text gives only as the 3.800 official orders.
import { atLeast, contradiction, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-tp-hcm-tuyen-quan-2022.txt',
  prefix: 'hcq',
  claims: [
    sum({ id: 'orders', quote: ['tổng số lệnh gọi nhập ngũ đã trao là 3.984 người', 'lệnh chính thức là 3.800 công dân nam', 'dự phòng là 184 công dân'], parts: ['3.800', '184'], total: '3.984', labels: ['chính thức', 'dự phòng'] }),
    ratio({ id: 'reserve-of-quota', quote: 'dự phòng là 184 công dân (chiếm 4,84% so với chỉ tiêu)', x: '184', y: '3.800', stated: '4,84%', note: 'The quota is not written as a number; the 3.800 official orders are it.' }),
    ratio({ id: 'party-members', quote: 'Số đảng viên nhận lệnh là 79 người (đạt 2,08% so với chỉ tiêu)', x: '79', y: '3.800', stated: '2,08%' }),
    ratio({ id: 'full-members', quote: 'đảng viên chính thức là 66 người (chiếm 1,74%)', x: '66', y: '3.800', stated: '1,74%', note: 'Of the quota like the 2,08% before it (66/79 would be 83,5%).' }),
    contradiction({ id: 'party-members-fell', kind: 'other', quote: ['so với năm ngoái thì giảm (năm 2021 có 59 đảng viên nhận lệnh nhập ngũ)'], stated: 'giảm (2021: 59)', expected: '79 > 59: an increase', consistent: false, reason: 'The text says the number of party members called up fell, but last year\'s figure in parentheses is below this year\'s 79.', mistake: 'planted', original: '(năm 2021 có 95 đảng viên nhận lệnh nhập ngũ)' }),
    ratio({ id: 'graduates', quote: 'là 1.684 người (đạt 44,32% so với chỉ tiêu)', x: '1.684', y: '3.800', stated: '44,32%' }),
    atLeast({ id: 'graduates-rose', quote: ['số công dân này tăng lên (năm 2021 là 1.595 người)', 'là 1.684 người'], big: '1.684', small: '1.595', trap: 'last year\'s figure in parentheses beside this year\'s percent of the quota.' }),
    ratio({ id: 'health-grade', quote: 'là 3.189 người (đạt 83,29% so với chỉ tiêu)', x: '3.189', y: '3.800', stated: '83,29%', mistake: 'planted', original: '(đạt 83,92% so với chỉ tiêu)', note: '3.189/3.800 = 83,92%; the quota is written only in the first sentence.' }),
    atLeast({ id: 'full-within-members', quote: ['trong đó đảng viên chính thức là 66 người', 'Số đảng viên nhận lệnh là 79 người'], big: '79', small: '66' }),
  ],
});
