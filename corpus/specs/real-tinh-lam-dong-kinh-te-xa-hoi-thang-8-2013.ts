// Tỉnh Lâm Đồng: UBND tỉnh's report 174/BC-UBND of 30/8/2013, "Tình hình kinh tế - xã hội tháng 8 năm 2013", as copied at
// phapluatcongdong.vn/van-ban/van-ban-khac-174-bc-ubnd-ban-hanh-tinh-lam-dong-nam-2013-p219218.htm; opening (the copy's
// metadata table left out; "tng" for "tổng" as published). Every change is written as a percent plus the change in ha,
// so last year's figure is this year's ∓ the change.
// Authors' slips (as the written figures give them; the areas are rounded to the hectare, which may explain some):
// rice's fall 59/6.253 = 0,94% written 0,95%; maize's 1.093/11.817,7 = 9,25% → 9,2% written 9,3%; the rice harvested
// 3.583/6.194 = 57,85% → 57,8% written 57,9%; the yield's fall 0,27/49,07 = 0,55% written 0,56%.
// Planted: the flowers' rise 14,8% (306/2.072) written 18,4% (digits swapped).
import { atLeast, change, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lam-dong-kinh-te-xa-hoi-thang-8-2013.txt',
  prefix: 'ld13',
  claims: [
    change({ id: 'summer-area', quote: 'giảm 1,6% (-673 ha)', x: '40.831', base: '40.831 + 673', stated: '1,6%', direction: 'giảm' }),
    change({ id: 'rice-area', quote: 'giảm 0,95% (-59 ha)', x: '6.194', base: '6.194 + 59', stated: '0,95%', direction: 'giảm', mistake: 'author', note: '59/6.253 = 0,943…%, so 0,94%.' }),
    change({ id: 'maize-area', quote: 'giảm 9,3% (-1.093 ha)', x: '10.724,7', base: '10.724,7 + 1.093', stated: '9,3%', direction: 'giảm', mistake: 'author', note: '1.093/11.817,7 = 9,249%, so 9,2%.' }),
    change({ id: 'vegetable-area', quote: 'tăng 2,6% (+443 ha)', x: '17.405', base: '17.405 − 443', stated: '2,6%', direction: 'tăng' }),
    change({ id: 'flower-area', quote: 'tăng 18,4% (+306 ha)', x: '2.378', base: '2.378 − 306', stated: '18,4%', direction: 'tăng', mistake: 'planted', original: 'tăng 14,8% (+306 ha)', note: '306/2.072 = 14,77%; the digits swapped.' }),
    atLeast({ id: 'crops-within-total', quote: ['tng diện tích gieo trồng ước 40.831 ha', 'Trong đó, lúa 6.194 ha'], big: '40.831', small: '6.194 + 10.724,7 + 17.405 + 2.378', trap: 'the crops after "Trong đó" (36.701,7 ha) are the main ones only, not all the 40.831 ha.' }),
    ratio({ id: 'harvested-share', quote: ['đạt 47,5% diện tích gieo trồng', 'trên diện tích 19.396 ha'], x: '19.396', y: '40.831', stated: '47,5%', note: 'The base is the summer area of the paragraph before.' }),
    ratio({ id: 'rice-harvested-share', quote: ['lúa 3.583 ha, đạt 57,9%', 'lúa 6.194 ha'], x: '3.583', y: '6.194', stated: '57,9%', mistake: 'author', note: '3.583/6.194 = 57,846%, so 57,8%; the base is the rice area sown, a paragraph before.' }),
    change({ id: 'rice-yield', quote: 'giảm 0,56% (-0,27 t', x: '48,8', base: '48,8 + 0,27', stated: '0,56%', direction: 'giảm', mistake: 'author', note: '0,27/49,07 = 0,550%, so 0,55% (the stored copy breaks off in the unit "tạ/ha").' }),
  ],
});
