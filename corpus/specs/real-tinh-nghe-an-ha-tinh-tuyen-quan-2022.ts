// Tỉnh Nghệ An and Hà Tĩnh: recruits of 2022, from nghean24h (copied from giadinhonline.vn), "Hơn 5.000 thanh niên
// Nghệ An, Hà Tĩnh lên đường nhập ngũ" (title from the address), nghean24h.vn/hon-5000-thanh-nien-nghe-an-ha-tinh-len-duong-nhap-ngu-a659368.html,
// 02/2022; whole as stored (its date stamp left out).
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-nghe-an-ha-tinh-tuyen-quan-2022.txt',
  prefix: 'nat',
  claims: [
    sum({ id: 'nghe-an-by-force', quote: ['3.550 công dân địa phương sẽ lên đường', 'có 3.306 công dân nhập ngũ vào quân đội', '244 công dân nhập ngũ vào lực lượng công an'], parts: ['3.306', '244'], total: '3.550', labels: ['quân đội', 'công an'] }),
    sum({ id: 'nghe-an-by-schooling', quote: ['có 3.306 công dân nhập ngũ vào quân đội', 'có 163 công dân đã tốt nghiệp đại học, cao đẳng, trung cấp', '2.117 công dân tốt nghiệp THPT', '972 công dân tốt nghiệp THCS'], parts: ['163', '2.117', '972'], total: '3.306', labels: ['ĐH, CĐ, TC', 'THPT', 'THCS'], mistake: 'planted', original: '2.171 công dân tốt nghiệp THPT', note: 'The army recruits of the paragraph before, by schooling: 163 + 2.117 + 972 = 3.252.' }),
    contradiction({ id: 'nghe-an-other-groups', kind: 'sum_parts', quote: ['4 tân binh là đảng viên; 758 công dân là dân tộc thiểu số; 207 người là thanh niên công giáo'], stated: '4; 758; 207', expected: 'groups across the schooling levels, not more parts', consistent: true, reason: 'Party members, ethnic minorities and Catholics are listed in the same sentence as the schooling levels but overlap them; they are not further parts of the 3.306.', trap: 'overlapping groups in the same list as the parts.' }),
    sum({ id: 'ha-tinh-by-force', quote: ['1.455 thanh niên địa phương lên đường tòng quân', '1.200 công dân nhập ngũ vào quân đội', '255 công dân nhập ngũ vào công an'], parts: ['1.200', '255'], total: '1.455', labels: ['quân đội', 'công an'] }),
    contradiction({ id: 'over-5000', kind: 'sum_parts', quote: ['Hơn 5.000 thanh niên Nghệ An, Hà Tĩnh', '3.550 công dân địa phương', '1.455 thanh niên địa phương'], stated: 'hơn 5.000', expected: '3.550 + 1.455 = 5.005', consistent: true, reason: 'The two provinces together send 5.005, just over 5.000.' }),
  ],
});
