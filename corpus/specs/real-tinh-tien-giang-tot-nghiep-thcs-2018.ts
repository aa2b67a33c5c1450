// Tỉnh Tiền Giang: báo Ấp Bắc, "36 học sinh không tốt nghiệp Trung học cơ sở" (Sở Giáo dục và Đào tạo's figures),
// baoapbac.vn/giao-duc/201805/36-hoc-sinh-khong-tot-nghiep-trung-hoc-co-so-797120/; whole (the photo caption, which printed the
// 99,85% sentence twice more, left out). Three districts graduated every pupil ("tuyệt đối"); the pupils who did not are listed by unit.
// Planted: the last unit with one failing pupil, huyện Gò Công Đông (99,953%), written huyện Cái Bè, one of the districts at 100%.
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-tien-giang-tot-nghiep-thcs-2018.txt',
  prefix: 'tg18',
  claims: [
    contradiction({ id: 'headline-count', kind: 'repeat', quote: ['36 học sinh không tốt nghiệp Trung học cơ sở', 'Toàn tỉnh có 36 học sinh'], stated: '36', expected: '36', consistent: true, reason: 'Headline and body agree.' }),
    sum({ id: 'failing-by-unit', quote: ['Toàn tỉnh có 36 học sinh', '(13 học sinh)', '(8 học sinh)', '(6 học sinh)', '(5 học sinh)', '(mỗi đơn vị 1 học sinh)'], parts: ['13', '8', '6', '5', '1', '1', '1', '1'], total: '36', labels: ['Gò Công Tây', 'Cai Lậy (huyện)', 'Mỹ Tho', 'Châu Thành', 'TX. Cai Lậy', 'Chợ Gạo', 'TX. Gò Công', 'Cái Bè'] }),
    contradiction({ id: 'cai-be-perfect', quote: ['huyện Cái Bè (mỗi đơn vị 1 học sinh)', 'tuyệt đối như: Huyện Cái Bè'], stated: '1 học sinh không tốt nghiệp', expected: '0 (Cái Bè tốt nghiệp tuyệt đối)', consistent: false, reason: 'Cái Bè is first among the districts where every pupil graduated, then listed with one who did not.', mistake: 'planted', original: 'huyện Gò Công Đông (mỗi đơn vị 1 học sinh)', note: 'The edit also leaves Gò Công Đông (99,953%) with no failing pupil listed.' }),
  ],
});
