// Cả nước: road and other traffic accidents, month 15/4-14/5/2022 and five months (Ủy ban ATGT Quốc gia's report),
// from 24h, "CSGT Hà Nội xử phạt hơn 5000 lái xe vi phạm trong dịp SEA Games 31" (title from the address; the
// stored section opens with its own heading), 24h.com.vn/tin-tuc-trong-ngay/csgt-ha-noi-xu-phat-hon-5000-lai-xe-vi-pham-trong-dip-sea-games-31-c46a1362313.html,
// 05/2022; the section as stored. Last year's figures are given only through the fall: base = this year + the decrease.
import { atLeast, change, contradiction, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tai-nan-giao-thong-5-thang-2022.txt',
  prefix: 'tng',
  claims: [
    change({ id: 'month-cases', quote: 'giảm 106 vụ (giảm 10,28%)', x: '925', base: '925 + 106', stated: '10,28%', direction: 'giảm' }),
    change({ id: 'month-deaths', quote: 'giảm 36 người chết (giảm 6,19%)', x: '485', base: '485 + 36', stated: '6,19%', direction: 'giảm', mistake: 'planted', original: 'giảm 36 người chết (giảm 6,91%)', note: '36/(485 + 36) = 6,91%; two digits swapped.' }),
    change({ id: 'month-injured', quote: 'giảm 74 người bị thương (giảm 10,26%)', x: '647', base: '647 + 74', stated: '10,26%', direction: 'giảm' }),
    change({ id: 'month-road-cases', quote: 'giảm 99 vụ (giảm 9,75%)', x: '916', base: '916 + 99', stated: '9,75%', direction: 'giảm', note: 'The road figures are in the sentence before.' }),
    change({ id: 'month-road-deaths', quote: 'giảm 34 người chết (giảm 6,65%)', x: '477', base: '477 + 34', stated: '6,65%', direction: 'giảm' }),
    change({ id: 'month-road-injured', quote: 'giảm 74 người bị thương (giảm 10,29%)', x: '645', base: '645 + 74', stated: '10,29%', direction: 'giảm' }),
    change({ id: 'five-months-cases', quote: 'giảm 800 vụ (giảm 14,46%)', x: '4.733', base: '4.733 + 800', stated: '14,46%', direction: 'giảm' }),
    repeat({ id: 'five-months-headline', quote: ['Cả nước giảm 800 vụ tai nạn giao thông', 'số vụ TNGT giảm 800 vụ'], values: ['800', '800'] }),
    change({ id: 'five-months-deaths', quote: 'giảm 30 người chết (giảm 1,07%)', x: '2.761', base: '2.761 + 30', stated: '1,07%', direction: 'giảm' }),
    change({ id: 'five-months-injured', quote: 'giảm 875 người bị thương (giảm 28,43%)', x: '3.078', base: '3.078 + 875', stated: '28,43%', direction: 'giảm', mistake: 'planted', original: 'giảm 875 người bị thương (giảm 22,14%)', note: '875/(3.078 + 875) = 22,14%; 28,43% is 875 over this year\'s 3.078, the wrong base.' }),
    change({ id: 'five-months-road-cases', quote: 'giảm 789 vụ TNGT (giảm 14,42%)', x: '4.683', base: '4.683 + 789', stated: '14,42%', direction: 'giảm' }),
    change({ id: 'five-months-road-deaths', quote: 'giảm 43 người chết (giảm 1,57%)', x: '2.699', base: '2.699 + 43', stated: '1,57%', direction: 'giảm' }),
    change({ id: 'five-months-road-injured', quote: 'giảm 875 người bị thương (giảm 22,19%)', x: '3.068', base: '3.068 + 875', stated: '22,19%', direction: 'giảm' }),
    change({ id: 'rail-cases', quote: 'giảm 3 vụ (giảm 9,09%)', x: '30', base: '30 + 3', stated: '9,09%', direction: 'giảm' }),
    change({ id: 'rail-deaths', quote: 'giảm 6 người chết (giảm 23,08%)', x: '20', base: '20 + 6', stated: '23,08%', direction: 'giảm' }),
    change({ id: 'water-cases', quote: 'giảm 7 vụ (giảm 30,43%)', x: '16', base: '16 + 7', stated: '30,43%', direction: 'giảm' }),
    change({ id: 'water-deaths', quote: 'tăng 15 người chết ( tăng 50%)', x: '30', base: '30 − 15', stated: '50%', direction: 'tăng', mistake: 'planted', original: 'tăng 15 người chết ( tăng 100%)', note: 'From 15 to 30 deaths is an increase of 100%; 50% is the 15 over this year\'s 30.' }),
    atLeast({ id: 'month-within-five-months-cases', quote: ['toàn quốc xảy ra 4.733 vụ TNGT', 'toàn quốc xảy ra 925 vụ TNGT'], big: '4.733', small: '925', note: 'The month 15/4-14/5 is the last of the five months, so its figures cannot exceed theirs.' }),
    atLeast({ id: 'month-within-five-months-deaths', quote: ['làm chết 2.761 người', 'làm chết 485 người'], big: '2.761', small: '485' }),
    atLeast({ id: 'month-within-five-months-injured', quote: ['bị thương 3.078 người', 'làm bị thương 647 người'], big: '3.078', small: '647' }),
    sum({ id: 'five-months-injured-by-mode', quote: ['bị thương 3.078 người', 'bị thương 3.068 người', 'bị thương 9 người', 'bị thương 1 người'], parts: ['3.068', '9', '1'], total: '3.078', labels: ['đường bộ', 'đường sắt', 'đường thủy'] }),
    contradiction({ id: 'five-months-cases-by-mode', kind: 'sum_parts', quote: ['xảy ra 4.733 vụ TNGT', 'đường bộ xảy ra 4.683 vụ TNGT', 'Đường sắt xảy ra 30 vụ TNGT', 'Đường thuỷ xảy ra 16 vụ'], stated: '4.683 + 30 + 16 = 4.729', expected: '≤ 4.733 (modes not given, e.g. maritime)', consistent: true, reason: 'The text gives road, rail and inland water but not every mode; the other 4 cases (and 12 deaths) are not listed, so the modes are not all the parts.', trap: 'parts listed after "Trong đó" that are not all the parts of the total.' }),
  ],
});
