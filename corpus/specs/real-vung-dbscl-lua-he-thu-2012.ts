// Đồng bằng sông Cửu Long (the region's provinces): Angimex's site, from báo Nông nghiệp Việt Nam, "Sản lượng lúa hè
// thu 2012 lần đầu đạt trên 9 triệu tấn" (title from the address),
// angimex.com.vn/sản-lượng-lua-he-thu-2012-lần-dầu-dạt-tren-9-triệu-tấn/, 10/2012; whole as stored (the comment form
// left out). Area × yield = output to the tonne: 1,684 triệu ha × 5,5 tấn/ha = 9,262 triệu tấn. The output's rise
// "gần 600 nghìn tấn" (9,262 − 8,664 = 0,598 triệu tấn) cannot be checked to a written precision (not labelled). The
// autumn-winter plan "600 nghìn tấn" is an area written in tonnes, and "170 ha" harvested is surely 170 nghìn ha;
// neither is a relation of figures. The forecast 3,2 triệu tấn is not the planted area × the first harvest's yield
// (680 nghìn ha × 4,8 = 3,26): a trap.
import { contradiction, difference, product, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-vung-dbscl-lua-he-thu-2012.txt',
  prefix: 'dht',
  claims: [
    product({ id: 'output', quote: ['sản lượng 9,262 triệu tấn lúa', 'tổng diện tích đã xuống giống là 1,684 triệu ha', 'Năng suất bình quân 5,5 tấn/ha'], x: '1,684', y: '5,5', stated: '9,262' }),
    difference({ id: 'yield-rise', quote: ['năng suất bình quân tăng gần 3 tạ/ha', 'năng suất hè thu 2011 là 5,12 tấn/ha', 'Năng suất bình quân 5,5 tấn/ha'], a: '5,5 tấn', b: '5,12 tấn', stated: '3 tạ', mistake: 'planted', original: 'năng suất hè thu 2011 là 5,21 tấn/ha', note: '5,5 − 5,12 = 0,38 tấn/ha, 3,8 tạ/ha, not "gần 3"; with the published 5,21 it is 2,9.' }),
    contradiction({ id: 'autumn-winter-forecast', kind: 'other', quote: ['Sản lượng vụ thu đông năm nay dự kiến khoảng 3,2 triệu tấn', 'đã xuống giống được 680 nghìn ha lúa thu đông', 'năng suất bình quân 4,8 tấn/ha'], stated: '3,2', expected: '3,2', consistent: true, reason: 'A forecast ("dự kiến khoảng") for the whole crop, not the sown area times the yield of the first fields harvested (680 × 4,8 = 3,264).', trap: 'An area and a yield beside an output that they need not give.' }),
  ],
});
