// Huyện Nông Sơn (Quảng Nam): báo Quảng Nam, "Nông Sơn khám tuyển nghĩa vụ quân sự năm 2023" (print page),
// baoquangnam.vn/print/3055750.html, 11/2022; whole. The 56 to be chosen is a target, not a part of the 252 called.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-nong-son-kham-tuyen-nvqs-2023.txt',
  prefix: 'nsk',
  claims: [
    sum({ id: 'called-by-service', quote: ['Nông Sơn phát lệnh gọi 252 thanh niên', 'khám sức khỏe thực hiện nghĩa vụ quân sự 228 người, nghĩa vụ công an 42 người'], parts: ['228', '42'], total: '252', labels: ['nghĩa vụ quân sự', 'nghĩa vụ công an'], mistake: 'planted', original: 'nghĩa vụ công an 24 người', note: 'The two services add to 270, not the 252 called.' }),
    atLeast({ id: 'quota-within-examined', quote: ['Nông Sơn tuyển chọn 56 thanh niên', 'thực hiện nghĩa vụ quân sự 228 người'], big: '228', small: '56', trap: 'The year\'s quota sits beside the counts called; it is to be chosen from the 228, not a part that adds to the 252.' }),
  ],
});
