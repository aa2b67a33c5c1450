// UBND xã Tiên An (Tiên Phước, Quảng Nam): review of the spring 2016 livestock vaccination, as published
// (donghuongtienphuoc.com/tin-tuc/tien-sơ-kết-cong-tac-tiem-phong-gia-suc).
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-tien-an-tiem-phong-2016.txt',
  prefix: 'ta',
  claims: [
    ratio({ id: 'vaccinated', quote: 'đạt 858/1.058 con trâu, bò, heo, đạt tỷ lệ 79,08%', x: '858', y: '1.058', stated: '79,08%', mistake: 'author', note: '858/1.058 is 81,10%; 79,08% would be about 837 animals.' }),
    repeat({ id: 'herd-size', quote: ['vụ Xuân là 1.085 con', 'đạt 858/1.058 con'], values: ['1.058 con', '1.085 con'], mistake: 'planted', original: 'vụ Xuân là 1.058 con', note: 'The herd is given in the sentence before the X/Y; two digits swapped.' }),
  ],
});
