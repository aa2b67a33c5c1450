// Written for the corpus (batch N2): Đảng ủy xã Nga Phú Đông (tỉnh Thanh Hóa; the commune is invented),
// the quarterly report on party building, quarter III of 2026, in the party's layout (I- to IV-, items 1- to
// 5- and a) b)): branches by kind in parentheses, members at 30/9 as official and probationary in
// parentheses, the change against the table's 30/6, women, the young and the exempt as shares, members per
// hamlet branch; a table of members by kind of branch (30/6, admitted, moved in, moved out, died, 30/9) whose
// rows and columns add; study of a resolution X/Y with its base written as a difference, thematic meetings
// X/Y as a whole percent, the quality of meetings as shares with no counts; admissions against the quarter's
// and the year's targets with the lũy kế on top of the six months in a footnote, 2025's admissions in the
// target's parentheses, the new members' women and youth as shares, candidates against the plan, files
// pending; members moved and died against the table, medals named by years; the 2025 grading of branches and
// members by grade with counts and shares (one share of the wrong total); inspection and supervision (parts
// after "qua kiểm tra" that do not add, overlapping committee members), the financial inspections' lũy kế
// from a footnote, a "none" of discipline; party dues (per member, the lũy kế from a footnote, the year's
// plan only in the footnote, the share sent up); the summary restating figures (admissions, the young far
// from their base) and the weaknesses (a discipline counted); quarter IV's tasks as remainders.
import { contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum, atLeast } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-dang-uy-xa-nga-phu-dong-cong-tac-dang-quy-3-2026.md',
  prefix: 'npd',
  claims: [
    contradiction({ id: 'plan-number', quote: ['Kế hoạch số 05-KH/ĐU ngày 10/01/2026'], stated: '05', expected: 'a document number', consistent: true, reason: 'A plan\'s number and date.', trap: 'numbers in a document\'s name, a term "2025 - 2030".' }),
    // I
    sum({ id: 'branches', quote: ['Đảng bộ xã có 24 chi bộ trực thuộc (14 chi bộ thôn, 6 chi bộ trường học, 3 chi bộ cơ quan và 1 chi bộ Công an xã)'], parts: ['14', '6', '3', '1'], total: '24' }),
    sum({ id: 'members-kind', quote: ['toàn Đảng bộ có 660 đảng viên (626 đảng viên chính thức, 32 đảng viên dự bị)'], parts: ['626', '32'], total: '660', mistake: 'planted', original: '(628 đảng viên chính thức, 32 đảng viên dự bị)', note: 'Class 4: the parts in parentheses add to 658, not 660.' }),
    difference({ id: 'members-change', quote: ['tăng 6 đảng viên so với ngày 30/6/2026', 'toàn Đảng bộ có 660 đảng viên', '654'], a: '660', b: '654', stated: '6', note: 'The 30/6 stock only in the table.' }),
    share({ id: 'women', quote: ['246 đảng viên nữ, chiếm 37,3%', 'toàn Đảng bộ có 660 đảng viên'], x: '246', y: '660', stated: '37,3%' }),
    share({ id: 'young', quote: ['72 đảng viên dưới 30 tuổi, chiếm 10,9%', 'toàn Đảng bộ có 660 đảng viên'], x: '72', y: '660', stated: '10,9%', note: 'The age "30 tuổi" is a threshold, not a figure.' }),
    atLeast({ id: 'exempt', quote: ['58 đảng viên được miễn công tác và sinh hoạt đảng', 'toàn Đảng bộ có 660 đảng viên'], big: '660', small: '58', trap: 'overlapping groups after "trong đó" (women, the young, the exempt) that need not add.' }),
    quotient({ id: 'per-branch', quote: ['Bình quân mỗi chi bộ thôn có 36,8 đảng viên', '515', 'Chi bộ thôn'], x: '515', y: '14', stated: '36,8', trap: 'an average per hamlet branch from the table.' }),
    // Table
    sum({ id: 't-row-hamlet', quote: ['515', 'Chi bộ thôn', '512'], parts: ['512', '6', '2', '−2', '−3'], total: '515' }),
    sum({ id: 't-row-police', quote: ['13', 'Chi bộ Công an xã'], parts: ['12', '0', '1', '−0', '−0'], total: '13' }),
    sum({ id: 'members-flow', quote: ['toàn Đảng bộ có 660 đảng viên', '654', 'Quý III kết nạp 9 đảng viên', 'cho 4 đảng viên chuyển đến', 'đi cho 3 đảng viên', '4 đảng viên từ trần'], parts: ['654', '9', '4', '−3', '−4'], total: '660' }),
    sum({ id: 't-col-june', quote: ['654', '512', '84', 'Chi bộ cơ quan', 'Chi bộ Công an xã'], parts: ['512', '84', '46', '12'], total: '654' }),
    sum({ id: 't-col-sept', quote: ['toàn Đảng bộ có 660 đảng viên (626', '515', '13', 'Chi bộ trường học', 'Chi bộ cơ quan'], parts: ['515', '86', '46', '13'], total: '660' }),
    // II.1
    difference({ id: 'study-base', quote: ['586/602 đảng viên thuộc diện học tập', '660 đảng viên (626', '58 đảng viên được miễn'], a: '660', b: '58', stated: '602', note: 'The members who must study: all less the exempt, as the parentheses say.' }),
    ratio({ id: 'study', quote: ['đạt 97,3%', '586/602 đảng viên thuộc diện học tập'], x: '586', y: '602', stated: '97,3%' }),
    contradiction({ id: 'congress', quote: ['Đảng bộ tỉnh lần thứ XXI'], stated: 'XXI', expected: 'an ordinal', consistent: true, reason: 'The congress\'s ordinal.', trap: 'an ordinal in a name.' }),
    ratio({ id: 'thematic', quote: ['Có 22/24 chi bộ tổ chức sinh hoạt chuyên đề quý III đúng quy định, đạt 91%'], x: '22', y: '24', stated: '91%', mistake: 'planted', original: 'đạt 92%', note: 'Class 7: 22/24 = 91,67%, which is 92% written whole; 91% truncates.' }),
    sum({ id: 'meeting-quality', quote: ['loại tốt 62,5%, loại khá 33,3%, loại trung bình 8,3% số chi bộ'], parts: ['62,5%', '33,3%', '8,3%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'loại trung bình 4,2% số chi bộ', note: 'Class 3: shares of the branches with no counts add to 104,1%; 1 branch of 24 is 4,2%, written as 8,3% (2 of 24).' }),
    // II.2 a
    ratio({ id: 'admit-quarter', quote: ['đạt 90,0% kế hoạch quý (10 đảng viên)', 'Quý III kết nạp 9 đảng viên'], x: '9', y: '10', stated: '90,0%' }),
    repeat({ id: 'admit-table', quote: ['Quý III kết nạp 9 đảng viên', 'Tổng cộng'], values: ['9', '9'] }),
    cumulative({ id: 'admit-cumulative', quote: ['lũy kế 9 tháng kết nạp 21 đảng viên', '6 tháng đầu năm 2026 Đảng bộ kết nạp 14 đảng viên', 'Quý III kết nạp 9 đảng viên'], previous: '14', period: '9', stated: '21', mistake: 'planted', original: '6 tháng đầu năm 2026 Đảng bộ kết nạp 12 đảng viên', note: 'Class 6: footnote 1\'s six months (14) plus quarter III (9) is 23, not the 21 of the lũy kế.' }),
    ratio({ id: 'admit-year', quote: ['đạt 70,0% chỉ tiêu năm (30 đảng viên;', 'lũy kế 9 tháng kết nạp 21 đảng viên'], x: '21', y: '30', stated: '70,0%' }),
    contradiction({ id: 'admit-2025', quote: ['năm 2025 kết nạp 27 đảng viên'], stated: '27', expected: 'another year', consistent: true, reason: 'Last year\'s admissions in the target\'s parentheses.', trap: 'a figure of another year in the parentheses of a target.' }),
    share({ id: 'new-women', quote: ['11 đồng chí nữ (52,4%)', 'Trong 21 đảng viên mới'], x: '11', y: '21', stated: '52,4%' }),
    share({ id: 'new-youth', quote: ['16 đồng chí là đoàn viên thanh niên (76,2%)', 'Trong 21 đảng viên mới'], x: '16', y: '21', stated: '76,2%', trap: 'overlapping groups of the new members (women and youth) that add to more than 21.' }),
    ratio({ id: 'candidates', quote: ['đạt 126,7% kế hoạch (30 học viên)', 'cho 38 quần chúng ưu tú'], x: '38', y: '30', stated: '126,7%' }),
    contradiction({ id: 'pending', quote: ['đang thẩm định 17 hồ sơ'], stated: '17', expected: 'a count', consistent: true, reason: 'Files pending, not part of any total.', trap: 'a count beside the candidates.' }),
    atLeast({ id: 'probation', quote: ['chính thức cho 7 đảng viên dự bị', '32 đảng viên dự bị'], big: '32', small: '7', trap: 'probationers made full members beside the probationers still counted.', kind: 'other' }),
    // II.2 b
    repeat({ id: 'moved-in', quote: ['cho 4 đảng viên chuyển đến', 'Chuyển đến'], values: ['4', '4'] }),
    repeat({ id: 'moved-out', quote: ['chuyển sinh hoạt đảng đi cho 3 đảng viên', 'Chuyển đi'], values: ['3', '3'] }),
    repeat({ id: 'died', quote: ['4 đảng viên từ trần', 'Từ trần'], values: ['4', '4'] }),
    contradiction({ id: 'medals', quote: ['Huy hiệu 40 năm tuổi Đảng cho 6 đồng chí'], stated: '40', expected: 'a name', consistent: true, reason: 'The medal is named by years of membership.', trap: 'numbers in names.' }),
    // II.3
    sum({ id: 'grade-branch-count', quote: ['trong 24 chi bộ có 5 chi bộ hoàn thành xuất sắc nhiệm vụ (20,8%), 16 chi bộ hoàn thành tốt nhiệm vụ (66,7%), 3 chi bộ hoàn thành nhiệm vụ (12,5%)'], parts: ['5', '16', '3'], total: '24' }),
    share({ id: 'grade-branch-1', quote: ['(20,8%)', 'trong 24 chi bộ có 5 chi bộ'], x: '5', y: '24', stated: '20,8%' }),
    share({ id: 'grade-branch-2', quote: ['(66,7%)', 'trong 24 chi bộ có 5'], x: '16', y: '24', stated: '66,7%' }),
    share({ id: 'grade-branch-3', quote: ['(12,5%)', 'trong 24 chi bộ'], x: '3', y: '24', stated: '12,5%' }),
    sum({ id: 'grade-branch-shares', quote: ['5 chi bộ hoàn thành xuất sắc nhiệm vụ (20,8%)', '(66,7%)', '(12,5%)'], parts: ['20,8%', '66,7%', '12,5%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    contradiction({ id: 'no-weak-branch', quote: ['không có chi bộ không hoàn thành nhiệm vụ'], stated: 'không có', expected: 'none', consistent: true, reason: 'No branch failed; the counts add to 24 without one.', trap: 'a "none" with nothing against it.' }),
    sum({ id: 'grade-member-count', quote: ['năm 2025 là 586 đồng chí', '87 đồng chí hoàn thành xuất sắc nhiệm vụ', '447 đồng chí hoàn thành tốt nhiệm vụ', '47 đồng chí hoàn thành nhiệm vụ', '5 đồng chí không hoàn thành nhiệm vụ'], parts: ['87', '447', '47', '5'], total: '586' }),
    share({ id: 'grade-member-1', quote: ['(14,8%)', 'năm 2025 là 586 đồng chí'], x: '87', y: '586', stated: '14,8%' }),
    share({ id: 'grade-member-2', quote: ['(76,3%)', 'năm 2025 là 586 đồng chí'], x: '447', y: '586', stated: '76,3%' }),
    share({ id: 'grade-member-3', quote: ['(8,0%)', 'năm 2025 là 586 đồng chí'], x: '47', y: '586', stated: '8,0%' }),
    share({ id: 'grade-member-4', quote: ['(0,8%)', '5 đồng chí không hoàn thành nhiệm vụ', 'năm 2025 là 586 đồng chí'], x: '5', y: '586', stated: '0,8%', mistake: 'planted', original: '5 đồng chí không hoàn thành nhiệm vụ (0,9%)', note: 'Class 3: the members graded (586) are given at the start of the sentence; 5/586 = 0,85%, 0,9%; 0,8% divides by the 654 members at 30/6/2026.' }),
    sum({ id: 'grade-member-shares', quote: ['(14,8%)', '(76,3%)', '(8,0%)', '(0,8%)'], parts: ['14,8%', '76,3%', '8,0%', '0,8%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'the four shares add to 99,9%, within their rounding; the wrong share is the 0,8%.' }),
    // II.4
    sum({ id: 'inspected-members', quote: ['5 tổ chức đảng và 12 đảng viên theo chương trình năm', 'có 10 đảng viên thực hiện tốt, 3 đảng viên còn hạn chế'], parts: ['10', '3'], total: '12', mistake: 'planted', original: 'có 9 đảng viên thực hiện tốt', note: 'Class 4: the members inspected by result add to 13, not 12.' }),
    atLeast({ id: 'supervised', quote: ['trong đó 6 đảng viên là cấp ủy viên', 'Giám sát chuyên đề 7 chi bộ và 18 đảng viên'], big: '18', small: '6', trap: 'committee members after "trong đó", a part only.' }),
    contradiction({ id: 'finance-plan', quote: ['tại 4 chi bộ, đạt 100% kế hoạch quý'], stated: '100%', expected: 'no base', consistent: true, reason: 'The quarter\'s plan is not written.', trap: 'a percent with no base.' }),
    cumulative({ id: 'finance-cumulative', quote: ['trong 9 tháng lên 11 chi bộ', 'kiểm tra tài chính đảng tại 7 chi bộ', 'kiểm tra tài chính đảng tại 4 chi bộ'], previous: '7', period: '4', stated: '11' }),
    contradiction({ id: 'petition', quote: ['tiếp nhận 01 đơn phản ánh đối với đảng viên'], stated: '01', expected: 'a petition', consistent: true, reason: 'A petition received and settled, not a discipline.', trap: 'a count beside a "none" of discipline.' }),
    // II.5
    quotient({ id: 'dues-per-member', quote: ['bình quân 58,5 nghìn đồng/đảng viên', 'Quý III thu đảng phí được 38,6 triệu đồng', 'toàn Đảng bộ có 660 đảng viên'], x: '38,6', y: '660', factor: '1000', stated: '58,5', trap: 'dues per member in nghìn đồng from triệu.' }),
    cumulative({ id: 'dues-cumulative', quote: ['lũy kế 9 tháng 112,4 triệu đồng', '6 tháng đầu năm 2026: 73,8 triệu đồng', 'Quý III thu đảng phí được 38,6 triệu đồng'], previous: '73,8', period: '38,6', stated: '112,4' }),
    ratio({ id: 'dues-plan', quote: ['đạt 79,5% kế hoạch năm', 'lũy kế 9 tháng 112,4 triệu đồng', 'kế hoạch thu đảng phí năm 2026: 148 triệu đồng'], x: '112,4', y: '148', stated: '79,5%', mistake: 'planted', original: 'đạt 75,9% kế hoạch năm', note: 'Class 1: the year\'s plan is only in footnote 3; 112,4/148 = 75,95%, 75,9%; 79,5% swaps two digits.' }),
    share({ id: 'dues-sent', quote: ['bằng 30% số thu 9 tháng', 'nộp cấp trên 33,72 triệu đồng', 'lũy kế 9 tháng 112,4 triệu đồng'], x: '33,72', y: '112,4', stated: '30%' }),
    contradiction({ id: 'dues-all', quote: ['100% chi bộ thu, nộp đảng phí đúng quy định'], stated: '100%', expected: 'no base', consistent: true, reason: 'All branches, no count.', trap: 'a percent with no base.' }),
    // III
    repeat({ id: 'summary-admit', quote: ['kết nạp 8 đảng viên mới trong quý', 'Quý III kết nạp 9 đảng viên'], values: ['9', '8'], mistake: 'planted', original: 'kết nạp 9 đảng viên mới trong quý', note: 'Class 5: the summary gives 8 admissions in the quarter against 9 in the body and the table.' }),
    repeat({ id: 'summary-cumulative', quote: ['lũy kế 21 đảng viên, đạt 70,0% chỉ tiêu năm;', 'lũy kế 9 tháng kết nạp 21 đảng viên'], values: ['21', '21'] }),
    share({ id: 'summary-young', quote: ['số đảng viên trẻ dưới 30 tuổi chiếm 11,0% tổng số đảng viên', '72 đảng viên dưới 30 tuổi', 'toàn Đảng bộ có 660 đảng viên'], x: '72', y: '660', stated: '11,0%', mistake: 'planted', original: 'chiếm 10,9% tổng số đảng viên', note: 'Class 2: the count and the members are in section I; 72/660 = 10,91%; 11,0% divides by the 654 members at 30/6.' }),
    difference({ id: 'no-thematic', quote: ['còn 2 chi bộ chưa tổ chức sinh hoạt chuyên đề', 'Có 22/24 chi bộ'], a: '24', b: '22', stated: '2' }),
    contradiction({ id: 'discipline', quote: ['có 01 đảng viên chi bộ thôn Phú Lợi bị kỷ luật khiển trách', 'không có tổ chức đảng, đảng viên nào phải thi hành kỷ luật'], stated: '01 đảng viên … bị kỷ luật khiển trách', expected: 'none (section II.4)', consistent: false, reason: 'Section II.4 says no organisation or member was disciplined in the quarter; the weaknesses count one reprimand.', mistake: 'planted', original: 'một số đảng viên chưa gương mẫu trong thực hiện nhiệm vụ', note: 'Class 8: a count against a "none" statement.' }),
    // IV
    difference({ id: 'task-admit', quote: ['kết nạp thêm 9 đảng viên', '(30 đảng viên;', 'lũy kế 9 tháng kết nạp 21 đảng viên'], a: '30', b: '21', stated: '9' }),
    difference({ id: 'task-dues', quote: ['tối thiểu 35,6 triệu đồng', 'kế hoạch thu đảng phí năm 2026: 148 triệu đồng', 'lũy kế 9 tháng 112,4 triệu đồng'], a: '148', b: '112,4', stated: '35,6' }),
  ],
});
