// Huyện Vĩnh Linh (Quảng Trị): lower-secondary graduation, school year 2022-2023, from the district's portal
// (vinhlinh.quangtri.gov.vn/chi-tiet/-/view-article/1/1647698216855/1684974478104), 24/05/2023; whole (site menus left out).
import { ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-vinh-linh-tot-nghiep-thcs-2023.txt',
  prefix: 'vli',
  claims: [
    ratio({ id: 'graduated', quote: 'có 1.466 học sinh dự xét tốt nghiệp, trong đó tốt nghiệp 1.458 em đạt tỷ lệ 99,45%', x: '1.458', y: '1.466', stated: '99,45%' }),
    sum({ id: 'grades-whole', quote: ['giỏi đạt 29,63%', 'khá 44,58%', 'trung bình 25,97%'], parts: ['29,63', '44,58', '25,97'], total: '100', implicitTotal: true, rounded: true, mistake: 'planted', original: 'trung bình 25,79%', note: 'The grades of the graduates must share 100%; they add to 100,18%.' }),
  ],
});
