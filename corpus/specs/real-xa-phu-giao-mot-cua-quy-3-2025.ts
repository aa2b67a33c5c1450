// Xã Phú Giáo (TP.HCM, the commune formed on 1/7/2025): báo Sài Gòn Giải Phóng, "Trung tâm Phục vụ hành chính công xã Phú
// Giáo: Tỷ lệ giải quyết hồ sơ đúng và trước hạn đạt hơn 99%" (title from the address; the HĐND xã's supervision),
// sggp.org.vn/trung-tam-phuc-vu-hanh-chinh-cong-xa-phu-giao-ty-le-giai-quyet-ho-so-dung-va-truoc-han-dat-hon-99-post817785.html;
// opening (image captions left out; the title is not in the stored copy). The on-time rate is of the dossiers resolved, not of those received.
// Planted: the 102 late dossiers written 120 (12.850/12.970 = 99,07%, no longer 99,2%).
import { atLeast, contradiction, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-phu-giao-mot-cua-quy-3-2025.txt',
  prefix: 'pg25',
  claims: [
    ratio({ id: 'on-time-rate', quote: ['trước hạn đạt 99,2%', 'đã giải quyết 12.970 hồ sơ', '120 hồ sơ bị trễ hạn'], x: '12.970 − 120', y: '12.970', stated: '99,2%', mistake: 'planted', original: '102 hồ sơ bị trễ hạn', note: 'As published, (12.970 − 102)/12.970 = 99,21%.' }),
    atLeast({ id: 'resolved-within-received', quote: ['đã giải quyết 12.970 hồ sơ', 'Trung tâm tiếp nhận 13.188 hồ sơ'], big: '13.188', small: '12.970' }),
    contradiction({ id: 'commune-rate', kind: 'ratio_percent', quote: ['chiếm 96,2%', 'có tổng số 2.760, với 2.602 hồ sơ'], stated: '96,2%', expected: '2.602 over the commune dossiers resolved (about 2.705, not written)', consistent: true, reason: '2.602/2.760 = 94,3%, but the rate above is of the dossiers resolved, not of all received; 96,2% fits 2.602 of some 2.705 resolved, a count the text does not give.', trap: 'a rate whose base (the resolved commune dossiers) is not written, next to the total received.' }),
    atLeast({ id: 'commune-on-time-within', quote: ['với 2.602 hồ sơ được giải quyết', 'có tổng số 2.760'], big: '2.760', small: '2.602' }),
  ],
});
