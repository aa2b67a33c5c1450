// Tỉnh Hà Nam: social, health and unemployment insurance in 2019, from báo Hà Nam
// (baohanam.com.vn/xa-hoi/y-te/nam-2019-so-nguoi-tham-gia-bhxh-bhyt-bhtn-deu-tang-20112.html); whole as stored, title
// from the address, a photo caption left out. The health coverage is given against two populations, each in
// parentheses after its rate. Not checkable: the plan rates (no plans written), the rises in points ("tăng 2%") and the
// shares of the labour force, which is never given; note that 28,3% (compulsory social insurance) puts the labour force
// at 476.018-477.703 while 24,7% (unemployment insurance) puts it at 507.996-510.057, so one of the two rates is off,
// but which one the text does not allow to say.
import { ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ha-nam-bhxh-bhyt-2019.txt',
  prefix: 'hnb',
  claims: [
    ratio({ id: 'coverage-registered-population', quote: ['chiếm 91,3% (dân số 808.149 người)', 'Tổng số người tham gia BHYT là 742.024 người'], x: '742.024', y: '808.149', stated: '91,3%', mistake: 'planted', original: 'chiếm 91,8%', note: '742.024/808.149 = 91,82%; the count is a sentence before the rate and the base in parentheses after it.' }),
    ratio({ id: 'coverage-census-population', quote: ['chiếm 87% (dân số 852.800 người', 'Tổng số người tham gia BHYT là 742.024 người'], x: '742.024', y: '852.800', stated: '87%', trap: 'a second rate of the same count against another population, in the same sentence: both are right.' }),
  ],
});
