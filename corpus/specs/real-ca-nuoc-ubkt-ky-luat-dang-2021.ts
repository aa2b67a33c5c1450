// National: Pháp Luật TP.HCM, "Ông Võ Văn Thưởng: Hoạt động của UBKT các cấp củng cố niềm tin trong dân" (title from the
// address; the Central Inspection Commission's year 2021), plo.vn/thoi-su/ong-vo-van-thuong-hoat-dong-cua-ubkt-cac-cap-cung-co-niem-tin-trong-dan-1038659.html;
// opening as stored (a lead sentence printed again in the body kept once). The rises (18,1%, 15,7%, 11,8%…) have no base in
// the text. Planted: the reprimands "Khiển trách 15" written 51, so the four forms no longer add to the 63 members.
import { atLeast, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-ubkt-ky-luat-dang-2021.txt',
  prefix: 'ubk',
  claims: [
    sum({ id: 'members-by-form', quote: ['kỷ luật theo thẩm quyền đối với 63 đảng viên', 'Khiển trách 51', 'cảnh cáo 20', 'cách chức 10', 'khai trừ 18'], parts: ['51', '20', '10', '18'], total: '63', labels: ['khiển trách', 'cảnh cáo', 'cách chức', 'khai trừ'], mistake: 'planted', original: 'Khiển trách 15', note: '51 + 20 + 10 + 18 = 99 against 63; the published 15 gives 63.' }),
    sum({ id: 'organisations-by-form', quote: ['và 13 tổ chức đảng (Khiển trách 1, cảnh cáo 12)', 'Khiển trách 1, cảnh cáo 12'], parts: ['1', '12'], total: '13', labels: ['khiển trách', 'cảnh cáo'] }),
    atLeast({ id: 'committee-members-within-checked', quote: ['8.982 đảng viên, có 4.307 cấp ủy viên'], big: '8.982', small: '4.307' }),
    atLeast({ id: 'organisations-violating-within-checked', quote: ['3.005 tổ chức đảng', 'kết luận có 1.575 tổ chức đảng'], big: '3.005', small: '1.575' }),
    atLeast({ id: 'members-violating-within-checked', quote: ['8.982 đảng viên, có', '6.695 đảng viên có vi phạm'], big: '8.982', small: '6.695' }),
    atLeast({ id: 'members-to-discipline-within-violating', quote: ['6.695 đảng viên có vi phạm', '194 tổ chức đảng và 3.465 đảng viên'], big: '6.695', small: '3.465' }),
    atLeast({ id: 'organisations-to-discipline-within-violating', quote: ['kết luận có 1.575 tổ chức đảng', 'phải thi hành kỷ luật 194 tổ chức đảng'], big: '1.575', small: '194' }),
    atLeast({ id: 'committee-members-within-disciplined', quote: ['16.794 đảng viên bằng các hình thức', 'có 2.896 đảng viên là cấp ủy viên'], big: '16.794', small: '2.896' }),
    atLeast({ id: 'ubkt-committee-members-within-disciplined', quote: ['thi hành kỷ luật 3.463 đảng viên', 'có 1.306 đảng viên là cấp ủy viên'], big: '3.463', small: '1.306' }),
    contradiction({ id: 'to-discipline-vs-disciplined', quote: ['194 tổ chức đảng và 3.465 đảng viên', 'thi hành kỷ luật 3.463 đảng viên'], stated: '3.463', expected: 'not a repeat of 3.465', consistent: true, reason: 'The 3.465 members are those the inspections found must be disciplined; the 3.463 are those the commissions disciplined in the year (other cases included). Two figures, not one written twice.', trap: 'two near-equal counts of different things.' }),
  ],
});
