// Cả nước: AgroInfoServ, "Tình hình sản xuất lúa và hoa màu tháng 8-2021",
// agroinfoserv.com/2021/08/tinh-hinh-san-xuat-lua-va-hoa-mau-thang.html; whole (the blog's comment links left out).
// The "bằng …% cùng kỳ" have no last-year figures in the text (not labelled; the whole's 99,3% is a weighted mean of
// the seasons' rates, not their sum). The harvested area times the yield gives the output: 4.025,4 nghìn ha × 65,4
// tạ/ha = 26,33 triệu tấn.
import { product, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-san-xuat-lua-thang-8-2021.txt',
  prefix: 'cnl',
  claims: [
    sum({ id: 'area-by-season', quote: ['cả nước đã gieo cấy được 6.755,4 nghìn ha lúa', 'lúa Đông Xuân đạt 3007,1 nghìn ha', 'lúa Hè Thu đạt 1.954,8 nghìn ha', 'lúa Mùa đạt 1.490,1 nghìn ha', 'lúa Thu Đông đạt 384,4 nghìn ha'], parts: ['3007,1', '1.954,8', '1.490,1', '384,4'], total: '6.755,4', labels: ['Đông Xuân', 'Hè Thu', 'Mùa', 'Thu Đông'], mistake: 'planted', original: 'lúa Mùa đạt 1.409,1 nghìn ha', note: 'The four seasons add to 6.836,4 nghìn ha, 81 nghìn ha over the 6.755,4.' }),
    product({ id: 'output', quote: ['sản lượng ước trên diện tích thu hoạch đạt 26,3 triệu tấn', 'Diện tích lúa đã thu hoạch đạt 4.025,4 nghìn ha', 'năng suất bình quân đạt 65,4 tạ/ha'], x: '4.025,4', y: '65,4', factor: '0,0001', stated: '26,3', note: 'nghìn ha × tạ/ha = nghìn tạ; × 0,0001 gives triệu tấn: 26,33.' }),
  ],
});
