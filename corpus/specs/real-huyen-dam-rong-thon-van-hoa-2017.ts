// Huyện Đam Rông (Lâm Đồng): báo Lâm Đồng, "Đam Rông: Gần 88% số thôn được công nhận thôn văn hóa" (Đam Trọng),
// baolamdong.vn/xahoi/201802/đam-rông-gần-88-số-thôn-được-công-nhận-thôn-văn-hoa-2879935 (stored as
// admin.baolamdong.vn/…), 02/02/2018; whole. The page prints its lead twice, as the sapo and as the first paragraph.
// The agencies' 80/102 (78,4%) is written with no percent; the families' "gần 76,2%" has no base in the text.
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-dam-rong-thon-van-hoa-2017.txt',
  prefix: 'drv',
  claims: [
    ratio({ id: 'villages-headline', quote: ['Gần 88% số thôn được công nhận thôn văn hóa', '49/56 thôn trên địa bàn huyện Đam Rông đạt chuẩn thôn văn hóa, chiếm tỷ lệ 87,5%'], x: '49', y: '56', stated: '88%', note: '49/56 = 87,5%, "gần 88%".' }),
    ratio({ id: 'villages-sapo', quote: '49/56 thôn trên địa bàn huyện Đam Rông đạt chuẩn thôn văn hóa, chiếm tỷ lệ 87,5%', x: '49', y: '56', stated: '87,5%' }),
    ratio({ id: 'villages-body', quote: '49/56 thôn trên địa bàn huyện Đam Rông đạt chuẩn thôn văn hóa, chiếm tỷ lệ 85,7%', x: '49', y: '56', stated: '85,7%', mistake: 'planted', original: 'chiếm tỷ lệ 87,5%', note: '49/56 = 87,5%: the first paragraph repeats the sapo with its digits swapped.' }),
    repeat({ id: 'villages-rate-repeated', quote: ['đạt chuẩn thôn văn hóa, chiếm tỷ lệ 87,5%', 'đạt chuẩn thôn văn hóa, chiếm tỷ lệ 85,7%'], values: ['87,5%', '85,7%'], mistake: 'planted', original: 'chiếm tỷ lệ 87,5%', note: 'The sapo and the first paragraph give the same rate two ways (the one planted edit breaks this and the body\'s rate).' }),
  ],
});
