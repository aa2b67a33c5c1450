// Tỉnh Nghệ An: participants in social, health and unemployment insurance to 2/2021, from báo Nghệ An
// (baonghean.vn/bhxh-nghe-an-nang-chat-luong-dai-ly-thu-bao-hiem-xa-hoi-bao-hiem-y-te-284347.html); the paragraph as
// stored, title from the address. Each rise is given as a number and a percent: the base, last year's figure, is this
// year's minus the rise. The 2.873.346 people are not the sum of the groups after "Trong đó" (one person holds several
// insurances); it happens to be the health-insured plus the voluntary social insurance (2.794.346 + 79.000), which the
// text does not say, so that is not labelled.
import { atLeast, change, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-nghe-an-bhxh-bhyt-2-2021.txt',
  prefix: 'nab',
  claims: [
    sum({ id: 'social-insurance', quote: ['Số người tham gia BHXH là 318.011 người', 'BHXH bắt buộc là 239.011 người', 'BHXH tự nguyện là 79.000 người'], parts: ['239.011', '79.000'], total: '318.011', labels: ['bắt buộc', 'tự nguyện'] }),
    sum({ id: 'social-insurance-rise', quote: ['tăng 40.640 người (tăng 14,65%)', 'tăng 10.513 người', 'tăng 30.127 người'], parts: ['10.513', '30.127'], total: '40.640', labels: ['bắt buộc', 'tự nguyện'] }),
    change({ id: 'social-insurance-rise-pct', quote: 'tăng 40.640 người (tăng 14,65%)', x: '318.011', base: '318.011 − 40.640', stated: '14,65%', direction: 'tăng' }),
    change({ id: 'compulsory-rise-pct', quote: 'tăng 10.513 người (tăng 4,40%)', x: '239.011', base: '239.011 − 10.513', stated: '4,40%', direction: 'tăng', mistake: 'planted', original: '(tăng 4,60%)', note: 'Last year had 228.498: the rise is 4,60%; 4,40% divides the rise by this year\'s 239.011.' }),
    change({ id: 'voluntary-rise-pct', quote: 'tăng 30.127 người (tăng 61,64%)', x: '79.000', base: '79.000 − 30.127', stated: '61,64%', direction: 'tăng' }),
    change({ id: 'unemployment-rise-pct', quote: ['tăng 12.407 người (tăng 6,50%)', 'BHTN là 217.587 người'], x: '217.587', base: '217.587 − 12.407', stated: '6,50%', direction: 'tăng', mistake: 'planted', original: '(tăng 6,05%)', note: '12.407/205.180 = 6,05%; two digits swapped, after a parenthesis between the count and its rise.' }),
    change({ id: 'health-rise-pct', quote: 'tăng 33.746 người (tăng 1,22%)', x: '2.794.346', base: '2.794.346 − 33.746', stated: '1,22%', direction: 'tăng' }),
    atLeast({ id: 'participants-overlap', quote: ['toàn tỉnh có 2.873.346 người tham gia', 'Số người tham gia BHYT: 2.794.346 người', 'Số người tham gia BHXH là 318.011 người', 'BHTN là 217.587 người'], big: '2.873.346', small: '2.794.346', trap: 'the groups after "Trong đó" (BHXH, BHTN, BHYT) add to 3.329.944, more than the 2.873.346 people: they overlap, and are not parts of the total.' }),
  ],
});
