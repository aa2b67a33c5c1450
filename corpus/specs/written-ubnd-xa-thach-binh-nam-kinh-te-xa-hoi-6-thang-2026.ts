// Written for the corpus (batch N2): UBND xã Thạch Bình Nam (tỉnh Hà Tĩnh; the commune is invented), the
// six-month socio-economic report of 2026, the general report a commune office writes most often: crops
// after "gồm" against the plan in parentheses, area × yield in tạ to tấn, grain against the same period in a
// footnote, herds in parentheses and vaccination as a share, support per calf, forest planted (its rate only
// in the summary table), new-rural criteria and hamlets X/Y; budget revenue in triệu against two estimates
// in tỷ and the same period in tỷ, its parts after "gồm", the land-use revenue against an estimate two
// sentences before, per lot, spending against its estimate in parentheses in tỷ with parts after "trong
// đó"; public investment capital after "gồm" and its disbursement (the rate only in the table and the
// weaknesses), works, land donated; culture, schools and pupils after "gồm" with a share, graduation X/Y,
// standard schools X/Y; health (visits with a share, immunisation X/Y as a whole percent, insurance beside
// the province's target, a "none" of dengue beside hand-foot-mouth), births, jobs against the plan with
// overlapping workers abroad, poor households as shares of the households given in the culture section,
// Tết gifts per gift; call-up X/Y with a "none" of desertion, crime and traffic; the one-stop desk's month
// and lũy kế on top of the previous lũy kế in a footnote; a summary table of eight targets (plan, six
// months, %) against the text; "Kết quả nổi bật" and "Tồn tại, hạn chế" restating figures (tạ against
// tấn, a rate far from its base, a desertion counted); the second half's tasks as the remainders.
import { contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum, change, atLeast } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-thach-binh-nam-kinh-te-xa-hoi-6-thang-2026.md',
  prefix: 'tbn',
  claims: [
    contradiction({ id: 'resolution', quote: ['Nghị quyết số 24/NQ-HĐND ngày 18/12/2025'], stated: '24', expected: 'a document number', consistent: true, reason: 'A resolution\'s number and date.', trap: 'numbers in a document\'s name and date.' }),
    // I.1 agriculture
    sum({ id: 'crops', quote: ['toàn xã gieo trồng 1.512 ha cây hằng năm', 'gồm lúa 1.245 ha, ngô 124 ha, lạc 86 ha và rau màu các loại 57 ha'], parts: ['1.245', '124', '86', '57'], total: '1.512' }),
    ratio({ id: 'rice-plan', quote: ['Diện tích lúa đạt 101,2% kế hoạch (1.230 ha)', 'gồm lúa 1.245 ha'], x: '1.245', y: '1.230', stated: '101,2%' }),
    product({ id: 'rice-output', quote: ['sản lượng lúa 7.295,7 tấn', 'năng suất lúa bình quân 58,6 tạ/ha', 'gồm lúa 1.245 ha'], x: '1.245', y: '58,6', factor: '0,1', stated: '7.295,7' }),
    contradiction({ id: 'last-yield', quote: ['(vụ Đông Xuân 2024 - 2025: 56,2 tạ/ha)'], stated: '56,2 tạ/ha', expected: 'last year\'s yield', consistent: true, reason: 'The yield of the previous season, no relation written.', trap: 'a figure of another year in parentheses beside the yield.' }),
    product({ id: 'maize-output', quote: ['sản lượng 644,8 tấn', 'Ngô đạt năng suất 52 tạ/ha', 'ngô 124 ha'], x: '124', y: '52', factor: '0,1', stated: '644,8' }),
    sum({ id: 'grain', quote: ['Tổng sản lượng lương thực có hạt đạt 7.940,5 tấn', 'sản lượng lúa 7.295,7 tấn', 'sản lượng 644,8 tấn'], parts: ['7.295,7', '644,8'], total: '7.940,5' }),
    change({ id: 'grain-change', quote: ['tăng 5,7% so với cùng kỳ', 'Tổng sản lượng lương thực có hạt đạt 7.940,5 tấn', '6 tháng đầu năm 2025: 7.512 tấn'], x: '7.940,5', base: '7.512', stated: '5,7%', direction: 'tăng', note: 'The same period in footnote 1.' }),
    sum({ id: 'herd', quote: ['Tổng đàn trâu, bò 3.980 con (trâu 1.120 con, bò 2.860 con)'], parts: ['1.120', '2.860'], total: '3.980' }),
    share({ id: 'vaccinated', quote: ['đạt 88,2% tổng đàn', 'cho 3.512 con trâu, bò', 'Tổng đàn trâu, bò 3.980 con'], x: '3.512', y: '3.980', stated: '88,2%' }),
    contradiction({ id: 'no-disease', quote: ['không xảy ra dịch bệnh nguy hiểm trên đàn gia súc, gia cầm'], stated: 'không xảy ra', expected: 'none', consistent: true, reason: 'A "none" with nothing against it in the report.', trap: 'a "none" statement with no count against it.' }),
    product({ id: 'calves', quote: ['tổng kinh phí 73 triệu đồng', 'Hỗ trợ 146 con bê lai', 'mức 500.000 đồng/con'], x: '146', y: '500.000', factor: '0,000001', stated: '73', trap: 'calves × the support per calf, in triệu from đồng.' }),
    ratio({ id: 'hamlets-model', quote: ['có 5/14 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu (35,7%)'], x: '5', y: '14', stated: '35,7%' }),
    contradiction({ id: 'criteria', quote: ['giữ vững 19/19 tiêu chí'], stated: '19/19', expected: 'all criteria', consistent: true, reason: 'All nineteen criteria kept.', trap: 'an X/Y of all criteria with no percent.' }),
    contradiction({ id: 'hamlets-plan', quote: ['kế hoạch năm 2026 công nhận thêm 2 thôn'], stated: '2 thôn', expected: 'a target', consistent: true, reason: 'The year\'s target beside an X/Y.', trap: 'a target next to an X/Y.' }),
    // I.2 budget
    ratio({ id: 'revenue-province', quote: ['bằng 54,0% dự toán tỉnh giao', 'Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 8.642 triệu đồng', 'năm 2026 tỉnh giao 16 tỷ đồng'], x: '8.642 triệu đồng', y: '16 tỷ đồng', stated: '54,0%', note: 'The estimate in tỷ in the paragraph before.' }),
    ratio({ id: 'revenue-council', quote: ['49,4% dự toán Hội đồng nhân dân xã giao, tăng', 'Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 8.642 triệu đồng', 'Hội đồng nhân dân xã giao 17,5 tỷ đồng'], x: '8.642 triệu đồng', y: '17,5 tỷ đồng', stated: '49,4%', trap: 'two estimates of the same revenue, each with its rate.' }),
    change({ id: 'revenue-change', quote: ['tăng 12,4% so với cùng kỳ (7,689 tỷ đồng)', 'Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 8.642 triệu đồng'], x: '8.642 triệu đồng', base: '7,689 tỷ đồng', stated: '12,4%', direction: 'tăng', note: 'The base in parentheses in tỷ.' }),
    sum({ id: 'revenue-parts', quote: ['Tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 8.642 triệu đồng', 'gồm: thuế ngoài quốc doanh 2.186 triệu đồng, lệ phí trước bạ 1.034 triệu đồng, thu tiền sử dụng đất 4.120 triệu đồng, phí và lệ phí 312 triệu đồng, thu khác 909 triệu đồng'], parts: ['2.186', '1.034', '4.120', '312', '909'], total: '8.642', mistake: 'planted', original: 'thu khác 990 triệu đồng', note: 'Class 4: the parts after "gồm" add to 8.561, not 8.642.' }),
    cumulative({ id: 'revenue-cumulative', quote: ['6 tháng đạt 8.642 triệu đồng', '5 tháng đầu năm 2026: 7.286 triệu đồng', 'riêng tháng 6 thu 1.356 triệu đồng'], previous: '7.286', period: '1.356', stated: '8.642' }),
    change({ id: 'nqd-change', quote: ['Thuế ngoài quốc doanh tăng 8,6% so với cùng kỳ (2,013 tỷ đồng)', 'thuế ngoài quốc doanh 2.186 triệu đồng'], x: '2.186 triệu đồng', base: '2,013 tỷ đồng', stated: '8,6%', direction: 'tăng' }),
    quotient({ id: 'per-lot', quote: ['bình quân 515 triệu đồng/lô', 'đấu giá 8 lô đất', 'thu tiền sử dụng đất 4.120 triệu đồng'], x: '4.120', y: '8', stated: '515', trap: 'an average per lot.' }),
    ratio({ id: 'land-estimate', quote: ['mới đạt 51,5% dự toán', 'thu tiền sử dụng đất 4.120 triệu đồng', 'dự toán thu tiền sử dụng đất 8,5 tỷ đồng'], x: '4.120 triệu đồng', y: '8,5 tỷ đồng', stated: '51,5%', mistake: 'planted', original: 'mới đạt 48,5% dự toán', note: 'Class 1: the estimate is written two sentences before, in tỷ; 4.120/8.500 = 48,47%; 51,5% divides by 8 tỷ.' }),
    ratio({ id: 'spending', quote: ['đạt 47,2% dự toán (14,776 tỷ đồng)', 'Chi ngân sách xã 6 tháng 6.974 triệu đồng'], x: '6.974 triệu đồng', y: '14,776 tỷ đồng', stated: '47,2%' }),
    sum({ id: 'spending-parts', quote: ['Chi ngân sách xã 6 tháng 6.974 triệu đồng', 'trong đó chi thường xuyên 5.312 triệu đồng, chi đầu tư phát triển 1.662 triệu đồng'], parts: ['5.312', '1.662'], total: '6.974' }),
    // I.3 investment
    sum({ id: 'capital', quote: ['do xã quản lý là 24,6 tỷ đồng', 'gồm vốn năm 2026 là 21,2 tỷ đồng và vốn năm 2025 kéo dài 3,4 tỷ đồng'], parts: ['21,2', '3,4'], total: '24,6' }),
    ratio({ id: 'carried-disbursed', quote: ['giải ngân 3,12 tỷ đồng, đạt 91,8%', 'vốn năm 2025 kéo dài 3,4 tỷ đồng'], x: '3,12', y: '3,4', stated: '91,8%', trap: 'the rate of a part after "trong đó" against its own capital, not the whole.' }),
    atLeast({ id: 'carried-part', quote: ['đã giải ngân 11,35 tỷ đồng', 'giải ngân 3,12 tỷ đồng, đạt'], big: '11,35', small: '3,12' }),
    sum({ id: 'works', quote: ['Triển khai 7 công trình, trong đó 3 công trình chuyển tiếp và 4 công trình khởi công mới'], parts: ['3', '4'], total: '7' }),
    contradiction({ id: 'land-donated', quote: ['Nhân dân hiến 2.850 m² đất để mở rộng 3,2 km'], stated: '2.850 m²', expected: 'an area beside a length', consistent: true, reason: 'Land donated and the road widened; no relation.', trap: 'm² beside km.' }),
    ratio({ id: 'titles', quote: ['đạt 71,7% kế hoạch năm (120 giấy)', 'Cấp 86 giấy chứng nhận'], x: '86', y: '120', stated: '71,7%' }),
    // II
    ratio({ id: 'culture-families', quote: ['có 4.398/4.812 hộ đạt danh hiệu "Gia đình văn hóa", đạt 91,4%'], x: '4.398', y: '4.812', stated: '91,4%' }),
    contradiction({ id: 'tournament', quote: ['Giải bóng chuyền hơi lần thứ V với 12 đội tham gia'], stated: '12', expected: 'a count', consistent: true, reason: 'An ordinal edition and teams.', trap: 'an ordinal beside a count.' }),
    sum({ id: 'schools', quote: ['Toàn xã có 5 trường (2 trường mầm non, 2 trường tiểu học, 1 trường trung học cơ sở)'], parts: ['2', '2', '1'], total: '5' }),
    sum({ id: 'pupils', quote: ['có 3.486 học sinh, gồm mầm non 812 cháu, tiểu học 1.624 em, trung học cơ sở 1.050 em'], parts: ['812', '1.624', '1.050'], total: '3.486' }),
    share({ id: 'primary-share', quote: ['học sinh tiểu học chiếm 46,6% tổng số học sinh', 'tiểu học 1.624 em', 'có 3.486 học sinh'], x: '1.624', y: '3.486', stated: '46,6%' }),
    ratio({ id: 'graduation', quote: ['Có 252/254 học sinh lớp 9 được công nhận tốt nghiệp trung học cơ sở, đạt 99,2%'], x: '252', y: '254', stated: '99,2%' }),
    ratio({ id: 'standard-schools', quote: ['lên 4/5 trường (80%)'], x: '4', y: '5', stated: '80%' }),
    contradiction({ id: 'level-2', quote: ['đạt chuẩn quốc gia mức độ 2'], stated: '2', expected: 'a level', consistent: true, reason: 'A level of the national standard.', trap: 'a number in a name.' }),
    share({ id: 'insured-visits', quote: ['khám bảo hiểm y tế 3.318 lượt, chiếm 80,4%', 'khám, chữa bệnh cho 4.126 lượt người'], x: '3.318', y: '4.126', stated: '80,4%' }),
    ratio({ id: 'immunisation', quote: ['Tiêm chủng đầy đủ cho 138/152 trẻ dưới 1 tuổi, đạt 90%'], x: '138', y: '152', stated: '90%', mistake: 'planted', original: 'đạt 91%', note: 'Class 7: 138/152 = 90,79%, which is 91% written whole; 90% truncates.' }),
    contradiction({ id: 'insurance-target', quote: ['đạt 94,2% (chỉ tiêu tỉnh giao 95%)'], stated: '94,2%', expected: 'a rate beside its target', consistent: true, reason: 'The rate with the province\'s target in parentheses.', trap: 'a target in parentheses next to a rate.' }),
    contradiction({ id: 'dengue', quote: ['không ghi nhận ca mắc sốt xuất huyết; phát hiện 02 ca tay chân miệng'], stated: 'không ghi nhận', expected: 'none of dengue', consistent: true, reason: 'No dengue; the cases counted are hand-foot-mouth disease.', trap: 'a "none" about another disease beside a count.' }),
    share({ id: 'third-child', quote: ['11 trường hợp sinh con thứ ba trở lên, chiếm 8,9%', 'có 124 trẻ được sinh ra'], x: '11', y: '124', stated: '8,9%' }),
    ratio({ id: 'jobs', quote: ['đạt 51,0% kế hoạch (420 lao động)', 'Tạo việc làm mới cho 214 lao động'], x: '214', y: '420', stated: '51,0%' }),
    atLeast({ id: 'jobs-abroad', quote: ['trong đó 38 người đi làm việc ở nước ngoài', 'Tạo việc làm mới cho 214 lao động'], big: '214', small: '38', trap: 'workers abroad after "trong đó", a part of the jobs.' }),
    share({ id: 'poor', quote: ['186 hộ nghèo, chiếm 3,78% tổng số hộ', '4.398/4.812 hộ'], x: '186', y: '4.812', stated: '3,78%', mistake: 'planted', original: 'chiếm 3,87% tổng số hộ', note: 'Class 3: the commune\'s 4.812 households are given in the culture section; 186/4.812 = 3,865%, 3,87%; the digits are swapped.' }),
    share({ id: 'near-poor', quote: ['242 hộ cận nghèo, chiếm 5,03%', '4.398/4.812 hộ'], x: '242', y: '4.812', stated: '5,03%' }),
    quotient({ id: 'gift-each', quote: ['(bình quân 400.000 đồng/suất)', 'tặng 1.240 suất quà với tổng trị giá 496 triệu đồng'], x: '496', y: '1.240', factor: '1000000', stated: '400.000', trap: 'an amount per gift in đồng from triệu.' }),
    // III
    ratio({ id: 'call-up', quote: ['với 28/28 thanh niên, đạt 100% chỉ tiêu'], x: '28', y: '28', stated: '100%' }),
    contradiction({ id: 'deserter', quote: ['01 thanh niên trúng tuyển bỏ trốn trước ngày giao quân', 'không có trường hợp nào bỏ trốn hoặc không chấp hành lệnh gọi nhập ngũ'], stated: '01 thanh niên trúng tuyển bỏ trốn', expected: 'none (section III)', consistent: false, reason: 'Section III says no young man deserted; the weaknesses count one who did.', mistake: 'planted', original: 'Công tác tuyển quân còn gặp khó khăn do một số thanh niên đi làm ăn xa', note: 'Class 8: a count against a "none" statement.' }),
    contradiction({ id: 'crimes-solved', quote: ['đã điều tra làm rõ 4/4 vụ'], stated: '4/4', expected: 'all cases', consistent: true, reason: 'All cases solved, no percent written.', trap: 'an X/Y of all cases with no percent.' }),
    contradiction({ id: 'traffic', quote: ['xảy ra 3 vụ tai nạn giao thông làm chết 1 người, bị thương 3 người, giảm 2 vụ'], stated: '3 vụ', expected: 'counts', consistent: true, reason: 'Accidents, casualties and a change with no base written.', trap: 'counts with a change whose base is not written.' }),
    // IV
    cumulative({ id: 'one-stop', quote: ['lũy kế 6 tháng 2.363 hồ sơ', 'tiếp nhận trong tháng 6 là 412 hồ sơ', 'tiếp nhận 1.924 hồ sơ'], previous: '1.924', period: '412', stated: '2.363', mistake: 'planted', original: 'lũy kế 6 tháng 2.336 hồ sơ', note: 'Class 6: footnote 3\'s five months (1.924) plus June (412) is 2.336.' }),
    ratio({ id: 'on-time', quote: ['đúng và trước hạn 2.281 hồ sơ, đạt 99,3%', 'đã giải quyết 2.297 hồ sơ'], x: '2.281', y: '2.297', stated: '99,3%' }),
    // V table
    ratio({ id: 't-grain', quote: ['52,2', 'Sản lượng lương thực có hạt'], x: '7.940,5', y: '15.200', stated: '52,2', note: 'The year\'s plan only in the table.' }),
    repeat({ id: 't-grain-text', quote: ['Sản lượng lương thực có hạt', 'Tổng sản lượng lương thực có hạt đạt 7.940,5 tấn'], values: ['7.940,5', '7.940,5'] }),
    ratio({ id: 't-forest', quote: ['85,0'], x: '48,5', y: '60', stated: '85,0', mistake: 'planted', original: '80,8', note: 'Class 1: the plan only in the table\'s row; 48,5/60 = 80,83%; the text\'s weaknesses say 80,8%.' }),
    ratio({ id: 'forest-weakness', quote: ['trồng rừng tập trung mới đạt 80,8% kế hoạch', 'Trồng rừng tập trung được 48,5 ha'], x: '48,5', y: '60', stated: '80,8%', note: 'The plan only in the table.' }),
    repeat({ id: 't-revenue', quote: ['16.000', 'năm 2026 tỉnh giao 16 tỷ đồng'], values: ['16 tỷ đồng', '16.000 triệu đồng'], kind: 'unit', trap: 'the estimate in tỷ in the text and in triệu in the table.' }),
    ratio({ id: 't-disbursed', quote: ['46,1', 'Giải ngân vốn đầu tư công'], x: '11,35', y: '24,6', stated: '46,1' }),
    ratio({ id: 't-jobs', quote: ['46,7', 'Lao động có việc làm mới'], x: '196', y: '420', stated: '46,7', note: 'The table\'s rate follows its own (wrong) figure.' }),
    repeat({ id: 't-jobs-text', quote: ['196', 'Tạo việc làm mới cho 214 lao động'], values: ['214', '196'], mistake: 'planted', original: '| 420 | 214 | 51,0 |', note: 'Class 5: the table keeps an older figure (196) against the text\'s 214 jobs.' }),
    ratio({ id: 't-immunised', quote: ['46,0', 'Trẻ dưới 1 tuổi được tiêm chủng đầy đủ'], x: '138', y: '300', stated: '46,0', trap: 'the same children against the year\'s plan of 300 in the table, against the 152 due in the text.' }),
    // VI
    repeat({ id: 'summary-grain', quote: ['tổng sản lượng lương thực đạt 79.450 tạ', 'Tổng sản lượng lương thực có hạt đạt 7.940,5 tấn'], values: ['7.940,5 tấn', '79.450 tạ'], kind: 'unit', mistake: 'planted', original: 'tổng sản lượng lương thực đạt 79.405 tạ', note: 'Class 5: the summary in tạ gives 7.945 tấn against the body\'s 7.940,5 tấn.' }),
    repeat({ id: 'summary-schools', quote: ['thu ngân sách nhà nước vượt tiến độ dự toán tỉnh giao; 4/5 trường', 'lên 4/5 trường (80%)'], values: ['4', '4'] }),
    repeat({ id: 'weak-revenue', quote: ['Thu ngân sách mới đạt 49,4% dự toán', '49,4% dự toán Hội đồng nhân dân xã giao, tăng'], values: ['49,4%', '49,4%'] }),
    ratio({ id: 'weak-disbursed', quote: ['giải ngân vốn đầu tư công mới đạt 53,5% kế hoạch', 'đã giải ngân 11,35 tỷ đồng', 'do xã quản lý là 24,6 tỷ đồng'], x: '11,35', y: '24,6', stated: '53,5%', mistake: 'planted', original: 'giải ngân vốn đầu tư công mới đạt 46,1% kế hoạch', note: 'Class 2: the capital and the disbursement are in section I.3; 11,35/24,6 = 46,14% (the table\'s 46,1); 53,5% divides by the 2026 capital alone (21,2 tỷ).' }),
    repeat({ id: 'weak-insurance', quote: ['tỷ lệ tham gia bảo hiểm y tế (94,2%)', 'bảo hiểm y tế đạt 94,2% (chỉ tiêu'], values: ['94,2%', '94,2%'] }),
    // Part two
    difference({ id: 'task-revenue', quote: ['thu thêm 7,358 tỷ đồng', 'năm 2026 tỉnh giao 16 tỷ đồng', '6 tháng đạt 8.642 triệu đồng'], a: '16 tỷ đồng', b: '8.642 triệu đồng', stated: '7,358 tỷ đồng' }),
    difference({ id: 'task-capital', quote: ['còn lại 13,25 tỷ đồng', 'do xã quản lý là 24,6 tỷ đồng', 'đã giải ngân 11,35 tỷ đồng'], a: '24,6', b: '11,35', stated: '13,25' }),
    difference({ id: 'task-forest', quote: ['Trồng thêm 11,5 ha rừng tập trung', 'Trồng rừng tập trung được 48,5 ha'], a: '60', b: '48,5', stated: '11,5' }),
    difference({ id: 'task-jobs', quote: ['tạo việc làm mới cho 206 lao động', 'Tạo việc làm mới cho 214 lao động', '(420 lao động)'], a: '420', b: '214', stated: '206' }),
    contradiction({ id: 'task-target', quote: ['phấn đấu đạt chỉ tiêu 95% tỉnh giao'], stated: '95%', expected: 'a target', consistent: true, reason: 'A target as a task.', trap: 'a target with no base.' }),
  ],
});
