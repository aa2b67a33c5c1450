// Cả nước: Tạp chí Giao thông, "TNGT giảm mạnh tháng thứ 8 liên tục từ đầu năm" (Ủy ban ATGT Quốc gia's figures),
// tapchigiaothong.vn/tngt-giam-manh-thang-thu-8-lien-tuc-tu-dau-nam-18388339.htm; opening (the rating stars, a photo id and its
// caption left out). Every change is written with its fall and this year's figure, so last year's base is the sum of the two.
// Planted: the road's fall in cases 112/783 = 14,30%, written 13,4% (two digits swapped); the water injured 2/3 = 66,67%, written
// 66,66% (cut instead of rounded).
import { change, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tai-nan-giao-thong-thang-8-2020.txt',
  prefix: 'tg0820',
  claims: [
    change({ id: 'cases', quote: ['giảm 337 vụ (-22,3%)', 'toàn quốc xảy ra 1.174 vụ'], x: '1.174', base: '1.174 + 337', stated: '22,3%', direction: 'giảm' }),
    change({ id: 'deaths', quote: ['giảm 78 người chết (-12,4%)', 'làm chết 551 người và'], x: '551', base: '551 + 78', stated: '12,4%', direction: 'giảm' }),
    change({ id: 'injured', quote: ['giảm 249 người bị thương (-22,11%)', 'làm bị thương 877 người'], x: '877', base: '877 + 249', stated: '22,11%', direction: 'giảm' }),
    change({ id: 'road-cases', quote: ['giảm 112 vụ (-13,4%)', 'trên đường bộ xảy ra 671 vụ'], x: '671', base: '671 + 112', stated: '13,4%', direction: 'giảm', mistake: 'planted', original: 'giảm 112 vụ (-14,3%)', note: '112/783 = 14,30%; the digits of 14,3 swapped.' }),
    change({ id: 'road-deaths', quote: ['giảm 72 người chết (-11,82%)', 'làm chết 537 người'], x: '537', base: '537 + 72', stated: '11,82%', direction: 'giảm' }),
    change({ id: 'road-injured', quote: ['giảm 71 người bị thương (-15,81%)', 'bị thương 378 người'], x: '378', base: '378 + 71', stated: '15,81%', direction: 'giảm' }),
    change({ id: 'rail-cases', quote: ['giảm 4 vụ (-21,05%)', 'xảy ra 15 vụ, làm chết 10 người'], x: '15', base: '15 + 4', stated: '21,05%', direction: 'giảm' }),
    change({ id: 'rail-deaths', quote: ['giảm 9 người chết (-47,37%)', 'làm chết 10 người, bị thương 5 người'], x: '10', base: '10 + 9', stated: '47,37%', direction: 'giảm' }),
    change({ id: 'water-cases', quote: ['giảm 1 vụ (-16,67%)', 'Trên đường thuỷ xảy ra 5 vụ'], x: '5', base: '5 + 1', stated: '16,67%', direction: 'giảm' }),
    change({ id: 'water-deaths', quote: ['tăng 2 người chết (200%)', 'làm chết 3 người, bị thương 1 người'], x: '3', base: '3 − 2', stated: '200%', direction: 'tăng' }),
    change({ id: 'water-injured', quote: ['giảm 2 người bị thương (-66,66%)', 'làm chết 3 người, bị thương 1 người'], x: '1', base: '1 + 2', stated: '66,66%', direction: 'giảm', mistake: 'planted', original: 'giảm 2 người bị thương (-66,67%)', note: '2/3 = 66,666…%: 66,67% half-up; 66,66% is cut.' }),
    change({ id: 'collision-cases', quote: ['giảm 220 vụ (-31,38%)', 'xảy ra 481 vụ'], x: '481', base: '481 + 220', stated: '31,38%', direction: 'giảm' }),
    change({ id: 'collision-injured', quote: ['giảm 176 người bị thương nhẹ (-26,31%)', 'làm bị thương nhẹ 493 người'], x: '493', base: '493 + 176', stated: '26,31%', direction: 'giảm' }),
    sum({ id: 'cases-by-mode', quote: ['toàn quốc xảy ra 1.174 vụ', 'trên đường bộ xảy ra 671 vụ', 'xảy ra 15 vụ, làm chết 10 người', 'Trên đường thuỷ xảy ra 5 vụ', 'Hàng hải xảy ra 2 vụ', 'xảy ra 481 vụ'], parts: ['671', '15', '5', '2', '481'], total: '1.174', labels: ['đường bộ', 'đường sắt', 'đường thuỷ', 'hàng hải', 'va chạm giao thông'] }),
    sum({ id: 'deaths-by-mode', quote: ['làm chết 551 người và', 'làm chết 537 người', 'làm chết 10 người, bị thương 5 người', 'làm chết 3 người, bị thương 1 người', 'làm chết 1 người, không có người bị thương'], parts: ['537', '10', '3', '1'], total: '551', labels: ['đường bộ', 'đường sắt', 'đường thuỷ', 'hàng hải'] }),
    sum({ id: 'injured-by-mode', quote: ['làm bị thương 877 người', 'bị thương 378 người', 'làm chết 10 người, bị thương 5 người', 'làm chết 3 người, bị thương 1 người', 'làm bị thương nhẹ 493 người'], parts: ['378', '5', '1', '493'], total: '877', labels: ['đường bộ', 'đường sắt', 'đường thuỷ', 'va chạm (bị thương nhẹ)'] }),
    sum({ id: 'case-fall-by-mode', quote: ['giảm 337 vụ', 'giảm 112 vụ', 'giảm 4 vụ', 'giảm 1 vụ', 'giảm 220 vụ'], parts: ['112', '4', '1', '220'], total: '337', labels: ['đường bộ', 'đường sắt', 'đường thuỷ', 'va chạm'], note: 'Maritime cases did not change (2/2).' }),
    sum({ id: 'death-fall-by-mode', quote: ['giảm 78 người chết', 'giảm 72 người chết', 'giảm 9 người chết', 'tăng 2 người chết', 'tăng 1 người chết'], parts: ['72', '9', '-2', '-1'], total: '78', labels: ['đường bộ', 'đường sắt', 'đường thuỷ (tăng)', 'hàng hải (tăng)'] }),
    sum({ id: 'injured-fall-by-mode', quote: ['giảm 249 người bị thương', 'giảm 71 người bị thương', 'giảm 2 người bị thương', 'giảm 176 người bị thương nhẹ'], parts: ['71', '2', '176'], total: '249', labels: ['đường bộ', 'đường thuỷ', 'va chạm'], note: 'Rail injured unchanged (5/5).' }),
    contradiction({ id: 'maritime-no-injured', quote: ['không có người bị thương.', 'số người bị thương không thay đổi (0/0)'], stated: 'không có người bị thương', expected: '0 this year and last (0/0)', consistent: true, reason: 'The maritime "none" agrees with its 0/0.', trap: 'a "none" statement next to counts of another mode.' }),
  ],
});
