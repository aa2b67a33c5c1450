// Xã Xuân Ngọc: page 312 of the commune party's history ("LSDB xa Xuan Ngoc", a flip-book),
// online.flipbuilder.com/mxoqr/fdsh/files/basic-html/page312.html; the page as stored, which begins and ends inside a
// sentence. Work and training in 2015 are shares of the 3.699 of working age. The poor households' 1,72% "giảm 3,24%
// so với năm 2010" is a fall in points from a 2010 rate the page does not give; the 100% and 98% have no counts.
import { ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-xuan-ngoc-lao-dong-ho-ngheo-2015.txt',
  prefix: 'xnl',
  claims: [
    ratio({ id: 'regular-work', quote: ['thường xuyên (đạt 90,6%)', 'toàn xã có 3.699', '3.315 lao động có việc làm'], x: '3.315', y: '3.699', stated: '90,6%', mistake: 'planted', original: '3.351 lao động có việc làm', note: '3.315/3.699 = 89,62%; the 90,6% fits the published 3.351.' }),
    ratio({ id: 'trained', quote: ['(đạt 41,47%)', 'toàn xã có 3.699', '1.534 lao động đã qua đào tạo'], x: '1.534', y: '3.699', stated: '41,47%' }),
  ],
});
