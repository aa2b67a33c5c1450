// Phường Quảng Phú (TP Quảng Ngãi): quangngai.gov.vn (Đài Truyền thanh TP Quảng Ngãi), phường Quảng Phú's cultured
// families of 2017 (no title in the stored copy),
// quangngai.gov.vn/vi/thanhpho/Pages/qnp-phuongquangphuco91-gia-qnpnd-7928-qnpnc-59-qnpsite-1.html; whole (the list
// of other news left out). The 91% has no count of households registered (not labelled). "Tăng gần 200 hộ và tương
// ứng tăng 3%" is the rate's rise in points (from about 88% to 91%), not 200 on last year's 4.066 (4,9%): a trap.
import { atLeast, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-quang-phu-gia-dinh-van-hoa-2017.txt',
  prefix: 'qpv',
  claims: [
    contradiction({ id: 'families-rise', kind: 'change_percent', quote: ['tăng gần 200 hộ và tương ứng tăng 3% so với năm ngoái', 'có 4.266 hộ gia đình đạt danh hiệu gia đình văn hóa, chiếm 91%'], stated: 'tăng 3%', expected: 'tăng 3%', consistent: true, reason: 'The 3 is the rise of the share of registered households in percentage points (about 88% to 91%); 200 more families on about 4.066 would be 4,9%, but the text compares rates.', trap: 'A count\'s rise beside a percent that is the rate\'s rise.' }),
    atLeast({ id: 'three-years-within', quote: ['trong đó có 1.636 hộ gia đình đạt danh hiệu gia đình văn hóa 3 năm liền', 'có 4.266 hộ gia đình đạt danh hiệu'], big: '4.266', small: '1.636' }),
    sum({ id: 'groups-three-years-named', quote: ['có 3 tổ dân phố 7 và 10 đạt danh hiệu văn hóa 3 năm liền'], parts: ['1', '1'], total: '3', labels: ['tổ 7', 'tổ 10'], mistake: 'planted', original: 'có 2 tổ dân phố 7 và 10', note: 'Two groups are named (7 and 10) for a count of 3.' }),
    atLeast({ id: 'groups-within-cultured', quote: ['có 21/26 tổ dân phố đạt danh hiệu văn hóa', 'có 3 tổ dân phố 7 và 10'], big: '21', small: '3' }),
  ],
});
