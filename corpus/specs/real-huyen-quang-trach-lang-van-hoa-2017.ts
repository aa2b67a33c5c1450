// Huyện Quảng Trạch (Quảng Bình): báo Quảng Bình, "Quảng Trạch có 12/18 xã đạt tiêu chí văn hóa" (Minh Ánh, Đài
// TT-TH Quảng Trạch), baoquangbinh.vn/van-hoa-van-nghe/201703/quang-trach-co-1218-xa-dat-tieu-chi-van-hoa-2143565/,
// 14/03/2017; whole (the site's menu left out). The families' "trên 74%" has no base in the text (the district's
// households are not written), so it is not labelled.
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-quang-trach-lang-van-hoa-2017.txt',
  prefix: 'qtv',
  claims: [
    ratio({ id: 'villages-cultured', quote: '78/103 thôn đạt danh hiệu làng văn hóa, chiếm tỷ lệ 77,5%', x: '78', y: '103', stated: '77,5%', mistake: 'planted', original: 'chiếm tỷ lệ 75,7%', note: '78/103 = 75,73%: two digits swapped.' }),
    ratio({ id: 'communes-cultured', quote: '12/18 xã đạt tiêu chí văn hóa, chiếm tỷ lệ gần 67%', x: '12', y: '18', stated: '67%', note: '12/18 = 66,67%, "gần 67%".' }),
    repeat({ id: 'communes-headline', quote: ['Quảng Trạch có 12/18 xã đạt tiêu chí văn hóa', '12/18 xã đạt tiêu chí văn hóa, chiếm'], values: ['12', '12'] }),
  ],
});
