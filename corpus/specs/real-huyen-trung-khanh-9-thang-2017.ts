// Huyện Trùng Khánh (Cao Bằng): the district portal, "Hội nghị Sơ kết công tác 9 tháng đầu năm, triển khai nhiệm vụ công tác
// 3 tháng cuối năm 2017", trungkhanh.caobang.gov.vn/node/2246; opening (ended by […]). Crop areas are written X/Y with
// their % of plan. The authors' slips: the summer-autumn maize 883,3/930 = 94,98%, written 94,9% (cut, not rounded),
// and the soybean 292,23/567 = 51,54%, written 48%. Planted: the tenth-month rice 4.364,9/4.350 (100,3%) written
// 4.346,9/4.350, which is below the plan, not above it.
import { atLeast, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-trung-khanh-9-thang-2017.txt',
  prefix: 'tkh',
  claims: [
    ratio({ id: 'tenth-month-rice', quote: '4.346,9/4.350 ha, đạt 100,3% KH', x: '4.346,9', y: '4.350', stated: '100,3%', mistake: 'planted', original: 'cấy lúa mùa được 4.364,9/4.350 ha', note: '4.346,9/4.350 = 99,93%; the published 4.364,9 gives 100,34%.' }),
    ratio({ id: 'summer-maize', quote: '883,3/930 ha, đạt 94,9% KH', x: '883,3', y: '930', stated: '94,9%', mistake: 'author', note: '883,3/930 = 94,978%: 95,0% half-up, 94,9% cut.' }),
    ratio({ id: 'soybean', quote: '292,23/567 ha, đạt 48% KH', x: '292,23', y: '567', stated: '48%', mistake: 'author', note: '292,23/567 = 51,54%.' }),
    atLeast({ id: 'food-crops-within-winter-spring', quote: ['vụ Đông xuân đạt 4.628,75 ha', 'trong đó diện tích cây lương thực 3.637,42 ha'], big: '4.628,75', small: '3.637,42' }),
  ],
});
