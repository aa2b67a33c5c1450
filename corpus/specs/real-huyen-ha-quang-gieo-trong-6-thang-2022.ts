// Huyện Hà Quảng (Cao Bằng): Hà Quảng TV (from caobangtv.vn), "Hà Quảng: Tổng diện tích gieo trồng các loại cây trồng đạt
// trên 7.402 ha", haquangtv.vn/tin-tuc/Kinh-te-Doi-song/Ha-Quang-Tong-dien-tich-gieo-trong-cac-loai-cay-trong-dat-tren-7-402-ha-3868.html;
// whole (image captions, rating widget and visitor counter left out). The plans behind "đạt …% kế hoạch" are not written.
// Planted: the spring rice yield 49,6 tạ/ha written 46,9 (238 ha × 46,9 tạ/ha is 1.116 tấn, not "trên 1.180").
import { atLeast, product, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-ha-quang-gieo-trong-6-thang-2022.txt',
  prefix: 'hq22',
  claims: [
    product({ id: 'spring-rice-output', quote: ['sản lượng ước đạt trên 1.180 tấn', 'năng suất ước đạt 46,9 tạ/ha', 'Lúa xuân gieo trồng được 238 ha'], x: '238', y: '46,9', factor: '0,1', stated: '1.180 tấn', mistake: 'planted', original: 'năng suất ước đạt 49,6 tạ/ha', note: 'As published, 238 × 49,6 / 10 = 1.180,48 tấn, "trên 1.180".' }),
    sum({ id: 'grain-by-crop', quote: ['ước đạt trên 20.787 tấn', 'sản lượng ước đạt trên 1.180 tấn', 'sản lượng ước đạt 19.606 tấn'], parts: ['1.180', '19.606'], total: '20.787', labels: ['lúa xuân', 'ngô'], rounded: true, note: 'Grain with seeds is rice and maize; 1.180 is a lower bound ("trên"), so 20.786 against 20.787 is within the rounding.' }),
    atLeast({ id: 'crops-within-area', quote: ['được trên 7.402 ha', 'Lúa xuân gieo trồng được 238 ha'], big: '7.402', small: '238 + 5.714 + 1.014 + 173', trap: 'the four crops listed (7.139 ha) are not all the crops of the 7.402 ha.' }),
    repeat({ id: 'headline-area', quote: ['cây trồng đạt trên 7.402 ha', 'cây trồng được trên 7.402 ha'], values: ['7.402', '7.402'] }),
  ],
});
