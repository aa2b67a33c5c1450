// Written for the corpus, blind: the Hội đồng quản trị of the Quỹ tín dụng nhân dân xã Quảng Phú Nam (a commune
// people's credit fund in tỉnh Thanh Hóa; the commune, its six thôn and the people are invented) to its Đại hội
// thành viên thường niên năm 2027, the report on the year 2026 and the plan for 2027 (Số 05/BC-HĐQT, 24/02/2027),
// in parts I - IV, amounts in triệu đồng with tỷ đồng and nghìn đồng mixed in, the 2026 congress's targets in
// footnote 1. Members: start + admitted − withdrawn = end across two paragraphs, the increase and its percent, the
// target in parentheses (exactly 99,25% → 99,3%), admissions against a target only in the footnote, withdrawals
// after "trong đó" beside a "none" of expulsions, a thôn table (three columns adding to the totals), one thôn's
// share, the end figure repeated in four places. Charter capital: the increase and its percent against the 2025
// figure of footnote 2, against a target in tỷ, its parts after "gồm" with a repayment subtracted (a fee in nghìn
// đồng × the new members, in triệu), capital per member in nghìn đồng, the largest holding's share beside a 10% cap.
// Funds after "gồm" with own capital's parts nested in parentheses, their change. Deposits: the rise in triệu and in
// percent (the base in the table below), against a target in tỷ in footnote 1; a table by type (two column sums),
// the long-term rise, its share at the start and end and the change in percentage points, members' deposits (share
// in parentheses, above the footnote's minimum), per depositor, a rate range. Loans: start + disbursed − collected =
// end (triệu against tỷ), the lũy kế since 1996 from footnote 3 (tỷ + triệu), the change (base only in the table) and
// the plan in tỷ; by term (parts in triệu of the total in tỷ, shares adding to 99,9%), the medium and long subtotal;
// a purpose table (two column sums), the farm share, the business loans in the text against the table; bare
// borrower-type shares; per borrower (borrowers only in the classification table); the largest loan's ratio only in
// the safety table, a "không có … vượt" beside it; loans to deposits; a rate range. Credit quality: overdue debt
// against the loans in tỷ of II.4, its fall and the start's ratio, bad debt as the table's groups 3 - 5, its ratio
// beside a target and a threshold, a "none" of group 5 against the table and the weaknesses, a classification table
// (two column sums), groups 1 - 4 as a remainder, general provision = base × 0,75%, provisions' total and coverage,
// the off-balance written-off debt from footnote 4 (+ written off − recovered). Finance: an income table (income
// parts and profit = income − cost in both years), the loan-interest share, costs after "bao gồm", the deposit
// interest share, net interest from four figures, profit against 2025 and against a target in tỷ (footnote 1), tax
// = profit × 17% with the bracket of footnote 5 (a range in tỷ against revenue in triệu), profit after tax.
// Allocation table (amounts to the total, rates as shares of profit and to 100,0), average capital as a quotient,
// dividend = rate × average capital, its rise in percentage points, above the footnote's minimum. A safety table of
// thresholds. Staff after "gồm" with a nested list, a degree share, cost per person, a "none" of discipline beside
// awards; the audit's 18/312, 18/18 (100%), 33/40 at exactly 82,5% → 83%; a "none" of incidents beside counterfeit
// notes. A summary restating figures in tỷ, a whole-percent X/Y and its remainder, weaknesses restating group 5, a
// 2027 plan table (five changes, 2026 figures repeated) with its member flow, targets, a deadline and a term.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: charter capital's rise written 15,2% against the
// 10.365 triệu of footnote 2 (12,5%; digits swapped); overdue debt 1.842 triệu written 0,86% of the loans given as
// 271,48 tỷ in II.4 (0,68%; digits swapped). Class 2: the summary's profit rise 17,1% for 6.608 against 5.917 of the
// income table in II.6 (11,68% → 11,7%). Class 3: bare borrower-type shares 46,8 + 31,5 + 17,2 + 5,4 = 100,9%
// (4,5% written 5,4%). Class 4: the seven costs after "bao gồm" add to 23.492 against 23.438 (chi quản lý 1.528
// written 1.582). Class 5 ×2: business loans 88.512 in the text against 88.152 in the purpose table; the summary's
// loans 271,84 tỷ for 271,48 tỷ (271.480 triệu). Class 6: footnote 3's 2.846,3 tỷ + the year's 318.642 triệu =
// 3.164,9 tỷ, not the lũy kế 3.154,9 tỷ. Class 7: 13/15 targets written 86% (86,67% → 87%). Class 8: "không có
// khoản nợ nào phải phân loại vào nhóm 5" against the table's 2 borrowers and 387 triệu in group 5 (and III.2).
// Traps (34): documents and dates; targets only in footnotes 1 and 2 (admissions, capital base, deposits, profit
// excess, members' deposit minimum, dividend minimum); targets and bases in another scale (capital in tỷ, loans'
// change against a base in the table in triệu); half-up at exactly ,5 twice (99,25% → 99,3%; 82,5% → 83%); a fee
// in nghìn đồng → triệu, capital per member in nghìn; percentage points twice; term shares to 99,9%; depositors
// not members; per borrower from the table; a cap beside a holding; "none" beside other kinds three times
// (expulsions, discipline, incidents) and a "không có … vượt" beside a loan below the cap; a target and threshold
// beside bad debt; groups 1 - 4 as a remainder; an off-balance running balance from footnote 4; a tax bracket as a
// range; 100% of 18/18; a remainder of targets missed; restated capital in tỷ and loans across tables agreeing;
// lending rate range; 2027 targets, a deadline and a term.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-quy-tin-dung-nhan-dan-xa-quang-phu-nam-dai-hoi-thanh-vien-nam-2026.md',
  prefix: 'qpn',
  claims: [
    contradiction({ id: 'documents', quote: ['Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 18/01/2024', 'Thông tư số 29/2024/TT-NHNN ngày 28/6/2024', 'Nghị quyết số 01/NQ-ĐHTV ngày 07/3/2026', 'Số: 05/BC-HĐQT'], stated: '32/2024/QH15', expected: 'documents', consistent: true, reason: 'Numbers and dates of a law, a circular, a resolution and the report itself.', trap: 'numbers inside documents\' names and dates.' }),
    // II.1 members
    sum({ id: 'members-end', quote: ['đến 31/12/2026 Quỹ có 4.367 thành viên', 'Quỹ có 4.126 thành viên', 'kết nạp 358 thành viên mới', 'có 117 thành viên ra khỏi Quỹ'], parts: ['4.126', '358', '−117'], total: '4.367', note: 'start + admitted − withdrawn, across two paragraphs.' }),
    repeat({ id: 'members-end-repeat', quote: ['đến 31/12/2026 Quỹ có 4.367 thành viên', '| Cộng | 358 | 117 | 4.367 |', 'Đến cuối năm Quỹ có 4.367 thành viên', '| Tổng số thành viên (thành viên) | 4.367 | 4.650 | 6,5 |'], values: ['4.367', '4.367', '4.367', '4.367'], note: 'text, thôn table, summary, 2027 table.' }),
    difference({ id: 'members-increase', quote: ['tăng thêm 241 thành viên', 'đến 31/12/2026 Quỹ có 4.367 thành viên', 'Quỹ có 4.126 thành viên'], a: '4.367', b: '4.126', stated: '241' }),
    change({ id: 'members-change', quote: ['tăng 5,8% so với đầu năm, đạt 99,3%', 'đến 31/12/2026 Quỹ có 4.367 thành viên', 'Quỹ có 4.126 thành viên'], x: '4.367', base: '4.126', stated: '5,8%', direction: 'tăng' }),
    ratio({ id: 'members-plan', quote: ['đạt 99,3% kế hoạch (4.400 thành viên)', 'đến 31/12/2026 Quỹ có 4.367 thành viên'], x: '4.367', y: '4.400', stated: '99,3%', trap: 'exactly 99,25%, rounded half-up (truncation gives 99,2%).' }),
    ratio({ id: 'admitted-plan', quote: ['bằng 89,5% kế hoạch', 'kết nạp 358 thành viên mới', 'kết nạp mới 400 thành viên'], x: '358', y: '400', stated: '89,5%', trap: 'the target is only in footnote 1.' }),
    sum({ id: 'withdrawals', quote: ['có 117 thành viên ra khỏi Quỹ, trong đó 71 thành viên tự nguyện xin ra, 29 thành viên chết và 17 thành viên chuyển nơi cư trú'], parts: ['71', '29', '17'], total: '117' }),
    contradiction({ id: 'no-expulsion', quote: ['Trong năm không có thành viên nào bị khai trừ', 'có 117 thành viên ra khỏi Quỹ, trong đó 71 thành viên tự nguyện xin ra'], stated: 'không có thành viên nào bị khai trừ', expected: 'withdrawals of other kinds', consistent: true, reason: 'The 117 withdrawals are voluntary, deaths and moves; none is an expulsion.', trap: 'a "none" beside counts of another kind.' }),
    sum({ id: 't-thon-new', quote: ['| Cộng | 358 | 117 | 4.367 |'], parts: ['63', '51', '78', '46', '57', '63'], total: '358', kind: 'cross_total' }),
    sum({ id: 't-thon-out', quote: ['| Cộng | 358 | 117 | 4.367 |'], parts: ['19', '18', '24', '16', '20', '20'], total: '117', kind: 'cross_total' }),
    sum({ id: 't-thon-end', quote: ['| Cộng | 358 | 117 | 4.367 |'], parts: ['796', '671', '915', '604', '654', '727'], total: '4.367', kind: 'cross_total' }),
    repeat({ id: 'admitted-repeat', quote: ['kết nạp 358 thành viên mới', '| Cộng | 358 | 117 | 4.367 |', 'vốn góp xác lập của 358 thành viên mới'], values: ['358', '358', '358'], note: 'text, table, capital section.' }),
    repeat({ id: 'withdrawn-repeat', quote: ['có 117 thành viên ra khỏi Quỹ', '| Cộng | 358 | 117 | 4.367 |', 'dự kiến khoảng 117 người như năm 2026'], values: ['117', '117', '117'] }),
    share({ id: 'trung-thanh-share', quote: ['bằng 21,0% tổng số thành viên của Quỹ', 'với 915 thành viên', '| Cộng | 358 | 117 | 4.367 |'], x: '915', y: '4.367', stated: '21,0%' }),
    // II.2 capital
    difference({ id: 'capital-increase', quote: ['tăng 1.296 triệu đồng, tương đương', 'Vốn điều lệ đến 31/12/2026 đạt 11.661 triệu đồng', 'là 10.365 triệu đồng'], a: '11.661', b: '10.365', stated: '1.296', trap: 'the base is only in footnote 2.' }),
    change({ id: 'capital-change', quote: ['tương đương tăng 15,2% so với cuối năm 2025', 'Vốn điều lệ đến 31/12/2026 đạt 11.661 triệu đồng', 'là 10.365 triệu đồng'], x: '11.661', base: '10.365', stated: '15,2%', direction: 'tăng', mistake: 'planted', original: 'tương đương tăng 12,5% so với cuối năm 2025', note: 'Class 1: the base (10.365 triệu) is in footnote 2; 11.661/10.365 is a rise of 12,504% → 12,5%, written with digits swapped.' }),
    ratio({ id: 'capital-plan', quote: ['bằng 101,4% kế hoạch (11,5 tỷ đồng)', 'đạt 11.661 triệu đồng'], x: '11.661 triệu đồng', y: '11,5 tỷ đồng', stated: '101,4%', trap: 'a target in tỷ against capital in triệu.' }),
    sum({ id: 'capital-parts', quote: ['tăng 1.296 triệu đồng, tương đương', 'vốn góp xác lập của 358 thành viên mới 107,4 triệu đồng', 'vốn góp thường xuyên tăng thêm 1.284,6 triệu đồng', 'sau khi trừ 96,0 triệu đồng'], parts: ['107,4', '1.284,6', '−96,0'], total: '1.296', note: 'a "gồm" with one part subtracted.' }),
    product({ id: 'capital-fee', quote: ['107,4 triệu đồng (mức 300 nghìn đồng/thành viên theo Điều lệ)', 'của 358 thành viên mới'], x: '358', y: '300', factor: '0,001', stated: '107,4', trap: 'members × nghìn đồng, written in triệu.' }),
    quotient({ id: 'capital-per-member', quote: ['Bình quân mỗi thành viên góp 2.670 nghìn đồng', 'đạt 11.661 triệu đồng', 'đến 31/12/2026 Quỹ có 4.367 thành viên'], x: '11.661', y: '4.367', factor: '1000', stated: '2.670', trap: 'triệu per member written in nghìn đồng.' }),
    ratio({ id: 'largest-holding', quote: ['bằng 2,7% vốn điều lệ', 'vốn góp lớn nhất là 312 triệu đồng', 'đạt 11.661 triệu đồng'], x: '312', y: '11.661', stated: '2,7%' }),
    atLeast({ id: 'holding-cap', quote: ['mức tối đa 10% vốn điều lệ', 'bằng 2,7% vốn điều lệ'], big: '10%', small: '2,7%', trap: 'a cap beside the ratio, not a share.' }),
    sum({ id: 'own-capital', quote: ['vốn tự có 16.842 triệu đồng (vốn điều lệ 11.661 triệu đồng, quỹ dự trữ bổ sung vốn điều lệ 1.874 triệu đồng, quỹ đầu tư phát triển 3.307 triệu đồng)'], parts: ['11.661', '1.874', '3.307'], total: '16.842' }),
    // II.3 funds and deposits
    sum({ id: 'funds-total', quote: ['đạt 316.778 triệu đồng, tăng 10,2%', 'vốn tự có 16.842 triệu đồng (vốn điều lệ 11.661 triệu đồng, quỹ dự trữ bổ sung vốn điều lệ 1.874 triệu đồng, quỹ đầu tư phát triển 3.307 triệu đồng); tiền gửi của khách hàng 288.725 triệu đồng; vốn vay Ngân hàng Hợp tác xã Việt Nam - Chi nhánh Thanh Hóa 6.000 triệu đồng; các nguồn vốn khác 5.211 triệu đồng'], parts: ['16.842', '288.725', '6.000', '5.211'], total: '316.778' }),
    change({ id: 'funds-change', quote: ['tăng 10,2% so với đầu năm (287.452 triệu đồng)', 'đạt 316.778 triệu đồng'], x: '316.778', base: '287.452', stated: '10,2%', direction: 'tăng' }),
    change({ id: 'deposits-change', quote: ['(10,5%) so với đầu năm', 'Số dư tiền gửi cuối năm là 288.725 triệu đồng', '| Tổng cộng | 261.380 | 288.725 |'], x: '288.725', base: '261.380', stated: '10,5%', direction: 'tăng', note: 'the base is in the table below.' }),
    difference({ id: 'deposits-increase', quote: ['tăng 27.345 triệu đồng (10,5%)', 'Số dư tiền gửi cuối năm là 288.725 triệu đồng', '| Tổng cộng | 261.380 | 288.725 |'], a: '288.725', b: '261.380', stated: '27.345' }),
    ratio({ id: 'deposits-plan', quote: ['đạt 101,3% kế hoạch', 'Số dư tiền gửi cuối năm là 288.725 triệu đồng', 'tổng số dư tiền gửi 285 tỷ đồng'], x: '288.725 triệu đồng', y: '285 tỷ đồng', stated: '101,3%', trap: 'a target in tỷ given only in footnote 1.' }),
    change({ id: 'dep-long', quote: ['Tiền gửi kỳ hạn dài tăng nhanh nhất (16,0%)', '| Tiền gửi có kỳ hạn từ 12 tháng trở lên | 74.942 | 86.905 |'], x: '86.905', base: '74.942', stated: '16,0%', direction: 'tăng' }),
    sum({ id: 't-dep-start', quote: ['| Tổng cộng | 261.380 | 288.725 |'], parts: ['13.592', '172.846', '74.942'], total: '261.380', kind: 'cross_total' }),
    sum({ id: 't-dep-end', quote: ['| Tổng cộng | 261.380 | 288.725 |'], parts: ['14.286', '187.534', '86.905'], total: '288.725', kind: 'cross_total' }),
    share({ id: 'long-share-start', quote: ['nâng từ 28,7% lên 30,1%', '| Tiền gửi có kỳ hạn từ 12 tháng trở lên | 74.942 | 86.905 |', '| Tổng cộng | 261.380 | 288.725 |'], x: '74.942', y: '261.380', stated: '28,7%', note: 'parts and base from the table.' }),
    share({ id: 'long-share-end', quote: ['lên 30,1%, tăng 1,4 điểm phần trăm', '| Tiền gửi có kỳ hạn từ 12 tháng trở lên | 74.942 | 86.905 |', '| Tổng cộng | 261.380 | 288.725 |'], x: '86.905', y: '288.725', stated: '30,1%' }),
    difference({ id: 'long-share-points', quote: ['tăng 1,4 điểm phần trăm', 'nâng từ 28,7% lên 30,1%'], a: '30,1', b: '28,7', stated: '1,4', trap: 'a change in percentage points, not a percent (30,1/28,7 would be a 4,9% rise).' }),
    share({ id: 'member-deposits', quote: ['Tiền gửi của thành viên đạt 241.318 triệu đồng (83,6%)', 'Số dư tiền gửi cuối năm là 288.725 triệu đồng'], x: '241.318', y: '288.725', stated: '83,6%' }),
    atLeast({ id: 'member-deposits-min', quote: ['(83,6%), cao hơn mức Đại hội đề ra', 'tiền gửi của thành viên chiếm từ 80% trở lên'], big: '83,6%', small: '80%', trap: 'a minimum in footnote 1 beside a share.' }),
    quotient({ id: 'per-depositor', quote: ['số dư bình quân 22,8 triệu đồng/khách hàng', 'có 12.684 khách hàng còn số dư tiền gửi', 'Số dư tiền gửi cuối năm là 288.725 triệu đồng'], x: '288.725', y: '12.684', stated: '22,8', trap: 'depositors (12.684) are not members (4.367): a per-item count, not a part of a total.' }),
    contradiction({ id: 'deposit-rates', quote: ['từ 0,2%/năm đối với tiền gửi không kỳ hạn đến 6,1%/năm đối với kỳ hạn từ 12 tháng trở lên'], stated: '0,2% - 6,1%', expected: 'a range of rates', consistent: true, reason: 'Interest rates per year, a range with no X/Y.', note: 'a range of rates.' }),
    repeat({ id: 'deposits-repeat', quote: ['tiền gửi của khách hàng 288.725 triệu đồng', 'Số dư tiền gửi cuối năm là 288.725 triệu đồng', '| Tổng cộng | 261.380 | 288.725 |', '| Tổng tiền gửi (triệu đồng) | 288.725 | 318.000 | 10,1 |'], values: ['288.725', '288.725', '288.725', '288.725'], note: 'text twice, the deposit table and the 2027 table.' }),
    // II.4 loans
    sum({ id: 'loan-flow', quote: ['Tổng dư nợ cho vay đến 31/12/2026 là 271,48 tỷ đồng', 'Doanh số cho vay năm 2026 đạt 318.642 triệu đồng', 'doanh số thu nợ trong năm đạt 294.077 triệu đồng', '| Cộng | 246.915 | 271.480 |'], parts: ['246.915 triệu đồng', '318.642 triệu đồng', '−294.077 triệu đồng'], total: '271,48 tỷ đồng', note: 'start + disbursed − collected = end, in triệu against tỷ.' }),
    cumulative({ id: 'lending-since-1996', quote: ['lên 3.154,9 tỷ đồng', 'đến ngày 31/12/2025 đạt 2.846,3 tỷ đồng', 'Doanh số cho vay năm 2026 đạt 318.642 triệu đồng'], previous: '2.846,3 tỷ đồng', period: '318.642 triệu đồng', stated: '3.154,9 tỷ đồng', mistake: 'planted', original: 'lên 3.164,9 tỷ đồng', note: 'Class 6: footnote 3\'s 2.846,3 tỷ + the year\'s 318,642 tỷ = 3.164,942 → 3.164,9 tỷ; one digit is wrong.' }),
    change({ id: 'loans-change', quote: ['tăng 9,9% so với đầu năm và bằng', 'là 271,48 tỷ đồng', '| Cộng | 246.915 | 271.480 |'], x: '271,48 tỷ đồng', base: '246.915 triệu đồng', stated: '9,9%', direction: 'tăng', trap: 'the end in tỷ, the base only in the purpose table below, in triệu.' }),
    ratio({ id: 'loans-plan', quote: ['bằng 100,5% kế hoạch (270 tỷ đồng)', 'là 271,48 tỷ đồng'], x: '271,48', y: '270', stated: '100,5%' }),
    sum({ id: 'loan-terms', quote: ['là 271,48 tỷ đồng', 'dư nợ ngắn hạn 158.904 triệu đồng (58,5%), dư nợ trung hạn 104.318 triệu đồng (38,4%), dư nợ dài hạn 8.258 triệu đồng (3,0%)'], parts: ['158.904 triệu đồng', '104.318 triệu đồng', '8.258 triệu đồng'], total: '271,48 tỷ đồng', note: 'parts in triệu, the total in tỷ in the paragraph before.' }),
    share({ id: 'short-share', quote: ['(58,5%)', 'dư nợ ngắn hạn 158.904 triệu đồng', 'là 271,48 tỷ đồng'], x: '158.904 triệu đồng', y: '271,48 tỷ đồng', stated: '58,5%' }),
    share({ id: 'medium-share', quote: ['(38,4%)', 'dư nợ trung hạn 104.318 triệu đồng', 'là 271,48 tỷ đồng'], x: '104.318 triệu đồng', y: '271,48 tỷ đồng', stated: '38,4%' }),
    share({ id: 'long-share', quote: ['(3,0%)', 'dư nợ dài hạn 8.258 triệu đồng', 'là 271,48 tỷ đồng'], x: '8.258 triệu đồng', y: '271,48 tỷ đồng', stated: '3,0%' }),
    sum({ id: 'term-shares-100', quote: ['(58,5%)', '(38,4%)', '(3,0%)'], parts: ['58,5', '38,4', '3,0'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'shares adding to 99,9%, each rounded correctly (58,53 + 38,43 + 3,04).' }),
    sum({ id: 'medium-long', quote: ['Dư nợ trung, dài hạn cộng lại là 112.576 triệu đồng', 'dư nợ trung hạn 104.318 triệu đồng', 'dư nợ dài hạn 8.258 triệu đồng'], parts: ['104.318', '8.258'], total: '112.576' }),
    atLeast({ id: 'short-for-long-cap', quote: ['| Tỷ lệ nguồn vốn ngắn hạn cho vay trung, dài hạn | Tối đa 30% | 21,7% |'], big: '30%', small: '21,7%', note: 'a cap beside the ratio.' }),
    sum({ id: 't-purpose-start', quote: ['| Cộng | 246.915 | 271.480 |'], parts: ['92.415', '78.260', '41.806', '34.434'], total: '246.915', kind: 'cross_total' }),
    sum({ id: 't-purpose-end', quote: ['| Cộng | 246.915 | 271.480 |'], parts: ['97.734', '88.152', '45.367', '40.227'], total: '271.480', kind: 'cross_total' }),
    repeat({ id: 'loans-end-repeat', quote: ['là 271,48 tỷ đồng', '| Cộng | 246.915 | 271.480 |', '| Cộng | 3.218 | 271.480 |', '| Tổng dư nợ (triệu đồng) | 271.480 | 298.000 | 9,8 |'], values: ['271,48 tỷ đồng', '271.480 triệu đồng', '271.480 triệu đồng', '271.480 triệu đồng'], kind: 'unit', trap: 'the loans in tỷ in the text and in triệu in three tables, agreeing.' }),
    share({ id: 'farm-share', quote: ['bằng 36,0% tổng dư nợ', '| Trồng trọt, chăn nuôi, nuôi trồng thủy sản | 92.415 | 97.734 |', '| Cộng | 246.915 | 271.480 |'], x: '97.734', y: '271.480', stated: '36,0%', note: 'the part and the base are in the table above.' }),
    repeat({ id: 'business-loans', quote: ['Cho vay ngành nghề, kinh doanh, dịch vụ đạt 88.512 triệu đồng', '| Ngành nghề, kinh doanh, dịch vụ | 78.260 | 88.152 |'], values: ['88.152', '88.512'], mistake: 'planted', original: 'Cho vay ngành nghề, kinh doanh, dịch vụ đạt 88.152 triệu đồng', note: 'Class 5: the text gives the business loans as 88.512 triệu, the table (whose column adds to 271.480) as 88.152; digits swapped.' }),
    sum({ id: 'borrower-shares', quote: ['dư nợ của hộ sản xuất nông nghiệp chiếm 46,8%, hộ kinh doanh, làm nghề 31,5%, cán bộ, công chức, người hưởng lương 17,2%, các đối tượng khác 5,4%'], parts: ['46,8', '31,5', '17,2', '5,4'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'các đối tượng khác 4,5%', note: 'Class 3: bare shares of the loans by borrower type add to 100,9%; the others\' 4,5% is written 5,4%.' }),
    quotient({ id: 'per-borrower', quote: ['Dư nợ bình quân đạt 84,4 triệu đồng/khách hàng vay', '| Cộng | 3.218 | 271.480 |'], trap: 'the borrowers are only in the classification table below', x: '271.480', y: '3.218', stated: '84,4' }),
    ratio({ id: 'largest-loan', quote: ['| Dư nợ lớn nhất của một khách hàng so với vốn tự có | Tối đa 15% | 12,5% |', 'là 2.100 triệu đồng; không có', 'vốn tự có 16.842 triệu đồng (vốn điều lệ'], x: '2.100', y: '16.842', stated: '12,5%', note: 'the loan is in II.4, own capital in II.3, the ratio only in the safety table.' }),
    atLeast({ id: 'largest-loan-cap', quote: ['không có khách hàng nào có dư nợ vượt giới hạn 15% vốn tự có', '| Dư nợ lớn nhất của một khách hàng so với vốn tự có | Tối đa 15% | 12,5% |'], big: '15%', small: '12,5%', trap: 'a "không có … vượt" beside the largest loan below the cap.' }),
    ratio({ id: 'loans-to-deposits', quote: ['so với tổng tiền gửi là 94,0%', '| Cộng | 246.915 | 271.480 |', 'Số dư tiền gửi cuối năm là 288.725 triệu đồng'], x: '271.480', y: '288.725', stated: '94,0%' }),
    contradiction({ id: 'lending-rates', quote: ['từ 9,0%/năm đến 11,8%/năm', 'giảm 0,5%/năm lãi suất'], stated: '9,0% - 11,8%', expected: 'a range of rates', consistent: true, reason: 'Lending rates per year and a rate reduction, no X/Y.', trap: 'a range and a reduction in %/năm.' }),
    // II.5 credit quality
    ratio({ id: 'overdue-ratio', quote: ['chiếm 0,86% tổng dư nợ', 'Nợ quá hạn tại ngày 31/12/2026 là 1.842 triệu đồng', 'là 271,48 tỷ đồng'], x: '1.842 triệu đồng', y: '271,48 tỷ đồng', stated: '0,86%', mistake: 'planted', original: 'chiếm 0,68% tổng dư nợ', note: 'Class 1: the base is the 271,48 tỷ of II.4, in another scale; 1.842 triệu of 271,48 tỷ is 0,6785% → 0,68%, written with digits swapped.' }),
    difference({ id: 'overdue-fall', quote: ['giảm 264 triệu đồng so với đầu năm (2.106 triệu đồng', 'là 1.842 triệu đồng'], a: '2.106', b: '1.842', stated: '264' }),
    ratio({ id: 'overdue-start', quote: ['tỷ lệ 0,85%)', '(2.106 triệu đồng', '| Cộng | 246.915 | 271.480 |'], x: '2.106', y: '246.915', stated: '0,85%', note: 'the start\'s loans are in II.4.' }),
    sum({ id: 'bad-debt', quote: ['Nợ xấu (từ nhóm 3 đến nhóm 5) là 1.217 triệu đồng', '| Nhóm 3 - Nợ dưới tiêu chuẩn | 8 | 512 |', '| Nhóm 4 - Nợ nghi ngờ | 6 | 318 |', '| Nhóm 5 - Nợ có khả năng mất vốn | 2 | 387 |'], parts: ['512', '318', '387'], total: '1.217', note: 'the parts are rows of the table below.' }),
    share({ id: 'bad-debt-ratio', quote: ['tỷ lệ nợ xấu 0,45%', 'là 1.217 triệu đồng', '| Cộng | 3.218 | 271.480 |'], x: '1.217', y: '271.480', stated: '0,45%' }),
    atLeast({ id: 'bad-debt-target', quote: ['thấp hơn mức Đại hội giao (dưới 1%) và thấp xa ngưỡng 3%', 'tỷ lệ nợ xấu 0,45%'], big: '1%', small: '0,45%', trap: 'a target and a threshold beside the ratio.' }),
    contradiction({ id: 'no-group-5', quote: ['| Nhóm 5 - Nợ có khả năng mất vốn | 2 | 387 |', 'Quỹ không có khoản nợ nào phải phân loại vào nhóm 5 (nợ có khả năng mất vốn)', 'phát sinh 2 khách hàng nợ nhóm 5 tại thôn Hải Bình với dư nợ 387 triệu đồng'], stated: 'không có khoản nợ nào … nhóm 5', expected: '2 khách hàng, 387 triệu đồng nợ nhóm 5 (the classification table, III.2)', consistent: false, reason: 'II.5 says no loan is in group 5 at 31/12/2026; the classification table right after it counts 2 borrowers and 387 triệu in group 5 (part of the 1.217 triệu bad debt), and the weaknesses repeat them.', mistake: 'planted', original: 'Nợ nhóm 5 (nợ có khả năng mất vốn) là 387 triệu đồng của 2 khách hàng', note: 'Class 8: a "không có" statement contradicted by a count elsewhere.' }),
    sum({ id: 't-class-borrowers', quote: ['| Cộng | 3.218 | 271.480 |'], parts: ['3.171', '31', '8', '6', '2'], total: '3.218', kind: 'cross_total' }),
    sum({ id: 't-class-balance', quote: ['| Cộng | 3.218 | 271.480 |'], parts: ['268.914', '1.349', '512', '318', '387'], total: '271.480', kind: 'cross_total' }),
    difference({ id: 'groups-1-4', quote: ['Dư nợ từ nhóm 1 đến nhóm 4 là 271.093 triệu đồng', '| Cộng | 3.218 | 271.480 |', '| Nhóm 5 - Nợ có khả năng mất vốn | 2 | 387 |'], a: '271.480', b: '387', stated: '271.093', trap: 'a remainder (all but group 5), not a total of listed parts.' }),
    product({ id: 'general-provision', quote: ['số dư 2.033,2 triệu đồng', 'theo tỷ lệ 0,75%', 'là 271.093 triệu đồng'], x: '271.093', y: '0,75', factor: '0,01', stated: '2.033,2', note: 'a rate × a base, written with a decimal in triệu.' }),
    sum({ id: 'provisions', quote: ['tổng số dư dự phòng rủi ro là 2.657,2 triệu đồng', 'số dư 2.033,2 triệu đồng', 'dự phòng cụ thể 624 triệu đồng'], parts: ['2.033,2', '624'], total: '2.657,2' }),
    ratio({ id: 'coverage', quote: ['bằng 218,3% số nợ xấu', 'là 2.657,2 triệu đồng', 'là 1.217 triệu đồng'], x: '2.657,2', y: '1.217', stated: '218,3%', note: 'a ratio above 100%.' }),
    sum({ id: 'off-balance', quote: ['đến cuối năm còn 1.264 triệu đồng', 'tại ngày 31/12/2025 là 1.052 triệu đồng', 'với số tiền 286 triệu đồng', 'thu hồi được 74 triệu đồng'], parts: ['1.052', '286', '−74'], total: '1.264', trap: 'a running balance from footnote 4: + written off − recovered.' }),
    repeat({ id: 'group-5-repeat', quote: ['| Nhóm 5 - Nợ có khả năng mất vốn | 2 | 387 |', 'với dư nợ 387 triệu đồng', 'Tập trung xử lý 387 triệu đồng nợ nhóm 5'], values: ['387', '387', '387'] }),
    // II.6 finance
    sum({ id: 't-income-2025', quote: ['| 1. Tổng thu nhập | 27.315 | 30.046 |'], parts: ['25.904', '1.062', '349'], total: '27.315', kind: 'cross_total' }),
    sum({ id: 't-income-2026', quote: ['| 1. Tổng thu nhập | 27.315 | 30.046 |'], parts: ['28.436', '1.218', '392'], total: '30.046', kind: 'cross_total' }),
    difference({ id: 't-profit-2025', quote: ['| 3. Lợi nhuận trước thuế | 5.917 | 6.608 |', '| 1. Tổng thu nhập | 27.315 | 30.046 |', '| 2. Tổng chi phí | 21.398 | 23.438 |'], a: '27.315', b: '21.398', stated: '5.917' }),
    difference({ id: 't-profit-2026', quote: ['| 3. Lợi nhuận trước thuế | 5.917 | 6.608 |', '| 1. Tổng thu nhập | 27.315 | 30.046 |', '| 2. Tổng chi phí | 21.398 | 23.438 |'], a: '30.046', b: '23.438', stated: '6.608' }),
    repeat({ id: 'income-repeat', quote: ['Tổng thu nhập đạt 30.046 triệu đồng', '| 1. Tổng thu nhập | 27.315 | 30.046 |', 'tổng doanh thu năm 2026 của Quỹ là 30.046 triệu đồng'], values: ['30.046', '30.046', '30.046'] }),
    share({ id: 'loan-interest-share', quote: ['riêng thu lãi cho vay chiếm 94,6%', '| - Thu lãi cho vay | 25.904 | 28.436 |', 'Tổng thu nhập đạt 30.046 triệu đồng'], x: '28.436', y: '30.046', stated: '94,6%' }),
    sum({ id: 'costs', quote: ['Tổng chi phí là 23.438 triệu đồng', 'chi trả lãi tiền gửi 16.274 triệu đồng; chi trả lãi tiền vay 486 triệu đồng; chi phí cho nhân viên 3.862 triệu đồng; chi quản lý và công vụ 1.582 triệu đồng; chi trích lập dự phòng rủi ro 612 triệu đồng; chi phí bảo hiểm tiền gửi 433 triệu đồng; chi khác 243 triệu đồng'], parts: ['16.274', '486', '3.862', '1.582', '612', '433', '243'], total: '23.438', mistake: 'planted', original: 'chi quản lý và công vụ 1.528 triệu đồng', note: 'Class 4: the seven costs after "bao gồm" add to 23.492 against the 23.438 of the text and the table; 1.528 is written 1.582.' }),
    share({ id: 'deposit-interest-share', quote: ['chiếm 69,4% tổng chi phí', 'chi trả lãi tiền gửi 16.274 triệu đồng', 'Tổng chi phí là 23.438 triệu đồng'], x: '16.274', y: '23.438', stated: '69,4%' }),
    quotient({ id: 'net-interest', quote: ['là 12.894 triệu đồng', '| - Thu lãi cho vay | 25.904 | 28.436 |', '| - Thu lãi tiền gửi tại tổ chức tín dụng khác | 1.062 | 1.218 |', 'chi trả lãi tiền gửi 16.274 triệu đồng; chi trả lãi tiền vay 486 triệu đồng'], x: '28.436 + 1.218 − 16.274 − 486', y: '1', stated: '12.894', note: 'two incomes less two costs, from the table and the cost list.' }),
    change({ id: 'profit-change', quote: ['tăng 11,7% so với năm 2025 và vượt', '| 3. Lợi nhuận trước thuế | 5.917 | 6.608 |'], x: '6.608', base: '5.917', stated: '11,7%', direction: 'tăng' }),
    excess({ id: 'profit-plan', quote: ['vượt 4,9% kế hoạch', 'Lợi nhuận trước thuế đạt 6.608 triệu đồng', 'lợi nhuận trước thuế 6,3 tỷ đồng'], x: '6.608 triệu đồng', y: '6,3 tỷ đồng', stated: '4,9%', trap: 'an excess over a target in tỷ given only in footnote 1.' }),
    product({ id: 'tax', quote: ['phải nộp 1.123,4 triệu đồng, áp dụng thuế suất 17%', 'Lợi nhuận trước thuế đạt 6.608 triệu đồng'], x: '6.608', y: '17', factor: '0,01', stated: '1.123,4' }),
    difference({ id: 'profit-after-tax', quote: ['lợi nhuận sau thuế còn 5.484,6 triệu đồng', 'Lợi nhuận trước thuế đạt 6.608 triệu đồng', 'phải nộp 1.123,4 triệu đồng'], a: '6.608', b: '1.123,4', stated: '5.484,6' }),
    atLeast({ id: 'tax-bracket', quote: ['trên 3 tỷ đồng đến không quá 50 tỷ đồng', 'tổng doanh thu năm 2026 của Quỹ là 30.046 triệu đồng'], big: '50 tỷ đồng', small: '30.046 triệu đồng', trap: 'a bracket (range in tỷ) against the revenue in triệu; 30.046 triệu is also above 3 tỷ.' }),
    // II.7 allocation
    sum({ id: 't-alloc-amounts', quote: ['| Cộng | 100,0 | 5.484,6 |'], parts: ['548,5', '2.742,3', '740,1', '1.453,7'], total: '5.484,6', kind: 'cross_total' }),
    sum({ id: 't-alloc-rates', quote: ['| Cộng | 100,0 | 5.484,6 |'], parts: ['10,0', '50,0', '13,5', '26,5'], total: '100,0', kind: 'cross_total', rounded: true }),
    share({ id: 't-alloc-reserve', quote: ['| 1. Trích quỹ dự trữ bổ sung vốn điều lệ | 10,0 | 548,5 |', '| Cộng | 100,0 | 5.484,6 |'], x: '548,5', y: '5.484,6', stated: '10,0' }),
    share({ id: 't-alloc-development', quote: ['| 2. Trích quỹ đầu tư phát triển | 50,0 | 2.742,3 |', '| Cộng | 100,0 | 5.484,6 |'], x: '2.742,3', y: '5.484,6', stated: '50,0' }),
    share({ id: 't-alloc-welfare', quote: ['| 3. Trích quỹ khen thưởng, phúc lợi | 13,5 | 740,1 |', '| Cộng | 100,0 | 5.484,6 |'], x: '740,1', y: '5.484,6', stated: '13,5' }),
    share({ id: 't-alloc-dividend', quote: ['| 4. Chi trả lãi vốn góp cho thành viên | 26,5 | 1.453,7 |', '| Cộng | 100,0 | 5.484,6 |'], x: '1.453,7', y: '5.484,6', stated: '26,5' }),
    repeat({ id: 'profit-after-tax-repeat', quote: ['| Cộng | 100,0 | 5.484,6 |', 'lợi nhuận sau thuế còn 5.484,6 triệu đồng'], values: ['5.484,6', '5.484,6'] }),
    quotient({ id: 'average-capital', quote: ['là 11.013 triệu đồng', 'Vốn điều lệ đến 31/12/2026 đạt 11.661 triệu đồng', 'là 10.365 triệu đồng'], x: '10.365 + 11.661', y: '2', stated: '11.013', note: 'the start is in footnote 2.' }),
    product({ id: 'dividend', quote: ['| 4. Chi trả lãi vốn góp cho thành viên | 26,5 | 1.453,7 |', 'là 13,2%/năm', 'là 11.013 triệu đồng'], x: '11.013', y: '13,2', factor: '0,01', stated: '1.453,7', note: 'the dividend as rate × average capital; its 26,5% is a share of profit, not the rate.' }),
    difference({ id: 'dividend-points', quote: ['cao hơn 0,6 điểm phần trăm so với năm 2025 (12,6%/năm)', 'là 13,2%/năm'], a: '13,2', b: '12,6', stated: '0,6', trap: 'percentage points.' }),
    atLeast({ id: 'dividend-min', quote: ['cao hơn mức tối thiểu Đại hội đã đề ra', 'tỷ lệ chia lãi vốn góp không thấp hơn 12%/năm', 'là 13,2%/năm'], big: '13,2%', small: '12%', trap: 'a minimum in footnote 1.' }),
    // II.8 safety
    atLeast({ id: 'capital-adequacy', quote: ['| Tỷ lệ an toàn vốn | Tối thiểu 8% | 14,86% |'], big: '14,86%', small: '8%', trap: 'a minimum beside a ratio, no X/Y.' }),
    atLeast({ id: 'liquidity', quote: ['| Tỷ lệ dự trữ thanh khoản | Tối thiểu 10% | 18,4% |'], big: '18,4%', small: '10%', note: 'a minimum beside a ratio.' }),
    repeat({ id: 'bad-debt-repeat', quote: ['| Tỷ lệ nợ xấu | Dưới 3% | 0,45% |', 'tỷ lệ nợ xấu 0,45%', 'được kiểm soát ở mức 0,45%', '| Tỷ lệ nợ xấu (%) | 0,45 | Dưới 1 | - |'], values: ['0,45%', '0,45%', '0,45%', '0,45'] }),
    // II.9 staff and control
    sum({ id: 'staff', quote: ['là 19 người, gồm 5 cán bộ quản lý', '12 nhân viên nghiệp vụ', 'và 2 nhân viên bảo vệ'], parts: ['5', '12', '2'], total: '19' }),
    sum({ id: 'staff-operations', quote: ['12 nhân viên nghiệp vụ (tín dụng 7 người, kế toán - giao dịch 3 người, thủ quỹ 2 người)'], parts: ['7', '3', '2'], total: '12' }),
    ratio({ id: 'staff-degree', quote: ['có 15 người trình độ đại học trở lên (79%)', 'là 19 người'], x: '15', y: '19', stated: '79%' }),
    quotient({ id: 'staff-cost', quote: ['bình quân 203,3 triệu đồng/người/năm', 'chi phí cho nhân viên 3.862 triệu đồng', 'là 19 người'], x: '3.862', y: '19', stated: '203,3', note: 'the cost is in II.6.' }),
    contradiction({ id: 'no-discipline', quote: ['không có cán bộ, nhân viên nào bị xử lý kỷ luật', '4 cá nhân được Ngân hàng Hợp tác xã Việt Nam tặng giấy khen'], stated: 'không có … kỷ luật', expected: 'awards, another kind', consistent: true, reason: 'Awards are not disciplinary measures.', trap: 'a "none" beside a count of another kind.' }),
    share({ id: 'audit-faults', quote: ['18 hồ sơ còn thiếu sót về thủ tục (5,8%)', 'kiểm tra 312 hồ sơ vay vốn'], x: '18', y: '312', stated: '5,8%' }),
    ratio({ id: 'audit-fixed', quote: ['18/18 hồ sơ (100%)'], x: '18', y: '18', stated: '100%', trap: '100% of X/X.' }),
    ratio({ id: 'audit-land', quote: ['33/40 khoản (83%)'], x: '33', y: '40', stated: '83%', trap: 'exactly 82,5%, rounded half-up to a whole percent.' }),
    contradiction({ id: 'no-incident', quote: ['không xảy ra sự cố mất an toàn tiền mặt, tài sản', 'thu giữ 7 tờ tiền giả loại mệnh giá 500.000 đồng'], stated: 'không xảy ra sự cố', expected: 'counterfeit notes seized, another kind', consistent: true, reason: 'Seizing counterfeit notes is not a loss of cash or assets.', trap: 'a "none" beside a count of another kind, and a note\'s face value.' }),
    // III summary
    ratio({ id: 'targets-met', quote: ['hoàn thành 13/15 chỉ tiêu chủ yếu Đại hội giao (86%)'], x: '13', y: '15', stated: '86%', mistake: 'planted', original: 'hoàn thành 13/15 chỉ tiêu chủ yếu Đại hội giao (87%)', note: 'Class 7: 13/15 = 86,67%, which rounds to 87%; 86% is truncated.' }),
    difference({ id: 'targets-missed', quote: ['2 chỉ tiêu chưa đạt đều thuộc công tác phát triển thành viên', '13/15 chỉ tiêu'], a: '15', b: '13', stated: '2', trap: 'a remainder beside an X/Y.' }),
    repeat({ id: 'sum-members', quote: ['Đến cuối năm Quỹ có 4.367 thành viên, tăng 5,8%', 'Quỹ có 4.367 thành viên, tăng thêm 241 thành viên, tức tăng 5,8%'], values: ['5,8%', '5,8%'] }),
    repeat({ id: 'sum-capital', quote: ['vốn điều lệ đạt 11,66 tỷ đồng', 'Vốn điều lệ đến 31/12/2026 đạt 11.661 triệu đồng', '| Vốn điều lệ (triệu đồng) | 11.661 | 13.000 | 11,5 |'], values: ['11.661 triệu đồng', '11,66 tỷ đồng', '11.661 triệu đồng'], kind: 'unit', trap: 'restated in tỷ with fewer decimals, agreeing (and in the 2027 table).' }),
    repeat({ id: 'sum-funds', quote: ['tổng nguồn vốn hoạt động 316,8 tỷ đồng', 'đạt 316.778 triệu đồng'], values: ['316.778 triệu đồng', '316,8 tỷ đồng'], kind: 'unit', note: 'restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-deposits', quote: ['trong đó tiền gửi 288,7 tỷ đồng', 'Số dư tiền gửi cuối năm là 288.725 triệu đồng'], values: ['288.725 triệu đồng', '288,7 tỷ đồng'], kind: 'unit', note: 'restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-loans', quote: ['dư nợ đạt 271,84 tỷ đồng', 'Tổng dư nợ cho vay đến 31/12/2026 là 271,48 tỷ đồng', '| Cộng | 246.915 | 271.480 |'], values: ['271.480 triệu đồng', '271,84 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'dư nợ đạt 271,48 tỷ đồng', note: 'Class 5: the summary gives the loans as 271,84 tỷ against the 271,48 tỷ (271.480 triệu) of II.4 and the tables; digits swapped.' }),
    repeat({ id: 'sum-profit', quote: ['Lợi nhuận trước thuế đạt 6,61 tỷ đồng', 'Lợi nhuận trước thuế đạt 6.608 triệu đồng', '| Lợi nhuận trước thuế (triệu đồng) | 6.608 | 7.200 | 9,0 |'], values: ['6.608 triệu đồng', '6,61 tỷ đồng', '6.608 triệu đồng'], kind: 'unit', note: 'restated in tỷ, agreeing.' }),
    change({ id: 'sum-profit-change', quote: ['tăng 17,1% so với năm 2025', 'Lợi nhuận trước thuế đạt 6,61 tỷ đồng', '| 3. Lợi nhuận trước thuế | 5.917 | 6.608 |'], x: '6.608', base: '5.917', stated: '17,1%', direction: 'tăng', mistake: 'planted', original: 'tăng 11,7% so với năm 2025', note: 'Class 2: the summary\'s rise has its figures only in the income table of II.6 (6.608 against 5.917 = 11,68% → 11,7%); written with digits swapped.' }),
    // IV plan 2027
    change({ id: 'plan-members', quote: ['| Tổng số thành viên (thành viên) | 4.367 | 4.650 | 6,5 |'], x: '4.650', base: '4.367', stated: '6,5', direction: 'tăng' }),
    change({ id: 'plan-capital', quote: ['| Vốn điều lệ (triệu đồng) | 11.661 | 13.000 | 11,5 |'], x: '13.000', base: '11.661', stated: '11,5', direction: 'tăng' }),
    change({ id: 'plan-deposits', quote: ['| Tổng tiền gửi (triệu đồng) | 288.725 | 318.000 | 10,1 |'], x: '318.000', base: '288.725', stated: '10,1', direction: 'tăng' }),
    change({ id: 'plan-loans', quote: ['| Tổng dư nợ (triệu đồng) | 271.480 | 298.000 | 9,8 |'], x: '298.000', base: '271.480', stated: '9,8', direction: 'tăng' }),
    change({ id: 'plan-profit', quote: ['| Lợi nhuận trước thuế (triệu đồng) | 6.608 | 7.200 | 9,0 |'], x: '7.200', base: '6.608', stated: '9,0', direction: 'tăng' }),
    sum({ id: 'plan-member-flow', quote: ['tổng số thành viên đến cuối năm 2027 đạt 4.650 thành viên', 'Kết nạp mới 400 thành viên', 'dự kiến khoảng 117 người', '| Tổng số thành viên (thành viên) | 4.367 | 4.650 | 6,5 |'], parts: ['4.367', '400', '−117'], total: '4.650', note: 'the start is in the table.' }),
    contradiction({ id: 'plan-thresholds', quote: ['phấn đấu không thấp hơn 12%/năm', '| Tỷ lệ nợ xấu (%) | 0,45 | Dưới 1 | - |', 'trước ngày 30/6/2027', 'nhiệm kỳ 2027 - 2032'], stated: '12%', expected: 'targets, a deadline and a term', consistent: true, reason: 'A minimum dividend, a bad-debt ceiling, a date and a term of office.', trap: 'targets with no X/Y, a date and a term.' }),
  ],
});
