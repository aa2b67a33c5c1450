// Cả nước: CafeF, "Ngành thủy sản tiếp tục duy trì được tốc độ tăng trưởng" (title from the address; Tổng cục Thống kê's
// figures), cafef.vn/nganh-thuy-san-tiep-tuc-duy-tri-duoc-toc-do-tang-truong-20190731192101296.chn; whole (the date line left out).
// Output is split two ways (fish, shrimp, other; farmed, caught), and fish and shrimp add across the two splits. A total's
// growth is the weighted growth of its parts (traps: 4,6% lies between farmed 4,7% and caught 4,5%).
// Planted: "thủy sản khác đạt 103.000 tấn" written 130.000 (the three kinds no longer add to 740.500); An Giang's pangasius
// 38.700 tấn written 88.700 (two provinces beyond the country's 127.700).
import { atLeast, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-thuy-san-thang-7-2019.txt',
  prefix: 'ts0719',
  claims: [
    sum({ id: 'month-by-kind', quote: ['ước tính đạt 740.500 tấn', 'bao gồm cá đạt 539.700 tấn', 'tôm đạt 97.800 tấn', 'thủy sản khác đạt 130.000 tấn'], parts: ['539.700', '97.800', '130.000'], total: '740.500', labels: ['cá', 'tôm', 'thủy sản khác'], mistake: 'planted', original: 'thủy sản khác đạt 103.000 tấn', note: '539.700 + 97.800 + 103.000 = 740.500 as published.' }),
    sum({ id: 'month-by-source', quote: ['ước tính đạt 740.500 tấn', 'nuôi trồng trong tháng 7 ước tính đạt 400.000 tấn', 'khai thác tháng 7/2019 ước tính đạt 340.500 tấn'], parts: ['400.000', '340.500'], total: '740.500', labels: ['nuôi trồng', 'khai thác'] }),
    sum({ id: 'fish-across', quote: ['bao gồm cá đạt 539.700 tấn', 'cá đạt 267.100 tấn', 'cá đạt 272.600 tấn'], parts: ['267.100', '272.600'], total: '539.700', labels: ['cá nuôi', 'cá khai thác'] }),
    sum({ id: 'shrimp-across', quote: ['tôm đạt 97.800 tấn', 'tôm đạt 87.600 tấn', 'tôm đạt 10.200 tấn'], parts: ['87.600', '10.200'], total: '97.800', labels: ['tôm nuôi', 'tôm khai thác'] }),
    sum({ id: 'seven-months-by-source', quote: ['ước tính đạt 4.521.000 tấn', 'nuôi trồng đạt 2.321.200 tấn', 'khai thác đạt 2.199.800 tấn'], parts: ['2.321.200', '2.199.800'], total: '4.521.000', labels: ['nuôi trồng', 'khai thác'] }),
    atLeast({ id: 'farmed-fish-shrimp', quote: ['ước tính đạt 400.000 tấn', 'cá đạt 267.100 tấn', 'tôm đạt 87.600 tấn'], big: '400.000', small: '267.100 + 87.600' }),
    atLeast({ id: 'pangasius-provinces', quote: ['cá tra tháng 7 ước tính đạt 127.700 tấn', 'Đồng Tháp đạt 44.500 tấn', 'An Giang đạt 88.700 tấn'], big: '127.700', small: '44.500 + 88.700', mistake: 'planted', original: 'An Giang đạt 38.700 tấn', note: 'Two provinces\' pangasius cannot exceed the country\'s.' }),
    atLeast({ id: 'farmed-fish-pangasius', quote: ['cá đạt 267.100 tấn', 'cá tra tháng 7 ước tính đạt 127.700 tấn'], big: '267.100', small: '127.700' }),
    atLeast({ id: 'tiger-prawn-provinces', quote: ['tôm sú tháng 7 ước tính đạt 34.100 tấn', 'Bạc Liêu đạt 14.000 tấn', 'Trà Vinh đạt 2.200 tấn'], big: '34.100', small: '14.000 + 2.200' }),
    atLeast({ id: 'caught-sea', quote: ['ước tính đạt 340.500 tấn', 'Khai thác biển tháng 7 ước tính đạt 324.300 tấn'], big: '340.500', small: '324.300' }),
    atLeast({ id: 'caught-fish-sea', quote: ['cá đạt 272.600 tấn', 'cá đạt 261.900 tấn'], big: '272.600', small: '261.900' }),
    atLeast({ id: 'caught-shrimp-sea', quote: ['tôm đạt 10.200 tấn', 'tôm đạt 9.100 tấn'], big: '10.200', small: '9.100' }),
    atLeast({ id: 'seven-months-sea', quote: ['khai thác đạt 2.199.800 tấn', 'khai thác biển đạt 2.099.600 tấn'], big: '2.199.800', small: '2.099.600' }),
    contradiction({ id: 'month-growth-weighted', kind: 'change_percent', quote: ['tăng 4,6% so với cùng kỳ năm trước, bao gồm', 'ước tính đạt 400.000 tấn, tăng 4,7%', 'ước tính đạt 340.500 tấn, tăng 4,5%'], stated: '4,6%', expected: 'between 4,5% and 4,7% (4,61% from the parts)', consistent: true, reason: 'Last year: 400.000/1,047 + 340.500/1,045 = 707.880 tấn; 740.500/707.880 = +4,61%.', trap: 'a weighted rate: the total\'s growth lies between its parts\' growths.' }),
    contradiction({ id: 'seven-months-growth-weighted', kind: 'change_percent', quote: ['tăng 5,6% so với cùng kỳ năm trước, trong đó', 'nuôi trồng đạt 2.321.200 tấn, tăng 6,3%', 'khai thác đạt 2.199.800 tấn, tăng 4,9%'], stated: '5,6%', expected: 'between 4,9% and 6,3% (5,61% from the parts)', consistent: true, reason: 'Last year: 2.321.200/1,063 + 2.199.800/1,049 = 4.280.676 tấn; 4.521.000/4.280.676 = +5,61%.', trap: 'a weighted rate.' }),
  ],
});
