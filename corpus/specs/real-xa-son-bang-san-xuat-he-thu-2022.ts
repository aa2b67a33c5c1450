// Xã Sơn Bằng (Hương Sơn, Hà Tĩnh): UBND xã, "KẾ HOẠCH Sản xuất vụ Hè Thu năm 2023", whose first part reviews the
// summer-autumn crop of 2022 (xasonbang.hatinh.gov.vn/portal/pages/2023-06-19/KE-HOACH-San-xuat-vu-He-Thu-nam-2023-468656.aspx);
// opening. Each crop is area × yield (tạ/ha) = output in tấn; the herd counts have no total and no plan.
import { product, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-son-bang-san-xuat-he-thu-2022.txt',
  prefix: 'sbg',
  claims: [
    product({ id: 'rice-output', quote: 'Tổng diện tích lúa hè Thu: 62 ha, năng suất bình quân 34,22 tạ/ha, sản lượng 212 tấn', x: '62', y: '34,22', factor: '0,1', stated: '212 tấn', note: '62 ha × 34,22 tạ/ha = 2.121,64 tạ = 212,16 tấn, 212 whole.' }),
    product({ id: 'bean-output', quote: 'Diện tích 15 ha, năng suất đạt 7,5 tạ/ha, sản lượng 11,5 tấn', x: '15', y: '7,5', factor: '0,1', stated: '11,5 tấn', mistake: 'author', note: '15 ha × 7,5 tạ/ha = 112,5 tạ = 11,25 tấn, 11,3 to one decimal (the 11,5 as published).' }),
    product({ id: 'maize-output', quote: 'Diện tích gieo trỉa là 35 ha, năng suất 47 tạ/ha, sản lượng 171,5 tấn', x: '35', y: '47', factor: '0,1', stated: '171,5 tấn', mistake: 'planted', original: 'năng suất 49 tạ/ha', note: '35 ha × 47 tạ/ha = 164,5 tấn; the 171,5 tấn written is 35 × 49.' }),
    product({ id: 'vegetable-output', quote: 'Diện tích thực hiện 5,0ha, năng suất 73,7 tạ/ha, sản lượng 36,9 tấn', x: '5,0', y: '73,7', factor: '0,1', stated: '36,9 tấn', note: '5 ha × 73,7 tạ/ha = 36,85 tấn, 36,9 half-up.' }),
  ],
});
