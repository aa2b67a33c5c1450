// Tỉnh Nam Định: báo Nam Định, "Tổng sản lượng lương thực năm 2019 của toàn tỉnh giảm 5.240 tấn so với năm 2018" (Cục
// Thống kê tỉnh's official figures for the tenth-month crop and the year),
// baonamdinh.com.vn/channel/5083/201911/tong-san-luong-luong-thuc-nam-2019-cua-toan-tinh-giam-5240-tan-so-voi-nam-2018-2534371/;
// whole (the trailing punctuation of the page's widgets left out). Each change is written with its absolute amount in
// parentheses, so last year's figure is this year's ± that amount. Yields are checked as output / area (the yield is
// rounded, so area × yield need not give the output to the tonne). Planted: the year's area fall "(bằng 1,46%)" cut to
// 1,45% (2.170/149.089 = 1,4555%), and the year's yield rise "tăng 1,14%" written 1,41% (two digits swapped).
import { change, quotient, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-nam-dinh-luong-thuc-2019.txt',
  prefix: 'ndl',
  claims: [
    change({ id: 'tenth-month-area', quote: ['giảm 1.686ha (bằng 2,24%)', 'gieo trồng 73.467ha lúa'], x: '73.467', base: '73.467 + 1.686', stated: '2,24%', direction: 'giảm' }),
    change({ id: 'year-area', quote: ['giảm 2.170ha (bằng 1,45%)', 'cả năm của toàn tỉnh là 146.919ha'], x: '146.919', base: '146.919 + 2.170', stated: '1,45%', direction: 'giảm', mistake: 'planted', original: 'giảm 2.170ha (bằng 1,46%)', note: '2.170/149.089 = 1,4555%: 1,46% half-up, 1,45% cut.' }),
    change({ id: 'tenth-month-yield', quote: ['tăng 2,63% (1,32 tạ/ha)', 'đạt 51,50 tạ/ha'], x: '51,50', base: '51,50 − 1,32', stated: '2,63%', direction: 'tăng' }),
    change({ id: 'year-yield', quote: ['tăng 1,41% (0,68 tạ/ha)', 'năng suất lúa cả năm đạt 60,45 tạ/ha'], x: '60,45', base: '60,45 − 0,68', stated: '1,41%', direction: 'tăng', mistake: 'planted', original: 'tăng 1,14% (0,68 tạ/ha)', note: '0,68/59,77 = 1,14%: two digits swapped.' }),
    change({ id: 'tenth-month-paddy', quote: ['tăng 0,32% (1.216 tấn)', 'đạt 378.366 tấn'], x: '378.366', base: '378.366 − 1.216', stated: '0,32%', direction: 'tăng' }),
    change({ id: 'tenth-month-food', quote: ['giảm 0,04% (151 tấn)', 'vụ mùa đạt 383.538 tấn'], x: '383.538', base: '383.538 + 151', stated: '0,04%', direction: 'giảm' }),
    change({ id: 'year-food', quote: ['giảm 0,58% (5.240 tấn)', 'có hạt toàn tỉnh là 905.867 tấn'], x: '905.867', base: '905.867 + 5.240', stated: '0,58%', direction: 'giảm' }),
    change({ id: 'year-paddy', quote: ['giảm 0,34% (3.042 tấn)', 'thóc là 888.132 tấn'], x: '888.132', base: '888.132 + 3.042', stated: '0,34%', direction: 'giảm' }),
    change({ id: 'year-maize', quote: ['giảm 10,74% (2.133 tấn)', 'ngô là 17.724 tấn'], x: '17.724', base: '17.724 + 2.133', stated: '10,74%', direction: 'giảm' }),
    sum({ id: 'year-food-by-crop', quote: ['có hạt toàn tỉnh là 905.867 tấn', 'thóc là 888.132 tấn', 'ngô là 17.724 tấn', 'kê là 11 tấn'], parts: ['888.132', '17.724', '11'], total: '905.867', labels: ['thóc', 'ngô', 'kê'] }),
    sum({ id: 'year-food-fall-by-crop', quote: ['giảm 0,58% (5.240 tấn)', '(3.042 tấn)', '(2.133 tấn)', 'giảm 65 tấn'], parts: ['3.042', '2.133', '65'], total: '5.240', labels: ['thóc', 'ngô', 'kê'] }),
    quotient({ id: 'tenth-month-yield-from-output', quote: ['đạt 51,50 tạ/ha', 'đạt 378.366 tấn', 'gieo trồng 73.467ha lúa'], x: '378.366', y: '73.467', factor: '10', stated: '51,50', note: 'Tonnes per hectare × 10 = tạ/ha.' }),
    quotient({ id: 'year-yield-from-output', quote: ['năng suất lúa cả năm đạt 60,45 tạ/ha', 'thóc là 888.132 tấn', 'cả năm của toàn tỉnh là 146.919ha'], x: '888.132', y: '146.919', factor: '10', stated: '60,45' }),
    repeat({ id: 'headline-food-fall', quote: ['toàn tỉnh giảm 5.240 tấn so với năm 2018', 'giảm 0,58% (5.240 tấn)'], values: ['5.240', '5.240'] }),
  ],
});
