// Tỉnh Quảng Bình: land allotted to ethnic-minority households, from báo Quảng Bình
// (baoquangbinh.vn/kinh-te/201408/giao-tren-7000ha-dat-san-xuat-nong-nghiep-va-dat-lam-nghiep-cho-dong-bao-dan-toc-thieu-so-2117901/),
// 18/08/2014; whole. The averages per household are the areas over the households; the forest area is "hơn 5.520 ha",
// so its average is checked on 5.520.
import { atLeast, quotient, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-binh-giao-dat-dong-bao-dtts-8-2014.txt',
  prefix: 'qbd',
  claims: [
    quotient({ id: 'farmland-per-household', quote: 'giao 2.187ha đất sản xuất nông nghiệp cho 2.650 hộ (bình quân 0,84ha/hộ)', x: '2.187 ha', y: '2.650', stated: '0,84 ha', mistake: 'author', note: '2.187 ha for 2.650 households is 0,825 ha each, 0,83 ha.' }),
    quotient({ id: 'forest-per-household', quote: 'hơn 5.520ha đất lâm nghiệp cho 2.533 hộ (bình quân 2,4ha/hộ)', x: '5.520 ha', y: '2.533', stated: '2,4 ha', mistake: 'planted', original: '(bình quân 2,2ha/hộ)', note: '5.520 ha for 2.533 households is 2,18 ha each, 2,2 ha ("hơn 5.520" cannot reach 2,35: that would need 5.953 ha).' }),
    atLeast({ id: 'headline-over-7000', quote: ['Giao trên 7.000ha đất', 'giao 2.187ha đất sản xuất nông nghiệp', 'hơn 5.520ha đất lâm nghiệp'], big: '2.187 + 5.520', small: '7.000' }),
  ],
});
