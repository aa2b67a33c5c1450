// National: huanluyenantoan.org (Bộ LĐ-TB&XH's notice), "Tình hình tai nạn lao động 6 tháng đầu năm 2021", huanluyenantoan.org/tinh-hinh-tai-nan-lao-dong-6-thang-dau-nam-2021/;
// opening. Every change is written with its amount. Planted: the deaths 418 written 481 (digits swapped), so the two sectors'
// 310 + 108 no longer give it.
import { change, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tai-nan-lao-dong-6-thang-2021.txt',
  prefix: 'tl1',
  claims: [
    change({ id: 'accidents', quote: ['tăng 263 vụ tương ứng với 7,85%', 'đã xảy ra 3.612 vụ'], x: '3.612', base: '3.612 − 263', stated: '7,85%', direction: 'tăng' }),
    change({ id: 'victims', quote: ['tăng 223 người tương ứng với 6,46%', 'làm 3.673 người bị nạn'], x: '3.673', base: '3.673 − 223', stated: '6,46%', direction: 'tăng' }),
    change({ id: 'deaths-formal', quote: ['tăng 36 người tương ứng với 13,14%', 'lao động: 310 người'], x: '310', base: '310 − 36', stated: '13,14%', direction: 'tăng' }),
    change({ id: 'deaths-informal', quote: ['tăng 04 người tương ứng với 3,85%', 'lao động: 108 người'], x: '108', base: '108 − 4', stated: '3,85%', direction: 'tăng' }),
    sum({ id: 'deaths-by-sector', quote: ['chết vì TNLĐ: 481 người', 'lao động: 310 người', 'lao động: 108 người'], parts: ['310', '108'], total: '481', labels: ['có quan hệ lao động', 'không theo hợp đồng'], mistake: 'planted', original: 'Số người chết vì TNLĐ: 418 người', note: '310 + 108 = 418 against 481 (digits swapped).' }),
    change({ id: 'fatal-accidents-formal', quote: ['tăng 37 vụ tương ứng với 14,5%', 'lao động: 293 vụ'], x: '293', base: '293 − 37', stated: '14,5%', direction: 'tăng' }),
    change({ id: 'fatal-accidents-informal', quote: ['tăng 02 vụ tương ứng với 1,92%', 'lao động: 106 vụ'], x: '106', base: '106 − 2', stated: '1,92%', direction: 'tăng' }),
    sum({ id: 'fatal-accidents-by-sector', quote: ['chết người: 399 vụ', 'lao động: 293 vụ', 'lao động: 106 vụ'], parts: ['293', '106'], total: '399', labels: ['có quan hệ lao động', 'không theo hợp đồng'] }),
    change({ id: 'injured-formal', quote: ['tăng 20 người tương ứng với 3%', 'lao động: 686 người'], x: '686', base: '686 − 20', stated: '3%', direction: 'tăng' }),
    change({ id: 'injured-informal', quote: ['tăng 03 người tương ứng với 2,14%', 'lao động: 143 người'], x: '143', base: '143 − 3', stated: '2,14%', direction: 'tăng' }),
    sum({ id: 'injured-by-sector', quote: ['thương nặng: 829 người', 'lao động: 686 người', 'lao động: 143 người'], parts: ['686', '143'], total: '829', labels: ['có quan hệ lao động', 'không theo hợp đồng'] }),
  ],
});
