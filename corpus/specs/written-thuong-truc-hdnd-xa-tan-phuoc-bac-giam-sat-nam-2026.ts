// Written for the corpus, blind: Thường trực HĐND xã Tân Phước Bắc (tỉnh Đồng Tháp after the 2025 merger; the
// commune and its ấp are invented) to the province's Thường trực HĐND, the commune's Đảng ủy and the deputies, the
// report on the standing committee's work in 2026 (to 10/12/2026) and its programme for 2027, in parts I - III:
// a law's, a resolution's and an earlier report's numbers, the commune's founding date and an address on Quốc lộ 1;
// voters as a share of the population; 30 deputies with "trong đó" subsets (women, under 40, non-party, re-elected,
// with percents, overlapping and not a breakdown), bare shares of their education, a committee's members in
// parentheses; the standing committee's meetings and documents after "gồm"; 7 sessions by kind with the quarter
// and the nine months' footnote, deputy-attendances as sessions × deputies, X/Y with a percent, the absent
// remainder beside a "none" of unexcused absences, the year-end session X/Y; 41 resolutions by field after "gồm",
// a "trong đó" subset of legal documents, the quarter's resolutions and the nine months' lũy kế, drafts vetted
// 41/41, a "none" of annulled resolutions; voter meetings 6/6 ấp, per ấp and per meeting, the change against 2025
// in meetings and in opinions from a footnote, attendance as a share of the voters in the opening paragraph, an
// ấp's figures in the text against a table of six ấp (meetings, voters, opinions, transferred) with a total row;
// opinions by field after "trong đó", by competence with shares, answered X/Y, the pending remainder, the
// province's answers X/Y; 7 supervisions (standing committee and two Ban), recommendations implemented X/Y and
// the remainder, a table of the three bodies with rates and a total row; questions in two sittings with their
// parts, per deputy, 23/23 answered beside a "none"; citizens' reception (35/40 = 87,5% written 88%), the year's
// citizens and letters as lũy kế from a footnote, letters by kind, their change against 2025 in a footnote, by
// competence, settled X/Y, the remainder; the budget the HĐND approved (estimates in tỷ, execution in triệu,
// percent, excess, change against 2025 and the quarter's lũy kế from a footnote, spending by kind with shares),
// the 2025 settlement's balance, public investment (per project, disbursed, remainder); deputies' training X/Y,
// a percentage-point change from a footnote, cost per participant; a summary restating figures (one in tỷ, one
// share of another base), weaknesses with remainders, and the 2027 programme's targets and thresholds.
//
// (b) Mistakes and traps in `written-thuong-truc-hdnd-xa-tan-phuoc-bac-giam-sat-nam-2026.md`: ten planted
// mistakes — the spending rate against an estimate in tỷ in the sentence before (93,2% for 92,3%, class 1), the
// letters' fall against 2025's 48 in footnote 4 computed on the new figure (11,6% for 10,4%, class 1), the
// summary's 85,4% of recommendations (35/41, the resolutions' count, for 35/42 = 83,3%, class 2), the deputies'
// education shares adding to 103,3% (13,3% for 10,0%, class 3), the opinions by field adding to 177 against 186
// (môi trường 12 for 21, class 4), Tân Hòa's voters 421 in the text against 412 in the table (class 5), the
// summary's 312 citizens against 321 in I.6 (class 5), the budget's nine months (29.846) plus quarter IV (11.246)
// giving 41.092 against the year's 41.272 triệu (11.426 written 11.246, class 6), 20/23 letters settled written
// 86% for 87% (truncated, class 7), and the summary's "không có đơn tố cáo" against the 2 denunciations in I.6
// (class 8). Traps: document numbers, dates and an address; overlapping "trong đó" subsets of deputies; 7 × 30 =
// 210 deputy-attendances; percents in parentheses of the X/Y beside them (201/210, 149/158, 29/30…); 100% of 6/6,
// 41/41, 23/23; 35/40 = 87,5% written 88% (half-up); remainders (9 absent, 9 pending, 7 recommendations, 3 letters,
// 1.536 triệu, 1 deputy, 7/28); "none" statements beside a count of another kind (unexcused absences) or with
// nothing against them; a "trong đó" subset of 9 legal resolutions; per-item quotients (meetings per ấp, voters
// per meeting, questions per deputy, tỷ per project, triệu per deputy); a share far from its base (voters in the
// opening paragraph) and the summary's 80,1% of all 186 opinions (another base); the excess 7,2% and the budget
// restated as 41,3 tỷ; the budget's 107,2% and 88,0% against plans in tỷ; the nine months' 77,5% in a footnote; a
// percentage-point rise of training; targets and thresholds for 2027.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-thuong-truc-hdnd-xa-tan-phuoc-bac-giam-sat-nam-2026.md',
  prefix: 'tpb',
  claims: [
    contradiction({ id: 'documents', quote: ['Số: 96/BC-TTHĐND', 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025', 'Nghị quyết số 12/NQ-HĐND ngày 19/12/2025', 'Báo cáo số 71/BC-TTHĐND ngày 16/9/2026'], stated: '96', expected: 'documents', consistent: true, reason: 'The numbers and dates of the report, a law, the council\'s resolution and an earlier report.', trap: 'numbers in documents\' names.' }),
    contradiction({ id: 'dates-places', quote: ['(số liệu tính đến ngày 10/12/2026)', 'được thành lập từ ngày 01/7/2025', 'số 218 Quốc lộ 1, ấp Tân Hòa', 'vào ngày 15 hằng tháng', 'từ ngày 14 đến ngày 16/10/2026', 'nhiệm kỳ 2026 - 2031'], stated: '10/12/2026', expected: 'dates and an address', consistent: true, reason: 'The reporting date, the founding date, a house number and a road\'s number, a monthly day, a course\'s dates and a term of office.', trap: 'numbers in dates, addresses and a term.' }),
    ratio({ id: 'voters-share', quote: ['chiếm 75,7% nhân khẩu', 'tổng số cử tri là 21.437 người', '28.316 nhân khẩu'], x: '21.437', y: '28.316', stated: '75,7%' }),
    // I.1
    share({ id: 'dep-women', quote: ['nữ 9 đại biểu (30,0%)', 'có 30 đại biểu, trong đó'], x: '9', y: '30', stated: '30,0%' }),
    share({ id: 'dep-young', quote: ['dưới 40 tuổi 7 đại biểu (23,3%)', 'có 30 đại biểu, trong đó'], x: '7', y: '30', stated: '23,3%' }),
    share({ id: 'dep-nonparty', quote: ['ngoài Đảng 3 đại biểu (10,0%)', 'có 30 đại biểu, trong đó'], x: '3', y: '30', stated: '10,0%' }),
    share({ id: 'dep-reelected', quote: ['tái cử 12 đại biểu (40,0%)', 'có 30 đại biểu, trong đó'], x: '12', y: '30', stated: '40,0%' }),
    contradiction({ id: 'dep-subsets', quote: ['trong đó nữ 9 đại biểu (30,0%), đại biểu dưới 40 tuổi 7 đại biểu (23,3%), đại biểu ngoài Đảng 3 đại biểu (10,0%), đại biểu tái cử 12 đại biểu (40,0%)', 'có 30 đại biểu, trong đó'], stated: '9 + 7 + 3 + 12 = 31', expected: 'overlapping subsets', consistent: true, reason: 'Women, the young, non-party and re-elected deputies overlap; the four "trong đó" figures are not a breakdown of the 30 (they add to 31).', trap: '"trong đó" subsets that are not a breakdown.' }),
    sum({ id: 'dep-education', quote: ['đại biểu có trình độ đại học trở lên chiếm 63,3%, cao đẳng, trung cấp chiếm 26,7%, trung học phổ thông chiếm 13,3%'], parts: ['63,3%', '26,7%', '13,3%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'trung học phổ thông chiếm 10,0%', note: 'Class 3: the three education levels\' shares add to 103,3%; the last one\'s 10,0% (3 of 30) is written 13,3% (4 of 30, a slip of one deputy).' }),
    sum({ id: 'ban-members', quote: ['mỗi Ban có 5 thành viên (1 Trưởng ban, 1 Phó Trưởng ban và 3 ủy viên)'], parts: ['1', '1', '3'], total: '5' }),
    sum({ id: 'tt-meetings', quote: ['tổ chức 15 phiên họp (12 phiên thường kỳ, 3 phiên đột xuất)'], parts: ['12', '3'], total: '15' }),
    sum({ id: 'tt-documents', quote: ['ban hành 76 văn bản, gồm 12 kế hoạch, 27 thông báo, 22 báo cáo và 15 công văn'], parts: ['12', '27', '22', '15'], total: '76' }),
    // I.2
    sum({ id: 'sessions-kinds', quote: ['tổ chức 7 kỳ họp, gồm 3 kỳ họp thường lệ (kể cả kỳ họp thứ nhất) và 4 kỳ họp chuyên đề'], parts: ['3', '4'], total: '7' }),
    cumulative({ id: 'sessions-lk', quote: ['tổ chức 7 kỳ họp, gồm', 'HĐND xã tổ chức 5 kỳ họp, thông qua 29 nghị quyết', 'trong đó quý IV tổ chức 2 kỳ họp'], previous: '5', period: '2', stated: '7', note: 'The nine months are only in footnote 1.' }),
    product({ id: 'attend-required', quote: ['Tổng số lượt đại biểu phải dự 7 kỳ họp là 210 lượt', 'nhiệm kỳ 2026 - 2031 có 30 đại biểu'], x: '7', y: '30', stated: '210', trap: 'a product of sessions and deputies (deputy-attendances required).' }),
    ratio({ id: 'attend-rate', quote: ['có 201/210 lượt đại biểu dự họp (95,7%)'], x: '201', y: '210', stated: '95,7%', trap: 'a percent in parentheses belonging to the X/Y beside it.' }),
    difference({ id: 'attend-absent', quote: ['9 lượt vắng có lý do', 'có 201/210 lượt đại biểu dự họp'], a: '210', b: '201', stated: '9', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'no-unexcused', quote: ['không có đại biểu vắng mặt không có lý do', '9 lượt vắng có lý do'], stated: 'không có', expected: 'another kind', consistent: true, reason: 'The 9 absences were all excused; none was unexcused.', trap: 'a "none" beside a count of another kind.' }),
    ratio({ id: 'attend-year-end', quote: ['Kỳ họp thường lệ cuối năm có 28/30 đại biểu dự (93,3%)'], x: '28', y: '30', stated: '93,3%' }),
    sum({ id: 'resolutions-fields', quote: ['thông qua 41 nghị quyết, gồm: lĩnh vực kinh tế - ngân sách 15 nghị quyết, đầu tư công 10 nghị quyết, văn hóa - xã hội 7 nghị quyết, quốc phòng - an ninh 3 nghị quyết, tổ chức bộ máy và nhân sự 6 nghị quyết'], parts: ['15', '10', '7', '3', '6'], total: '41' }),
    atLeast({ id: 'resolutions-qppl', quote: ['thông qua 41 nghị quyết, gồm:', 'trong đó có 9 nghị quyết quy phạm pháp luật'], big: '41', small: '9', trap: 'a "trong đó" subset of a kind across the fields, not a part of the breakdown.' }),
    cumulative({ id: 'resolutions-lk', quote: ['thông qua 41 nghị quyết, gồm:', 'thông qua 29 nghị quyết.', 'Riêng 2 kỳ họp quý IV thông qua 12 nghị quyết'], previous: '29', period: '12', stated: '41', note: 'The nine months are only in footnote 1.' }),
    ratio({ id: 'drafts-vetted', quote: ['41/41 dự thảo (100%)'], x: '41', y: '41', stated: '100%', trap: '"100%" of X/X; "5 ngày" is a deadline.' }),
    contradiction({ id: 'no-annulled', quote: ['Trong năm không có nghị quyết nào bị cơ quan có thẩm quyền yêu cầu sửa đổi, bãi bỏ'], stated: 'không có', expected: 'none', consistent: true, reason: 'Nothing in the report counts an annulled or amended resolution.', trap: 'a "none" with nothing against it.' }),
    // I.3
    ratio({ id: 'meetings-ap', quote: ['24 cuộc tại 6/6 ấp (100%)'], x: '6', y: '6', stated: '100%', trap: '"100%" of X/X.' }),
    quotient({ id: 'meetings-per-ap', quote: ['bình quân 4 cuộc/ấp', 'tiếp xúc cử tri 24 cuộc tại 6/6 ấp'], x: '24', y: '6', stated: '4', trap: 'a per-item figure (meetings per ấp).' }),
    difference({ id: 'meetings-vs-2025', quote: ['tăng 6 cuộc so với năm 2025', 'tiếp xúc cử tri 24 cuộc tại 6/6 ấp', 'tiếp xúc cử tri 18 cuộc'], a: '24', b: '18', stated: '6', note: 'The base is only in footnote 2.' }),
    quotient({ id: 'voters-per-meeting', quote: ['bình quân 91 lượt cử tri/cuộc', 'thu hút 2.184 lượt cử tri tham dự', 'tiếp xúc cử tri 24 cuộc tại 6/6 ấp'], x: '2.184', y: '24', stated: '91', trap: 'a per-item figure (voters per meeting).' }),
    ratio({ id: 'voters-attend-share', quote: ['bằng 10,2% tổng số cử tri của xã', 'thu hút 2.184 lượt cử tri tham dự', 'tổng số cử tri là 21.437 người'], x: '2.184', y: '21.437', stated: '10,2%', trap: 'a percent far from its base (the voters in the opening paragraph), agreeing.' }),
    repeat({ id: 'tan-hoa-voters', quote: ['Ấp Tân Hòa có số cử tri tham dự đông nhất (421 lượt)', '| Tân Hòa | 4 | 412 | 38 | 6 |'], values: ['412', '421'], mistake: 'planted', original: 'Ấp Tân Hòa có số cử tri tham dự đông nhất (412 lượt)', note: 'Class 5: the text gives Tân Hòa 421 voters, the table (whose column adds to 2.184) 412; two digits swapped.' }),
    repeat({ id: 'tan-hoa-opinions', quote: ['nêu nhiều ý kiến nhất (38 ý kiến)', '| Tân Hòa | 4 | 412 | 38 | 6 |'], values: ['38', '38'] }),
    repeat({ id: 'kenh-nam-voters', quote: ['ấp Kênh Năm có số cử tri tham dự thấp nhất (326 lượt)', '| Kênh Năm | 4 | 326 | 26 | 4 |'], values: ['326', '326'] }),
    change({ id: 'opinions-vs-2025', quote: ['giảm 8,4% so với năm 2025, trong đó', 'Cử tri đã nêu 186 ý kiến, kiến nghị', 'tiếp nhận 203 ý kiến, kiến nghị của cử tri'], x: '186', base: '203', stated: '8,4%', direction: 'giảm', note: 'The base is only in footnote 2.' }),
    sum({ id: 'opinions-fields', quote: ['Cử tri đã nêu 186 ý kiến, kiến nghị', 'lĩnh vực đất đai, xây dựng 54 ý kiến (29,0%); giao thông, thủy lợi 47 ý kiến; chính sách xã hội 32 ý kiến; môi trường 12 ý kiến; an ninh, trật tự 18 ý kiến; các lĩnh vực khác 14 ý kiến'], parts: ['54', '47', '32', '12', '18', '14'], total: '186', mistake: 'planted', original: 'môi trường 21 ý kiến', note: 'Class 4: the six fields after "trong đó" add to 177 against the 186 opinions; the environment\'s 21 is written 12 (digits swapped).' }),
    share({ id: 'opinions-land', quote: ['xây dựng 54 ý kiến (29,0%)', 'Cử tri đã nêu 186 ý kiến, kiến nghị'], x: '54', y: '186', stated: '29,0%' }),
    sum({ id: 'opinions-competence', quote: ['Cử tri đã nêu 186 ý kiến, kiến nghị', 'có 158 ý kiến thuộc thẩm quyền của xã (84,9%) và 28 ý kiến thuộc thẩm quyền cấp tỉnh (15,1%)'], parts: ['158', '28'], total: '186' }),
    share({ id: 'opinions-commune', quote: ['158 ý kiến thuộc thẩm quyền của xã (84,9%)', 'Cử tri đã nêu 186 ý kiến, kiến nghị'], x: '158', y: '186', stated: '84,9%' }),
    share({ id: 'opinions-province', quote: ['28 ý kiến thuộc thẩm quyền cấp tỉnh (15,1%)', 'Cử tri đã nêu 186 ý kiến, kiến nghị'], x: '28', y: '186', stated: '15,1%' }),
    ratio({ id: 'opinions-answered', quote: ['đã giải quyết, trả lời 149/158 ý kiến (94,3%)'], x: '149', y: '158', stated: '94,3%', trap: 'a percent in parentheses belonging to the X/Y beside it.' }),
    difference({ id: 'opinions-pending', quote: ['còn 9 ý kiến đang giải quyết', 'trả lời 149/158 ý kiến'], a: '158', b: '149', stated: '9', trap: 'a remainder of X/Y.' }),
    ratio({ id: 'province-answered', quote: ['đã có văn bản trả lời 21/28 ý kiến (75,0%)'], x: '21', y: '28', stated: '75,0%' }),
    sum({ id: 't-ap-meetings', quote: ['| Cộng | 24 | 2.184 | 186 | 28 |'], parts: ['4', '4', '4', '4', '4', '4'], total: '24', kind: 'cross_total' }),
    sum({ id: 't-ap-voters', quote: ['| Cộng | 24 | 2.184 | 186 | 28 |'], parts: ['412', '356', '398', '327', '365', '326'], total: '2.184', kind: 'cross_total' }),
    sum({ id: 't-ap-opinions', quote: ['| Cộng | 24 | 2.184 | 186 | 28 |'], parts: ['38', '29', '35', '27', '31', '26'], total: '186', kind: 'cross_total' }),
    sum({ id: 't-ap-transferred', quote: ['| Cộng | 24 | 2.184 | 186 | 28 |'], parts: ['6', '4', '5', '4', '5', '4'], total: '28', kind: 'cross_total' }),
    repeat({ id: 'voters-text-table', quote: ['thu hút 2.184 lượt cử tri tham dự', '| Cộng | 24 | 2.184 | 186 | 28 |'], values: ['2.184', '2.184'] }),
    repeat({ id: 'transferred-text-table', quote: ['28 ý kiến thuộc thẩm quyền cấp tỉnh đã được tổng hợp', '| Cộng | 24 | 2.184 | 186 | 28 |'], values: ['28', '28'] }),
    // I.4
    sum({ id: 'supervisions', quote: ['nâng tổng số lên 7 cuộc giám sát chuyên đề', 'Thường trực HĐND tổ chức 3 cuộc giám sát chuyên đề; Ban Kinh tế - Xã hội và Ban Pháp chế mỗi Ban tổ chức 2 cuộc'], parts: ['3', '2', '2'], total: '7', note: 'Each of the two Ban held 2.' }),
    ratio({ id: 'recs-done', quote: ['đã thực hiện xong 35/42 kiến nghị (83,3%)'], x: '35', y: '42', stated: '83,3%' }),
    difference({ id: 'recs-left', quote: ['7 kiến nghị đang tiếp tục thực hiện', 'đã thực hiện xong 35/42 kiến nghị'], a: '42', b: '35', stated: '7', trap: 'a remainder of X/Y.' }),
    sum({ id: 't-sup-count', quote: ['| Cộng | 7 | 42 | 35 | 83,3 |'], parts: ['3', '2', '2'], total: '7', kind: 'cross_total' }),
    sum({ id: 't-sup-recs', quote: ['| Cộng | 7 | 42 | 35 | 83,3 |'], parts: ['13', '17', '12'], total: '42', kind: 'cross_total' }),
    sum({ id: 't-sup-done', quote: ['| Cộng | 7 | 42 | 35 | 83,3 |'], parts: ['11', '14', '10'], total: '35', kind: 'cross_total' }),
    ratio({ id: 't-sup-rate-tt', quote: ['| Thường trực HĐND | 3 | 13 | 11 | 84,6 |'], x: '11', y: '13', stated: '84,6' }),
    ratio({ id: 't-sup-rate-ktxh', quote: ['| Ban Kinh tế - Xã hội | 2 | 17 | 14 | 82,4 |'], x: '14', y: '17', stated: '82,4' }),
    ratio({ id: 't-sup-rate-pc', quote: ['| Ban Pháp chế | 2 | 12 | 10 | 83,3 |'], x: '10', y: '12', stated: '83,3' }),
    ratio({ id: 't-sup-rate-total', quote: ['| Cộng | 7 | 42 | 35 | 83,3 |'], x: '35', y: '42', stated: '83,3' }),
    repeat({ id: 'recs-text-table', quote: ['đã đưa ra 42 kiến nghị', '| Cộng | 7 | 42 | 35 | 83,3 |'], values: ['42', '42'] }),
    // I.5
    sum({ id: 'questioners', quote: ['14 lượt đại biểu chất vấn', '(phiên giữa năm 6 lượt đại biểu, 10 câu hỏi; phiên cuối năm 8 lượt đại biểu, 13 câu hỏi)'], parts: ['6', '8'], total: '14' }),
    sum({ id: 'questions', quote: ['nêu 23 câu hỏi (phiên giữa năm', '6 lượt đại biểu, 10 câu hỏi; phiên cuối năm 8 lượt đại biểu, 13 câu hỏi'], parts: ['10', '13'], total: '23' }),
    quotient({ id: 'questions-per-deputy', quote: ['bình quân 1,6 câu hỏi/lượt đại biểu', '14 lượt đại biểu chất vấn, nêu 23 câu hỏi'], x: '23', y: '14', stated: '1,6', trap: 'a per-item figure (questions per deputy).' }),
    ratio({ id: 'questions-answered', quote: ['đã trả lời 23/23 câu hỏi (100%)'], x: '23', y: '23', stated: '100%', trap: '"100%" of X/X.' }),
    contradiction({ id: 'no-unanswered', quote: ['không có câu hỏi chất vấn nào chưa được trả lời', 'đã trả lời 23/23 câu hỏi'], stated: 'không có', expected: 'none (23/23)', consistent: true, reason: 'All 23 questions were answered.', trap: 'a "none" agreeing with an X/X beside it.' }),
    // I.6
    ratio({ id: 'reception-sessions', quote: ['tham gia 35/40 buổi tiếp công dân tại Trụ sở tiếp công dân xã (88%)'], x: '35', y: '40', stated: '88%', trap: 'half-up at ,5: 35/40 = 87,5% is 88% written whole (truncation gives 87%).' }),
    cumulative({ id: 'citizens-lk', quote: ['Cả năm đã tiếp 321 lượt công dân', '9 tháng năm 2026 tiếp 237 lượt công dân', 'trong đó quý IV tiếp 84 lượt'], previous: '237', period: '84', stated: '321', note: 'The nine months are only in footnote 3.' }),
    cumulative({ id: 'letters-lk', quote: ['Thường trực HĐND tiếp nhận 43 đơn thư, giảm', 'tiếp nhận 31 đơn thư.', 'trong đó quý IV tiếp nhận 12 đơn'], previous: '31', period: '12', stated: '43', note: 'The nine months are only in footnote 3.' }),
    change({ id: 'letters-vs-2025', quote: ['giảm 11,6% so với năm 2025', 'Thường trực HĐND tiếp nhận 43 đơn thư, giảm', 'tiếp nhận 48 đơn thư'], x: '43', base: '48', stated: '11,6%', direction: 'giảm', mistake: 'planted', original: 'giảm 10,4% so với năm 2025', note: 'Class 1: the base is only in footnote 4; (43 − 48)/48 is a fall of 10,4%; 11,6% divides the fall of 5 by the new 43 instead of 2025\'s 48.' }),
    sum({ id: 'letters-kinds', quote: ['Thường trực HĐND tiếp nhận 43 đơn thư, giảm', 'gồm 30 đơn kiến nghị, phản ánh (69,8%), 8 đơn khiếu nại, 2 đơn tố cáo và 3 đơn tranh chấp đất đai'], parts: ['30', '8', '2', '3'], total: '43' }),
    share({ id: 'letters-petitions', quote: ['30 đơn kiến nghị, phản ánh (69,8%)', 'Thường trực HĐND tiếp nhận 43 đơn thư, giảm'], x: '30', y: '43', stated: '69,8%' }),
    sum({ id: 'letters-competence', quote: ['Thường trực HĐND tiếp nhận 43 đơn thư, giảm', 'Số đơn thuộc thẩm quyền giải quyết của xã là 23 đơn', '20 đơn không thuộc thẩm quyền đã được chuyển'], parts: ['23', '20'], total: '43' }),
    ratio({ id: 'letters-settled', quote: ['đã giải quyết xong 20/23 đơn (86%)'], x: '20', y: '23', stated: '86%', mistake: 'planted', original: 'đã giải quyết xong 20/23 đơn (87%)', note: 'Class 7: 20/23 = 86,96%, which is 87% written whole; 86% truncates.' }),
    difference({ id: 'letters-pending', quote: ['còn 3 đơn đang xác minh', 'đã giải quyết xong 20/23 đơn'], a: '23', b: '20', stated: '3', trap: 'a remainder of X/Y.' }),
    // I.7
    ratio({ id: 'revenue-rate', quote: ['bằng 107,2% dự toán, vượt 2.772 triệu đồng', 'thu ngân sách trên địa bàn đạt 41.272 triệu đồng', 'năm 2026 là 38,5 tỷ đồng'], x: '41.272 triệu đồng', y: '38,5 tỷ đồng', stated: '107,2%', trap: 'a percent against an estimate in another scale (tỷ) in the sentence before.' }),
    difference({ id: 'revenue-excess-amount', quote: ['vượt 2.772 triệu đồng, tăng', 'thu ngân sách trên địa bàn đạt 41.272 triệu đồng', 'năm 2026 là 38,5 tỷ đồng'], a: '41.272 triệu đồng', b: '38,5 tỷ đồng', stated: '2.772 triệu đồng', trap: 'a difference across scales (triệu less tỷ).' }),
    change({ id: 'revenue-vs-2025', quote: ['tăng 9,6% so với năm 2025; trong đó', 'thu ngân sách trên địa bàn đạt 41.272 triệu đồng', 'năm 2025 thu ngân sách trên địa bàn 37,64 tỷ đồng'], x: '41.272 triệu đồng', base: '37,64 tỷ đồng', stated: '9,6%', direction: 'tăng', note: 'The base is only in footnote 5, in tỷ.' }),
    cumulative({ id: 'revenue-lk', quote: ['thu ngân sách trên địa bàn đạt 41.272 triệu đồng', '9 tháng năm 2026 thu ngân sách trên địa bàn 29.846 triệu đồng', 'trong đó quý IV ước thu 11.246 triệu đồng'], previous: '29.846', period: '11.246', stated: '41.272', mistake: 'planted', original: 'trong đó quý IV ước thu 11.426 triệu đồng', note: 'Class 6: footnote 5\'s nine months (29.846 triệu) plus quarter IV\'s 11.246 is 41.092, not the year\'s 41.272; the quarter\'s 11.426 has two digits swapped.' }),
    ratio({ id: 'revenue-9m', quote: ['đạt 77,5% dự toán', '9 tháng năm 2026 thu ngân sách trên địa bàn 29.846 triệu đồng', 'năm 2026 là 38,5 tỷ đồng'], x: '29.846 triệu đồng', y: '38,5 tỷ đồng', stated: '77,5%', trap: 'the nine months\' rate in a footnote, against the estimate in tỷ in the body.' }),
    ratio({ id: 'spending-rate', quote: ['đạt 93,2% dự toán', 'Chi ngân sách xã ước thực hiện 33.418 triệu đồng', 'dự toán chi ngân sách xã là 36,2 tỷ đồng'], x: '33.418 triệu đồng', y: '36,2 tỷ đồng', stated: '93,2%', mistake: 'planted', original: 'đạt 92,3% dự toán', note: 'Class 1: the estimate is in the sentence before, in tỷ; 33.418 triệu / 36,2 tỷ = 92,3%, written 93,2% (digits swapped).' }),
    sum({ id: 'spending-parts', quote: ['Chi ngân sách xã ước thực hiện 33.418 triệu đồng', 'gồm chi đầu tư phát triển 12.650 triệu đồng (37,9%) và chi thường xuyên 20.768 triệu đồng (62,1%)'], parts: ['12.650', '20.768'], total: '33.418' }),
    share({ id: 'spending-investment', quote: ['chi đầu tư phát triển 12.650 triệu đồng (37,9%)', 'Chi ngân sách xã ước thực hiện 33.418 triệu đồng'], x: '12.650', y: '33.418', stated: '37,9%' }),
    share({ id: 'spending-recurrent', quote: ['chi thường xuyên 20.768 triệu đồng (62,1%)', 'Chi ngân sách xã ước thực hiện 33.418 triệu đồng'], x: '20.768', y: '33.418', stated: '62,1%' }),
    sum({ id: 'spending-shares', quote: ['chi đầu tư phát triển 12.650 triệu đồng (37,9%) và chi thường xuyên 20.768 triệu đồng (62,1%)'], parts: ['37,9%', '62,1%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    difference({ id: 'settlement-balance', quote: ['kết dư 2.443 triệu đồng', 'tổng thu 52.318 triệu đồng, tổng chi 49.875 triệu đồng'], a: '52.318', b: '49.875', stated: '2.443' }),
    quotient({ id: 'capital-per-project', quote: ['bình quân khoảng 1,42 tỷ đồng/công trình', 'HĐND xã giao là 12,8 tỷ đồng cho 9 công trình'], x: '12,8', y: '9', stated: '1,42', trap: 'a per-item figure (tỷ per project).' }),
    ratio({ id: 'capital-disbursed', quote: ['đạt 88,0% kế hoạch, còn', 'đã giải ngân 11.264 triệu đồng', 'HĐND xã giao là 12,8 tỷ đồng cho 9 công trình'], x: '11.264 triệu đồng', y: '12,8 tỷ đồng', stated: '88,0%', trap: 'a percent against a plan in another scale (tỷ).' }),
    difference({ id: 'capital-left', quote: ['kế hoạch, còn 1.536 triệu đồng chưa giải ngân', 'đã giải ngân 11.264 triệu đồng', 'HĐND xã giao là 12,8 tỷ đồng'], a: '12,8 tỷ đồng', b: '11.264 triệu đồng', stated: '1.536 triệu đồng', trap: 'a remainder across scales (tỷ less triệu).' }),
    // I.8
    ratio({ id: 'training', quote: ['có 29/30 đại biểu tham gia (96,7%)'], x: '29', y: '30', stated: '96,7%' }),
    difference({ id: 'training-pp', quote: ['tăng 12,8 điểm phần trăm so với năm 2025', 'có 29/30 đại biểu tham gia (96,7%)', 'kỹ năng hoạt động (83,9%)'], a: '96,7', b: '83,9', stated: '12,8', trap: 'a percentage-point change with 2025\'s rate in a footnote.' }),
    ratio({ id: 'training-2025', quote: ['kỹ năng hoạt động (83,9%)', 'có 73/87 đại biểu HĐND các xã trước sắp xếp'], x: '73', y: '87', stated: '83,9%' }),
    quotient({ id: 'training-cost', quote: ['bình quân 2,98 triệu đồng/đại biểu tham gia', 'Tổng kinh phí bồi dưỡng là 86,4 triệu đồng', 'có 29/30 đại biểu tham gia'], x: '86,4', y: '29', stated: '2,98', trap: 'a per-item figure over the 29 participants, not the 30 deputies (2,88).' }),
    // II.1
    repeat({ id: 'sum-sessions', quote: ['đã chủ trì tổ chức 7 kỳ họp, thông qua 41 nghị quyết', 'tổ chức 7 kỳ họp, gồm'], values: ['7', '7'] }),
    repeat({ id: 'sum-resolutions', quote: ['7 kỳ họp, thông qua 41 nghị quyết', 'thông qua 41 nghị quyết, gồm:'], values: ['41', '41'] }),
    repeat({ id: 'sum-attendance', quote: ['tỷ lệ lượt đại biểu dự họp đạt 95,7%', 'có 201/210 lượt đại biểu dự họp (95,7%)'], values: ['95,7%', '95,7%'] }),
    repeat({ id: 'sum-meetings', quote: ['Tổ chức 24 cuộc tiếp xúc cử tri với 2.184 lượt', 'tiếp xúc cử tri 24 cuộc tại 6/6 ấp'], values: ['24', '24'] }),
    repeat({ id: 'sum-voters', quote: ['với 2.184 lượt cử tri tham dự; đã', 'thu hút 2.184 lượt cử tri tham dự, bình quân'], values: ['2.184', '2.184'] }),
    ratio({ id: 'sum-answered-all', quote: ['trả lời 80,1% tổng số ý kiến, kiến nghị của cử tri', 'trả lời 149/158 ý kiến', 'Cử tri đã nêu 186 ý kiến, kiến nghị'], x: '149', y: '186', stated: '80,1%', trap: 'a share of another base (all 186 opinions, not the commune\'s 158), far from its figures, agreeing.' }),
    ratio({ id: 'sum-recs', quote: ['85,4% số kiến nghị đã được thực hiện xong', 'đã thực hiện xong 35/42 kiến nghị (83,3%)'], x: '35', y: '42', stated: '85,4%', mistake: 'planted', original: '83,3% số kiến nghị đã được thực hiện xong', note: 'Class 2: far from its base in I.4; 35 of the 42 recommendations is 83,3%; 85,4% divides by 41 (the resolutions\' count).' }),
    repeat({ id: 'sum-supervisions', quote: ['Qua 7 cuộc giám sát chuyên đề', 'nâng tổng số lên 7 cuộc giám sát chuyên đề'], values: ['7', '7'] }),
    repeat({ id: 'sum-citizens', quote: ['đã tiếp 312 lượt công dân', 'Cả năm đã tiếp 321 lượt công dân'], values: ['321', '312'], mistake: 'planted', original: 'đã tiếp 321 lượt công dân', note: 'Class 5: the summary restates the 321 citizens of I.6 (237 + 84) with two digits swapped.' }),
    repeat({ id: 'sum-letters', quote: ['tiếp nhận 43 đơn thư, không có', 'Thường trực HĐND tiếp nhận 43 đơn thư, giảm'], values: ['43', '43'] }),
    contradiction({ id: 'sum-no-denunciation', quote: ['2 đơn tố cáo và 3 đơn tranh chấp', 'tiếp nhận 43 đơn thư, không có đơn tố cáo'], stated: '2 đơn tố cáo', expected: 'none (II.1)', consistent: false, reason: 'The summary says no denunciation was received; I.6 counts 2 among the 43 letters.', mistake: 'planted', original: 'tiếp nhận 43 đơn thư, không có đơn tố cáo vượt cấp', note: 'Class 8: a count against a "không có" statement in the summary.' }),
    repeat({ id: 'sum-revenue', quote: ['Thu ngân sách trên địa bàn ước đạt 41,3 tỷ đồng', 'thu ngân sách trên địa bàn đạt 41.272 triệu đồng'], values: ['41.272 triệu đồng', '41,3 tỷ đồng'], kind: 'unit', trap: 'the revenue restated in tỷ, agreeing.' }),
    excess({ id: 'sum-revenue-excess', quote: ['vượt 7,2% dự toán', 'thu ngân sách trên địa bàn đạt 41.272 triệu đồng', 'năm 2026 là 38,5 tỷ đồng'], x: '41.272 triệu đồng', y: '38,5 tỷ đồng', stated: '7,2%', trap: 'the excess over the estimate (107,2% − 100%), not the 107,2% itself.' }),
    repeat({ id: 'sum-capital', quote: ['giải ngân vốn đầu tư công đạt 88,0% kế hoạch', 'đạt 88,0% kế hoạch, còn'], values: ['88,0%', '88,0%'] }),
    repeat({ id: 'sum-training', quote: ['96,7% đại biểu được bồi dưỡng', 'có 29/30 đại biểu tham gia (96,7%)'], values: ['96,7%', '96,7%'] }),
    // II.2
    repeat({ id: 'weak-opinions', quote: ['Còn 9 ý kiến, kiến nghị của cử tri thuộc thẩm quyền xã', 'còn 9 ý kiến đang giải quyết'], values: ['9', '9'] }),
    difference({ id: 'weak-province', quote: ['7/28 ý kiến chuyển cấp tỉnh chưa có văn bản trả lời', 'đã có văn bản trả lời 21/28 ý kiến'], a: '28', b: '21', stated: '7', trap: 'a remainder written as X/Y without a percent.' }),
    repeat({ id: 'weak-recs', quote: ['còn 7 kiến nghị sau giám sát chưa thực hiện xong', '7 kiến nghị đang tiếp tục thực hiện'], values: ['7', '7'] }),
    atLeast({ id: 'weak-spending', quote: ['Chi ngân sách xã chưa đạt dự toán', 'dự toán chi ngân sách xã là 36,2 tỷ đồng', 'Chi ngân sách xã ước thực hiện 33.418 triệu đồng'], big: '36,2 tỷ đồng', small: '33.418 triệu đồng', trap: 'a qualitative "not reached" that agrees with the figures (whatever the rate\'s digits).' }),
    repeat({ id: 'weak-capital', quote: ['vốn đầu tư công còn 1.536 triệu đồng chưa giải ngân', 'kế hoạch, còn 1.536 triệu đồng chưa giải ngân'], values: ['1.536', '1.536'] }),
    difference({ id: 'weak-training', quote: ['còn 1 đại biểu chưa tham gia bồi dưỡng', 'có 29/30 đại biểu tham gia'], a: '30', b: '29', stated: '1', trap: 'a remainder of X/Y.' }),
    // III
    contradiction({ id: 'targets-2027', quote: ['bảo đảm tỷ lệ lượt đại biểu dự họp từ 95% trở lên', 'phấn đấu trên 95% ý kiến, kiến nghị thuộc thẩm quyền xã', 'tối thiểu 90% kiến nghị sau giám sát', 'từ 42 tỷ đồng trở lên', 'giải quyết trên 90% đơn thư thuộc thẩm quyền', '100% đại biểu được bồi dưỡng kỹ năng trong nhiệm kỳ', '100% dự thảo nghị quyết được thẩm tra'], stated: 'từ 95% trở lên', expected: 'targets', consistent: true, reason: 'Targets and thresholds for 2027 with no base of their own.', trap: 'thresholds and targets beside the year\'s rates.' }),
    contradiction({ id: 'plan-supervisions', quote: ['Thực hiện 6 cuộc giám sát chuyên đề (Thường trực HĐND 2 cuộc, mỗi Ban HĐND 2 cuộc)'], stated: '6', expected: '2 + 2 × 2', consistent: true, reason: 'The standing committee\'s 2 and 2 for each of the two Ban make 6.', trap: 'a planned total with a per-Ban figure ("mỗi Ban"), not a list of parts.' }),
    repeat({ id: 'task-opinions', quote: ['giải quyết dứt điểm 9 ý kiến còn tồn đọng trước ngày 30/6/2027', 'còn 9 ý kiến đang giải quyết'], values: ['9', '9'], trap: 'a task equal to the remainder, with a date.' }),
    repeat({ id: 'task-recs', quote: ['theo dõi việc thực hiện 7 kiến nghị còn lại', '7 kiến nghị đang tiếp tục thực hiện'], values: ['7', '7'] }),
  ],
});
