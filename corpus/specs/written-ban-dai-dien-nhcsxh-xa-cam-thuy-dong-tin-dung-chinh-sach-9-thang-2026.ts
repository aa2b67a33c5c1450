// Written for the corpus (batch O2): Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội xã Cam Thủy
// Đông (tỉnh Quảng Trị; the commune is invented), nine months of 2026 of social-policy credit in parts I - III:
// households with the resident ones overlapping; funds (the commune's entrusted budget against the end of 2025
// in tỷ in parentheses, savings); loans (nine months with September on top of a footnote's eight months, per
// household, by programme after "gồm" with two shares, poor and women-headed households overlapping, students
// per student); repayments and the balance as a stock and flow from a footnote in tỷ, its growth against the
// footnote and against the year's plan in parentheses, borrowers as a share of all households, poor borrowers;
// a table of the four entrusted associations (groups, households, balance, overdue debt, its rate) with a
// total row, shares taken from it in the text, groups per household; overdue debt against the ceiling and the
// footnote; the groups graded with counts and shares, "100%" of no base, polling points X/Y as a whole percent,
// a satisfaction survey as shares with no counts; a "none" of misuse; the summary restating figures in tỷ and
// the weaknesses (a misuse counted); quarter IV's remainder.
import { atLeast, contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum, change } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ban-dai-dien-nhcsxh-xa-cam-thuy-dong-tin-dung-chinh-sach-9-thang-2026.md',
  prefix: 'ctd',
  claims: [
    atLeast({ id: 'resident', quote: ['trong đó 5.461 hộ thường trú', 'có 14 thôn với 5.704 hộ'], big: '5.704', small: '5.461', trap: 'resident households inside all households.' }),
    contradiction({ id: 'poor-rate', quote: ['tỷ lệ hộ nghèo đầu năm 2026 là 4,86%'], stated: '4,86%', expected: 'a rate with no count', consistent: true, reason: 'The poverty rate at the start of the year; the poor borrowers are another group.', trap: 'a rate with no base beside the poor borrowers.' }),
    contradiction({ id: 'day', quote: ['vào ngày 12 hằng tháng'], stated: '12', expected: 'a day', consistent: true, reason: 'A day of the month.', trap: 'a number in a date.' }),
    // I.1
    change({ id: 'budget-fund', quote: ['tăng 23,3% so với cuối năm 2025 (1,5 tỷ đồng)', 'Ngân hàng Chính sách xã hội 1.850 triệu đồng'], x: '1.850 triệu đồng', base: '1,5 tỷ đồng', stated: '23,3%', direction: 'tăng', trap: 'the base in parentheses in tỷ, the fund in triệu, agreeing.' }),
    repeat({ id: 'funds-balance', quote: ['Tổng nguồn vốn đến ngày 30/9/2026 đạt 117 tỷ đồng', 'Tổng dư nợ đến ngày 30/9/2026 đạt 117.000 triệu đồng'], values: ['117 tỷ đồng', '117.000 triệu đồng'], kind: 'unit', trap: 'funds in tỷ equal to the balance in triệu.' }),
    repeat({ id: 'groups', quote: ['qua 43 Tổ tiết kiệm và vay vốn đạt', 'Xếp loại 43 Tổ tiết kiệm'], values: ['43', '43'] }),
    // I.2
    quotient({ id: 'per-loan', quote: ['bình quân 38,73 triệu đồng/lượt hộ', 'Doanh số cho vay 9 tháng đạt 31.450 triệu đồng với 812 lượt hộ vay'], x: '31.450', y: '812', stated: '38,73', trap: 'an average loan.' }),
    cumulative({ id: 'loans-cumulative', quote: ['Doanh số cho vay 9 tháng đạt 31.450 triệu đồng', 'cho vay 27.950 triệu đồng', 'riêng tháng 9 cho vay 3.860 triệu đồng'], previous: '27.950', period: '3.860', stated: '31.450', mistake: 'planted', original: 'Lũy kế 8 tháng đầu năm 2026 cho vay 27.590 triệu đồng', note: 'Class 6: footnote 1\'s eight months (27.950) plus September\'s 3.860 is 31.810, not the 31.450 of nine months (two digits of the footnote swapped).' }),
    sum({ id: 'programmes', quote: ['Doanh số cho vay 9 tháng đạt 31.450 triệu đồng', 'gồm: hộ nghèo 6.820 triệu đồng, hộ cận nghèo 5.340 triệu đồng, hộ mới thoát nghèo 3.160 triệu đồng, học sinh, sinh viên có hoàn cảnh khó khăn 2.480 triệu đồng, hỗ trợ tạo việc làm 7.150 triệu đồng, nước sạch và vệ sinh môi trường nông thôn 4.020 triệu đồng, nhà ở xã hội 2.300 triệu đồng'], parts: ['6.820', '5.340', '3.160', '2.480', '7.150', '4.020', '2.300'], total: '31.450', mistake: 'planted', original: 'nước sạch và vệ sinh môi trường nông thôn 4.200 triệu đồng', note: 'Class 4: the seven programmes after "gồm" add to 31.270, not 31.450.' }),
    share({ id: 'jobs-share', quote: ['chiếm tỷ trọng lớn nhất (22,7%)', 'hỗ trợ tạo việc làm 7.150 triệu đồng', 'Doanh số cho vay 9 tháng đạt 31.450 triệu đồng'], x: '7.150', y: '31.450', stated: '22,7%' }),
    share({ id: 'poor-share', quote: ['cho vay hộ nghèo (21,7%)', 'hộ nghèo 6.820 triệu đồng', 'Doanh số cho vay 9 tháng đạt 31.450 triệu đồng'], x: '6.820', y: '31.450', stated: '21,7%' }),
    share({ id: 'poor-loans', quote: ['168 lượt hộ nghèo (20,7%)', 'Trong 812 lượt hộ vay'], x: '168', y: '812', stated: '20,7%' }),
    atLeast({ id: 'women-headed', quote: ['402 lượt hộ do phụ nữ làm chủ', 'Trong 812 lượt hộ vay'], big: '812', small: '402', trap: 'an overlapping group beside the poor households.' }),
    quotient({ id: 'per-student', quote: ['bình quân 40 triệu đồng/em', 'hỗ trợ 62 em', 'khó khăn 2.480 triệu đồng'], x: '2.480', y: '62', stated: '40', trap: 'a loan per student.' }),
    contradiction({ id: 'jobs', quote: ['tạo việc làm cho 246 lao động'], stated: '246', expected: 'a count', consistent: true, reason: 'Workers given jobs; no base.', trap: 'a count beside the loans.' }),
    sum({ id: 'balance-flow', quote: ['Tổng dư nợ đến ngày 30/9/2026 đạt 117.000 triệu đồng', 'tổng dư nợ là 107,14 tỷ đồng', 'Doanh số cho vay 9 tháng đạt 31.450 triệu đồng', 'Doanh số thu nợ 9 tháng đạt 21.590 triệu đồng'], parts: ['107,14 tỷ đồng', '31.450 triệu đồng', '−21.590 triệu đồng'], total: '117.000 triệu đồng', kind: 'cumulative', note: 'Footnote 2\'s balance at 31/12/2025 plus loans less repayments.' }),
    difference({ id: 'balance-growth', quote: ['tăng 9.860 triệu đồng so với ngày 31/12/2025', 'đạt 117.000 triệu đồng', 'tổng dư nợ là 107,14 tỷ đồng'], a: '117.000 triệu đồng', b: '107,14 tỷ đồng', stated: '9.860 triệu đồng' }),
    change({ id: 'balance-growth-pct', quote: ['tăng 8,4%', 'đạt 117.000 triệu đồng', 'tổng dư nợ là 107,14 tỷ đồng'], x: '117.000 triệu đồng', base: '107,14 tỷ đồng', stated: '8,4%', direction: 'tăng', mistake: 'planted', original: 'tăng 9,2%', note: 'Class 1: the base is only in the cited footnote 2, in tỷ; 9.860/107.140 = 9,20%; 8,4% divides the increase by the new balance.' }),
    ratio({ id: 'growth-plan', quote: ['đạt 82,2% kế hoạch tăng trưởng dư nợ năm 2026 được giao (12.000 triệu đồng)', 'tăng 9.860 triệu đồng'], x: '9.860', y: '12.000', stated: '82,2%' }),
    share({ id: 'borrowers-share', quote: ['Số hộ còn dư nợ chiếm 38,4% tổng số hộ toàn xã', 'với 2.190 hộ còn dư nợ', 'có 14 thôn với 5.704 hộ'], x: '2.190', y: '5.704', stated: '38,4%' }),
    share({ id: 'poor-borrowers', quote: ['486 hộ nghèo, chiếm 22,2% số hộ còn dư nợ', 'với 2.190 hộ còn dư nợ'], x: '486', y: '2.190', stated: '22,2%' }),
    contradiction({ id: 'interest', quote: ['Lãi suất cho vay hộ nghèo hiện hành là 6,6%/năm'], stated: '6,6%/năm', expected: 'a rate', consistent: true, reason: 'An interest rate.', trap: 'a percent with no base.' }),
    // table
    ratio({ id: 't-farmers', quote: ['0,11', '38.640', '42,5'], x: '42,5', y: '38.640', stated: '0,11' }),
    ratio({ id: 't-women', quote: ['0,07', '44.215', '31,2'], x: '31,2', y: '44.215', stated: '0,07' }),
    ratio({ id: 't-veterans', quote: ['0,06', '21.308', '12,0'], x: '12,0', y: '21.308', stated: '0,06' }),
    ratio({ id: 't-youth', quote: ['0,14', '12.837', '18,3'], x: '18,3', y: '12.837', stated: '0,14' }),
    sum({ id: 't-groups', quote: ['qua 43 Tổ tiết kiệm và vay vốn đạt', 'Số Tổ TK&VV'], parts: ['14', '16', '8', '5'], total: '43', kind: 'cross_total', note: 'The groups column adds to the total row\'s 43, the 43 groups of the text.' }),
    sum({ id: 't-households', quote: ['với 2.190 hộ còn dư nợ', '712', '846', '394'], parts: ['712', '846', '394', '238'], total: '2.190', kind: 'cross_total' }),
    sum({ id: 't-balance', quote: ['Tổng dư nợ đến ngày 30/9/2026 đạt 117.000 triệu đồng', '38.640', '44.215', '21.308', '12.837'], parts: ['38.640', '44.215', '21.308', '12.837'], total: '117.000', kind: 'cross_total' }),
    sum({ id: 't-overdue', quote: ['Nợ quá hạn đến 30/9/2026 là 104,0 triệu đồng', '42,5', '31,2', '12,0', '18,3'], parts: ['42,5', '31,2', '12,0', '18,3'], total: '104,0', kind: 'cross_total' }),
    repeat({ id: 'women-text', quote: ['dư nợ lớn nhất với 44.251 triệu đồng', '44.215'], values: ['44.215', '44.251'], mistake: 'planted', original: 'dư nợ lớn nhất với 44.215 triệu đồng', note: 'Class 5: the text swaps two digits of the table\'s 44.215 triệu đồng.' }),
    share({ id: 'farmers-share', quote: ['chiếm 30,3% tổng dư nợ', '38.640', 'đạt 117.000 triệu đồng'], x: '38.640', y: '117.000', stated: '30,3%', mistake: 'planted', original: 'chiếm 33,0% tổng dư nợ', note: 'Class 1: the base is in the table; 38.640/117.000 = 33,03%; the text swaps two digits.' }),
    share({ id: 'youth-share', quote: ['chiếm 10,9% số hộ còn dư nợ', 'Đoàn Thanh niên quản lý 238 hộ vay', 'với 2.190 hộ còn dư nợ'], x: '238', y: '2.190', stated: '10,9%' }),
    quotient({ id: 'per-group', quote: ['quản lý 50,9 hộ vay', 'với 2.190 hộ còn dư nợ', 'Xếp loại 43 Tổ tiết kiệm'], x: '2.190', y: '43', stated: '50,9', trap: 'borrowers per group.' }),
    share({ id: 'overdue-rate', quote: ['chiếm 0,09% tổng dư nợ', 'là 104,0 triệu đồng', 'đạt 117.000 triệu đồng'], x: '104,0', y: '117.000', stated: '0,09%' }),
    contradiction({ id: 'ceiling', quote: ['chỉ tiêu dưới 0,3%'], stated: 'dưới 0,3%', expected: 'a ceiling', consistent: true, reason: 'The ceiling, met.', trap: 'a ceiling in the rate\'s parentheses.' }),
    difference({ id: 'overdue-fall', quote: ['giảm 36,2 triệu đồng', 'nợ quá hạn 140,2 triệu đồng', 'là 104,0 triệu đồng'], a: '140,2', b: '104,0', stated: '36,2' }),
    change({ id: 'overdue-fall-pct', quote: ['tức giảm 25,8%', 'nợ quá hạn 140,2 triệu đồng', 'là 104,0 triệu đồng'], x: '104,0', base: '140,2', stated: '25,8%', direction: 'giảm' }),
    contradiction({ id: 'frozen', quote: ['nợ khoanh 28,6 triệu đồng'], stated: '28,6 triệu đồng', expected: 'apart', consistent: true, reason: 'Frozen debt is not part of the overdue debt.', trap: 'an amount beside the overdue debt.' }),
    sum({ id: 'grades', quote: ['Xếp loại 43 Tổ tiết kiệm và vay vốn', 'tốt 36 tổ (83,7%), khá 5 tổ (11,6%), trung bình 2 tổ (4,7%)'], parts: ['36', '5', '2'], total: '43' }),
    share({ id: 'good', quote: ['tốt 36 tổ (83,7%)', 'Xếp loại 43 Tổ'], x: '36', y: '43', stated: '83,7%' }),
    share({ id: 'fair', quote: ['khá 5 tổ (11,6%)', 'Xếp loại 43 Tổ'], x: '5', y: '43', stated: '11,6%' }),
    share({ id: 'average', quote: ['trung bình 2 tổ (4,7%)', 'Xếp loại 43 Tổ'], x: '2', y: '43', stated: '4,7%' }),
    sum({ id: 'grades-shares', quote: ['(83,7%), khá 5 tổ (11,6%), trung bình 2 tổ (4,7%)'], parts: ['83,7%', '11,6%', '4,7%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    contradiction({ id: 'all-meet', quote: ['100% Tổ tiết kiệm và vay vốn họp định kỳ'], stated: '100%', expected: 'all groups', consistent: true, reason: 'All groups; no figure against it.', trap: '"100%" with no base.' }),
    ratio({ id: 'points', quote: ['Có 12/14 thôn có điểm giao dịch đạt chuẩn về cơ sở vật chất, đạt 85%'], x: '12', y: '14', stated: '85%', mistake: 'planted', original: 'đạt 86%', note: 'Class 7: 12/14 = 85,71%, which is 86% written whole; 85% truncates.' }),
    sum({ id: 'survey', quote: ['rất hài lòng 46,2%, hài lòng 44,5%, chưa hài lòng 8,3%'], parts: ['46,2%', '44,5%', '8,3%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'chưa hài lòng 9,3%', note: 'Class 3: shares of one whole with no counts adding to 99,0%.' }),
    // II
    repeat({ id: 'summary-loans', quote: ['Doanh số cho vay đạt 31,54 tỷ đồng', 'Doanh số cho vay 9 tháng đạt 31.450 triệu đồng'], values: ['31.450 triệu đồng', '31,54 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'Doanh số cho vay đạt 31,45 tỷ đồng', note: 'Class 5: the summary restates the loans in tỷ with two digits swapped.' }),
    repeat({ id: 'summary-balance', quote: ['dư nợ đạt 117 tỷ đồng', 'đạt 117.000 triệu đồng với'], values: ['117.000 triệu đồng', '117 tỷ đồng'], kind: 'unit', trap: 'the balance restated in tỷ, agreeing.' }),
    share({ id: 'summary-borrowers', quote: ['hộ còn dư nợ chiếm 40,1% tổng số hộ toàn xã', 'với 2.190 hộ còn dư nợ', 'có 14 thôn với 5.704 hộ', 'trong đó 5.461 hộ thường trú'], x: '2.190', y: '5.704', stated: '40,1%', mistake: 'planted', original: 'hộ còn dư nợ chiếm 38,4% tổng số hộ toàn xã', note: 'Class 2: the households are in the opening paragraph; 2.190/5.704 = 38,39%, as I.2 says; 40,1% divides by the 5.461 resident households.' }),
    repeat({ id: 'summary-overdue', quote: ['nợ quá hạn 0,104 tỷ đồng, tỷ lệ 0,09%', 'là 104,0 triệu đồng'], values: ['104,0 triệu đồng', '0,104 tỷ đồng'], kind: 'unit', trap: 'the overdue debt restated in tỷ, agreeing.' }),
    repeat({ id: 'weak-average', quote: ['còn 2 Tổ tiết kiệm và vay vốn xếp loại trung bình', 'trung bình 2 tổ (4,7%)'], values: ['2', '2'] }),
    difference({ id: 'weak-points', quote: ['còn 2 thôn điểm giao dịch chưa đạt chuẩn', 'Có 12/14 thôn'], a: '14', b: '12', stated: '2' }),
    contradiction({ id: 'misuse', quote: ['phát hiện 02 hộ sử dụng vốn vay sai mục đích', 'không có trường hợp nào sử dụng vốn vay sai mục đích'], stated: '02 hộ', expected: 'none (I.3)', consistent: false, reason: 'Section I.3 says no loan was misused; the weaknesses count two households that misused theirs.', mistake: 'planted', original: 'một số hộ vay trả lãi chưa đúng kỳ hạn', note: 'Class 8: a count against a "none" statement.' }),
    // III
    difference({ id: 'remaining', quote: ['còn phải tăng thêm 2.140 triệu đồng', '(12.000 triệu đồng)', 'tăng 9.860 triệu đồng'], a: '12.000', b: '9.860', stated: '2.140' }),
    contradiction({ id: 'target-ceiling', quote: ['giữ tỷ lệ nợ quá hạn dưới 0,1%'], stated: 'dưới 0,1%', expected: 'a target', consistent: true, reason: 'Next quarter\'s ceiling.', trap: 'a target beside the rate.' }),
  ],
});
