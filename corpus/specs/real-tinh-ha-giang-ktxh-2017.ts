// Tỉnh Hà Giang: the province's investment promotion portal, "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội
// năm 2017", xuctiendautuhagiang.gov.vn/chi-tiet-bv/ket-qua-thuc-hien-nhiem-vu-phat-trien-kinh-te-xa-hoi-nam-2017.html,
// 03/01/2018; opening (menu and view counter left out). The growth's target, last year's investment and the food
// plan are not written. The per-capita product rose by 1,6 triệu to 22,4, so from 20,8.
import { change, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ha-giang-ktxh-2017.txt',
  prefix: 'hgk',
  claims: [
    sum({ id: 'economic-structure', quote: ['Nông lâm nghiệp và thủy sản chiếm 30,9%', 'Công nghiệp và xây dựng chiếm 22,5%', 'Thương mại - dịch vụ chiếm 46,7%'], parts: ['30,9', '22,5', '46,7'], total: '100', implicitTotal: true, rounded: true, trap: 'The three sectors add to 100,1%: within the rounding of three shares written to 0,1 (±0,15).' }),
    change({ id: 'grdp-per-capita-rise', quote: ['tăng 8,7% tương đương 1,6 triệu đồng', 'bình quân đầu người đạt 22,4 triệu đồng'], x: '22,4 triệu đồng', base: '22,4 − 1,6 triệu đồng', stated: '8,7%', direction: 'tăng', mistake: 'planted', original: 'tăng 7,7% tương đương 1,6 triệu đồng', note: 'A rise of 1,6 to 22,4 is 1,6/20,8 = 7,69%.' }),
  ],
});
