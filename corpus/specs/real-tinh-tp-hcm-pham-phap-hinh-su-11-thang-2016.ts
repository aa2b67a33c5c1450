// Công an TP.HCM: crime in the first eleven months of 2016, from Pháp Luật TP.HCM, "Bí thư Thăng: Hình sự đặc
// nhiệm phải là 'quả đấm thép'" (plo.vn/an-ninh-trat-tu/bi-thu-thang-hinh-su-dac-nhiem-phai-la-qua-dam-
// thep-667991.html); the stored copy starts at the section "Phạm pháp hình sự giảm hơn 14%".
import { change, contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-tp-hcm-pham-phap-hinh-su-11-thang-2016.txt',
  prefix: 'hcm16',
  claims: [
    change({ id: 'crime-fall', quote: ['phạm pháp hình sự được kéo giảm 16,65%', 'toàn TP xảy ra 4.690 vụ phạm pháp hình sự (giảm 781 vụ so với cùng kỳ)'], x: '4.690', base: '4.690 + 781', stated: '16,65%', direction: 'giảm', mistake: 'planted', original: 'được kéo giảm 14,28%', note: 'The percent is at the end of the text, far from its counts: 781/(4.690 + 781) = 14,28%; 16,65% is 781 over this year\'s 4.690.' }),
    change({ id: 'heading-over-14', quote: ['Phạm pháp hình sự giảm hơn 14%', 'toàn TP xảy ra 4.690 vụ phạm pháp hình sự (giảm 781 vụ so với cùng kỳ)'], x: '4.690', base: '4.690 + 781', stated: '14%', direction: 'giảm', note: 'The heading, "hơn 14%", rounds the fall (14,28%) down to a whole number.' }),
    contradiction({ id: 'kinds-not-parts', quote: ['án cướp tài sản giảm 62 vụ', 'án cướp giật tài sản giảm 104 vụ', 'trộm cắp giảm 531 vụ'], stated: '62 + 104 + 531 = 697', expected: '≤ 781, not a split', consistent: true, reason: 'The falls of three kinds of crime "trong đó" are some of the 781, not all: other kinds also moved.', trap: 'per-kind counts after "Trong đó" that are not all the parts of the total.' }),
    contradiction({ id: 'gangs-and-people', quote: ['bắt 2.552 đối tượng (gồm 572 băng nhóm, 1.852 đối tượng)'], stated: '572 + 1.852 = 2.424', expected: 'not 2.552', consistent: true, reason: 'The parentheses count gangs (băng nhóm) and people (đối tượng), two different units; they are not parts of 2.552 people.', trap: 'counts of different units inside "gồm".' }),
  ],
});
