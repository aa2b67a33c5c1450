// Đảng ủy xã Tam Nghĩa (huyện Núi Thành, Quảng Nam): three years of admitting new members (2021-2023), from
// the district portal (nuithanh.quangnam.gov.vn/webcenter/portal/nuithanh/pages_tin-tuc/chi-tiet?dDocName=PORTAL526825),
// 30/08/2023; whole.
import { atLeast, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-dang-uy-xa-tam-nghia-dang-vien-2021-2023.txt',
  prefix: 'tng',
  claims: [
    sum({ id: 'branches', quote: ['có 12 chi bộ trực thuộc', '08 chi bộ thôn, 03 chi bộ trường học,, 01 chi bộ quân sự và 01 chi bộ công an'], parts: ['08', '03', '01', '01'], total: '12', labels: ['thôn', 'trường học', 'quân sự', 'công an'], mistake: 'planted', original: '07 chi bộ thôn', note: 'The kinds of branch after "trong đó" add to 13, not 12.' }),
    atLeast({ id: 'probationary-within-members', quote: ['trong đó 09 đảng viên dự bị', 'Tổng số đảng viên hiện nay là 379'], big: '379', small: '09' }),
    ratio({ id: 'admissions-of-target', quote: '26/30 đảng viên mới đạt 86,66% chỉ tiêu', x: '26', y: '30', stated: '86,66%', mistake: 'author', note: '26/30 = 86,666…%, 86,67% half-up; the report truncates.' }),
    atLeast({ id: 'one-per-branch', quote: ['ít nhất mỗi chi bộ đã tổ chức kết nạp được 01 đảng viên mới', 'phát triển được 26/30 đảng viên mới'], big: '26', small: '12', note: 'At least one new member in each of the 12 branches needs at least 12 admissions; 26 were admitted.' }),
  ],
});
