// Written for the corpus, blind: Ủy ban nhân dân xã Yên Thành Nam (tỉnh Nghệ An after the 2025 merger; the commune,
// its six thôn, three cooperatives and its people are invented), drafted by the commune's agriculture officer in the
// Phòng Kinh tế, to the Trạm Trồng trọt và Bảo vệ thực vật khu vực Yên Thành: the report on pests and diseases of the
// Hè Thu rice crop 2026, their control and the crop's result, with the plan for the vụ Đông 2026 - 2027 (dated
// 24/9/2026), in parts I - VI. Training: classes, attendance per class, a women's share in parentheses, a field
// school outside the count. Surveillance: two light traps and twelve fixed points (2 rounds a week × 14 weeks), a
// trap's peak catch with its date, points above the threshold as an X/Y written whole. Area against the plan in
// parentheses and against last year (difference, percent, its two parts after "gồm"); variety groups with shares
// in parentheses (adding to 100%) and their varieties after "gồm"; bare shares of the sowing windows; machine
// transplanting in sào Trung Bộ (500 m², footnote 3) as a percent of the area in ha. Pests one by one: brown
// planthopper against last year, densities in con/khóm converted to con/m² (25 khóm/m²), a threshold in footnote 2
// in both units, the heavy share of the infested area (base in the sentence before), treated X (percent), a second
// round after "trong đó" making the ha lượt, the untreated remainder, a "none" of hopper burn; leaf-folder treated
// share and remainder; leaf blast 100% of X/X × 2 rounds; neck blast prevention area after "gồm" (larger than the
// infested area, footnote 4) × 2 rounds; sheath blight against last year; rats as a share of the area, a rate in
// percentage points, two campaigns after "gồm" and the year's lũy kế from footnote 5; a "none" of black-streaked
// dwarf beside a stem-borer count. A pest table (column totals, rows restating the text), the infested total as a
// share (ha lượt) and sprays per ha. Pesticides: litres after "gồm", litres per ha, a "trong đó" of granules, bait
// kg × price; cost per ha and per ha lượt, insecticide litres × price and its share of a total in tỷ, the commune's
// support rate × ha, its share and the farmers' remainder across scales, the commune's spending after "gồm" (a
// reward per rat), against its estimate and the unused remainder; a "none" of poisoning. Losses after "gồm" in ha
// and tấn, lost tonnage as area × average yield, its share of the output, its value at the price of footnote 6.
// Yield and output: tạ/ha → kg/sào (a half-up at exactly 290,5), against last year and the plan (footnote 1, itself
// area × yield), last year's output as its area × yield, value in tỷ; a thôn table (area × yield = output on each
// row, column totals, the average yield as the table's quotient) and text restating it. A summary restating
// figures (in tỷ and nghìn tấn). Vụ Đông: crop shares, a "trong đó" of two-rice land, a crop table against last
// year (a half-up at exactly 108,25), maize output and total value as products, progress against the plan with the
// week's lũy kế from footnote 7 and the remainder; tasks with dates, attendance per class and targets.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the brown planthopper's heavy 34,2 ha written as 19,8%
// of the infested area, the 186,5 ha of the sentence before (18,3%; 19,8% divides by the 172,8 ha treated); the
// 6.120 sào machine-transplanted written 29,1% of the area sown (6.120 × 500 m² = 306 ha, 29,87% of 1.024,6 ha →
// 29,9%; 29,1% divides by the plan's 1.050 ha). Class 2: the summary's yield increase 1,5% for 58,1 against
// 55,3 tạ/ha of IV.2 (5,06% → 5,1%, digits swapped). Class 3: bare shares of the sowing windows 22,6 + 65,8 + 12,6 =
// 101,0% (trà muộn 11,6% written 12,6%). Class 4: liquid pesticides 412 + 268 + 354 + 225 = 1.259 against 1.286 lít
// (252 written 225). Class 5 ×2: Yên Lạc's heavy area in the text 28,6 ha against the table's 26,8; the summary's
// 1.330 ha lượt treated against the 1.303,0 of the pest table. Class 6: footnote 5's 31.420 rats + 17.830 this crop
// = 49.250, not the lũy kế 49.520 (digits swapped). Class 7: 8/12 points written 66% (66,67% → 67%). Class 8: "không
// có diện tích lúa bị cháy rầy" in III.1a against the 1,5 ha burnt by planthoppers in IV.1. Traps (32): document
// numbers and dates, dates and ranges (temperatures, densities, disease rates, loss bands), variety names with
// numbers; a percent in parentheses with its base earlier; a field school outside the attendance; a light trap's
// catch with its date; con/khóm ↔ con/m² (twice) and a threshold in footnote 2; a prevention area larger than the
// infested one; 100% of X/X; percentage points; "none" statements with nothing against them (poisoning) or beside a
// count of another kind (stem borer); shares and a remainder across triệu and tỷ; a reward per rat as a product;
// lost tonnage from the average yield of a later paragraph; tạ/ha → kg/sào half-up at ,5; a plan only in footnote 1
// (yield shortfall, output percent); last year's output as its own area × yield; the table's weighted yield;
// restatements in tỷ and nghìn tấn that agree; a half-up at exactly 108,25; a "trong đó" of two-rice land; the
// cooperative count written 03 and 3; targets and deadlines.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-yen-thanh-nam-sau-benh-lua-he-thu-2026.md',
  prefix: 'ytn',
  claims: [
    // Header
    contradiction({ id: 'documents', quote: ['Số: 236/BC-UBND', 'Công văn số 415/TTBVTV-KVYT ngày 08/9/2026', 'Kế hoạch số 52/KH-UBND ngày 20/4/2026'], stated: '236', expected: 'documents', consistent: true, reason: 'The report\'s number and the documents it answers and rests on.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'footnote-documents', quote: ['Báo cáo số 98/BC-UBND ngày 02/6/2026', 'Báo cáo nhanh số 229/BC-UBND ngày 16/9/2026', 'từ ngày 25/8 đến ngày 20/9/2026'], stated: '98', expected: 'documents and dates', consistent: true, reason: 'Earlier reports cited in footnotes 5 and 7, and the harvest window of footnote 6.', trap: 'numbers in documents\' names and dates in footnotes.' }),
    repeat({ id: 'coops', quote: ['06 thôn và 03 hợp tác xã dịch vụ nông nghiệp', 'Theo tổng hợp của 3 hợp tác xã'], values: ['03', '3'], trap: 'a count written with a leading zero and without.' }),
    contradiction({ id: 'dates-names', quote: ['lên tới 39 - 40°C', 'trước ngày 25/5', 'Khang dân 18 là 286,5 ha', 'chủ yếu Nhị ưu 986, TH3-3', 'Hương Thơm số 1 là 112,6 ha', 'Lứa 4 - 5 phát sinh', 'từ ngày 14/7 đến ngày 20/7/2026 rầy cám lứa 4 nở rộ', 'Đến ngày 20/9/2026'], stated: '39 - 40', expected: 'ranges, dates and names', consistent: true, reason: 'A temperature range, dates, rice varieties named with numbers and planthopper generations.', trap: 'numbers in dates, ranges and variety names.' }),
    // I.2 training
    quotient({ id: 'per-class', quote: ['bình quân 76 người/lớp', 'mở 9 lớp tập huấn quản lý dịch hại tổng hợp (IPHM) cho 684 lượt nông dân'], x: '684', y: '9', stated: '76', note: 'attendance per class.' }),
    ratio({ id: 'women', quote: ['nữ chiếm 419 lượt (61,3%)', 'cho 684 lượt nông dân'], x: '419', y: '684', stated: '61,3%', trap: 'a percent in parentheses whose base is earlier in the sentence.' }),
    contradiction({ id: 'ffs', quote: ['01 lớp học hiện trường (FFS) với 30 học viên', 'Ngoài các lớp trên'], stated: '30', expected: 'outside the 684', consistent: true, reason: 'The field school is "ngoài các lớp trên": its 30 learners are not part of the 684 trained nor of the 9 classes.', trap: 'a count of another kind beside a total.' }),
    // I.3 surveillance
    product({ id: 'survey-rounds', quote: ['tổng cộng 28 kỳ điều tra', '2 kỳ/tuần trong 14 tuần'], x: '2', y: '14', stated: '28', note: 'rounds per week × weeks.' }),
    contradiction({ id: 'light-peak', quote: ['đêm 12/7/2026 với khoảng 21.400 con/bẫy'], stated: '21.400', expected: 'a catch per trap', consistent: true, reason: 'One trap\'s peak catch on one night, with its date.', trap: 'a per-trap count next to a date.' }),
    ratio({ id: 'points-above', quote: ['(66%)', 'có 8/12 điểm điều tra'], x: '8', y: '12', stated: '66%', mistake: 'planted', original: 'có 8/12 điểm điều tra (67%)', note: 'Class 7: 8/12 = 66,67%, which is 67% written whole; 66% truncates.' }),
    repeat({ id: 'traps-count', quote: ['Xã duy trì 02 bẫy đèn', 'với 02 bẫy đèn và 12 điểm điều tra', 'Duy trì 02 bẫy đèn và 12 điểm điều tra'], values: ['02', '02', '02'] }),
    // II area and varieties
    ratio({ id: 'area-plan', quote: ['đạt 97,6% kế hoạch (1.050 ha)', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '1.024,6', y: '1.050', stated: '97,6%' }),
    difference({ id: 'area-drop', quote: ['diện tích giảm 16,6 ha', 'So với vụ Hè Thu năm 2025 (1.041,2 ha)', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], a: '1.041,2', b: '1.024,6', stated: '16,6' }),
    change({ id: 'area-drop-pct', quote: ['tương ứng giảm 1,6%', 'So với vụ Hè Thu năm 2025 (1.041,2 ha)', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '1.024,6', base: '1.041,2', stated: '1,6%', direction: 'giảm' }),
    sum({ id: 'area-drop-parts', quote: ['diện tích giảm 16,6 ha', 'phần giảm gồm 10,2 ha chuyển sang trồng ngô, vừng', 'và 6,4 ha bỏ trống do thiếu nước tưới'], parts: ['10,2', '6,4'], total: '16,6' }),
    sum({ id: 'groups', quote: ['Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu', 'Lúa thuần năng suất 624,8 ha (61,0%)', 'Lúa lai 218,5 ha (21,3%)', 'Lúa chất lượng cao 181,3 ha (17,7%)'], parts: ['624,8', '218,5', '181,3'], total: '1.024,6', note: 'the total opens the section, the parts are the bullets.' }),
    share({ id: 'share-pure', quote: ['624,8 ha (61,0%)', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '624,8', y: '1.024,6', stated: '61,0%' }),
    share({ id: 'share-hybrid', quote: ['218,5 ha (21,3%)', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '218,5', y: '1.024,6', stated: '21,3%' }),
    share({ id: 'share-quality', quote: ['181,3 ha (17,7%)', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '181,3', y: '1.024,6', stated: '17,7%' }),
    sum({ id: 'group-shares', quote: ['624,8 ha (61,0%)', '218,5 ha (21,3%)', '181,3 ha (17,7%)'], parts: ['61,0%', '21,3%', '17,7%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    sum({ id: 'pure-varieties', quote: ['Lúa thuần năng suất 624,8 ha (61,0%)', 'gồm Khang dân 18 là 286,5 ha, Thiên ưu 8 là 204,7 ha, BC15 là 133,6 ha'], parts: ['286,5', '204,7', '133,6'], total: '624,8' }),
    sum({ id: 'quality-varieties', quote: ['Lúa chất lượng cao 181,3 ha (17,7%)', 'gồm Hương Thơm số 1 là 112,6 ha và JO2 là 68,7 ha'], parts: ['112,6', '68,7'], total: '181,3' }),
    sum({ id: 'sowing-windows', quote: ['trà sớm (gieo cấy trước ngày 25/5) chiếm 22,6% diện tích, trà chính 65,8%, trà muộn 12,6%'], parts: ['22,6%', '65,8%', '12,6%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'trà muộn 11,6%', note: 'Class 3: the three sowing windows\' shares add to 101,0%; the late window\'s 11,6% is written 12,6%.' }),
    quotient({ id: 'machine-transplant', quote: ['bằng 29,1% diện tích gieo cấy', 'Diện tích cấy bằng máy đạt 6.120 sào', '1 sào Trung Bộ bằng 500 m²', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '6.120', y: '1.024,6', factor: '5', stated: '29,1%', kind: 'ratio_percent', mistake: 'planted', original: 'bằng 29,9% diện tích gieo cấy', note: 'Class 1: the part is in sào (footnote 3: 500 m²), the base in ha at the top of the section; 6.120 sào = 306 ha, 29,87% of 1.024,6 ha (→ 29,9%); 29,1% divides by the plan\'s 1.050 ha.' }),
    // III.1a planthoppers
    change({ id: 'hopper-change', quote: ['tăng 41,2% so với vụ Hè Thu năm 2025 (132,1 ha)', 'phát sinh gây hại trên diện tích 186,5 ha'], x: '186,5', base: '132,1', stated: '41,2%', direction: 'tăng' }),
    product({ id: 'density-low', quote: ['tương đương 1.000 - 2.000 con/m²', 'mật độ phổ biến 40 - 80 con/khóm', 'mật độ cấy bình quân 25 khóm/m²'], x: '40', y: '25', stated: '1.000', kind: 'unit', trap: 'a density in con/khóm converted to con/m² (× 25 khóm/m²), a range.' }),
    product({ id: 'density-high', quote: ['(5.000 - 6.000 con/m²)', 'nơi cao 200 - 240 con/khóm', 'mật độ cấy bình quân 25 khóm/m²'], x: '240', y: '25', stated: '6.000', kind: 'unit', trap: 'the upper end of a range converted, not a ratio.' }),
    product({ id: 'threshold', quote: ['từ 3.000 con/m² (khoảng 120 con/khóm)', 'mật độ cấy bình quân 25 khóm/m²'], x: '120', y: '25', stated: '3.000', kind: 'unit', trap: 'a threshold in footnote 2 given in two units; the density per m² of planting is in the body.' }),
    share({ id: 'hopper-heavy', quote: ['chiếm 19,8% diện tích nhiễm', 'Diện tích nhiễm nặng 34,2 ha', 'phát sinh gây hại trên diện tích 186,5 ha'], x: '34,2', y: '186,5', stated: '19,8%', mistake: 'planted', original: 'chiếm 18,3% diện tích nhiễm', note: 'Class 1: the base is the infested 186,5 ha two sentences before; 34,2/186,5 = 18,34% → 18,3%; 19,8% divides by the 172,8 ha treated.' }),
    ratio({ id: 'hopper-treated', quote: ['phun trừ 172,8 ha (92,7%)', 'phát sinh gây hại trên diện tích 186,5 ha'], x: '172,8', y: '186,5', stated: '92,7%' }),
    sum({ id: 'hopper-rounds', quote: ['tổng cộng 248,6 ha lượt', 'phun trừ 172,8 ha (92,7%)', 'trong đó phun lần 2 trên 75,8 ha'], parts: ['172,8', '75,8'], total: '248,6', note: 'ha lượt: the first round plus the second, the "trong đó" is the repeat round.' }),
    difference({ id: 'hopper-untreated', quote: ['13,7 ha còn lại mật độ dưới ngưỡng', 'phát sinh gây hại trên diện tích 186,5 ha', 'phun trừ 172,8 ha (92,7%)'], a: '186,5', b: '172,8', stated: '13,7' }),
    contradiction({ id: 'no-hopper-burn', quote: ['trên địa bàn không có diện tích lúa bị cháy rầy', '1,5 ha bị rầy nâu gây cháy chòm, cháy ổ tại thôn Hậu Thành'], stated: 'không có diện tích lúa bị cháy rầy', expected: '1,5 ha cháy rầy (IV.1)', consistent: false, reason: 'III.1a says no rice was burnt by planthoppers; IV.1 counts 1,5 ha lost to hopper burn in Hậu Thành.', mistake: 'planted', original: 'chỉ có 1,5 ha bị cháy chòm cục bộ tại thôn Hậu Thành', note: 'Class 8: a "không có" statement contradicted by a count elsewhere.' }),
    // III.1b leaf-folder
    ratio({ id: 'folder-treated', quote: ['đạt 90,0% diện tích nhiễm', 'Đã phun trừ 1 lần trên 128,4 ha', 'Lứa 4 gây hại 142,6 ha'], x: '128,4', y: '142,6', stated: '90,0%' }),
    difference({ id: 'folder-untreated', quote: ['14,2 ha có mật độ thấp', 'Lứa 4 gây hại 142,6 ha', 'trên 128,4 ha'], a: '142,6', b: '128,4', stated: '14,2' }),
    contradiction({ id: 'folder-density', quote: ['mật độ phổ biến 15 - 30 con/m², nơi cao 60 - 80 con/m²', 'sâu cuốn lá nhỏ 50 con/m² ở giai đoạn đẻ nhánh và 20 con/m² ở giai đoạn đòng - trỗ'], stated: '15 - 30', expected: 'ranges and thresholds', consistent: true, reason: 'Density ranges beside the thresholds of footnote 2.', trap: 'ranges and thresholds, not relations.' }),
    // III.1c blast
    ratio({ id: 'leaf-blast-all', quote: ['58,3/58,3 ha (100%)'], x: '58,3', y: '58,3', stated: '100%', trap: '"100%" of X/X.' }),
    product({ id: 'leaf-blast-rounds', quote: ['tổng 116,6 ha lượt', 'đã phun trừ 2 lần trên toàn bộ 58,3/58,3 ha'], x: '58,3', y: '2', stated: '116,6', note: 'area × rounds.' }),
    sum({ id: 'neck-prevent-parts', quote: ['trên 305,4 ha, gồm toàn bộ 181,3 ha lúa chất lượng cao và 124,1 ha lúa thuần'], parts: ['181,3', '124,1'], total: '305,4' }),
    product({ id: 'neck-rounds', quote: ['tổng 610,8 ha lượt', 'phun phòng 2 lần', 'trên 305,4 ha, gồm'], x: '305,4', y: '2', stated: '610,8', note: 'area × rounds.' }),
    atLeast({ id: 'neck-prevent-over', quote: ['| Bệnh đạo ôn cổ bông | 41,7 | 9,6 | 305,4 | 2 | 610,8 |', 'Diện tích phun phòng đạo ôn cổ bông lớn hơn diện tích nhiễm'], big: '305,4', small: '41,7', trap: 'a prevention area larger than the infested area (footnote 4), not a treated share above 100%.' }),
    repeat({ id: 'quality-area', quote: ['gồm toàn bộ 181,3 ha lúa chất lượng cao', 'Lúa chất lượng cao 181,3 ha (17,7%)'], values: ['181,3', '181,3'] }),
    // III.1d sheath blight
    change({ id: 'blight-change', quote: ['giảm 8,6% so với vụ Hè Thu năm 2025 (235,0 ha)', 'Gây hại 214,8 ha'], x: '214,8', base: '235,0', stated: '8,6%', direction: 'giảm' }),
    // III.1e rats
    share({ id: 'rat-share', quote: ['bằng 4,5% diện tích gieo cấy', 'Diện tích bị hại 46,2 ha', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '46,2', y: '1.024,6', stated: '4,5%' }),
    difference({ id: 'rat-rate-pp', quote: ['thấp hơn 1,4 điểm phần trăm so với vụ Hè Thu năm 2025 (5,2%)', 'tỷ lệ hại bình quân 3,8%'], a: '5,2', b: '3,8', stated: '1,4', trap: 'a change in percentage points, not relative (26,9%).' }),
    sum({ id: 'rat-campaigns', quote: ['diệt được 17.830 con, gồm đợt 1', '9.640 con và đợt 2', '8.190 con'], parts: ['9.640', '8.190'], total: '17.830', note: 'parts separated by the campaigns\' dates in parentheses.' }),
    cumulative({ id: 'rat-year', quote: ['toàn xã đã diệt 49.520 con chuột', 'vụ Xuân năm 2026 toàn xã diệt được 31.420 con chuột', 'diệt được 17.830 con'], previous: '31.420', period: '17.830', stated: '49.520', mistake: 'planted', original: 'toàn xã đã diệt 49.250 con chuột', note: 'Class 6: footnote 5\'s spring 31.420 + this crop\'s 17.830 = 49.250; the lũy kế is written 49.520 with digits swapped.' }),
    contradiction({ id: 'no-dwarf', quote: ['trong vụ không phát hiện bệnh lùn sọc đen phương Nam', 'sâu đục thân hai chấm gây bông bạc rải rác trên 8,5 ha'], stated: 'không phát hiện', expected: 'another kind', consistent: true, reason: 'Stem borer on 8,5 ha is not black-streaked dwarf virus.', trap: 'a "none" beside a count of another kind.' }),
    // III.2 pest table
    sum({ id: 'tbl-infested', quote: ['| Cộng | 690,1 | 100,1 | 863,5 | - | 1.303,0 |'], parts: ['186,5', '142,6', '58,3', '41,7', '214,8', '46,2'], total: '690,1', kind: 'cross_total' }),
    sum({ id: 'tbl-heavy', quote: ['| Cộng | 690,1 | 100,1 | 863,5 | - | 1.303,0 |'], parts: ['34,2', '18,5', '6,4', '9,6', '26,3', '5,1'], total: '100,1', kind: 'cross_total' }),
    sum({ id: 'tbl-treated', quote: ['| Cộng | 690,1 | 100,1 | 863,5 | - | 1.303,0 |'], parts: ['172,8', '128,4', '58,3', '305,4', '198,6'], total: '863,5', kind: 'cross_total' }),
    sum({ id: 'tbl-rounds', quote: ['| Cộng | 690,1 | 100,1 | 863,5 | - | 1.303,0 |'], parts: ['248,6', '128,4', '116,6', '610,8', '198,6'], total: '1.303,0', kind: 'cross_total' }),
    repeat({ id: 'tbl-hopper', quote: ['| Rầy nâu, rầy lưng trắng | 186,5 | 34,2 | 172,8 | 1 - 2 | 248,6 |', 'tổng cộng 248,6 ha lượt'], values: ['248,6', '248,6'], note: 'the table restates the text\'s ha lượt.' }),
    share({ id: 'infested-share', quote: ['bằng 67,4% diện tích gieo cấy', 'Tổng diện tích nhiễm sâu bệnh cả vụ là 690,1 ha lượt', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '690,1', y: '1.024,6', stated: '67,4%', note: 'ha lượt against the area sown.' }),
    quotient({ id: 'sprays-per-ha', quote: ['mỗi ha lúa được phun 1,27 lượt thuốc', '| Cộng | 690,1 | 100,1 | 863,5 | - | 1.303,0 |', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '1.303,0', y: '1.024,6', stated: '1,27', note: 'the table\'s ha lượt over the area sown.' }),
    // III.3 pesticides and money
    sum({ id: 'liquids', quote: ['lượng thuốc dạng nước sử dụng trong vụ là 1.286 lít', 'gồm thuốc trừ rầy 412 lít, thuốc trừ sâu cuốn lá 268 lít, thuốc trừ đạo ôn 354 lít và thuốc trừ khô vằn 225 lít'], parts: ['412', '268', '354', '225'], total: '1.286', mistake: 'planted', original: 'thuốc trừ khô vằn 252 lít', note: 'Class 4: the four kinds after "gồm" add to 1.259 lít against 1.286 (which the litres per ha rely on); 252 is written 225.' }),
    quotient({ id: 'litres-per-ha', quote: ['bình quân 1,26 lít/ha gieo cấy', 'sử dụng trong vụ là 1.286 lít', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '1.286', y: '1.024,6', stated: '1,26' }),
    atLeast({ id: 'granules', quote: ['trong đó thuốc trừ rầy dạng hạt 146 kg', 'Thuốc dạng bột, hạt 318 kg'], big: '318', small: '146', note: 'a "trong đó" subset in kg.' }),
    product({ id: 'bait-cost', quote: ['mua bả chuột sinh học 10,2 triệu đồng', '85 kg bả diệt chuột sinh học (đơn giá 120 nghìn đồng/kg)'], x: '85', y: '120', factor: '0,001', stated: '10,2', note: 'kg × nghìn/kg, in triệu; the price two paragraphs before.' }),
    quotient({ id: 'cost-per-ha', quote: ['bình quân 1,39 triệu đồng/ha gieo cấy', 'cả vụ ước 1,428 tỷ đồng', 'Toàn xã gieo cấy 1.024,6 ha lúa Hè Thu'], x: '1,428', y: '1.024,6', factor: '1000', stated: '1,39', note: 'tỷ over ha, in triệu/ha.' }),
    quotient({ id: 'cost-per-round', quote: ['khoảng 1.096 nghìn đồng cho mỗi ha lượt phun', 'cả vụ ước 1,428 tỷ đồng', '| Cộng | 690,1 | 100,1 | 863,5 | - | 1.303,0 |'], x: '1,428', y: '1.303,0', factor: '1000000', stated: '1.096', note: 'tỷ over ha lượt, in nghìn; the ha lượt only in the table.' }),
    product({ id: 'insecticide-cost', quote: ['thành tiền 158,62 triệu đồng', 'giá bình quân 385 nghìn đồng/lít', 'thuốc trừ rầy 412 lít'], x: '412', y: '385', factor: '0,001', stated: '158,62', note: 'litres × nghìn/lít, in triệu.' }),
    ratio({ id: 'insecticide-share', quote: ['chiếm 11,1% tổng chi phí thuốc', 'thành tiền 158,62 triệu đồng', 'cả vụ ước 1,428 tỷ đồng'], x: '158,62 triệu đồng', y: '1,428 tỷ đồng', stated: '11,1%', trap: 'a share in triệu of a total in tỷ.' }),
    product({ id: 'support-amount', quote: ['thành tiền 42,75 triệu đồng', 'cho 34,2 ha nhiễm nặng với mức 1,25 triệu đồng/ha'], x: '34,2', y: '1,25', stated: '42,75', note: 'ha × rate.' }),
    repeat({ id: 'support-ha', quote: ['cho 34,2 ha nhiễm nặng', 'Diện tích nhiễm nặng 34,2 ha'], values: ['34,2', '34,2'] }),
    ratio({ id: 'support-share', quote: ['bằng 3,0% tổng chi phí thuốc cả vụ', 'thành tiền 42,75 triệu đồng', 'cả vụ ước 1,428 tỷ đồng'], x: '42,75 triệu đồng', y: '1,428 tỷ đồng', stated: '3,0%', trap: 'a share across scales (2,994%), the base a paragraph before.' }),
    difference({ id: 'farmers-pay', quote: ['phần còn lại 1.385,25 triệu đồng do các hộ tự chi trả', 'cả vụ ước 1,428 tỷ đồng', 'thành tiền 42,75 triệu đồng'], a: '1,428 tỷ đồng', b: '42,75 triệu đồng', stated: '1.385,25 triệu đồng', trap: 'a remainder in triệu of a total in tỷ.' }),
    sum({ id: 'budget-parts', quote: ['công tác bảo vệ thực vật vụ Hè Thu là 96,41 triệu đồng', 'hỗ trợ thuốc trừ rầy 42,75 triệu đồng; thưởng diệt chuột 35,66 triệu đồng', 'mua bả chuột sinh học 10,2 triệu đồng; tổ chức tập huấn 7,8 triệu đồng'], parts: ['42,75', '35,66', '10,2', '7,8'], total: '96,41' }),
    product({ id: 'rat-reward', quote: ['thưởng diệt chuột 35,66 triệu đồng (mức 2.000 đồng/con cho 17.830 con)'], x: '17.830', y: '2.000', factor: '0,000001', stated: '35,66', trap: 'a rate per rat × rats, in triệu; the parentheses are not parts.' }),
    ratio({ id: 'budget-estimate', quote: ['Số chi đạt 80,3% dự toán được giao (120 triệu đồng)', 'vụ Hè Thu là 96,41 triệu đồng'], x: '96,41', y: '120', stated: '80,3%' }),
    difference({ id: 'budget-left', quote: ['23,59 triệu đồng chưa sử dụng', 'dự toán được giao (120 triệu đồng)', 'vụ Hè Thu là 96,41 triệu đồng'], a: '120', b: '96,41', stated: '23,59' }),
    contradiction({ id: 'no-poisoning', quote: ['Trong vụ không xảy ra trường hợp ngộ độc thuốc bảo vệ thực vật'], stated: 'không xảy ra', expected: 'none', consistent: true, reason: 'Nothing in the report counts poisoning cases; the 386 kg and 64 tanks are packaging.', trap: 'a "none" with nothing against it, beside counts of packaging.' }),
    // IV.1 losses
    sum({ id: 'lost-ha', quote: ['là 4,3 ha, gồm 2,8 ha bị đạo ôn cổ bông', 'và 1,5 ha bị rầy nâu gây cháy chòm'], parts: ['2,8', '1,5'], total: '4,3' }),
    sum({ id: 'lost-tonnes', quote: ['ước 68,5 tấn, gồm 25,0 tấn trên diện tích mất trắng', 'và 43,5 tấn trên diện tích giảm năng suất'], parts: ['25,0', '43,5'], total: '68,5' }),
    product({ id: 'lost-whole', quote: ['gồm 25,0 tấn trên diện tích mất trắng (tính theo năng suất bình quân toàn xã)', 'là 4,3 ha, gồm', 'đạt 58,1 tạ/ha, tương đương'], x: '4,3', y: '58,1', factor: '0,1', stated: '25,0', trap: 'area × the average yield given in the next section (24,983), not a sum.' }),
    ratio({ id: 'lost-share', quote: ['bằng khoảng 1,2% sản lượng thu hoạch', 'ước 68,5 tấn', 'Sản lượng thóc đạt 5.953,4 tấn'], x: '68,5', y: '5.953,4', stated: '1,2%', note: 'the output is in the next section.' }),
    product({ id: 'lost-value', quote: ['giá trị thiệt hại khoảng 520,6 triệu đồng', 'với giá thóc tươi bình quân 7.600 đồng/kg', 'ước 68,5 tấn'], x: '68,5', y: '7.600', factor: '0,001', stated: '520,6', note: 'tấn × đồng/kg, in triệu.' }),
    contradiction({ id: 'loss-bands', quote: ['(giảm trên 70% năng suất)', 'giảm năng suất từ 10 - 30%'], stated: '70%', expected: 'loss bands', consistent: true, reason: 'Definitions of loss bands, not shares of a whole.', trap: 'a threshold and a range of percents.' }),
    // IV.2 yield and output
    product({ id: 'yield-kg-sao', quote: ['tương đương 291 kg/sào', 'đạt 58,1 tạ/ha', '1 sào Trung Bộ bằng 500 m²'], x: '58,1', y: '500', factor: '0,01', stated: '291', kind: 'unit', trap: 'tạ/ha in kg per sào Trung Bộ: exactly 290,5, half-up to 291 (truncation gives 290).' }),
    difference({ id: 'yield-vs-2025', quote: ['tăng 2,8 tạ/ha', 'so với vụ Hè Thu năm 2025 (55,3 tạ/ha)', 'đạt 58,1 tạ/ha'], a: '58,1', b: '55,3', stated: '2,8' }),
    difference({ id: 'yield-vs-plan', quote: ['thấp hơn kế hoạch 0,4 tạ/ha', 'năng suất 58,5 tạ/ha', 'đạt 58,1 tạ/ha'], a: '58,5', b: '58,1', stated: '0,4', trap: 'a shortfall whose plan is only in footnote 1.' }),
    ratio({ id: 'output-plan', quote: ['bằng 96,9% kế hoạch', 'Sản lượng thóc đạt 5.953,4 tấn', 'sản lượng 6.142,5 tấn'], x: '5.953,4', y: '6.142,5', stated: '96,9%', trap: 'a plan given only in the cited footnote.' }),
    product({ id: 'plan-output', quote: ['sản lượng 6.142,5 tấn', 'giao diện tích lúa Hè Thu 1.050 ha, năng suất 58,5 tạ/ha'], x: '1.050', y: '58,5', factor: '0,1', stated: '6.142,5' }),
    difference({ id: 'output-diff', quote: ['tăng 195,6 tấn', 'so với vụ Hè Thu năm 2025 (5.757,8 tấn)', 'Sản lượng thóc đạt 5.953,4 tấn'], a: '5.953,4', b: '5.757,8', stated: '195,6' }),
    change({ id: 'output-change', quote: ['tức tăng 3,4%', 'so với vụ Hè Thu năm 2025 (5.757,8 tấn)', 'Sản lượng thóc đạt 5.953,4 tấn'], x: '5.953,4', base: '5.757,8', stated: '3,4%', direction: 'tăng' }),
    product({ id: 'output-2025', quote: ['(5.757,8 tấn)', 'So với vụ Hè Thu năm 2025 (1.041,2 ha)', '(55,3 tạ/ha)'], x: '1.041,2', y: '55,3', factor: '0,1', stated: '5.757,8', trap: 'last year\'s area × yield, another period\'s figures in three places.' }),
    product({ id: 'output-value', quote: ['Giá trị sản lượng thóc ước đạt 45,2 tỷ đồng', 'Sản lượng thóc đạt 5.953,4 tấn', 'giá thóc tươi bình quân 7.600 đồng/kg'], x: '5.953,4', y: '7.600', factor: '0,000001', stated: '45,2', note: 'tấn × đồng/kg, in tỷ; the price a section before.' }),
    // Thôn table
    product({ id: 'row-tien-hoa', quote: ['| Tiên Hòa | 186,4 | 118,6 | 12,4 | 59,6 | 1.110,9 |'], x: '186,4', y: '59,6', factor: '0,1', stated: '1.110,9' }),
    product({ id: 'row-phu-my', quote: ['| Phú Mỹ | 158,2 | 104,3 | 14,1 | 57,8 | 914,4 |'], x: '158,2', y: '57,8', factor: '0,1', stated: '914,4' }),
    product({ id: 'row-yen-lac', quote: ['| Yên Lạc | 201,7 | 142,8 | 26,8 | 56,4 | 1.137,6 |'], x: '201,7', y: '56,4', factor: '0,1', stated: '1.137,6' }),
    product({ id: 'row-dong-van', quote: ['| Đồng Văn | 142,9 | 96,5 | 9,7 | 58,9 | 841,7 |'], x: '142,9', y: '58,9', factor: '0,1', stated: '841,7' }),
    product({ id: 'row-tan-thinh', quote: ['| Tân Thịnh | 175,3 | 107,2 | 13,5 | 59,2 | 1.037,8 |'], x: '175,3', y: '59,2', factor: '0,1', stated: '1.037,8' }),
    product({ id: 'row-hau-thanh', quote: ['| Hậu Thành | 160,1 | 120,7 | 23,6 | 56,9 | 911,0 |'], x: '160,1', y: '56,9', factor: '0,1', stated: '911,0' }),
    sum({ id: 'thon-area', quote: ['| Toàn xã | 1.024,6 | 690,1 | 100,1 | 58,1 | 5.953,4 |'], parts: ['186,4', '158,2', '201,7', '142,9', '175,3', '160,1'], total: '1.024,6', kind: 'cross_total' }),
    sum({ id: 'thon-infested', quote: ['| Toàn xã | 1.024,6 | 690,1 | 100,1 | 58,1 | 5.953,4 |'], parts: ['118,6', '104,3', '142,8', '96,5', '107,2', '120,7'], total: '690,1', kind: 'cross_total' }),
    sum({ id: 'thon-heavy', quote: ['| Toàn xã | 1.024,6 | 690,1 | 100,1 | 58,1 | 5.953,4 |'], parts: ['12,4', '14,1', '26,8', '9,7', '13,5', '23,6'], total: '100,1', kind: 'cross_total' }),
    sum({ id: 'thon-output', quote: ['| Toàn xã | 1.024,6 | 690,1 | 100,1 | 58,1 | 5.953,4 |'], parts: ['1.110,9', '914,4', '1.137,6', '841,7', '1.037,8', '911,0'], total: '5.953,4', kind: 'cross_total' }),
    quotient({ id: 'thon-yield', quote: ['| Toàn xã | 1.024,6 | 690,1 | 100,1 | 58,1 | 5.953,4 |'], x: '5.953,4', y: '1.024,6', factor: '10', stated: '58,1', trap: 'the total row\'s yield is output ÷ area (58,105), a weighted average, not the mean of the rows (58,13) nor a sum.' }),
    repeat({ id: 'yield-text-table', quote: ['đạt 58,1 tạ/ha, tương đương', '| Toàn xã | 1.024,6 | 690,1 | 100,1 | 58,1 | 5.953,4 |'], values: ['58,1', '58,1'] }),
    repeat({ id: 'output-text-table', quote: ['Sản lượng thóc đạt 5.953,4 tấn', '| Toàn xã | 1.024,6 | 690,1 | 100,1 | 58,1 | 5.953,4 |'], values: ['5.953,4', '5.953,4'] }),
    repeat({ id: 'infested-tables', quote: ['| Cộng | 690,1 | 100,1 | 863,5 | - | 1.303,0 |', '| Toàn xã | 1.024,6 | 690,1 | 100,1 | 58,1 | 5.953,4 |', 'Tổng diện tích nhiễm sâu bệnh cả vụ là 690,1 ha lượt', 'Tổng diện tích nhiễm sâu bệnh 690,1 ha lượt'], values: ['690,1', '690,1', '690,1', '690,1'], note: 'the pest table, the thôn table, the text and the summary.' }),
    repeat({ id: 'heavy-tables', quote: ['| Cộng | 690,1 | 100,1 | 863,5 | - | 1.303,0 |', '| Toàn xã | 1.024,6 | 690,1 | 100,1 | 58,1 | 5.953,4 |', 'trong đó nhiễm nặng 100,1 ha'], values: ['100,1', '100,1', '100,1'] }),
    repeat({ id: 'tien-hoa-yield', quote: ['Thôn Tiên Hòa đạt năng suất cao nhất với 59,6 tạ/ha', '| Tiên Hòa | 186,4 | 118,6 | 12,4 | 59,6 | 1.110,9 |'], values: ['59,6', '59,6'] }),
    repeat({ id: 'yen-lac-heavy', quote: ['diện tích nhiễm nặng lớn nhất toàn xã với 28,6 ha', '| Yên Lạc | 201,7 | 142,8 | 26,8 | 56,4 | 1.137,6 |'], values: ['26,8', '28,6'], mistake: 'planted', original: 'lớn nhất toàn xã với 26,8 ha', note: 'Class 5: the text gives Yên Lạc 28,6 ha of heavy infestation, the table (whose column adds to 100,1) 26,8; digits swapped.' }),
    // V summary
    repeat({ id: 'sum-area', quote: ['toàn xã gieo cấy 1.024,6 ha, đạt 97,6% kế hoạch', 'đạt 97,6% kế hoạch (1.050 ha)'], values: ['97,6%', '97,6%'] }),
    repeat({ id: 'sum-treated', quote: ['diện tích được phòng trừ 1.330 ha lượt', '| Cộng | 690,1 | 100,1 | 863,5 | - | 1.303,0 |'], values: ['1.303,0', '1.330'], mistake: 'planted', original: 'diện tích được phòng trừ 1.303 ha lượt', note: 'Class 5: the summary gives 1.330 ha lượt treated, the pest table 1.303,0 (which the sprays per ha and the cost per ha lượt rely on); digits swapped.' }),
    repeat({ id: 'sum-cost', quote: ['tổng chi phí thuốc khoảng 1,43 tỷ đồng', 'cả vụ ước 1,428 tỷ đồng'], values: ['1,428 tỷ đồng', '1,43 tỷ đồng'], kind: 'unit', trap: 'the cost restated with fewer decimals, agreeing.' }),
    change({ id: 'sum-yield-change', quote: ['tăng 1,5% so với vụ Hè Thu năm 2025; sản lượng', 'đạt 58,1 tạ/ha, tương đương', 'so với vụ Hè Thu năm 2025 (55,3 tạ/ha)'], x: '58,1', base: '55,3', stated: '1,5%', direction: 'tăng', mistake: 'planted', original: 'tăng 5,1% so với vụ Hè Thu năm 2025', note: 'Class 2: a percent only in the summary whose figures are in IV.2 (which gives the change in tạ/ha); 58,1 against 55,3 is 5,06% → 5,1%, written with digits swapped.' }),
    repeat({ id: 'sum-output', quote: ['sản lượng đạt 5,95 nghìn tấn', 'Sản lượng thóc đạt 5.953,4 tấn'], values: ['5.953,4 tấn', '5,95 nghìn tấn'], kind: 'unit', trap: 'the output restated in nghìn tấn, agreeing.' }),
    // VI vụ Đông
    share({ id: 'winter-maize-share', quote: ['ngô 168,0 ha (43,6%)', 'xã phấn đấu gieo trồng 385,0 ha'], x: '168,0', y: '385,0', stated: '43,6%' }),
    share({ id: 'winter-veg-share', quote: ['rau các loại 121,7 ha (31,6%)', 'xã phấn đấu gieo trồng 385,0 ha'], x: '121,7', y: '385,0', stated: '31,6%' }),
    atLeast({ id: 'two-rice-maize', quote: ['Diện tích ngô trên đất hai lúa dự kiến 96,5 ha', 'ngô 168,0 ha (43,6%)'], big: '168,0', small: '96,5', trap: 'a subset of the maize by land type, not a further crop.' }),
    ratio({ id: 'w-maize', quote: ['| Ngô | 168,0 | 160,0 | 105,0 |'], x: '168,0', y: '160,0', stated: '105,0' }),
    ratio({ id: 'w-sweet-potato', quote: ['| Khoai lang | 52,0 | 48,0 | 108,3 |'], x: '52,0', y: '48,0', stated: '108,3' }),
    ratio({ id: 'w-squash', quote: ['| Bí các loại | 43,3 | 40,0 | 108,3 |'], x: '43,3', y: '40,0', stated: '108,3', trap: 'rounded half-up from exactly 108,25 (truncation would give 108,2).' }),
    ratio({ id: 'w-veg', quote: ['| Rau các loại | 121,7 | 104,4 | 116,6 |'], x: '121,7', y: '104,4', stated: '116,6' }),
    ratio({ id: 'w-total', quote: ['| Cộng | 385,0 | 352,4 | 109,3 |'], x: '385,0', y: '352,4', stated: '109,3' }),
    sum({ id: 'w-plan-sum', quote: ['| Cộng | 385,0 | 352,4 | 109,3 |'], parts: ['168,0', '52,0', '43,3', '121,7'], total: '385,0', kind: 'cross_total' }),
    sum({ id: 'w-last-sum', quote: ['| Cộng | 385,0 | 352,4 | 109,3 |'], parts: ['160,0', '48,0', '40,0', '104,4'], total: '352,4', kind: 'cross_total' }),
    product({ id: 'w-maize-output', quote: ['sản lượng 806,4 tấn', 'Năng suất ngô phấn đấu 48 tạ/ha', 'ngô 168,0 ha (43,6%)'], x: '168,0', y: '48', factor: '0,1', stated: '806,4' }),
    product({ id: 'w-value', quote: ['tổng giá trị vụ Đông đạt 32,7 tỷ đồng', 'bình quân 85 triệu đồng/ha', 'xã phấn đấu gieo trồng 385,0 ha'], x: '385,0', y: '85', factor: '0,001', stated: '32,7', note: 'ha × triệu/ha, in tỷ (32,725).' }),
    ratio({ id: 'w-progress', quote: ['bằng 29,2% kế hoạch', 'đã gieo trồng 112,4 ha cây vụ Đông', 'xã phấn đấu gieo trồng 385,0 ha'], x: '112,4', y: '385,0', stated: '29,2%' }),
    cumulative({ id: 'w-week', quote: ['đã gieo trồng 112,4 ha cây vụ Đông', 'toàn xã đã gieo trồng 70,6 ha cây vụ Đông', 'trong tuần qua gieo thêm 41,8 ha'], previous: '70,6', period: '41,8', stated: '112,4', note: 'the previous week is only in footnote 7.' }),
    difference({ id: 'w-left', quote: ['Diện tích còn lại phải gieo trồng là 272,6 ha', 'xã phấn đấu gieo trồng 385,0 ha', 'đã gieo trồng 112,4 ha cây vụ Đông'], a: '385,0', b: '112,4', stated: '272,6' }),
    quotient({ id: 'task-per-class', quote: ['khoảng 60 người/lớp', 'mở 6 lớp tập huấn cho 360 lượt nông dân'], x: '360', y: '6', stated: '60' }),
    repeat({ id: 'task-funds', quote: ['Sử dụng 23,59 triệu đồng kinh phí còn lại', '23,59 triệu đồng chưa sử dụng'], values: ['23,59', '23,59'] }),
    contradiction({ id: 'task-targets', quote: ['phấn đấu thu gom 100% vỏ bao bì thuốc', 'phấn đấu tỷ lệ cấy máy đạt từ 35% trở lên', 'trước ngày 10/10/2026', 'trước ngày 30/11/2026', 'sau ngày 15/10/2026'], stated: '100%', expected: 'targets and deadlines', consistent: true, reason: 'Targets with no X/Y and deadlines.', trap: 'target percents beside dates.' }),
  ],
});
