// Written for the corpus (batch H2): Đoàn TNCS Hồ Chí Minh xã Nghĩa Hành Tây (tỉnh Quảng Ngãi; the commune
// is invented), year-end report 2025: youths and members (shares, members by age, branches by kind, the
// members' stock and flow from a footnote), regular attendance, the summer volunteer campaign with a table
// of projects (volume in km / m / houses, funds in triệu against tỷ in the text, days of work) against the
// congress's target, street lighting with its lũy kế since 2022 in a footnote, blood donation against the
// target and against 2024 ("gấp … lần"), jobs abroad by country ("bằng … % năm 2024"), the start-up fund
// (balance against the end of 2024 in a footnote), recruits (parts, overlapping groups, gifts per recruit),
// scholarships, admissions, member and branch grading, party admissions, rank; summary restating figures.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum, times } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-doan-thanh-nien-xa-nghia-hanh-tay-tong-ket-nam-2025.md',
  prefix: 'nht',
  claims: [
    // I. Đặc điểm
    share({ id: 'youths-away', quote: ['1.215 thanh niên đi làm ăn, học tập xa địa phương, chiếm 25,0%', 'có 4.862 thanh niên trong độ tuổi'], x: '1.215', y: '4.862', stated: '25,0%' }),
    sum({ id: 'branches-by-kind', quote: ['Đoàn xã có 28 chi đoàn trực thuộc, gồm 19 chi đoàn thôn, 5 chi đoàn trường học và 4 chi đoàn cơ quan'], parts: ['19', '5', '4'], total: '28' }),
    change({ id: 'members-growth', quote: ['tăng 2,6% so với đầu năm', 'với 1.734 đoàn viên, tăng', 'Số liệu đến ngày 31/12/2024: 1.690 đoàn viên'], x: '1.734', base: '1.690', stated: '2,6%', direction: 'tăng', note: 'The start of the year in footnote 1.' }),
    ratio({ id: 'members-of-youths', quote: ['tỷ lệ đoàn viên trên tổng số thanh niên đạt 35,7%', 'với 1.734 đoàn viên, tăng', 'có 4.862 thanh niên trong độ tuổi'], x: '1.734', y: '4.862', stated: '35,7%' }),
    sum({ id: 'members-by-age', quote: ['với 1.734 đoàn viên, tăng', 'từ 16 đến 18 tuổi 412 đồng chí', 'từ 19 đến 25 tuổi 786 đồng chí', 'từ 26 đến 30 tuổi 498 đồng chí', 'trong tổ chức Đoàn 38 đồng chí'], parts: ['412', '786', '498', '38'], total: '1.734' }),
    share({ id: 'age-16-18', quote: ['từ 16 đến 18 tuổi 412 đồng chí (23,8%)'], x: '412', y: '1.734', stated: '23,8%' }),
    share({ id: 'age-19-25', quote: ['từ 19 đến 25 tuổi 786 đồng chí (45,3%)'], x: '786', y: '1.734', stated: '45,3%' }),
    share({ id: 'age-26-30', quote: ['từ 26 đến 30 tuổi 498 đồng chí (28,7%)'], x: '498', y: '1.734', stated: '28,7%' }),
    share({ id: 'age-over-30', quote: ['trong tổ chức Đoàn 38 đồng chí (2,2%)'], x: '38', y: '1.734', stated: '2,2%' }),
    sum({ id: 'age-shares-100', quote: ['từ 16 đến 18 tuổi 412 đồng chí (23,8%)', 'từ 19 đến 25 tuổi 786 đồng chí (45,3%)', 'từ 26 đến 30 tuổi 498 đồng chí (28,7%)', 'trong tổ chức Đoàn 38 đồng chí (2,2%)'], parts: ['23,8', '45,3', '28,7', '2,2'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    sum({ id: 'members-stock-flow', quote: ['với 1.734 đoàn viên, tăng', 'Số liệu đến ngày 31/12/2024: 1.690 đoàn viên', 'kết nạp 168 đoàn viên mới', '97 đoàn viên trưởng thành ra khỏi Đoàn', '27 đoàn viên chuyển sinh hoạt đi nơi khác'], parts: ['1.690', '168', '-97', '-27'], total: '1.734', note: 'Members at the start of the year (footnote 1) plus admissions minus those who left.' }),
    difference({ id: 'members-increase', quote: ['tăng 44 đoàn viên, tăng', 'với 1.734 đoàn viên, tăng', 'Số liệu đến ngày 31/12/2024: 1.690 đoàn viên'], a: '1.734', b: '1.690', stated: '44' }),
    repeat({ id: 'village-branches-patrols', quote: ['an ninh trật tự ở 19 thôn', 'gồm 19 chi đoàn thôn'], values: ['19', '19'] }),
    // II.1
    ratio({ id: 'regular-attendance', quote: ['1.491/1.734 đồng chí, đạt 85%'], x: '1.491', y: '1.734', stated: '85%', mistake: 'planted', original: '1.491/1.734 đồng chí, đạt 86%', note: 'Class 7: 1.491/1.734 = 85,99%, which is 86% written whole; 85% truncates.' }),
    // II.2 Tình nguyện
    sum({ id: 'campaign-funding', quote: ['tổng trị giá 1,26 tỷ đồng, trong đó ngân sách xã 420 triệu đồng, nguồn xã hội hóa 840 triệu đồng'], parts: ['420 triệu đồng', '840 triệu đồng'], total: '1,26 tỷ đồng', note: 'Parts in triệu, the total in tỷ.' }),
    share({ id: 'campaign-socialised', quote: ['nguồn xã hội hóa 840 triệu đồng (chiếm 66,7%)', 'tổng trị giá 1,26 tỷ đồng'], x: '840 triệu đồng', y: '1,26 tỷ đồng', stated: '66,7%', note: 'The whole in tỷ, the part in triệu.' }),
    sum({ id: 't-funds-column', quote: ['tổng trị giá 1,26 tỷ đồng'], parts: ['186 triệu đồng', '412 triệu đồng', '245 triệu đồng', '228 triệu đồng', '96 triệu đồng', '93 triệu đồng'], total: '1,26 tỷ đồng', note: 'The table\'s funds column (triệu đồng) against the text\'s 1,26 tỷ and its own total row 1.260.' }),
    sum({ id: 't-days-column', quote: ['3.490'], parts: ['420', '860', '310', '280', '390', '1.230'], total: '3.490' }),
    repeat({ id: 'lighting-text-table', quote: ['lắp đặt 3.200 m đường điện chiếu sáng', '3,2 km'], values: ['3,2 km', '3.200 m'], kind: 'unit', note: 'km in the table, m in the text.' }),
    repeat({ id: 'paving-text-table', quote: ['bê tông hóa 1,5 km đường nội đồng', '1.150 m'], values: ['1.150 m', '1,5 km'], kind: 'unit', mistake: 'planted', original: 'bê tông hóa 1,15 km đường nội đồng', note: 'Class 5: the text gives the table\'s 1.150 m in km as 1,5 km instead of 1,15 km.' }),
    cumulative({ id: 'lighting-cumulative', quote: ['từ năm 2022 đến nay lên 11,4 km', 'đã lắp đặt 8,6 km đường điện chiếu sáng', 'lắp đặt 3.200 m đường điện chiếu sáng'], previous: '8,6 km', period: '3.200 m', stated: '11,4 km', mistake: 'planted', original: 'từ năm 2022 đến nay lên 11,8 km', note: 'Class 6: the lũy kế to the end of 2024 in footnote 2 (8,6 km) plus 2025\'s 3,2 km is 11,8 km.' }),
    ratio({ id: 'volunteer-days-target', quote: ['đạt 93,5% chỉ tiêu Đại hội giao', '3.490', 'giao chỉ tiêu mỗi năm 3.600 ngày công'], x: '3.490', y: '3.600', stated: '93,5%', mistake: 'planted', original: 'đạt 96,9% chỉ tiêu Đại hội giao', note: 'Class 2: the percent stands in a paragraph of its own after the table; its numerator is the table\'s total row and its base the first sentence of the section; 3.490/3.600 = 96,94%.' }),
    ratio({ id: 'blood-target', quote: ['vận động 186 đơn vị máu, đạt 124% chỉ tiêu năm (150 đơn vị)'], x: '186', y: '150', stated: '124%' }),
    times({ id: 'blood-vs-2024', quote: ['gấp 1,6 lần năm 2024 (124 đơn vị)', 'vận động 186 đơn vị máu'], x: '186', y: '124', stated: 'gấp 1,6 lần', mistake: 'planted', original: 'gấp 1,5 lần năm 2024 (124 đơn vị)', note: 'Class 1: the base in parentheses after the multiple; 186/124 = 1,5 exactly.' }),
    contradiction({ id: 'blood-base-same-number', quote: ['đạt 124% chỉ tiêu năm'], stated: '124% and 124 đơn vị', expected: 'a percent and a count that happen to be the same number', consistent: true, reason: '124% is 186/150; the 124 units are 2024\'s donations. The same digits for two things.', trap: 'the same number for two indicators.' }),
    // II.3
    sum({ id: 'jobs-abroad', quote: ['86 thanh niên đi làm việc ở nước ngoài theo hợp đồng (Nhật Bản 54, Hàn Quốc 21, Đài Loan 14)'], parts: ['54', '21', '14'], total: '86', mistake: 'planted', original: '(Nhật Bản 54, Hàn Quốc 21, Đài Loan 11)', note: 'Class 4: the countries in parentheses add to 89, not 86.' }),
    atLeast({ id: 'jobs-abroad-among-jobs', quote: ['giới thiệu việc làm cho 215 thanh niên, trong đó 86'], big: '215', small: '86' }),
    share({ id: 'jobs-abroad-share', quote: ['chiếm 40,0% số thanh niên được giới thiệu việc làm', 'giới thiệu việc làm cho 215 thanh niên, trong đó 86'], x: '86', y: '215', stated: '40,0%' }),
    ratio({ id: 'jobs-abroad-vs-2024', quote: ['bằng 143,3% năm 2024 (60 người)', '86 thanh niên đi làm việc ở nước ngoài'], x: '86', y: '60', stated: '143,3%', note: '"bằng … %" of the previous year, its base in parentheses.' }),
    quotient({ id: 'fund-per-project', quote: ['bình quân 195,8 triệu đồng/dự án', 'có dư nợ 2,35 tỷ đồng với 12 dự án'], x: '2.350', y: '12', stated: '195,8', trap: 'a per-project average in triệu of a balance in tỷ.' }),
    difference({ id: 'fund-increase', quote: ['dư nợ tăng 430 triệu đồng', 'có dư nợ 2,35 tỷ đồng với 12 dự án', 'dư nợ 1,92 tỷ đồng với 10 dự án'], a: '2,35 tỷ đồng', b: '1,92 tỷ đồng', stated: '430 triệu đồng' }),
    change({ id: 'fund-change', quote: ['tăng 18,3% so với cuối năm 2024', 'có dư nợ 2,35 tỷ đồng với 12 dự án', 'dư nợ 1,92 tỷ đồng với 10 dự án'], x: '2,35 tỷ đồng', base: '1,92 tỷ đồng', stated: '18,3%', direction: 'tăng', mistake: 'planted', original: 'tăng 22,4% so với cuối năm 2024', note: 'Class 1: the base is only in footnote 1; 2,35/1,92 = 122,40%, and 18,3% is the increase divided by the new balance.' }),
    contradiction({ id: 'model-income', quote: ['cho thu nhập trên 150 triệu đồng/năm'], stated: 'trên 150 triệu đồng/năm', expected: 'a threshold of income', consistent: true, reason: 'A per-model income threshold, not part of the fund.', trap: 'a per-item threshold.' }),
    // II.4
    sum({ id: 'recruits-by-kind', quote: ['xã giao 38 thanh niên nhập ngũ (nghĩa vụ quân sự 34, nghĩa vụ tham gia Công an nhân dân 4)'], parts: ['34', '4'], total: '38' }),
    contradiction({ id: 'recruits-overlap', quote: ['21 thanh niên có trình độ cao đẳng, đại học, 3 thanh niên là đảng viên, 29 thanh niên là đoàn viên'], stated: '21, 3, 29 after "trong đó"', expected: 'overlapping groups of the 38 recruits', consistent: true, reason: 'Education, party and Đoàn membership overlap; 21 + 3 + 29 = 53 is no breakdown of 38.', trap: 'overlapping groups after "trong đó".' }),
    product({ id: 'recruits-gifts', quote: ['tổng kinh phí 57 triệu đồng', 'tặng quà cho 38 tân binh, mỗi suất 1,5 triệu đồng'], x: '38', y: '1,5', stated: '57 triệu đồng', trap: 'a per-recruit amount times the recruits.' }),
    contradiction({ id: 'draft-evasion', quote: ['còn 01 thanh niên không chấp hành lệnh gọi khám sức khỏe', 'không có thanh niên trốn, bỏ khám tuyển'], stated: '01 thanh niên không chấp hành lệnh gọi khám', expected: '0 (section 4 says no youth evaded or skipped the examination)', consistent: false, reason: 'Section 4 says no youth evaded or skipped the call-up examination; the summary reports one who did not obey the call and was written up.', mistake: 'planted', original: 'còn 01 thanh niên xin hoãn khám do đang điều trị bệnh', note: 'Class 8: a count against a "none" statement of the body.' }),
    contradiction({ id: 'no-street-racing', quote: ['Không có đoàn viên nào tham gia đua xe trái phép'], stated: 'không có đoàn viên đua xe', expected: 'a "none" about another subject', consistent: true, reason: 'A "none" about street racing beside the patrols\' count.', trap: 'a "none" about another subject.' }),
    // II.5
    product({ id: 'scholarships', quote: ['tổng trị giá 126 triệu đồng', 'trao 126 suất học bổng, mỗi suất 1 triệu đồng'], x: '126', y: '1', stated: '126 triệu đồng', trap: 'a per-scholarship amount; the same number for the count and the amount.' }),
    quotient({ id: 'swimming-per-class', quote: ['bình quân 42 em/lớp', 'Tổ chức 11 lớp dạy bơi với 462 em'], x: '462', y: '11', stated: '42', trap: 'a per-class average.' }),
    // II.6
    ratio({ id: 'admissions-target', quote: ['kết nạp 168 đoàn viên mới, đạt 112% chỉ tiêu (150 đoàn viên)'], x: '168', y: '150', stated: '112%' }),
    difference({ id: 'admissions-vs-2024', quote: ['tăng 26 đồng chí so với năm 2024 (142 đoàn viên)', 'kết nạp 168 đoàn viên mới, đạt'], a: '168', b: '142', stated: '26', trap: 'the previous year in parentheses, not a part.' }),
    repeat({ id: 'projects-count-summary', quote: ['thực hiện 6 công trình, phần việc thanh niên trị giá', 'thực hiện 6 công trình, phần việc thanh niên với'], values: ['6', '6'] }),
    sum({ id: 'members-by-grade', quote: ['với 1.734 đoàn viên, tăng', 'xuất sắc 312 đồng chí', 'khá 1.105 đồng chí', 'trung bình 281 đồng chí', 'yếu 36 đồng chí'], parts: ['312', '1.105', '281', '36'], total: '1.734' }),
    share({ id: 'grade-excellent', quote: ['xuất sắc 312 đồng chí (18,5%)', 'với 1.734 đoàn viên, tăng', 'Số liệu đến ngày 31/12/2024: 1.690 đoàn viên'], x: '312', y: '1.734', stated: '18,5%', mistake: 'planted', original: 'xuất sắc 312 đồng chí (18,0%)', note: 'Class 3: the share is taken of the year-start 1.690 members in footnote 1 (18,46%); of the 1.734 graded it is 17,99%, and the four shares add to 100,5%.' }),
    share({ id: 'grade-good', quote: ['khá 1.105 đồng chí (63,7%)'], x: '1.105', y: '1.734', stated: '63,7%' }),
    share({ id: 'grade-average', quote: ['trung bình 281 đồng chí (16,2%)'], x: '281', y: '1.734', stated: '16,2%' }),
    share({ id: 'grade-weak', quote: ['yếu 36 đồng chí (2,1%)'], x: '36', y: '1.734', stated: '2,1%' }),
    sum({ id: 'branches-graded', quote: ['Đoàn xã có 28 chi đoàn trực thuộc', '17 chi đoàn vững mạnh', '9 chi đoàn khá', '2 chi đoàn trung bình'], parts: ['17', '9', '2'], total: '28' }),
    share({ id: 'branches-strong', quote: ['17 chi đoàn vững mạnh (60,7%)'], x: '17', y: '28', stated: '60,7%' }),
    share({ id: 'branches-good', quote: ['9 chi đoàn khá (32,1%)'], x: '9', y: '28', stated: '32,1%' }),
    share({ id: 'branches-average', quote: ['2 chi đoàn trung bình (7,1%)'], x: '2', y: '28', stated: '7,1%' }),
    sum({ id: 'branch-shares-100', quote: ['17 chi đoàn vững mạnh (60,7%)', '9 chi đoàn khá (32,1%)', '2 chi đoàn trung bình (7,1%)'], parts: ['60,7', '32,1', '7,1'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The rounded shares add to 99,9%, within their rounding.' }),
    share({ id: 'party-admissions', quote: ['31 đồng chí được kết nạp vào Đảng, chiếm 67,4% số được giới thiệu', 'giới thiệu 46 đoàn viên ưu tú'], x: '31', y: '46', stated: '67,4%' }),
    contradiction({ id: 'rank', quote: ['xếp thứ 5/32 cơ sở Đoàn'], stated: '5/32', expected: 'a rank', consistent: true, reason: 'A rank written X/Y.', trap: 'a rank written X/Y.' }),
    // III. Đánh giá
    repeat({ id: 'admissions-summary', quote: ['kết nạp 186 đoàn viên mới', 'kết nạp 168 đoàn viên mới, đạt'], values: ['168', '186'], mistake: 'planted', original: 'kết nạp 168 đoàn viên mới', note: 'Class 5: the summary restates the admissions with two digits swapped (and 186 is also the blood units beside it).' }),
    repeat({ id: 'blood-summary', quote: ['hiến 186 đơn vị máu (124% chỉ tiêu)', 'vận động 186 đơn vị máu'], values: ['186', '186'] }),
    repeat({ id: 'projects-summary', quote: ['trị giá 1.260 triệu đồng', 'tổng trị giá 1,26 tỷ đồng'], values: ['1,26 tỷ đồng', '1.260 triệu đồng'], kind: 'unit' }),
    repeat({ id: 'recruits-summary', quote: ['38 thanh niên nhập ngũ, đạt 100% chỉ tiêu', 'xã giao 38 thanh niên nhập ngũ'], values: ['38', '38'] }),
    repeat({ id: 'weak-summary', quote: ['còn 36 đoàn viên xếp loại yếu', 'yếu 36 đồng chí'], values: ['36', '36'] }),
    // IV
    contradiction({ id: 'targets-2026', quote: ['Kết nạp ít nhất 150 đoàn viên mới; phấn đấu từ 65% chi đoàn trở lên', 'vận động từ 160 đơn vị máu trở lên'], stated: '150; 65%; 160', expected: 'targets for 2026', consistent: true, reason: 'Targets, not results.', trap: 'targets.' }),
  ],
});
