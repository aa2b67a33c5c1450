// Quận 1 (TP.HCM): administrative files in 2018, from báo Thanh Niên, "TP.HCM: Trong 3 năm, Q.1 chỉ có 1 hồ sơ
// trễ hẹn" (thanhnien.vn/thoi-su/tphcm-trong-3-nam-q1-chi-co-1-ho-so-tre-hen-1052762.html); the stored copy
// holds the body after the lead.
import { contradiction, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-quan-1-tp-hcm-tthc-2018.txt',
  prefix: 'q1',
  claims: [
    ratio({ id: 'solved-rate', quote: 'Kết quả đã giải quyết 585.116 hồ sơ, đạt tỷ lệ 99,96%', x: '585.116', y: '585.336', stated: '99,96%' }),
    ratio({ id: 'on-time-rate', quote: 'đúng hạn là 585.116 hồ sơ đạt tỷ lệ 99,96%', x: '585.116', y: '585.336', stated: '99,96%', trap: 'the on-time rate is of the files received, not of the files solved (which would be 100%).' }),
    sum({ id: 'received-split', quote: ['UBND Q.1 tiếp nhận 585.336 hồ sơ hành chính', 'Kết quả đã giải quyết 585.116 hồ sơ', 'đang giải quyết còn trong hạn là 220 hồ sơ'], parts: ['585.116', '220'], total: '585.336', labels: ['đã giải quyết', 'đang giải quyết'] }),
    sum({ id: 'solved-split', quote: ['Kết quả đã giải quyết 585.116 hồ sơ', 'đúng hạn là 585.116 hồ sơ', 'trễ hạn là 0 hồ sơ'], parts: ['585.116', '0'], total: '585.116', labels: ['đúng hạn', 'trễ hạn'] }),
    contradiction({ id: 'late-in-2018', quote: ['chỉ có 1 hồ sơ trễ hạn (năm 2018)', 'số hồ sơ giải quyết trễ hạn là 0 hồ sơ'], stated: '1 hồ sơ trễ hạn (năm 2018)', expected: '0 hồ sơ trễ hạn in 2018', consistent: false, reason: 'The first paragraph says no file of 2018 was late (0 hồ sơ, 0%); the second puts the one late file of 2016-2018 in 2018.', mistake: 'planted', original: 'chỉ có 1 hồ sơ trễ hạn (năm 2017)' }),
  ],
});
