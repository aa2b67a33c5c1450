// Tỉnh Bà Rịa - Vũng Tàu: social, unemployment and health insurance at 31/12/2021, from báo Bà Rịa - Vũng Tàu,
// "Nỗ lực phát triển người tham gia bảo hiểm" (title from the address), baobariavungtau.com.vn/xa-hoi/202204/no-luc-phat-trien-nguoi-tham-gia-bao-hiem-947698/,
// 04/2022; the paragraph as stored. "Thấp hơn 0,4%" is a gap in percentage points between a rate and its target.
import { contradiction, difference, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ba-ria-vung-tau-bao-hiem-2021.txt',
  prefix: 'vtb',
  claims: [
    sum({ id: 'social-insurance-by-kind', quote: ['tổng số người tham gia BHXH 206.810 người', 'BHXH bắt buộc: 199.511 người', 'BHXH tự nguyện: 7.299 người'], parts: ['199.511', '7.299'], total: '206.810', labels: ['bắt buộc', 'tự nguyện'], note: 'The parts follow in parentheses after the target.' }),
    difference({ id: 'social-insurance-gap', quote: ['thấp hơn 0,4% so với chỉ tiêu UBND tỉnh giao (35,5%)', 'chiếm tỷ lệ 35,1% lực lượng lao động'], a: '35,5', b: '35,1', stated: '0,4', trap: 'a gap in percentage points written "0,4%", with the target in parentheses; it is not 0,4% of anything.' }),
    difference({ id: 'unemployment-insurance-gap', quote: ['cao hơn 0,48% so với chỉ tiêu UBND tỉnh giao (32%)', 'chiếm tỷ lệ 32,48% LLLĐ'], a: '32,48', b: '32', stated: '0,48', trap: 'the same kind of gap in points, above the target.' }),
    difference({ id: 'health-insurance-gap', quote: ['thấp hơn 5,5% so với chỉ tiêu UBND tỉnh giao (91%)', 'đạt tỷ lệ bao phủ 86,5% dân số'], a: '91', b: '86,5', stated: '5,5', mistake: 'planted', original: 'thấp hơn 4,5% so với chỉ tiêu UBND tỉnh giao (91%)', note: 'The target 91% less the 86,5% reached is 4,5 points.' }),
    contradiction({ id: 'rates-of-one-labour-force', kind: 'share_percent', quote: ['206.810 người, chiếm tỷ lệ 35,1% lực lượng lao động', 'BHTN 191.379 người, chiếm tỷ lệ 32,48% LLLĐ'], stated: '35,1% and 32,48% of LLLĐ', expected: 'one labour force of about 589.100–589.300 people fits both', consistent: true, reason: 'The labour force is not written; 206.810 at 35,05–35,15% and 191.379 at 32,475–32,485% both fit a labour force near 589.200.', trap: 'two rates of one unstated base.' }),
  ],
});
