// Written for the corpus, blind: the Ban Chấp hành of the Hội Bảo trợ người khuyết tật và trẻ mồ côi of xã Tam Giang
// Đông (tỉnh Quảng Ngãi after the 2025 merger; the commune, its eight thôn and its people are invented) to the Ban
// Thường trực of the commune's Ủy ban MTTQ and the provincial association, the association's report on the year 2026
// (figures to 25/12/2026) and its tasks for 2027, in parts I - IV. Situation: people with disabilities as a share of
// the population, by level with shares in parentheses adding to 100%, by kind (a share of the largest), bare age
// shares; orphans and children in difficulty by kind, a "none" of children in institutions beside the orphans cared
// for by kin; poor households among the households with disabled members and their change in percentage points.
// Organisation: committee and standing committee (a subset), 8/8 branches (100%), recruitment against a target in the
// sentence before, members who left with their parts, the net gain, members at the end of the year as footnote 1's
// start + the net gain, its change, a share of women, members against the population at the top; a table per thôn
// (members, new members, disabled people, children, rating) with its total row, text restating the table (the largest
// branch, the thôn with most disabled people and its share), the excellent branches as X/Y written as a whole percent,
// "none" statements of weak branches and of members breaking the law. Allowances: cases reviewed with a "trong đó",
// a "none" of abuse beside transferred cases; the mức chuẩn in footnote 2 (đồng) × coefficients = rates (nghìn đồng) in
// a table per group (count × rate = the month's money on each row, totals), the text restating the month in triệu
// with its parts (disabled and orphans) and the average per person, the disabled beneficiaries as the severe and very
// severe of part I and their share, payment through bank accounts X/Y and the remainder, the year's allowance and its
// monthly average, outside the fund. Fund: raised against a target (excess) and last year's figure in footnote 3
// (change), after "gồm" with dues as members × nghìn đồng; the sources as footnote 4's carry-over in nghìn đồng + the
// year's in triệu; spending as a share of the sources and after "gồm" (ten items), the children's items in nghìn đồng
// and their share of spending; the balance as sources less spending; a "none" of misuse beside four inspections. Tết:
// gifts × value per gift, a "trong đó" from the fund and the remainder given directly, gifts by kind and the children's
// share, the footnote restating the total in nghìn đồng; mid-autumn gifts and sick visits as products, each repeated in
// the spending list. Aids: wheelchairs with a "trong đó" pair, aids after "gồm", the term's lũy kế from footnote 7; a
// plan of 70 whose percent appears only in the summary. Health: screening, surgeries X/Y at exactly 56,25%, the
// remainder, a "none" of complications; BHYT cards after "gồm", the coverage percent of the 412 of part I, a minimum,
// cards bought by the association as a product in đồng written in triệu. Scholarships as two products and their sum,
// their count against the children of part I (exactly 43,75%); exercise books as a product; a "none" of drop-outs.
// Jobs: trainees after "gồm", employed X/Y, an income range, livelihood per household and loans per household (tỷ →
// triệu). Houses: registered, done after "gồm" (two products and their sum), a range of support, the fund's share of
// the total value, the remainder, the lũy kế from footnote 8. A summary restating figures (one in tỷ), weaknesses (the
// sponsors' share of the fund, remainders), and 2027 tasks with targets and remainders.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the 394 disabled people with BHYT cards written as 96,5%
// of the 412 of part I (95,63% → 95,6%, digits swapped); the children's items, 79.200 nghìn đồng, written as 10,7% of
// spending (the 698,2 triệu of the sentence before give 11,3%; 10,7% divides by the 742,6 triệu raised). Class 2: the
// summary's 64 wheelchairs and aids at 94,1% of the plan of 70 given in II.5 (91,43% → 91,4%, digits swapped). Class 3:
// bare age shares 12,4 + 51,7 + 36,9 = 101,0% (35,9 written 36,9). Class 4: trainees 13 + 9 + 14 + 9 = 45 against 47
// (đan lát, làm hương 16 written 14). Class 5 ×2: Giang Đông's members in the text 186 against the table's 168; footnote
// 6's Tết total 234.000 nghìn đồng against the 243 triệu of II.4. Class 6: footnote 8's 59 houses to the end of 2025 +
// the year's 6 ≠ the lũy kế 63 (57 written 59). Class 7: 5/8 excellent branches written 62% (62,5% → 63% half-up).
// Class 8: "không có trẻ … phải bỏ học" in II.6 against the 2 orphans who dropped out in III.2 (and the 2027 task).
// Traps (33): document numbers and dates (the report, the letter and programme it answers, a term, footnotes' decrees
// and reports); dates written like X/Y (18/4, 3/12, 10/02/2026 with its lunar date, 25/12/2026) and a school year; an
// account number; age bounds of the allowance groups; percentage points for poor households (2,4 points, not 17,8%);
// "trong đó" subsets (the standing committee, Tết gifts from the fund with the remainder given directly); 100% of 8/8;
// the members at the end of the year as footnote 1's start + the net gain (not the 102 recruited); the mức chuẩn of
// footnote 2 in đồng × a coefficient giving nghìn đồng; the month's money restated from nghìn đồng in triệu; an
// average allowance across coefficients (864,89 → 865); the year's allowance (outside the fund) as a monthly average;
// products of count × rate (dues in triệu, Tết gifts, BHYT cards in đồng → triệu); the carry-over in nghìn đồng of
// footnote 4 added to triệu; children's items summed from triệu into nghìn đồng; half-up at exactly 56,25 (surgeries)
// and 43,75 (scholarships, base in part I); a minimum of 95% beside the rate; loans per household from tỷ to triệu;
// ranges (income, support per house); the summary's fund in tỷ; "none" statements beside counts of another kind
// (children in institutions beside orphans cared for by kin, weak branches beside the ratings, abuse beside
// transfers, misuse beside inspections, complications beside operations) or with nothing against them (members
// breaking the law); 2027 targets written as X/Y (6/8) and percents with no base.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-hoi-bao-tro-nkt-tmc-xa-tam-giang-dong-cong-tac-hoi-nam-2026.md',
  prefix: 'tgd',
  claims: [
    // Header, documents, dates
    contradiction({ id: 'documents', quote: ['Số: 14/BC-HBT', 'Công văn số 86/HBT-VP ngày 20/11/2026', 'Chương trình số 02/CTr-HBT ngày 12/01/2026', 'nhiệm kỳ 2022 - 2027'], stated: '14', expected: 'documents', consistent: true, reason: 'The report\'s number, the documents it answers and a term of office.', trap: 'numbers in documents\' names, dates and a term.' }),
    contradiction({ id: 'footnote-documents', quote: ['Báo cáo số 11/BC-HBT ngày 26/12/2025', 'Nghị định số 76/2024/NĐ-CP ngày 01/7/2024', 'Nghị định số 20/2021/NĐ-CP ngày 15/3/2021', 'Biên bản kiểm tra quỹ ngày 05/01/2026'], stated: '11/BC-HBT', expected: 'documents', consistent: true, reason: 'Documents cited in the footnotes.', trap: 'numbers in documents\' names and dates (written like X/Y).' }),
    contradiction({ id: 'dates', quote: ['Ngày Người khuyết tật Việt Nam 18/4 và Ngày Quốc tế người khuyết tật 3/12', 'ngày 10/02/2026 (23 tháng Chạp năm Ất Tỵ)', 'Đầu năm học 2026 - 2027', 'bỏ học từ tháng 9/2026', 'Số liệu trong báo cáo tính đến ngày 25/12/2026'], stated: '18/4', expected: 'dates', consistent: true, reason: 'Commemorative days, the Tết ceremony with its lunar date, a school year, a month and the cut-off date.', trap: 'dates written like X/Y and a school year like a range.' }),
    contradiction({ id: 'account', quote: ['Tài khoản số 4606 2050 12873'], stated: '4606 2050 12873', expected: 'an account number', consistent: true, reason: 'A bank account number.', trap: 'digits of an account number.' }),
    contradiction({ id: 'age-bounds', quote: ['Trẻ em mồ côi từ đủ 4 tuổi đến dưới 16 tuổi', 'Trẻ em mồ côi dưới 4 tuổi'], stated: '4', expected: 'age bounds', consistent: true, reason: 'Age bounds of the allowance groups.', trap: 'numbers in age bounds.' }),
    // I. situation
    share({ id: 'nkt-pop', quote: ['chiếm 1,73% dân số', 'toàn xã có 412 người khuyết tật', '23.860 nhân khẩu'], x: '412', y: '23.860', stated: '1,73%' }),
    sum({ id: 'levels', quote: ['toàn xã có 412 người khuyết tật', 'đặc biệt nặng 64 người (15,5%), nặng 171 người (41,5%), nhẹ 177 người (43,0%)'], parts: ['64', '171', '177'], total: '412', note: 'the total is in the paragraph before.' }),
    share({ id: 'share-very-severe', quote: ['đặc biệt nặng 64 người (15,5%)', 'toàn xã có 412 người khuyết tật'], x: '64', y: '412', stated: '15,5%' }),
    share({ id: 'share-severe', quote: ['nặng 171 người (41,5%)', 'toàn xã có 412 người khuyết tật'], x: '171', y: '412', stated: '41,5%' }),
    share({ id: 'share-mild', quote: ['nhẹ 177 người (43,0%)', 'toàn xã có 412 người khuyết tật'], x: '177', y: '412', stated: '43,0%' }),
    sum({ id: 'level-shares', quote: ['đặc biệt nặng 64 người (15,5%), nặng 171 người (41,5%), nhẹ 177 người (43,0%)'], parts: ['15,5%', '41,5%', '43,0%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    sum({ id: 'kinds', quote: ['toàn xã có 412 người khuyết tật', 'khuyết tật vận động 168 người (40,8%); thần kinh, tâm thần 74 người; trí tuệ 61 người; nghe, nói 47 người; nhìn 39 người; dạng khuyết tật khác 23 người'], parts: ['168', '74', '61', '47', '39', '23'], total: '412' }),
    share({ id: 'share-motor', quote: ['khuyết tật vận động 168 người (40,8%)', 'toàn xã có 412 người khuyết tật'], x: '168', y: '412', stated: '40,8%' }),
    sum({ id: 'age-shares', quote: ['trẻ em dưới 16 tuổi chiếm 12,4%, người từ 16 đến dưới 60 tuổi chiếm 51,7%, người từ đủ 60 tuổi trở lên chiếm 36,9%'], parts: ['12,4%', '51,7%', '36,9%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'người từ đủ 60 tuổi trở lên chiếm 35,9%', note: 'Class 3: the three age shares add to 101,0%; the elderly\'s 35,9% is written 36,9%.' }),
    sum({ id: 'children-kinds', quote: ['có 96 trẻ em mồ côi và trẻ em có hoàn cảnh khó khăn', 'có 9 em mồ côi cả cha lẫn mẹ, 58 em mồ côi cha hoặc mẹ và 29 em có hoàn cảnh đặc biệt khó khăn khác'], parts: ['9', '58', '29'], total: '96', note: 'the total is in the paragraph above.' }),
    contradiction({ id: 'no-institution', quote: ['trên địa bàn không có trẻ em phải đưa vào cơ sở trợ giúp xã hội', 'Cả 9 em mồ côi cả cha lẫn mẹ đều được ông bà, người thân nhận chăm sóc, nuôi dưỡng tại gia đình'], stated: 'không có trẻ em phải đưa vào cơ sở trợ giúp xã hội', expected: 'none', consistent: true, reason: 'The 9 full orphans are cared for by kin at home, not in an institution.', trap: 'a "none" beside a count of another kind.' }),
    ratio({ id: 'poor-share', quote: ['còn 41 hộ nghèo (11,1%)', 'trong 368 hộ có người khuyết tật'], x: '41', y: '368', stated: '11,1%' }),
    difference({ id: 'poor-pp', quote: ['giảm 2,4 điểm phần trăm so với cuối năm 2025 (13,5%)', 'còn 41 hộ nghèo (11,1%)'], a: '13,5', b: '11,1', stated: '2,4', trap: 'a change in percentage points, not a relative one (17,8%).' }),
    // II.1 organisation
    atLeast({ id: 'standing-committee', quote: ['hiện có 15 ủy viên, trong đó Ban Thường vụ 5 ủy viên', 'Ban Kiểm tra có 3 thành viên'], big: '15', small: '5', trap: 'a "trong đó" subset; the control board is not a part of the committee.' }),
    ratio({ id: 'branches-meeting', quote: ['8/8 chi hội duy trì sinh hoạt định kỳ mỗi quý một lần (100%)'], x: '8', y: '8', stated: '100%', trap: '100% of X/X.' }),
    ratio({ id: 'recruit-target', quote: ['đạt 113,3% chỉ tiêu', 'giao chỉ tiêu kết nạp 90 hội viên mới', 'đã kết nạp được 102 hội viên'], x: '102', y: '90', stated: '113,3%', note: 'the target is in the sentence before.' }),
    sum({ id: 'left', quote: ['giảm 15 hội viên (chuyển đi nơi khác 6, từ trần 9)'], parts: ['6', '9'], total: '15' }),
    difference({ id: 'net-gain', quote: ['tăng thực 87 hội viên', 'đã kết nạp được 102 hội viên', 'giảm 15 hội viên'], a: '102', b: '15', stated: '87' }),
    cumulative({ id: 'members-end', quote: ['toàn Hội có 1.146 hội viên', 'toàn Hội có 1.059 hội viên', 'tăng thực 87 hội viên'], previous: '1.059', period: '87', stated: '1.146', trap: 'the start of the year only in footnote 1, the net gain (not the 102 recruited) added.' }),
    change({ id: 'members-change', quote: ['tăng 8,2% so với đầu năm', 'toàn Hội có 1.146 hội viên', 'toàn Hội có 1.059 hội viên'], x: '1.146', base: '1.059', stated: '8,2%', direction: 'tăng', note: 'the base is in footnote 1.' }),
    share({ id: 'women', quote: ['trong đó nữ 637 hội viên (55,6%)', 'toàn Hội có 1.146 hội viên'], x: '637', y: '1.146', stated: '55,6%' }),
    atLeast({ id: 'disabled-members', quote: ['hội viên là người khuyết tật 214 người', 'toàn Hội có 1.146 hội viên'], big: '1.146', small: '214', note: 'a second "trong đó" subset (women and disabled members overlap; they are not parts of a total).' }),
    ratio({ id: 'members-pop', quote: ['Số hội viên bằng 4,8% dân số toàn xã', 'toàn Hội có 1.146 hội viên', '23.860 nhân khẩu'], x: '1.146', y: '23.860', stated: '4,8%', note: 'the population is at the top.' }),
    sum({ id: 't-members', quote: ['| Toàn xã | 1.146 | 102 | 412 | 96 | 5 xuất sắc |'], parts: ['168', '142', '155', '131', '149', '127', '138', '136'], total: '1.146', kind: 'cross_total' }),
    sum({ id: 't-new', quote: ['| Toàn xã | 1.146 | 102 | 412 | 96 | 5 xuất sắc |'], parts: ['15', '11', '14', '12', '13', '10', '14', '13'], total: '102', kind: 'cross_total' }),
    sum({ id: 't-disabled', quote: ['| Toàn xã | 1.146 | 102 | 412 | 96 | 5 xuất sắc |'], parts: ['56', '49', '55', '46', '53', '44', '59', '50'], total: '412', kind: 'cross_total' }),
    sum({ id: 't-children', quote: ['| Toàn xã | 1.146 | 102 | 412 | 96 | 5 xuất sắc |'], parts: ['14', '11', '13', '10', '12', '9', '15', '12'], total: '96', kind: 'cross_total' }),
    repeat({ id: 't-disabled-top', quote: ['| Toàn xã | 1.146 | 102 | 412 | 96 | 5 xuất sắc |', 'toàn xã có 412 người khuyết tật'], values: ['412', '412'] }),
    repeat({ id: 'giang-dong', quote: ['chi hội đông hội viên nhất với 186 hội viên', '| Giang Đông | 168 | 15 | 56 | 14 | Xuất sắc |'], values: ['186', '168'], mistake: 'planted', original: 'chi hội đông hội viên nhất với 168 hội viên', note: 'Class 5: the text restates Giang Đông\'s members with two digits swapped (186 for the table\'s 168).' }),
    repeat({ id: 'tan-quy', quote: ['(59 người, bằng 14,3% tổng số người khuyết tật toàn xã)', '| Tân Quý | 138 | 14 | 59 | 15 | Xuất sắc |'], values: ['59', '59'] }),
    share({ id: 'tan-quy-share', quote: ['bằng 14,3% tổng số người khuyết tật toàn xã', '| Tân Quý | 138 | 14 | 59 | 15 | Xuất sắc |', '| Toàn xã | 1.146 | 102 | 412 | 96 | 5 xuất sắc |'], x: '59', y: '412', stated: '14,3%' }),
    ratio({ id: 'excellent', quote: ['5/8 chi hội đạt loại xuất sắc (62%)'], x: '5', y: '8', stated: '62%', mistake: 'planted', original: '5/8 chi hội đạt loại xuất sắc (63%)', note: 'Class 7: 5/8 = 62,5%, which is 63% written whole (half-up); 62% rounds half down.' }),
    sum({ id: 'ratings', quote: ['5/8 chi hội đạt loại xuất sắc (62%), 3 chi hội hoàn thành tốt nhiệm vụ'], parts: ['5', '3'], total: '8' }),
    contradiction({ id: 'no-weak-branch', quote: ['không có chi hội xếp loại trung bình, yếu', '5/8 chi hội đạt loại xuất sắc (62%), 3 chi hội hoàn thành tốt nhiệm vụ'], stated: 'không có chi hội xếp loại trung bình, yếu', expected: 'none', consistent: true, reason: 'The 5 excellent and 3 good branches are all 8.', trap: 'a "none" beside counts of other ratings.' }),
    contradiction({ id: 'no-violation', quote: ['Trong năm không có hội viên vi phạm pháp luật hoặc mắc tệ nạn xã hội'], stated: 'không có hội viên vi phạm pháp luật', expected: 'none', consistent: true, reason: 'Nothing in the report counts such members.', trap: 'a "none" with nothing against it.' }),
    // II.2 allowances
    atLeast({ id: 'new-beneficiaries', quote: ['đã xem xét 27 hồ sơ, trong đó 21 trường hợp đủ điều kiện'], big: '27', small: '21', note: 'a "trong đó" subset.' }),
    contradiction({ id: 'no-abuse', quote: ['không phát hiện trường hợp trục lợi chính sách', '3 đối tượng chuyển đến từ xã khác được tiếp nhận hồ sơ'], stated: 'không phát hiện trường hợp trục lợi chính sách', expected: 'none', consistent: true, reason: 'Three transferred beneficiaries are not abuse.', trap: 'a "none" beside a count of another kind.' }),
    product({ id: 'rate-2-5', quote: ['| 12 | 2,5 | 1.250 | 15.000 |', 'Mức chuẩn trợ giúp xã hội 500.000 đồng/tháng'], x: '500.000', y: '2,5', factor: '0,001', stated: '1.250', trap: 'the mức chuẩn of footnote 2 in đồng × a coefficient, in nghìn đồng (a coefficient is not a percent).' }),
    product({ id: 'row-very-severe-child', quote: ['| 12 | 2,5 | 1.250 | 15.000 |'], x: '12', y: '1.250', stated: '15.000', note: 'count × rate on a row.' }),
    product({ id: 'row-very-severe', quote: ['| 52 | 2,0 | 1.000 | 52.000 |'], x: '52', y: '1.000', stated: '52.000' }),
    product({ id: 'row-severe', quote: ['| 139 | 1,5 | 750 | 104.250 |'], x: '139', y: '750', stated: '104.250' }),
    product({ id: 'row-orphan', quote: ['| 19 | 1,5 | 750 | 14.250 |'], x: '19', y: '750', stated: '14.250' }),
    sum({ id: 't-beneficiaries', quote: ['| Cộng | 257 | - | - | 221.250 |'], parts: ['12', '52', '32', '139', '3', '19'], total: '257', kind: 'cross_total' }),
    sum({ id: 't-month-money', quote: ['| Cộng | 257 | - | - | 221.250 |'], parts: ['15.000', '52.000', '32.000', '104.250', '3.750', '14.250'], total: '221.250', kind: 'cross_total' }),
    repeat({ id: 'month-total', quote: ['Tổng kinh phí chi trả tháng 12/2026 là 221,25 triệu đồng', '| Cộng | 257 | - | - | 221.250 |'], values: ['221,25 triệu đồng', '221.250 nghìn đồng'], kind: 'unit', trap: 'the table\'s nghìn đồng restated in triệu.' }),
    sum({ id: 'disabled-beneficiaries', quote: ['trong đó người khuyết tật 235 người', '| 12 | 2,5 | 1.250 | 15.000 |', '| 52 | 2,0 | 1.000 | 52.000 |', '| 32 | 2,0 | 1.000 | 32.000 |', '| 139 | 1,5 | 750 | 104.250 |'], parts: ['12', '52', '32', '139'], total: '235' }),
    sum({ id: 'disabled-money', quote: ['với 203,25 triệu đồng', '| 12 | 2,5 | 1.250 | 15.000 |', '| 52 | 2,0 | 1.000 | 52.000 |', '| 32 | 2,0 | 1.000 | 32.000 |', '| 139 | 1,5 | 750 | 104.250 |'], parts: ['15.000 nghìn đồng', '52.000 nghìn đồng', '32.000 nghìn đồng', '104.250 nghìn đồng'], total: '203,25 triệu đồng', note: 'the table\'s rows in nghìn đồng, the text in triệu.' }),
    quotient({ id: 'average-allowance', quote: ['bình quân 865 nghìn đồng/người/tháng', 'với 203,25 triệu đồng', 'trong đó người khuyết tật 235 người'], x: '203,25', y: '235', factor: '1000', stated: '865', trap: 'an average across coefficients (864,89 written whole), not a rate of the table.' }),
    sum({ id: 'orphan-beneficiaries', quote: ['trẻ em mồ côi 22 em với 18 triệu đồng', '| 3 | 2,5 | 1.250 | 3.750 |', '| 19 | 1,5 | 750 | 14.250 |'], parts: ['3', '19'], total: '22' }),
    sum({ id: 'orphan-money', quote: ['với 18 triệu đồng', '| 3 | 2,5 | 1.250 | 3.750 |', '| 19 | 1,5 | 750 | 14.250 |'], parts: ['3.750 nghìn đồng', '14.250 nghìn đồng'], total: '18 triệu đồng' }),
    sum({ id: 'month-parts', quote: ['Tổng kinh phí chi trả tháng 12/2026 là 221,25 triệu đồng', 'với 203,25 triệu đồng', 'với 18 triệu đồng'], parts: ['203,25', '18'], total: '221,25' }),
    sum({ id: 'very-severe-paid', quote: ['đặc biệt nặng 64 người (15,5%)', '| 12 | 2,5 | 1.250 | 15.000 |', '| 52 | 2,0 | 1.000 | 52.000 |'], parts: ['12', '52'], total: '64', note: 'the very severe of part I, all paid (the sentence below says so).' }),
    sum({ id: 'severe-paid', quote: ['nặng 171 người (41,5%)', '| 32 | 2,0 | 1.000 | 32.000 |', '| 139 | 1,5 | 750 | 104.250 |'], parts: ['32', '139'], total: '171' }),
    share({ id: 'beneficiaries-share', quote: ['chiếm 57,0% tổng số người khuyết tật', 'trong đó người khuyết tật 235 người', 'toàn xã có 412 người khuyết tật'], x: '235', y: '412', stated: '57,0%', note: 'the base is in part I.' }),
    ratio({ id: 'bank', quote: ['Có 214/257 đối tượng nhận trợ cấp qua tài khoản ngân hàng (83,3%)'], x: '214', y: '257', stated: '83,3%' }),
    difference({ id: 'cash', quote: ['43 đối tượng còn lại', 'Có 214/257 đối tượng'], a: '257', b: '214', stated: '43', note: 'a remainder.' }),
    quotient({ id: 'year-allowance', quote: ['bình quân 216,4 triệu đồng/tháng', 'là 2.596,5 triệu đồng'], x: '2.596,5', y: '12', stated: '216,4', trap: 'a monthly average (216,375 → 216,4) of money outside the fund; not 12 × the December figure.' }),
    // II.3 fund
    excess({ id: 'fund-excess', quote: ['vượt 23,8% chỉ tiêu Đại hội giao cho năm (600 triệu đồng)', 'Quỹ Hội vận động được 742,6 triệu đồng'], x: '742,6', y: '600', stated: '23,8%' }),
    change({ id: 'fund-change', quote: ['tăng 13,3% so với năm trước', 'Năm 2025 Quỹ Hội vận động được 655,4 triệu đồng', 'Quỹ Hội vận động được 742,6 triệu đồng'], x: '742,6', base: '655,4', stated: '13,3%', direction: 'tăng', note: 'the base is in footnote 3.' }),
    product({ id: 'dues', quote: ['hội phí và đóng góp của hội viên 57,3 triệu đồng (mức 50 nghìn đồng/hội viên/năm)', 'toàn Hội có 1.146 hội viên'], x: '1.146', y: '50', factor: '0,001', stated: '57,3', trap: 'members × nghìn đồng, in triệu.' }),
    sum({ id: 'fund-sources', quote: ['Quỹ Hội vận động được 742,6 triệu đồng', 'gồm: hội phí và đóng góp của hội viên 57,3 triệu đồng', 'doanh nghiệp, nhà hảo tâm 468,5 triệu đồng, con em quê hương làm ăn xa 154,8 triệu đồng, Hội Bảo trợ tỉnh hỗ trợ 62 triệu đồng'], parts: ['57,3', '468,5', '154,8', '62'], total: '742,6' }),
    cumulative({ id: 'fund-total', quote: ['tổng nguồn Quỹ năm 2026 là 829,05 triệu đồng', 'Số dư Quỹ Hội đến ngày 31/12/2025 là 86.450 nghìn đồng', 'Quỹ Hội vận động được 742,6 triệu đồng'], previous: '86.450 nghìn đồng', period: '742,6 triệu đồng', stated: '829,05 triệu đồng', trap: 'a carry-over in nghìn đồng only in footnote 4, added to the year in triệu.' }),
    share({ id: 'spent-share', quote: ['bằng 84,2% tổng nguồn', 'Tổng chi năm 2026 là 698,2 triệu đồng', 'tổng nguồn Quỹ năm 2026 là 829,05 triệu đồng'], x: '698,2', y: '829,05', stated: '84,2%' }),
    sum({ id: 'spending', quote: ['Tổng chi năm 2026 là 698,2 triệu đồng', 'quà Tết Nguyên đán 168 triệu đồng; quà Tết Trung thu 14,4 triệu đồng; mua xe lăn, xe lắc, dụng cụ trợ giúp 88 triệu đồng; học bổng 64,8 triệu đồng; hỗ trợ mua thẻ bảo hiểm y tế 33,74 triệu đồng; hỗ trợ xây mới, sửa chữa nhà ở 190 triệu đồng; hỗ trợ học nghề, sinh kế 52,4 triệu đồng; thăm hỏi người ốm đau, gia đình gặp khó khăn đột xuất 41,5 triệu đồng; hỗ trợ phẫu thuật, phục hồi chức năng 32,5 triệu đồng; chi hoạt động, khen thưởng 12,86 triệu đồng'], parts: ['168', '14,4', '88', '64,8', '33,74', '190', '52,4', '41,5', '32,5', '12,86'], total: '698,2' }),
    sum({ id: 'children-items', quote: ['(học bổng và quà Trung thu) là 79.200 nghìn đồng', 'quà Tết Trung thu 14,4 triệu đồng', 'học bổng 64,8 triệu đồng'], parts: ['64,8 triệu đồng', '14,4 triệu đồng'], total: '79.200 nghìn đồng', trap: 'parts in triệu, their sum in nghìn đồng.' }),
    ratio({ id: 'children-items-share', quote: ['chiếm 10,7% tổng chi', 'là 79.200 nghìn đồng', 'Tổng chi năm 2026 là 698,2 triệu đồng'], x: '79.200 nghìn đồng', y: '698,2 triệu đồng', stated: '10,7%', mistake: 'planted', original: 'chiếm 11,3% tổng chi', note: 'Class 1: the base is the spending of the sentence before, in another scale; 79,2 of 698,2 triệu is 11,34% → 11,3%; 10,7% divides by the 742,6 triệu raised.' }),
    difference({ id: 'balance', quote: ['Số dư Quỹ Hội đến ngày 25/12/2026 là 130,85 triệu đồng', 'tổng nguồn Quỹ năm 2026 là 829,05 triệu đồng', 'Tổng chi năm 2026 là 698,2 triệu đồng'], a: '829,05', b: '698,2', stated: '130,85', note: 'sources less spending.' }),
    contradiction({ id: 'no-misuse', quote: ['Ban Kiểm tra Hội đã tổ chức 4 đợt kiểm tra việc thu, chi Quỹ; không phát hiện khoản chi sai mục đích, sai đối tượng'], stated: 'không phát hiện khoản chi sai mục đích', expected: 'none', consistent: true, reason: 'Four inspections are not misused spending.', trap: 'a "none" beside a count of another kind.' }),
    // II.4 Tết, visits
    product({ id: 'tet-value', quote: ['tổng trị giá 243 triệu đồng', 'Hội trao 486 suất quà (mỗi suất 500 nghìn đồng'], x: '486', y: '500', factor: '0,001', stated: '243', trap: 'gifts × nghìn đồng per gift, in triệu.' }),
    difference({ id: 'tet-direct', quote: ['số còn lại 75 triệu đồng do các nhà hảo tâm trao trực tiếp', 'tổng trị giá 243 triệu đồng', 'trong đó từ Quỹ Hội 168 triệu đồng'], a: '243', b: '168', stated: '75', trap: 'a "trong đó" from the fund and the remainder given outside it.' }),
    sum({ id: 'tet-kinds', quote: ['Hội trao 486 suất quà', 'có 390 suất cho người khuyết tật và 96 suất cho trẻ mồ côi'], parts: ['390', '96'], total: '486' }),
    share({ id: 'tet-children-share', quote: ['96 suất cho trẻ mồ côi, trẻ em có hoàn cảnh khó khăn (19,8%)', 'Hội trao 486 suất quà'], x: '96', y: '486', stated: '19,8%' }),
    repeat({ id: 'tet-footnote', quote: ['tổng trị giá quà 234.000 nghìn đồng', 'tổng trị giá 243 triệu đồng'], values: ['243 triệu đồng', '234.000 nghìn đồng'], kind: 'unit', mistake: 'planted', original: 'tổng trị giá quà 243.000 nghìn đồng', note: 'Class 5: footnote 6 restates the Tết total in nghìn đồng with two digits swapped (234.000 for 243.000).' }),
    atLeast({ id: 'tet-sponsor', quote: ['Công ty TNHH Thủy sản Minh Phát tài trợ 120 suất', 'Hội trao 486 suất quà'], big: '486', small: '120', note: 'a sponsor\'s share of the gifts, a "trong đó".' }),
    product({ id: 'mid-autumn', quote: ['tổng cộng 14,4 triệu đồng', 'tặng 96 suất quà cho trẻ mồ côi', 'mỗi suất 150 nghìn đồng'], x: '96', y: '150', factor: '0,001', stated: '14,4' }),
    product({ id: 'visits', quote: ['tổng số tiền 41,5 triệu đồng', 'thăm hỏi 83 lượt người khuyết tật', 'mức 500 nghìn đồng/lượt'], x: '83', y: '500', factor: '0,001', stated: '41,5' }),
    // II.5 aids, health, BHYT
    sum({ id: 'wheelchairs', quote: ['Hội đã trao 38 xe lăn, xe lắc (trong đó 14 chiếc do Hội Bảo trợ tỉnh trao tặng, 24 chiếc do Hội mua từ Quỹ)'], parts: ['14', '24'], total: '38' }),
    sum({ id: 'aids', quote: ['26 dụng cụ trợ giúp, gồm 11 máy trợ thính, 9 đôi nạng, 6 gậy dò đường'], parts: ['11', '9', '6'], total: '26' }),
    cumulative({ id: 'wheelchairs-term', quote: ['Hội đã trao tổng cộng 184 xe lăn, xe lắc', 'Hội đã trao 146 xe lăn, xe lắc', 'Hội đã trao 38 xe lăn, xe lắc'], previous: '146', period: '38', stated: '184', note: 'the term\'s earlier years only in footnote 7.' }),
    repeat({ id: 'aids-spent', quote: ['kinh phí Hội chi mua xe và dụng cụ là 88 triệu đồng', 'mua xe lăn, xe lắc, dụng cụ trợ giúp 88 triệu đồng'], values: ['88', '88'] }),
    ratio({ id: 'surgery', quote: ['đã vận động phẫu thuật miễn phí được 9 trường hợp (56,3%)', 'phát hiện 16 trường hợp có chỉ định phẫu thuật'], x: '9', y: '16', stated: '56,3%', trap: 'rounded half-up from exactly 56,25 (truncation gives 56,2).' }),
    difference({ id: 'surgery-left', quote: ['7 trường hợp còn lại đang chờ lịch mổ', 'phát hiện 16 trường hợp', 'được 9 trường hợp (56,3%)'], a: '16', b: '9', stated: '7' }),
    contradiction({ id: 'no-complication', quote: ['Các ca phẫu thuật đều an toàn, không có tai biến'], stated: 'không có tai biến', expected: 'none', consistent: true, reason: 'Nothing in the report counts complications; the 9 operations and 41 rehabilitation visits are of another kind.', trap: 'a "none" beside counts of another kind.' }),
    sum({ id: 'bhyt-holders', quote: ['có 394 người khuyết tật có thẻ bảo hiểm y tế, gồm 235 người thuộc diện bảo trợ xã hội', '101 người tham gia theo các nhóm đối tượng khác', '58 người khuyết tật nhẹ do Hội hỗ trợ mua thẻ'], parts: ['235', '101', '58'], total: '394' }),
    ratio({ id: 'bhyt-rate', quote: ['Tỷ lệ người khuyết tật có thẻ bảo hiểm y tế đạt 96,5%', 'có 394 người khuyết tật có thẻ bảo hiểm y tế', 'toàn xã có 412 người khuyết tật'], x: '394', y: '412', stated: '96,5%', mistake: 'planted', original: 'Tỷ lệ người khuyết tật có thẻ bảo hiểm y tế đạt 95,6%', note: 'Class 1: the count is in the sentence before and the base in part I (and the table); 394/412 = 95,63% → 95,6%, written with digits swapped.' }),
    atLeast({ id: 'bhyt-minimum', quote: ['cao hơn chỉ tiêu tối thiểu 95% do Đại hội đề ra', 'đạt 96,5%'], big: '96,5%', small: '95%', trap: 'a minimum beside a rate (not an excess of 1,5%); the rate is above it either way.' }),
    sum({ id: 'bhyt-cards', quote: ['Hội hỗ trợ mua 89 thẻ bảo hiểm y tế (58 người khuyết tật nhẹ, 31 trẻ em có hoàn cảnh khó khăn)'], parts: ['58', '31'], total: '89' }),
    product({ id: 'bhyt-cost', quote: ['tổng số tiền 33,74 triệu đồng', 'Hội hỗ trợ mua 89 thẻ bảo hiểm y tế', 'mức 379.080 đồng/thẻ'], x: '89', y: '379.080', factor: '0,000001', stated: '33,74', trap: 'cards × đồng per card, in triệu (33,738 → 33,74).' }),
    repeat({ id: 'bhyt-spent', quote: ['tổng số tiền 33,74 triệu đồng', 'hỗ trợ mua thẻ bảo hiểm y tế 33,74 triệu đồng'], values: ['33,74', '33,74'] }),
    // II.6 scholarships
    product({ id: 'scholar-high', quote: ['18 suất mức 2 triệu đồng (36 triệu đồng)'], x: '18', y: '2', stated: '36' }),
    product({ id: 'scholar-low', quote: ['24 suất mức 1,2 triệu đồng (28,8 triệu đồng)'], x: '24', y: '1,2', stated: '28,8' }),
    sum({ id: 'scholar-money', quote: ['tổng kinh phí 64,8 triệu đồng', '(36 triệu đồng)', '(28,8 triệu đồng)'], parts: ['36', '28,8'], total: '64,8' }),
    sum({ id: 'scholar-count', quote: ['Hội trao 42 suất học bổng', 'gồm 18 suất mức 2 triệu đồng', '24 suất mức 1,2 triệu đồng'], parts: ['18', '24'], total: '42' }),
    ratio({ id: 'scholar-share', quote: ['bằng 43,8% số trẻ mồ côi, trẻ em có hoàn cảnh khó khăn do Hội theo dõi', 'Hội trao 42 suất học bổng', 'có 96 trẻ em mồ côi và trẻ em có hoàn cảnh khó khăn'], x: '42', y: '96', stated: '43,8%', trap: 'the base is in part I; exactly 43,75 rounded half-up.' }),
    repeat({ id: 'scholar-spent', quote: ['tổng kinh phí 64,8 triệu đồng', 'học bổng 64,8 triệu đồng'], values: ['64,8', '64,8'] }),
    product({ id: 'books', quote: ['810 quyển vở (10 quyển/em)', 'Hội tặng 81 bộ sách giáo khoa'], x: '81', y: '10', stated: '810', note: 'a per-child product.' }),
    contradiction({ id: 'no-dropout', quote: ['Trong năm 2026, không có trẻ mồ côi, trẻ em có hoàn cảnh khó khăn nào do Hội theo dõi phải bỏ học', 'Vẫn còn 2 em mồ côi cha ở thôn Bàu Sen bỏ học từ tháng 9/2026'], stated: 'không có trẻ mồ côi … phải bỏ học', expected: '2 em bỏ học (III.2)', consistent: false, reason: 'II.6 says no child followed by the association dropped out in 2026; III.2 counts 2 orphans in Bàu Sen who left school in September 2026, and task 4 plans to bring them back.', mistake: 'planted', original: 'Trong năm 2026, có 2 trẻ mồ côi do Hội theo dõi phải bỏ học', note: 'Class 8: a "none" contradicted by a count elsewhere.' }),
    // II.7 jobs
    sum({ id: 'trainees', quote: ['tạo việc làm cho 47 người khuyết tật, gồm: may công nghiệp 13 người, sửa chữa điện tử, xe máy 9 người, đan lát, làm hương 14 người, chăn nuôi, trồng nấm 9 người'], parts: ['13', '9', '14', '9'], total: '47', mistake: 'planted', original: 'đan lát, làm hương 16 người', note: 'Class 4: the four trades add to 45 against 47 (the figure the 34/47 and the summary carry); 16 is written 14.' }),
    ratio({ id: 'employed', quote: ['Sau học nghề có 34/47 người có việc làm, thu nhập ổn định (72,3%)'], x: '34', y: '47', stated: '72,3%' }),
    contradiction({ id: 'income-range', quote: ['thu nhập phổ biến từ 3,5 đến 5 triệu đồng/người/tháng'], stated: 'từ 3,5 đến 5 triệu đồng', expected: 'a range', consistent: true, reason: 'A range of incomes, no relation.', trap: 'a range of money per person.' }),
    quotient({ id: 'livelihood', quote: ['bình quân 2,5 triệu đồng/hộ', 'trị giá 52,4 triệu đồng cho 21 hộ'], x: '52,4', y: '21', stated: '2,5', note: 'a per-household quotient (2,495 → 2,5).' }),
    quotient({ id: 'loans', quote: ['bình quân 70 triệu đồng/hộ', 'tổng số tiền 1,26 tỷ đồng', 'Hội giới thiệu 18 hộ'], x: '1,26', y: '18', factor: '1000', stated: '70', trap: 'tỷ per household in triệu; the loans are not in the fund.' }),
    // II.8 houses
    sum({ id: 'houses-done', quote: ['đã hoàn thành, bàn giao 6 căn, gồm xây mới 4 căn', 'và sửa chữa 2 căn'], parts: ['4', '2'], total: '6' }),
    product({ id: 'houses-new-money', quote: ['(mức hỗ trợ 40 triệu đồng/căn, thành tiền 160 triệu đồng)', 'xây mới 4 căn'], x: '4', y: '40', stated: '160' }),
    product({ id: 'houses-repair-money', quote: ['(15 triệu đồng/căn, thành tiền 30 triệu đồng)', 'sửa chữa 2 căn'], x: '2', y: '15', stated: '30' }),
    sum({ id: 'houses-fund', quote: ['trong đó Quỹ Hội hỗ trợ 190 triệu đồng (37,1%)', 'thành tiền 160 triệu đồng', 'thành tiền 30 triệu đồng'], parts: ['160', '30'], total: '190' }),
    contradiction({ id: 'houses-range', quote: ['mức hỗ trợ từ 15 đến 40 triệu đồng/căn'], stated: 'từ 15 đến 40 triệu đồng/căn', expected: 'a range', consistent: true, reason: 'The range of the two rates per house, no relation.', trap: 'a range of support per house.' }),
    share({ id: 'houses-fund-share', quote: ['Quỹ Hội hỗ trợ 190 triệu đồng (37,1%)', 'tổng giá trị các công trình 512 triệu đồng'], x: '190', y: '512', stated: '37,1%' }),
    repeat({ id: 'houses-spent', quote: ['Quỹ Hội hỗ trợ 190 triệu đồng', 'hỗ trợ xây mới, sửa chữa nhà ở 190 triệu đồng'], values: ['190', '190'] }),
    cumulative({ id: 'houses-lk', quote: ['Hội đã hỗ trợ xây mới, sửa chữa 63 căn nhà', 'Đến hết năm 2025, lũy kế 59 căn', 'đã hoàn thành, bàn giao 6 căn'], previous: '59', period: '6', stated: '63', mistake: 'planted', original: 'Đến hết năm 2025, lũy kế 57 căn', note: 'Class 6: footnote 8\'s 59 houses to the end of 2025 + the year\'s 6 = 65, not the lũy kế 63; the footnote\'s 57 is written 59.' }),
    // III summary
    repeat({ id: 'sum-members', quote: ['Tổng số hội viên 1.146 người, tăng 87 hội viên', 'toàn Hội có 1.146 hội viên'], values: ['1.146', '1.146'] }),
    repeat({ id: 'sum-fund', quote: ['Quỹ Hội vận động được 0,74 tỷ đồng', 'Quỹ Hội vận động được 742,6 triệu đồng'], values: ['742,6 triệu đồng', '0,74 tỷ đồng'], kind: 'unit', trap: 'the fund restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-tet', quote: ['Hội đã trao 486 suất quà Tết trị giá 243 triệu đồng', 'tổng trị giá 243 triệu đồng'], values: ['243', '243'] }),
    sum({ id: 'sum-aids', quote: ['trao 64 xe lăn, xe lắc và dụng cụ trợ giúp', 'Hội đã trao 38 xe lăn, xe lắc', 'và 26 dụng cụ trợ giúp'], parts: ['38', '26'], total: '64', note: 'the summary adds the wheelchairs and aids of II.5.' }),
    ratio({ id: 'sum-aids-plan', quote: ['đạt 94,1% kế hoạch năm', 'trao 64 xe lăn, xe lắc và dụng cụ trợ giúp', 'Kế hoạch năm 2026 của Hội là trao 70 xe lăn, xe lắc và dụng cụ trợ giúp'], x: '64', y: '70', stated: '94,1%', mistake: 'planted', original: 'đạt 91,4% kế hoạch năm', note: 'Class 2: a percent only in the summary whose plan is in II.5; 64 of 70 is 91,43% → 91,4%, written with digits swapped.' }),
    repeat({ id: 'sum-trainees', quote: ['hỗ trợ học nghề, việc làm cho 47 người khuyết tật', 'tạo việc làm cho 47 người khuyết tật'], values: ['47', '47'] }),
    repeat({ id: 'sum-poor', quote: ['người khuyết tật còn 11,1%', 'còn 41 hộ nghèo (11,1%)'], values: ['11,1%', '11,1%'] }),
    // III.2 weaknesses
    share({ id: 'weak-sponsors', quote: ['(chiếm 63,1% số vận động)', 'doanh nghiệp, nhà hảo tâm 468,5 triệu đồng', 'Quỹ Hội vận động được 742,6 triệu đồng'], x: '468,5', y: '742,6', stated: '63,1%', note: 'the parts and the base are in II.3.' }),
    repeat({ id: 'weak-surgery', quote: ['Còn 7 trường hợp có chỉ định phẫu thuật chưa được mổ', '7 trường hợp còn lại đang chờ lịch mổ'], values: ['7', '7'] }),
    difference({ id: 'weak-houses', quote: ['2 căn nhà chưa hoàn thành theo kế hoạch', 'Hội đăng ký hỗ trợ 8 căn nhà', 'đã hoàn thành, bàn giao 6 căn'], a: '8', b: '6', stated: '2', note: 'a remainder of the plan.' }),
    // IV tasks
    contradiction({ id: 'task-targets', quote: ['kết nạp tối thiểu 80 hội viên mới; phấn đấu 6/8 chi hội đạt loại xuất sắc', 'Vận động Quỹ Hội đạt từ 650 triệu đồng trở lên', 'lên 97%', 'phấn đấu 100% trẻ mồ côi'], stated: '6/8', expected: 'targets', consistent: true, reason: 'Targets for 2027: a ratio written as X/Y, minima and percents with no count behind them.', trap: 'targets written as X/Y and percents with no base.' }),
    repeat({ id: 'task-dropouts', quote: ['vận động 2 em đã nghỉ học trở lại lớp', 'Vẫn còn 2 em mồ côi cha ở thôn Bàu Sen bỏ học'], values: ['2', '2'] }),
  ],
});
