// Written for the corpus, blind: Trường Tiểu học xã Phìn Hồ Thượng (a mountain border commune of tỉnh Lào Cai after
// the 2025 merger; the commune, its thôn, its one main and four satellite điểm trường and all people are invented) to
// the UBND xã and the Sở Giáo dục và Đào tạo, the "Báo cáo sơ kết học kỳ I năm học 2026 - 2027" (07/9/2026 -
// 16/01/2027, dated 20/01/2027), in parts I - V, the same semester of last year given only in footnotes 2 and 3.
// Pupils and classes: the start-of-year roll against today's (a difference), pupils per class, last year's roll
// (difference and change from footnote 2); a table by điểm trường (distance, classes, mixed-grade classes, pupils,
// girls, ethnic-minority pupils; column totals), the four satellites' classes and pupils against the table, a
// satellite's pupils restated in the text, classes on two sessions X/Y as a whole percent with its parts and
// remainder; girls' and ethnic-minority shares of the roll, the minorities after "gồm" with shares of the roll, the
// Kinh pupils as remainders (of the school and of the main site), a 100% of the satellites. Enrolment: six-year-olds
// X/Y, last year's X/Y in a footnote, the change in points, the child not enrolled, grade 1 as new pupils plus
// repeaters; a "none" of dropouts beside transfers; attendance in points against the footnote; a range of
// attendance. Boarding: pupils by grade, share of the roll, change against the footnote, the meal rate as 40% of the
// base salary, rice and money for four months as products (kg, tấn, triệu), the second semester's rice. Evaluation
// by Thông tư 27: a table by grade (Vietnamese HTT/HT/CHT, Toán HTT/CHT; row sums and column totals), school shares
// of Vietnamese (adding to 100%) and of Toán from the table's total row, changes in points against footnote 3;
// English for grades 3 - 5 (pupils from the table's rows) after a colon; a "none" of failures in other subjects
// beside counts of failures in Vietnamese, Toán and English; qualities as counts with shares, competences as bare
// shares. Reading survey: grade 1 counts with shares and their sum, the change against footnote 3, grades 2 - 3
// (pupils from the table) as bare shares. Staff after "gồm" and its nested parts, teachers by kind and specialists,
// teachers per class against a norm, minority teachers' share, qualifications (total in the paragraph before), the
// qualified X/Y and its parts, 100% of X/X for training. Rooms after a parenthesis with a share, screens X/Y, pupils
// per computer (the grades of the table), toilets 7/8 as a whole percent, the library from a footnote's inventory
// (with its parts) plus the semester's gifts; national-standard self-assessment 4/5. Budget: estimate after "gồm",
// December plus the November lũy kế of footnote 6, percent of the estimate, the spending after "trong đó" with
// percents of their own estimates, the non-autonomous spending's uses, salaries' share, the carry-over remainder.
// Health X/X. A summary restating figures (one in tấn, one in tỷ), weaknesses restating counts (temporary rooms five
// times in all), tasks with targets, thresholds and the second semester's rice.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the 186 boarders written 41,8% of the roll (against last
// year's 445 of footnote 2; 186/433 is 42,96% → 43,0%), the 14 minority teachers written 43,8% of the 31 teachers
// of the paragraph before (14/32; 45,2%). Class 2: the summary's grade-1 readers "đạt yêu cầu trở lên" 80,4% against
// the 28 + 51 of 94 in II.2 (84,0%, digits swapped). Class 3: grades 2 - 3 reading shares 46,2 + 41,5 + 13,2 =
// 100,9% (12,3 written 13,2). Class 4: staff 41 against 3 + 31 + 6 = 40. Class 5 ×2: Páo Tủng's 42 pupils in the text
// against the table's 24; the summary's 11,61 tấn of rice against the 11.160 kg (11,16 tấn) of I.3. Class 6: the
// library's 2.640 books of footnote 4 + 385 received = 3.025, written 3.052. Class 7: 13/21 classes on two sessions
// written 61% (61,9% → 62%). Class 8: the summary's "không có giáo viên chưa đạt chuẩn trình độ đào tạo" against
// the 2 teachers with a cao đẳng degree still studying to reach the standard (II.3). Traps (37): document numbers and
// dates (body and footnotes), the semester's dates and weeks, ages, levels and frequencies (mẫu giáo 5 tuổi, mức độ
// 1, cấp độ 2, 5 năm, 3 bữa/ngày); a distance column not to be added; pupils per class, teachers per class, pupils
// per computer (exactly 12,65 half-up to 12,7); a norm above the rate; shares in parentheses of the roll or of their
// own estimate (Mông of 433, not of the 421 after "gồm"; autonomous spending of 6.452, not of 7.105); a "none" of
// dropouts beside transfers, a "none" of failures beside counts of other subjects, a "none" of food poisoning with
// nothing against it; percentage points against
// footnotes (six-year-olds, attendance, Vietnamese and Toán HTT); 100% of X/X (the satellites' Hmong pupils,
// training 31/31, health 433/433, 21/21 classes without a percent, the target 82/82); 7/8 = 87,5% half-up to 88%; the
// meal rate as 40% of the base salary; rice and money as products, kg ↔ tấn, triệu ↔ tỷ; bare competence shares that
// do add to 100%; grade-1 reading shares adding to 100,1% within rounding; remainders (classes on one session, the
// unenrolled child, Kinh pupils, the carry-over 213 triệu); thresholds and a 100% target in the tasks; a range of
// attendance.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

const T1_MAIN = '| Điểm trường chính (thôn Phìn Hồ) | - | 12 | - | 294 | 141 | 282 |';
const T1_SP = '| Điểm trường Séo Phìn | 4,5 | 3 | - | 46 | 22 | 46 |';
const T1_NT = '| Điểm trường Ngài Thầu | 7 | 2 | 1 | 33 | 17 | 33 |';
const T1_CL = '| Điểm trường Cốc Lầy | 9 | 2 | 1 | 36 | 18 | 36 |';
const T1_PT = '| Điểm trường Páo Tủng | 11 | 2 | 1 | 24 | 11 | 24 |';
const T1_ALL = '| Toàn trường | - | 21 | 3 | 433 | 209 | 421 |';
const K1 = '| Khối 1 | 94 | 24 | 61 | 9 | 26 | 6 |';
const K2 = '| Khối 2 | 86 | 25 | 55 | 6 | 27 | 5 |';
const K3 = '| Khối 3 | 85 | 27 | 53 | 5 | 28 | 4 |';
const K4 = '| Khối 4 | 86 | 29 | 53 | 4 | 29 | 4 |';
const K5 = '| Khối 5 | 82 | 30 | 49 | 3 | 31 | 3 |';
const KALL = '| Cộng | 433 | 135 | 271 | 27 | 141 | 22 |';

export default report({
  doc: 'written-truong-tieu-hoc-phin-ho-thuong-so-ket-hoc-ky-i-2026-2027.md',
  prefix: 'pht',
  claims: [
    // Header, documents, dates
    contradiction({ id: 'documents', quote: ['Số: 09/BC-THPHT', 'Kế hoạch số 112/KH-THPHT ngày 12/9/2026', 'Nghị định số 66/2025/NĐ-CP ngày 12/3/2025', 'Thông tư số 27/2020/TT-BGDĐT', 'Thông tư số 20/2023/TT-BGDĐT', 'Luật Giáo dục năm 2019'], stated: '09', expected: 'documents', consistent: true, reason: 'Numbers and dates of the report and of the plan, decree, circulars and law it cites.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'footnote-documents', quote: ['Công văn số 2468/SGDĐT-GDPT ngày 25/8/2026', 'Quyết định số 1187/QĐ-UBND ngày 14/6/2022', 'Báo cáo số 41/BC-THPHT ngày 04/12/2026', 'Biên bản kiểm kê thư viện ngày 05/9/2026'], stated: '2468', expected: 'documents', consistent: true, reason: 'Documents cited in the footnotes.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'dates-levels', quote: ['(từ ngày 07/9/2026 đến ngày 16/01/2027, 18 tuần thực học)', 'được thành lập từ ngày 01/7/2025', 'chưa qua lớp mẫu giáo 5 tuổi đầy đủ', 'đạt chuẩn quốc gia mức độ 1 và đạt kiểm định chất lượng giáo dục cấp độ 2 từ năm 2022', 'thời hạn 5 năm', 'mỗi tuần 2 buổi', 'duy trì 3 bữa/ngày', 'dạy "tuần 0"'], stated: '18 tuần', expected: 'dates, ages and levels', consistent: true, reason: 'The semester\'s dates and weeks, the commune\'s founding date, an age, the levels of the national standard and of accreditation, a period of validity, visits and meals per unit of time.', trap: 'numbers in dates, ages, levels and frequencies.' }),
    // I.1 roll and table 1
    difference({ id: 'roll-drop', quote: ['(giảm 2 em do chuyển trường theo gia đình)', 'Đầu năm học toàn trường có 435 học sinh', 'trường có 433 học sinh'], a: '435', b: '433', stated: '2' }),
    quotient({ id: 'per-class', quote: ['bình quân 20,6 học sinh/lớp', 'trường có 433 học sinh', 'bố trí trong 21 lớp'], x: '433', y: '21', stated: '20,6', trap: 'pupils per class, a quotient (20,62), not a percent.' }),
    difference({ id: 'roll-vs-last-year', quote: ['số học sinh giảm 12 em', 'toàn trường có 22 lớp với 445 học sinh', 'trường có 433 học sinh'], a: '445', b: '433', stated: '12', note: 'last year\'s roll only in footnote 2.' }),
    change({ id: 'roll-change', quote: ['(giảm 2,7%)', 'toàn trường có 22 lớp với 445 học sinh', 'trường có 433 học sinh'], x: '433', base: '445', stated: '2,7%', direction: 'giảm' }),
    repeat({ id: 'roll-433', quote: ['trường có 433 học sinh', T1_ALL, KALL, 'Duy trì ổn định 21 lớp với 433 học sinh'], values: ['433', '433', '433', '433'], note: 'the text, both tables and the summary.' }),
    repeat({ id: 'classes-21', quote: ['bố trí trong 21 lớp, trong đó có 3 lớp ghép', T1_ALL, 'Duy trì ổn định 21 lớp'], values: ['21', '21', '21'] }),
    contradiction({ id: 'distance-column', quote: ['| Điểm trường | Cách trung tâm (km) | Số lớp |', T1_ALL], stated: '4,5; 7; 9; 11 km', expected: 'distances', consistent: true, reason: 'Each satellite\'s distance to the centre; the total row rightly gives a dash.', trap: 'a column of distances that is not to be added.' }),
    sum({ id: 't1-classes', quote: [T1_ALL, T1_MAIN, T1_SP, T1_NT, T1_CL, T1_PT], parts: ['12', '3', '2', '2', '2'], total: '21', kind: 'cross_total' }),
    sum({ id: 't1-mixed', quote: [T1_ALL, T1_NT, T1_CL, T1_PT], parts: ['1', '1', '1'], total: '3', kind: 'cross_total' }),
    sum({ id: 't1-pupils', quote: [T1_ALL, T1_MAIN, T1_SP, T1_NT, T1_CL, T1_PT], parts: ['294', '46', '33', '36', '24'], total: '433', kind: 'cross_total' }),
    sum({ id: 't1-girls', quote: [T1_ALL, T1_MAIN, T1_SP, T1_NT, T1_CL, T1_PT], parts: ['141', '22', '17', '18', '11'], total: '209', kind: 'cross_total' }),
    sum({ id: 't1-minority', quote: [T1_ALL, T1_MAIN, T1_SP, T1_NT, T1_CL, T1_PT], parts: ['282', '46', '33', '36', '24'], total: '421', kind: 'cross_total' }),
    sum({ id: 'satellite-classes', quote: ['Bốn điểm trường lẻ có 9 lớp', T1_SP, T1_NT, T1_CL, T1_PT], parts: ['3', '2', '2', '2'], total: '9', note: 'the satellites\' rows of the table.' }),
    sum({ id: 'satellite-pupils', quote: ['có 9 lớp với 139 học sinh', T1_SP, T1_NT, T1_CL, T1_PT], parts: ['46', '33', '36', '24'], total: '139' }),
    repeat({ id: 'pao-tung-pupils', quote: ['có 2 lớp với 42 học sinh', T1_PT], values: ['24', '42'], mistake: 'planted', original: 'có 2 lớp với 24 học sinh', note: 'Class 5: the text gives Páo Tủng 42 pupils, the table (whose column adds to 433 and to the satellites\' 139) 24; two digits swapped.' }),
    ratio({ id: 'two-sessions', quote: ['Số lớp học 2 buổi/ngày là 13/21 lớp (61%)'], x: '13', y: '21', stated: '61%', mistake: 'planted', original: 'Số lớp học 2 buổi/ngày là 13/21 lớp (62%)', note: 'Class 7: 13/21 = 61,90%, which is 62% written whole; 61% truncates.' }),
    sum({ id: 'two-sessions-parts', quote: ['13/21 lớp', 'gồm toàn bộ 12 lớp của điểm trường chính và lớp 1 tại điểm trường Séo Phìn'], parts: ['12', '1'], total: '13', note: 'one class (grade 1) at Séo Phìn, written as a name.' }),
    difference({ id: 'one-session', quote: ['8 lớp còn lại ở các điểm lẻ mới học 1 buổi/ngày', '13/21 lớp'], a: '21', b: '13', stated: '8', trap: 'a remainder of an X/Y.' }),
    ratio({ id: 'girls', quote: ['Học sinh nữ có 209 em, chiếm 48,3%', 'trường có 433 học sinh'], x: '209', y: '433', stated: '48,3%' }),
    ratio({ id: 'minority', quote: ['có 421 em, chiếm 97,2%', 'trường có 433 học sinh'], x: '421', y: '433', stated: '97,2%' }),
    sum({ id: 'minority-parts', quote: ['có 421 em, chiếm 97,2%', 'gồm dân tộc Mông 318 em (73,4%), dân tộc Dao 87 em (20,1%), dân tộc Tày và Giáy 16 em'], parts: ['318', '87', '16'], total: '421' }),
    share({ id: 'hmong-share', quote: ['dân tộc Mông 318 em (73,4%)', 'trường có 433 học sinh'], x: '318', y: '433', stated: '73,4%', trap: 'a percent in parentheses of the whole roll, not of the 421 minority pupils after "gồm" (75,5%).' }),
    share({ id: 'dao-share', quote: ['dân tộc Dao 87 em (20,1%)', 'trường có 433 học sinh'], x: '87', y: '433', stated: '20,1%' }),
    difference({ id: 'kinh', quote: ['học sinh người Kinh 12 em', 'có 421 em, chiếm 97,2%', 'trường có 433 học sinh'], a: '433', b: '421', stated: '12', trap: 'a remainder of the roll.' }),
    difference({ id: 'kinh-main', quote: ['học sinh người Kinh 12 em, đều học tại điểm trường chính', T1_MAIN], a: '294', b: '282', stated: '12', note: 'the main site\'s pupils less its minority pupils.' }),
    atLeast({ id: 'satellites-hmong', quote: ['Học sinh các điểm trường lẻ 100% là con em đồng bào Mông', 'dân tộc Mông 318 em', 'có 9 lớp với 139 học sinh'], big: '318', small: '139', trap: '"100%" of the satellites\' pupils, a subset of the Hmong pupils, not a share to compute.' }),
    // I.2 enrolment, attendance
    ratio({ id: 'six-year-olds', quote: ['huy động 91/92 trẻ 6 tuổi trên địa bàn vào lớp 1, đạt 98,9%'], x: '91', y: '92', stated: '98,9%' }),
    ratio({ id: 'six-year-olds-last', quote: ['(97,8%)', 'huy động 88/90 trẻ 6 tuổi vào lớp 1'], x: '88', y: '90', stated: '97,8%', note: 'the X/Y only in footnote 2, its percent in the body.' }),
    difference({ id: 'six-year-olds-pp', quote: ['tăng 1,1 điểm phần trăm so với cùng kỳ (97,8%)', 'đạt 98,9%, tăng'], a: '98,9', b: '97,8', stated: '1,1', trap: 'a change in percentage points against the footnote\'s X/Y (the relative change, 1,12%, happens to round alike).' }),
    difference({ id: 'not-enrolled', quote: ['01 trẻ khuyết tật nặng chưa thể đến lớp', 'huy động 91/92 trẻ 6 tuổi'], a: '92', b: '91', stated: '01', trap: 'a remainder of an X/Y.' }),
    sum({ id: 'grade-1', quote: ['khối 1 hiện có 94 học sinh', 'Cùng với 3 học sinh học lại lớp 1', 'huy động 91/92 trẻ 6 tuổi'], parts: ['91', '3'], total: '94' }),
    repeat({ id: 'grade-1-table', quote: ['khối 1 hiện có 94 học sinh', K1, 'Lớp 1 (94 em)'], values: ['94', '94', '94'] }),
    contradiction({ id: 'no-dropout', quote: ['Trong học kỳ I không có học sinh bỏ học; 2 em giảm so với đầu năm đều chuyển trường', 'không để học sinh bỏ học'], stated: 'không có học sinh bỏ học', expected: 'another kind', consistent: true, reason: 'The two pupils fewer than at the start of the year transferred to other schools; nothing in the report counts a dropout.', trap: 'a "none" beside a count of another kind (transfers).' }),
    difference({ id: 'attendance-pp', quote: ['tăng 0,7 điểm phần trăm so với cùng kỳ; riêng', 'cả học kỳ đạt 97,6%', 'tỷ lệ chuyên cần bình quân 96,9%'], a: '97,6', b: '96,9', stated: '0,7', trap: 'percentage points against a rate only in footnote 2.' }),
    contradiction({ id: 'attendance-range', quote: ['có ngày chỉ còn 80 - 85%'], stated: '80 - 85%', expected: 'a range', consistent: true, reason: 'A range of daily attendance on cold days, with no base in the report.', trap: 'a range of percents.' }),
    // I.3 boarding
    sum({ id: 'boarders-grades', quote: ['Học kỳ I có 186 học sinh ở bán trú', '(khối 3: 24 em, khối 4: 83 em, khối 5: 79 em)'], parts: ['24', '83', '79'], total: '186' }),
    share({ id: 'boarders-share', quote: ['chiếm 41,8% tổng số học sinh toàn trường', 'Học kỳ I có 186 học sinh ở bán trú', 'trường có 433 học sinh'], x: '186', y: '433', stated: '41,8%', mistake: 'planted', original: 'chiếm 43,0% tổng số học sinh toàn trường', note: 'Class 1: the roll is in I.1 and the table; 186/433 = 42,96% → 43,0%. The 41,8% is 186 of last year\'s 445 (footnote 2).' }),
    difference({ id: 'boarders-vs-last-year', quote: ['tăng 7 em so với cùng kỳ', 'có 179 học sinh ở bán trú', 'Học kỳ I có 186 học sinh ở bán trú'], a: '186', b: '179', stated: '7' }),
    product({ id: 'meal-rate', quote: ['hỗ trợ tiền ăn 936.000 đồng/học sinh/tháng (bằng 40% mức lương cơ sở 2.340.000 đồng)'], x: '2.340.000', y: '40', factor: '0,01', stated: '936.000', trap: 'a rate as a percent of the base salary, a product, not a share of anything.' }),
    product({ id: 'rice-semester', quote: ['cấp phát cho học sinh 11.160 kg gạo', 'và 15 kg gạo/học sinh/tháng', 'Trong 4 tháng của học kỳ I', 'Học kỳ I có 186 học sinh ở bán trú'], x: '186', y: '15', factor: '4', stated: '11.160', trap: 'pupils × kg per month × 4 months, a product.' }),
    repeat({ id: 'rice-tan', quote: ['11.160 kg gạo (11,16 tấn)'], values: ['11.160 kg', '11,16 tấn'], kind: 'unit', trap: 'kg restated in tấn, agreeing.' }),
    product({ id: 'meal-money', quote: ['chi trả tiền ăn 696,4 triệu đồng', 'hỗ trợ tiền ăn 936.000 đồng/học sinh/tháng', 'Trong 4 tháng của học kỳ I', 'Học kỳ I có 186 học sinh ở bán trú'], x: '186', y: '936.000', factor: '0,000004', stated: '696,4 triệu đồng', trap: 'pupils × đồng per month × 4 months, in triệu (696,384).' }),
    // II.1 evaluation table
    sum({ id: 'k1-tv', quote: [K1], parts: ['24', '61', '9'], total: '94' }),
    sum({ id: 'k2-tv', quote: [K2], parts: ['25', '55', '6'], total: '86' }),
    sum({ id: 'k3-tv', quote: [K3], parts: ['27', '53', '5'], total: '85' }),
    sum({ id: 'k4-tv', quote: [K4], parts: ['29', '53', '4'], total: '86' }),
    sum({ id: 'k5-tv', quote: [K5], parts: ['30', '49', '3'], total: '82' }),
    sum({ id: 'kall-tv', quote: [KALL], parts: ['135', '271', '27'], total: '433' }),
    sum({ id: 'kall-pupils', quote: [KALL, K1, K2, K3, K4, K5], parts: ['94', '86', '85', '86', '82'], total: '433', kind: 'cross_total' }),
    sum({ id: 'kall-tv-htt', quote: [KALL, K1, K2, K3, K4, K5], parts: ['24', '25', '27', '29', '30'], total: '135', kind: 'cross_total' }),
    sum({ id: 'kall-tv-ht', quote: [KALL, K1, K2, K3, K4, K5], parts: ['61', '55', '53', '53', '49'], total: '271', kind: 'cross_total' }),
    sum({ id: 'kall-tv-cht', quote: [KALL, K1, K2, K3, K4, K5], parts: ['9', '6', '5', '4', '3'], total: '27', kind: 'cross_total' }),
    sum({ id: 'kall-math-htt', quote: [KALL, K1, K2, K3, K4, K5], parts: ['26', '27', '28', '29', '31'], total: '141', kind: 'cross_total' }),
    sum({ id: 'kall-math-cht', quote: [KALL, K1, K2, K3, K4, K5], parts: ['6', '5', '4', '4', '3'], total: '22', kind: 'cross_total' }),
    ratio({ id: 'tv-htt', quote: ['môn Tiếng Việt có tỷ lệ hoàn thành tốt 31,2%', KALL], x: '135', y: '433', stated: '31,2%' }),
    ratio({ id: 'tv-ht', quote: ['hoàn thành 62,6%, chưa hoàn thành 6,2%', KALL], x: '271', y: '433', stated: '62,6%' }),
    ratio({ id: 'tv-cht', quote: ['chưa hoàn thành 6,2%. So với', KALL], x: '27', y: '433', stated: '6,2%' }),
    sum({ id: 'tv-shares', quote: ['môn Tiếng Việt có tỷ lệ hoàn thành tốt 31,2%, hoàn thành 62,6%, chưa hoàn thành 6,2%'], parts: ['31,2%', '62,6%', '6,2%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    difference({ id: 'tv-htt-pp', quote: ['tỷ lệ hoàn thành tốt môn Tiếng Việt tăng 2,3 điểm phần trăm', 'môn Tiếng Việt hoàn thành tốt 28,9%', 'tỷ lệ hoàn thành tốt 31,2%'], a: '31,2', b: '28,9', stated: '2,3', trap: 'percentage points against footnote 3.' }),
    ratio({ id: 'math-htt', quote: ['Môn Toán đạt hoàn thành tốt 32,6%', KALL], x: '141', y: '433', stated: '32,6%' }),
    difference({ id: 'math-htt-pp', quote: ['tăng 2,4 điểm phần trăm so với cùng kỳ; tỷ lệ chưa hoàn thành 5,1%', 'môn Toán hoàn thành tốt 30,2%', 'Môn Toán đạt hoàn thành tốt 32,6%'], a: '32,6', b: '30,2', stated: '2,4', trap: 'percentage points against footnote 3.' }),
    ratio({ id: 'math-cht', quote: ['tỷ lệ chưa hoàn thành 5,1%', KALL], x: '22', y: '433', stated: '5,1%' }),
    sum({ id: 'english-pupils', quote: ['(lớp 3, lớp 4, lớp 5; 253 em)', K3, K4, K5], parts: ['85', '86', '82'], total: '253' }),
    sum({ id: 'english-levels', quote: ['253 em): hoàn thành tốt 57 em, hoàn thành 187 em, chưa hoàn thành 9 em'], parts: ['57', '187', '9'], total: '253' }),
    contradiction({ id: 'no-fail-others', quote: ['Các môn học và hoạt động giáo dục còn lại đều có 100% học sinh được đánh giá từ mức hoàn thành trở lên, không có học sinh chưa hoàn thành', 'chưa hoàn thành 9 em'], stated: 'không có học sinh chưa hoàn thành', expected: 'another kind', consistent: true, reason: 'The "none" covers the other subjects; the failures counted are in Vietnamese, Toán and English.', trap: 'a "none" beside counts of other subjects.' }),
    ratio({ id: 'qualities-good', quote: ['có 198 em đạt mức Tốt (45,7%)', 'trường có 433 học sinh'], x: '198', y: '433', stated: '45,7%' }),
    ratio({ id: 'qualities-pass', quote: ['229 em mức Đạt (52,9%)', 'trường có 433 học sinh'], x: '229', y: '433', stated: '52,9%' }),
    ratio({ id: 'qualities-weak', quote: ['6 em mức Cần cố gắng (1,4%)', 'trường có 433 học sinh'], x: '6', y: '433', stated: '1,4%' }),
    sum({ id: 'qualities-total', quote: ['trường có 433 học sinh', 'có 198 em đạt mức Tốt (45,7%), 229 em mức Đạt (52,9%) và 6 em mức Cần cố gắng (1,4%)'], parts: ['198', '229', '6'], total: '433', note: 'the roll is in I.1.' }),
    sum({ id: 'competences', quote: ['tỷ lệ học sinh đạt mức Tốt là 41,3%, mức Đạt 55,9%, mức Cần cố gắng 2,8%'], parts: ['41,3%', '55,9%', '2,8%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'bare shares that do add to 100%.' }),
    // II.2 reading survey
    contradiction({ id: 'corners', quote: ['góc tiếng Việt ở 21/21 lớp'], stated: '21/21', expected: 'all classes', consistent: true, reason: 'Every class has a Vietnamese corner; an X/X with no percent.', trap: 'an X/X written without a percent.' }),
    ratio({ id: 'read-good', quote: ['đọc tốt 28 em (29,8%)', 'Lớp 1 (94 em)'], x: '28', y: '94', stated: '29,8%' }),
    ratio({ id: 'read-pass', quote: ['đọc đạt yêu cầu 51 em (54,3%)', 'Lớp 1 (94 em)'], x: '51', y: '94', stated: '54,3%' }),
    ratio({ id: 'read-fail', quote: ['đọc chưa đạt 15 em (16,0%)', 'Lớp 1 (94 em)'], x: '15', y: '94', stated: '16,0%' }),
    sum({ id: 'read-count', quote: ['Lớp 1 (94 em): đọc tốt 28 em (29,8%); đọc đạt yêu cầu 51 em (54,3%); đọc chưa đạt 15 em (16,0%)'], parts: ['28', '51', '15'], total: '94' }),
    sum({ id: 'read-shares', quote: ['Lớp 1 (94 em): đọc tốt 28 em (29,8%); đọc đạt yêu cầu 51 em (54,3%); đọc chưa đạt 15 em (16,0%)'], parts: ['29,8%', '54,3%', '16,0%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'rounded shares adding to 100,1%, within rounding.' }),
    difference({ id: 'read-fail-fewer', quote: ['giảm 4 em so với cùng kỳ', 'khảo sát đọc lớp 1 có 19 em đọc chưa đạt', 'đọc chưa đạt 15 em (16,0%)'], a: '19', b: '15', stated: '4' }),
    sum({ id: 'grades-2-3', quote: ['Lớp 2 và lớp 3 (171 em)', K2, K3], parts: ['86', '85'], total: '171', note: 'the pupils only in the evaluation table.' }),
    sum({ id: 'grades-2-3-shares', quote: ['đọc trôi chảy, hiểu nội dung 46,2%; đọc được nhưng còn chậm 41,5%; còn phải đánh vần 13,2%'], parts: ['46,2%', '41,5%', '13,2%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'còn phải đánh vần 12,3%', note: 'Class 3: the three reading levels of grades 2 - 3 add to 100,9%; the 12,3% of pupils still spelling out is written 13,2%.' }),
    // II.3 staff
    sum({ id: 'staff', quote: ['Tổng số cán bộ quản lý, giáo viên, nhân viên là 41 người', 'gồm 3 cán bộ quản lý (1 hiệu trưởng, 2 phó hiệu trưởng), 31 giáo viên và 6 nhân viên'], parts: ['3', '31', '6'], total: '41', mistake: 'planted', original: 'Tổng số cán bộ quản lý, giáo viên, nhân viên là 40 người', note: 'Class 4: managers, teachers and employees after "gồm" add to 40, not 41.' }),
    sum({ id: 'managers', quote: ['gồm 3 cán bộ quản lý (1 hiệu trưởng, 2 phó hiệu trưởng)'], parts: ['1', '2'], total: '3', note: 'a breakdown in parentheses nested inside a "gồm".' }),
    sum({ id: 'teachers-kinds', quote: ['Trong 31 giáo viên có 23 giáo viên dạy lớp và 8 giáo viên dạy môn chuyên'], parts: ['23', '8'], total: '31' }),
    sum({ id: 'specialists', quote: ['8 giáo viên dạy môn chuyên (Tiếng Anh 3, Tin học 1, Giáo dục thể chất 2, Âm nhạc 1, Mỹ thuật 1)'], parts: ['3', '1', '2', '1', '1'], total: '8' }),
    quotient({ id: 'teachers-per-class', quote: ['bình quân 1,48 giáo viên/lớp', 'Trong 31 giáo viên', 'bố trí trong 21 lớp'], x: '31', y: '21', stated: '1,48', trap: 'teachers per class, a quotient, not a percent.' }),
    atLeast({ id: 'teachers-norm', quote: ['còn thấp hơn định mức 1,50 giáo viên/lớp', 'bình quân 1,48 giáo viên/lớp'], big: '1,50', small: '1,48', trap: 'a norm above the rate, rightly called short (not a gap to compute).' }),
    share({ id: 'minority-teachers', quote: ['giáo viên là người dân tộc thiểu số 14 người, chiếm 43,8%', 'Trong 31 giáo viên'], x: '14', y: '31', stated: '43,8%', mistake: 'planted', original: 'giáo viên là người dân tộc thiểu số 14 người, chiếm 45,2%', note: 'Class 1: the 31 teachers are in the paragraph before; 14/31 = 45,16% → 45,2%. The 43,8% is 14 of 32.' }),
    sum({ id: 'qualifications', quote: ['Trong 31 giáo viên', 'thạc sĩ 2 người, đại học 27 người, cao đẳng 2 người'], parts: ['2', '27', '2'], total: '31', note: 'the total is in the paragraph before.' }),
    ratio({ id: 'qualified', quote: ['là 29/31 người (93,5%)'], x: '29', y: '31', stated: '93,5%' }),
    sum({ id: 'qualified-parts', quote: ['là 29/31 người (93,5%)', 'thạc sĩ 2 người, đại học 27 người'], parts: ['2', '27'], total: '29', note: 'the qualified are the master\'s and bachelor\'s degrees.' }),
    ratio({ id: 'training', quote: ['Có 31/31 giáo viên (100%) hoàn thành'], x: '31', y: '31', stated: '100%', trap: '"100%" of X/X.' }),
    // II.4 facilities, library
    sum({ id: 'rooms', quote: ['Toàn trường có 21 phòng học (15 phòng kiên cố, 4 phòng bán kiên cố, 2 phòng học tạm)'], parts: ['15', '4', '2'], total: '21' }),
    ratio({ id: 'rooms-solid', quote: ['tỷ lệ phòng học kiên cố đạt 71,4%', '21 phòng học (15 phòng kiên cố'], x: '15', y: '21', stated: '71,4%' }),
    ratio({ id: 'screens', quote: ['Có 16/21 phòng học đã lắp ti vi hoặc màn hình tương tác (76,2%)'], x: '16', y: '21', stated: '76,2%' }),
    quotient({ id: 'per-computer', quote: ['bình quân 12,7 học sinh/máy', 'Phòng Tin học có 20 máy tính dùng chung cho học sinh khối 3, 4, 5', K3, K4, K5], x: '85 + 86 + 82', y: '20', stated: '12,7', trap: 'pupils per computer from the table\'s grades, exactly 12,65 rounded half-up (truncation gives 12,6).' }),
    ratio({ id: 'toilets', quote: ['Công trình vệ sinh có 7/8 khu đạt yêu cầu (88%)'], x: '7', y: '8', stated: '88%', trap: 'exactly 87,5% rounded half-up to a whole 88%.' }),
    sum({ id: 'library-start', quote: ['tổng số 2.640 cuốn, gồm sách giáo khoa dùng chung 1.512 cuốn và sách tham khảo, truyện thiếu nhi 1.128 cuốn'], parts: ['1.512', '1.128'], total: '2.640' }),
    cumulative({ id: 'library-total', quote: ['nâng tổng số sách lên 3.052 cuốn', 'tổng số 2.640 cuốn', 'tiếp nhận thêm 385 cuốn sách'], previous: '2.640', period: '385', stated: '3.052', mistake: 'planted', original: 'nâng tổng số sách lên 3.025 cuốn', note: 'Class 6: footnote 4\'s inventory of 2.640 books plus the 385 received is 3.025, written 3.052.' }),
    // II.5 national standard
    ratio({ id: 'standards', quote: ['kết quả đạt 4/5 tiêu chuẩn (80%)'], x: '4', y: '5', stated: '80%' }),
    repeat({ id: 'temporary-rooms', quote: ['hiện vẫn học trong 2 phòng học tạm bằng gỗ', '4 phòng bán kiên cố, 2 phòng học tạm)', 'do còn 2 phòng học tạm và chưa có', '1 buổi/ngày; còn 2 phòng học tạm', 'xây dựng 2 phòng học thay thế phòng học tạm'], values: ['2', '2', '2', '2', '2'] }),
    // II.6 budget
    sum({ id: 'estimate', quote: ['Dự toán chi ngân sách năm 2026 được giao 7.318 triệu đồng, gồm kinh phí giao tự chủ 6.452 triệu đồng và kinh phí không giao tự chủ 866 triệu đồng'], parts: ['6.452', '866'], total: '7.318' }),
    cumulative({ id: 'spent-year', quote: ['lũy kế đến hết ngày 31/12/2026 thực chi 7.105 triệu đồng', 'lũy kế đến ngày 30/11/2026 thực chi 6.284 triệu đồng', 'Riêng tháng 12/2026 chi 821 triệu đồng'], previous: '6.284', period: '821', stated: '7.105', note: 'the November lũy kế only in footnote 6.' }),
    ratio({ id: 'spent-rate', quote: ['đạt 97,1% dự toán, trong đó', 'thực chi 7.105 triệu đồng', 'được giao 7.318 triệu đồng'], x: '7.105', y: '7.318', stated: '97,1%' }),
    sum({ id: 'spent-parts', quote: ['thực chi 7.105 triệu đồng', 'trong đó kinh phí tự chủ 6.390 triệu đồng (99,0%), kinh phí không tự chủ 715 triệu đồng (82,6%)'], parts: ['6.390', '715'], total: '7.105', note: 'a full breakdown after "trong đó".' }),
    ratio({ id: 'autonomous-rate', quote: ['kinh phí tự chủ 6.390 triệu đồng (99,0%)', 'kinh phí giao tự chủ 6.452 triệu đồng'], x: '6.390', y: '6.452', stated: '99,0%', trap: 'a percent in parentheses of its own estimate (paragraph before), not of the 7.105 spent.' }),
    ratio({ id: 'non-autonomous-rate', quote: ['kinh phí không tự chủ 715 triệu đồng (82,6%)', 'kinh phí không giao tự chủ 866 triệu đồng'], x: '715', y: '866', stated: '82,6%' }),
    sum({ id: 'non-autonomous-uses', quote: ['kinh phí không tự chủ 715 triệu đồng (82,6%)', 'sửa chữa phòng học, bếp ăn bán trú 472,5 triệu đồng và mua sắm thiết bị dạy học lớp 5 là 242,5 triệu đồng'], parts: ['472,5', '242,5'], total: '715', rounded: true }),
    ratio({ id: 'salaries', quote: ['các khoản đóng góp theo lương 5.587 triệu đồng, chiếm 78,6% tổng số đã chi', 'thực chi 7.105 triệu đồng'], x: '5.587', y: '7.105', stated: '78,6%' }),
    difference({ id: 'carry-over', quote: ['Số dư 213 triệu đồng', 'được giao 7.318 triệu đồng', 'thực chi 7.105 triệu đồng'], a: '7.318', b: '7.105', stated: '213', trap: 'a remainder of the estimate carried over.' }),
    // II.7 health
    ratio({ id: 'health-check', quote: ['khám sức khỏe định kỳ cho 433/433 học sinh (100%)'], x: '433', y: '433', stated: '100%', trap: '"100%" of X/X.' }),
    contradiction({ id: 'no-poisoning', quote: ['trong học kỳ không xảy ra ngộ độc thực phẩm, không có dịch bệnh trong trường học'], stated: 'không xảy ra', expected: 'none', consistent: true, reason: 'Nothing in the report counts food poisoning or an epidemic at school.', trap: 'a "none" with nothing against it.' }),
    // III.1 summary
    repeat({ id: 'sum-six-year-olds', quote: ['huy động 98,9% trẻ 6 tuổi vào lớp 1', 'đạt 98,9%, tăng'], values: ['98,9%', '98,9%'] }),
    repeat({ id: 'sum-tv-htt', quote: ['tỷ lệ hoàn thành tốt môn Tiếng Việt đạt 31,2%', 'môn Tiếng Việt có tỷ lệ hoàn thành tốt 31,2%'], values: ['31,2%', '31,2%'] }),
    ratio({ id: 'sum-readers', quote: ['tỷ lệ học sinh lớp 1 đọc đạt yêu cầu trở lên đạt 80,4%', 'đọc tốt 28 em (29,8%)', 'đọc đạt yêu cầu 51 em (54,3%)', 'Lớp 1 (94 em)'], x: '28 + 51', y: '94', stated: '80,4%', mistake: 'planted', original: 'tỷ lệ học sinh lớp 1 đọc đạt yêu cầu trở lên đạt 84,0%', note: 'Class 2: a percent only in the summary whose counts are in II.2; (28 + 51)/94 = 84,04% → 84,0%, written with digits swapped.' }),
    repeat({ id: 'sum-boarders', quote: ['chế độ cho 186 học sinh bán trú', 'Học kỳ I có 186 học sinh ở bán trú', 'cho 186 học sinh bán trú trong 5 tháng'], values: ['186', '186', '186'] }),
    repeat({ id: 'sum-rice', quote: ['với 11,61 tấn gạo', 'cấp phát cho học sinh 11.160 kg gạo'], values: ['11.160 kg', '11,61 tấn'], kind: 'unit', mistake: 'planted', original: 'với 11,16 tấn gạo', note: 'Class 5: the summary restates the 11.160 kg of I.3 in tấn with two digits swapped (11,61 for 11,16).' }),
    contradiction({ id: 'sum-no-unqualified', quote: ['không có giáo viên chưa đạt chuẩn trình độ đào tạo', '2 giáo viên trình độ cao đẳng đang theo học đại học theo lộ trình nâng chuẩn'], stated: 'không có giáo viên chưa đạt chuẩn trình độ đào tạo', expected: '2 giáo viên cao đẳng chưa đạt chuẩn (II.3)', consistent: false, reason: 'The summary says no teacher is below the training standard; II.3 gives 29/31 qualified and 2 teachers with a cao đẳng degree studying to reach it.', mistake: 'planted', original: 'còn 2 giáo viên chưa đạt chuẩn trình độ đào tạo đang học nâng chuẩn', note: 'Class 8: a "không có" statement contradicted by a count elsewhere.' }),
    repeat({ id: 'sum-spent', quote: ['Thực chi ngân sách năm 2026 là 7,1 tỷ đồng', 'thực chi 7.105 triệu đồng'], values: ['7.105 triệu đồng', '7,1 tỷ đồng'], kind: 'unit', trap: 'the spending restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-spent-rate', quote: ['bằng 97,1% dự toán được giao', 'đạt 97,1% dự toán, trong đó'], values: ['97,1%', '97,1%'] }),
    // III.2 weaknesses
    repeat({ id: 'weak-tv-cht', quote: ['Còn 27 học sinh chưa hoàn thành môn Tiếng Việt', KALL], values: ['27', '27'] }),
    repeat({ id: 'weak-math-cht', quote: ['22 học sinh chưa hoàn thành môn Toán', KALL], values: ['22', '22'] }),
    repeat({ id: 'weak-readers', quote: ['15 học sinh lớp 1 đọc chưa đạt yêu cầu', 'đọc chưa đạt 15 em (16,0%)', 'từ 15 em xuống dưới 5 em'], values: ['15', '15', '15'] }),
    // IV tasks
    contradiction({ id: 'task-thresholds', quote: ['tỷ lệ chưa hoàn thành môn Tiếng Việt dưới 3%, môn Toán dưới 2,5%', 'xuống dưới 5 em vào cuối năm học', 'trước tháng 6/2027', 'trong quý I/2027'], stated: 'dưới 3%', expected: 'targets and deadlines', consistent: true, reason: 'Ceilings for the end of the year and deadlines, not results.', trap: 'target percents beside the results, and dates.' }),
    ratio({ id: 'task-grade-5', quote: ['82/82 học sinh lớp 5 (100%) hoàn thành chương trình tiểu học', K5], x: '82', y: '82', stated: '100%', trap: 'a target of 100% of X/X, the grade-5 pupils of the table.' }),
    product({ id: 'task-rice', quote: ['Tiếp nhận, cấp phát 13.950 kg gạo cho 186 học sinh bán trú trong 5 tháng', 'và 15 kg gạo/học sinh/tháng'], x: '186', y: '15', factor: '5', stated: '13.950', note: 'the second semester\'s rice, pupils × kg per month × 5 months.' }),
    contradiction({ id: 'task-enrolment', quote: ['huy động 100% trẻ 6 tuổi (97 trẻ theo số liệu điều tra) vào lớp 1 năm học 2027 - 2028', '(dự kiến 1,35 tỷ đồng)'], stated: '100%', expected: 'a target', consistent: true, reason: 'A target for next year\'s six-year-olds and a planned cost, not results.', trap: 'a target "100%" beside a count with no X/Y.' }),
  ],
});
