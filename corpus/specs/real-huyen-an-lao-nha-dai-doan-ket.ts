// Huyện An Lão (Bình Định): the province portal, "An Lão: 149 triệu đồng đóng góp xây dựng quỹ “Vì người nghèo”.",
// binhdinh.gov.vn/tin-tuc/tin-tu-thi-xa-huyen-thanh-pho/an-lao-149-trieu-dong-dong-gop-xay-dung-quy-vi-nguoi-ngheo-..html;
// whole as stored (the caption "Ảnh minh họa." left out, the spelling "Đại đòan kết" kept). The district MTTQ's houses
// for poor households: the support per house against its two sources.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-an-lao-nha-dai-doan-ket.txt',
  prefix: 'alo',
  claims: [
    sum({ id: 'support-per-house-by-source', quote: ['bình quân mỗi nhà được hỗ trợ 30 triệu đồng', 'UBMTTQVN tỉnh hỗ trợ 25 triệu đồng/nhà', 'Quỹ vì người nghèo huyện hỗ trợ 5 triệu đồng/nhà'], parts: ['25 triệu đồng', '5 triệu đồng'], total: '30 triệu đồng', labels: ['UBMTTQVN tỉnh', 'Quỹ vì người nghèo huyện'] }),
  ],
});
