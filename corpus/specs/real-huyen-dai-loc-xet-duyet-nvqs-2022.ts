// Huyện Đại Lộc (Quảng Nam): 247news.vn, "Hơn 3.900 thanh niên ở Đại Lộc đủ điều kiện gọi khám tuyển nghĩa vụ quân sự"
// (from báo Quảng Nam), 247news.vn/hon-3-900-thanh-nien-o-dai-loc-du-dieu-kien-goi-kham-tuyen-nghia-vu-quan-su/,
// military intake 2022 (late 2021); whole (the share buttons and the site's author line left out). The exempt, the
// deferred and the eligible add to 6.825, 145 fewer than the 6.970 reviewed; the text does not say the three groups are
// all, so this is labelled as parts within their whole, not as a sum.
import { atLeast, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-dai-loc-xet-duyet-nvqs-2022.txt',
  prefix: 'dln',
  claims: [
    atLeast({ id: 'groups-within-reviewed', quote: ['Toàn huyện Đại Lộc có 6.970 thanh niên', 'có 180 thanh niên được miễn làm NVQS; có 2.669 thanh niên được tạm hoãn', '3.976 thanh niên đủ điều kiện gọi khám chính thức'], big: '6.970', small: '180 + 2.669 + 3.976', trap: 'Three groups after "Trong đó" that add to 6.825 of 6.970: parts within a whole, not a total that must be met.' }),
    atLeast({ id: 'headline-over-3900', quote: ['Hơn 3.900 thanh niên ở Đại Lộc đủ điều kiện', '3.976 thanh niên đủ điều kiện'], big: '3.976', small: '3.900' }),
  ],
});
