// Tỉnh Vĩnh Long: báo Vĩnh Long, "31,7% cựu chiến binh tham gia công tác chính quyền, đoàn thể" (Thụy Vũ),
// baovinhlong.vn/xa-hoi/202207/317-cuu-chien-binh-tham-gia-cong-tac-chinh-quyen-doan-the-3126598/, 22/07/2022; whole.
// The veterans' association of the province's agencies and firms: every share is of its 251 members, written a
// paragraph after the first of them. The 128,5% has no target written.
import { atLeast, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-vinh-long-cuu-chien-binh-khoi-co-quan-2022.txt',
  prefix: 'vlc',
  claims: [
    share({ id: 'in-office-share', quote: ['có 78 hội viên tham gia công tác chính quyền, đoàn thể trong khối hành chính sự nghiệp, doanh nghiệp, chiếm 31,7% tổng số hội viên', 'Toàn hội có 251 hội viên'], x: '78', y: '251', stated: '31,7%', mistake: 'author', note: '78/251 = 31,08%, 31,1% (31,7% would need about 80 members); the headline repeats the 31,7%.' }),
    sum({ id: 'in-office-by-post', quote: ['có 78 hội viên tham gia công tác chính quyền', 'có 64 CCB là trưởng, phó phòng và tương đương, 41 CCB là giám đốc, phó giám đốc'], parts: ['64', '41'], total: '78', labels: ['trưởng, phó phòng', 'giám đốc, phó giám đốc'], mistake: 'planted', original: '14 CCB là giám đốc', note: 'The two groups after "Trong đó" add to 105, not 78.' }),
    share({ id: 'party-members-share', quote: ['trong đó có 179 đảng viên, chiếm 69,3%', 'Toàn hội có 251 hội viên'], x: '179', y: '251', stated: '69,3%', mistake: 'author', note: '179/251 = 71,31%; 69,3% is not of the 251 members.' }),
    ratio({ id: 'committee-share', kind: 'share_percent', quote: ['40 đồng chí tham gia cấp ủy, chiếm 16%', 'Toàn hội có 251 hội viên'], x: '40', y: '251', stated: '16%', note: '40/251 = 15,94%, 16% whole.' }),
    repeat({ id: 'headline-share', quote: ['31,7% cựu chiến binh tham gia công tác chính quyền', 'chiếm 31,7% tổng số hội viên'], values: ['31,7%', '31,7%'], note: 'The headline repeats the body\'s share (wrong against 251, labelled once in in-office-share).' }),
    atLeast({ id: 'leaders-within-committee-members', quote: ['40 đồng chí tham gia cấp ủy', 'có 2 đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy, 1 đồng chí là Tỉnh ủy viên, 5 đồng chí là Bí thư'], big: '40', small: '2 + 1 + 5' }),
  ],
});
