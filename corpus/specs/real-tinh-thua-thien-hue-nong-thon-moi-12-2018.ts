// Tỉnh Thừa Thiên Huế: new-rural-area results at the end of 2018, from the province's new-rural-area office
// (nongthonmoithuathienhue.vn/tien-do-thuc-hien-ntm/ket-qua-thuc-hien-xay-dung-nong-thon-moi-12-2018/); whole, view
// counter left out. The groups of communes by criteria met cover all 104 communes.
import { contradiction, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-thua-thien-hue-nong-thon-moi-12-2018.txt',
  prefix: 'tnm',
  claims: [
    contradiction({ id: 'new-communes-named', quote: ['có thêm 14 xã hoàn thành 19/19 tiêu chí', 'Quảng Phước, Quảng Vinh, Quảng Thọ (Quảng Điền); Phú Hải, Phú Hồ (Phú Vang); A Ngo (A Lưới); Hương Toàn, Hải Dương (Hương Trà); Thủy Bằng, Phú Sơn (Hương Thủy), Phong Hòa, Điền Hải (Phong Điền), Lộc Trì, Vinh Mỹ (Phú Lộc)'], stated: '14', expected: '14', consistent: true, reason: 'The list after the count names 14 communes (3 + 2 + 1 + 2 + 2 + 2 + 2 by district).' }),
    ratio({ id: 'standard', quote: '44 xã /104 xã, tương ứng tỷ lệ 42,31%', x: '44', y: '104', stated: '42,31%' }),
    ratio({ id: '15-18', quote: '29 xã, tỷ lệ 28%', x: '29', y: '104', stated: '28%', note: '29/104 = 27,88%, 28% whole; the 104 communes are given in the sentence before.' }),
    ratio({ id: '10-14', quote: '28 xã, tỷ lệ 26%', x: '28', y: '104', stated: '26%', mistake: 'planted', original: '28 xã, tỷ lệ 27%', note: '28/104 = 26,92%, 27% whole: the share of a total given earlier, truncated.' }),
    ratio({ id: '8-9', quote: '3 xã, tỷ lệ 2,9%', x: '3', y: '104', stated: '2,9%' }),
    sum({ id: 'communes-by-group', quote: ['44 xã /104 xã', '29 xã, tỷ lệ', '28 xã, tỷ lệ', '3 xã, tỷ lệ', 'Số xã dưới 8 tiêu chí : Không có'], parts: ['44', '29', '28', '3'], total: '104', labels: ['19 tiêu chí', '15-18', '10-14', '8-9'], note: 'No commune has fewer than 8 criteria, so the four groups are all of them.' }),
    sum({ id: 'shares-to-100', kind: 'share_percent', quote: ['tương ứng tỷ lệ 42,31%', 'tỷ lệ 28%', 'tỷ lệ 26%', 'tỷ lệ 2,9%'], parts: ['42,31%', '28%', '26%', '2,9%'], total: '100%', implicitTotal: true, rounded: true, trap: 'whole-number shares: 42,31 + 28 + 26 + 2,9 = 99,21, within the rounding of the two whole-number percents (± 1,055 in all); as published (27%) they add to 100,21.' }),
  ],
});
