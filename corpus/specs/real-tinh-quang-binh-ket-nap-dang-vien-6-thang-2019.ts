// Tỉnh Quảng Bình: báo Quảng Bình, "Toàn tỉnh kết nạp mới 603 đảng viên" (Ban Tổ chức Tỉnh ủy's figures for six months
// of 2019), baoquangbinh.vn/chinh-tri/201907/toan-tinh-ket-nap-moi-603-dang-vien-2168748/; whole. Planted: the
// headline's 603 written 630 (two digits swapped). Trap: the groups after "trong đó" (women, minorities, believers,
// enterprises) overlap and need not add to the 603; they only fit inside it.
import { atLeast, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-binh-ket-nap-dang-vien-6-thang-2019.txt',
  prefix: 'qbd',
  claims: [
    repeat({ id: 'headline-admissions', quote: ['Toàn tỉnh kết nạp mới 630 đảng viên', 'toàn tỉnh kết nạp được 603 đảng viên mới'], values: ['603', '630'], mistake: 'planted', original: 'Toàn tỉnh kết nạp mới 603 đảng viên', note: 'The headline repeats the body\'s count with two digits swapped.' }),
    atLeast({ id: 'groups-within-admissions', quote: ['toàn tỉnh kết nạp được 603 đảng viên mới, trong đó: đảng viên nữ là 359 đồng chí'], big: '603', small: '359 + 14 + 5 + 20', trap: 'overlapping groups after "trong đó": a woman may also be of a minority; their sum (398) only has to fit within 603.' }),
  ],
});
