// Phường Đức Nhuận (TP.HCM): báo Sài Gòn Giải Phóng, "Trao Huy hiệu Đảng đợt 3-2 đến đảng viên phường Đức Nhuận (TPHCM)"
// (title from the address), sggp.org.vn/trao-huy-hieu-dang-dot-3-2-den-dang-vien-phuong-duc-nhuan-tphcm-post835990.html;
// opening (ended by […]). Checked: 59 organisations + 1 new + 2 received = 62. Trap: the badges listed after "Trong đó"
// (1 + 7 + 1 + 5) end in "..." and need not make the 41.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-duc-nhuan-dang-bo-2026.txt',
  prefix: 'dnh',
  claims: [
    sum({ id: 'party-organisations', quote: ['nâng tổng số tổ chức đảng lên 62', 'có 59 tổ chức đảng trực thuộc', 'thành lập mới 1 tổ chức đảng', 'tiếp nhận 2 tổ chức đảng'], parts: ['59', '1', '2'], total: '62', labels: ['hiện có', 'thành lập mới', 'tiếp nhận'] }),
    atLeast({ id: 'badges-listed-within-41', quote: ['có 41 đảng viên được nhận Huy hiệu Đảng', '5 đảng viên nhận Huy hiệu 50 năm tuổi Đảng...'], big: '41', small: '1 + 7 + 1 + 5', trap: 'the list of badges after "Trong đó" stops at "..." (the 45, 40 and 30 years are not given), so 14 of 41 is no missing part.' }),
  ],
});
