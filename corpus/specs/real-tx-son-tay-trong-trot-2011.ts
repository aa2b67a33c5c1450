// Thị xã Sơn Tây (Hà Nội): Kinh tế & Đô thị, "Sơn Tây gieo trồng hơn 2.700 ha vụ Xuân",
// kinhtedothi.vn/son-tay-gieo-trong-hon-2-700-ha-vu-xuan.html; whole as stored (the "Chia sẻ Zalo" button left out).
// The rice yield is checked as output / area (22.233 t on 3.693 ha is 60,2 tạ/ha). Planted: the yield 60,2 written
// 62,0. The headline's "hơn 2.700 ha" is the spring plan of 2.755 ha.
import { atLeast, quotient, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tx-son-tay-trong-trot-2011.txt',
  prefix: 'stt',
  claims: [
    quotient({ id: 'rice-yield', quote: ['năng suất đạt 62,0 tạ/ha', 'tổng sản lượng lúa đạt 22.233 tấn', 'diện tích gieo trồng lúa đạt 3.693ha'], x: '22.233', y: '3.693', factor: '10', stated: '62,0', mistake: 'planted', original: 'năng suất đạt 60,2 tạ/ha', note: '22.233/3.693 × 10 = 60,20 tạ/ha.' }),
    atLeast({ id: 'rice-within-sown-area', quote: ['toàn thị xã đạt 5.448,2 ha', 'diện tích gieo trồng lúa đạt 3.693ha'], big: '5.448,2', small: '3.693' }),
    atLeast({ id: 'headline-spring-plan', quote: ['Sơn Tây gieo trồng hơn 2.700 ha vụ Xuân', 'phấn đấu gieo trồng đạt 2.755ha'], big: '2.755', small: '2.700' }),
  ],
});
