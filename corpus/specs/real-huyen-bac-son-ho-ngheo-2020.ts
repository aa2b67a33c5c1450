// Huyện Bắc Sơn (Lạng Sơn): the district's portal, "Năm 2020 huyện Bắc Sơn có 483 hộ thoát nghèo", bacson.langson.gov.vn/nam-2020-huyen-bac-son-co-483-ho-thoat-ngheo;
// whole (the reading-mode menu left out; "tỷ lên" for "tỷ lệ" as published). The number of households is not written.
// Planted: "10 xã, thị trấn" below 7% written 11; the list names ten.
import { contradiction, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-bac-son-ho-ngheo-2020.txt',
  prefix: 'bs20',
  claims: [
    contradiction({ id: 'communes-below-seven-named', kind: 'sum_parts', quote: ['toàn huyện có 11 xã, thị trấn', 'là Thị trấn, Bắc Quỳnh'], stated: '11', expected: '10 named', consistent: false, reason: 'The list names Thị trấn, Bắc Quỳnh, Hưng Vũ, Vũ Lăng, Vũ Lễ, Vũ Sơn, Chiến Thắng, Đồng Ý, Chiêu Vũ, Tân Lập: ten, not eleven.', mistake: 'planted', original: 'toàn huyện có 10 xã, thị trấn' }),
    contradiction({ id: 'communes-above-named', kind: 'sum_parts', quote: ['8 xã còn lại', 'là Long Đống'], stated: '8', expected: '8 named', consistent: true, reason: 'Long Đống, Trấn Yên, Nhất Hòa, Tân Thành, Vạn Thủy, Tân Tri, Tân Hương, Nhất Tiến: eight.' }),
    contradiction({ id: 'same-households-base', kind: 'share_percent', quote: ['chiếm tỷ lệ 9,17%', 'chiếm tỷ lên 7,5%'], stated: '9,17%; 7,5%', expected: 'one number of households for both', consistent: true, reason: '1.589/9,17% = 17.328 households (17.319–17.338 over the rounding) and 1.299/7,5% = 17.320 (17.262–17.378): the two shares fit one base.' }),
    contradiction({ id: 'fall-in-points', kind: 'change_percent', quote: ['483 hộ thoát nghèo, tỷ lệ giảm 2,97%', 'chiếm tỷ lệ 9,17%'], stated: '2,97%', expected: 'a fall of the rate in points (from 12,14% to 9,17%)', consistent: true, reason: '483 of some 17.300 households is 2,8%; the 2,97% is the rate\'s fall in percentage points, which also counts new poor households.', trap: 'a fall in points next to a count: not the count over the households.' }),
    repeat({ id: 'headline-out-of-poverty', quote: ['Bắc Sơn có 483 hộ thoát nghèo\n', 'huyện Bắc Sơn có 483 hộ thoát nghèo, tỷ lệ'], values: ['483', '483'] }),
  ],
});
