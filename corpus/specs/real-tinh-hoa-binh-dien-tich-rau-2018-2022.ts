// Tỉnh Hòa Bình: yearbook table 153 (Niên giám thống kê 2022, Cục Thống kê Hòa Bình), vegetable area by district,
// 2018-2022, from the yearbook's flip-book page (thongkehoabinh.gso.gov.vn/NienGiam/niengiam2022/files/basic-html/page531.html),
// set as a pipe table; page numbers left out. Each year's ten districts add to the province's total within the
// rounding of the figures (each to 0,1 ha): a sum 0,1 ha off the total is rounding, not a mistake.
import { report, sum } from '../../scripts/corpus/relations';

const districts = ['TP Hòa Bình', 'Đà Bắc', 'Lương Sơn', 'Kim Bôi', 'Cao Phong', 'Tân Lạc', 'Mai Châu', 'Lạc Sơn', 'Yên Thủy', 'Lạc Thủy'];
const rounding = 'the ten districts add to 0,1 ha more than the total; each figure is rounded to 0,1 ha, so the sum may differ from the rounded total by up to 0,55 ha.';

export default report({
  doc: 'real-tinh-hoa-binh-dien-tich-rau-2018-2022.md',
  prefix: 'hbr',
  claims: [
    sum({ id: 'total-2018', quote: '| TỔNG SỐ - TOTAL | 12.439,9 |', parts: ['974,1', '220,2', '986,2', '3.283,6', '464,5', '967,8', '613,3', '1.878,9', '1.484,7', '1.566,7'], total: '12.439,9', labels: districts, rounded: true, trap: rounding }),
    sum({ id: 'total-2019', quote: '| 12.951,1 |', parts: ['912,9', '369,3', '1.044,9', '3.617,1', '485,0', '959,3', '672,5', '1.831,9', '1.529,6', '1.528,7'], total: '12.951,1', labels: districts, rounded: true, trap: rounding }),
    sum({ id: 'total-2020', quote: ['| 12.882,0 |', '| 3.589,3 |'], parts: ['885,3', '378,4', '1.024,8', '3.589,3', '482,7', '998,5', '687,3', '1.817,0', '1.535,2', '1.474,6'], total: '12.882,0', labels: districts, rounded: true, mistake: 'planted', original: '| Huyện Kim Bôi - Kim Boi district | 3.283,6 | 3.617,1 | 3.598,3 |', note: 'The districts add to 12.873,1 ha, 8,9 ha short of the total: two digits of Kim Bôi swapped (3.598,3 → 3.589,3).' }),
    sum({ id: 'total-2021', quote: '| 13.309,5 |', parts: ['886,0', '387,9', '1.059,1', '3.778,8', '487,5', '979,4', '706,9', '1.792,5', '1.619,5', '1.611,9'], total: '13.309,5', labels: districts, rounded: true }),
    sum({ id: 'total-2022', quote: '| 13.267,5 |', parts: ['923,6', '396,3', '1.055,6', '3.774,0', '459,0', '1.036,4', '710,2', '1.788,0', '1.501,6', '1.622,9'], total: '13.267,5', labels: districts, rounded: true, trap: rounding }),
  ],
});
