// Tỉnh Hưng Yên: báo Hưng Yên, "Hưng Yên: Thu tiền sử dụng đất đạt 175% dự toán", baohungyen.vn/kinh-te/201811/hung-yen-thu-tien-su-dung-dat-dat-175-du-toan-822632/;
// whole. Land-use fees to the end of 10/2018 against the HĐND's dự toán of 1.000 tỷ (the dự toán a sentence before).
// Planted: "gần 1.750 tỷ" written "gần 1.570 tỷ" (157% of the dự toán, not 175%).
// The rise of 68% has no last-year figure: not checkable.
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-hung-yen-tien-su-dung-dat-10-thang-2018.txt',
  prefix: 'hy18',
  claims: [
    ratio({ id: 'fees-of-plan', quote: ['đạt 175% dự toán, tăng 68%', 'gần 1.570 tỷ đồng', 'từ tiền sử dụng đất là 1.000 tỷ đồng'], x: '1.570', y: '1.000', stated: '175%', mistake: 'planted', original: 'ước đạt gần 1.750 tỷ đồng', note: 'As published, 1.750/1.000 = 175%; 1.570/1.000 = 157%. The dự toán is in the sentence before.' }),
    repeat({ id: 'headline-rate', quote: ['Thu tiền sử dụng đất đạt 175% dự toán', 'đạt 175% dự toán, tăng 68%'], values: ['175%', '175%'] }),
  ],
});
