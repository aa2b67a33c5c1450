// Tỉnh Bà Rịa - Vũng Tàu: insurance coverage at 30/9/2022, from báo Bà Rịa - Vũng Tàu, "Tăng diện bao phủ bảo
// hiểm đến người dân" (title from the address), baobariavungtau.com.vn/xa-hoi/202211/tang-dien-bao-phu-bao-hiem-den-nguoi-dan-964992/,
// 11/2022; the paragraph as stored. Two targets for the same rate, each in parentheses.
import { difference, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ba-ria-vung-tau-bao-hiem-9-thang-2022.txt',
  prefix: 'vtc',
  claims: [
    difference({ id: 'social-insurance-over-target', quote: ['vượt 0,05% so với chỉ tiêu đề ra', 'đạt 38,05%', 'của Tỉnh ủy (38%)'], a: '38,05', b: '38', stated: '0,05', trap: '"vượt 0,05%" is a gap in points to the target in parentheses, not an excess of 0,05% over it.' }),
    difference({ id: 'health-gap-to-government-target', quote: ['thấp hơn 5,25% so với chỉ tiêu được giao', 'mới đạt 86,25% dân số', 'của Thủ tướng Chính phủ (91,5%)'], a: '91,5', b: '86,25', stated: '5,25', trap: 'a gap in points to a target given in parentheses at the end of a long clause.' }),
    difference({ id: 'health-gap-to-province-target', quote: ['thấp hơn 5,57% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy (92%)', 'mới đạt 86,25% dân số'], a: '92', b: '86,25', stated: '5,57', mistake: 'planted', original: 'thấp hơn 5,75% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU của Tỉnh ủy (92%)', note: '92 − 86,25 = 5,75 points; the second target of the same rate, with two digits swapped.' }),
  ],
});
