// Written for the corpus, blind: Ủy ban nhân dân xã Tiên Phong Nam (tỉnh Hưng Yên after the 2025 merger, a Bắc Bộ
// delta commune; the commune and its seven thôn are invented) to the provincial UBND and the Sở Nông nghiệp và Môi
// trường, the report closing the vụ Mùa 2026 and launching the vụ Đông 2026 - 2027 (dated 28/10/2026), in parts
// I - IV. The Bắc Bộ units are mixed as the offices mix them: ha in the text, sào (360 m²) and mẫu (10 sào) from the
// thôn, kg/sào beside tạ/ha, the definition given once at the top. Households with a share in parentheses. Rice area
// against the plan in parentheses and against last year's crop (a difference in ha, its percent, its two parts after
// a colon); variety groups with shares in parentheses adding to 100% (the total in the paragraph before), a "trong
// đó" ST25/Bắc Thơm số 7 subset, the quality rice against last year; 17 large fields (ha per field, an X/Y written as
// a whole percent), 5 mẫu in ha. Pests: leaf-folder treated X/Y with a remainder, a heavy subset, a density range;
// planthoppers against cùng kỳ and 100% of X/X, a "none" of hopper burn; the season's infested total (its parts the
// bullets above) and its share. Storms: names and dates, flooded share, a deep-flooded subset, "none" statements
// (replanting, casualties, houses). Mechanisation: 100% of X/X for land preparation, machine transplanting in sào
// against the area in ha, harvest share and its change in percentage points, the manual remainder. Yields: tạ/ha →
// kg/sào, differences against last year and the plan (footnote 1), output against the plan in the footnote and last
// year (itself area × yield), the plan as area × yield, ST25 from kg/sào to tạ/ha. A table per thôn (area × yield =
// output on each row, totals of area, output and vụ Đông, the average yield as the table's quotient), text restating
// the table; bare shares of sales; value = output × price in tỷ, per ha in triệu, profit per ha and per sào.
// Livestock: pigs against cùng kỳ, poultry after "gồm", vaccination shares of herds in the paragraph before, a
// minimum, a "none" of epidemics beside a disease of another kind. Support: rate × area twice, their total in tỷ
// from parts in triệu, the unused estimate (tỷ − tỷ in triệu), the disbursed percent (triệu of tỷ) and the remainder,
// seed = ha × kg/ha. The year's grain: vụ Chiêm Xuân from footnote 3 + vụ Mùa = lũy kế, maize added, against the
// target, the shortfall; value per ha above the target. Vụ Đông: plan against last year's crop, a "trong đó" of
// two-rice land, warm/cold shares and their sum, value = ha × triệu/ha in tỷ; sown against the plan, the week's lũy
// kế from footnote 4; a crop table (group sums, rows, total row, 85,25 half-up, 100% of X/X), a silage subset,
// potatoes in sào, two thôn's share from the thôn table; support maxima as products in tỷ. A summary restating
// figures (nghìn tấn, tỷ), weaknesses with a minimum, tasks with remainders and a "trong đó", a vaccination target
// as a product and its remainder, the next crop's share and output.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the machine-transplanted 17.010 sào written as 45,9%
// of the 1.236,5 ha sown (17.010 × 360 m² = 612,36 ha, 49,52% → 49,5%; digits swapped); the 1.148 triệu disbursed
// as 85,7% of the 1,312 tỷ of the accepted support (87,5%; 85,7% is against the 1,34 tỷ estimate). Class 2: the
// summary's yield increase 4,2% for 58,6 against 57,2 tạ/ha of I.6 (2,448% → 2,4%). Class 3: bare sales shares
// 22,7 + 58,5 + 19,8 = 101,0%. Class 4: poultry 128.400 + 51.600 + 5.600 = 185.600 against 186.500 (6.500 written
// 5.600). Class 5 ×2: Phú Hậu's output in the text 1.293,9 against the table's 1.299,3; the summary's 7,41 nghìn
// tấn (the plan's 7.412,5 of footnote 1) for the 7.249,6 tấn harvested (7,25). Class 6: footnote 3's Chiêm Xuân
// 8.490,5 + 7.249,6 = 15.740,1 ≠ the year's 15.659,1 (8.409,5 with digits swapped). Class 7: 11/17 fields written
// 64% (64,71% → 65%). Class 8: "không có diện tích lúa phải cấy lại" in I.4 against the 12,6 ha replanted with
// supported seed in I.8. Traps (34): documents, dates, storm and variety names, the sào/mẫu definition; percents in
// parentheses of X/Y or of a base earlier in the sentence; 100% of X/X twice; a density range; tạ/ha ↔ kg/sào,
// sào → ha, mẫu → ha, triệu/ha → nghìn/sào, tỷ → triệu/ha; the average yield as the table's quotient (1.236,5 ×
// 58,6 would give 7.245,9); last year's output as its own area × yield; a plan only in a footnote (percent and
// shortfall); "trong đó" subsets (ST25 + BT7, heavy infestation, two-rice land); percentage points; remainders
// across scales (unused estimate, funds still due, untreated area); a minimum beside rates and a rate below it;
// restatements in tỷ and nghìn tấn that agree; a half-up at exactly 85,25; "none" statements beside counts of
// another kind (hopper burn beside infested ha, epidemics beside a pasteurellosis count) or with nothing against
// them (casualties, houses); support maxima as products.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-tien-phong-nam-san-xuat-vu-mua-vu-dong-2026.md',
  prefix: 'tpn',
  claims: [
    // Header
    contradiction({ id: 'documents', quote: ['Số: 214/BC-UBND', 'Công văn số 2958/SNNMT-TTBVTV ngày 02/10/2026', 'Kế hoạch số 46/KH-UBND ngày 08/5/2026', 'Kế hoạch số 118/KH-UBND ngày 10/9/2026'], stated: '214', expected: 'documents', consistent: true, reason: 'Numbers and dates of the report and the documents it rests on.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'footnote-documents', quote: ['Nghị quyết số 12/2026/NQ-HĐND ngày 27/3/2026', 'Công văn số 2315/SNNMT-TTBVTV ngày 18/8/2026', 'Báo cáo số 168/BC-UBND ngày 22/6/2026', 'Báo cáo nhanh số 209/BC-UBND ngày 19/10/2026', 'giai đoạn 2026 - 2030', 'lần thứ I, nhiệm kỳ 2025 - 2030'], stated: '12/2026', expected: 'documents', consistent: true, reason: 'Documents cited in the body and the footnotes, and a policy period.', trap: 'numbers in documents\' names, dates and a period.' }),
    contradiction({ id: 'unit-definition', quote: ['(1 sào = 360 m², 1 mẫu = 10 sào)'], stated: '360', expected: 'a unit definition', consistent: true, reason: 'The Bắc Bộ sào and mẫu defined; the conversions below use them.', trap: 'numbers in a definition of units.' }),
    ratio({ id: 'farm-households', quote: ['3.964 hộ (67,0%)', 'Toàn xã có 7 thôn với 5.918 hộ'], x: '3.964', y: '5.918', stated: '67,0%', trap: 'a percent in parentheses whose base opens the sentence.' }),
    contradiction({ id: 'dates-names', quote: ['từ ngày 05/7 đến ngày 25/7/2026', 'Đến ngày 15/10/2026', 'Tại thời điểm 01/10/2026', 'Bão số 3 đổ bộ ngày 22/7/2026', 'hoàn lưu bão số 5 (từ ngày 26 đến ngày 28/8/2026)', 'sau 3 - 4 ngày', 'từ ngày 19/10 đến ngày 25/10/2026', 'Khang dân 18, Thiên ưu 8, BC15', 'Thái Xuyên 111, LC270'], stated: '05/7', expected: 'dates, storm and variety names', consistent: true, reason: 'The transplanting window, harvest, census and reporting-week dates, the storms\' numbers and dates, a range of days, and rice varieties named with numbers.', trap: 'numbers in dates (written like X/Y), storm names and variety names.' }),
    // I.2 area and varieties
    ratio({ id: 'area-plan', quote: ['bằng 98,9% kế hoạch (1.250 ha)', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], x: '1.236,5', y: '1.250', stated: '98,9%' }),
    difference({ id: 'area-drop', quote: ['diện tích giảm 25,5 ha', 'So với vụ Mùa năm 2025 (1.262,0 ha)', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], a: '1.262,0', b: '1.236,5', stated: '25,5' }),
    change({ id: 'area-drop-pct', quote: ['(giảm 2,0%)', 'So với vụ Mùa năm 2025 (1.262,0 ha)', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], x: '1.236,5', base: '1.262,0', stated: '2,0%', direction: 'giảm' }),
    sum({ id: 'area-drop-parts', quote: ['diện tích giảm 25,5 ha', '9,8 ha sang trồng cây ăn quả và 15,7 ha sang nuôi trồng thủy sản'], parts: ['9,8', '15,7'], total: '25,5', note: 'the parts of the difference after a colon.' }),
    sum({ id: 'groups', quote: ['Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha', 'Nhóm lúa thuần gieo cấy 742,3 ha (60,0%)', 'nhóm lúa lai 186,2 ha (15,1%)', 'nhóm lúa chất lượng cao 308,0 ha (24,9%)'], parts: ['742,3', '186,2', '308,0'], total: '1.236,5', note: 'the total is in the paragraph before.' }),
    share({ id: 'share-pure', quote: ['742,3 ha (60,0%)', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], x: '742,3', y: '1.236,5', stated: '60,0%' }),
    share({ id: 'share-hybrid', quote: ['186,2 ha (15,1%)', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], x: '186,2', y: '1.236,5', stated: '15,1%' }),
    share({ id: 'share-quality', quote: ['308,0 ha (24,9%)', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], x: '308,0', y: '1.236,5', stated: '24,9%' }),
    sum({ id: 'group-shares', quote: ['742,3 ha (60,0%)', '186,2 ha (15,1%)', '308,0 ha (24,9%)'], parts: ['60,0%', '15,1%', '24,9%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    atLeast({ id: 'st25-bt7', quote: ['trong đó ST25 là 124,5 ha và Bắc Thơm số 7 là 141,2 ha', 'nhóm lúa chất lượng cao 308,0 ha'], big: '308,0', small: '124,5 + 141,2', trap: 'a "trong đó" subset of two varieties (265,7 ha), not a breakdown of the 308,0 ha; "số 7" is a variety\'s name.' }),
    change({ id: 'quality-change', quote: ['diện tích lúa chất lượng cao tăng 17,8%', 'So với vụ Mùa năm 2025 (261,4 ha)', 'nhóm lúa chất lượng cao 308,0 ha'], x: '308,0', base: '261,4', stated: '17,8%', direction: 'tăng' }),
    quotient({ id: 'ha-per-field', quote: ['quy mô bình quân 18,1 ha/cánh đồng', 'thành 17 cánh đồng lớn', 'nhóm lúa chất lượng cao 308,0 ha'], x: '308,0', y: '17', stated: '18,1', note: 'ha per field, a quotient.' }),
    ratio({ id: 'linked-fields', quote: ['(64%)', 'có 11/17 cánh đồng ký được hợp đồng liên kết'], x: '11', y: '17', stated: '64%', mistake: 'planted', original: 'Công ty TNHH Nông sản Hưng Phát (65%)', note: 'Class 7: 11/17 = 64,71%, which is 65% written whole; 64% truncates.' }),
    product({ id: 'five-mau', quote: ['từ 5 mẫu (1,8 ha) trở lên', '(1 sào = 360 m², 1 mẫu = 10 sào)'], x: '5', y: '360', factor: '0,001', stated: '1,8', kind: 'unit', trap: '5 mẫu = 50 sào × 360 m² = 18.000 m² = 1,8 ha, a conversion, not a ratio.' }),
    // I.3 pests
    atLeast({ id: 'leaf-heavy', quote: ['trong đó 38,6 ha nhiễm nặng', 'Sâu cuốn lá nhỏ lứa 6 gây hại 286,4 ha'], big: '286,4', small: '38,6', trap: 'a "trong đó" subset; "lứa 6" is a generation\'s name.' }),
    contradiction({ id: 'density', quote: ['mật độ phổ biến 30 - 50 con/m², nơi cao trên 120 con/m²'], stated: '30 - 50', expected: 'a density range', consistent: true, reason: 'A density range and a peak, not a relation.', trap: 'a range of densities.' }),
    ratio({ id: 'leaf-treated', quote: ['Đã phòng trừ 279,8/286,4 ha (97,7%)'], x: '279,8', y: '286,4', stated: '97,7%' }),
    difference({ id: 'leaf-untreated', quote: ['6,6 ha còn lại có mật độ dưới ngưỡng', 'Đã phòng trừ 279,8/286,4 ha (97,7%)'], a: '286,4', b: '279,8', stated: '6,6', note: 'a remainder of an X/Y.' }),
    change({ id: 'hopper-change', quote: ['giảm 33,0% so với cùng kỳ năm 2025 (168,0 ha)', 'rầy lưng trắng lứa 7 gây hại 112,5 ha'], x: '112,5', base: '168,0', stated: '33,0%', direction: 'giảm' }),
    ratio({ id: 'hopper-treated', quote: ['đã phun trừ 112,5/112,5 ha (100%)'], x: '112,5', y: '112,5', stated: '100%', trap: '"100%" of X/X.' }),
    contradiction({ id: 'no-hopper-burn', quote: ['Không có diện tích lúa bị cháy rầy', 'rầy lưng trắng lứa 7 gây hại 112,5 ha'], stated: 'Không có', expected: 'another kind', consistent: true, reason: 'Infested area sprayed in time is not hopper burn; nothing in the report counts burnt rice.', trap: 'a "none" beside a count of another kind.' }),
    sum({ id: 'pests-total', quote: ['tổng diện tích lúa nhiễm sâu bệnh là 463,1 ha lượt', 'Sâu cuốn lá nhỏ lứa 6 gây hại 286,4 ha', 'rầy lưng trắng lứa 7 gây hại 112,5 ha', 'Bệnh khô vằn, bạc lá gây hại 64,2 ha'], parts: ['286,4', '112,5', '64,2'], total: '463,1', note: 'the parts are the three bullets above the total.' }),
    share({ id: 'pests-share', quote: ['bằng 37,5% diện tích gieo cấy', 'tổng diện tích lúa nhiễm sâu bệnh là 463,1 ha lượt', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], x: '463,1', y: '1.236,5', stated: '37,5%' }),
    // I.4 storms
    share({ id: 'flood-share', quote: ['(13,6% diện tích gieo cấy)', 'làm ngập úng 168,3 ha lúa mới cấy', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], x: '168,3', y: '1.236,5', stated: '13,6%' }),
    atLeast({ id: 'flood-deep', quote: ['trong đó 41,7 ha ngập sâu', 'làm ngập úng 168,3 ha lúa mới cấy'], big: '168,3', small: '41,7', note: 'a "trong đó" subset.' }),
    contradiction({ id: 'no-replanting', quote: ['không có diện tích lúa phải cấy lại', 'cho các hộ phải cấy lại 12,6 ha lúa bị chết do ngập sâu tại thôn Vạn Thọ'], stated: 'không có diện tích lúa phải cấy lại', expected: '12,6 ha cấy lại (I.8)', consistent: false, reason: 'I.4 says no rice had to be replanted after the floods; I.8 gives seed to households that replanted 12,6 ha of rice killed by deep flooding in Vạn Thọ.', mistake: 'planted', original: 'lúa phục hồi sinh trưởng; riêng 12,6 ha tại thôn Vạn Thọ bị chết phải cấy lại', note: 'Class 8: a "không có" statement contradicted by a count elsewhere.' }),
    contradiction({ id: 'no-casualties', quote: ['không có người chết, bị thương và không có nhà ở bị hư hỏng do thiên tai'], stated: 'không có', expected: 'none', consistent: true, reason: 'Nothing in the report counts casualties or damaged houses.', trap: 'a "none" with nothing against it.' }),
    // I.5 mechanisation
    ratio({ id: 'tillage', quote: ['1.236,5/1.236,5 ha (100%)'], x: '1.236,5', y: '1.236,5', stated: '100%', trap: '"100%" of X/X.' }),
    quotient({ id: 'machine-transplant', quote: ['bằng 45,9% diện tích gieo cấy của vụ', 'đạt 17.010 sào', '(1 sào = 360 m², 1 mẫu = 10 sào)', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], x: '17.010', y: '1.236,5', factor: '3,6', stated: '45,9%', kind: 'ratio_percent', mistake: 'planted', original: 'bằng 49,5% diện tích gieo cấy của vụ', note: 'Class 1: the part is in sào, the base in ha in I.2; 17.010 sào × 360 m² = 612,36 ha, 49,52% of 1.236,5 ha (→ 49,5%); the digits are swapped.' }),
    ratio({ id: 'machine-harvest', quote: ['đạt 1.198,7 ha (96,9%)', '1.236,5/1.236,5 ha (100%)'], x: '1.198,7', y: '1.236,5', stated: '96,9%' }),
    difference({ id: 'harvest-pp', quote: ['tăng 2,6 điểm phần trăm so với vụ Mùa năm 2025 (94,3%)', 'đạt 1.198,7 ha (96,9%)'], a: '96,9', b: '94,3', stated: '2,6', trap: 'a change in percentage points, not a relative one (2,8%).' }),
    difference({ id: 'manual-harvest', quote: ['37,8 ha còn lại ở các ô thửa nhỏ', 'đạt 1.198,7 ha (96,9%)', '1.236,5/1.236,5 ha (100%)'], a: '1.236,5', b: '1.198,7', stated: '37,8', note: 'a remainder.' }),
    // I.6 yields and output
    product({ id: 'yield-kg-sao', quote: ['(tương đương 211 kg/sào)', 'Năng suất bình quân đạt 58,6 tạ/ha', '(1 sào = 360 m², 1 mẫu = 10 sào)'], x: '58,6', y: '360', factor: '0,01', stated: '211', kind: 'unit', trap: 'tạ/ha in kg/sào: 58,6 × 100 kg × 360/10.000 = 210,96.' }),
    difference({ id: 'yield-vs-2025', quote: ['tăng 1,4 tạ/ha so với vụ Mùa năm 2025 (57,2 tạ/ha)', 'Năng suất bình quân đạt 58,6 tạ/ha'], a: '58,6', b: '57,2', stated: '1,4' }),
    difference({ id: 'yield-vs-plan', quote: ['thấp hơn kế hoạch 0,7 tạ/ha', 'năng suất lúa Mùa 59,3 tạ/ha', 'Năng suất bình quân đạt 58,6 tạ/ha'], a: '59,3', b: '58,6', stated: '0,7', trap: 'a shortfall whose plan is only in footnote 1.' }),
    ratio({ id: 'output-plan', quote: ['bằng 97,8% kế hoạch', 'Sản lượng thóc đạt 7.249,6 tấn', 'sản lượng 7.412,5 tấn'], x: '7.249,6', y: '7.412,5', stated: '97,8%', trap: 'a plan given only in the cited footnote.' }),
    product({ id: 'plan-output', quote: ['sản lượng 7.412,5 tấn', 'năng suất lúa Mùa 59,3 tạ/ha', 'bằng 98,9% kế hoạch (1.250 ha)'], x: '1.250', y: '59,3', factor: '0,1', stated: '7.412,5', note: 'area × yield (tạ → tấn) of the plan, its area in the body and its yield in footnote 1.' }),
    change({ id: 'output-change', quote: ['tăng 0,4% so với vụ Mùa năm 2025 (7.218,6 tấn)', 'Sản lượng thóc đạt 7.249,6 tấn'], x: '7.249,6', base: '7.218,6', stated: '0,4%', direction: 'tăng' }),
    product({ id: 'output-2025', quote: ['(7.218,6 tấn)', 'So với vụ Mùa năm 2025 (1.262,0 ha)', '(57,2 tạ/ha)'], x: '1.262,0', y: '57,2', factor: '0,1', stated: '7.218,6', trap: 'last year\'s area × yield, another period\'s same-named figures.' }),
    quotient({ id: 'st25-yield', quote: ['(50,0 tạ/ha)', 'riêng ST25 chỉ đạt bình quân 180 kg/sào', '(1 sào = 360 m², 1 mẫu = 10 sào)'], x: '180', y: '360', factor: '100', stated: '50,0', kind: 'unit', note: 'kg/sào → tạ/ha.' }),
    // The table per thôn
    product({ id: 'row-dong-lac', quote: ['| Đồng Lạc | 198,6 | 57,4 | 1.140,0 | 58,4 |'], x: '198,6', y: '57,4', factor: '0,1', stated: '1.140,0' }),
    product({ id: 'row-cao-xa', quote: ['| Cao Xá | 165,4 | 58,1 | 961,0 | 52,6 |'], x: '165,4', y: '58,1', factor: '0,1', stated: '961,0' }),
    product({ id: 'row-phu-hau', quote: ['| Phú Hậu | 212,3 | 61,2 | 1.299,3 | 64,8 |'], x: '212,3', y: '61,2', factor: '0,1', stated: '1.299,3' }),
    product({ id: 'row-an-trach', quote: ['| An Trạch | 176,8 | 59,0 | 1.043,1 | 49,7 |'], x: '176,8', y: '59,0', factor: '0,1', stated: '1.043,1' }),
    product({ id: 'row-van-tho', quote: ['| Vạn Thọ | 154,2 | 56,8 | 875,9 | 41,3 |'], x: '154,2', y: '56,8', factor: '0,1', stated: '875,9' }),
    product({ id: 'row-tan-hung', quote: ['| Tân Hưng | 183,7 | 58,9 | 1.082,0 | 61,5 |'], x: '183,7', y: '58,9', factor: '0,1', stated: '1.082,0' }),
    product({ id: 'row-bai-thuong', quote: ['| Bái Thượng | 145,5 | 58,3 | 848,3 | 42,6 |'], x: '145,5', y: '58,3', factor: '0,1', stated: '848,3' }),
    sum({ id: 'table-area', quote: ['| Toàn xã | 1.236,5 | 58,6 | 7.249,6 | 370,9 |'], parts: ['198,6', '165,4', '212,3', '176,8', '154,2', '183,7', '145,5'], total: '1.236,5', kind: 'cross_total' }),
    sum({ id: 'table-output', quote: ['| Toàn xã | 1.236,5 | 58,6 | 7.249,6 | 370,9 |'], parts: ['1.140,0', '961,0', '1.299,3', '1.043,1', '875,9', '1.082,0', '848,3'], total: '7.249,6', kind: 'cross_total' }),
    sum({ id: 'table-winter', quote: ['| Toàn xã | 1.236,5 | 58,6 | 7.249,6 | 370,9 |'], parts: ['58,4', '52,6', '64,8', '49,7', '41,3', '61,5', '42,6'], total: '370,9', kind: 'cross_total' }),
    quotient({ id: 'table-yield', quote: ['| Toàn xã | 1.236,5 | 58,6 | 7.249,6 | 370,9 |'], x: '7.249,6', y: '1.236,5', factor: '10', stated: '58,6', trap: 'the total row\'s yield is output ÷ area (58,63), a weighted average, not a sum or the mean of the rows (58,53); 1.236,5 × 58,6 gives 7.245,9, not 7.249,6.' }),
    repeat({ id: 'area-table', quote: ['| Toàn xã | 1.236,5 | 58,6 | 7.249,6 | 370,9 |', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], values: ['1.236,5', '1.236,5'] }),
    repeat({ id: 'output-table', quote: ['Sản lượng thóc đạt 7.249,6 tấn', '| Toàn xã | 1.236,5 | 58,6 | 7.249,6 | 370,9 |'], values: ['7.249,6', '7.249,6'] }),
    repeat({ id: 'yield-table', quote: ['Năng suất bình quân đạt 58,6 tạ/ha', '| Toàn xã | 1.236,5 | 58,6 | 7.249,6 | 370,9 |'], values: ['58,6', '58,6'] }),
    repeat({ id: 'phu-hau-output', quote: ['sản lượng đạt 1.293,9 tấn', '| Phú Hậu | 212,3 | 61,2 | 1.299,3 | 64,8 |'], values: ['1.299,3', '1.293,9'], mistake: 'planted', original: 'sản lượng đạt 1.299,3 tấn', note: 'Class 5: the text gives Phú Hậu 1.293,9 tấn, the table (whose row is 212,3 × 61,2 and whose column adds up) 1.299,3; two digits swapped.' }),
    sum({ id: 'sales-shares', quote: ['bán cho doanh nghiệp liên kết chiếm 22,7%, bán cho thương lái 58,5%, các hộ giữ lại làm lương thực và giống 19,8%'], parts: ['22,7%', '58,5%', '19,8%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'các hộ giữ lại làm lương thực và giống 18,8%', note: 'Class 3: the three shares of the output sold and kept add to 101,0%; the kept share 18,8% is written 19,8%.' }),
    product({ id: 'value', quote: ['giá trị sản xuất lúa vụ Mùa ước đạt 56,5 tỷ đồng', 'giá thóc khô bình quân 7.800 đồng/kg', 'Sản lượng thóc đạt 7.249,6 tấn'], x: '7.249,6', y: '7.800', factor: '0,000001', stated: '56,5', note: 'output (tấn) × price (đồng/kg) in tỷ: 56,547.' }),
    quotient({ id: 'value-per-ha', quote: ['bình quân 45,7 triệu đồng/ha', 'ước đạt 56,5 tỷ đồng', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha'], x: '56,5', y: '1.236,5', factor: '1000', stated: '45,7', trap: 'tỷ per ha written in triệu/ha.' }),
    difference({ id: 'profit', quote: ['nông dân lãi 18,2 triệu đồng/ha', 'trừ chi phí bình quân 27,5 triệu đồng/ha', 'bình quân 45,7 triệu đồng/ha'], a: '45,7', b: '27,5', stated: '18,2' }),
    product({ id: 'profit-per-sao', quote: ['khoảng 655 nghìn đồng/sào', 'nông dân lãi 18,2 triệu đồng/ha', '(1 sào = 360 m², 1 mẫu = 10 sào)'], x: '18,2', y: '360', factor: '0,1', stated: '655', kind: 'unit', trap: 'triệu/ha in nghìn/sào: 18,2 triệu × 360/10.000 = 655,2 nghìn.' }),
    // I.7 livestock
    change({ id: 'pigs', quote: ['tăng 3,8% so với cùng kỳ (8.150 con)', 'đàn lợn có 8.460 con'], x: '8.460', base: '8.150', stated: '3,8%', direction: 'tăng' }),
    sum({ id: 'poultry', quote: ['đàn gia cầm 186.500 con', 'gồm gà 128.400 con, vịt 51.600 con, ngan và chim bồ câu 5.600 con'], parts: ['128.400', '51.600', '5.600'], total: '186.500', mistake: 'planted', original: 'ngan và chim bồ câu 6.500 con', note: 'Class 4: the parts after "gồm" add to 185.600 against 186.500 (the total the 76,1% and the 149.200 rely on); 6.500 is written 5.600.' }),
    ratio({ id: 'fmd', quote: ['cho 587 con trâu, bò (95,9% tổng đàn)', 'đàn trâu, bò 612 con'], x: '587', y: '612', stated: '95,9%', note: 'the herd is in the paragraph before.' }),
    ratio({ id: 'csf', quote: ['bằng 81,9% tổng đàn lợn', 'dịch tả lợn cổ điển cho 6.930 con', 'đàn lợn có 8.460 con'], x: '6.930', y: '8.460', stated: '81,9%', note: 'the herd is in the paragraph before.' }),
    ratio({ id: 'avian-flu', quote: ['cúm gia cầm cho 142.000 con (76,1%)', 'đàn gia cầm 186.500 con'], x: '142.000', y: '186.500', stated: '76,1%' }),
    contradiction({ id: 'vaccination-minimum', quote: ['tiêm phòng đạt tối thiểu 80% tổng đàn thuộc diện tiêm'], stated: 'tối thiểu 80%', expected: 'a threshold', consistent: true, reason: 'The province\'s minimum beside the rates reached, not a rate.', trap: 'a threshold next to rates.' }),
    contradiction({ id: 'no-epidemic', quote: ['không phát sinh dịch tả lợn châu Phi, cúm gia cầm, lở mồm long móng', 'ghi nhận 15 con lợn mắc bệnh tụ huyết trùng tại thôn Tân Hưng'], stated: 'không phát sinh', expected: 'another kind', consistent: true, reason: 'Pasteurellosis in 15 pigs is not one of the epidemics named.', trap: 'a "none" beside a count of another kind.' }),
    // I.8 support
    product({ id: 'support-quality', quote: ['gồm 616 triệu đồng cho 308,0 ha lúa chất lượng cao', 'hỗ trợ 2,0 triệu đồng/ha đối với lúa chất lượng cao'], x: '308,0', y: '2,0', stated: '616', note: 'area × rate, not a sum.' }),
    product({ id: 'support-trays', quote: ['696 triệu đồng cho 580,0 ha cấy máy mạ khay', '1,2 triệu đồng/ha đối với diện tích cấy máy'], x: '580,0', y: '1,2', stated: '696', note: 'area × rate.' }),
    sum({ id: 'support-total', quote: ['tổng kinh phí hỗ trợ vụ Mùa là 1,312 tỷ đồng', 'gồm 616 triệu đồng cho 308,0 ha', '696 triệu đồng cho 580,0 ha'], parts: ['616 triệu đồng', '696 triệu đồng'], total: '1,312 tỷ đồng', note: 'parts in triệu, the total in tỷ.' }),
    difference({ id: 'support-unused', quote: ['phần dự toán chưa sử dụng 28 triệu đồng', 'được phân bổ đầu năm là 1,34 tỷ đồng', 'tổng kinh phí hỗ trợ vụ Mùa là 1,312 tỷ đồng'], a: '1,34 tỷ đồng', b: '1,312 tỷ đồng', stated: '28 triệu đồng', trap: 'a remainder in triệu of two figures in tỷ.' }),
    ratio({ id: 'support-paid', quote: ['đạt 85,7% kinh phí theo nghiệm thu', 'đã cấp cho các hợp tác xã, hộ sản xuất 1.148 triệu đồng', 'tổng kinh phí hỗ trợ vụ Mùa là 1,312 tỷ đồng'], x: '1.148 triệu đồng', y: '1,312 tỷ đồng', stated: '85,7%', mistake: 'planted', original: 'đạt 87,5% kinh phí theo nghiệm thu', note: 'Class 1: the base is the accepted 1,312 tỷ of the sentence before, in another scale; 1.148 triệu of 1,312 tỷ is exactly 87,5%; 85,7% divides by the 1,34 tỷ estimate instead.' }),
    difference({ id: 'support-due', quote: ['còn 164 triệu đồng đang hoàn thiện hồ sơ', 'tổng kinh phí hỗ trợ vụ Mùa là 1,312 tỷ đồng', 'hộ sản xuất 1.148 triệu đồng'], a: '1,312 tỷ đồng', b: '1.148 triệu đồng', stated: '164 triệu đồng', trap: 'a remainder in triệu against a total in tỷ.' }),
    product({ id: 'replant-seed', quote: ['504 kg giống lúa Bắc Thơm số 7 (định mức 40 kg/ha)', 'phải cấy lại 12,6 ha'], x: '12,6', y: '40', stated: '504', note: 'area × seed rate; "số 7" is a variety\'s name.' }),
    // I.9 the year's grain
    cumulative({ id: 'rice-year', quote: ['sản lượng lúa cả năm 2026 đạt 15.659,1 tấn', 'sản lượng thóc đạt 8.490,5 tấn', 'Sản lượng thóc đạt 7.249,6 tấn'], previous: '8.490,5', period: '7.249,6', stated: '15.659,1', mistake: 'planted', original: 'sản lượng thóc đạt 8.409,5 tấn', note: 'Class 6: footnote 3\'s Chiêm Xuân 8.490,5 + the vụ Mùa\'s 7.249,6 = 15.740,1, not the year\'s 15.659,1 (which the grain total, its 98,6% and the summary carry); the footnote\'s 8.409,5 has two digits swapped.' }),
    sum({ id: 'grain-year', quote: ['tổng sản lượng lương thực có hạt năm 2026 là 16.271,9 tấn', 'sản lượng lúa cả năm 2026 đạt 15.659,1 tấn', 'Tính cả 612,8 tấn ngô hạt'], parts: ['15.659,1', '612,8'], total: '16.271,9' }),
    ratio({ id: 'grain-target', quote: ['bằng 98,6% chỉ tiêu Nghị quyết Đại hội', 'là 16.271,9 tấn', 'giao cho năm 2026 (16.500 tấn)'], x: '16.271,9', y: '16.500', stated: '98,6%', note: 'the target in parentheses after a long clause with a congress number and a term.' }),
    difference({ id: 'grain-short', quote: ['còn thiếu 228,1 tấn', 'giao cho năm 2026 (16.500 tấn)', 'là 16.271,9 tấn'], a: '16.500', b: '16.271,9', stated: '228,1', note: 'a shortfall to the target.' }),
    excess({ id: 'value-per-ha-year', quote: ['vượt 1,3% chỉ tiêu Nghị quyết (150 triệu đồng/ha)', 'ước đạt 152,0 triệu đồng/ha'], x: '152,0', y: '150', stated: '1,3%' }),
    // II.1 vụ Đông plan
    change({ id: 'winter-plan-change', quote: ['tăng 6,9% so với diện tích thực hiện vụ Đông 2025 - 2026 (486,3 ha)', 'cây vụ Đông là 520,0 ha'], x: '520,0', base: '486,3', stated: '6,9%', direction: 'tăng' }),
    atLeast({ id: 'two-rice-land', quote: ['trong đó 214,6 ha là cây vụ Đông trên đất hai lúa', 'cây vụ Đông là 520,0 ha'], big: '520,0', small: '214,6', trap: 'a "trong đó" subset by land type, not a part of the warm/cold breakdown.' }),
    share({ id: 'warm-share', quote: ['bố trí 275,0 ha, chiếm 52,9%', 'cây vụ Đông là 520,0 ha'], x: '275,0', y: '520,0', stated: '52,9%' }),
    share({ id: 'cold-share', quote: ['245,0 ha, chiếm 47,1%', 'cây vụ Đông là 520,0 ha'], x: '245,0', y: '520,0', stated: '47,1%' }),
    sum({ id: 'warm-cold', quote: ['cây vụ Đông là 520,0 ha', 'bố trí 275,0 ha, chiếm 52,9%', '245,0 ha, chiếm 47,1%'], parts: ['275,0', '245,0'], total: '520,0' }),
    product({ id: 'winter-value', quote: ['tổng giá trị vụ Đông đạt 49,4 tỷ đồng', 'bình quân 95 triệu đồng/ha', 'cây vụ Đông là 520,0 ha'], x: '520,0', y: '95', factor: '0,001', stated: '49,4', note: 'ha × triệu/ha, in tỷ.' }),
    // II.2 progress
    ratio({ id: 'winter-sown', quote: ['đạt 71,3% kế hoạch, riêng trong tuần', 'đã gieo trồng 370,9 ha cây vụ Đông', 'cây vụ Đông là 520,0 ha'], x: '370,9', y: '520,0', stated: '71,3%' }),
    cumulative({ id: 'winter-week', quote: ['đã gieo trồng 370,9 ha cây vụ Đông', 'toàn xã đã gieo trồng 312,5 ha cây vụ Đông', 'gieo trồng thêm 58,4 ha'], previous: '312,5', period: '58,4', stated: '370,9', note: 'the previous week is only in footnote 4.' }),
    ratio({ id: 't-warm', quote: ['| 1. Nhóm cây ưa ấm | 275,0 | 251,7 | 91,5 |'], x: '251,7', y: '275,0', stated: '91,5' }),
    ratio({ id: 't-maize', quote: ['| - Ngô | 160,0 | 148,5 | 92,8 |'], x: '148,5', y: '160,0', stated: '92,8' }),
    ratio({ id: 't-squash', quote: ['| - Bí các loại | 80,0 | 68,2 | 85,3 |'], x: '68,2', y: '80,0', stated: '85,3', trap: 'rounded half-up from exactly 85,25 (truncation would give 85,2).' }),
    ratio({ id: 't-sweet-potato', quote: ['| - Khoai lang | 35,0 | 35,0 | 100,0 |'], x: '35,0', y: '35,0', stated: '100,0', note: '100% of X/X.' }),
    ratio({ id: 't-cold', quote: ['| 2. Nhóm cây ưa lạnh | 245,0 | 119,2 | 48,7 |'], x: '119,2', y: '245,0', stated: '48,7' }),
    ratio({ id: 't-potato', quote: ['| - Khoai tây | 95,0 | 22,4 | 23,6 |'], x: '22,4', y: '95,0', stated: '23,6' }),
    ratio({ id: 't-vegetables', quote: ['| - Rau các loại | 150,0 | 96,8 | 64,5 |'], x: '96,8', y: '150,0', stated: '64,5' }),
    ratio({ id: 't-total', quote: ['| Tổng cộng | 520,0 | 370,9 | 71,3 |'], x: '370,9', y: '520,0', stated: '71,3' }),
    sum({ id: 't-warm-plan', quote: ['| 1. Nhóm cây ưa ấm | 275,0 | 251,7 | 91,5 |'], parts: ['160,0', '80,0', '35,0'], total: '275,0', kind: 'cross_total' }),
    sum({ id: 't-warm-sown', quote: ['| 1. Nhóm cây ưa ấm | 275,0 | 251,7 | 91,5 |'], parts: ['148,5', '68,2', '35,0'], total: '251,7', kind: 'cross_total' }),
    sum({ id: 't-cold-plan', quote: ['| 2. Nhóm cây ưa lạnh | 245,0 | 119,2 | 48,7 |'], parts: ['95,0', '150,0'], total: '245,0', kind: 'cross_total' }),
    sum({ id: 't-cold-sown', quote: ['| 2. Nhóm cây ưa lạnh | 245,0 | 119,2 | 48,7 |'], parts: ['22,4', '96,8'], total: '119,2', kind: 'cross_total' }),
    sum({ id: 't-total-plan', quote: ['| Tổng cộng | 520,0 | 370,9 | 71,3 |'], parts: ['275,0', '245,0'], total: '520,0', kind: 'cross_total', note: 'the groups\' rows, not the crops\' (which would count twice).' }),
    sum({ id: 't-total-sown', quote: ['| Tổng cộng | 520,0 | 370,9 | 71,3 |'], parts: ['251,7', '119,2'], total: '370,9', kind: 'cross_total' }),
    repeat({ id: 'winter-sown-tables', quote: ['đã gieo trồng 370,9 ha cây vụ Đông', '| Tổng cộng | 520,0 | 370,9 | 71,3 |', '| Toàn xã | 1.236,5 | 58,6 | 7.249,6 | 370,9 |', 'Vụ Đông đã gieo trồng 370,9 ha, cơ bản đúng lịch'], values: ['370,9', '370,9', '370,9', '370,9'], note: 'the text, the crop table, the thôn table and the summary.' }),
    atLeast({ id: 'silage', quote: ['ngô sinh khối làm thức ăn chăn nuôi là 52,0 ha', '| - Ngô | 160,0 | 148,5 | 92,8 |'], big: '148,5', small: '52,0', note: 'a subset of the maize sown.' }),
    product({ id: 'potato-sao', quote: ['(khoảng 22,4 ha)', 'mới trồng được 622 sào', '(1 sào = 360 m², 1 mẫu = 10 sào)'], x: '622', y: '360', factor: '0,0001', stated: '22,4', kind: 'unit', trap: 'sào in ha (22,392), agreeing with the table.' }),
    share({ id: 'two-thon-share', quote: ['cộng lại chiếm 34,1% diện tích đã gieo trồng', '| Phú Hậu | 212,3 | 61,2 | 1.299,3 | 64,8 |', '| Tân Hưng | 183,7 | 58,9 | 1.082,0 | 61,5 |', '| Toàn xã | 1.236,5 | 58,6 | 7.249,6 | 370,9 |'], x: '64,8 + 61,5', y: '370,9', stated: '34,1%', note: 'the parts and the base are only in the thôn table.' }),
    // II.3 support
    product({ id: 'potato-support', quote: ['kinh phí tối đa 0,95 tỷ đồng cho toàn bộ diện tích khoai tây kế hoạch', 'mức tối đa 10 triệu đồng/ha', '| - Khoai tây | 95,0 | 22,4 | 23,6 |'], x: '95,0', y: '10', factor: '0,001', stated: '0,95', trap: 'a maximum: ha × the cap per ha, in tỷ; "50%" is a rate of the seed price, not a share.' }),
    product({ id: 'two-rice-support', quote: ['dự kiến 0,64 tỷ đồng', 'hỗ trợ 3 triệu đồng/ha cây vụ Đông trên đất hai lúa', 'trong đó 214,6 ha là cây vụ Đông trên đất hai lúa'], x: '214,6', y: '3', factor: '0,001', stated: '0,64', note: 'ha × rate in tỷ (0,6438).' }),
    // III.1 summary
    repeat({ id: 'sum-area', quote: ['toàn xã gieo cấy 1.236,5 ha, bằng 98,9% kế hoạch', 'Diện tích lúa Mùa gieo cấy toàn xã là 1.236,5 ha, bằng 98,9% kế hoạch'], values: ['98,9%', '98,9%'], note: 'the area and its percent restated together.' }),
    change({ id: 'sum-yield-change', quote: ['tăng 4,2% so với vụ Mùa năm 2025; sản lượng', 'Năng suất bình quân đạt 58,6 tạ/ha', 'vụ Mùa năm 2025 (57,2 tạ/ha)'], x: '58,6', base: '57,2', stated: '4,2%', direction: 'tăng', mistake: 'planted', original: 'tăng 2,4% so với vụ Mùa năm 2025', note: 'Class 2: a percent only in the summary whose figures are in I.6 (which gives the change in tạ/ha); 58,6 against 57,2 is 2,448% → 2,4%, written with digits swapped.' }),
    repeat({ id: 'sum-output', quote: ['sản lượng ước 7,41 nghìn tấn', 'Sản lượng thóc đạt 7.249,6 tấn'], values: ['7.249,6 tấn', '7,41 nghìn tấn'], kind: 'unit', mistake: 'planted', original: 'sản lượng ước 7,25 nghìn tấn', note: 'Class 5: the summary restates the output in nghìn tấn from the plan\'s 7.412,5 tấn (footnote 1) instead of the 7.249,6 tấn harvested (7,25).' }),
    repeat({ id: 'sum-yield', quote: ['năng suất bình quân 58,6 tạ/ha, tăng 4,2%', 'Năng suất bình quân đạt 58,6 tạ/ha'], values: ['58,6', '58,6'] }),
    repeat({ id: 'sum-quality-share', quote: ['Lúa chất lượng cao chiếm 24,9% diện tích', '308,0 ha (24,9%)'], values: ['24,9%', '24,9%'] }),
    repeat({ id: 'sum-support', quote: ['theo nghiệm thu 1,31 tỷ đồng', 'tổng kinh phí hỗ trợ vụ Mùa là 1,312 tỷ đồng'], values: ['1,312 tỷ đồng', '1,31 tỷ đồng'], kind: 'unit', trap: 'the support restated with fewer decimals, agreeing.' }),
    repeat({ id: 'sum-grain', quote: ['cả năm đạt 16,27 nghìn tấn', 'là 16.271,9 tấn'], values: ['16.271,9 tấn', '16,27 nghìn tấn'], kind: 'unit', trap: 'the year\'s grain restated in nghìn tấn, agreeing.' }),
    // III.2 weaknesses
    atLeast({ id: 'weak-avian-flu', quote: ['chưa đạt chỉ tiêu tối thiểu 80%', 'Tiêm phòng cúm gia cầm mới đạt 76,1%'], big: '80%', small: '76,1%', trap: 'a rate below its minimum, rightly called short (not a gap of 3,9%).' }),
    repeat({ id: 'weak-avian-flu-rate', quote: ['Tiêm phòng cúm gia cầm mới đạt 76,1%', 'cúm gia cầm cho 142.000 con (76,1%)'], values: ['76,1%', '76,1%'] }),
    repeat({ id: 'task-due', quote: ['Hoàn thành cấp 164 triệu đồng kinh phí', 'còn 164 triệu đồng đang hoàn thiện hồ sơ'], values: ['164', '164'] }),
    // IV tasks
    difference({ id: 'task-winter-left', quote: ['Gieo trồng hết 149,1 ha cây vụ Đông còn lại', '| Tổng cộng | 520,0 | 370,9 | 71,3 |'], a: '520,0', b: '370,9', stated: '149,1', note: 'a remainder of the plan, beside a deadline.' }),
    atLeast({ id: 'task-winter-potato', quote: ['trong đó khoai tây 72,6 ha', 'Gieo trồng hết 149,1 ha cây vụ Đông còn lại'], big: '149,1', small: '72,6', note: 'a "trong đó" subset of the remainder.' }),
    difference({ id: 'task-potato-left', quote: ['trong đó khoai tây 72,6 ha', '| - Khoai tây | 95,0 | 22,4 | 23,6 |'], a: '95,0', b: '22,4', stated: '72,6' }),
    product({ id: 'task-flu-target', quote: ['(149.200 con)', 'để đạt 80% tổng đàn', 'đàn gia cầm 186.500 con'], x: '186.500', y: '80', factor: '0,01', stated: '149.200', note: '80% of the flock as a product.' }),
    difference({ id: 'task-flu-more', quote: ['tối thiểu 7.200 con gia cầm', '(149.200 con)', 'cúm gia cầm cho 142.000 con'], a: '149.200', b: '142.000', stated: '7.200', trap: 'a minimum that is the remainder to the target.' }),
    ratio({ id: 'task-spring-quality', quote: ['lúa chất lượng cao 420 ha (33,2%)', 'với 1.265 ha lúa'], x: '420', y: '1.265', stated: '33,2%' }),
    product({ id: 'task-spring-output', quote: ['sản lượng 8.349 tấn', 'phấn đấu năng suất 66,0 tạ/ha', 'với 1.265 ha lúa'], x: '1.265', y: '66,0', factor: '0,1', stated: '8.349', note: 'a target as area × yield.' }),
    contradiction({ id: 'task-thresholds', quote: ['tỷ lệ cấy máy đạt từ 60% trở lên', 'trước ngày 25/11/2026', 'trước ngày 15/11/2026'], stated: '60%', expected: 'a target and deadlines', consistent: true, reason: 'A minimum rate for the next crop and two deadlines.', trap: 'a target percent with no X/Y, and dates.' }),
  ],
});
