// Huyện Tân Biên (Tây Ninh): báo Tây Ninh, "Tân Biên: Người dân tham gia BHYT đạt 97,18%" (the Đảng bộ huyện's meeting on
// the year 2023), baotayninh.vn/tan-bien-nguoi-dan-tham-gia-bhyt-dat-97-18--a166716.html; opening (image captions and the
// Google News line left out). The plans and dự toán behind most percents are not written.
// Planted: the disbursement rate 193.167/251.613 = 76,77% written 67,77%.
import { ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-tan-bien-kinh-te-xa-hoi-2023.txt',
  prefix: 'tb23',
  claims: [
    ratio({ id: 'public-investment-disbursed', quote: ['đạt 67,77% kế hoạch', 'là 251 tỷ 613 triệu đồng', 'giải ngân 193 tỷ 167 triệu đồng'], x: '193 tỷ 167 triệu đồng', y: '251 tỷ 613 triệu đồng', stated: '67,77%', mistake: 'planted', original: 'đạt 76,77% kế hoạch', note: 'As published, 193.167/251.613 = 76,77%.' }),
    sum({ id: 'ocop-by-stars', quote: ['Có 5 sản phẩm OCOP', '1 sản phẩm 4 sao', '4 sản phẩm 3 sao'], parts: ['1', '4'], total: '5', labels: ['4 sao', '3 sao'] }),
  ],
});
