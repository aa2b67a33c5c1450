// TP. Long Khánh (Đồng Nai, district level): cultural titles of 2019, from báo Đồng Nai
// (baodongnai.com.vn/tintuc/201911/tplong-khanh-5759-ap-khu-pho-duoc-cong-nhan-danh-hieu-ap-khu-pho-van-hoa-2974154/), 15/11/2019; whole.
import { atLeast, ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-long-khanh-van-hoa-2019.txt',
  prefix: 'lkh',
  claims: [
    ratio({ id: 'cultured-hamlets', quote: 'có 57/59 ấp, khu phố được công nhận danh hiệu ấp, khu phố văn hóa (đạt tỷ lệ 96,6%', x: '57', y: '59', stated: '96,6%' }),
    repeat({ id: 'hamlets-title', quote: ['TP.Long Khánh: 58/59 ấp', 'Kết quả bình xét có 57/59 ấp'], values: ['58', '57'], mistake: 'planted', original: 'TP.Long Khánh: 57/59 ấp, khu phố', note: 'The headline gives 58 recognised hamlets, the body 57.' }),
    atLeast({ id: 'hamlets-target', quote: ['đạt tỷ lệ 96,6% so với mục tiêu nghị quyết đề ra trên 92%'], big: '96,6', small: '92', trap: 'the resolution\'s target ("trên 92%") right after the achieved rate.' }),
    ratio({ id: 'cultured-families', quote: 'có 38.487/38.784 hộ gia đình được công nhận danh hiệu Gia đình văn hóa (đạt tỷ lệ 99,23%', x: '38.487', y: '38.784', stated: '99,23%' }),
    atLeast({ id: 'families-target', quote: ['đạt tỷ lệ 99,23% so với mục tiêu nghị quyết đề ra trên 98%'], big: '99,23', small: '98', trap: 'a target next to an X/Y and its rate.' }),
    ratio({ id: 'cultured-firms', quote: '50/67 doanh nghiệp được công nhận danh hiệu Doanh nghiệp đạt chuẩn văn hóa (đạt tỷ lệ 79%)', x: '50', y: '67', stated: '79%', mistake: 'author', note: '50/67 = 74,6%, i.e. 75%; 79% fits 53 firms.' }),
  ],
});
