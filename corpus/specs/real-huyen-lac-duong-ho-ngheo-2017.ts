// Huyện Lạc Dương (Lâm Đồng): poor and near-poor households, 10/2017, from báo Lâm Đồng
// (baolamdong.vn/xahoi/201710/lac-duong-phat-sinh-6-ho-ngheo-va-23-ho-can-ngheo-2850086/); whole.
import { contradiction, repeat, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-lac-duong-ho-ngheo-2017.txt',
  prefix: 'ldu',
  claims: [
    repeat({ id: 'new-poor-title', quote: ['Phát sinh 6 hộ nghèo', 'lại có 6 hộ nghèo'], values: ['6', '6'] }),
    repeat({ id: 'new-near-poor-title', quote: ['Lạc Dương: Phát sinh 6 hộ nghèo và 23 hộ cận nghèo', '23 hộ cận nghèo phát sinh mới'], values: ['23', '23'] }),
    share({ id: 'minority-poor', quote: 'là 649 hộ, chiếm tỷ lệ 97% số hộ nghèo toàn huyện', x: '649', y: '669', stated: '97%', note: 'The 669 poor households are in the sentence before; 97,01%.' }),
    share({ id: 'minority-near-poor', quote: 'là 689 hộ, chiếm 97,8% hộ cận nghèo toàn huyện', x: '689', y: '715', stated: '97,8%', mistake: 'planted', original: 'là 699 hộ, chiếm 97,8%', note: '689/715 = 96,36%, i.e. 96,4%; 699 would give 97,76%.' }),
    contradiction({ id: 'rates-of-unstated-total', kind: 'share_percent', quote: ['tỷ lệ hộ nghèo chiếm 11% dân số toàn huyện (tương đương 669 hộ)', 'Hộ cận nghèo chiếm 11,9% (tương đương với 715 hộ)'], stated: '11% (669 hộ); 11,9% (715 hộ)', expected: 'one total of about 5.980–6.030 households fits both', consistent: true, reason: 'The district\'s household total is not written; 669 at 10,5–11,5% and 715 at 11,85–11,95% both fit a total near 6.000, so the two rates agree with each other.', trap: 'two rates of an unstated total, with their counts in parentheses.' }),
  ],
});
