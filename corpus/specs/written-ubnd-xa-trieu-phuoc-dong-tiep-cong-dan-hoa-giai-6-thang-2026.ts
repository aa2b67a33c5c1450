// Written for the corpus (batch R2): UBND xã Triệu Phước Đông (tỉnh Quảng Trị; the commune is invented) to the
// provincial Thanh tra and Sở Tư pháp, receiving citizens, complaints, denunciations and petitions (mostly on
// land) and grassroots mediation in the first six months of 2026, in "Phần thứ nhất" (I - V) and "Phần thứ
// hai": citizens received by kind in parentheses, the change against the same period with its base in
// parentheses, delegations with their people (not parts), sessions per month, subjects' shares with one count;
// letters received (carried over and new in parentheses) with the change against 2025 whose base is only in a
// footnote, by kind, eligible and within the commune's competence, a table of four kinds of letter (in
// competence, settled, in progress, rate, total row), the settled letters as X/Y against a minimum, the
// complaint decisions by outcome after "trong đó", the land petitions in the text against the table, land
// returned in m²; a "none" of overdue denunciations and one of delegations beyond the commune; mediation teams
// and mediators (per team, women's whole percent), cases in quarter II and the six months' lũy kế from a
// footnote, the change against the same period in parentheses, by kind after "gồm", the land share, outcomes
// with a whole percent, the fee per case; legal information sessions against the year's plan in the sentence
// before; summary restating figures (the settled rate, the mediated cases, land in ha) and weaknesses
// (remainders, a delegation to the province in April); targets.
import { change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-trieu-phuoc-dong-tiep-cong-dan-hoa-giai-6-thang-2026.md',
  prefix: 'tpd',
  claims: [
    contradiction({ id: 'laws', quote: ['Luật Tiếp công dân năm 2013, Luật Hòa giải ở cơ sở năm 2013 và Kế hoạch số 15/KH-UBND ngày 10/01/2026'], stated: '2013', expected: 'documents', consistent: true, reason: 'Two laws\' years and a plan\'s number and date.', trap: 'numbers in documents\' names.' }),
    // I
    sum({ id: 'citizens', quote: ['tiếp 86 lượt công dân (gồm', 'gồm tiếp thường xuyên 52 lượt, tiếp định kỳ 28 lượt, tiếp đột xuất 6 lượt'], parts: ['52', '28', '6'], total: '86' }),
    change({ id: 'citizens-change', quote: ['giảm 12,2% so với cùng kỳ năm 2025 (98 lượt)', 'tiếp 86 lượt công dân (gồm'], x: '86', base: '98', stated: '12,2%', direction: 'giảm' }),
    contradiction({ id: 'delegations', quote: ['có 4 đoàn đông người với 37 người'], stated: '4 đoàn, 37 người', expected: 'groups and their people', consistent: true, reason: 'Four delegations counting 37 people in all; neither is a part of the 86 visits.', trap: 'counts per item that are not parts.' }),
    quotient({ id: 'per-session', quote: ['bình quân 4,7 lượt/buổi', 'tiếp định kỳ 28 lượt', 'tiếp công dân định kỳ 6 buổi'], x: '28', y: '6', stated: '4,7', trap: 'visits per session.' }),
    contradiction({ id: 'day-15', quote: ['vào ngày 15 hằng tháng'], stated: '15', expected: 'a date', consistent: true, reason: 'The day of the month of the chairman\'s sessions.', trap: 'a number in a date.' }),
    share({ id: 'land-visits', quote: ['về đất đai 54 lượt, chiếm 62,8%', 'tiếp 86 lượt công dân (gồm'], x: '54', y: '86', stated: '62,8%' }),
    sum({ id: 'subjects', quote: ['về đất đai 54 lượt, chiếm 62,8%; chính sách xã hội 18,6%; tư pháp, hộ tịch 9,3%; nội dung khác 10,3%'], parts: ['62,8%', '18,6%', '9,3%', '10,3%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'nội dung khác 9,3%', note: 'Class 3: the four subjects\' shares add to 101,0% (8 of 86 visits is 9,3%, written 10,3%).' }),
    contradiction({ id: 'all-received', quote: ['100% lượt công dân đến trình bày'], stated: '100%', expected: 'all visits', consistent: true, reason: 'All of the visits were received; no count against it.', trap: '"100%" with no base.' }),
    // II.1
    sum({ id: 'letters', quote: ['tiếp nhận 64 đơn (9 đơn kỳ trước chuyển sang, 55 đơn mới phát sinh)'], parts: ['9', '55'], total: '64' }),
    change({ id: 'letters-change', quote: ['giảm 9,4% so với cùng kỳ năm 2025', 'tiếp nhận 64 đơn (9 đơn', '6 tháng đầu năm 2025, Ủy ban nhân dân xã tiếp nhận 70 đơn'], x: '64', base: '70', stated: '9,4%', direction: 'giảm', mistake: 'planted', original: 'giảm 8,6% so với cùng kỳ năm 2025', note: 'Class 1: the base of 2025 is only in footnote 1; 6/70 = 8,6%; 9,4% divides the drop by this year\'s 64 letters.' }),
    sum({ id: 'letter-kinds', quote: ['tiếp nhận 64 đơn (9 đơn', 'khiếu nại 11 đơn, tố cáo 4 đơn, kiến nghị, phản ánh 49 đơn'], parts: ['11', '4', '49'], total: '64' }),
    sum({ id: 'eligible', quote: ['tiếp nhận 64 đơn (9 đơn', 'Có 58 đơn đủ điều kiện xử lý; 6 đơn trùng lặp'], parts: ['58', '6'], total: '64' }),
    sum({ id: 'competence', quote: ['Có 58 đơn đủ điều kiện xử lý', '48 đơn thuộc thẩm quyền của Ủy ban nhân dân xã; 10 đơn đã chuyển'], parts: ['48', '10'], total: '58' }),
    // II.2 table
    sum({ id: 't-competence', quote: ['48 đơn thuộc thẩm quyền của Ủy ban nhân dân xã', 'Tổng cộng'], parts: ['9', '2', '24', '13'], total: '48', kind: 'cross_total' }),
    sum({ id: 't-settled', quote: ['Đã giải quyết 43/48 đơn', 'Tổng cộng'], parts: ['8', '2', '21', '12'], total: '43', kind: 'cross_total' }),
    sum({ id: 't-pending', quote: ['còn 5 đơn đang giải quyết, trong thời hạn', 'Tổng cộng'], parts: ['1', '0', '3', '1'], total: '5', kind: 'cross_total' }),
    ratio({ id: 't-rate-1', quote: ['88,9'], x: '8', y: '9', stated: '88,9' }),
    ratio({ id: 't-rate-2', quote: ['100,0'], x: '2', y: '2', stated: '100,0' }),
    ratio({ id: 't-rate-3', quote: ['87,5'], x: '21', y: '24', stated: '87,5' }),
    ratio({ id: 't-rate-4', quote: ['92,3'], x: '12', y: '13', stated: '92,3' }),
    ratio({ id: 'settled', quote: ['đạt 89,6%, vượt chỉ tiêu', 'Đã giải quyết 43/48 đơn'], x: '43', y: '48', stated: '89,6%', note: 'Also the table\'s total row.' }),
    contradiction({ id: 'target-85', quote: ['(tối thiểu 85%)'], stated: 'tối thiểu 85%', expected: 'a target', consistent: true, reason: 'The minimum set for the commune, beside the 89,6% reached.', trap: 'a threshold next to a rate.' }),
    sum({ id: 'settled-pending', quote: ['Đã giải quyết 43/48 đơn', 'còn 5 đơn đang giải quyết, trong thời hạn'], parts: ['43', '5'], total: '48' }),
    sum({ id: 'decisions', quote: ['đã ban hành 8 quyết định giải quyết', 'trong đó khiếu nại đúng 1 vụ, đúng một phần 2 vụ, sai 6 vụ'], parts: ['1', '2', '6'], total: '8', mistake: 'planted', original: 'sai 5 vụ', note: 'Class 4: the decisions by outcome add to 9, not 8 (the table\'s 8 complaints settled).' }),
    repeat({ id: 'land-text', quote: ['đã giải quyết 12 đơn, chủ yếu', '87,5'], values: ['21', '12'], mistake: 'planted', original: 'đã giải quyết 21 đơn, chủ yếu', note: 'Class 5: the text swaps the digits of the table\'s 21 land petitions settled (of 24, 87,5%).' }),
    contradiction({ id: 'no-overdue', quote: ['Không có đơn tố cáo quá hạn giải quyết'], stated: 'không', expected: 'none', consistent: true, reason: 'Both denunciations in competence were settled (table).', trap: 'a "none" with nothing against it.' }),
    contradiction({ id: 'delegations-local', quote: ['có 4 đoàn đông người với 37 người', 'Không có vụ việc khiếu kiện đông người vượt cấp lên tỉnh, Trung ương'], stated: '4 đoàn', expected: 'at the commune', consistent: true, reason: 'The four delegations came to the commune, not beyond it; they do not deny the "none" of delegations to the province.', trap: 'a count of another kind beside a "none".' }),
    // III
    quotient({ id: 'per-team', quote: ['(bình quân 7 người/tổ)', 'Toàn xã có 9 tổ hòa giải ở 9 thôn với 63 hòa giải viên'], x: '63', y: '9', stated: '7', trap: 'mediators per team.' }),
    share({ id: 'women', quote: ['trong đó 26 hòa giải viên nữ, chiếm 41%', 'với 63 hòa giải viên'], x: '26', y: '63', stated: '41%', trap: 'a whole percent rounded correctly (41,27 → 41).' }),
    cumulative({ id: 'cases-6m', quote: ['lũy kế 6 tháng tiếp nhận 61 vụ việc', 'Quý I năm 2026 các tổ hòa giải tiếp nhận 25 vụ việc', 'Quý II, các tổ hòa giải tiếp nhận 35 vụ việc'], previous: '25', period: '35', stated: '61', mistake: 'planted', original: 'Quý II, các tổ hòa giải tiếp nhận 36 vụ việc', note: 'Class 6: footnote 2\'s 25 cases of quarter I plus quarter II\'s 35 is 60, not the six months\' 61 (which the kinds add up to).' }),
    change({ id: 'cases-change', quote: ['tăng 10,9% so với cùng kỳ năm 2025 (55 vụ việc)', 'lũy kế 6 tháng tiếp nhận 61 vụ việc'], x: '61', base: '55', stated: '10,9%', direction: 'tăng' }),
    sum({ id: 'case-kinds', quote: ['lũy kế 6 tháng tiếp nhận 61 vụ việc', 'gồm: tranh chấp đất đai 24 vụ, hôn nhân và gia đình 15 vụ, mâu thuẫn trong sinh hoạt cộng đồng 13 vụ, vi phạm pháp luật nhỏ và việc khác 9 vụ'], parts: ['24', '15', '13', '9'], total: '61' }),
    share({ id: 'land-cases', quote: ['Tranh chấp đất đai chiếm 39,3% số vụ việc', 'tranh chấp đất đai 24 vụ', 'lũy kế 6 tháng tiếp nhận 61 vụ việc'], x: '24', y: '61', stated: '39,3%' }),
    contradiction({ id: 'thon-3', quote: ['Thôn 3 và thôn Phước Thị'], stated: '3', expected: 'a name', consistent: true, reason: 'A village\'s name.', trap: 'a number in a name.' }),
    ratio({ id: 'mediated', quote: ['hòa giải thành 53/61 vụ việc, đạt 86%'], x: '53', y: '61', stated: '86%', mistake: 'planted', original: 'đạt 87%', note: 'Class 7: 53/61 = 86,89%, which is 87% written whole; 86% truncates.' }),
    sum({ id: 'outcomes', quote: ['hòa giải thành 53/61 vụ việc', 'hòa giải không thành 5 vụ (đã hướng dẫn', 'đang hòa giải 3 vụ'], parts: ['53', '5', '3'], total: '61' }),
    product({ id: 'mediation-fee', quote: ['tổng số 15,9 triệu đồng', '300.000 đồng/vụ việc hòa giải thành', 'hòa giải thành 53/61 vụ việc'], x: '53', y: '300.000', factor: '0,000001', stated: '15,9 triệu đồng', trap: 'cases × đồng per case, in triệu.' }),
    // IV
    ratio({ id: 'sessions-plan', quote: ['đạt 54,2% kế hoạch năm', 'Sáu tháng đã tổ chức 14 buổi', 'Kế hoạch năm 2026 đề ra tổ chức 24 buổi'], x: '14', y: '24', stated: '54,2%', mistake: 'planted', original: 'đạt 58,3% kế hoạch năm', note: 'Class 1: the plan of 24 sessions is in the sentence before; 14/24 = 58,3%; 54,2% is 13/24.' }),
    quotient({ id: 'per-session-people', quote: ['bình quân 90 người/buổi', 'với 1.260 lượt người tham dự', 'Sáu tháng đã tổ chức 14 buổi'], x: '1.260', y: '14', stated: '90', trap: 'people per session.' }),
    // V
    repeat({ id: 'summary-citizens', quote: ['tiếp 86 lượt công dân, tiếp nhận 64 đơn', 'tiếp 86 lượt công dân (gồm'], values: ['86', '86'] }),
    repeat({ id: 'summary-letters', quote: ['tiếp nhận 64 đơn; tỷ lệ', 'tiếp nhận 64 đơn (9 đơn'], values: ['64', '64'] }),
    ratio({ id: 'summary-rate', quote: ['tỷ lệ giải quyết đơn thư thuộc thẩm quyền đạt 67,2%', 'Đã giải quyết 43/48 đơn', 'tiếp nhận 64 đơn (9 đơn'], x: '43', y: '48', stated: '67,2%', mistake: 'planted', original: 'tỷ lệ giải quyết đơn thư thuộc thẩm quyền đạt 89,6%', note: 'Class 2: far from its base in II.2; 43/48 = 89,6%; 67,2% divides by all 64 letters received.' }),
    repeat({ id: 'summary-mediated', quote: ['hòa giải thành 35 vụ việc, góp phần', 'hòa giải thành 53/61 vụ việc'], values: ['53', '35'], mistake: 'planted', original: 'hòa giải thành 53 vụ việc, góp phần', note: 'Class 5: the summary swaps the digits of the 53 cases mediated in III.' }),
    repeat({ id: 'summary-land', quote: ['trả lại cho các hộ 0,12 ha đất', 'trả lại cho các hộ 1.200 m² đất'], values: ['1.200 m²', '0,12 ha'], kind: 'unit', trap: 'land returned restated in ha, agreeing.' }),
    repeat({ id: 'weak-pending', quote: ['Còn 5 đơn đang giải quyết, chủ yếu', 'còn 5 đơn đang giải quyết, trong thời hạn'], values: ['5', '5'] }),
    sum({ id: 'weak-unmediated', quote: ['8 vụ việc hòa giải không thành hoặc đang hòa giải', 'hòa giải không thành 5 vụ (đã hướng dẫn', 'đang hòa giải 3 vụ'], parts: ['5', '3'], total: '8', trap: 'a remainder (61 − 53), written as its two parts.' }),
    contradiction({ id: 'delegation-april', quote: ['Ngày 14/4/2026, 1 đoàn 12 công dân thôn Phước Thị lên Ban Tiếp công dân tỉnh', 'Không có vụ việc khiếu kiện đông người vượt cấp lên tỉnh, Trung ương'], stated: '1 đoàn (12 công dân)', expected: 'none beyond the commune (II.2)', consistent: false, reason: 'Section II.2 says no crowd complaint went beyond the commune to the province; the weaknesses count a delegation of 12 citizens to the province\'s office on 14/4/2026, inside the six months.', mistake: 'planted', original: 'Một số vụ việc tranh chấp đất đai có nguồn gốc phức tạp, kéo dài', note: 'Class 8: a count against a "none" statement.' }),
    // Phần thứ hai
    contradiction({ id: 'targets', quote: ['đạt trên 90%, tỷ lệ hòa giải thành đạt ít nhất 85%'], stated: 'trên 90%', expected: 'targets', consistent: true, reason: 'Targets for the second half, beside the 89,6% and 87% reached.', trap: 'targets next to rates.' }),
    difference({ id: 'sessions-left', quote: ['tổ chức 10 buổi tuyên truyền còn lại', 'Kế hoạch năm 2026 đề ra tổ chức 24 buổi', 'Sáu tháng đã tổ chức 14 buổi'], a: '24', b: '14', stated: '10', trap: 'a remainder of a plan.' }),
    contradiction({ id: 'training-all', quote: ['tập huấn kỹ năng cho 100% hòa giải viên'], stated: '100%', expected: 'a target', consistent: true, reason: 'A target for all mediators.', trap: '"100%" with no base.' }),
  ],
});
