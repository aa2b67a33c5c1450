// Written for the corpus (batch K2): Ủy ban Kiểm tra Đảng ủy xã Hạ Hòa Tây (tỉnh Phú Thọ; the commune is
// invented), nine months of 2026, inspection, supervision and party discipline: branches by kind, party
// members (official and probationary) as a stock and flow from a footnote, women as a share, a rank X/Y,
// inspections by the executive committee (overlapping committee members, conclusions that add), the
// branches' inspections against all members with a minimum target, per branch, conclusions that add and a
// share a paragraph later, the inspection committee's own work (members with signs of violation and the
// term's lũy kế from a footnote, lower branches, supervision against the year's plan in a footnote, party
// finance X/Y as a whole percent, arrears in đồng restated in triệu), party dues against the estimate and
// the same period in parentheses, per member in nghìn đồng, the 70% passed up by rule, asset declarations
// (another year in parentheses), letters (parts after "gồm", X/Y), discipline by form and by content
// (after "gồm"), its rate and the term's lũy kế, a table by form and body (rows and columns that add, the
// same period), a table of the programme (plan / nine months / % / same period); summary restating figures
// (a "none" against the table); the remainder as tasks.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubkt-dang-uy-xa-ha-hoa-tay-kiem-tra-giam-sat-9-thang-2026.md',
  prefix: 'hht',
  claims: [
    // header
    contradiction({ id: 'doc-numbers', quote: ['Chương trình kiểm tra, giám sát số 05-CTr/ĐU ngày 10/01/2026'], stated: '05-CTr/ĐU', expected: 'a document number and a date', consistent: true, reason: 'The number and date of a programme, not figures.', trap: 'a document number and a date.' }),
    // I
    sum({ id: 'branches', quote: ['có 38 chi bộ trực thuộc, gồm 22 chi bộ thôn, 9 chi bộ trường học, 7 chi bộ cơ quan, đơn vị'], parts: ['22', '9', '7'], total: '38' }),
    sum({ id: 'members-kind', quote: ['có 1.486 đảng viên (đảng viên chính thức 1.427 đồng chí, đảng viên dự bị 59 đồng chí)'], parts: ['1.427', '59'], total: '1.486' }),
    difference({ id: 'members-increase', quote: ['tăng 24 đảng viên so với đầu năm', 'có 1.486 đảng viên (', 'Đảng bộ có 1.462 đảng viên'], a: '1.486', b: '1.462', stated: '24' }),
    sum({ id: 'members-flow', quote: ['có 1.486 đảng viên (', 'Đảng bộ có 1.462 đảng viên', 'kết nạp 31 đảng viên, chuyển đến 6 đảng viên, chuyển đi 9 đảng viên, từ trần 4 đảng viên'], parts: ['1.462', '31', '6', '−9', '−4'], total: '1.486', note: 'The end of 2025 plus the flows of footnote 1.' }),
    share({ id: 'women-share', quote: ['đảng viên nữ 612 đồng chí, chiếm 41,9%', 'có 1.486 đảng viên (', 'Đảng bộ có 1.462 đảng viên'], x: '612', y: '1.486', stated: '41,9%', mistake: 'planted', original: 'đảng viên nữ 612 đồng chí, chiếm 41,2%', note: 'Class 3: the share is taken of the 1.462 members at the end of 2025 in footnote 1 (612/1.462 = 41,86%); of today\'s 1.486 it is 41,18%.' }),
    sum({ id: 'committee', quote: ['có 5 đồng chí (1 chủ nhiệm chuyên trách, 1 phó chủ nhiệm, 3 ủy viên kiêm chức)'], parts: ['1', '1', '3'], total: '5' }),
    contradiction({ id: 'term-name', quote: ['Ủy ban Kiểm tra Đảng ủy xã khóa I, nhiệm kỳ 2025 - 2030'], stated: '2025 - 2030', expected: 'a term', consistent: true, reason: 'The years of a term and its number, not figures.', trap: 'years and a term number in a name.' }),
    contradiction({ id: 'rank', quote: ['xếp thứ 9/148 đơn vị cấp xã'], stated: '9/148', expected: 'a rank', consistent: true, reason: 'A rank among the province\'s communes, not a ratio.', trap: 'a rank written X/Y.' }),
    // II.1
    atLeast({ id: 'exec-committee-overlap', quote: ['kiểm tra 6 tổ chức đảng và 8 đảng viên (trong đó 5 đồng chí là cấp ủy viên chi bộ)'], big: '8', small: '5', trap: 'committee members after "trong đó" are some of the 8: no sum.' }),
    contradiction({ id: 'exec-100', quote: ['đạt 100% chương trình năm; giám sát chuyên đề 9 chi bộ'], stated: '100%', expected: 'a percent with no base written', consistent: true, reason: 'The programme\'s number of inspections is not given.', trap: 'a percent with no base.' }),
    sum({ id: 'exec-orgs-conclusions', quote: ['kiểm tra 6 tổ chức đảng và 8 đảng viên', 'kết luận 4 tổ chức đảng thực hiện tốt, 2 tổ chức đảng thực hiện chưa tốt'], parts: ['4', '2'], total: '6' }),
    sum({ id: 'exec-members-conclusions', quote: ['kiểm tra 6 tổ chức đảng và 8 đảng viên', '7 đảng viên thực hiện tốt, 1 đảng viên còn hạn chế'], parts: ['7', '1'], total: '8' }),
    contradiction({ id: 'regulation-144', quote: ['Quy định số 144-QĐ/TW'], stated: '144', expected: 'a regulation number', consistent: true, reason: 'The number of a regulation, not a count.', trap: 'a number in a name.' }),
    // II.2
    share({ id: 'branch-inspected', quote: ['đạt 7,5% tổng số đảng viên (chỉ tiêu tối thiểu 5%)', 'Các chi bộ đã kiểm tra 112 đảng viên', 'có 1.486 đảng viên ('], x: '112', y: '1.486', stated: '7,5%', trap: 'a minimum target in parentheses next to the rate.' }),
    quotient({ id: 'per-branch', quote: ['bình quân 2,9 đảng viên/chi bộ', 'Các chi bộ đã kiểm tra 112 đảng viên', 'có 38 chi bộ trực thuộc'], x: '112', y: '38', stated: '2,9', trap: 'an average per branch.' }),
    sum({ id: 'branch-conclusions', quote: ['Các chi bộ đã kiểm tra 112 đảng viên', 'kết luận 96 đảng viên thực hiện tốt, 13 đảng viên thực hiện chưa tốt, 3 đảng viên có vi phạm'], parts: ['96', '13', '3'], total: '112' }),
    atLeast({ id: 'signs-transferred', quote: ['phát hiện 5 đảng viên có dấu hiệu vi phạm, các chi bộ đã chuyển sang kiểm tra 3 trường hợp'], big: '5', small: '3' }),
    share({ id: 'good-share', quote: ['chiếm 87,5% số đảng viên được chi bộ kiểm tra', 'kết luận 96 đảng viên thực hiện tốt', 'Các chi bộ đã kiểm tra 112 đảng viên'], x: '96', y: '112', stated: '87,5%', mistake: 'planted', original: 'chiếm 85,7% số đảng viên được chi bộ kiểm tra', note: 'Class 2: the share is a paragraph after its counts, behind a long sentence; 96/112 = 85,71% (two digits swapped).' }),
    contradiction({ id: 'all-branches', quote: ['100% chi bộ xây dựng và thực hiện chương trình'], stated: '100%', expected: 'all branches', consistent: true, reason: 'A rate of all branches, with no count to check.', trap: 'a percent with no base written.' }),
    // II.3 a
    atLeast({ id: 'ubkt-overlap', quote: ['kiểm tra 4 đảng viên khi có dấu hiệu vi phạm, trong đó 2 đồng chí là cấp ủy viên chi bộ'], big: '4', small: '2', trap: 'committee members after "trong đó": not parts of a sum.' }),
    atLeast({ id: 'ubkt-to-discipline', quote: ['kết luận cả 4 đảng viên có vi phạm, trong đó 3 đảng viên vi phạm'], big: '4', small: '3' }),
    cumulative({ id: 'ubkt-cumulative', quote: ['Ủy ban Kiểm tra đã kiểm tra 9 đảng viên khi có dấu hiệu vi phạm', 'Ủy ban Kiểm tra kiểm tra 5 đảng viên khi có dấu hiệu vi phạm;', 'Ủy ban Kiểm tra đã kiểm tra 4 đảng viên khi có dấu hiệu vi phạm'], previous: '5', period: '4', stated: '9', note: 'The term up to the end of 2025 in footnote 2 plus the nine months.' }),
    contradiction({ id: 'congress-date', quote: ['Từ Đại hội Đảng bộ xã lần thứ I (tháng 8/2025)'], stated: 'tháng 8/2025', expected: 'a month', consistent: true, reason: 'A month and year, not a ratio.', trap: 'a date written X/Y.' }),
    // II.3 b
    repeat({ id: 'lower-branches', quote: ['Kiểm tra 4 chi bộ; kết luận', 'Kiểm tra chi bộ thực hiện nhiệm vụ kiểm tra, giám sát'], values: ['5', '4'], mistake: 'planted', original: 'Kiểm tra 5 chi bộ; kết luận', note: 'Class 5: the text gives 4 branches, the table\'s nine months 5 (62,5% of 8); 4 is the same period\'s figure copied from the last column.' }),
    // II.3 c
    ratio({ id: 'supervision-plan', quote: ['đạt 73,3% kế hoạch năm', 'Giám sát chuyên đề 7 chi bộ và 11 đảng viên', 'Kế hoạch giám sát chuyên đề năm 2026 của Ủy ban Kiểm tra: 10 chi bộ và 16 đảng viên'], x: '11', y: '16', stated: '73,3%', mistake: 'planted', original: 'đạt 68,8% kế hoạch năm', note: 'Class 1: the plan is in footnote 3 (16 members); 11/16 = 68,75%. 73,3% is 11 divided by 15, the plan of the finance row in the table.' }),
    repeat({ id: 't-supervision-branches', quote: ['Giám sát chuyên đề tổ chức đảng', 'Giám sát chuyên đề 7 chi bộ và 11 đảng viên'], values: ['7', '7'] }),
    repeat({ id: 't-supervision-plan', quote: ['Giám sát chuyên đề đảng viên', 'Kế hoạch giám sát chuyên đề năm 2026 của Ủy ban Kiểm tra: 10 chi bộ và 16 đảng viên'], values: ['16', '16'], note: 'The table\'s plan against footnote 3.' }),
    // II.3 d
    ratio({ id: 'finance-branches', quote: ['đạt 31% số chi bộ trực thuộc', 'tại 12/38 chi bộ'], x: '12', y: '38', stated: '31%', mistake: 'planted', original: 'đạt 32% số chi bộ trực thuộc', note: 'Class 7: 12/38 = 31,58%, which is 32% written whole; 31% truncates.' }),
    atLeast({ id: 'finance-findings', quote: ['tại 12/38 chi bộ', 'phát hiện 2 chi bộ nộp đảng phí chậm so với quy định, 1 chi bộ thu chưa đúng mức'], big: '12', small: '2 + 1' }),
    ratio({ id: 'dues-estimate', quote: ['đạt 76,2% dự toán năm (244,7 triệu đồng)', 'Tổng thu đảng phí 9 tháng của Đảng bộ là 186,45 triệu đồng'], x: '186,45', y: '244,7', stated: '76,2%' }),
    change({ id: 'dues-same-period', quote: ['tăng 7,3% so với cùng kỳ (172,9 triệu đồng)', 'Tổng thu đảng phí 9 tháng của Đảng bộ là 186,45 triệu đồng'], x: '186,45', base: '172,9', stated: '7,3%', direction: 'tăng', mistake: 'planted', original: 'tăng 7,8% so với cùng kỳ (172,9 triệu đồng)', note: 'Class 1: the base is in parentheses after the percent; the increase of 13,55 triệu was divided by the new 186,45 (7,27%) instead of 172,9 (7,84%).' }),
    quotient({ id: 'dues-per-member', quote: ['bình quân khoảng 125 nghìn đồng/đảng viên', 'Tổng thu đảng phí 9 tháng của Đảng bộ là 186,45 triệu đồng', 'có 1.486 đảng viên ('], x: '186,45', y: '1.486', factor: '1.000', stated: '125', trap: 'an average per member in nghìn đồng from triệu.' }),
    product({ id: 'dues-passed-up', quote: ['trong 9 tháng là 130,52 triệu đồng', 'nộp lên Đảng ủy xã 70% số thu', 'Tổng thu đảng phí 9 tháng của Đảng bộ là 186,45 triệu đồng'], x: '186,45', y: '70', factor: '0,01', stated: '130,52', trap: 'a rate by rule (70% passed up, 30% kept) applied to the dues.' }),
    sum({ id: 'dues-split-rule', quote: ['trích giữ lại 30%, nộp lên Đảng ủy xã 70%'], parts: ['30', '70'], total: '100', implicitTotal: true, kind: 'share_percent', trap: 'the rule\'s two rates.' }),
    // II.3 đ, e
    contradiction({ id: 'assets-2025', quote: ['6 đảng viên thuộc diện kê khai (năm 2025: 4 đảng viên)'], stated: '4', expected: 'another year', consistent: true, reason: 'The previous year\'s count in parentheses.', trap: 'another year\'s figure in parentheses.' }),
    contradiction({ id: 'assets-none', quote: ['không có trường hợp kê khai không trung thực'], stated: 'không có', expected: 'none', consistent: true, reason: 'All six declared honestly; nothing says otherwise.', trap: 'a "none" with nothing against it.' }),
    sum({ id: 'letters', quote: ['Tiếp nhận 5 đơn, gồm 2 đơn tố cáo đảng viên và 3 đơn phản ánh, kiến nghị'], parts: ['2', '3'], total: '5' }),
    sum({ id: 'denunciations', quote: ['giải quyết xong 2/2 đơn tố cáo: tố cáo đúng một phần 1 đơn, tố cáo sai 1 đơn'], parts: ['1', '1'], total: '2' }),
    contradiction({ id: 'letters-none', quote: ['không có đơn tố cáo tổ chức đảng, không có đơn nặc danh'], stated: 'không có đơn tố cáo tổ chức đảng', expected: 'a "none" about another subject', consistent: true, reason: 'The two denunciations are of members, not of party organisations.', trap: 'a "none" beside a count of another subject.' }),
    // II.4
    difference({ id: 'discipline-fall', quote: ['giảm 2 trường hợp (22,2%) so với cùng kỳ năm 2025', 'Đảng bộ thi hành kỷ luật 7 đảng viên, giảm', 'Tổng số'], a: '9', b: '7', stated: '2', note: 'The same period only in the table (9).' }),
    change({ id: 'discipline-fall-pct', quote: ['(22,2%) so với cùng kỳ năm 2025', 'Đảng bộ thi hành kỷ luật 7 đảng viên, giảm', 'Tổng số'], x: '7', base: '9', stated: '22,2%', direction: 'giảm' }),
    sum({ id: 'discipline-by-body', quote: ['Đảng bộ thi hành kỷ luật 7 đảng viên, giảm', 'các chi bộ thi hành kỷ luật 4 đảng viên, Ban Thường vụ Đảng ủy thi hành kỷ luật 3 đảng viên'], parts: ['4', '3'], total: '7' }),
    atLeast({ id: 'discipline-committee-members', quote: ['(có 2 đồng chí là cấp ủy viên chi bộ)', 'Ban Thường vụ Đảng ủy thi hành kỷ luật 3 đảng viên'], big: '3', small: '2', trap: 'committee members among the 3: not parts.' }),
    sum({ id: 'discipline-by-form', quote: ['Đảng bộ thi hành kỷ luật 7 đảng viên, giảm', 'khiển trách 4 đồng chí, cảnh cáo 2 đồng chí, khai trừ 1 đồng chí'], parts: ['4', '2', '1'], total: '7' }),
    sum({ id: 'discipline-by-content', quote: ['Đảng bộ thi hành kỷ luật 7 đảng viên, giảm', 'gồm: vi phạm chính sách dân số 2 đồng chí; vi phạm trong quản lý, sử dụng đất đai 4 đồng chí; vi phạm những điều đảng viên không được làm 2 đồng chí'], parts: ['2', '4', '2'], total: '7', mistake: 'planted', original: 'vi phạm trong quản lý, sử dụng đất đai 3 đồng chí', note: 'Class 4: the contents after "gồm" add to 8, not 7; the land figure was changed without the total.' }),
    contradiction({ id: 'no-org-disciplined', quote: ['Không có tổ chức đảng bị thi hành kỷ luật.'], stated: 'không có tổ chức đảng', expected: 'a "none" about another subject', consistent: true, reason: 'Organisations, not the 7 members disciplined.', trap: 'a "none" beside a count of another subject.' }),
    share({ id: 'discipline-rate', quote: ['chiếm 0,47% tổng số đảng viên của Đảng bộ', 'Đảng bộ thi hành kỷ luật 7 đảng viên, giảm', 'có 1.486 đảng viên ('], x: '7', y: '1.486', stated: '0,47%' }),
    cumulative({ id: 'discipline-cumulative', quote: ['Lũy kế từ đầu nhiệm kỳ đến nay, Đảng bộ thi hành kỷ luật 12 đảng viên', 'Đảng bộ thi hành kỷ luật 3 đảng viên.', 'Đảng bộ thi hành kỷ luật 7 đảng viên, giảm'], previous: '3', period: '7', stated: '12', mistake: 'planted', original: 'Đảng bộ thi hành kỷ luật 10 đảng viên', note: 'Class 6: footnote 2\'s 3 members plus the nine months\' 7 is 10; 12 adds the same period\'s 9 instead.' }),
    // table 1
    sum({ id: 't-row-reprimand', quote: ['khiển trách 4 đồng chí', 'Khiển trách'], parts: ['3', '1'], total: '4' }),
    sum({ id: 't-row-warning', quote: ['cảnh cáo 2 đồng chí', 'Cảnh cáo'], parts: ['1', '1'], total: '2' }),
    sum({ id: 't-col-branches', quote: ['các chi bộ thi hành kỷ luật 4 đảng viên', 'Chi bộ thi hành', 'Tổng số'], parts: ['3', '1', '0', '0'], total: '4' }),
    sum({ id: 't-col-committee', quote: ['Ban Thường vụ Đảng ủy thi hành kỷ luật 3 đảng viên', 'Khai trừ', 'Tổng số'], parts: ['1', '1', '0', '1'], total: '3' }),
    repeat({ id: 't-reprimand-text', quote: ['Khiển trách', 'khiển trách 4 đồng chí'], values: ['4', '4'] }),
    // table 2
    ratio({ id: 't-lower-branches-pct', quote: ['62,5', 'Kiểm tra chi bộ thực hiện nhiệm vụ kiểm tra, giám sát'], x: '5', y: '8', stated: '62,5' }),
    ratio({ id: 't-supervision-branches-pct', quote: ['70,0', 'Giám sát chuyên đề tổ chức đảng'], x: '7', y: '10', stated: '70,0' }),
    ratio({ id: 't-supervision-members-pct', quote: ['68,8', 'Giám sát chuyên đề đảng viên'], x: '11', y: '16', stated: '68,8' }),
    ratio({ id: 't-finance-pct', quote: ['80,0', 'Kiểm tra thu, nộp, quản lý đảng phí'], x: '12', y: '15', stated: '80,0' }),
    repeat({ id: 't-signs', quote: ['Kiểm tra khi có dấu hiệu vi phạm', 'Ủy ban Kiểm tra đã kiểm tra 4 đảng viên khi có dấu hiệu vi phạm'], values: ['4', '4'] }),
    contradiction({ id: 't-dashes', quote: ['Kiểm tra khi có dấu hiệu vi phạm'], stated: '-', expected: 'no plan', consistent: true, reason: 'Inspections on signs of violation are not planned, so no rate.', trap: 'dashes in a table row.' }),
    // III
    repeat({ id: 'summary-branch-inspected', quote: ['các chi bộ kiểm tra 112 đảng viên, giám sát 164 đảng viên', 'Các chi bộ đã kiểm tra 112 đảng viên'], values: ['112', '112'] }),
    repeat({ id: 'summary-arrears', quote: ['truy thu 4,32 triệu đồng đảng phí', 'đã yêu cầu truy thu 3.420.000 đồng'], values: ['3.420.000 đồng', '4,32 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'truy thu 3,42 triệu đồng đảng phí', note: 'Class 5: 3.420.000 đồng restated in triệu with two digits swapped (4,32 for 3,42).' }),
    repeat({ id: 'summary-discipline', quote: ['Việc thi hành kỷ luật 7 đảng viên', 'Đảng bộ thi hành kỷ luật 7 đảng viên, giảm'], values: ['7', '7'] }),
    contradiction({ id: 'summary-no-expulsion', quote: ['trong kỳ không có đảng viên vi phạm đến mức phải khai trừ', 'khai trừ 1 đồng chí'], stated: 'không có đảng viên vi phạm đến mức phải khai trừ', expected: '1 đảng viên khai trừ (section II.4 and the table)', consistent: false, reason: 'The summary denies an expulsion that section II.4 and the table report (khai trừ 1).', mistake: 'planted', original: 'trong kỳ có 01 đảng viên vi phạm đến mức phải khai trừ', note: 'Class 8: a "none" statement against a count.' }),
    difference({ id: 'finance-remaining', quote: ['Còn 26 chi bộ chưa được kiểm tra tài chính đảng', 'tại 12/38 chi bộ'], a: '38', b: '12', stated: '26' }),
    // IV
    difference({ id: 'task-lower-branches', quote: ['Kiểm tra 3 chi bộ còn lại về thực hiện nhiệm vụ', '62,5'], a: '8', b: '5', stated: '3' }),
    difference({ id: 'task-supervision', quote: ['giám sát chuyên đề 5 đảng viên còn lại', 'Giám sát chuyên đề 7 chi bộ và 11 đảng viên', 'Kế hoạch giám sát chuyên đề năm 2026 của Ủy ban Kiểm tra: 10 chi bộ và 16 đảng viên'], a: '16', b: '11', stated: '5' }),
    difference({ id: 'task-finance', quote: ['Kiểm tra tài chính đảng 3 chi bộ còn lại', '80,0'], a: '15', b: '12', stated: '3' }),
    difference({ id: 'task-dues', quote: ['đôn đốc thu 58,25 triệu đồng đảng phí còn lại', '(244,7 triệu đồng)', 'Tổng thu đảng phí 9 tháng của Đảng bộ là 186,45 triệu đồng'], a: '244,7', b: '186,45', stated: '58,25' }),
  ],
});
