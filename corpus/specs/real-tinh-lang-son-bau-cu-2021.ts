// Lạng Sơn province, 2021 elections: figures of report 62/BC-UBBC of the provincial election committee
// as published by Đại Đoàn Kết (daidoanket.vn/lang-son-ket-qua-so-bo-cuoc-bau-cu-dbqh-va-hdnd-cac-cap-5641971.html).
import { atLeast, ratio, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lang-son-bau-cu-2021.txt',
  prefix: 'ls',
  claims: [
    ratio({ id: 'turnout-province', quote: '571.347/571.411 cử tri đã tham gia bỏ phiếu bầu ĐBQH và đại biểu HĐND tỉnh, đạt tỷ lệ 99,99%', x: '571.347', y: '571.411', stated: '99,99%' }),
    ratio({ id: 'polling-stations-closed', quote: '1.562/1.562 (100%)', x: '1.562', y: '1.562', stated: '100%' }),
    share({ id: 'valid-na', quote: 'có 567.597 phiếu hợp lệ, đạt tỷ lệ 99,37%', x: '567.597', y: '571.212', stated: '99,37%', note: 'The base (ballots) is before "trong đó".' }),
    share({ id: 'valid-province', quote: 'có 564.400 phiếu hợp lệ, đạt tỷ lệ 98,8%', x: '564.400', y: '571.269', stated: '98,8%' }),
    ratio({ id: 'turnout-district', quote: '567.623/567.813 cử tri đã tham gia bỏ phiếu, đạt tỷ lệ 99,97%', x: '567.623', y: '567.813', stated: '99,97%' }),
    share({ id: 'valid-district', quote: 'có 561.476 phiếu hợp lệ, đạt tỷ lệ 98,39%', x: '561.476', y: '567.572', stated: '98,39%', mistake: 'planted', original: 'đạt tỷ lệ 98,93%', note: 'Two digits swapped.' }),
    ratio({ id: 'turnout-commune', quote: '556.932/557.383 cử tri đã tham gia bỏ phiếu, đạt tỷ lệ 99,92%', x: '556.932', y: '557.383', stated: '99,92%' }),
    share({ id: 'valid-commune', quote: 'có 547.227 phiếu hợp lệ, đạt tỷ lệ 98,52%', x: '547.227', y: '555.439', stated: '98,52%' }),
    atLeast({ id: 'ballots-na-le-voters', quote: ['có 571.212 phiếu bầu ĐBQH', '571.347/571.411 cử tri'], big: '571.347', small: '571.212', note: 'Ballots returned cannot exceed the voters who took part.' }),
    atLeast({ id: 'ballots-district-le-voters', quote: ['Kết quả thu về 567.572 phiếu', '567.623/567.813 cử tri'], big: '567.623', small: '567.572' }),
    atLeast({ id: 'ballots-commune-le-voters', quote: ['Kết quả thu về 555.439 phiếu', '556.932/557.383 cử tri'], big: '556.932', small: '555.439' }),
  ],
});
