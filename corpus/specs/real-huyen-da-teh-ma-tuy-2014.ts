// Huyện Đạ Tẻh (Lâm Đồng): báo Lâm Đồng, "Đạ Tẻh phát hiện 5 vụ liên quan đến ma túy" (title from the address; Công an
// huyện), baolamdong.vn/phapluat/201411/da-teh-phat-hien-5-vu-lien-quan-den-ma-tuy-2456879; whole (the lead, printed
// twice, kept once; the title is not in the stored copy).
// Planted: the 5 drug cases written 6 (the three kinds no longer make it).
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-da-teh-ma-tuy-2014.txt',
  prefix: 'dt14',
  claims: [
    sum({ id: 'drug-cases-by-kind', quote: ['có 6 vụ liên quan đến ma túy', '3 vụ (gồm 4 đối tượng)', '1 vụ lưu thông', '1 vụ trồng cây cần sa'], parts: ['3', '1', '1'], total: '6', labels: ['tàng trữ, mua bán', 'lưu thông', 'trồng cây cần sa'], mistake: 'planted', original: 'có 5 vụ liên quan đến ma túy' }),
    atLeast({ id: 'drug-within-all-cases', quote: ['Trong tổng số 27 vụ phạm pháp hình sự', 'có 6 vụ liên quan đến ma túy'], big: '27', small: '6' }),
  ],
});
