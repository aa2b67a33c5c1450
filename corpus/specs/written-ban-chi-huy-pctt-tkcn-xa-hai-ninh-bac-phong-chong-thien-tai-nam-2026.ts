// Written for the corpus (batch U2), blind: Ban Chỉ huy Phòng thủ dân sự (phòng, chống thiên tai và tìm kiếm cứu
// nạn) of xã Hải Ninh Bắc (tỉnh Quảng Trị; the commune and its thôn are invented) to the provincial Ban Chỉ huy and
// the commune's Đảng ủy and HĐND, a review of 2026 (1/1 - 15/12/2026, quarter IV from 16/9) in parts I - IV:
// thôn, households and people, a highway's Km markers, storms named by number, a "none" of deaths in the overview
// with boats damaged but not sunk beside a "none" of sinking and a "none" of hail with nothing against it; the Ban
// Chỉ huy's members "trong đó"; the "4 tại chỗ" force after "gồm" against its plan in parentheses, shock teams per
// thôn, a table of three areas (shock teams, volunteers, total row); life jackets with a "trong đó" subset and a
// percent of the plan that belongs to the whole, sandbags used X (percent), rice reserves in tấn with parts in kg
// and per thôn; evacuation before two storms and a flood (planned vs done, X/Y with percents, a minimum, 100% of
// X/X, 9/16 = 56,25 half-up), the year's households and people as sums of the three events, against the plan and
// against 2025 from a footnote, bare shares of evacuation forms; a drowning in the flood against the overview's
// "none" and the injured beside it; a damage table (eight rows by event with row totals, a value column in triệu
// and its total), houses as a share of the households of part I, rice lost against the Hè Thu area in
// parentheses in the sentence before, output as area × yield (tạ → tấn), crops against the year's area, poultry
// at a price, roads and canals restated in km, the value in tỷ and its fall against 2025; relief by source in
// triệu after "gồm" against a total in tỷ with shares in parentheses and its fall against 2025 from a footnote,
// the reserve's rice per household and the remainder in tấn; rebuilding funds after "gồm" with house support as
// count × rate, disbursement (exactly 78,0%) and the remainder across scales, houses repaired; the disaster fund
// against a plan given in the next sentence in tỷ (2025's plan in a footnote), its growth over 2025 and the nine
// months' lũy kế from a footnote with the same period of 2025 beside it, households paying; drills, people trained
// and children taught swimming as lũy kế from the nine months' footnote, against a plan, a percentage-point
// change, a "none" of children drowned beside the adult drowned; a summary restating figures (in another scale),
// a self-assessed score out of 100; weaknesses with remainders and a shortfall across scales; targets for 2027.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ban-chi-huy-pctt-tkcn-xa-hai-ninh-bac-phong-chong-thien-tai-nam-2026.md',
  prefix: 'hnb',
  claims: [
    contradiction({ id: 'documents', quote: ['Công văn số 1675/BCH-PTDS ngày 25/11/2026', 'Kế hoạch số 09/KH-BCH ngày 15/01/2026'], stated: '1675', expected: 'documents', consistent: true, reason: 'A letter\'s and a plan\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    // I
    contradiction({ id: 'km', quote: ['từ Km 612+300 đến Km 619+800'], stated: 'Km 612+300', expected: 'an address', consistent: true, reason: 'Km markers of Quốc lộ 1.', trap: 'Km markers.' }),
    contradiction({ id: 'storm-names', quote: ['2 cơn bão (bão số 5 giữa tháng 9 và bão số 9 đầu tháng 11)'], stated: 'bão số 5, bão số 9', expected: 'names', consistent: true, reason: 'Storms are named by their number in the season; two storms.', trap: 'numbers in names beside a count.' }),
    contradiction({ id: 'no-deaths', quote: ['có 1 người (ông Trần Văn L., thôn Tân Lập) bị nước cuốn trôi tử vong', 'không có người chết, mất tích do thiên tai'], stated: '1 người tử vong', expected: 'none (I)', consistent: false, reason: 'Part I says nobody died or went missing from disasters in the year; II.5 counts a man swept away and killed by the flood at the end of October.', mistake: 'planted', original: 'trong năm trên địa bàn xã có 1 người chết do lũ, không có người mất tích', note: 'Class 8: a count against a "không có" statement in the overview.' }),
    contradiction({ id: 'boats', quote: ['(2 tàu cá bị hư hỏng nhẹ do va đập tại khu neo đậu Cửa Hải)', 'không có tàu thuyền bị chìm'], stated: '2 tàu cá hư hỏng nhẹ', expected: 'another kind', consistent: true, reason: 'Boats lightly damaged are not boats sunk.', trap: 'a count of another kind beside a "none".' }),
    contradiction({ id: 'no-hail', quote: ['Trong năm không xảy ra lốc, sét, mưa đá trên địa bàn'], stated: 'không xảy ra', expected: 'none', consistent: true, reason: 'No whirlwind, lightning or hail is counted anywhere in the report.', trap: 'a "none" with nothing against it.' }),
    contradiction({ id: 'injured', quote: ['3 người bị thương nhẹ do ngã khi chằng chống nhà cửa', 'không có người chết, mất tích do thiên tai'], stated: '3 người bị thương', expected: 'another kind', consistent: true, reason: 'The injured are not dead or missing; only the drowning contradicts the overview.', trap: 'a count of another kind beside a "none".' }),
    // II.1
    contradiction({ id: 'decision', quote: ['Quyết định số 112/QĐ-UBND ngày 08/01/2026'], stated: '112', expected: 'a document', consistent: true, reason: 'The decision setting up the Ban Chỉ huy.', trap: 'numbers in a document\'s name.' }),
    atLeast({ id: 'members', quote: ['gồm 27 thành viên, trong đó Trưởng ban là Chủ tịch Ủy ban nhân dân xã và 4 Phó Trưởng ban'], big: '27', small: '1 + 4', trap: 'a "trong đó" naming the head and deputies, not a breakdown.' }),
    // II.2
    ratio({ id: 'force-plan', quote: ['đạt 97,9% so với phương án (1.416 người)', 'được kiện toàn với 1.386 người'], x: '1.386', y: '1.416', stated: '97,9%' }),
    sum({ id: 'force-parts', quote: ['được kiện toàn với 1.386 người', 'dân quân 321 người', 'của 14 thôn 588 người', 'Hội Chữ thập đỏ 486 người'], parts: ['321', '588', '486'], total: '1.386', mistake: 'planted', original: 'dân quân 312 người', note: 'Class 4: the three forces after "gồm" add to 1.395 against 1.386 (which the 97,9% of the plan carries); the militia\'s 312 is written 321.' }),
    quotient({ id: 'per-team', quote: ['bình quân 42 người/đội', 'của 14 thôn 588 người'], x: '588', y: '14', stated: '42', trap: 'members per team.' }),
    sum({ id: 't-shock', quote: ['| Cộng | 588 | 486 |', '| Ven biển (5 thôn) | 230 | 198 |', '| Ven sông Kiến Giang (6 thôn) | 246 | 184 |', '| Gò đồi phía Tây (3 thôn) | 112 | 104 |'], parts: ['230', '246', '112'], total: '588', kind: 'cross_total' }),
    sum({ id: 't-volunteers', quote: ['| Cộng | 588 | 486 |', '| Ven biển (5 thôn) | 230 | 198 |', '| Ven sông Kiến Giang (6 thôn) | 246 | 184 |', '| Gò đồi phía Tây (3 thôn) | 112 | 104 |'], parts: ['198', '184', '104'], total: '486', kind: 'cross_total' }),
    // II.3
    atLeast({ id: 'jackets-new', quote: ['1.250 áo phao, trong đó mua mới 420 chiếc'], big: '1.250', small: '420', trap: 'a "trong đó" subset, not a breakdown.' }),
    ratio({ id: 'jackets-plan', quote: ['đạt 104,2% kế hoạch (1.200 chiếc)', '1.250 áo phao, trong đó mua mới 420 chiếc'], x: '1.250', y: '1.200', stated: '104,2%', trap: 'a percent after a "trong đó" subset that belongs to the whole (1.250/1.200), not to the 420 bought.' }),
    ratio({ id: 'sandbags', quote: ['đã sử dụng 7.850 bao (81,8%)', 'chuẩn bị 9.600 bao tải cát'], x: '7.850', y: '9.600', stated: '81,8%' }),
    sum({ id: 'rice-reserve', quote: ['xã dự trữ 18,5 tấn gạo', 'gồm kho của xã 7.500 kg và tại 14 thôn 11.000 kg'], parts: ['7.500 kg', '11.000 kg'], total: '18,5 tấn', note: 'Parts in kg, total in tấn.' }),
    quotient({ id: 'rice-per-thon', quote: ['(bình quân 786 kg/thôn)', 'tại 14 thôn 11.000 kg'], x: '11.000', y: '14', stated: '786', trap: 'rice per thôn (785,7 written whole).' }),
    // II.4
    ratio({ id: 'b5-hh', quote: ['đạt 96,8% số hộ', 'phải sơ tán 1.180 hộ, 4.126 người', 'đã sơ tán 1.142 hộ, 3.985 người'], x: '1.142', y: '1.180', stated: '96,8%' }),
    contradiction({ id: 'b5-min', quote: ['(chỉ tiêu tối thiểu 95%)'], stated: 'tối thiểu 95%', expected: 'a target', consistent: true, reason: 'The minimum set for evacuation beside the rates reached.', trap: 'a threshold next to a rate.' }),
    ratio({ id: 'flood-hh', quote: ['đã di dời 815/860 hộ (94%)'], x: '815', y: '860', stated: '94%', mistake: 'planted', original: 'đã di dời 815/860 hộ (95%)', note: 'Class 7: 815/860 = 94,77%, which is 95% written whole; 94% truncates.' }),
    ratio({ id: 'b9-hh', quote: ['1.420/1.420 hộ (100%)'], x: '1.420', y: '1.420', stated: '100%', trap: '"100%" of X/X.' }),
    ratio({ id: 'b9-people', quote: ['4.912/4.960 người (99,0%)'], x: '4.912', y: '4.960', stated: '99,0%', trap: 'a percent in parentheses belonging to the X/Y beside it, after a 100%.' }),
    ratio({ id: 'b9-points', quote: ['9/16 điểm sơ tán tập trung (56,3%)'], x: '9', y: '16', stated: '56,3%', trap: 'rounded half-up from exactly 56,25.' }),
    sum({ id: 'year-hh', quote: ['Cả năm đã sơ tán 3.377 lượt hộ', 'đã sơ tán 1.142 hộ, 3.985 người', 'đã di dời 815/860 hộ', '1.420/1.420 hộ'], parts: ['1.142', '815', '1.420'], total: '3.377' }),
    sum({ id: 'year-people', quote: ['Cả năm đã sơ tán 3.377 lượt hộ, 11.703 lượt người', 'đã sơ tán 1.142 hộ, 3.985 người', 'với 2.806 người', '4.912/4.960 người'], parts: ['3.985', '2.806', '4.912'], total: '11.703' }),
    sum({ id: 'year-plan', quote: ['theo phương án (3.460 lượt hộ)', 'phải sơ tán 1.180 hộ, 4.126 người', 'kế hoạch di dời 860 hộ, 2.950 người', '1.420/1.420 hộ'], parts: ['1.180', '860', '1.420'], total: '3.460' }),
    ratio({ id: 'year-rate', quote: ['đạt 97,6% số lượt hộ phải sơ tán theo phương án (3.460 lượt hộ)', 'Cả năm đã sơ tán 3.377 lượt hộ'], x: '3.377', y: '3.460', stated: '97,6%' }),
    change({ id: 'people-vs-2025', quote: ['tăng 27,4% so với năm 2025', 'Cả năm đã sơ tán 3.377 lượt hộ, 11.703 lượt người', '9.186 lượt người'], x: '11.703', base: '9.186', stated: '27,4%', direction: 'tăng', note: 'The base is only in footnote 1.' }),
    sum({ id: 'forms-shares', quote: ['sơ tán tập trung chiếm 31,2%, sơ tán xen ghép tại nhà dân kiên cố chiếm 61,4%, số còn lại tự sơ tán đến nhà người thân ngoài xã chiếm 4,7%'], parts: ['31,2%', '61,4%', '4,7%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'chiếm 7,4%', note: 'Class 3: the three forms add to 97,3%; the remainder\'s 7,4% (866 of 11.703) is written 4,7%.' }),
    // II.5 table
    sum({ id: 't-collapsed', quote: ['| 1 | Nhà ở bị sập, trôi | cái | – | 1 | 2 | 3 | 450,0 |'], parts: ['1', '2'], total: '3', kind: 'cross_total' }),
    sum({ id: 't-roofs', quote: ['| 2 | Nhà ở bị tốc mái, hư hỏng | cái | 126 | 50 | 238 | 414 | 1.242,0 |'], parts: ['126', '50', '238'], total: '414', kind: 'cross_total' }),
    sum({ id: 't-crops', quote: ['| 4 | Hoa màu các loại bị hư hỏng | ha | 8,6 | 31,7 | 23,4 | 63,7 | 764,4 |'], parts: ['8,6', '31,7', '23,4'], total: '63,7', kind: 'cross_total' }),
    sum({ id: 't-cattle', quote: ['| 5 | Gia súc chết, bị cuốn trôi | con | 3 | 14 | 5 | 22 | 286,0 |'], parts: ['3', '14', '5'], total: '22', kind: 'cross_total' }),
    sum({ id: 't-poultry', quote: ['| 6 | Gia cầm chết, bị cuốn trôi | con | 820 | 2.365 | 1.450 | 4.635 | 463,5 |'], parts: ['820', '2.365', '1.450'], total: '4.635', kind: 'cross_total' }),
    sum({ id: 't-roads', quote: ['| 7 | Đường giao thông bị sạt lở, hư hỏng | m | 350 | 2.140 | 1.280 | 3.770 | 2.262,0 |'], parts: ['350', '2.140', '1.280'], total: '3.770', kind: 'cross_total' }),
    sum({ id: 't-canals', quote: ['| 8 | Kè, kênh mương nội đồng bị hư hỏng | m | 120 | 690 | 460 | 1.270 | 1.524,0 |'], parts: ['120', '690', '460'], total: '1.270', kind: 'cross_total' }),
    sum({ id: 't-value', quote: ['8.011,9'], parts: ['450,0', '1.242,0', '1.020,0', '764,4', '286,0', '463,5', '2.262,0', '1.524,0'], total: '8.011,9', kind: 'cross_total' }),
    sum({ id: 'houses', quote: ['Tổng số nhà bị sập, trôi và tốc mái, hư hỏng là 417 nhà', '| 1 | Nhà ở bị sập, trôi | cái | – | 1 | 2 | 3 | 450,0 |', '| 2 | Nhà ở bị tốc mái, hư hỏng | cái | 126 | 50 | 238 | 414 | 1.242,0 |'], parts: ['3', '414'], total: '417' }),
    share({ id: 'houses-share', quote: ['chiếm 6,5% tổng số hộ toàn xã', 'là 417 nhà', 'có 14 thôn với 6.375 hộ'], x: '417', y: '6.375', stated: '6,5%', note: 'The households are in part I.' }),
    sum({ id: 'rice-area', quote: ['gieo cấy 2.418 ha lúa (vụ Đông Xuân 1.182 ha, vụ Hè Thu 1.236 ha)'], parts: ['1.182', '1.236'], total: '2.418' }),
    share({ id: 'rice-lost', quote: ['chiếm 1,8% diện tích gieo cấy vụ Hè Thu', 'Bão số 5 làm thiệt hại 42,5 ha lúa Hè Thu', 'vụ Hè Thu 1.236 ha'], x: '42,5', y: '1.236', stated: '1,8%', mistake: 'planted', original: 'chiếm 3,4% diện tích gieo cấy vụ Hè Thu', note: 'Class 1: the Hè Thu area is in parentheses in the sentence before; 42,5/1.236 = 3,4%; 1,8% divides by the year\'s 2.418 ha beside it.' }),
    product({ id: 'rice-output', quote: ['sản lượng bị mất ước khoảng 221 tấn', 'với năng suất bình quân 52 tạ/ha', 'làm thiệt hại 42,5 ha lúa'], x: '42,5', y: '52', factor: '0,1', stated: '221', trap: 'area × yield (tạ → tấn), not a sum.' }),
    share({ id: 'crops-share', quote: ['bằng 11,8% diện tích rau màu gieo trồng trong năm (538 ha)', 'Hoa màu bị hư hỏng 63,7 ha'], x: '63,7', y: '538', stated: '11,8%' }),
    product({ id: 'poultry-value', quote: ['| 6 | Gia cầm chết, bị cuốn trôi | con | 820 | 2.365 | 1.450 | 4.635 | 463,5 |', 'bình quân 100.000 đồng/con'], x: '4.635', y: '100.000', factor: '0,000001', stated: '463,5', trap: 'count × price (đồng → triệu).' }),
    repeat({ id: 'roads-km', quote: ['sạt lở tổng chiều dài 3,77 km', '| 7 | Đường giao thông bị sạt lở, hư hỏng | m | 350 | 2.140 | 1.280 | 3.770 | 2.262,0 |'], values: ['3.770 m', '3,77 km'], kind: 'unit', trap: 'an agreeing restatement in another unit.' }),
    repeat({ id: 'canals-km', quote: ['kênh mương nội đồng hư hỏng 1,72 km', '| 8 | Kè, kênh mương nội đồng bị hư hỏng | m | 120 | 690 | 460 | 1.270 | 1.524,0 |'], values: ['1.270 m', '1,72 km'], kind: 'unit', mistake: 'planted', original: 'kênh mương nội đồng hư hỏng 1,27 km', note: 'Class 5: the table gives 1.270 m, the text 1,72 km (digits swapped).' }),
    repeat({ id: 'value-ty', quote: ['ước khoảng 8,01 tỷ đồng', '8.011,9'], values: ['8.011,9 triệu đồng', '8,01 tỷ đồng'], kind: 'unit', trap: 'an agreeing restatement in tỷ.' }),
    change({ id: 'value-vs-2025', quote: ['giảm 41,6% so với năm 2025 (13,72 tỷ đồng)', '8.011,9'], x: '8.011,9 triệu đồng', base: '13,72 tỷ đồng', stated: '41,6%', direction: 'giảm' }),
    // II.6
    sum({ id: 'relief', quote: ['tiếp nhận kinh phí cứu trợ 2,476 tỷ đồng', 'ngân sách tỉnh hỗ trợ khẩn cấp 1.200 triệu đồng', 'tỉnh và xã 635 triệu đồng', 'nhà hảo tâm 641 triệu đồng'], parts: ['1.200 triệu đồng', '635 triệu đồng', '641 triệu đồng'], total: '2,476 tỷ đồng', note: 'Parts in triệu, total in tỷ.' }),
    share({ id: 'relief-province', quote: ['(48,5%)', '1.200 triệu đồng (48,5%)'], x: '1.200', y: '2.476', stated: '48,5%' }),
    share({ id: 'relief-mttq', quote: ['(25,6%)', '635 triệu đồng (25,6%)'], x: '635', y: '2.476', stated: '25,6%' }),
    share({ id: 'relief-donors', quote: ['(25,9%)', '641 triệu đồng (25,9%)'], x: '641', y: '2.476', stated: '25,9%' }),
    change({ id: 'relief-vs-2025', quote: ['giảm 22,1% so với năm 2025', 'tiếp nhận kinh phí cứu trợ 2,476 tỷ đồng', 'tiếp nhận kinh phí cứu trợ 3,18 tỷ đồng'], x: '2,476', base: '3,18', stated: '22,1%', direction: 'giảm', note: 'The base is only in footnote 2.' }),
    quotient({ id: 'rice-per-hh', quote: ['bình quân 5 kg/hộ', 'cấp 6.200 kg gạo cho 1.240 hộ'], x: '6.200', y: '1.240', stated: '5', trap: 'rice per household.' }),
    difference({ id: 'reserve-left', quote: ['lượng gạo dự trữ còn 12,3 tấn', 'xã dự trữ 18,5 tấn gạo', 'cấp 6.200 kg gạo cho 1.240 hộ'], a: '18,5 tấn', b: '6.200 kg', stated: '12,3 tấn', trap: 'a remainder.' }),
    sum({ id: 'rebuild', quote: ['được phân bổ 3,65 tỷ đồng', 'hỗ trợ nhà ở 1.155 triệu đồng', 'khôi phục đường giao thông 1.720 triệu đồng', 'sửa chữa kè, kênh mương 775 triệu đồng'], parts: ['1.155 triệu đồng', '1.720 triệu đồng', '775 triệu đồng'], total: '3,65 tỷ đồng' }),
    sum({ id: 'rebuild-houses', quote: ['hỗ trợ nhà ở 1.155 triệu đồng', '(120 triệu đồng cho 3 nhà sập, trôi', '1.035 triệu đồng cho 414 nhà'], parts: ['120', '1.035'], total: '1.155' }),
    product({ id: 'collapsed-support', quote: ['120 triệu đồng cho 3 nhà sập, trôi, mức 40 triệu đồng/nhà'], x: '3', y: '40', stated: '120', trap: 'count × rate.' }),
    product({ id: 'roof-support', quote: ['1.035 triệu đồng cho 414 nhà tốc mái, hư hỏng, mức 2,5 triệu đồng/nhà'], x: '414', y: '2,5', stated: '1.035', trap: 'count × rate.' }),
    ratio({ id: 'disbursed', quote: ['đạt 78,0% kinh phí được phân bổ', 'đã giải ngân 2.847 triệu đồng', 'được phân bổ 3,65 tỷ đồng'], x: '2.847 triệu đồng', y: '3,65 tỷ đồng', stated: '78,0%', note: 'Exactly 78%; the allocation is in tỷ in the paragraph.' }),
    difference({ id: 'disbursed-left', quote: ['còn 803 triệu đồng', 'được phân bổ 3,65 tỷ đồng', 'đã giải ngân 2.847 triệu đồng'], a: '3,65 tỷ đồng', b: '2.847 triệu đồng', stated: '803 triệu đồng', trap: 'a remainder across scales.' }),
    ratio({ id: 'repaired', quote: ['409/414 nhà tốc mái, hư hỏng (98,8%)'], x: '409', y: '414', stated: '98,8%' }),
    // II.7
    ratio({ id: 'fund-plan', quote: ['đạt 91,9% kế hoạch', 'của xã thu được 312,4 triệu đồng', 'giao là 0,355 tỷ đồng'], x: '312,4 triệu đồng', y: '0,355 tỷ đồng', stated: '91,9%', mistake: 'planted', original: 'đạt 88,0% kế hoạch', note: 'Class 1: the 2026 plan is given in the next sentence, in tỷ (0,355 tỷ = 355 triệu); 312,4/355 = 88,0%; 91,9% divides by 2025\'s plan of 340 triệu in footnote 3.' }),
    change({ id: 'fund-vs-2025', quote: ['tăng 8,7% so với năm 2025', 'của xã thu được 312,4 triệu đồng', 'Cả năm 2025 thu 287,3 triệu đồng'], x: '312,4', base: '287,3', stated: '8,7%', direction: 'tăng', note: 'The base is only in footnote 3.' }),
    cumulative({ id: 'fund-year', quote: ['của xã thu được 312,4 triệu đồng', '9 tháng năm 2026 thu quỹ được 251,6 triệu đồng', 'riêng quý IV thu 60,8 triệu đồng'], previous: '251,6', period: '60,8', stated: '312,4' }),
    contradiction({ id: 'fund-same-period', quote: ['(cùng kỳ năm 2025 thu 236,8 triệu đồng)'], stated: '236,8', expected: 'another period', consistent: true, reason: 'The nine months of 2025, a same-named figure of another period beside the nine months of 2026.', trap: 'a same-named indicator of another period.' }),
    ratio({ id: 'fund-households', quote: ['5.418/6.375 hộ (85,0%)'], x: '5.418', y: '6.375', stated: '85,0%' }),
    // II.8
    cumulative({ id: 'drills-year', quote: ['tổ chức 7 cuộc diễn tập', 'tổ chức 5 cuộc diễn tập', 'quý IV tổ chức 2 cuộc'], previous: '5', period: '2', stated: '7' }),
    cumulative({ id: 'trained-year', quote: ['cho 1.425 lượt người', 'tập huấn 1.140 lượt người', 'quý IV tập huấn 385 lượt người'], previous: '1.140', period: '385', stated: '1.425', mistake: 'planted', original: 'cho 1.525 lượt người', note: 'Class 6: footnote 4\'s nine months (1.140) plus quarter IV (385) is 1.525, written 1.425.' }),
    ratio({ id: 'swim-plan', quote: ['đạt 112,0% kế hoạch năm (400 em)', 'dạy bơi an toàn cho 448 em'], x: '448', y: '400', stated: '112,0%' }),
    cumulative({ id: 'swim-year', quote: ['dạy bơi an toàn cho 448 em', 'dạy bơi cho 412 em', 'quý IV dạy thêm 36 em'], previous: '412', period: '36', stated: '448' }),
    difference({ id: 'swim-pp', quote: ['tăng 4,1 điểm phần trăm so với năm 2025 (58,3%)', 'biết bơi đạt 62,4%'], a: '62,4', b: '58,3', stated: '4,1', trap: 'a percentage-point change, not a percent change.' }),
    contradiction({ id: 'no-child-drowned', quote: ['Trong năm không có trẻ em bị đuối nước trên địa bàn', 'có 1 người (ông Trần Văn L., thôn Tân Lập) bị nước cuốn trôi tử vong'], stated: '1 người (người lớn)', expected: 'another kind', consistent: true, reason: 'The man drowned in the flood is an adult; no child drowned.', trap: 'a count of another kind beside a "none".' }),
    // III
    ratio({ id: 'sum-mobilised', quote: ['bằng 81,4% lực lượng được kiện toàn', 'huy động 1.152 người trực tiếp tham gia ứng phó', 'được kiện toàn với 1.386 người'], x: '1.152', y: '1.386', stated: '81,4%', mistake: 'planted', original: 'bằng 83,1% lực lượng được kiện toàn', note: 'Class 2: the force of 1.386 is in II.2, far from the summary; 1.152/1.386 = 83,1%; 81,4% divides by the plan\'s 1.416.' }),
    repeat({ id: 'sum-value', quote: ['Tổng giá trị thiệt hại khoảng 8,11 tỷ đồng', '8.011,9'], values: ['8.011,9 triệu đồng', '8,11 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'Tổng giá trị thiệt hại khoảng 8,01 tỷ đồng', note: 'Class 5: the summary restates the table\'s 8.011,9 triệu (8,01 tỷ in II.5) as 8,11 tỷ.' }),
    repeat({ id: 'sum-relief', quote: ['cứu trợ khoảng 2,5 tỷ đồng', 'tiếp nhận kinh phí cứu trợ 2,476 tỷ đồng'], values: ['2,476 tỷ đồng', '2,5 tỷ đồng'], trap: 'an agreeing rounded restatement.' }),
    contradiction({ id: 'score', quote: ['đạt 92,5/100 điểm'], stated: '92,5/100', expected: 'a score', consistent: true, reason: 'A self-assessed emulation score out of 100, not a ratio of counts.', trap: 'a weighted score that is not a sum or a ratio.' }),
    difference({ id: 'not-evacuated', quote: ['còn 45 hộ chưa chấp hành di dời', 'đã di dời 815/860 hộ'], a: '860', b: '815', stated: '45', trap: 'a remainder of X/Y.' }),
    difference({ id: 'fund-short', quote: ['còn thiếu 42,6 triệu đồng so với kế hoạch', 'giao là 0,355 tỷ đồng', 'của xã thu được 312,4 triệu đồng'], a: '0,355 tỷ đồng', b: '312,4 triệu đồng', stated: '42,6 triệu đồng', trap: 'a shortfall across scales.' }),
    difference({ id: 'not-paid', quote: ['còn 957 hộ chưa nộp', '5.418/6.375 hộ'], a: '6.375', b: '5.418', stated: '957', trap: 'a remainder of X/Y in another part.' }),
    // IV
    sum({ id: 'jackets-2027', quote: ['Bổ sung 300 áo phao, nâng tổng số lên 1.550 chiếc', '1.250 áo phao'], parts: ['1.250', '300'], total: '1.550' }),
    contradiction({ id: 'targets', quote: ['đạt ít nhất 95% kế hoạch; dạy bơi cho tối thiểu 450 em, nâng tỷ lệ trẻ em biết bơi lên 65%', 'duy trì dự trữ tối thiểu 20 tấn gạo'], stated: '95%; 450 em; 65%; 20 tấn', expected: 'targets', consistent: true, reason: 'Targets for 2027 beside this year\'s 88% of the fund plan, 448 children, 62,4% and 18,5 tấn.', trap: 'targets beside rates and stocks.' }),
  ],
});
