// Tỉnh Quảng Nam: báo Quảng Nam, "63% tổng đàn trâu, bò được tiêm vắc xin lở mồm long móng" (Mai Nhi),
// baoquangnam.vn/nong-nghiep-nong-thon/63-tong-dan-trau-bo-duoc-tiem-vac-xin-lo-mom-long-mong-29008.html, first round
// of 2015; whole. The districts "trên 65%" are above the province's 63% average (no counts given; not labelled).
import { ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-nam-tiem-phong-lmlm-2015.txt',
  prefix: 'qnl',
  claims: [
    sum({ id: 'herd-by-kind', quote: ['tổng đàn trâu, bò trên địa bàn tỉnh là 222.049 con', 'bò 151.249 con', 'trâu 70.080 con'], parts: ['151.249', '70.080'], total: '222.049', labels: ['bò', 'trâu'], mistake: 'planted', original: 'trâu 70.800 con', note: 'Cattle and buffaloes add to 221.329 head, 720 short of the 222.049.' }),
    ratio({ id: 'vaccinated', quote: ['có 139.053 con được tiêm vắc xin phòng bệnh lở mồm long móng, đạt tỷ lệ bình quân 63%', 'trong tổng số 222.049 con trâu, bò vừa nêu'], x: '139.053', y: '222.049', stated: '63%', note: '139.053/222.049 = 62,62%.' }),
    ratio({ id: 'vaccinated-headline', quote: ['63% tổng đàn trâu, bò được tiêm vắc xin', 'có 139.053 con được tiêm vắc xin', 'trong tổng số 222.049 con trâu, bò vừa nêu'], x: '139.053', y: '222.049', stated: '63%' }),
    repeat({ id: 'herd-repeated', quote: ['tổng đàn trâu, bò trên địa bàn tỉnh là 222.049 con', 'trong tổng số 222.049 con trâu, bò vừa nêu'], values: ['222.049', '222.049'] }),
  ],
});
