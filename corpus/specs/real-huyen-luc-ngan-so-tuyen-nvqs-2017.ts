// Huyện Lục Ngạn (Bắc Giang): Truyền hình Lục Ngạn, "Lục Ngạn có 1.366 công dân đủ điều kiện khám tuyển nghĩa vụ cấp huyện năm
// 2017", truyenhinhlucngan.vn/node/4129; whole (a photo caption left out). Pre-selection for the call-up of 2018.
// Authors' slips: 1974/2.285 = 86,389%, written "86.38%" (cut, with a decimal point); 1.366/1974 = 69,199%, written 69,1% (cut).
// Planted: "6 xã chưa làm tốt" written 7 (the list names six).
// Trap: the "xã đạt kết quả tốt" list ends with "…": a partial list, no count.
import { contradiction, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-luc-ngan-so-tuyen-nvqs-2017.txt',
  prefix: 'ln17q',
  claims: [
    ratio({ id: 'called-share', quote: ['đạt 86.38%', 'lên trạm là 1974 công dân', 'có  2.285 công dân'], x: '1974', y: '2.285', stated: '86.38%', mistake: 'author', note: '1974/2.285 = 86,389%, so 86,39%: the last digit is cut, not rounded.' }),
    ratio({ id: 'eligible-share', quote: ['đạt 69,1%', 'là 1.366 công dân', 'lên trạm là 1974 công dân'], x: '1.366', y: '1974', stated: '69,1%', mistake: 'author', note: 'The base is the 1974 examined (1.366/2.285 would be 59,8%): 1.366/1974 = 69,199%, so 69,2%.' }),
    sum({ id: 'examined-split', quote: ['lên trạm là 1974 công dân', 'là 1.366 công dân', 'không đủ điều kiện là 608 công dân'], parts: ['1.366', '608'], total: '1974', labels: ['đủ điều kiện', 'không đủ điều kiện'] }),
    sum({ id: 'registered-split', quote: ['có  2.285 công dân', 'lên trạm là 1974 công dân', 'vắng là 311 công dân'], parts: ['1974', '311'], total: '2.285', labels: ['lên trạm', 'vắng'] }),
    contradiction({ id: 'weak-communes-named', kind: 'sum_parts', quote: ['vẫn còn 7 xã chưa làm tốt', 'gồm: Trù Hựu'], stated: '7', expected: '6 named', consistent: false, reason: 'Trù Hựu, Đồng Cốc, Phú Nhuận, Đèo Gia, Phong Minh and Sa Lý: six, not seven.', mistake: 'planted', original: 'vẫn còn 6 xã chưa làm tốt' }),
    contradiction({ id: 'good-communes-partial', kind: 'sum_parts', quote: ['Các xã đạt kết quả tốt trong tác sơ tuyển gồm'], stated: 'no count', expected: 'no count', consistent: true, reason: 'Ten names ending with "…" and no number: nothing to count against.', trap: 'a list of names ended by "…" next to a counted list.' }),
  ],
});
