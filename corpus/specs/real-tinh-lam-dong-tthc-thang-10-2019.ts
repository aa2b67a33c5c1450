// Lâm Đồng province, administrative procedures in October 2019, as published by báo Lâm Đồng (25/11/2019).
import { report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lam-dong-tthc-thang-10-2019.txt',
  prefix: 'ld10',
  claims: [
    sum({ id: 'centre-solved', quote: ['đã giải quyết 15.641 hồ sơ'], parts: ['13.529', '1.958', '154'], total: '15.641' }),
    share({ id: 'centre-early', quote: 'trước hạn có 13.529 hồ sơ, chiếm tỷ lệ 86,5%', x: '13.529', y: '15.641', stated: '86,5%' }),
    share({ id: 'centre-on-time', quote: 'đúng hạn có 1.958 hồ sơ, chiếm tỷ lệ 12,5%', x: '1.958', y: '15.641', stated: '12,5%' }),
    share({ id: 'centre-late', quote: 'số hồ sơ quá hạn còn 154, chiếm tỷ lệ 1%', x: '154', y: '15.641', stated: '1%', note: 'A whole-number percent: 0,98…% rounds to 1%.' }),
    sum({ id: 'district-solved', quote: ['đã giải quyết được 17.651 hồ sơ'], parts: ['13.767', '3.254', '634'], total: '17.651', mistake: 'author', note: 'The parts add to 17.655, 4 more than the total.' }),
    share({ id: 'district-early', quote: 'có 13.767 hồ sơ trước hạn, chiếm 78%', x: '13.767', y: '17.651', stated: '78%' }),
    share({ id: 'district-on-time', quote: 'có 3.254 hồ sơ giải quyết đúng hạn, chiếm 18,6%', x: '3.254', y: '17.651', stated: '18,6%', mistake: 'planted', original: 'chiếm 18,4%' }),
    share({ id: 'district-late', quote: 'số quá hạn còn 634 hồ sơ, chiếm đến 3,6%', x: '634', y: '17.651', stated: '3,6%' }),
  ],
});
