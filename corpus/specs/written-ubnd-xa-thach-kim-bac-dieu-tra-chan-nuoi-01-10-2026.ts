// Written for the corpus, blind: Ủy ban nhân dân xã Thạch Kim Bắc (tỉnh Hà Tĩnh after the 2025 merger, a coastal
// commune; the commune, its six thôn and the people are invented), its statistics officer drafting, to the Chi cục
// Thống kê khu vực Thạch Hà - Lộc Hà: the results of the livestock survey at 01/10/2026 (dated 23/10/2026), in parts
// I - IV. Organisation: the team, 14 enumerators by thôn (a sum) and 2 supervisors (a total), households listed and
// interviewed (X/X = 100%), households per enumerator (a quotient), sample and farm forms (9/9 = 100%), a "none" of
// refusals. Budget: the allocation (triệu, footnote 2), the spending in đồng after "cụ thể" (a sum), each fee as
// count × rate (products, one of three factors through the days worked), the spending's percent of the allocation and
// the unused remainder across scales. Results: livestock households against the households listed and against last
// year (a percent, a difference in households, a change in percentage points), households by species that overlap
// (not parts), a table per thôn (households, livestock households, their share on each row, herds of trâu, bò, lợn,
// gia cầm in nghìn con, a total row whose columns are sums) with the text restating rows (shares, trâu + bò of one
// thôn, pigs of two thôn, poultry of one). Buffalo against cùng kỳ and the 01/4 survey (footnote 3); cattle after
// "gồm", its change, a multiple of the buffalo herd, a crossbred share in parentheses, dairy cows' change, share and
// one farm's share; milk as cows × kg/day and kg/day × 92 days in tấn. Pigs after "trong đó" with shares in
// parentheses, changes against cùng kỳ and 01/4, sows' change against a base in parentheses, pigs per pig-raising
// household, one thôn's share. A table of three surveys (01/10/2025, 01/4/2026, 01/10/2026) with indices against cùng
// kỳ and 01/4 (one at exactly 95,25), the dairy/beef rows adding to the cattle row, footnote 3 repeating the 01/4
// column. Poultry after "bao gồm" and its change; laying hens' share of the chickens given in nghìn con. Output of quý III: live weight after
// "gồm" in tấn, tạ and kg (a sum across units), pigs sold × average weight, a weight range, change against quý III
// 2025, share of the total, 9 months' lũy kế from footnote 4 against the year's plan (footnote 5); buffalo and cattle
// kg per head, 86 tạ = 8,6 tấn, 118.400 kg = 118,4 tấn, poultry's 9 months' lũy kế; eggs after "trong đó", change,
// excess over the quarter's plan, eggs per laying hen; bare shares of production value.
// Farms after "gồm", against 01/4, pig farms' share of the pig herd, contracts X/Y as a whole percent. Disease: two
// African swine fever outbreaks (footnote 7 adds up the pigs destroyed), a "none" of infected farms, "none"
// statements beside counts of other diseases, a day count; vaccination shares with bases given elsewhere (the thôn
// table, the pig and poultry herds), a minimum of 80% met exactly once and missed twice. A summary restating figures
// (triệu, tạ) and a "still above last year", weaknesses restating rates, tasks with minimum doses as remainders to
// 80% targets (products) and the unused funds.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the FMD vaccination 2.058 written as 89,2% of the
// cattle and buffalo herd whose parts are only in the thôn table (381 + 1.865 = 2.246, so 91,6%; 89,2% divides by
// last year's 405 + 1.902); the 38.450 laying hens written as 22,8% of the chickens given in nghìn con in the
// paragraph before (of 121,6 nghìn: 31,6%; 22,8% divides by the whole 168,4 nghìn poultry). Class 2: the summary's
// poultry fall of 3,2% against 01/4/2026 whose figures are in II.4 and footnote 3 (172,3 → 168,4: 2,3%, digits
// swapped). Class 3: bare production-value shares 63,8 + 19,6 + 12,9 + 4,5 = 100,8%. Class 4: eggs 2.105 + 795 =
// 2.900 against 2.864 nghìn quả (759 written 795). Class 5 ×2: Hòa Lạc's pigs in the text 1.862 against the table's
// 1.826; the summary's 14.140 tạ of live pigs over 9 months against the 1.441,0 tấn of II.5 (14.410 tạ). Class 6:
// footnote 4's poultry 233,8 tấn + the quarter's 118,4 tấn = 352,2 ≠ the 355,2 tấn lũy kế (236,8 written 233,8).
// Class 7: 7/9 farms written 77% (77,78% → 78%). Class 8: "không có trang trại nào bị nhiễm bệnh" against footnote
// 7's first outbreak on Trần Văn Hữu's pig farm. Traps (32): documents and dates, form codes written like X/Y;
// 100% of 2.146/2.146; a "none" of refusals with nothing against it; households per enumerator (153,29 written
// whole); a fee as count × rate; the spending's percent and remainder across đồng and triệu; a change in percentage
// points; overlapping counts by species (742 + 1.126 + 1.978 > 2.146); the table's index 94,1 beside the text's
// decrease of 5,9%; a half-up at exactly 95,25; a multiple (gấp 4,9 lần); a crossbred subset with its percent in
// parentheses; milk over 92 days from kg/day in tấn; a sum across tấn, tạ and kg; a weight range; a plan in
// parentheses with its document in a footnote; 86 tạ = 8,6 tấn and 118.400 kg = 118,4 tấn; an excess over the
// quarter's plan; eggs per hen from nghìn quả; a farm-size threshold; a day count beside dates; "none" statements
// beside Newcastle and pasteurellosis counts; a vaccination base that is two herds' sum (79,96% → 80,0%); poultry
// vaccination of exactly 75,0% across scales; 80,0% meeting a minimum of 80% and 77,0% rightly below it; the
// summary's 65,0 triệu for 65.000.000 đồng; a minimum dose that is the remainder to a target; 80% of a flock in
// nghìn con written in con.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum, times } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-thach-kim-bac-dieu-tra-chan-nuoi-01-10-2026.md',
  prefix: 'tkb',
  claims: [
    // Header and documents
    contradiction({ id: 'documents', quote: ['Số: 296/BC-UBND', 'Quyết định số 1259/QĐ-CTK ngày 18/8/2025', 'Công văn số 412/TKKV-NN ngày 08/9/2026', 'Quyết định số 318/QĐ-UBND', 'Quyết định số 57/QĐ-TKKV ngày 12/9/2026', 'Báo cáo số 98/BC-UBND ngày 21/4/2026', 'Kế hoạch số 12/KH-UBND ngày 20/01/2026', 'Nghị định số 13/2020/NĐ-CP ngày 21/01/2020'], stated: '296', expected: 'documents', consistent: true, reason: 'Numbers and dates of the report and of the documents it cites in the body and the footnotes.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'dates-forms', quote: ['Kết quả điều tra chăn nuôi thời điểm 01/10/2026 trên địa bàn', 'từ ngày 01/10 đến ngày 15/10/2026', 'từ ngày 16/10 đến ngày 20/10/2026', '(phiếu số 01/CN-HO)', '(phiếu số 02/CN-TT)', 'vào các thời điểm 01/01, 01/4, 01/7 và 01/10 hằng năm', 'kỳ điều tra chăn nuôi 01/01/2027'], stated: '01/10/2026', expected: 'dates and form codes', consistent: true, reason: 'Survey reference dates, the fieldwork and checking windows, and the forms\' codes.', trap: 'dates and form codes written like X/Y.' }),
    // I.1 organisation
    sum({ id: 'enumerators-by-thon', quote: ['gồm 14 điều tra viên và 2 giám sát viên', 'thôn Kim Đông 3 người, Kim Tây 2 người, Bắc Sơn 2 người, Hòa Lạc 3 người, Tân Phúc 2 người và Phú Hải 2 người'], parts: ['3', '2', '2', '3', '2', '2'], total: '14', note: 'the enumerators by thôn; the supervisors are not among them.' }),
    sum({ id: 'team-total', quote: ['tổng cộng 16 người', 'gồm 14 điều tra viên và 2 giám sát viên'], parts: ['14', '2'], total: '16' }),
    // I.2 fieldwork
    ratio({ id: 'interviewed', quote: ['đã phỏng vấn xong 2.146/2.146 hộ (100%)'], x: '2.146', y: '2.146', stated: '100%', trap: '100% of X/X.' }),
    quotient({ id: 'per-enumerator', quote: ['bình quân mỗi điều tra viên đảm nhận 153 hộ', 'đã phỏng vấn xong 2.146/2.146 hộ', 'gồm 14 điều tra viên'], x: '2.146', y: '14', stated: '153', trap: 'households per enumerator (153,29 written whole), not a percent.' }),
    ratio({ id: 'farm-forms', quote: ['thực hiện tại 9/9 trang trại trên địa bàn (100%)'], x: '9', y: '9', stated: '100%', note: '100% of X/X.' }),
    contradiction({ id: 'no-refusal', quote: ['không có hộ nào từ chối cung cấp thông tin'], stated: 'không có hộ nào từ chối', expected: 'none', consistent: true, reason: 'No refusal is counted anywhere; all 2.146 households were interviewed.', trap: 'a "none" with nothing against it.' }),
    // I.3 budget
    sum({ id: 'budget-parts', quote: ['Tổng số thực chi là 65.000.000 đồng', 'Chi tập huấn nghiệp vụ: 6.400.000 đồng', 'phỏng vấn hộ: 38.628.000 đồng', 'phiếu hộ mẫu: 4.725.000 đồng', 'phiếu trang trại: 720.000 đồng', 'Thù lao giám sát viên: 6.000.000 đồng', 'thông tin liên lạc: 8.527.000 đồng'], parts: ['6.400.000', '38.628.000', '4.725.000', '720.000', '6.000.000', '8.527.000'], total: '65.000.000', note: 'the parts are a list after "cụ thể như sau".' }),
    product({ id: 'fee-households', quote: ['phỏng vấn hộ: 38.628.000 đồng (2.146 hộ, mức 18.000 đồng/hộ)'], x: '2.146', y: '18.000', stated: '38.628.000', trap: 'count × rate, not a sum.' }),
    product({ id: 'fee-sample', quote: ['phiếu hộ mẫu: 4.725.000 đồng (105 phiếu, mức 45.000 đồng/phiếu)'], x: '105', y: '45.000', stated: '4.725.000' }),
    product({ id: 'fee-farms', quote: ['phiếu trang trại: 720.000 đồng (9 phiếu, mức 80.000 đồng/phiếu)'], x: '9', y: '80.000', stated: '720.000' }),
    product({ id: 'supervisor-days', quote: ['(2 người làm việc 15 ngày, tổng 30 ngày công'], x: '2', y: '15', stated: '30' }),
    product({ id: 'fee-supervisors', quote: ['Thù lao giám sát viên: 6.000.000 đồng', 'tổng 30 ngày công, mức 200.000 đồng/ngày công'], x: '30', y: '200.000', stated: '6.000.000', note: 'days worked × daily rate.' }),
    ratio({ id: 'budget-spent', quote: ['Số thực chi bằng 94,9% kinh phí được phân bổ', 'Tổng số thực chi là 65.000.000 đồng', 'phân bổ cho xã 68,5 triệu đồng'], x: '65.000.000 đồng', y: '68,5 triệu đồng', stated: '94,9%', trap: 'a percent of an allocation in another scale (đồng of triệu), given in the paragraph before.' }),
    difference({ id: 'budget-unused', quote: ['phần chưa sử dụng là 3,5 triệu đồng', 'phân bổ cho xã 68,5 triệu đồng', 'Tổng số thực chi là 65.000.000 đồng'], a: '68,5 triệu đồng', b: '65.000.000 đồng', stated: '3,5 triệu đồng', trap: 'a remainder in triệu of an allocation in triệu and a spending in đồng.' }),
    // II.1 households
    share({ id: 'households-share', quote: ['chiếm 65,3% số hộ trên địa bàn', 'toàn xã có 2.146 hộ chăn nuôi', 'cập nhật danh sách 3.284 hộ'], x: '2.146', y: '3.284', stated: '65,3%', note: 'the households listed are in I.2.' }),
    share({ id: 'households-2025', quote: ['là 2.208 hộ, bằng 67,5% trong tổng số 3.271 hộ'], x: '2.208', y: '3.271', stated: '67,5%' }),
    difference({ id: 'households-fewer', quote: ['số hộ chăn nuôi giảm 62 hộ, tỷ lệ', 'là 2.208 hộ, bằng', 'toàn xã có 2.146 hộ chăn nuôi'], a: '2.208', b: '2.146', stated: '62' }),
    difference({ id: 'households-pp', quote: ['thấp hơn 2,2 điểm phần trăm', 'bằng 67,5% trong tổng số', 'chiếm 65,3% số hộ'], a: '67,5', b: '65,3', stated: '2,2', trap: 'a change in percentage points, not a relative one.' }),
    atLeast({ id: 'households-by-species', quote: ['có 742 hộ nuôi trâu, bò; 1.126 hộ nuôi lợn và 1.978 hộ nuôi gia cầm', 'toàn xã có 2.146 hộ chăn nuôi'], big: '2.146', small: '1.978', trap: 'overlapping counts by species (742 + 1.126 + 1.978 = 3.846), not parts of the 2.146 households.' }),
    atLeast({ id: 'large-pig-households', quote: ['có 24 hộ nuôi lợn với quy mô từ 50 con trở lên', '1.126 hộ nuôi lợn'], big: '1.126', small: '24', note: 'a subset; "50 con" is a threshold.' }),
    // thôn table
    ratio({ id: 't-kim-dong', quote: ['| Kim Đông | 612 | 398 | 65,0 | 58 | 312 | 1.640 | 28,6 |'], x: '398', y: '612', stated: '65,0' }),
    ratio({ id: 't-kim-tay', quote: ['| Kim Tây | 548 | 371 | 67,7 | 72 | 346 | 1.425 | 31,2 |'], x: '371', y: '548', stated: '67,7' }),
    ratio({ id: 't-bac-son', quote: ['| Bắc Sơn | 495 | 362 | 73,1 | 96 | 402 | 1.318 | 24,8 |'], x: '362', y: '495', stated: '73,1' }),
    ratio({ id: 't-hoa-lac', quote: ['| Hòa Lạc | 587 | 384 | 65,4 | 64 | 298 | 1.826 | 30,5 |'], x: '384', y: '587', stated: '65,4' }),
    ratio({ id: 't-tan-phuc', quote: ['| Tân Phúc | 536 | 339 | 63,2 | 45 | 251 | 2.012 | 26,9 |'], x: '339', y: '536', stated: '63,2' }),
    ratio({ id: 't-phu-hai', quote: ['| Phú Hải | 506 | 292 | 57,7 | 46 | 256 | 1.419 | 26,4 |'], x: '292', y: '506', stated: '57,7' }),
    ratio({ id: 't-total-share', quote: ['| Toàn xã | 3.284 | 2.146 | 65,3 | 381 | 1.865 | 9.640 | 168,4 |'], x: '2.146', y: '3.284', stated: '65,3' }),
    sum({ id: 't-households', quote: ['| Toàn xã | 3.284 | 2.146 | 65,3 | 381 | 1.865 | 9.640 | 168,4 |'], parts: ['612', '548', '495', '587', '536', '506'], total: '3.284', kind: 'cross_total' }),
    sum({ id: 't-livestock-households', quote: ['| Toàn xã | 3.284 | 2.146 | 65,3 | 381 | 1.865 | 9.640 | 168,4 |'], parts: ['398', '371', '362', '384', '339', '292'], total: '2.146', kind: 'cross_total' }),
    sum({ id: 't-buffalo', quote: ['| Toàn xã | 3.284 | 2.146 | 65,3 | 381 | 1.865 | 9.640 | 168,4 |'], parts: ['58', '72', '96', '64', '45', '46'], total: '381', kind: 'cross_total' }),
    sum({ id: 't-cattle', quote: ['| Toàn xã | 3.284 | 2.146 | 65,3 | 381 | 1.865 | 9.640 | 168,4 |'], parts: ['312', '346', '402', '298', '251', '256'], total: '1.865', kind: 'cross_total' }),
    sum({ id: 't-pigs', quote: ['| Toàn xã | 3.284 | 2.146 | 65,3 | 381 | 1.865 | 9.640 | 168,4 |'], parts: ['1.640', '1.425', '1.318', '1.826', '2.012', '1.419'], total: '9.640', kind: 'cross_total' }),
    sum({ id: 't-poultry', quote: ['| Toàn xã | 3.284 | 2.146 | 65,3 | 381 | 1.865 | 9.640 | 168,4 |'], parts: ['28,6', '31,2', '24,8', '30,5', '26,9', '26,4'], total: '168,4', kind: 'cross_total' }),
    repeat({ id: 'bac-son-share', quote: ['tỷ lệ hộ chăn nuôi cao nhất xã (73,1%)', '| Bắc Sơn | 495 | 362 | 73,1 |'], values: ['73,1%', '73,1'] }),
    sum({ id: 'bac-son-cattle', quote: ['có đàn trâu, bò đông nhất với 498 con', '| Bắc Sơn | 495 | 362 | 73,1 | 96 | 402 |'], parts: ['96', '402'], total: '498', note: 'the parts are only in the table row.' }),
    repeat({ id: 'phu-hai-share', quote: ['thôn Phú Hải có tỷ lệ thấp nhất (57,7%)', '| Phú Hải | 506 | 292 | 57,7 |'], values: ['57,7%', '57,7'] }),
    // II.2 buffalo and cattle
    change({ id: 'buffalo-change', quote: ['Đàn trâu còn 381 con, giảm 5,9% so với cùng thời điểm năm trước', '| Trâu | con | 405 | 400 | 381 | 94,1 | 95,3 |'], x: '381', base: '405', stated: '5,9%', direction: 'giảm', note: 'last year\'s herd is only in the three-survey table.' }),
    difference({ id: 'buffalo-vs-april', quote: ['so với kỳ điều tra 01/4/2026 giảm 19 con', 'có 400 con trâu', 'Đàn trâu còn 381 con'], a: '400', b: '381', stated: '19', note: 'the 01/4 herd is in footnote 3.' }),
    sum({ id: 'cattle-parts', quote: ['Tổng đàn bò có 1.865 con, gồm bò sữa 326 con và bò thịt 1.539 con'], parts: ['326', '1.539'], total: '1.865' }),
    change({ id: 'cattle-change', quote: ['giảm 1,9% so với cùng kỳ năm 2025', 'Tổng đàn bò có 1.865 con', '| Bò | con | 1.902 | 1.880 | 1.865 | 98,1 | 99,2 |'], x: '1.865', base: '1.902', stated: '1,9%', direction: 'giảm' }),
    times({ id: 'cattle-vs-buffalo', quote: ['gấp 4,9 lần đàn trâu', 'Tổng đàn bò có 1.865 con', 'Đàn trâu còn 381 con'], x: '1.865', y: '381', stated: '4,9 lần', trap: 'a multiple, not a percent.' }),
    share({ id: 'crossbred', quote: ['có 1.184 con (63,5%)', 'Tổng đàn bò có 1.865 con'], x: '1.184', y: '1.865', stated: '63,5%', trap: 'a percent in parentheses of a "trong tổng đàn bò" subset whose base opens the paragraph.' }),
    change({ id: 'dairy-change', quote: ['so với thời điểm 01/10/2025 (296 con), đàn bò sữa tăng 10,1%', 'gồm bò sữa 326 con'], x: '326', base: '296', stated: '10,1%', direction: 'tăng' }),
    share({ id: 'dairy-share', quote: ['hiện chiếm 17,5% tổng đàn bò', 'gồm bò sữa 326 con', 'Tổng đàn bò có 1.865 con'], x: '326', y: '1.865', stated: '17,5%' }),
    share({ id: 'dairy-farm', quote: ['đang nuôi 148 con, bằng 45,4% đàn bò sữa toàn xã', 'gồm bò sữa 326 con'], x: '148', y: '326', stated: '45,4%' }),
    product({ id: 'milk-per-day', quote: ['khoảng 3.465 kg sữa mỗi ngày', 'Hiện có 198 con bò đang vắt sữa, năng suất bình quân 17,5 kg/con/ngày'], x: '198', y: '17,5', stated: '3.465', note: 'cows × kg per cow per day, a product.' }),
    product({ id: 'milk-quarter', quote: ['sản lượng sữa tươi đạt 318,8 tấn', 'khoảng 3.465 kg sữa mỗi ngày', 'tính cho 92 ngày của quý III'], x: '3.465', y: '92', factor: '0,001', stated: '318,8', trap: 'kg per day × days, in tấn (318,78).' }),
    // II.3 pigs
    sum({ id: 'pig-parts', quote: ['là 9.640 con, tăng 4,2%', 'trong đó lợn nái 1.085 con (chiếm 11,3%), lợn thịt 8.510 con (88,3%), lợn đực giống 45 con'], parts: ['1.085', '8.510', '45'], total: '9.640' }),
    change({ id: 'pig-change', quote: ['là 9.640 con, tăng 4,2% so với cùng kỳ năm 2025', '| Lợn | con | 9.254 | 9.412 | 9.640 | 104,2 | 102,4 |'], x: '9.640', base: '9.254', stated: '4,2%', direction: 'tăng', note: 'a change of 4,2% beside the table\'s index 104,2.' }),
    change({ id: 'pig-vs-april', quote: ['tăng 2,4% so với thời điểm 01/4/2026', 'là 9.640 con', '9.412 con lợn'], x: '9.640', base: '9.412', stated: '2,4%', direction: 'tăng' }),
    share({ id: 'sow-share', quote: ['lợn nái 1.085 con (chiếm 11,3%)', 'là 9.640 con, tăng'], x: '1.085', y: '9.640', stated: '11,3%' }),
    share({ id: 'fattener-share', quote: ['lợn thịt 8.510 con (88,3%)', 'là 9.640 con, tăng'], x: '8.510', y: '9.640', stated: '88,3%' }),
    change({ id: 'sow-change', quote: ['Đàn lợn nái tăng 4,1% so với cùng kỳ (1.042 con)', 'trong đó lợn nái 1.085 con'], x: '1.085', base: '1.042', stated: '4,1%', direction: 'tăng' }),
    quotient({ id: 'pigs-per-household', quote: ['Bình quân mỗi hộ nuôi lợn có 8,6 con', '1.126 hộ nuôi lợn', 'là 9.640 con'], x: '9.640', y: '1.126', stated: '8,6', note: 'pigs per pig-raising household, the count given in II.1.' }),
    share({ id: 'tan-phuc-pigs', quote: ['Thôn Tân Phúc có đàn lợn đông nhất với 2.012 con, chiếm 20,9% tổng đàn lợn toàn xã', 'là 9.640 con'], x: '2.012', y: '9.640', stated: '20,9%' }),
    repeat({ id: 'hoa-lac-pigs', quote: ['thôn Hòa Lạc với 1.862 con', '| Hòa Lạc | 587 | 384 | 65,4 | 64 | 298 | 1.826 | 30,5 |'], values: ['1.826', '1.862'], mistake: 'planted', original: 'thôn Hòa Lạc với 1.826 con', note: 'Class 5: the text gives Hòa Lạc\'s pigs as 1.862 against the table\'s 1.826 (whose column adds to 9.640); two digits swapped.' }),
    // three-survey table
    ratio({ id: 't2-buffalo-yoy', quote: ['| Trâu | con | 405 | 400 | 381 | 94,1 | 95,3 |'], x: '381', y: '405', stated: '94,1', trap: 'an index (94,1) where the text writes a decrease of 5,9%.' }),
    ratio({ id: 't2-buffalo-apr', quote: ['| Trâu | con | 405 | 400 | 381 | 94,1 | 95,3 |'], x: '381', y: '400', stated: '95,3', trap: 'rounded half-up from exactly 95,25.' }),
    ratio({ id: 't2-cattle-yoy', quote: ['| Bò | con | 1.902 | 1.880 | 1.865 | 98,1 | 99,2 |'], x: '1.865', y: '1.902', stated: '98,1' }),
    ratio({ id: 't2-cattle-apr', quote: ['| Bò | con | 1.902 | 1.880 | 1.865 | 98,1 | 99,2 |'], x: '1.865', y: '1.880', stated: '99,2' }),
    ratio({ id: 't2-dairy-yoy', quote: ['| - Bò sữa | con | 296 | 318 | 326 | 110,1 | 102,5 |'], x: '326', y: '296', stated: '110,1' }),
    ratio({ id: 't2-dairy-apr', quote: ['| - Bò sữa | con | 296 | 318 | 326 | 110,1 | 102,5 |'], x: '326', y: '318', stated: '102,5' }),
    ratio({ id: 't2-beef-yoy', quote: ['| - Bò thịt | con | 1.606 | 1.562 | 1.539 | 95,8 | 98,5 |'], x: '1.539', y: '1.606', stated: '95,8' }),
    ratio({ id: 't2-beef-apr', quote: ['| - Bò thịt | con | 1.606 | 1.562 | 1.539 | 95,8 | 98,5 |'], x: '1.539', y: '1.562', stated: '98,5' }),
    ratio({ id: 't2-pigs-yoy', quote: ['| Lợn | con | 9.254 | 9.412 | 9.640 | 104,2 | 102,4 |'], x: '9.640', y: '9.254', stated: '104,2' }),
    ratio({ id: 't2-pigs-apr', quote: ['| Lợn | con | 9.254 | 9.412 | 9.640 | 104,2 | 102,4 |'], x: '9.640', y: '9.412', stated: '102,4' }),
    ratio({ id: 't2-poultry-yoy', quote: ['| Gia cầm | nghìn con | 159,7 | 172,3 | 168,4 | 105,4 | 97,7 |'], x: '168,4', y: '159,7', stated: '105,4' }),
    ratio({ id: 't2-poultry-apr', quote: ['| Gia cầm | nghìn con | 159,7 | 172,3 | 168,4 | 105,4 | 97,7 |'], x: '168,4', y: '172,3', stated: '97,7' }),
    sum({ id: 't2-cattle-2025', quote: ['| Bò | con | 1.902 | 1.880 | 1.865 | 98,1 | 99,2 |', '| - Bò sữa | con | 296 |', '| - Bò thịt | con | 1.606 |'], parts: ['296', '1.606'], total: '1.902', kind: 'cross_total' }),
    sum({ id: 't2-cattle-apr-sum', quote: ['| Bò | con | 1.902 | 1.880 | 1.865 | 98,1 | 99,2 |', '| - Bò sữa | con | 296 | 318 |', '| - Bò thịt | con | 1.606 | 1.562 |'], parts: ['318', '1.562'], total: '1.880', kind: 'cross_total' }),
    sum({ id: 't2-cattle-oct-sum', quote: ['| Bò | con | 1.902 | 1.880 | 1.865 | 98,1 | 99,2 |', '| - Bò sữa | con | 296 | 318 | 326 |', '| - Bò thịt | con | 1.606 | 1.562 | 1.539 |'], parts: ['326', '1.539'], total: '1.865', kind: 'cross_total' }),
    repeat({ id: 'april-pigs', quote: ['9.412 con lợn', '| Lợn | con | 9.254 | 9.412 |'], values: ['9.412', '9.412'], note: 'footnote 3 against the table\'s 01/4 column.' }),
    repeat({ id: 'april-cattle', quote: ['1.880 con bò', '| Bò | con | 1.902 | 1.880 |'], values: ['1.880', '1.880'] }),
    repeat({ id: 'april-poultry', quote: ['172,3 nghìn con gia cầm', '| Gia cầm | nghìn con | 159,7 | 172,3 |'], values: ['172,3', '172,3'] }),
    // II.4 poultry
    sum({ id: 'poultry-parts', quote: ['Tổng đàn gia cầm đạt 168,4 nghìn con', 'bao gồm gà 121,6 nghìn con, vịt 31,5 nghìn con và ngan 15,3 nghìn con'], parts: ['121,6', '31,5', '15,3'], total: '168,4' }),
    change({ id: 'poultry-change', quote: ['tăng 5,4% so với cùng kỳ năm trước', 'Tổng đàn gia cầm đạt 168,4 nghìn con', '| Gia cầm | nghìn con | 159,7 |'], x: '168,4', base: '159,7', stated: '5,4%', direction: 'tăng' }),
    quotient({ id: 'laying-hens', quote: ['chiếm 22,8% đàn gà', 'Đàn gà đẻ trứng có 38.450 con', 'bao gồm gà 121,6 nghìn con'], x: '38.450', y: '121,6', factor: '0,1', stated: '22,8%', kind: 'ratio_percent', mistake: 'planted', original: 'chiếm 31,6% đàn gà', note: 'Class 1: the base is the chickens of the paragraph before, in nghìn con; 38.450 of 121.600 is 31,62% → 31,6%; 22,8% divides by the whole 168,4 nghìn poultry instead.' }),
    repeat({ id: 'kim-tay-poultry', quote: ['Kim Tây là thôn có đàn gia cầm lớn nhất với 31,2 nghìn con', '| Kim Tây | 548 | 371 | 67,7 | 72 | 346 | 1.425 | 31,2 |'], values: ['31,2', '31,2'] }),
    // II.5 output
    sum({ id: 'meat-parts', quote: ['đạt 652,1 tấn, gồm: thịt lợn hơi 482,6 tấn; thịt trâu hơi 86 tạ; thịt bò hơi 42,5 tấn; thịt gia cầm hơi 118.400 kg'], parts: ['482,6 tấn', '86 tạ', '42,5 tấn', '118.400 kg'], total: '652,1 tấn', trap: 'a sum of parts written in tấn, tạ and kg.' }),
    quotient({ id: 'pig-weight', quote: ['trọng lượng bình quân 93,1 kg/con', 'xuất chuồng 5.186 con', 'thịt lợn hơi 482,6 tấn'], x: '482,6', y: '5.186', factor: '1000', stated: '93,1', note: 'kg per head from an output in tấn.' }),
    contradiction({ id: 'pig-weight-range', quote: ['(phổ biến từ 90 đến 105 kg/con)'], stated: 'từ 90 đến 105 kg/con', expected: 'a range', consistent: true, reason: 'The usual range of slaughter weights around the 93,1 kg average.', trap: 'a range with no base.' }),
    change({ id: 'pig-meat-change', quote: ['Sản lượng tăng 4,6% so với quý III năm 2025 (461,3 tấn)', 'thịt lợn hơi 482,6 tấn'], x: '482,6', base: '461,3', stated: '4,6%', direction: 'tăng' }),
    share({ id: 'pig-meat-share', quote: ['chiếm 74,0% sản lượng thịt hơi xuất chuồng của quý', 'đạt 652,1 tấn, gồm: thịt lợn hơi 482,6 tấn'], x: '482,6', y: '652,1', stated: '74,0%' }),
    cumulative({ id: 'pig-meat-9m', quote: ['Cộng dồn 9 tháng đầu năm đạt 1.441,0 tấn', 'thịt lợn hơi xuất chuồng 958,4 tấn', 'thịt lợn hơi 482,6 tấn'], previous: '958,4', period: '482,6', stated: '1.441,0', note: 'the six months are only in footnote 4.' }),
    ratio({ id: 'pig-meat-plan', quote: ['bằng 76,6% kế hoạch năm (1.880 tấn)', 'đạt 1.441,0 tấn'], x: '1.441,0', y: '1.880', stated: '76,6%', trap: 'a plan in parentheses, its document in footnote 5.' }),
    quotient({ id: 'buffalo-weight', quote: ['xuất chuồng 38 con, bình quân 226 kg/con', 'thịt trâu hơi 86 tạ'], x: '86', y: '38', factor: '100', stated: '226', note: 'kg per head from tạ (226,3 written whole).' }),
    repeat({ id: 'buffalo-meat-unit', quote: ['sản lượng tương đương 8,6 tấn', 'thịt trâu hơi 86 tạ'], values: ['86 tạ', '8,6 tấn'], kind: 'unit', trap: '86 tạ restated as 8,6 tấn, agreeing.' }),
    quotient({ id: 'cattle-weight', quote: ['xuất chuồng 196 con, bình quân 217 kg/con', 'thịt bò hơi 42,5 tấn'], x: '42,5', y: '196', factor: '1000', stated: '217', note: '216,84 kg written whole.' }),
    repeat({ id: 'poultry-meat-unit', quote: ['Thịt gia cầm hơi: 118,4 tấn', 'thịt gia cầm hơi 118.400 kg'], values: ['118.400 kg', '118,4 tấn'], kind: 'unit', trap: 'kg restated in tấn, agreeing.' }),
    cumulative({ id: 'poultry-meat-9m', quote: ['cộng dồn 9 tháng đầu năm đạt 355,2 tấn', 'thịt gia cầm hơi 233,8 tấn', 'Thịt gia cầm hơi: 118,4 tấn'], previous: '233,8 tấn', period: '118,4 tấn', stated: '355,2 tấn', mistake: 'planted', original: 'thịt gia cầm hơi 236,8 tấn', note: 'Class 6: footnote 4\'s six months 233,8 + the quarter\'s 118,4 = 352,2 tấn, not the lũy kế 355,2 (which the summary repeats); the footnote\'s 236,8 is written 233,8.' }),
    sum({ id: 'eggs-parts', quote: ['Sản lượng trứng gia cầm quý III đạt 2.864 nghìn quả, trong đó trứng gà 2.105 nghìn quả, trứng vịt, ngan 795 nghìn quả'], parts: ['2.105', '795'], total: '2.864', mistake: 'planted', original: 'trứng vịt, ngan 759 nghìn quả', note: 'Class 4: the two kinds after "trong đó" add to 2.900 against 2.864 nghìn quả (which the change, the excess and the summary carry); 759 is written 795.' }),
    change({ id: 'eggs-change', quote: ['tăng 5,6% so với quý III năm 2025 (2.712 nghìn quả)', 'trứng gia cầm quý III đạt 2.864 nghìn quả'], x: '2.864', base: '2.712', stated: '5,6%', direction: 'tăng' }),
    excess({ id: 'eggs-plan', quote: ['vượt 3,8% kế hoạch quý (2.760 nghìn quả)', 'trứng gia cầm quý III đạt 2.864 nghìn quả'], x: '2.864', y: '2.760', stated: '3,8%', trap: 'an excess over a plan (not 103,8%).' }),
    quotient({ id: 'eggs-per-hen', quote: ['Năng suất trứng bình quân đạt 54,7 quả/gà đẻ/quý', 'trứng gà 2.105 nghìn quả', 'Đàn gà đẻ trứng có 38.450 con'], x: '2.105', y: '38.450', factor: '1000', stated: '54,7', trap: 'eggs per hen from nghìn quả and a head count.' }),
    sum({ id: 'value-shares', quote: ['chăn nuôi lợn 63,8%; chăn nuôi gia cầm 19,6%; chăn nuôi trâu, bò 12,9%; chăn nuôi khác (dê, thỏ, nuôi ong) 4,5%'], parts: ['63,8%', '19,6%', '12,9%', '4,5%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'chăn nuôi trâu, bò 12,1%', note: 'Class 3: the shares of one whole add to 100,8%; 12,1% is written 12,9%.' }),
    // II.6 farms
    sum({ id: 'farm-parts', quote: ['toàn xã có 9 trang trại chăn nuôi đạt tiêu chí', 'gồm 5 trang trại lợn, 3 trang trại gà và 1 trang trại bò sữa'], parts: ['5', '3', '1'], total: '9' }),
    difference({ id: 'farm-vs-april', quote: ['tăng 1 trang trại so với thời điểm 01/4/2026 (8 trang trại)', 'có 9 trang trại chăn nuôi'], a: '9', b: '8', stated: '1' }),
    share({ id: 'pig-farms-share', quote: ['Năm trang trại lợn đang nuôi 3.412 con, chiếm 35,4% tổng đàn lợn của xã', 'là 9.640 con'], x: '3.412', y: '9.640', stated: '35,4%' }),
    ratio({ id: 'farm-contracts', quote: ['(77%)', 'Có 7/9 trang trại đã ký hợp đồng liên kết'], x: '7', y: '9', stated: '77%', mistake: 'planted', original: 'với doanh nghiệp (78%)', note: 'Class 7: 7/9 = 77,78%, which is 78% written whole; 77% truncates.' }),
    contradiction({ id: 'farm-size-criterion', quote: ['quy mô từ 10 đơn vị vật nuôi trở lên'], stated: '10', expected: 'a threshold', consistent: true, reason: 'The legal size criterion of a farm, not a count.', trap: 'a threshold in a footnote.' }),
    // II.7 disease and vaccination
    sum({ id: 'asf-culled', quote: ['phải tiêu hủy 57 con lợn', 'thôn Tân Phúc, tiêu hủy 34 con', 'thôn Hòa Lạc, tiêu hủy 23 con'], parts: ['34', '23'], total: '57', note: 'the outbreaks\' parts are only in footnote 7.' }),
    contradiction({ id: 'no-infected-farm', quote: ['không có trang trại nào bị nhiễm bệnh', 'Ổ dịch thứ nhất phát hiện ngày 12/8/2026 tại trang trại lợn của ông Trần Văn Hữu, thôn Tân Phúc, tiêu hủy 34 con'], stated: 'không có trang trại nào bị nhiễm bệnh', expected: '1 trang trại (34 con tiêu hủy)', consistent: false, reason: 'Footnote 7 puts the first African swine fever outbreak on a pig farm in Tân Phúc, where 34 pigs were destroyed.', mistake: 'planted', original: 'trong đó 1 ổ dịch tại trang trại', kind: 'other', note: 'Class 8: a "none" statement contradicted by a count in a footnote.' }),
    contradiction({ id: 'asf-days', quote: ['đến ngày 30/9/2026 đã qua 21 ngày không phát sinh lợn mắc bệnh mới', 'phát hiện ngày 09/9/2026'], stated: '21 ngày', expected: 'a day count', consistent: true, reason: 'From 09/9 to 30/9/2026 is 21 days; a duration, not a count of animals.', trap: 'a day count beside dates.' }),
    contradiction({ id: 'no-other-epidemics', quote: ['không phát sinh dịch cúm gia cầm, lở mồm long móng và bệnh viêm da nổi cục trên trâu, bò', 'ghi nhận 420 con gà mắc bệnh Newcastle tại thôn Phú Hải và 3 con bò mắc bệnh tụ huyết trùng tại thôn Bắc Sơn'], stated: 'không phát sinh', expected: 'another kind', consistent: true, reason: 'Newcastle disease in chickens and pasteurellosis in cattle are not the epidemics named.', trap: '"none" statements beside counts of other diseases.' }),
    ratio({ id: 'vacc-fmd', quote: ['tiêm cho 2.058 con trâu, bò, đạt 89,2% tổng đàn trâu, bò', '| Toàn xã | 3.284 | 2.146 | 65,3 | 381 | 1.865 |'], x: '2.058', y: '381 + 1.865', stated: '89,2%', mistake: 'planted', original: 'đạt 91,6% tổng đàn trâu, bò', note: 'Class 1: the herd is only the sum of the table\'s two columns (381 + 1.865 = 2.246), so 91,63% → 91,6%; 89,2% divides by last year\'s 405 + 1.902 = 2.307.' }),
    ratio({ id: 'vacc-pasteurellosis', quote: ['Tụ huyết trùng trâu, bò: 1.796 con (80,0%)', '| Toàn xã | 3.284 | 2.146 | 65,3 | 381 | 1.865 |'], x: '1.796', y: '381 + 1.865', stated: '80,0%', trap: 'a base that is the sum of two herds given elsewhere (79,96% → 80,0%).' }),
    ratio({ id: 'vacc-csf', quote: ['Dịch tả lợn cổ điển: 7.420 con, bằng 77,0% tổng đàn lợn', 'là 9.640 con'], x: '7.420', y: '9.640', stated: '77,0%' }),
    share({ id: 'vacc-asf', quote: ['1.560 con lợn thịt (18,3% đàn lợn thịt)', 'lợn thịt 8.510 con'], x: '1.560', y: '8.510', stated: '18,3%' }),
    quotient({ id: 'vacc-avian', quote: ['Cúm gia cầm: 126.300 con, đạt 75,0% tổng đàn gia cầm', 'Tổng đàn gia cầm đạt 168,4 nghìn con'], x: '126.300', y: '168,4', factor: '0,1', stated: '75,0%', kind: 'ratio_percent', trap: 'a percent of a herd in nghìn con (exactly 75).' }),
    atLeast({ id: 'vacc-min-met', quote: ['phải đạt tối thiểu 80% tổng đàn thuộc diện tiêm', '1.796 con (80,0%)'], big: '80,0%', small: '80%', trap: 'a rate exactly at its minimum.' }),
    atLeast({ id: 'vacc-min-missed', quote: ['chưa đạt mức tối thiểu 80%', 'Tỷ lệ tiêm phòng dịch tả lợn cổ điển (77,0%)'], big: '80%', small: '77,0%', trap: 'a rate below its minimum, rightly called short (not a gap of 3%).' }),
    // III summary
    repeat({ id: 'sum-budget', quote: ['kinh phí thực chi 65,0 triệu đồng', 'Tổng số thực chi là 65.000.000 đồng'], values: ['65.000.000 đồng', '65,0 triệu đồng'], kind: 'unit', trap: 'the spending restated in triệu, agreeing.' }),
    repeat({ id: 'sum-pigs', quote: ['tổng đàn lợn đạt 9.640 con, tăng 4,2% so với cùng kỳ', 'là 9.640 con, tăng 4,2% so với cùng kỳ năm 2025'], values: ['4,2%', '4,2%'] }),
    change({ id: 'sum-poultry-april', quote: ['giảm 3,2% so với thời điểm 01/4/2026', 'đàn gia cầm 168,4 nghìn con', '172,3 nghìn con gia cầm'], x: '168,4', base: '172,3', stated: '3,2%', direction: 'giảm', mistake: 'planted', original: 'giảm 2,3% so với thời điểm 01/4/2026', note: 'Class 2: a percent only in the summary whose figures are in II.4 and footnote 3; 168,4 against 172,3 nghìn is a fall of 2,26% → 2,3%, written with digits swapped.' }),
    atLeast({ id: 'sum-poultry-yoy', quote: ['nhưng vẫn cao hơn cùng kỳ năm trước', '| Gia cầm | nghìn con | 159,7 | 172,3 | 168,4 |'], big: '168,4', small: '159,7', note: '"still above last year" against the table.' }),
    repeat({ id: 'sum-pig-meat', quote: ['Sản lượng thịt lợn hơi 9 tháng đạt 14.140 tạ', 'Cộng dồn 9 tháng đầu năm đạt 1.441,0 tấn'], values: ['1.441,0 tấn', '14.140 tạ'], kind: 'unit', mistake: 'planted', original: 'Sản lượng thịt lợn hơi 9 tháng đạt 14.410 tạ', note: 'Class 5: the summary restates the 1.441,0 tấn in tạ with two digits swapped (14.140 for 14.410).' }),
    repeat({ id: 'sum-poultry-meat', quote: ['thịt gia cầm hơi đạt 355,2 tấn', 'cộng dồn 9 tháng đầu năm đạt 355,2 tấn'], values: ['355,2', '355,2'] }),
    repeat({ id: 'sum-eggs', quote: ['sản lượng trứng quý III đạt 2.864 nghìn quả', 'Sản lượng trứng gia cầm quý III đạt 2.864 nghìn quả'], values: ['2.864', '2.864'] }),
    repeat({ id: 'weak-csf', quote: ['Tỷ lệ tiêm phòng dịch tả lợn cổ điển (77,0%)', 'bằng 77,0% tổng đàn lợn'], values: ['77,0%', '77,0%'] }),
    repeat({ id: 'weak-avian', quote: ['và cúm gia cầm (75,0%) chưa đạt', 'đạt 75,0% tổng đàn gia cầm'], values: ['75,0%', '75,0%'] }),
    // IV tasks
    product({ id: 'task-csf-target', quote: ['để đạt 80% tổng đàn (7.712 con)', 'là 9.640 con'], x: '9.640', y: '80', factor: '0,01', stated: '7.712', note: '80% of the pig herd as a product.' }),
    difference({ id: 'task-csf-more', quote: ['cho ít nhất 292 con lợn', '(7.712 con)', 'Dịch tả lợn cổ điển: 7.420 con'], a: '7.712', b: '7.420', stated: '292', trap: 'a minimum that is the remainder to the target.' }),
    product({ id: 'task-avian-target', quote: ['để đạt 80% tổng đàn gia cầm (134.720 con)', 'Tổng đàn gia cầm đạt 168,4 nghìn con'], x: '168,4', y: '80', factor: '10', stated: '134.720', trap: '80% of a flock in nghìn con, written in con.' }),
    difference({ id: 'task-avian-more', quote: ['cho ít nhất 8.420 con', '(134.720 con)', 'Cúm gia cầm: 126.300 con'], a: '134.720', b: '126.300', stated: '8.420', note: 'a minimum that is the remainder to the target.' }),
    repeat({ id: 'task-unused', quote: ['Làm thủ tục nộp trả 3,5 triệu đồng', 'phần chưa sử dụng là 3,5 triệu đồng'], values: ['3,5', '3,5'] }),
  ],
});
