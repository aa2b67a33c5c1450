// Huyện Nông Sơn (Quảng Nam): the district party's admissions and discipline in 2023, from báo Quảng Nam as stored on
// vietnam.vn (vietnam.vn/quangnam/nong-son-ket-nap-33-dang-vien-moi-trong-nam-2023); whole as stored (no title in the
// stored copy; the address spells "Nông Sơn kết nạp 33 đảng viên mới trong năm 2023"). The lead and the body give
// the admissions, their rate and the members struck off or expelled twice each; the inspection committee's
// disciplined members are split by sanction in parentheses. The 110% has no target written; the disciplinary counts of
// the other bodies have no total.
import { contradiction, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-nong-son-xay-dung-dang-2023.txt',
  prefix: 'nsd',
  claims: [
    repeat({ id: 'admissions', quote: ['năm 2023 địa phương kết nạp được 33 đảng viên mới', 'nhất là kết nạp được 33 đảng viên mới'], values: ['33', '33'] }),
    repeat({ id: 'admissions-rate', quote: ['(đạt 110% so với chỉ tiêu)', '33 đảng viên mới, đạt 110% so với chỉ tiêu'], values: ['110%', '110%'] }),
    sum({ id: 'inspection-committee-sanctions', quote: ['UBKT Huyện ủy cũng thi hành kỷ luật 7 đảng viên', '(khiển trách: 1; cảnh cáo: 3; khai trừ: 4)'], parts: ['1', '3', '4'], total: '7', labels: ['khiển trách', 'cảnh cáo', 'khai trừ'], mistake: 'planted', original: 'cảnh cáo: 2', note: 'The sanctions in parentheses add to 8, not 7.' }),
    repeat({ id: 'expelled', quote: ['chỉ cho ra khỏi Đảng 4 trường hợp', 'cho ra khỏi Đảng đối với 4 đảng viên'], values: ['4', '4'] }),
    contradiction({ id: 'struck-off', kind: 'repeat', quote: ['quyết định xóa tên 1 đảng viên', 'không phải xóa tên đảng viên nào'], stated: '1', expected: '0', consistent: false, reason: 'The lead says no member was struck off; the last sentence has the same committee strike off 1.', mistake: 'planted', original: 'nhưng trong năm này Ban Thường vụ Huyện ủy cũng quyết định xóa tên 1 đảng viên và cho ra khỏi Đảng với 4 trường hợp' }),
  ],
});
