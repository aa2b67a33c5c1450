// Thị xã Hương Thủy (Thừa Thiên Huế): the town portal, "Báo cáo tình hình kinh tế - xã hội Quý II và nhiệm vụ trọng
// tâm 6 tháng cuối năm 2018", huongthuy.thuathienhue.gov.vn/?gd=23&cn=212&tc=5332, 04/07/2018; opening (the search box
// and a banner file name left out). Neither the plans nor last year's figures are written beside the rates, so only
// the transport revenue's parts are checkable.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tx-huong-thuy-kinh-te-xa-hoi-6-thang-2018.txt',
  prefix: 'hth',
  claims: [
    sum({ id: 'transport-revenue', quote: ['doanh thu vận tải đạt 220 tỷ đồng', 'Vận tải hành khách đạt 100 tỷ đồng, vận tải hàng hóa và dịch vụ kho bãi đạt 130 tỷ đồng'], parts: ['100 tỷ đồng', '130 tỷ đồng'], total: '220 tỷ đồng', labels: ['hành khách', 'hàng hóa và kho bãi'], mistake: 'planted', original: 'dịch vụ kho bãi đạt 120 tỷ đồng', note: 'Passengers and goods add to 230 tỷ đồng.' }),
  ],
});
