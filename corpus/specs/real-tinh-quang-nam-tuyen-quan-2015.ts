// Tỉnh Quảng Nam: báo Quảng Nam, "Năm 2016 sẽ gọi 2.750 thanh niên nhập ngũ" (UBND tỉnh's review of the 2015 call-up),
// baoquangnam.vn/quoc-phong-an-ninh/nam-2016-se-goi-2750-thanh-nien-nhap-ngu-34837.html; whole.
// Planted: the rise of the 2016 target over the 2015 call-up, 150, written 105.
import { contradiction, difference, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-nam-tuyen-quan-2015.txt',
  prefix: 'qn15',
  claims: [
    contradiction({ id: 'headline-target', kind: 'repeat', quote: ['Năm 2016 sẽ gọi 2.750 thanh niên', 'nhập ngũ là 2.750 thanh niên'], stated: '2.750', expected: '2.750', consistent: true, reason: 'Headline and body agree.' }),
    difference({ id: 'target-rise', quote: ['(tăng 105 người so với năm 2015)', 'nhập ngũ là 2.750 thanh niên', 'bàn giao 2.600 thanh niên'], a: '2.750', b: '2.600', stated: '105', mistake: 'planted', original: '(tăng 150 người so với năm 2015)', note: '2.750 − 2.600 = 150.' }),
  ],
});
