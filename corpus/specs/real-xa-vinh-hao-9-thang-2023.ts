// Xã Vĩnh Hảo (Vĩnh Thạnh, Bình Định): the commune portal, "UBND xã Vĩnh tổ chức Hội nghị trực báo đánh giá tình hình
// thực hiện nhiệm vụ phát triển KT-XH, QP-AN 9 tháng đầu năm 2023" (the title as published),
// vinhhao.vinhthanh.binhdinh.gov.vn/Index.aspx?I=110247474&M=15&P=B02, 06/10/2023; opening. The three sectors, written
// in triệu đồng to the đồng (three decimals), make the total; the 78,2% has no plan written.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-vinh-hao-9-thang-2023.txt',
  prefix: 'vhk',
  claims: [
    sum({ id: 'product-by-sector', quote: ['Tổng giá trị sản phẩm ước thực hiện 55.722,974 triệu đồng', 'nông - lâm - thủy sản 28.279,409 triệu đồng', 'thương mại - dịch vụ 18.161,473 triệu đồng', 'xây dựng 8.832,092 triệu đồng'], parts: ['28.279,409 triệu đồng', '18.161,473 triệu đồng', '8.832,092 triệu đồng'], total: '55.722,974 triệu đồng', labels: ['nông - lâm - thủy sản', 'thương mại - dịch vụ', 'công nghiệp - TTCN và xây dựng'], mistake: 'planted', original: 'thương mại - dịch vụ 18.611,473 triệu đồng', note: 'The sectors add to 55.272,974 triệu đồng, 450 triệu short of the total.' }),
  ],
});
