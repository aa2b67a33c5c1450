// Written for the corpus (batch M2): Đảng ủy xã Minh Khương Bắc (tỉnh Tuyên Quang; the commune is invented),
// the monthly report of November 2026 in short dashed items over every field: rice area × yield, the winter
// crop against its plan in parentheses with its parts after "gồm", a "none" of livestock disease, forest
// planted with the lũy kế from a footnote of October's, roads with the lũy kế from a footnote, the state
// budget revenue in tỷ with October's lũy kế in triệu in a footnote and the estimate in triệu in parentheses,
// spending against an estimate written in the next sentence with its parts after "gồm", the poverty fund,
// vaccination and health insurance X/Y (a provincial target beside it), jobs in the month and the lũy kế
// with overlapping workers abroad, poor households as a stock and flow with shares of all households, houses
// (count × support), military screening as a share, crime in the month (parts in parentheses, against
// October) and its lũy kế solved with a target, party members as a stock and flow from a footnote, branches
// by kind in parentheses, members by age with shares, admissions (lũy kế from a footnote, the target and
// 2025 in parentheses, shares of the new members), branches X/Y as whole percents, party dues (per member in
// nghìn đồng, lũy kế from a footnote, the estimate), inspection (a "100%" with no base), discipline in the
// month against "từ đầu năm", one-stop files X/Y, a satisfaction survey as shares; a table of five indicators
// (plan, month, lũy kế, same period, %); the summary restating figures; December's tasks as remainders.
import { atLeast, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-dang-uy-xa-minh-khuong-bac-bao-cao-thang-11-2026.md',
  prefix: 'mkb',
  claims: [
    // I.1
    product({ id: 'rice-output', quote: ['sản lượng đạt 6.628,6 tấn', 'Thu hoạch xong 1.265 ha lúa mùa, năng suất bình quân 52,4 tạ/ha'], x: '1.265', y: '52,4', factor: '0,1', stated: '6.628,6', trap: 'area × yield in tạ gives tấn: a product, not a share.' }),
    ratio({ id: 'winter-plan', quote: ['gieo trồng được 412,5 ha, đạt 91,7% kế hoạch (450 ha)'], x: '412,5', y: '450', stated: '91,7%' }),
    sum({ id: 'winter-parts', quote: ['gieo trồng được 412,5 ha', 'gồm ngô 186,5 ha, khoai lang 74 ha, rau màu các loại 152 ha'], parts: ['186,5', '74', '152'], total: '412,5' }),
    contradiction({ id: 'herd-counts', quote: ['Tổng đàn trâu 3.420 con, bò 2.185 con, lợn 18.640 con, gia cầm 96.300 con'], stated: '3.420', expected: 'herds by kind', consistent: true, reason: 'Herds of different animals; no total written.', trap: 'a list of counts with no total.' }),
    cumulative({ id: 'forest-cumulative', quote: ['lũy kế từ đầu năm 486 ha', 'đến hết tháng 10 năm 2026: 458 ha', 'Trồng rừng tập trung trong tháng 28 ha'], previous: '458', period: '28', stated: '486' }),
    ratio({ id: 'forest-plan', quote: ['đạt 101,3% kế hoạch năm', 'lũy kế từ đầu năm 486 ha', 'Trồng rừng tập trung (ha)'], x: '486', y: '480', stated: '101,3%', note: 'The year\'s plan of 480 ha is only in the table.' }),
    contradiction({ id: 'forest-mainly', quote: ['chủ yếu là keo và quế'], stated: 'chủ yếu', expected: 'the main kinds, no parts', consistent: true, reason: 'The main species, with no areas.', trap: 'a list of the main kinds only.' }),
    cumulative({ id: 'roads-cumulative', quote: ['bê tông hóa được 16,4 km', 'đến hết tháng 10 năm 2026: 12,45 km', 'Bê tông hóa thêm 2,15 km đường thôn'], previous: '12,45', period: '2,15', stated: '16,4', mistake: 'planted', original: 'lũy kế từ đầu năm bê tông hóa được 14,6 km[^2]', note: 'Class 6: footnote 2\'s 12,45 km to October plus the month\'s 2,15 km is 14,6 km; the text swaps two digits (16,4).' }),
    contradiction({ id: 'land-donated', quote: ['hiến 1.860 m² đất'], stated: '1.860 m²', expected: 'land donated', consistent: true, reason: 'An area beside a length; no relation between them.', trap: 'm² beside km.' }),
    contradiction({ id: 'hamlet-name', quote: ['Thôn Nà Mạ 2 hoàn thiện'], stated: '2', expected: 'a number in a name', consistent: true, reason: 'A hamlet\'s name.', trap: 'a number in a name.' }),
    // I.2
    cumulative({ id: 'revenue-cumulative', quote: ['lũy kế 11 tháng đạt 9,86 tỷ đồng', 'đến hết tháng 10 năm 2026: 8.620 triệu đồng', 'tháng 11 đạt 1.240 triệu đồng'], previous: '8.620 triệu đồng', period: '1.240 triệu đồng', stated: '9,86 tỷ đồng', note: 'October\'s lũy kế in triệu in footnote 3, the month in triệu, the lũy kế in tỷ.' }),
    ratio({ id: 'revenue-estimate', quote: ['đạt 108,4% dự toán tỉnh giao (9.100 triệu đồng)', 'lũy kế 11 tháng đạt 9,86 tỷ đồng'], x: '9,86 tỷ đồng', y: '9.100 triệu đồng', stated: '108,4%' }),
    ratio({ id: 'spending-estimate', quote: ['15.732 triệu đồng, đạt 90,1% dự toán', 'do Hội đồng nhân dân xã giao là 17.280 triệu đồng'], x: '15.732', y: '17.280', stated: '90,1%', mistake: 'planted', original: '15.732 triệu đồng, đạt 91,0% dự toán', note: 'Class 1: the estimate is in the next sentence; 15.732/17.280 = 91,04%, the text swaps two digits (90,1%).' }),
    sum({ id: 'spending-parts', quote: ['Chi ngân sách xã lũy kế 11 tháng 15.732 triệu đồng', 'gồm chi đầu tư phát triển 4.186 triệu đồng và chi thường xuyên 11.546 triệu đồng'], parts: ['4.186', '11.546'], total: '15.732' }),
    ratio({ id: 'poverty-fund', quote: ['vận động được 186,4 triệu đồng, đạt 93,2% kế hoạch (200 triệu đồng)'], x: '186,4', y: '200', stated: '93,2%' }),
    // I.3
    ratio({ id: 'vaccination', quote: ['42/44 trẻ dưới 1 tuổi trong tháng, đạt 95,5%'], x: '42', y: '44', stated: '95,5%' }),
    ratio({ id: 'health-insurance', quote: ['11.732/12.120 người tham gia bảo hiểm y tế, đạt 96,8%'], x: '11.732', y: '12.120', stated: '96,8%', trap: 'the province\'s 95% target in parentheses beside the X/Y.' }),
    ratio({ id: 'jobs-plan', quote: ['lũy kế 11 tháng 412 lao động, đạt 103,0% kế hoạch năm (400 lao động)'], x: '412', y: '400', stated: '103,0%' }),
    atLeast({ id: 'jobs-abroad', quote: ['trong đó đi làm việc có thời hạn ở nước ngoài 26 người', 'lũy kế 11 tháng 412 lao động'], big: '412', small: '26', trap: 'workers abroad after "trong đó", a part of the lũy kế, not of the month.' }),
    repeat({ id: 'jobs-month', quote: ['giải quyết việc làm mới cho 33 lao động', 'Giải quyết việc làm mới (lao động)'], values: ['38', '33'], mistake: 'planted', original: 'giải quyết việc làm mới cho 38 lao động', note: 'Class 5: the table\'s month column gives 38, the text 33.' }),
    share({ id: 'poor-start-share', quote: ['268 hộ nghèo, chiếm 8,46% tổng số 3.168 hộ'], x: '268', y: '3.168', stated: '8,46%' }),
    sum({ id: 'poor-flow', quote: ['đến nay còn 199 hộ nghèo', 'Đầu năm xã có 268 hộ nghèo', 'có 74 hộ thoát nghèo, phát sinh mới 5 hộ'], parts: ['268', '−74', '5'], total: '199' }),
    share({ id: 'poor-now-share', quote: ['tỷ lệ hộ nghèo còn 6,28%', 'đến nay còn 199 hộ nghèo', 'tổng số 3.168 hộ'], x: '199', y: '3.168', stated: '6,28%' }),
    product({ id: 'houses-cost', quote: ['tổng kinh phí 720 triệu đồng', 'khởi công 12 nhà ở', 'mức hỗ trợ 60 triệu đồng/nhà'], x: '12', y: '60', stated: '720', trap: 'houses × the support per house; the 60 triệu is a rate, not a part.' }),
    contradiction({ id: 'hamlets-all', quote: ['ở 22/22 thôn'], stated: '22/22', expected: 'all hamlets', consistent: true, reason: 'All hamlets, written X/Y.', trap: 'a count written X/Y.' }),
    contradiction({ id: 'tournament', quote: ['lần thứ III với 16 đội tham gia'], stated: '16', expected: 'an ordinal and a count', consistent: true, reason: 'The third edition; teams with no total.', trap: 'an ordinal beside a count.' }),
    // I.4
    share({ id: 'conscripts-fit', quote: ['52 thanh niên đủ tiêu chuẩn sức khỏe, chiếm 60,5%', 'cho 86 thanh niên'], x: '52', y: '86', stated: '60,5%' }),
    contradiction({ id: 'conscription-year', quote: ['nghĩa vụ quân sự năm 2027'], stated: '2027', expected: 'a year', consistent: true, reason: 'The year of the call-up.', trap: 'a year, not a count.' }),
    sum({ id: 'crime-month', quote: ['Tháng 11 xảy ra 3 vụ phạm pháp hình sự (2 vụ trộm cắp tài sản, 1 vụ cố ý gây thương tích)'], parts: ['2', '1'], total: '3' }),
    difference({ id: 'crime-vs-october', quote: ['giảm 2 vụ so với tháng 10 (5 vụ)', 'Tháng 11 xảy ra 3 vụ'], a: '5', b: '3', stated: '2' }),
    ratio({ id: 'crime-solved', quote: ['đã điều tra làm rõ 24 vụ, đạt 88,9% (chỉ tiêu trên 75%)', 'Lũy kế 11 tháng xảy ra 27 vụ'], x: '24', y: '27', stated: '88,9%', trap: 'the target "trên 75%" in parentheses beside the rate.' }),
    atLeast({ id: 'crime-lũy-kế', quote: ['Lũy kế 11 tháng xảy ra 27 vụ', 'Tháng 11 xảy ra 3 vụ'], big: '27', small: '3' }),
    contradiction({ id: 'traffic-none', quote: ['Xảy ra 1 vụ va chạm giao thông trên đường liên xã, không có thiệt hại về người'], stated: 'không có thiệt hại về người', expected: 'a "none" of casualties beside a collision', consistent: true, reason: 'The collision is counted; the "none" is of casualties only.', trap: 'a "none" of another subject beside a count.' }),
    // I.5
    contradiction({ id: 'resolution-number', quote: ['Nghị quyết số 18-NQ/TW cho 1.126 đảng viên'], stated: '18', expected: 'a number in a name', consistent: true, reason: 'A resolution\'s number.', trap: 'a number in a name.' }),
    sum({ id: 'branches', quote: ['Đảng bộ có 34 chi bộ trực thuộc (22 chi bộ thôn, 9 chi bộ trường học, 4 chi bộ cơ quan, đơn vị)'], parts: ['22', '9', '4'], total: '34', mistake: 'planted', original: '8 chi bộ trường học', note: 'Class 4: the branches in parentheses add to 35, not 34.' }),
    sum({ id: 'members-flow', quote: ['toàn Đảng bộ có 1.184 đảng viên', 'Đến ngày 31/10/2026, Đảng bộ có 1.181 đảng viên', 'kết nạp 6 đảng viên mới, 2 đồng chí từ trần, 1 đồng chí chuyển sinh hoạt đảng đi nơi khác'], parts: ['1.181', '6', '−2', '−1'], total: '1.184', note: 'Footnote 4\'s members at the end of October, plus the admitted, less the dead and the transferred.' }),
    sum({ id: 'members-age', quote: ['toàn Đảng bộ có 1.184 đảng viên', 'dưới 30 tuổi 148 đồng chí', 'từ 30 đến dưới 60 tuổi 712 đồng chí', 'từ 60 tuổi trở lên 324 đồng chí'], parts: ['148', '712', '324'], total: '1.184' }),
    share({ id: 'age-under-30', quote: ['148 đồng chí (12,5%)', 'toàn Đảng bộ có 1.184 đảng viên'], x: '148', y: '1.184', stated: '12,5%' }),
    share({ id: 'age-30-60', quote: ['712 đồng chí (60,1%)', 'toàn Đảng bộ có 1.184 đảng viên'], x: '712', y: '1.184', stated: '60,1%' }),
    share({ id: 'age-over-60', quote: ['324 đồng chí (27,4%)', 'toàn Đảng bộ có 1.184 đảng viên'], x: '324', y: '1.184', stated: '27,4%' }),
    sum({ id: 'age-shares', quote: ['(12,5%)', '(60,1%)', '(27,4%)'], parts: ['12,5%', '60,1%', '27,4%'], total: '100%', implicitTotal: true, rounded: true }),
    cumulative({ id: 'admissions-cumulative', quote: ['Lũy kế từ đầu năm kết nạp 41 đảng viên', 'đến hết tháng 10 năm 2026: 35 đảng viên', 'Trong tháng kết nạp 6 đảng viên mới'], previous: '35', period: '6', stated: '41' }),
    ratio({ id: 'admissions-target', quote: ['đạt 102,5% chỉ tiêu năm (40 đảng viên; năm 2025 kết nạp 38 đảng viên)', 'Lũy kế từ đầu năm kết nạp 41 đảng viên'], x: '41', y: '40', stated: '102,5%', trap: 'the 2025 admissions beside the target in the same parentheses.' }),
    atLeast({ id: 'admissions-2025', quote: ['năm 2025 kết nạp 38 đảng viên', 'Kết nạp đảng viên (đảng viên)'], big: '38', small: '37', trap: 'the whole of 2025 in the text (38) against the same eleven months of 2025 in the table (37): two spans, no mistake.' }),
    share({ id: 'admissions-women', quote: ['17 đồng chí nữ (chiếm 41,5%)', 'Lũy kế từ đầu năm kết nạp 41 đảng viên'], x: '17', y: '41', stated: '41,5%' }),
    share({ id: 'admissions-youth', quote: ['29 đoàn viên thanh niên (chiếm 70,7%)', 'Lũy kế từ đầu năm kết nạp 41 đảng viên'], x: '29', y: '41', stated: '70,7%' }),
    ratio({ id: 'branch-sessions', quote: ['19/22 chi bộ thôn tổ chức sinh hoạt chuyên đề theo quy định, đạt 86%'], x: '19', y: '22', stated: '86%' }),
    ratio({ id: 'dan-van-kheo', quote: ['15/22 chi bộ thôn xây dựng được mô hình "Dân vận khéo", đạt 67%'], x: '15', y: '22', stated: '67%', mistake: 'planted', original: 'đạt 68%', note: 'Class 7: 15/22 = 68,18%, which is 68% written whole.' }),
    quotient({ id: 'dues-per-member', quote: ['bình quân 15,6 nghìn đồng/đảng viên/tháng', 'Tháng 11 thu 18,46 triệu đồng', 'toàn Đảng bộ có 1.184 đảng viên'], x: '18,46', y: '1.184', factor: '1000', stated: '15,6', trap: 'dues per member in nghìn đồng from triệu.' }),
    cumulative({ id: 'dues-cumulative', quote: ['lũy kế 11 tháng thu 203,5 triệu đồng', 'đến hết tháng 10 năm 2026: 185,04 triệu đồng', 'Tháng 11 thu 18,46 triệu đồng'], previous: '185,04', period: '18,46', stated: '203,5' }),
    ratio({ id: 'dues-estimate', quote: ['đạt 94,2% dự toán năm (216 triệu đồng)', 'lũy kế 11 tháng thu 203,5 triệu đồng'], x: '203,5', y: '216', stated: '94,2%' }),
    contradiction({ id: 'inspection-100', quote: ['giám sát 22 tổ chức đảng, 51 đảng viên, đạt 100% kế hoạch năm'], stated: '100%', expected: 'a percent with no base written', consistent: true, reason: 'The year\'s plan of inspections is not written.', trap: 'a percent with no base.' }),
    atLeast({ id: 'inspected-members', quote: ['kiểm tra 14 tổ chức đảng, 38 đảng viên', 'kiểm tra 1 đảng viên khi có dấu hiệu vi phạm'], big: '38', small: '1' }),
    sum({ id: 'discipline-month', quote: ['thi hành kỷ luật 2 đảng viên (1 khiển trách, 1 cảnh cáo)'], parts: ['1', '1'], total: '2' }),
    atLeast({ id: 'discipline-year', quote: ['từ đầu năm đến nay đã thi hành kỷ luật 1 đảng viên', 'Trong tháng thi hành kỷ luật 2 đảng viên'], big: '1', small: '2', kind: 'cumulative', mistake: 'planted', original: 'từ đầu năm đến nay đã thi hành kỷ luật 5 đảng viên', note: 'Class 6: the year to date (1) is below the month alone (2).' }),
    ratio({ id: 'one-stop', quote: ['giải quyết đúng hạn 1.398 hồ sơ, đạt 99,0%', 'tiếp nhận 1.412 hồ sơ'], x: '1.398', y: '1.412', stated: '99,0%' }),
    sum({ id: 'satisfaction', quote: ['rất hài lòng 46,2%, hài lòng 41,5%, chưa hài lòng 11,3%'], parts: ['46,2%', '41,5%', '11,3%'], total: '100%', implicitTotal: true, rounded: true, mistake: 'planted', original: 'chưa hài lòng 12,3%', note: 'Class 3: the shares of one survey add to 99,0%, not 100%.' }),
    // I.6 table
    ratio({ id: 't-forest', quote: ['107,5', 'Trồng rừng tập trung (ha)'], x: '486', y: '452', stated: '107,5' }),
    ratio({ id: 't-revenue', quote: ['106,7', 'Thu ngân sách nhà nước trên địa bàn (triệu đồng)'], x: '9.860', y: '9.245', stated: '106,7' }),
    ratio({ id: 't-jobs', quote: ['104,3', 'Giải quyết việc làm mới (lao động)'], x: '412', y: '395', stated: '104,3' }),
    ratio({ id: 't-admissions', quote: ['110,8', 'Kết nạp đảng viên (đảng viên)'], x: '41', y: '37', stated: '110,8' }),
    ratio({ id: 't-dues', quote: ['103,4', 'Thu đảng phí (triệu đồng)'], x: '203,5', y: '196,8', stated: '103,4' }),
    repeat({ id: 't-revenue-text', quote: ['Thu ngân sách nhà nước trên địa bàn (triệu đồng)', 'lũy kế 11 tháng đạt 9,86 tỷ đồng'], values: ['9.860 triệu đồng', '9,86 tỷ đồng'], kind: 'unit', trap: 'the table\'s triệu restated in tỷ in the text, agreeing.' }),
    repeat({ id: 't-admissions-text', quote: ['Kết nạp đảng viên (đảng viên)', 'Trong tháng kết nạp 6 đảng viên mới'], values: ['6', '6'] }),
    repeat({ id: 't-dues-text', quote: ['Thu đảng phí (triệu đồng)', 'Tháng 11 thu 18,46 triệu đồng'], values: ['18,46', '18,46'] }),
    // II
    excess({ id: 'summary-revenue', quote: ['vượt 8,4% dự toán', 'lũy kế 11 tháng đạt 9,86 tỷ đồng', 'dự toán tỉnh giao (9.100 triệu đồng)'], x: '9,86 tỷ đồng', y: '9.100 triệu đồng', stated: '8,4%' }),
    share({ id: 'summary-study', quote: ['quán triệt nghị quyết đạt 95,3%', 'cho 1.126 đảng viên', 'toàn Đảng bộ có 1.184 đảng viên', 'Đảng bộ có 1.181 đảng viên'], x: '1.126', y: '1.184', stated: '95,3%', mistake: 'planted', original: 'quán triệt nghị quyết đạt 95,1%', note: 'Class 2: the rate is only in the summary, its count in section I.5; 95,3% divides the 1.126 by footnote 4\'s 1.181 members at the end of October instead of the 1.184 (95,10%).' }),
    repeat({ id: 'summary-admissions', quote: ['kết nạp 41 đảng viên, hoàn thành', 'Lũy kế từ đầu năm kết nạp 41 đảng viên'], values: ['41', '41'] }),
    repeat({ id: 'summary-dues', quote: ['đảng phí 11 tháng đạt 205,3 triệu đồng', 'lũy kế 11 tháng thu 203,5 triệu đồng'], values: ['203,5', '205,3'], mistake: 'planted', original: 'lũy kế thu đảng phí 11 tháng đạt 203,5 triệu đồng', note: 'Class 5: the summary swaps two digits of the body\'s 203,5.' }),
    contradiction({ id: 'disease-none', quote: ['Xảy ra 01 ổ dịch tả lợn châu Phi tại thôn Nà Mạ 2', 'trong tháng không phát sinh dịch bệnh trên đàn gia súc, gia cầm'], stated: '01 ổ dịch tả lợn châu Phi', expected: 'none (section I.1)', consistent: false, reason: 'Section I.1 says no disease arose in the month; the weaknesses count an outbreak of African swine fever.', mistake: 'planted', original: 'Nguy cơ dịch tả lợn châu Phi từ các xã lân cận còn cao', note: 'Class 8: a count against a "none" statement.' }),
    difference({ id: 'dan-van-left', quote: ['còn 7 chi bộ thôn chưa xây dựng', '15/22 chi bộ thôn'], a: '22', b: '15', stated: '7' }),
    // III
    difference({ id: 'task-winter', quote: ['hoàn thành gieo trồng 37,5 ha vụ đông', 'kế hoạch (450 ha)', 'gieo trồng được 412,5 ha'], a: '450', b: '412,5', stated: '37,5' }),
    difference({ id: 'task-dues', quote: ['thu đủ 12,5 triệu đồng đảng phí', 'dự toán năm (216 triệu đồng)', 'lũy kế 11 tháng thu 203,5 triệu đồng'], a: '216', b: '203,5', stated: '12,5' }),
    contradiction({ id: 'task-date', quote: ['xong trước ngày 20/12/2026'], stated: '20/12/2026', expected: 'a date', consistent: true, reason: 'A deadline.', trap: 'a date written X/Y.' }),
  ],
});
