// Cả nước: Cổng thông tin kinh tế Việt Nam (CIEM), "Báo cáo tình hình sản xuất nông, lâm nghiệp và thủy sản tháng 8 năm 2015",
// vnep.ciem.org.vn/nhom-tin-tuc/47319/bao-cao-tinh-hinh-san-xuat-nong-lam-nghiep-va-thuy-san-thang-8-nam-2015; opening (the
// site's header and view counter left out; areas written "1366,6" without a thousands dot, and "bằng 99,4 cùng kỳ" without "%").
// Planted: Điện Biên's 314 ha of lost rice written 514 (two provinces then above the "gần 500 ha").
import { atLeast, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-nong-nghiep-thang-8-2015.txt',
  prefix: 'nn0815',
  claims: [
    sum({ id: 'main-crop-by-region', quote: ['gieo cấy được 1366,6 nghìn ha lúa mùa', 'diện tích đạt 1142,7 nghìn ha', 'phía Nam gieo cấy 223,9 nghìn ha'], parts: ['1142,7', '223,9'], total: '1366,6', labels: ['phía Bắc', 'phía Nam'] }),
    ratio({ id: 'summer-autumn-vs-last-year', quote: ['bằng 99,1% so hè thu 2014', 'gieo cấy được 2090 nghìn ha, giảm gần 20 nghìn ha'], x: '2090', y: '2090 + 20', stated: '99,1%', note: '2090/2110 = 99,05%; the fall is "gần 20", so the base is a little under 2110 and the share a little over.' }),
    atLeast({ id: 'lost-rice-by-province', quote: ['gần 500 ha lúa bị mất trắng', 'Điện Biên 514 ha', 'Sơn La 60 ha'], big: '500', small: '514 + 60', mistake: 'planted', original: 'Điện Biên 314 ha', note: 'The two provinces named inside "gần 500 ha" make 574 ha.' }),
  ],
});
