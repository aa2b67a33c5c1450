// TP Tuy Hòa (Phú Yên): báo Thanh Niên, "Phú Yên: Công an TP.Tuy Hòa triệt phá nhiều vụ mua bán, tàng trữ chất ma túy"
// (title from the address; the city police chief's figures), thanhnien.vn/thoi-su/phu-yen-cong-an-tptuy-hoa-triet-pha-nhieu-vu-mua-ban-tang-tru-chat-ma-tuy-1372155.html;
// the paragraph as stored, without a title ("c hất" and the spaces around "Phú Yên" as published). Cases and people are each split into
// prosecuted and fined.
// Planted: the people fined 42 written 24 (prosecuted 6 + fined no longer make the 48).
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-tuy-hoa-ma-tuy-4-thang-2021.txt',
  prefix: 'th21',
  claims: [
    sum({ id: 'cases-by-handling', quote: ['xử lý 23 vụ', 'khởi tố 6 vụ', 'xử lý hành chính 17 vụ'], parts: ['6', '17'], total: '23', labels: ['khởi tố', 'xử lý hành chính'] }),
    sum({ id: 'people-by-handling', quote: ['48 đối tượng liên quan', '6 bị can', '17 vụ, 24 đối tượng'], parts: ['6', '24'], total: '48', labels: ['bị can', 'xử lý hành chính'], mistake: 'planted', original: 'xử lý hành chính 17 vụ, 42 đối tượng', note: 'As published, 6 + 42 = 48.' }),
  ],
});
