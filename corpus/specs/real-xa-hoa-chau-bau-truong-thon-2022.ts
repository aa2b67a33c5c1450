// Xã Hòa Châu (huyện Hòa Vang, Đà Nẵng): election of village heads for 2022-2025, from the commune portal
// (hoachau.danang.gov.vn/chi-tiet?id=942&_c=11,12,13,14,50,15,40), 02/10/2022; whole, menu left out.
import { ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-hoa-chau-bau-truong-thon-2022.txt',
  prefix: 'hch',
  claims: [
    ratio({ id: 'turnout', quote: 'cử tri đi bầu 5.069/5.443 cử tri đại diện hộ, đạt tỷ lệ 93,13%', x: '5.069', y: '5.443', stated: '93,13%' }),
    sum({ id: 'heads', quote: ['đại diện cử tri hộ của 08 thôn', 'có 05 đồng chí Trưởng thôn tái đắc cử và 04 đồng chí Trưởng thôn mới trúng cử'], parts: ['05', '04'], total: '08', labels: ['tái đắc cử', 'mới trúng cử'], mistake: 'planted', original: '03 đồng chí Trưởng thôn mới trúng cử', note: 'Each of the 08 villages elected one head (the opening sentence); 05 + 04 = 9 heads.' }),
  ],
});
