// Written for the corpus (batch L2): UBND xã Hải Lăng Nam (tỉnh Quảng Trị; the commune is invented) to the
// provincial Sở Nội vụ and Sở Y tế (the two departments that took over the former labour department's
// policy for meritorious people and social protection), nine months of 2026, in parts A - D: people with
// monthly allowances by group after "gồm" with one share, wounded soldiers above a legal threshold of injury,
// files received, sent on and pending (against the summary's "none" of pending files), allowances wrongly
// paid and recovered beside a "none" of complaints, the monthly allowance against the year's estimate,
// payment through bank accounts X/Y as a whole percent, one-time allowances after "gồm", convalescence after
// "gồm", a satisfaction survey as shares with no counts, gifts for 27/7 (two levels × counts, a level × the
// count, the sum in tỷ; 79 years between two dates), houses (count × support; the lũy kế since 2024 in
// count and in tỷ from a footnote in triệu), the gratitude fund against the plan and its spending as a share
// of the previous year's fund in a footnote, martyrs' graves (identified and not; a share only in the
// summary), social allowances (legal rate; the groups after "gồm"; the increase in people against the same
// period in a footnote; the elderly over 80 X/Y as a whole percent; the severely disabled as a share; the
// monthly amount per person; nine months as the monthly amount × 9 and against the same period's amount in
// the footnote; payment through accounts X/Y), funeral support (count × rate, the rate as a multiple of the
// standard), rice relief (tấn for kg per person), children (a share, X/Y, a "none" of abuse beside
// drownings), a table of six indicators (plan, nine months, %) against the text; summary restating figures;
// tasks as the remainder of the plan.
import { atLeast, contradiction, cumulative, change, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-hai-lang-nam-nguoi-co-cong-bao-tro-xa-hoi-9-thang-2026.md',
  prefix: 'hln',
  claims: [
    // A.1
    atLeast({ id: 'files-receiving', quote: ['quản lý 1.846 hồ sơ người có công và thân nhân người có công; trong đó 1.012 người'], big: '1.846', small: '1.012', trap: 'those receiving a monthly allowance after "trong đó" are a part of all the files.' }),
    sum({ id: 'groups', quote: ['trong đó 1.012 người đang hưởng trợ cấp ưu đãi hằng tháng', 'Bà mẹ Việt Nam anh hùng 3 người', 'như thương binh 186 người', 'bệnh binh 64 người', 'bị nhiễm chất độc hóa học 97 người', 'thân nhân liệt sĩ 418 người', 'giúp đỡ cách mạng 21 người', 'bị nhiễm chất độc hóa học 223 người'], parts: ['3', '186', '64', '97', '418', '21', '223'], total: '1.012' }),
    share({ id: 'martyrs-relatives', quote: ['thân nhân liệt sĩ 418 người (41,3%)', 'trong đó 1.012 người đang hưởng'], x: '418', y: '1.012', stated: '41,3%' }),
    atLeast({ id: 'severe-wounded', quote: ['có 42 người có tỷ lệ tổn thương cơ thể từ 81% trở lên', 'như thương binh 186 người'], big: '186', small: '42', trap: 'a legal threshold of injury ("từ 81% trở lên") beside a subgroup count.' }),
    sum({ id: 'new-files', quote: ['tiếp nhận 17 hồ sơ đề nghị xác nhận người có công', 'chuyển Sở Nội vụ 14 hồ sơ; 3 hồ sơ chưa đủ thành phần'], parts: ['14', '3'], total: '17' }),
    contradiction({ id: 'no-complaints', quote: ['trong kỳ không có đơn thư khiếu nại về chính sách người có công'], stated: 'không có', expected: 'a "none" about complaints beside allowances recovered', consistent: true, reason: 'The 2 allowances wrongly paid were found by review, not by complaints.', trap: 'a "none" about another subject beside a count.' }),
    // A.2
    ratio({ id: 'monthly-estimate', quote: ['21,84 tỷ đồng, đạt 74,2% dự toán năm (29,43 tỷ đồng)', 'Chi trợ cấp ưu đãi hằng tháng'], x: '21,84', y: '29,43', stated: '74,2%', note: 'The table\'s row restates the three figures.' }),
    ratio({ id: 'bank-accounts', quote: ['768/1.012 người, chiếm 75%'], x: '768', y: '1.012', stated: '75%', mistake: 'planted', original: '768/1.012 người, chiếm 76%', note: 'Class 7: 768/1.012 = 75,89%, which is 76% written whole; 75% truncates.' }),
    sum({ id: 'one-time', quote: ['Giải quyết trợ cấp một lần 46 hồ sơ, gồm mai táng phí 28 hồ sơ, trợ cấp một lần khi người có công từ trần 12 hồ sơ và trợ cấp một lần đối với thân nhân 6 hồ sơ'], parts: ['28', '12', '6'], total: '46' }),
    sum({ id: 'convalescence', quote: ['điều dưỡng phục hồi sức khỏe cho 124 người có công, gồm điều dưỡng tập trung 38 người và điều dưỡng tại gia đình 86 người'], parts: ['38', '86'], total: '124' }),
    sum({ id: 'survey-100', quote: ['rất hài lòng 62,4%, hài lòng 33,8%, chưa hài lòng 4,8%'], parts: ['62,4', '33,8', '4,8'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'chưa hài lòng 3,8%', note: 'Class 3: the survey\'s shares, with no counts, add to 101,0%.' }),
    // A.3
    difference({ id: 'anniversary', quote: ['kỷ niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026)'], a: '2026', b: '1947', stated: '79', trap: 'years between two dates written X/Y.' }),
    sum({ id: 'president-gifts', quote: ['tặng 1.034 suất quà của Chủ tịch nước, gồm 212 suất mức 600.000 đồng và 822 suất mức 300.000 đồng'], parts: ['212', '822'], total: '1.034' }),
    sum({ id: 'president-amount', quote: ['tổng số tiền 373,8 triệu đồng', '212 suất mức 600.000 đồng và 822 suất mức 300.000 đồng'], parts: ['127,2', '246,6'], total: '373,8', trap: 'levels × counts of gifts.', note: '212 × 600.000 + 822 × 300.000 đồng, in triệu.' }),
    product({ id: 'province-gifts', quote: ['tổng số tiền 517 triệu đồng', 'quà của tỉnh 1.034 suất, mức 500.000 đồng/suất'], x: '1.034', y: '500.000', factor: '0,000001', stated: '517', trap: 'count × level of gifts.' }),
    sum({ id: 'gifts-total', quote: ['Tổng giá trị quà tặng 1,08 tỷ đồng', 'tổng số tiền 373,8 triệu đồng', 'tổng số tiền 517 triệu đồng', 'quà của xã và các doanh nghiệp 186 triệu đồng'], parts: ['373,8 triệu đồng', '517 triệu đồng', '186 triệu đồng'], total: '1,08 tỷ đồng', note: '1.076,8 triệu đồng written 1,08 tỷ đồng.' }),
    sum({ id: 'houses-cost', quote: ['tổng kinh phí 960 triệu đồng', 'xây mới 9 nhà (60 triệu đồng/nhà) và sửa chữa 14 nhà (30 triệu đồng/nhà)'], parts: ['540', '420'], total: '960', trap: 'counts × support per house.', note: '9 × 60 + 14 × 30 triệu đồng.' }),
    cumulative({ id: 'houses-cumulative', quote: ['lên 43 nhà, kinh phí lũy kế', 'xã hỗ trợ 34 nhà ở người có công', 'Hỗ trợ xây mới 9 nhà', 'Hỗ trợ nhà ở người có công'], previous: '34', period: '23', stated: '43', mistake: 'planted', original: 'lên 57 nhà, kinh phí lũy kế', note: 'Class 6: footnote 1\'s 34 houses plus this period\'s 23 (9 new, 14 repaired) is 57; 43 adds the new houses only.' }),
    cumulative({ id: 'houses-money-cumulative', quote: ['kinh phí lũy kế 2,43 tỷ đồng', 'kinh phí 1.470 triệu đồng', 'tổng kinh phí 960 triệu đồng'], previous: '1.470 triệu đồng', period: '960 triệu đồng', stated: '2,43 tỷ đồng', note: 'Footnote 1\'s amount in triệu plus this period\'s, against a lũy kế in tỷ.' }),
    sum({ id: 'footnote-houses', quote: ['xã hỗ trợ 34 nhà ở người có công (xây mới 15 nhà, sửa chữa 19 nhà)'], parts: ['15', '19'], total: '34' }),
    sum({ id: 'footnote-houses-cost', quote: ['kinh phí 1.470 triệu đồng', '(xây mới 15 nhà, sửa chữa 19 nhà)', '(60 triệu đồng/nhà)', '(30 triệu đồng/nhà)'], parts: ['900', '570'], total: '1.470', trap: 'the footnote\'s houses at this year\'s rates.', note: '15 × 60 + 19 × 30 triệu đồng.' }),
    ratio({ id: 'fund-plan', quote: ['vận động được 286,5 triệu đồng, đạt 95,5% kế hoạch năm (300 triệu đồng)'], x: '286,5', y: '300', stated: '95,5%' }),
    share({ id: 'fund-spent', quote: ['chiếm 80,1% số vận động', 'đã chi hỗ trợ 214 triệu đồng', 'vận động được 286,5 triệu đồng', 'vận động được 267,2 triệu đồng'], x: '214', y: '286,5', stated: '80,1%', mistake: 'planted', original: 'chiếm 74,7% số vận động[^2]', note: 'Class 3: the share is taken of 2025\'s fund in footnote 2 (267,2 triệu: 80,09%) instead of this year\'s 286,5 triệu (74,69%).' }),
    sum({ id: 'graves', quote: ['quản lý 1.286 mộ, trong đó 1.102 mộ đã có thông tin đầy đủ, 184 mộ chưa xác định được danh tính'], parts: ['1.102', '184'], total: '1.286' }),
    contradiction({ id: 'hamlets-candles', quote: ['Tổ chức 26/26 thôn thắp nến tri ân tại nghĩa trang đêm 26/7/2026'], stated: '26/26', expected: 'all hamlets and a date', consistent: true, reason: 'All hamlets written X/Y and a date.', trap: 'a count and a date written X/Y.' }),
    repeat({ id: 'hamlets', quote: ['26/26 thôn', 'có 26 thôn với'], values: ['26', '26'] }),
    // B.1
    contradiction({ id: 'standard-rate', quote: ['mức chuẩn trợ giúp xã hội 500.000 đồng/tháng theo Nghị định số 76/2024/NĐ-CP'], stated: '500.000 đồng/tháng', expected: 'a legal rate; decree numbers', consistent: true, reason: 'The legal standard rate and the decrees\' numbers.', trap: 'a legal rate and numbers in names.' }),
    difference({ id: 'social-increase', quote: ['là 1.538 người, tăng 66 người so với cùng kỳ', '1.472 đối tượng'], a: '1.538', b: '1.472', stated: '66', note: 'The same period is in footnote 3.' }),
    sum({ id: 'social-groups', quote: ['là 1.538 người, tăng', 'gồm người cao tuổi 842 người, người khuyết tật 596 người, trẻ em mồ côi, không có nguồn nuôi dưỡng 38 người và người đơn thân nghèo đang nuôi con 47 người'], parts: ['842', '596', '38', '47'], total: '1.538', mistake: 'planted', original: 'người đơn thân nghèo đang nuôi con 47 người và đối tượng khác 15 người', note: 'Class 4: the groups after "gồm" add to 1.523; the 15 other beneficiaries were left out.' }),
    ratio({ id: 'over-80', quote: ['619/842 người, chiếm 73%'], x: '619', y: '842', stated: '73%', mistake: 'planted', original: '619/842 người, chiếm 74%', note: 'Class 7: 619/842 = 73,52%, which is 74% written whole; 73% truncates.' }),
    share({ id: 'severe-disabled', quote: ['412 người, chiếm 69,1% số người khuyết tật hưởng trợ cấp', 'người khuyết tật 596 người'], x: '412', y: '596', stated: '69,1%' }),
    quotient({ id: 'per-person-month', quote: ['bình quân 695 nghìn đồng/người/tháng', 'Kinh phí chi trả hằng tháng 1.069 triệu đồng', 'là 1.538 người, tăng'], x: '1.069', y: '1.538', factor: '1000', stated: '695', trap: 'an average per person and month, above the standard rate by the coefficients.' }),
    product({ id: 'nine-months', quote: ['9 tháng chi trả 9,62 tỷ đồng', 'Kinh phí chi trả hằng tháng 1.069 triệu đồng'], x: '1.069', y: '9', factor: '0,001', stated: '9,62', trap: 'the monthly amount × 9 months, in tỷ.' }),
    change({ id: 'social-money-change', quote: ['tăng 4,5% so với cùng kỳ. Chi trả', '9 tháng chi trả 9,62 tỷ đồng', 'kinh phí chi trả 8.740 triệu đồng', '1.472 đối tượng'], x: '9,62 tỷ đồng', base: '8.740 triệu đồng', stated: '4,5%', direction: 'tăng', mistake: 'planted', original: 'tăng 10,1% so với cùng kỳ', note: 'Class 1: the same period is in footnote 3, in triệu against tỷ; 4,5% is the growth of the beneficiaries (66/1.472 = 4,48%), not of the money (880/8.740 = 10,07%).' }),
    ratio({ id: 'social-accounts', quote: ['1.146/1.538 người, chiếm 74,5%'], x: '1.146', y: '1.538', stated: '74,5%' }),
    contradiction({ id: 'insurance-100', quote: ['100% đối tượng bảo trợ xã hội được cấp thẻ bảo hiểm y tế'], stated: '100%', expected: 'a percent with no base', consistent: true, reason: 'All beneficiaries, no count written with it.', trap: 'a percent with no base.' }),
    product({ id: 'funeral', quote: ['tổng số tiền 369 triệu đồng', 'mai táng cho 41 đối tượng', 'mức 9 triệu đồng/trường hợp'], x: '41', y: '9', stated: '369', trap: 'count × rate.' }),
    product({ id: 'funeral-rate', quote: ['mức 9 triệu đồng/trường hợp (bằng 18 lần mức chuẩn)', 'mức chuẩn trợ giúp xã hội 500.000 đồng/tháng'], x: '18', y: '500.000', factor: '0,000001', stated: '9', trap: 'a rate as a multiple of the standard.' }),
    // B.2
    quotient({ id: 'rice-per-person', quote: ['bình quân 15 kg/khẩu', 'Hỗ trợ 12,6 tấn gạo', '280 hộ, 840 khẩu'], x: '12,6', y: '840', factor: '1000', stated: '15', trap: 'tấn shared per person in kg.' }),
    contradiction({ id: 'no-hunger', quote: ['không có hộ thiếu đói sau khi đã được hỗ trợ'], stated: 'không có', expected: 'a "none" after the support', consistent: true, reason: 'No household left hungry after the 280 were supported.', trap: 'a "none" beside the count it follows.' }),
    // B.3
    share({ id: 'special-children', quote: ['312 trẻ có hoàn cảnh đặc biệt (3,2%)', 'có 9.786 trẻ em dưới 16 tuổi'], x: '312', y: '9.786', stated: '3,2%' }),
    contradiction({ id: 'under-six', quote: ['2.914/2.914 trẻ'], stated: '2.914/2.914', expected: 'all children under six', consistent: true, reason: 'All, written X/Y.', trap: 'a count written X/Y.' }),
    contradiction({ id: 'abuse-none', quote: ['không xảy ra vụ xâm hại trẻ em; có 2 trẻ bị đuối nước'], stated: 'không xảy ra', expected: 'a "none" about abuse beside drownings', consistent: true, reason: 'Abuse and drowning are different subjects.', trap: 'a "none" about another subject beside a count.' }),
    // table
    repeat({ id: 't-monthly', quote: ['Chi trợ cấp ưu đãi hằng tháng', 'chi trả trợ cấp ưu đãi hằng tháng 21,84 tỷ đồng'], values: ['21,84', '21,84'] }),
    repeat({ id: 't-estimate', quote: ['(29,43 tỷ đồng)', 'Chi trợ cấp ưu đãi hằng tháng'], values: ['29,43', '29,43'] }),
    sum({ id: 't-houses', quote: ['hỗ trợ 23 nhà ở cho người có công', 'Hỗ trợ nhà ở người có công', 'Hỗ trợ xây mới 9 nhà', 'sửa chữa 14 nhà'], parts: ['9', '14'], total: '23' }),
    ratio({ id: 't-houses-pct', quote: ['88,5', 'Hỗ trợ nhà ở người có công'], x: '23', y: '26', stated: '88,5' }),
    repeat({ id: 't-convalescence', quote: ['Điều dưỡng người có công', 'cho 124 người có công, gồm'], values: ['124', '124'] }),
    ratio({ id: 't-convalescence-pct', quote: ['95,4', 'Điều dưỡng người có công'], x: '124', y: '130', stated: '95,4' }),
    repeat({ id: 't-fund', quote: ['268,5', 'vận động được 286,5 triệu đồng'], values: ['286,5', '268,5'], mistake: 'planted', original: '286,5 and 95,5 in the table', note: 'Class 5: the table swaps two digits of the text\'s 286,5 triệu (and gives the rate of its own figure).' }),
    ratio({ id: 't-fund-pct', quote: ['89,5', '268,5', 'Vận động Quỹ Đền ơn đáp nghĩa xã'], x: '268,5', y: '300', stated: '89,5', note: 'The table\'s rate agrees with its own wrong figure.' }),
    repeat({ id: 't-social', quote: ['Chi trợ cấp xã hội hằng tháng', '9 tháng chi trả 9,62 tỷ đồng'], values: ['9,62', '9,62'] }),
    ratio({ id: 't-social-pct', quote: ['74,6', 'Chi trợ cấp xã hội hằng tháng', '12,9'], x: '9,62', y: '12,9', stated: '74,6' }),
    repeat({ id: 't-accounts', quote: ['Đối tượng nhận trợ cấp qua tài khoản', 'qua tài khoản cho 1.146/1.538 người'], values: ['1.146', '1.146'] }),
    ratio({ id: 't-accounts-pct', quote: ['88,2', '1.300'], x: '1.146', y: '1.300', stated: '88,2' }),
    contradiction({ id: 't-tt', quote: ['TT'], stated: 'TT', expected: 'row numbers', consistent: true, reason: 'The TT column numbers the rows 1 to 6.', trap: 'row numbers in a table.' }),
    // C
    repeat({ id: 'summary-monthly', quote: ['đầy đủ 21,84 tỷ đồng trợ cấp ưu đãi cho 1.012 người', 'chi trả trợ cấp ưu đãi hằng tháng 21,84 tỷ đồng'], values: ['21,84', '21,84'] }),
    repeat({ id: 'summary-people', quote: ['trợ cấp ưu đãi cho 1.012 người có công', 'trong đó 1.012 người đang hưởng'], values: ['1.012', '1.012'] }),
    repeat({ id: 'summary-social', quote: ['9,62 tỷ đồng trợ cấp xã hội cho 1.538 đối tượng', '9 tháng chi trả 9,62 tỷ đồng'], values: ['9,62', '9,62'] }),
    repeat({ id: 'summary-beneficiaries', quote: ['trợ cấp xã hội cho 1.538 đối tượng', 'là 1.538 người, tăng'], values: ['1.538', '1.538'] }),
    sum({ id: 'summary-gifts', quote: ['tặng 2.068 suất quà', 'tặng 1.034 suất quà của Chủ tịch nước', 'quà của tỉnh 1.034 suất'], parts: ['1.034', '1.034'], total: '2.068' }),
    contradiction({ id: 'summary-no-backlog', quote: ['Toàn bộ hồ sơ đề nghị giải quyết chế độ đã được thẩm định, không còn hồ sơ tồn đọng', '3 hồ sơ chưa đủ thành phần, đang hướng dẫn gia đình bổ sung'], stated: 'không còn hồ sơ tồn đọng', expected: '3 hồ sơ chưa đủ thành phần (section A.1)', consistent: false, reason: 'The summary denies the 3 files that section A.1 leaves pending.', mistake: 'planted', original: 'Đã thẩm định 14/17 hồ sơ đề nghị giải quyết chế độ; 3 hồ sơ đang hướng dẫn bổ sung', note: 'Class 8: a "none" statement against a count.' }),
    share({ id: 'summary-unidentified', quote: ['còn 184 mộ, chiếm 16,7%', 'quản lý 1.286 mộ, trong đó 1.102 mộ'], x: '184', y: '1.286', stated: '16,7%', mistake: 'planted', original: 'còn 184 mộ, chiếm 14,3%', note: 'Class 2: the share is in the summary, its counts in section A.3; 16,7% is 184 divided by the 1.102 identified graves instead of all 1.286 (14,31%).' }),
    repeat({ id: 'summary-accounts', quote: ['mới đạt 74,5%', '1.146/1.538 người, chiếm 74,5%'], values: ['74,5%', '74,5%'] }),
    // D
    difference({ id: 'task-houses', quote: ['Hoàn thành hỗ trợ 3 nhà ở còn lại theo kế hoạch', 'Hỗ trợ nhà ở người có công'], a: '26', b: '23', stated: '3' }),
    difference({ id: 'task-convalescence', quote: ['điều dưỡng cho 6 người có công còn lại', 'Điều dưỡng người có công', '130'], a: '130', b: '124', stated: '6' }),
    contradiction({ id: 'task-targets', quote: ['nâng tỷ lệ chi trả không dùng tiền mặt lên trên 85%'], stated: 'trên 85%', expected: 'a target', consistent: true, reason: 'A target for the rest of the year.', trap: 'a target next to a rate.' }),
  ],
});
