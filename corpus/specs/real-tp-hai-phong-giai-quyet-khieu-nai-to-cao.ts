// TP Hải Phòng: báo Thanh tra, "Hải Phòng trả lại cho người dân 1,4 tỷ đồng" (title from the address; the city's complaints
// and denunciations, period not in the stored copy), thanhtra.com.vn/thanh-tra/hoat-dong-nganh/Hai-Phong-tra-lai-cho-nguoi-dan-14-ty-dong-152694.html;
// whole as stored. The 188 complaints resolved split into 66 by persuasion and 122 by decision, and the 122 into right,
// wrong and partly right. The authors' slip: the denunciations' outcomes 24 + 52 + 15 + 39 = 130 against the 124 resolved.
// Planted: the complaints found wrong 111 written 101, so the outcomes no longer add to the 122 decisions.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-hai-phong-giai-quyet-khieu-nai-to-cao.txt',
  prefix: 'hpk',
  claims: [
    sum({ id: 'complaints-by-way', quote: ['Đã giải quyết 188/211 vụ việc KN', 'thuyết phục 66', 'quyết định hành chính 122'], parts: ['66', '122'], total: '188', labels: ['giải thích, thuyết phục', 'quyết định hành chính'] }),
    sum({ id: 'complaint-decisions-by-outcome', quote: ['quyết định hành chính 122', 'Có 5 vụ KN đúng', '101 vụ KN sai', '6 vụ KN có đúng có sai'], parts: ['5', '101', '6'], total: '122', labels: ['đúng', 'sai', 'có đúng có sai'], mistake: 'planted', original: '111 vụ KN sai', note: '5 + 101 + 6 = 112 against the 122 decided; the published 111 gives 122.' }),
    sum({ id: 'denunciations-by-outcome', quote: ['124/128 vụ việc TC', '24 vụ TC đúng', '52 vụ TC sai', '15 vụ TC có đúng có sai', '39 vụ TC không có cơ sở'], parts: ['24', '52', '15', '39'], total: '124', labels: ['đúng', 'sai', 'có đúng có sai', 'không có cơ sở'], mistake: 'author', note: '24 + 52 + 15 + 39 = 130 denunciations against the 124 resolved.' }),
    atLeast({ id: 'complaints-resolved-within-due', quote: ['188/211 vụ việc KN'], big: '211', small: '188' }),
    atLeast({ id: 'denunciations-resolved-within-due', quote: ['124/128 vụ việc TC'], big: '128', small: '124' }),
    atLeast({ id: 'eligible-within-received', quote: ['nhận 8.950 đơn thư', 'có 6.687 đơn đủ điều kiện'], big: '8.950', small: '6.687' }),
    atLeast({ id: 'complaints-within-eligible', quote: ['có 6.687 đơn đủ điều kiện', 'có 2.478 đơn KN, TC'], big: '6.687', small: '2.478' }),
  ],
});
