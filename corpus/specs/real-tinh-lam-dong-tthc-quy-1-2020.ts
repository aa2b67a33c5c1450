// Lâm Đồng province, administrative procedures in quarter I 2020, from UBND tỉnh's figures as published
// by báo Lâm Đồng (18/03/2020). The repeated lead paragraph of the page is kept once; the stored copy
// breaks off in the commune-level paragraph.
import { atLeast, contradiction, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lam-dong-tthc-quy-1-2020.txt',
  prefix: 'ld1',
  claims: [
    sum({ id: 'province-solved', quote: ['đã giải quyết 643.272 hồ sơ'], parts: ['635.593', '7.677'], total: '643.272', labels: ['đúng và trước hạn', 'quá hạn'], mistake: 'author', note: 'On time + late = 643.270, 2 short; the levels below give on time 51.072 + 323.911 + 260.612 = 635.595, so 635.593 is the wrong figure.' }),
    share({ id: 'province-on-time-share', quote: 'có 635.593 hồ sơ, chiếm tỷ lệ 98,81%', x: '635.593', y: '643.272', stated: '98,81%' }),
    share({ id: 'province-late-share', quote: 'quá hạn có 7.677 hồ sơ, chiếm tỷ lệ 1,19%', x: '7.677', y: '643.272', stated: '1,19%' }),
    sum({ id: 'province-pending', quote: 'đang giải quyết gồm 7.172 hồ sơ, có 5.590 hồ sơ chưa đến hạn và 1.222 hồ sơ đã quá hạn', parts: ['5.590', '1.222'], total: '7.172', labels: ['chưa đến hạn', 'đã quá hạn'], mistake: 'planted', original: 'có 5.950 hồ sơ chưa đến hạn' }),
    contradiction({ id: 'province-remaining-not-all-pending', quote: ['toàn tỉnh đã tiếp nhận 659.245 hồ sơ'], stated: '659.245 − 643.272 = 15.973', expected: '≥ 7.172 đang giải quyết', consistent: true, reason: '"Trong số hồ sơ còn lại đang giải quyết gồm 7.172": the files still being handled are some of the 15.973 not yet resolved (others returned or withdrawn), not all of them.', trap: 'received − resolved is not the pending count here.' }),
    sum({ id: 'provincial-level-solved', quote: ['đã giải quyết 51.780 hồ sơ, đúng và trước hạn 51.072 hồ sơ', 'quá hạn còn 708 hồ sơ'], parts: ['51.072', '708'], total: '51.780' }),
    share({ id: 'provincial-level-on-time', quote: 'đúng và trước hạn 51.072 hồ sơ, đạt tỷ lệ 98,63%', x: '51.072', y: '51.780', stated: '98,63%' }),
    share({ id: 'provincial-level-late', quote: 'quá hạn còn 708 hồ sơ, chiếm tỷ lệ 1,37%', x: '708', y: '51.780', stated: '1,37%' }),
    sum({ id: 'provincial-level-pending', quote: 'gồm 2.800 hồ sơ, có 2.672 hồ sơ chưa đến hạn và có 128 hồ sơ đã quá hạn', parts: ['2.672', '128'], total: '2.800' }),
    sum({ id: 'district-level-solved', quote: ['đã giải quyết 329.596 hồ sơ', 'đúng và trước hạn có 323.911 hồ sơ', 'còn 5.685 hồ sơ quá hạn'], parts: ['323.911', '5.685'], total: '329.596' }),
    share({ id: 'district-level-on-time', quote: 'có 323.911 hồ sơ, đạt tỷ lệ 98,28%', x: '323.911', y: '329.596', stated: '98,28%' }),
    share({ id: 'district-level-late', quote: 'còn 5.685 hồ sơ quá hạn, tỷ lệ 1,7%', x: '5.685', y: '329.596', stated: '1,7%' }),
    sum({ id: 'district-level-pending', quote: 'Trong số 3.405 hồ sơ đang giải quyết, số hồ sơ chưa đến hạn là 2.436 hồ sơ và có 969 hồ sơ đã quá hạn', parts: ['2.436', '969'], total: '3.405' }),
    share({ id: 'commune-level-on-time', quote: 'đúng và trước hạn 260.612 hồ sơ, đạt tỷ lệ 99,51%', x: '260.612', y: '261.896', stated: '99,51%' }),
    sum({ id: 'received-by-level', quote: ['toàn tỉnh đã tiếp nhận 659.245 hồ sơ', 'quý I đã tiếp nhận 54.575 hồ sơ', 'quý I đã tiếp nhận 340.060 hồ sơ', 'quý I tiếp nhận 264.610 hồ sơ'], parts: ['54.575', '340.060', '264.610'], total: '659.245', labels: ['cấp tỉnh', 'cấp huyện', 'cấp xã'], note: 'The province total is the sum of the three levels given in later paragraphs.' }),
    sum({ id: 'solved-by-level', quote: ['đã giải quyết 643.272 hồ sơ', 'đã giải quyết 51.780 hồ sơ', 'đã giải quyết 329.596 hồ sơ', 'đã giải quyết 261.896 hồ sơ'], parts: ['51.780', '329.596', '261.896'], total: '643.272', labels: ['cấp tỉnh', 'cấp huyện', 'cấp xã'] }),
    atLeast({ id: 'headline-over-7600', quote: ['Trên 7.600 hồ sơ bị quá hạn trong quý I', 'số hồ sơ quá hạn có 7.677 hồ sơ'], big: '7.677', small: '7.600', note: 'The headline rounds the late files down ("trên 7.600").' }),
  ],
});
