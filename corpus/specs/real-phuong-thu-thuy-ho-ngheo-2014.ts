// Phường Thu Thủy (thị xã Cửa Lò, Nghệ An), 11 months of 2013 (published 26/03/2014), from cualo.vn/thu-thuy-co-86-ho-ngheo-chiem-ty-le-8/; whole.
import { contradiction, repeat, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-thu-thuy-ho-ngheo-2014.txt',
  prefix: 'ttu',
  claims: [
    share({ id: 'poor-share', quote: 'có 86 hộ nghèo chiếm tỷ lệ 8 % theo tiêu chí mới', x: '86', y: '1059', stated: '8%', note: 'A whole-number percent: 8,12%.' }),
    repeat({ id: 'poor-title', quote: ['Có 68 hộ nghèo chiếm tỷ lệ 8 %', 'có 86 hộ nghèo chiếm tỷ lệ 8 % theo'], values: ['68', '86'], mistake: 'planted', original: 'Thu Thủy: Có 86 hộ nghèo chiếm tỷ lệ 8 %', note: 'The headline swaps the two digits of the body\'s 86 poor households (68/1059 would be 6%).' }),
    share({ id: 'sanitation', quote: '1025 gia đình có công trình vệ sinh chiếm tỷ lệ 96,7 %', x: '1025', y: '1059', stated: '96,7%', mistake: 'author', note: '1025/1059 = 96,79%, i.e. 96,8%; truncated.' }),
    contradiction({ id: 'block-counts-not-parts', kind: 'sum_parts', quote: ['Khối 1 có trên 300 hộ đạt tỷ lệ 95,9 %'], stated: '300 + 138 + 168 + 140 + 98 + 129 = 973', expected: 'not a split of the 1059 households', consistent: true, reason: 'Each block\'s count is the households that reached the standard, with the block\'s own rate; they add to the qualifying households, not to the ward\'s 1059.', trap: 'per-item counts with their own rates, not parts of the total given later.' }),
  ],
});
