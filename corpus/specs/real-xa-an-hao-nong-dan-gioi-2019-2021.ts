// Xã An Hảo (Tịnh Biên, An Giang): Tịnh Biên's portal, "Đại hội tuyên dương nông dân sản xuất kinh doanh giỏi xã An Hảo, giai
// đoạn 2019-2021" (the commune's Hội Nông dân), tinhbien.angiang.gov.vn/wps/portal/Home/trang-chu/tin-tuc-su-kien (Kinh tế - Nông
// nghiệp); opening (the page's placeholder title and image label left out).
// Planted: the commune-level good farmers 483 written 438 (the three levels no longer make the 610).
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-an-hao-nong-dan-gioi-2019-2021.txt',
  prefix: 'ah21',
  claims: [
    sum({ id: 'good-farmers-by-level', quote: ['có 610 lượt nông dân', 'cấp tỉnh có 29 nông dân', 'cấp huyện 98 nông dân', '438 nông dân giỏi cấp xã'], parts: ['29', '98', '438'], total: '610', labels: ['cấp tỉnh', 'cấp huyện', 'cấp xã'], mistake: 'planted', original: '483 nông dân giỏi cấp xã' }),
    atLeast({ id: 'good-within-registered', quote: ['thu hút 2.100 lượt hộ nông dân đăng ký', 'có 610 lượt nông dân'], big: '2.100', small: '610' }),
  ],
});
