// Đảng bộ huyện Như Xuân (Thanh Hóa): main targets of the 2020-2025 term, from báo Thanh Hóa, "Đảng bộ huyện
// Như Xuân: Dấu ấn một nhiệm kỳ" (title from the address), baothanhhoa.vn/thoi-su/dang-bo-huyen-nhu-xuan-dau-an-mot-nhiem-ky/122491.htm,
// 08/2020; the targets box as stored. Targets, but their X/Y and counts in parentheses must agree.
import { contradiction, ratio, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-nhu-xuan-chi-tieu-2020-2025.txt',
  prefix: 'nxu',
  claims: [
    contradiction({ id: 'growth-by-sector', kind: 'other', quote: ['đạt 16%, trong đó: Nông, lâm, thủy sản tăng 6%'], stated: '16% (6%; 18,4%; 18,2%)', expected: 'a weighted mean of the sector rates', consistent: true, reason: 'Growth of the whole is the sectors\' growth weighted by their size, not their sum; 16% lies between 6% and 18,4%.', trap: 'sector growth rates after "trong đó" are not parts of the total rate.' }),
    contradiction({ id: 'communes-from-counts', kind: 'share_percent', quote: ['đạt 50% (8 xã)', 'nâng cao 6,25% (1 xã)'], stated: '50% (8 xã); 6,25% (1 xã)', expected: 'both fit 16 communes', consistent: true, reason: 'The number of communes is not written; 8 at 50% and 1 at 6,25% both give 16.', trap: 'percents of an unstated total, each with its count in parentheses.' }),
    ratio({ id: 'ntm-villages', quote: 'tỷ lệ thôn đạt chuẩn nông thôn mới 59,8% (66/112 thôn', x: '66', y: '112', stated: '59,8%', mistake: 'planted', original: 'tỷ lệ thôn đạt chuẩn nông thôn mới 58,9%', note: '66/112 = 58,93%; the base follows the percent in parentheses.' }),
    share({ id: 'model-villages', quote: 'kiểu mẫu 1,8% (2 thôn)', x: '2', y: '112', stated: '1,8%', note: 'A share of the 112 villages written in the clause before; 1,79%.' }),
  ],
});
