// Cả nước: báo Gia Lai, "580 người thiệt mạng vì tai nạn giao thông trong tháng 10" (title from the address; Văn phòng Ủy ban
// An toàn giao thông Quốc gia's figures), baogialai.com.vn/channel/1601/202010/580-nguoi-thiet-mang-vi-tai-nan-giao-thong-trong-thang-10-5706861/;
// opening (a photo caption left out). Each change is written with its fall and this year's figure: last year's base is their sum.
// The authors' slips: injured 233/1.254 = 18,58%, written 18,54%; water cases 5/7 = 71,43%, written 71,58%.
// Planted: the lead's fall of cases, 17,58% in the body, written 17,85% (digits swapped).
import { change, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tai-nan-giao-thong-thang-10-2020.txt',
  prefix: 'tg1020',
  claims: [
    contradiction({ id: 'lead-fall', kind: 'repeat', quote: ['tai nạn giao thông giảm 17,85% so với cùng kỳ', 'giảm 277 vụ (giảm 17,58%)'], stated: '17,85%', expected: '17,58% (the body; 277/1.576)', consistent: false, reason: 'The lead gives the month\'s fall of cases as 17,85%, the body as 17,58% (277/1.576 = 17,58%).', mistake: 'planted', original: 'tai nạn giao thông giảm 17,58% so với cùng kỳ' }),
    change({ id: 'cases', quote: ['giảm 277 vụ (giảm 17,58%)', 'toàn quốc xảy ra 1.299 vụ'], x: '1.299', base: '1.299 + 277', stated: '17,58%', direction: 'giảm' }),
    change({ id: 'deaths', quote: ['giảm 79 người chết (giảm 11,99%)', 'làm chết 580 người'], x: '580', base: '580 + 79', stated: '11,99%', direction: 'giảm' }),
    change({ id: 'injured', quote: ['giảm 233 người bị thương (giảm 18,54%)', 'làm bị thương 1.021 người'], x: '1.021', base: '1.021 + 233', stated: '18,54%', direction: 'giảm', mistake: 'author', note: '233/1.254 = 18,58%.' }),
    change({ id: 'road-cases', quote: ['giảm 73 vụ (-9,06%)', 'đường bộ để xảy ra 733 vụ'], x: '733', base: '733 + 73', stated: '9,06%', direction: 'giảm' }),
    change({ id: 'road-deaths', quote: ['giảm 71 người chết (-10,94%)', 'làm chết 578 người'], x: '578', base: '578 + 71', stated: '10,94%', direction: 'giảm' }),
    change({ id: 'road-injured', quote: ['giảm 82 người bị thương (-17,23%)', 'bị thương 394 người'], x: '394', base: '394 + 82', stated: '17,23%', direction: 'giảm' }),
    change({ id: 'rail-cases', quote: ['giảm 9 vụ (-81,82%)', 'Đường sắt xảy ra 2 vụ'], x: '2', base: '2 + 9', stated: '81,82%', direction: 'giảm' }),
    change({ id: 'rail-deaths', quote: ['giảm 7 người chết (-87,5%)', 'Đường sắt xảy ra 2 vụ, làm chết 1 người'], x: '1', base: '1 + 7', stated: '87,5%', direction: 'giảm' }),
    change({ id: 'rail-injured', quote: ['tăng 1 người bị thương (100%)', 'bị thương 2 người. So'], x: '2', base: '2 − 1', stated: '100%', direction: 'tăng' }),
    change({ id: 'water-cases', quote: ['giảm 5 vụ (-71,58%)', 'Đường thuỷ xảy ra 2 vụ'], x: '2', base: '2 + 5', stated: '71,58%', direction: 'giảm', mistake: 'author', note: '5/7 = 71,43%.' }),
    change({ id: 'water-deaths', quote: ['giảm 1 người chết (-50%)', 'Đường thuỷ xảy ra 2 vụ, làm chết 1 người'], x: '1', base: '1 + 1', stated: '50%', direction: 'giảm' }),
    change({ id: 'collision-cases', quote: ['giảm 190 vụ (giảm 25,27%)', 'Xảy ra 562 vụ va chạm'], x: '562', base: '562 + 190', stated: '25,27%', direction: 'giảm' }),
    change({ id: 'collision-injured', quote: ['giảm 152 người bị thương nhẹ (giảm 19,56%)', 'làm bị thương nhẹ 625 người'], x: '625', base: '625 + 152', stated: '19,56%', direction: 'giảm' }),
    change({ id: 'ten-months-cases', quote: ['giảm 2.598 vụ (giảm 18,23%)', 'toàn quốc xảy ra 11.653 vụ'], x: '11.653', base: '11.653 + 2.598', stated: '18,23%', direction: 'giảm' }),
    sum({ id: 'cases-by-mode', quote: ['toàn quốc xảy ra 1.299 vụ', 'đường bộ để xảy ra 733 vụ', 'Đường sắt xảy ra 2 vụ', 'Đường thuỷ xảy ra 2 vụ', 'Xảy ra 562 vụ va chạm'], parts: ['733', '2', '2', '562'], total: '1.299', labels: ['đường bộ', 'đường sắt', 'đường thuỷ', 'va chạm giao thông'] }),
    sum({ id: 'deaths-by-mode', quote: ['làm chết 580 người', 'làm chết 578 người', 'Đường sắt xảy ra 2 vụ, làm chết 1 người', 'Đường thuỷ xảy ra 2 vụ, làm chết 1 người'], parts: ['578', '1', '1'], total: '580', labels: ['đường bộ', 'đường sắt', 'đường thuỷ'] }),
    sum({ id: 'injured-by-mode', quote: ['làm bị thương 1.021 người', 'bị thương 394 người', 'bị thương 2 người. So', 'làm bị thương nhẹ 625 người'], parts: ['394', '2', '625'], total: '1.021', labels: ['đường bộ', 'đường sắt', 'va chạm (bị thương nhẹ)'] }),
    sum({ id: 'case-fall-by-mode', quote: ['giảm 277 vụ', 'giảm 73 vụ', 'giảm 9 vụ', 'giảm 5 vụ', 'giảm 190 vụ'], parts: ['73', '9', '5', '190'], total: '277', labels: ['đường bộ', 'đường sắt', 'đường thuỷ', 'va chạm'] }),
    sum({ id: 'death-fall-by-mode', quote: ['giảm 79 người chết', 'giảm 71 người chết', 'giảm 7 người chết', 'giảm 1 người chết'], parts: ['71', '7', '1'], total: '79', labels: ['đường bộ', 'đường sắt', 'đường thuỷ'] }),
    sum({ id: 'injured-fall-by-mode', quote: ['giảm 233 người bị thương', 'giảm 82 người bị thương', 'tăng 1 người bị thương', 'giảm 152 người bị thương nhẹ'], parts: ['82', '-1', '152'], total: '233', labels: ['đường bộ', 'đường sắt (tăng)', 'va chạm'] }),
    contradiction({ id: 'water-no-injured', quote: ['làm chết 1 người, không có người bị thương', 'số người bị thương không thay đổi và'], stated: 'không có người bị thương', expected: 'none this year and unchanged', consistent: true, reason: 'No water injured, and none last year: the water mode is rightly missing from the injured and their fall.', trap: 'a "none" statement next to counts of other modes.' }),
  ],
});
