// Huyện Đắk Glong (Đắk Nông), administrative procedures in 2020, as published by báo Đắk Nông (19/01/2021).
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-dak-glong-tthc-2020.txt',
  prefix: 'dgl',
  claims: [
    sum({ id: 'received', quote: 'của toàn huyện là 59.010 bộ. Trong đó, số hồ sơ mới tiếp nhận là 57.028 bộ; số hồ sơ từ kỳ trước chuyển qua là 1.982 bộ', parts: ['57.028', '1.982'], total: '59.010' }),
    sum({ id: 'solved', quote: 'giải quyết được 57.689 bộ hồ sơ (57.502 hồ sơ giải quyết đúng hạn, 178 hồ sơ giải quyết quá hạn)', parts: ['57.502', '178'], total: '57.689', mistake: 'planted', original: '187 hồ sơ giải quyết quá hạn', note: 'Parts in parentheses.' }),
    sum({ id: 'pending', quote: '1.321 hồ sơ đang giải quyết (1.246 hồ sơ chưa đến hạn, 75 hồ sơ số hồ sơ quá hạn)', parts: ['1.246', '75'], total: '1.321' }),
    sum({ id: 'solved-plus-pending', quote: ['toàn huyện là 59.010 bộ', 'giải quyết được 57.689 bộ hồ sơ', '1.321 hồ sơ đang giải quyết'], parts: ['57.689', '1.321'], total: '59.010' }),
    atLeast({ id: 'headline', quote: ['Giải quyết được hơn 57.000 hồ sơ', 'giải quyết được 57.689 bộ hồ sơ'], big: '57.689', small: '57.000' }),
  ],
});
