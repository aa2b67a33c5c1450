// Written for the corpus, blind: the Chi bộ of thôn Bái Trung (74 đảng viên, under the Đảng ủy of xã Yên Trường Thịnh,
// tỉnh Thanh Hóa after the 2025 merger; the commune, the thôn, its five xóm and its people are invented) to the Ban
// Thường vụ Đảng ủy xã, the year-end report "Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ năm 2026 và phương hướng năm
// 2027" (Số 18-BC/CB, 10/12/2026), in parts I - IV, written plainly as a village cell writes, with seven footnotes
// giving last year's figures and the Đảng ủy's resolution. Households, people and people per household at the top;
// đảng viên by status (chính thức + dự bị), the women's share, age groups that add up, bare occupational shares. Rice:
// area × yield = output for two crops, tạ/ha written as kg/sào (sào of 500 m², one at exactly ,5), the area difference
// between crops, the year's output as their sum, its change against 2025 (footnote), grain per person; vụ Đông after
// "gồm"; a "none" of epidemics beside a poultry disease; income against 2025 and an excess over the target. Roads: three
// sections in m adding to a total in km, a percent of the Đảng ủy's target in m (footnote), cost per metre, the people's
// share, the lũy kế from a footnote, the share of all roads and the remainder. The nhà văn hóa: parts in triệu adding to
// a total in tỷ, a levy of households × rate, the exempt households (poor + near-poor), the year's contributions added to
// 2025's (footnote) and their percent of the levy, the amount still due. A per-xóm table (households, people, đảng viên,
// gia đình văn hóa, rates; totals; one row half-up at 91,25) with a count in the text against it, the rate's change in
// percentage points, associations after "gồm". Pupils 21/21, prizes per pupil, BHYT against 2025 (footnote) with a
// "trong đó", poor and near-poor shares of the households at the top, the reduction against a target, a "none" of
// re-impoverishment; funds after "gồm" as households × rate and a voluntary range. Call-up 3/3, a "none" of serious
// crime beside petty thefts, mediation 4/5, a "none" of mass petitions. Party work: members to attend (74 − 12), 12/12
// meetings, attendance against the members to attend (previous sentence), a best meeting in parentheses, admissions
// against a target (150%), members from 72 at the start (footnote) to 74, đảng phí after "trong đó" (members × rate ×
// months), per month and against 2025 (footnote), inspections 3 + 2, ratings of 70 members with shares adding to 99,9%
// and a 20% ceiling, a "none" of discipline. A summary restating figures (tấn, nghìn đồng, triệu đồng, the BHYT rate,
// the table's rate), X/Y of the resolution's targets and the remainder, weaknesses and 2027 tasks with remainders and
// thresholds.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: attendance 58 of the 62 members to attend (given in the
// previous sentence) written 95,3% (93,548% → 93,5%, digits swapped); the 1,26 km of road against the Đảng ủy's 1.500 m
// of footnote 2 written 90,0% (84,0%; 90,0% divides by 2025's 1.400 m, a stale base in another unit). Class 2: the
// summary's BHYT rate 94,6% for the 1.529 of the 1.586 people given in II.2b and at the top (96,406% → 96,4%). Class 3:
// bare occupational shares 41,9 + 36,5 + 13,5 + 9,1 = 101,0% (the teachers' 8,1% written 9,1%). Class 4: the funds after
// "gồm" add to 49,23 triệu against 48,87 (quỹ Khuyến học 9,37 written 9,73). Class 5 ×2: the text's 357 households of
// gia đình văn hóa against the table's 375 (whose column adds up and gives 91,0%); the summary's 1.680 triệu đồng for the
// nhà văn hóa against the 1,86 tỷ of II.1b (digits swapped). Class 6: footnote 3's 7,85 km + 1,26 km ≠ the lũy kế 8,84
// km (7,58 written 7,85). Class 7: 13/15 targets written 86% (86,67% → 87%). Class 8: "không có đảng viên vi phạm phải
// xem xét, thi hành kỷ luật" against the member disciplined with a khiển trách in II.4đ and III.2. Traps (43):
// documents, dates, names and years (Đinh Mùi 2027, năm thứ 9, Huy hiệu 30, 40, 45 năm); people per household; tạ/ha →
// kg/sào (one exactly at 322,5 → 323); grain per person; a "none" of epidemics beside a poultry disease; parts in m
// against a total in km; cost per metre (triệu → nghìn đồng); parts in triệu against a total in tỷ; households × rate
// (four times); a remainder of the levy (52 triệu, twice); a table row at exactly 91,25; percentage points; 100% of X/X
// (pupils, call-up, meetings, poor reduction, đảng phí paid over); a prize per pupil; a "trong đó" subset of BHYT; "none" statements beside
// counts of another kind (re-impoverishment, serious crime) or with nothing against them (petitions); a voluntary range;
// members to attend as a remainder; a best meeting's percent in parentheses against a base a paragraph before; 150% of
// a target; đảng phí per month and members × rate × months; rating shares adding to 99,9% (rounding); a 20% ceiling;
// targets not met as a remainder; restatements in tấn, nghìn đồng and triệu đồng that agree; remaining road 0,76 km;
// 2027 thresholds.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

const TOTAL_ROW = '| Cộng | 412 | 1.586 | 74 | 375 | 91,0 |';

export default report({
  doc: 'written-chi-bo-thon-bai-trung-xa-yen-truong-thinh-lanh-dao-nam-2026.md',
  prefix: 'btr',
  claims: [
    // Header
    contradiction({ id: 'documents', quote: ['Số: 18-BC/CB', 'Thực hiện Nghị quyết số 05-NQ/ĐU ngày 15/01/2026', 'Nghị quyết số 01-NQ/CB ngày 20/01/2026', 'Hướng dẫn số 12-HD/ĐU ngày 20/11/2026', 'ngày 10 tháng 12 năm 2026'], stated: '18', expected: 'documents', consistent: true, reason: 'Numbers and dates of the report and of the resolutions and guidance it rests on.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'footnote-documents', quote: ['Theo Báo cáo số 16-BC/CB ngày 12/12/2025 của Chi bộ', 'Nghị quyết số 05-NQ/ĐU ngày 15/01/2026 của Đảng ủy xã giao chỉ tiêu năm 2026'], stated: '16', expected: 'documents', consistent: true, reason: 'Documents cited in the footnotes.', trap: 'numbers in documents\' names and dates in footnotes.' }),
    contradiction({ id: 'names-years', quote: ['92 tuổi, 65 năm tuổi Đảng', 'khởi công tháng 10/2025', 'Tết Nguyên đán Đinh Mùi 2027', 'năm thứ 9 liên tục', 'Huy hiệu 30, 40, 45 năm tuổi Đảng cho 4 đồng chí'], stated: '92', expected: 'ages, dates and names', consistent: true, reason: 'An age, years of membership, a month, a lunar year, a title held for years and the badges\' names: no relation.', trap: 'numbers in ages, dates and names.' }),
    // I. Đặc điểm
    repeat({ id: 'households-table', quote: ['Thôn có 5 xóm với 412 hộ', TOTAL_ROW], values: ['412', '412'] }),
    repeat({ id: 'people-table', quote: ['1.586 nhân khẩu, bình quân', TOTAL_ROW], values: ['1.586', '1.586'] }),
    quotient({ id: 'per-household', quote: ['bình quân 3,85 người/hộ', 'Thôn có 5 xóm với 412 hộ, 1.586 nhân khẩu'], x: '1.586', y: '412', stated: '3,85', trap: 'people per household, a quotient, not a percent.' }),
    sum({ id: 'members-status', quote: ['Chi bộ có 74 đảng viên (71 đảng viên chính thức, 3 đảng viên dự bị)'], parts: ['71', '3'], total: '74' }),
    repeat({ id: 'members-table', quote: ['Chi bộ có 74 đảng viên (71', TOTAL_ROW], values: ['74', '74'] }),
    share({ id: 'women', quote: ['chiếm 28,4%', 'Đảng viên nữ 21 đồng chí', 'Chi bộ có 74 đảng viên (71'], x: '21', y: '74', stated: '28,4%', note: 'the base is in the sentence before.' }),
    sum({ id: 'age-groups', quote: ['Chi bộ có 74 đảng viên (71', 'dưới 30 tuổi 8 đồng chí, từ 30 đến 60 tuổi 35 đồng chí, trên 60 tuổi 31 đồng chí'], parts: ['8', '35', '31'], total: '74', note: 'the age groups add to the cell\'s members; the ages in the group names are not parts.' }),
    sum({ id: 'occupation-shares', quote: ['nông dân 41,9%; cán bộ hưu trí, cựu chiến binh 36,5%; công nhân, lao động tự do 13,5%; cán bộ, giáo viên đang công tác 9,1%'], parts: ['41,9%', '36,5%', '13,5%', '9,1%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'cán bộ, giáo viên đang công tác 8,1%', note: 'Class 3: the four occupational shares of one whole add to 101,0% (6 of 74 teachers and officials is 8,1%).' }),
    // II.1a agriculture
    product({ id: 'cx-output', quote: ['sản lượng 3.986,1 tạ', 'Vụ Chiêm Xuân gieo cấy 61,8 ha, năng suất đạt 64,5 tạ/ha'], x: '61,8', y: '64,5', stated: '3.986,1', note: 'area × yield in tạ.' }),
    product({ id: 'cx-per-sao', quote: ['khoảng 323 kg/sào, sào 500 m²', 'năng suất đạt 64,5 tạ/ha'], x: '64,5', y: '500', factor: '0,01', stated: '323', kind: 'unit', trap: '64,5 tạ/ha × 100 kg/tạ × 500 m²/10.000 m² = exactly 322,5 kg, half-up to 323 (truncation gives 322).' }),
    product({ id: 'mua-per-sao', quote: ['(285 kg/sào)', 'năng suất 57,0 tạ/ha', 'sào 500 m²'], x: '57,0', y: '500', factor: '0,01', stated: '285', kind: 'unit', trap: 'tạ/ha written in kg/sào with the sào defined in the sentence before.' }),
    difference({ id: 'mua-area-drop', quote: ['do 3,4 ha ruộng trũng xóm Bến chuyển sang nuôi cá', 'Vụ Chiêm Xuân gieo cấy 61,8 ha', 'Vụ Mùa gieo cấy 58,4 ha'], a: '61,8', b: '58,4', stated: '3,4' }),
    product({ id: 'mua-output', quote: ['sản lượng 3.328,8 tạ', 'Vụ Mùa gieo cấy 58,4 ha', 'năng suất 57,0 tạ/ha'], x: '58,4', y: '57,0', stated: '3.328,8' }),
    sum({ id: 'rice-year', quote: ['Cả năm sản lượng thóc đạt 7.314,9 tạ', 'sản lượng 3.986,1 tạ', 'sản lượng 3.328,8 tạ'], parts: ['3.986,1', '3.328,8'], total: '7.314,9' }),
    change({ id: 'rice-change', quote: ['tăng 3,2% so với năm 2025', 'Cả năm sản lượng thóc đạt 7.314,9 tạ', 'Năm 2025 sản lượng thóc cả năm đạt 7.086,3 tạ'], x: '7.314,9', base: '7.086,3', stated: '3,2%', direction: 'tăng', note: 'the base is only in footnote 1.' }),
    quotient({ id: 'grain-per-person', quote: ['Bình quân lương thực đạt 461 kg/người/năm', 'Cả năm sản lượng thóc đạt 7.314,9 tạ', '1.586 nhân khẩu'], x: '7.314,9', y: '1.586', factor: '100', stated: '461', trap: 'tạ per person written in kg, a quotient against the population at the top.' }),
    sum({ id: 'winter-crop', quote: ['Vụ Đông trồng 14,5 ha, gồm ngô 8,2 ha và khoai lang, rau màu các loại 6,3 ha'], parts: ['8,2', '6,3'], total: '14,5' }),
    contradiction({ id: 'no-epidemic', quote: ['Trong năm không xảy ra dịch tả lợn châu Phi và lở mồm long móng', 'có 2 hộ xóm Chùa bị gà mắc bệnh Newcastle, chết 37 con'], stated: 'không xảy ra', expected: 'another kind', consistent: true, reason: 'Newcastle disease in chickens is neither African swine fever nor foot-and-mouth disease.', trap: 'a "none" beside a count of another kind.' }),
    change({ id: 'income-change', quote: ['tăng 8,0% so với năm 2025 và vượt', 'Thu nhập bình quân đầu người ước đạt 62,4 triệu đồng/năm', 'thu nhập bình quân đầu người đạt 57,8 triệu đồng/năm'], x: '62,4', base: '57,8', stated: '8,0%', direction: 'tăng', note: 'the base is only in footnote 1.' }),
    excess({ id: 'income-target', quote: ['vượt 4,0% chỉ tiêu Nghị quyết Chi bộ (60 triệu đồng)', 'ước đạt 62,4 triệu đồng/năm'], x: '62,4', y: '60', stated: '4,0%' }),
    // II.1b roads and the nhà văn hóa
    sum({ id: 'road-parts', quote: ['bê tông hóa được 1,26 km đường ngõ xóm', 'tuyến xóm Đông 420 m, tuyến xóm Giữa 515 m, tuyến xóm Bến 325 m'], parts: ['420 m', '515 m', '325 m'], total: '1,26 km', trap: 'parts in m against a total in km.' }),
    ratio({ id: 'road-target', quote: ['đạt 90,0% chỉ tiêu Đảng ủy xã giao', 'bê tông hóa được 1,26 km đường ngõ xóm', 'bê tông hóa 1.500 m đường ngõ xóm (năm 2025 giao 1.400 m)'], x: '1,26 km', y: '1.500 m', stated: '90,0%', mistake: 'planted', original: 'đạt 84,0% chỉ tiêu Đảng ủy xã giao', note: 'Class 1: the base is the Đảng ủy\'s 1.500 m in footnote 2, in another unit; 1.260 m of 1.500 m is 84,0%; 90,0% divides by the 2025 target of 1.400 m beside it (a stale base).' }),
    quotient({ id: 'road-per-metre', quote: ['bình quân 900 nghìn đồng/m đường', 'Tổng kinh phí 1.134 triệu đồng', 'bê tông hóa được 1,26 km'], x: '1.134', y: '1.260', factor: '1000', stated: '900', trap: 'triệu đồng per metre (1,26 km = 1.260 m) written in nghìn đồng.' }),
    share({ id: 'road-people', quote: ['chiếm 42,9%', 'trong đó nhân dân đóng góp 486 triệu đồng', 'Tổng kinh phí 1.134 triệu đồng'], x: '486', y: '1.134', stated: '42,9%' }),
    cumulative({ id: 'road-cumulative', quote: ['Đến nay toàn thôn đã bê tông hóa 8,84 km', 'Đến hết năm 2025, thôn đã bê tông hóa được 7,85 km', 'bê tông hóa được 1,26 km đường ngõ xóm'], previous: '7,85', period: '1,26', stated: '8,84', mistake: 'planted', original: 'Đến hết năm 2025, thôn đã bê tông hóa được 7,58 km', note: 'Class 6: footnote 3\'s 7,85 km + the year\'s 1,26 km = 9,11 km, not the lũy kế 8,84 km (which the 92,1% and the 0,76 km left carry); the footnote\'s 7,58 has two digits swapped.' }),
    ratio({ id: 'road-share-all', quote: ['đạt 92,1% tổng chiều dài đường trong thôn (9,6 km)', 'đã bê tông hóa 8,84 km'], x: '8,84', y: '9,6', stated: '92,1%' }),
    sum({ id: 'nvh-sources', quote: ['tổng kinh phí 1,86 tỷ đồng, gồm ngân sách xã hỗ trợ 700 triệu đồng, nhân dân đóng góp 790 triệu đồng và con em xa quê, doanh nghiệp công đức 370 triệu đồng'], parts: ['700 triệu đồng', '790 triệu đồng', '370 triệu đồng'], total: '1,86 tỷ đồng', trap: 'parts in triệu against a total in tỷ.' }),
    product({ id: 'nvh-levy', quote: ['nhân dân đóng góp 790 triệu đồng', 'Mức đóng góp của nhân dân là 2 triệu đồng/hộ, áp dụng cho 395 hộ'], x: '395', y: '2', stated: '790', trap: 'households × rate, not a sum.' }),
    difference({ id: 'nvh-households', quote: ['áp dụng cho 395 hộ (miễn cho 17 hộ nghèo, cận nghèo)', 'Thôn có 5 xóm với 412 hộ'], a: '412', b: '17', stated: '395', note: 'the households levied are those of the thôn less the exempt.' }),
    sum({ id: 'exempt-households', quote: ['miễn cho 17 hộ nghèo, cận nghèo', 'thôn còn 6 hộ nghèo (1,46%) và 11 hộ cận nghèo (2,67%)'], parts: ['6', '11'], total: '17' }),
    cumulative({ id: 'nvh-cumulative', quote: ['lũy kế từ khi khởi công thu được 738 triệu đồng', 'nhân dân đóng góp xây dựng nhà văn hóa được 452 triệu đồng', 'Năm 2026 thu được 286 triệu đồng'], previous: '452', period: '286', stated: '738', note: '2025 only in footnote 4.' }),
    ratio({ id: 'nvh-collected', quote: ['đạt 93,4% số phải đóng góp', 'thu được 738 triệu đồng', 'nhân dân đóng góp 790 triệu đồng'], x: '738', y: '790', stated: '93,4%' }),
    difference({ id: 'nvh-due', quote: ['còn 52 triệu đồng nhân dân chưa đóng góp', 'nhân dân đóng góp 790 triệu đồng', 'thu được 738 triệu đồng'], a: '790', b: '738', stated: '52', trap: 'a remainder of the levy, in the weaknesses.' }),
    repeat({ id: 'nvh-due-task', quote: ['thu nốt 52 triệu đồng đóng góp', 'còn 52 triệu đồng nhân dân chưa đóng góp'], values: ['52', '52'], trap: 'the remainder repeated in the tasks.' }),
    // II.2a the table
    repeat({ id: 'gdvh-text-table', quote: ['có 357 hộ đạt danh hiệu Gia đình văn hóa', TOTAL_ROW], values: ['375', '357'], mistake: 'planted', original: 'có 375 hộ đạt danh hiệu Gia đình văn hóa', note: 'Class 5: the text gives 357 households, the table (whose column adds up and gives 91,0%) 375; two digits swapped.' }),
    ratio({ id: 't-dong', quote: ['| Xóm Đông | 96 | 372 | 18 | 88 | 91,7 |'], x: '88', y: '96', stated: '91,7' }),
    ratio({ id: 't-doai', quote: ['| Xóm Đoài | 80 | 341 | 15 | 73 | 91,3 |'], x: '73', y: '80', stated: '91,3', trap: 'exactly 91,25, half-up to 91,3 (truncation gives 91,2).' }),
    ratio({ id: 't-giua', quote: ['| Xóm Giữa | 87 | 298 | 14 | 79 | 90,8 |'], x: '79', y: '87', stated: '90,8' }),
    ratio({ id: 't-chua', quote: ['| Xóm Chùa | 84 | 329 | 16 | 77 | 91,7 |'], x: '77', y: '84', stated: '91,7' }),
    ratio({ id: 't-ben', quote: ['| Xóm Bến | 65 | 246 | 11 | 58 | 89,2 |'], x: '58', y: '65', stated: '89,2' }),
    sum({ id: 't-households', quote: [TOTAL_ROW], parts: ['96', '80', '87', '84', '65'], total: '412', kind: 'cross_total' }),
    sum({ id: 't-people', quote: [TOTAL_ROW], parts: ['372', '341', '298', '329', '246'], total: '1.586', kind: 'cross_total' }),
    sum({ id: 't-members', quote: [TOTAL_ROW], parts: ['18', '15', '14', '16', '11'], total: '74', kind: 'cross_total' }),
    sum({ id: 't-gdvh', quote: [TOTAL_ROW], parts: ['88', '73', '79', '77', '58'], total: '375', kind: 'cross_total' }),
    ratio({ id: 't-rate', quote: [TOTAL_ROW], x: '375', y: '412', stated: '91,0' }),
    difference({ id: 'gdvh-points', quote: ['tăng 1,4 điểm phần trăm so với năm 2025', 'Năm 2025 tỷ lệ gia đình văn hóa của thôn đạt 89,6%', TOTAL_ROW], a: '91,0', b: '89,6', stated: '1,4', trap: 'a change in percentage points (the relative change would be 1,6%), its base only in footnote 5.' }),
    sum({ id: 'associations', quote: ['tập hợp được 955 lượt hội viên', 'gồm Hội Nông dân 286, Hội Phụ nữ 312, Hội Cựu chiến binh 64, Chi đoàn Thanh niên 48 và Chi hội Người cao tuổi 245'], parts: ['286', '312', '64', '48', '245'], total: '955' }),
    // II.2b education, health, welfare
    ratio({ id: 'first-grade', quote: ['đạt 21/21 cháu (100%)'], x: '21', y: '21', stated: '100%', trap: '"100%" of X/X.' }),
    quotient({ id: 'prize-per-pupil', quote: ['bình quân 150 nghìn đồng/em', 'khen thưởng 63 học sinh giỏi, tổng số tiền 9,45 triệu đồng'], x: '9,45', y: '63', factor: '1000', stated: '150', trap: 'triệu per pupil written in nghìn đồng.' }),
    difference({ id: 'bhyt-increase', quote: ['tăng 41 người so với năm 2025', 'có 1.529 người tham gia bảo hiểm y tế', 'số người tham gia bảo hiểm y tế là 1.488 người'], a: '1.529', b: '1.488', stated: '41', note: 'the base only in footnote 5.' }),
    atLeast({ id: 'bhyt-household', quote: ['trong đó tự đóng theo hộ gia đình 604 người', 'có 1.529 người tham gia bảo hiểm y tế'], big: '1.529', small: '604', trap: 'a "trong đó" subset, not a breakdown.' }),
    ratio({ id: 'poor-share', quote: ['6 hộ nghèo (1,46%)', 'Thôn có 5 xóm với 412 hộ'], x: '6', y: '412', stated: '1,46%', note: 'the base is at the top of the report.' }),
    ratio({ id: 'near-poor-share', quote: ['11 hộ cận nghèo (2,67%)', 'Thôn có 5 xóm với 412 hộ'], x: '11', y: '412', stated: '2,67%' }),
    difference({ id: 'poor-reduction', quote: ['So với đầu năm giảm 3 hộ nghèo', 'đầu năm 2026 thôn có 9 hộ nghèo', 'thôn còn 6 hộ nghèo'], a: '9', b: '6', stated: '3', note: 'the start of the year only in footnote 5.' }),
    ratio({ id: 'poor-target', quote: ['đạt 100% chỉ tiêu giảm nghèo Đảng ủy xã giao (3 hộ)', 'giảm 3 hộ nghèo'], x: '3', y: '3', stated: '100%', trap: '"100%" of a target equal to the result.' }),
    contradiction({ id: 'no-re-poverty', quote: ['Trong năm không có hộ tái nghèo, không phát sinh hộ nghèo mới', 'thôn còn 6 hộ nghèo (1,46%)'], stated: 'không có hộ tái nghèo', expected: 'another kind', consistent: true, reason: 'The 6 poor households are what is left of the 9 at the start of the year; none is counted as re-impoverished or new.', trap: 'a "none" beside a count of another kind.' }),
    sum({ id: 'funds', quote: ['được 48,87 triệu đồng, gồm', 'quỹ Phòng, chống thiên tai 19,75 triệu đồng', 'quỹ Vì người nghèo 11,85 triệu đồng', 'quỹ Đền ơn đáp nghĩa 7,90 triệu đồng', 'quỹ Khuyến học 9,73 triệu đồng'], parts: ['19,75', '11,85', '7,90', '9,73'], total: '48,87', mistake: 'planted', original: 'quỹ Khuyến học 9,37 triệu đồng', note: 'Class 4: the four funds after "gồm" add to 49,23 triệu against 48,87 (which the summary repeats as 48.870 nghìn đồng); 9,37 is written 9,73.' }),
    product({ id: 'fund-disaster', quote: ['quỹ Phòng, chống thiên tai 19,75 triệu đồng (395 hộ, mức 50.000 đồng/hộ)'], x: '395', y: '50.000', factor: '0,000001', stated: '19,75', trap: 'households × rate in đồng, written in triệu.' }),
    product({ id: 'fund-poor', quote: ['quỹ Vì người nghèo 11,85 triệu đồng (mức 30.000 đồng/hộ)', '(395 hộ, mức 50.000 đồng/hộ)'], x: '395', y: '30.000', factor: '0,000001', stated: '11,85', trap: 'households (from the item before) × rate.' }),
    product({ id: 'fund-gratitude', quote: ['quỹ Đền ơn đáp nghĩa 7,90 triệu đồng (mức 20.000 đồng/hộ)', '(395 hộ, mức 50.000 đồng/hộ)'], x: '395', y: '20.000', factor: '0,000001', stated: '7,90', trap: 'households × rate.' }),
    contradiction({ id: 'fund-range', quote: ['mỗi hộ từ 20 đến 50 nghìn đồng'], stated: 'từ 20 đến 50', expected: 'a range', consistent: true, reason: 'A voluntary range per household, no relation.', trap: 'a range of amounts.' }),
    // II.3 defence, security
    ratio({ id: 'call-up', quote: ['giao quân 3/3 thanh niên (100% chỉ tiêu)'], x: '3', y: '3', stated: '100%', trap: '"100%" of X/X.' }),
    contradiction({ id: 'no-serious-crime', quote: ['không có tội phạm hình sự nghiêm trọng', 'xảy ra 2 vụ trộm cắp vặt'], stated: 'không có', expected: 'another kind', consistent: true, reason: 'Two petty thefts are not serious crimes.', trap: 'a "none" beside a count of another kind.' }),
    ratio({ id: 'mediation', quote: ['hòa giải thành 4/5 vụ việc (80%)'], x: '4', y: '5', stated: '80%' }),
    contradiction({ id: 'no-petitions', quote: ['Trong năm không có đảng viên, quần chúng tham gia khiếu kiện đông người, vượt cấp'], stated: 'không có', expected: 'none', consistent: true, reason: 'Nothing in the report counts a petition.', trap: 'a "none" with nothing against it.' }),
    // II.4 party work
    difference({ id: 'members-to-attend', quote: ['số đảng viên phải sinh hoạt thường xuyên là 62 đồng chí', 'Chi bộ có 12 đồng chí được miễn sinh hoạt', 'Chi bộ có 74 đảng viên (71'], a: '74', b: '12', stated: '62', trap: 'a remainder: the members less those exempted.' }),
    repeat({ id: 'members-study', quote: ['Chi bộ tổ chức cho 62 đảng viên học tập', 'phải sinh hoạt thường xuyên là 62 đồng chí'], values: ['62', '62'] }),
    ratio({ id: 'meetings', quote: ['sinh hoạt thường kỳ 12/12 kỳ (100%)'], x: '12', y: '12', stated: '100%', trap: '"100%" of X/X.' }),
    ratio({ id: 'attendance', quote: ['đạt 95,3%', 'Bình quân mỗi kỳ có 58 đồng chí dự', 'số đảng viên phải sinh hoạt thường xuyên là 62 đồng chí'], x: '58', y: '62', stated: '95,3%', mistake: 'planted', original: 'đạt 93,5%', note: 'Class 1: the base (62 members to attend) is in the previous sentence; 58/62 = 93,548% → 93,5%, written with digits swapped.' }),
    ratio({ id: 'best-meeting', quote: ['có 61 đồng chí dự (98,4%)', 'số đảng viên phải sinh hoạt thường xuyên là 62 đồng chí'], x: '61', y: '62', stated: '98,4%', trap: 'a percent in parentheses against a base a paragraph before (61/74 would be 82,4%).' }),
    ratio({ id: 'admissions', quote: ['đạt 150% chỉ tiêu Đảng ủy xã giao (2 đảng viên)', 'kết nạp được 3 đảng viên mới'], x: '3', y: '2', stated: '150%', trap: 'a percent of a target above 100%.' }),
    sum({ id: 'members-movement', quote: ['đến nay Chi bộ có 74 đảng viên', 'kết nạp được 3 đảng viên mới', 'Chuyển đến 1 đảng viên, từ trần 2 đảng viên', 'đến cuối năm 2025 Chi bộ có 72 đảng viên'], parts: ['72', '3', '1', '−2'], total: '74', note: 'start (footnote 6) + admitted + transferred in − deceased.' }),
    sum({ id: 'dang-phi', quote: ['Thu đảng phí năm 2026 được 10.404 nghìn đồng', 'đóng 8.436 nghìn đồng', 'được 1.968 nghìn đồng'], parts: ['8.436', '1.968'], total: '10.404', note: 'the parts follow in the next sentence after "Trong đó".' }),
    quotient({ id: 'dang-phi-month', quote: ['bình quân 867 nghìn đồng/tháng', 'Thu đảng phí năm 2026 được 10.404 nghìn đồng'], x: '10.404', y: '12', stated: '867', trap: 'a year\'s amount per month (÷ 12), not a percent.' }),
    change({ id: 'dang-phi-change', quote: ['tăng 5,6% so với năm 2025', 'Thu đảng phí năm 2026 được 10.404 nghìn đồng', 'Chi bộ thu đảng phí được 9.852 nghìn đồng'], x: '10.404', base: '9.852', stated: '5,6%', direction: 'tăng', note: 'the base only in footnote 7.' }),
    product({ id: 'dang-phi-flat', quote: ['được 1.968 nghìn đồng', '41 đồng chí còn lại đóng theo mức 4.000 đồng/tháng'], x: '41', y: '4.000', factor: '0,012', stated: '1.968', trap: 'members × đồng per month × 12 months, written in nghìn đồng.' }),
    sum({ id: 'dang-phi-members', quote: ['Chi bộ có 74 đảng viên (71', 'Trong đó 33 đồng chí hưởng lương', '41 đồng chí còn lại'], parts: ['33', '41'], total: '74' }),
    ratio({ id: 'dang-phi-paid', quote: ['nộp đủ 100% về Đảng ủy xã'], x: '10.404', y: '10.404', stated: '100%', trap: '"100%" of what was collected.' }),
    sum({ id: 'inspections', quote: ['cả 5/5 đồng chí chấp hành tốt', 'Chi bộ kiểm tra 3 đảng viên, giám sát chuyên đề 2 đảng viên'], parts: ['3', '2'], total: '5' }),
    contradiction({ id: 'no-discipline', quote: ['Trong năm không có đảng viên vi phạm phải xem xét, thi hành kỷ luật', 'không hoàn thành nhiệm vụ 1 đồng chí (1,4%) do bị Ủy ban Kiểm tra Đảng ủy xã thi hành kỷ luật khiển trách', 'Vẫn còn 1 đảng viên vi phạm bị xử lý kỷ luật'], stated: 'không có đảng viên vi phạm phải ... thi hành kỷ luật', expected: '1 đảng viên bị kỷ luật khiển trách (II.4đ, III.2)', consistent: false, reason: 'II.4d says no member had to be disciplined this year; II.4đ rates one member as not fulfilling his duties because he was disciplined with a reprimand, and III.2 repeats it.', mistake: 'planted', original: 'Trong năm có 1 đảng viên vi phạm, Ủy ban Kiểm tra Đảng ủy xã thi hành kỷ luật khiển trách', note: 'Class 8: a "không có" statement contradicted by a count elsewhere.' }),
    difference({ id: 'rated-members', quote: ['xếp loại là 70 đồng chí (4 đồng chí tuổi cao, sức yếu không đánh giá)', 'Chi bộ có 74 đảng viên (71'], a: '74', b: '4', stated: '70' }),
    sum({ id: 'ratings', quote: ['xếp loại là 70 đồng chí', 'hoàn thành xuất sắc nhiệm vụ 8 đồng chí', 'hoàn thành tốt nhiệm vụ 56 đồng chí', 'hoàn thành nhiệm vụ 5 đồng chí', 'không hoàn thành nhiệm vụ 1 đồng chí'], parts: ['8', '56', '5', '1'], total: '70' }),
    share({ id: 'rating-excellent', quote: ['8 đồng chí (11,4%)', 'xếp loại là 70 đồng chí'], x: '8', y: '70', stated: '11,4%' }),
    share({ id: 'rating-good', quote: ['56 đồng chí (80,0%)', 'xếp loại là 70 đồng chí'], x: '56', y: '70', stated: '80,0%' }),
    share({ id: 'rating-pass', quote: ['5 đồng chí (7,1%)', 'xếp loại là 70 đồng chí'], x: '5', y: '70', stated: '7,1%' }),
    share({ id: 'rating-fail', quote: ['1 đồng chí (1,4%)', 'xếp loại là 70 đồng chí'], x: '1', y: '70', stated: '1,4%' }),
    sum({ id: 'rating-shares', quote: ['8 đồng chí (11,4%)', '56 đồng chí (80,0%)', '5 đồng chí (7,1%)', '1 đồng chí (1,4%)'], parts: ['11,4%', '80,0%', '7,1%', '1,4%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'rounded shares adding to 99,9%, within rounding.' }),
    contradiction({ id: 'excellent-ceiling', quote: ['không vượt quá 20% số đảng viên hoàn thành tốt nhiệm vụ', 'hoàn thành xuất sắc nhiệm vụ 8 đồng chí', 'hoàn thành tốt nhiệm vụ 56 đồng chí'], stated: '20%', expected: 'a ceiling', consistent: true, reason: 'The rule\'s ceiling: 8 is under 20% of 56 (11,2); not a share of the rated members.', trap: 'a ceiling beside a share of another base.' }),
    repeat({ id: 'fail-again', quote: ['Vẫn còn 1 đảng viên vi phạm bị xử lý kỷ luật', 'không hoàn thành nhiệm vụ 1 đồng chí'], values: ['1', '1'] }),
    // III. Summary
    ratio({ id: 'targets-met', quote: ['thực hiện đạt và vượt 13/15 chỉ tiêu Nghị quyết (86%)'], x: '13', y: '15', stated: '86%', mistake: 'planted', original: 'thực hiện đạt và vượt 13/15 chỉ tiêu Nghị quyết (87%)', note: 'Class 7: 13/15 = 86,67%, which is 87% written whole; 86% truncates.' }),
    difference({ id: 'targets-missed', quote: ['Còn 2 chỉ tiêu chưa đạt', '13/15 chỉ tiêu Nghị quyết'], a: '15', b: '13', stated: '2', trap: 'a remainder of an X/Y.' }),
    repeat({ id: 'sum-meetings', quote: ['Sinh hoạt chi bộ đều đặn 12/12 kỳ', 'sinh hoạt thường kỳ 12/12 kỳ (100%)'], values: ['12', '12'] }),
    repeat({ id: 'sum-admissions', quote: ['kết nạp 3 đảng viên, vượt chỉ tiêu', 'kết nạp được 3 đảng viên mới'], values: ['3', '3'] }),
    repeat({ id: 'sum-rice', quote: ['Sản lượng thóc cả năm đạt 731,5 tấn', 'Cả năm sản lượng thóc đạt 7.314,9 tạ'], values: ['7.314,9 tạ', '731,5 tấn'], kind: 'unit', trap: 'the output restated in tấn, agreeing.' }),
    repeat({ id: 'sum-funds', quote: ['Nhân dân đóng góp các quỹ 48.870 nghìn đồng', 'được 48,87 triệu đồng, gồm'], values: ['48,87 triệu đồng', '48.870 nghìn đồng'], kind: 'unit', trap: 'the funds\' total restated in nghìn đồng, agreeing.' }),
    repeat({ id: 'sum-nvh', quote: ['tổng kinh phí xây dựng nhà văn hóa thôn 1.680 triệu đồng', 'tổng kinh phí 1,86 tỷ đồng, gồm'], values: ['1,86 tỷ đồng', '1.680 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'tổng kinh phí xây dựng nhà văn hóa thôn 1.860 triệu đồng', note: 'Class 5: the summary\'s 1.680 triệu đồng against the 1,86 tỷ (= 1.860 triệu) of II.1b, whose sources add up; digits swapped across scales.' }),
    ratio({ id: 'sum-bhyt', quote: ['Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%', 'có 1.529 người tham gia bảo hiểm y tế', 'Thôn có 5 xóm với 412 hộ, 1.586 nhân khẩu'], x: '1.529', y: '1.586', stated: '94,6%', mistake: 'planted', original: 'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96,4%', note: 'Class 2: a percent in the summary whose figures are in II.2b and at the top; 1.529 of 1.586 people is 96,406% → 96,4%, written with digits swapped.' }),
    repeat({ id: 'sum-gdvh', quote: ['91,0% số hộ đạt Gia đình văn hóa', TOTAL_ROW], values: ['91,0', '91,0%'] }),
    repeat({ id: 'sum-poor', quote: ['hộ nghèo còn 6 hộ', 'thôn còn 6 hộ nghèo'], values: ['6', '6'] }),
    repeat({ id: 'sum-dang-phi', quote: ['Thu đảng phí 10,4 triệu đồng', 'Thu đảng phí năm 2026 được 10.404 nghìn đồng'], values: ['10.404 nghìn đồng', '10,4 triệu đồng'], kind: 'unit', trap: 'đảng phí restated in triệu, agreeing.' }),
    // IV. Tasks
    difference({ id: 'road-left', quote: ['Bê tông hóa 0,76 km đường ngõ xóm còn lại', 'tổng chiều dài đường trong thôn (9,6 km)', 'đã bê tông hóa 8,84 km'], a: '9,6', b: '8,84', stated: '0,76', trap: 'a remainder of all roads against the lũy kế.' }),
    contradiction({ id: 'targets-2027', quote: ['tỷ lệ đảng viên dự sinh hoạt bình quân từ 95% trở lên', 'Sản lượng thóc phấn đấu đạt 7.400 tạ', 'đạt từ 97% trở lên', 'giữ tỷ lệ gia đình văn hóa trên 90%', 'giảm còn 4 hộ nghèo', 'thu nhập bình quân đầu người 66 triệu đồng/năm'], stated: '95%', expected: 'targets', consistent: true, reason: 'Targets and thresholds for 2027, not results.', trap: 'thresholds and targets beside this year\'s figures.' }),
  ],
});
