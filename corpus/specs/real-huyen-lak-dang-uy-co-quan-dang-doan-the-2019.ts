// Huyện Lắk (Đắk Lắk): the district's media centre, "Cơ quan Đảng, Đoàn thể tổng kết công tác xây dựng Đảng 2019",
// ttthlak.gov.vn/tin-tuc/co-quan-dang-doan-the-tong-ket-cong-tac-xay-dung-dang-2019; opening (the photo caption left out).
// The members are rated 15 + 55 + 2 = 72 (of 73 after one admission in the year); the shares are of the 72 and add to 100.
// The authors' slips: 55/72 = 76,39%, written 76,3%, and 2/72 = 2,78%, written 2,7% (both cut, not rounded). Planted: the
// 15 excellent members' 21% written 12% (digits swapped), which also breaks the shares' 100%.
import { atLeast, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-lak-dang-uy-co-quan-dang-doan-the-2019.txt',
  prefix: 'lak',
  claims: [
    share({ id: 'excellent-members', quote: ['15 đảng viên, chiếm tỷ lệ 12%', '55 đảng viên chiếm', '02 đảng viên hoàn thành nhiệm vụ'], x: '15', y: '15 + 55 + 2', stated: '12%', mistake: 'planted', original: 'chiếm tỷ lệ 21%', note: '15/72 = 20,83%: 21%.' }),
    share({ id: 'good-members', quote: ['55 đảng viên chiếm tỉ lệ 76,3 %', '15 đảng viên, chiếm', '02 đảng viên hoàn thành nhiệm vụ'], x: '55', y: '15 + 55 + 2', stated: '76,3%', mistake: 'author', note: '55/72 = 76,39%: 76,4% half-up (76,3% cut); of all 73 members it would be 75,3%.' }),
    share({ id: 'completed-members', quote: ['chiếm tỷ lệ 2,7%', '15 đảng viên, chiếm', '55 đảng viên chiếm'], x: '2', y: '15 + 55 + 2', stated: '2,7%', mistake: 'author', note: '2/72 = 2,78%: 2,8% half-up (2,7% cut). The three shares are written to add to 100, so they are of the 72 rated members.' }),
    sum({ id: 'member-shares', quote: ['chiếm tỷ lệ 12%', 'chiếm tỉ lệ 76,3 %', 'chiếm tỷ lệ 2,7%'], parts: ['12', '76,3', '2,7'], total: '100', implicitTotal: true, rounded: true, mistake: 'planted', original: 'chiếm tỷ lệ 21%', note: '12 + 76,3 + 2,7 = 91; with the published 21 they add to 100. The same edit as excellent-members.' }),
    sum({ id: 'cells-by-rating', quote: ['11/11 chi bộ', '5 chi bộ hoàn thành xuất sắc', '02 chi bộ hoàn thành tốt nhiệm vụ', '4 chi bộ mới thành lập'], parts: ['5', '02', '4'], total: '11', labels: ['hoàn thành xuất sắc', 'hoàn thành tốt', 'chưa đánh giá'], note: 'The 2020 target "11/11 chi bộ" gives the number of cells.' }),
    atLeast({ id: 'clean-within-excellent', quote: ['5 chi bộ hoàn thành xuất sắc', 'trong đó có 3 chi bộ'], big: '5', small: '3' }),
  ],
});
