// TP Đà Nẵng: thuviensuckhoe.org (from the city's election committee), "Đà Nẵng: Công bố kết quả bầu cử đại biểu HĐND thành
// phố nhiệm kỳ 2021 - 2026", thuviensuckhoe.org/da-nang-cong-bo-ket-qua-bau-cu-dai-bieu-hdnd-thanh-pho-nhiem-ky-2021-2026-20210531160219678.htm;
// opening (the section tag and time left out). The shares come without counts: each must be some whole count of the 52, 33
// or 305 deputies. Planted: Hòa Vang's women 30,3% (10 of 33) written 30,6%, which no whole count of 33 gives.
import { contradiction, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-da-nang-bau-cu-hdnd-2021.txt',
  prefix: 'dnh',
  claims: [
    ratio({ id: 'turnout', quote: ['đạt tỷ lệ 99,9%', 'là 751.103 người', 'là 750.296 người'], x: '750.296', y: '751.103', stated: '99,9%' }),
    contradiction({ id: 'city-women-count', kind: 'share_percent', quote: ['tỷ lệ đại biểu nữ đạt 21,15%'], stated: '21,15%', expected: '11/52 = 21,15%', consistent: true, reason: 'A whole count of the 52 deputies (11) gives it.' }),
    contradiction({ id: 'city-re-elected-count', kind: 'share_percent', quote: ['tỉ lệ đại biểu tái cử đạt 32,7%'], stated: '32,7%', expected: '17/52 = 32,7%', consistent: true, reason: 'A whole count of the 52 deputies (17) gives it.' }),
    contradiction({ id: 'hoa-vang-women-count', kind: 'share_percent', quote: ['tỷ lệ đại biểu nữ đạt 30,6%'], stated: '30,6%', expected: '10/33 = 30,3% or 11/33 = 33,3%', consistent: false, reason: 'No whole count of the 33 district deputies gives 30,6%.', mistake: 'planted', original: 'tỷ lệ đại biểu nữ đạt 30,3%' }),
    contradiction({ id: 'hoa-vang-re-elected-count', kind: 'share_percent', quote: ['tỉ lệ đại biểu tái cử đạt 42,4%'], stated: '42,4%', expected: '14/33 = 42,4%', consistent: true, reason: 'A whole count of the 33 deputies (14) gives it.' }),
    contradiction({ id: 'communes-women-count', kind: 'share_percent', quote: ['tỷ lệ đại biểu nữ đạt 31,5%'], stated: '31,5%', expected: '96/305 = 31,5%', consistent: true, reason: 'A whole count of the 305 commune deputies (96) gives it.' }),
  ],
});
