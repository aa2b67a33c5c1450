// Huyện Nông Sơn (Quảng Nam): báo Quảng Nam, "Nông Sơn: Bình quân đạt 12,42 tiêu chí nông thôn mới/xã",
// baoquangnam.vn/thoi-su-nong-thon-moi/nong-son-binh-quan-dat-1242-tieu-chi-nong-thon-moixa-6178.html; whole.
// Authors' slip: 87 criteria over 7 communes is 12,428…, so 12,43 (cut to 12,42, in the headline and the body: one mistake).
import { quotient, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-nong-son-tieu-chi-nong-thon-moi-2018.txt',
  prefix: 'ns18',
  claims: [
    quotient({ id: 'criteria-per-commune', quote: ['bình quân mỗi xã đạt 12,42 tiêu chí', 'Bình quân đạt 12,42 tiêu chí', 'của 7 xã tham gia', 'là 87 tiêu chí'], x: '87', y: '7', stated: '12,42', mistake: 'author', note: '87/7 = 12,4286, so 12,43; the headline repeats the same 12,42.' }),
    repeat({ id: 'headline-average', quote: ['Bình quân đạt 12,42 tiêu chí', 'bình quân mỗi xã đạt 12,42 tiêu chí'], values: ['12,42', '12,42'] }),
  ],
});
