// Phường Vạn Thạnh (TP. Nha Trang, Khánh Hòa): a vice-chairman of the province's visit on the ward's ten months of
// 2014, from báo Khánh Hòa (baokhanhhoa.vn/xa-hoi/201411/phuong-van-thanh-can-quan-ly-tot-trat-tu-do-thi-2351020);
// whole, the repeated lead and a photo caption left out. The revenue rates have no amounts to check against ("hơn 2 tỷ",
// "hơn 10 tỷ", no estimate written), but the tax line says both that it reached 74,05% of the estimate and that it
// rose 7% above it.
import { change, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-van-thanh-kinh-te-xa-hoi-10-thang-2014.txt',
  prefix: 'vth',
  claims: [
    change({ id: 'tax-vs-estimate', quote: ['tăng 7% so với dự toán', 'thu thuế hơn 10 tỷ đồng, đạt 74,05%'], x: '74,05', base: '100', stated: '7%', direction: 'tăng', mistake: 'author', note: 'Tax revenue at 74,05% of the estimate is 25,95% below it, not 7% above it; the 7% is probably the rise over the same period, written against the estimate.' }),
    ratio({ id: 'poor-households', quote: 'giảm 12/42 hộ nghèo, đạt 28,5%', x: '12', y: '42', stated: '28,5%', mistake: 'planted', original: 'đạt 28,6%', note: '12/42 = 28,571…%, 28,6% rounded half-up; 28,5% truncates.' }),
  ],
});
