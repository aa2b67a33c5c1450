// Written for the corpus, blind: Ban Thường trực Ủy ban MTTQ Việt Nam phường Hòa Khánh Nam (thành phố Đà Nẵng after
// the 2025 merger; the ward and its tổ dân phố are invented) to the city's Ban Thường trực and the ward's Đảng ủy, the
// report on the year 2026 of the Quỹ "Vì người nghèo", an sinh xã hội and the movement "Toàn dân đoàn kết xây dựng
// đời sống văn hóa ở khu dân cư", with the tasks of 2027, in parts I - VI: document numbers, the ward's founding
// date, households and population, an address and the peak month's dates; the fund raised against the city's
// target in tỷ (126,05 half-up) and the ward's plan in tỷ in the sentence before, the increase in triệu and in
// percent against 2025 from a footnote, the quarter IV and the nine months' lũy kế (the nine months' rate in the
// footnote), sources after "gồm" with their shares, a "trong đó" subset of the diaspora in tỷ; the fund's sources
// (the 2025 balance carried only in a footnote), spending as a share of them and by purpose after "gồm", houses
// built and repaired (count × rate, a per-house average, the plan in parentheses, the quarter and the nine months'
// footnote), scholarships and Tết gifts as products with "trong đó" subsets, 146/146 (100%), medical support per
// case, the remaining balance (carried + raised − spent), a "none" of misuse beside vouchers of another kind;
// poor households (share of the households of the opening paragraph, the fall against the start of the year in a
// footnote, a percentage-point fall, the year's movement with "trong đó" subsets), near-poor households (shares,
// the fall in count and percent), bare shares of causes of poverty, loans per household from tỷ, a "none" of
// complaints; the Ngày hội at 28/28 with people per tổ dân phố, its funding as count × rate and a remainder, an
// anniversary from dates; cultural families X/Y against a minimum with the change in households and percentage
// points from a footnote, cultural tổ dân phố X/Y against a minimum; member organisations with admissions against a
// target, two restated in the text, and a table of five with a total row; supervision after "gồm" and against
// 2025, recommendations accepted X/Y with the remainder, social criticism X/Y, people's opinions against 2025 and by
// field after "gồm", the city's share (8,75 half-up) and the ward's remainder answered X/Y; a summary restating
// figures (some in tỷ), weaknesses with remainders, and the targets of 2027.
//
// (b) Mistakes and traps: the plan's percent divides by 2025's 1,4 tỷ of footnote 1 instead of the 1,45 tỷ of the
// sentence before (class 1); the change against 2025 divides the increase by 2026's figure, its base only in the
// footnote (class 1); the summary's share of households escaping poverty divides by the end-of-year poor instead of
// the start of the year's (class 2); the bare shares of causes of poverty add to 90,9% (class 3); the opinions by
// field after "gồm" add to 213 against 240 (class 4); the women's union's members in the text against the table
// (class 5) and the summary's houses against I.2 (class 5), both with two digits swapped; the nine months' houses of
// footnote 3 plus the quarter's 6 miss the year's 23 (class 6); 19/23 written 82% instead of 83% (class 7); the
// summary's "không có hộ tái nghèo" against the 2 re-poor households of I.3 (class 8).
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-mttq-phuong-hoa-khanh-nam-quy-vi-nguoi-ngheo-nam-2026.md',
  prefix: 'hkn',
  claims: [
    contradiction({ id: 'documents', quote: ['Số: 86/BC-MTTQ-BTT', 'Kế hoạch số 118/KH-MTTQ-BTT ngày 12/01/2026', 'Chương trình phối hợp số 02/CTrPH-MTTQ-UBND ngày 20/01/2026', 'Báo cáo số 94/BC-MTTQ-BTT ngày 19/12/2025'], stated: '86', expected: 'documents', consistent: true, reason: 'The numbers and dates of the report, a plan, a joint programme and last year\'s report.', trap: 'numbers in documents\' names.' }),
    contradiction({ id: 'dates-places', quote: ['được thành lập từ ngày 01/7/2025', 'đặt tại số 518 đường Tôn Đức Thắng', '(từ ngày 17/10 đến ngày 18/11/2026)', 'Kho bạc Nhà nước khu vực XIII', 'Dịp Tết Nguyên đán Bính Ngọ năm 2026', '(số liệu tính đến ngày 15/12/2026)'], stated: '01/7/2025', expected: 'dates and an address', consistent: true, reason: 'A founding date, a street number, the peak month\'s dates, a treasury region, a Tết and the reporting date.', trap: 'numbers in dates and addresses.' }),
    contradiction({ id: 'names-periods', quote: ['Tổ dân phố số 17', 'Tổ dân phố số 9', 'chuẩn nghèo đa chiều giai đoạn 2026 - 2030', 'của phường giai đoạn 2026 - 2030'], stated: '17', expected: 'names and periods', consistent: true, reason: 'Numbers naming tổ dân phố and the period of a poverty standard and of a plan.', trap: 'numbers in names and periods.' }),
    // I.1
    ratio({ id: 'city-target', quote: ['bằng 126,1% chỉ tiêu thành phố giao', 'vận động được 1.512,6 triệu đồng, bằng', 'đối với phường là 1,2 tỷ đồng'], x: '1.512,6 triệu đồng', y: '1,2 tỷ đồng', stated: '126,1%', trap: 'a percent across scales (triệu of tỷ), the target in the paragraph before; exactly 126,05, half-up (truncation gives 126,0).' }),
    ratio({ id: 'ward-plan', quote: ['đạt 108,0% kế hoạch của phường', 'vận động được 1.512,6 triệu đồng, bằng', 'kế hoạch phấn đấu vận động 1,45 tỷ đồng'], x: '1.512,6 triệu đồng', y: '1,45 tỷ đồng', stated: '108,0%', mistake: 'planted', original: 'đạt 104,3% kế hoạch của phường', note: 'Class 1: the plan is in the paragraph before, in tỷ; 1.512,6 triệu of 1,45 tỷ is 104,3%; 108,0% divides by 2025\'s plan of 1,4 tỷ in footnote 1.' }),
    change({ id: 'raised-vs-2025', quote: ['(14,9%) so với năm 2025', 'vận động được 1.512,6 triệu đồng, bằng', 'vận động được 1.286,5 triệu đồng'], x: '1.512,6', base: '1.286,5', stated: '14,9%', direction: 'tăng', mistake: 'planted', original: 'tăng 226,1 triệu đồng (17,6%) so với năm 2025', note: 'Class 1: the base is only in footnote 1; 226,1 of 1.286,5 is 17,6%; 14,9% divides the increase by 2026\'s 1.512,6.' }),
    difference({ id: 'raised-increase', quote: ['tăng 226,1 triệu đồng', 'vận động được 1.512,6 triệu đồng, bằng', 'vận động được 1.286,5 triệu đồng'], a: '1.512,6', b: '1.286,5', stated: '226,1', note: 'The base is only in footnote 1.' }),
    cumulative({ id: 'raised-lk', quote: ['vận động được 1.512,6 triệu đồng, bằng', '9 tháng năm 2026, Quỹ vận động được 1.128,3 triệu đồng', 'riêng quý IV vận động được 384,3 triệu đồng'], previous: '1.128,3', period: '384,3', stated: '1.512,6', note: 'The nine months are only in footnote 2.' }),
    ratio({ id: 'raised-9m-plan', quote: ['đạt 77,8% kế hoạch của phường', '9 tháng năm 2026, Quỹ vận động được 1.128,3 triệu đồng', 'kế hoạch phấn đấu vận động 1,45 tỷ đồng'], x: '1.128,3 triệu đồng', y: '1,45 tỷ đồng', stated: '77,8%', trap: 'the nine months\' rate in a footnote, a same-named indicator of another period, against a plan in tỷ.' }),
    sum({ id: 'sources', quote: ['vận động được 1.512,6 triệu đồng, bằng', 'các cơ quan, đơn vị, trường học 318,4 triệu đồng (21,0%); doanh nghiệp, hộ kinh doanh 642,5 triệu đồng (42,5%); nhân dân các tổ dân phố 386,7 triệu đồng (25,6%); con em quê hương làm ăn xa và người Việt Nam ở nước ngoài 165 triệu đồng (10,9%)'], parts: ['318,4', '642,5', '386,7', '165'], total: '1.512,6', labels: ['cơ quan', 'doanh nghiệp', 'nhân dân', 'con em xa quê, kiều bào'] }),
    share({ id: 'share-agencies', quote: ['trường học 318,4 triệu đồng (21,0%)', 'vận động được 1.512,6 triệu đồng, bằng'], x: '318,4', y: '1.512,6', stated: '21,0%' }),
    share({ id: 'share-businesses', quote: ['hộ kinh doanh 642,5 triệu đồng (42,5%)', 'vận động được 1.512,6 triệu đồng, bằng'], x: '642,5', y: '1.512,6', stated: '42,5%' }),
    share({ id: 'share-residents', quote: ['nhân dân các tổ dân phố 386,7 triệu đồng (25,6%)', 'vận động được 1.512,6 triệu đồng, bằng'], x: '386,7', y: '1.512,6', stated: '25,6%' }),
    share({ id: 'share-diaspora', quote: ['ở nước ngoài 165 triệu đồng (10,9%)', 'vận động được 1.512,6 triệu đồng, bằng'], x: '165', y: '1.512,6', stated: '10,9%' }),
    sum({ id: 'sources-shares', quote: ['318,4 triệu đồng (21,0%); doanh nghiệp, hộ kinh doanh 642,5 triệu đồng (42,5%); nhân dân các tổ dân phố 386,7 triệu đồng (25,6%)', 'ở nước ngoài 165 triệu đồng (10,9%)'], parts: ['21,0%', '42,5%', '25,6%', '10,9%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    atLeast({ id: 'diaspora-subset', quote: ['ủng hộ 0,12 tỷ đồng', 'ở nước ngoài 165 triệu đồng (10,9%)'], big: '165 triệu đồng', small: '0,12 tỷ đồng', trap: 'a "trong đó" subset in another scale (tỷ), not a breakdown.' }),
    // I.2
    sum({ id: 'fund-sources', quote: ['Tổng nguồn Quỹ năm 2026 là 1.699 triệu đồng', 'chuyển sang năm 2026 là 186,4 triệu đồng', 'vận động được 1.512,6 triệu đồng, bằng'], parts: ['186,4', '1.512,6'], total: '1.699', note: 'The 2025 balance carried over is only in footnote 1.' }),
    ratio({ id: 'spent-of-sources', quote: ['bằng 91,8% tổng nguồn Quỹ', 'đã chi hỗ trợ 1.560,4 triệu đồng', 'Tổng nguồn Quỹ năm 2026 là 1.699 triệu đồng'], x: '1.560,4', y: '1.699', stated: '91,8%' }),
    sum({ id: 'spending', quote: ['đã chi hỗ trợ 1.560,4 triệu đồng', 'nhà ở 980 triệu đồng (chiếm 62,8%); cấp học bổng 189 triệu đồng; tặng quà Tết 321 triệu đồng; hỗ trợ khám, chữa bệnh 70,4 triệu đồng'], parts: ['980', '189', '321', '70,4'], total: '1.560,4', labels: ['nhà ở', 'học bổng', 'quà Tết', 'khám, chữa bệnh'] }),
    share({ id: 'housing-share', quote: ['(chiếm 62,8%)', 'nhà ở 980 triệu đồng', 'đã chi hỗ trợ 1.560,4 triệu đồng'], x: '980', y: '1.560,4', stated: '62,8%' }),
    sum({ id: 'houses-count', quote: ['hỗ trợ xây mới, sửa chữa 23 nhà đại đoàn kết cho hộ nghèo', 'gồm xây mới 9 nhà', 'sửa chữa 14 nhà với mức'], parts: ['9', '14'], total: '23' }),
    ratio({ id: 'houses-plan', quote: ['đạt 115% kế hoạch (20 nhà)', 'hỗ trợ xây mới, sửa chữa 23 nhà đại đoàn kết cho hộ nghèo'], x: '23', y: '20', stated: '115%' }),
    product({ id: 'houses-new', quote: ['(630 triệu đồng)', 'xây mới 9 nhà với mức hỗ trợ 70 triệu đồng/nhà'], x: '9', y: '70', stated: '630 triệu đồng', trap: 'a product of a count and a rate.' }),
    product({ id: 'houses-repair', quote: ['(350 triệu đồng)', 'sửa chữa 14 nhà với mức 25 triệu đồng/nhà'], x: '14', y: '25', stated: '350 triệu đồng', note: 'a product of a count and a rate.' }),
    sum({ id: 'houses-money', quote: ['nhà ở 980 triệu đồng', '(630 triệu đồng)', '(350 triệu đồng)'], parts: ['630', '350'], total: '980' }),
    quotient({ id: 'per-house', quote: ['bình quân 42,6 triệu đồng/nhà', 'nhà ở 980 triệu đồng', 'hỗ trợ xây mới, sửa chữa 23 nhà đại đoàn kết cho hộ nghèo'], x: '980', y: '23', stated: '42,6', trap: 'a per-house average (42,61 written to one decimal).' }),
    cumulative({ id: 'houses-lk', quote: ['hỗ trợ xây mới, sửa chữa 23 nhà đại đoàn kết cho hộ nghèo', '9 tháng năm 2026 đã hỗ trợ xây mới, sửa chữa 16 nhà đại đoàn kết', 'quý IV hoàn thành, bàn giao 6 nhà'], previous: '16', period: '6', stated: '23', mistake: 'planted', original: '9 tháng năm 2026 đã hỗ trợ xây mới, sửa chữa 17 nhà đại đoàn kết', note: 'Class 6: footnote 3\'s 16 houses of nine months plus the quarter\'s 6 is 22, not the year\'s 23 (which 9 + 14 and the 980 triệu carry); the footnote\'s 17 is written 16.' }),
    product({ id: 'scholarships', quote: ['(189 triệu đồng), trong đó 42 suất', 'Trao 126 suất học bổng', 'mức 1,5 triệu đồng/suất'], x: '126', y: '1,5', stated: '189 triệu đồng', note: 'a product of a count and a rate.' }),
    repeat({ id: 'scholarships-repeat', quote: ['cấp học bổng 189 triệu đồng', '(189 triệu đồng), trong đó 42 suất'], values: ['189', '189'] }),
    atLeast({ id: 'scholarships-poor', quote: ['trong đó 42 suất cho con em hộ nghèo', 'Trao 126 suất học bổng'], big: '126', small: '42', note: 'a "trong đó" subset that is not a breakdown.' }),
    product({ id: 'tet-gifts', quote: ['(321 triệu đồng) cho hộ nghèo', 'tặng 642 suất quà, mỗi suất 500 nghìn đồng'], x: '642', y: '500', factor: '0,001', stated: '321 triệu đồng', trap: 'count × rate in nghìn đồng, written in triệu.' }),
    repeat({ id: 'tet-repeat', quote: ['tặng quà Tết 321 triệu đồng', '(321 triệu đồng) cho hộ nghèo'], values: ['321', '321'] }),
    ratio({ id: 'tet-poor-all', quote: ['146/146 hộ nghèo được tặng quà (100%)'], x: '146', y: '146', stated: '100%', trap: '"100%" of X/X.' }),
    atLeast({ id: 'tet-poor-subset', quote: ['tặng 642 suất quà', 'trong đó 146/146 hộ nghèo'], big: '642', small: '146', trap: 'a "trong đó" subset that is not a breakdown.' }),
    repeat({ id: 'tet-poor-start', quote: ['đầu năm 2026 có 146 hộ nghèo (1,17%)', '146/146 hộ nghèo được tặng quà'], values: ['146', '146'], note: 'The gifts at Tết went to the poor households of the start of the year, given in footnote 4.' }),
    repeat({ id: 'medical-repeat', quote: ['Hỗ trợ 38 trường hợp mắc bệnh hiểm nghèo với số tiền 70,4 triệu đồng', 'hỗ trợ khám, chữa bệnh 70,4 triệu đồng'], values: ['70,4', '70,4'] }),
    quotient({ id: 'medical-per-case', quote: ['bình quân 1,85 triệu đồng/trường hợp', 'Hỗ trợ 38 trường hợp mắc bệnh hiểm nghèo với số tiền 70,4 triệu đồng'], x: '70,4', y: '38', stated: '1,85', note: 'a per-case average (1,8526 written to two decimals).' }),
    sum({ id: 'balance', quote: ['Số dư Quỹ đến ngày 15/12/2026 là 138,6 triệu đồng', 'chuyển sang năm 2026 là 186,4 triệu đồng', 'vận động được 1.512,6 triệu đồng, bằng', 'đã chi hỗ trợ 1.560,4 triệu đồng'], parts: ['186,4', '1.512,6', '−1.560,4'], total: '138,6', trap: 'a remainder: the balance carried (only in footnote 1) plus the year\'s raising less the spending.' }),
    contradiction({ id: 'no-misuse', quote: ['phát hiện 3 chứng từ chi chưa đủ chữ ký người nhận', 'không có trường hợp sử dụng Quỹ sai mục đích'], stated: '3 chứng từ', expected: 'another kind', consistent: true, reason: 'Vouchers lacking a signature, since completed, are not a misuse of the fund.', trap: 'a count of another kind beside a "none".' }),
    // I.3
    ratio({ id: 'poor-share', quote: ['còn 84 hộ nghèo, chiếm 0,66% tổng số hộ', 'có 28 tổ dân phố với 12.640 hộ'], x: '84', y: '12.640', stated: '0,66%', note: 'The households are in the opening paragraph.' }),
    difference({ id: 'poor-fall', quote: ['giảm 62 hộ so với đầu năm', 'còn 84 hộ nghèo, chiếm', 'đầu năm 2026 có 146 hộ nghèo'], a: '146', b: '84', stated: '62', note: 'The start of the year is only in footnote 4.' }),
    ratio({ id: 'poor-start-share', quote: ['có 146 hộ nghèo (1,17%)', 'toàn phường có 12.512 hộ'], x: '146', y: '12.512', stated: '1,17%' }),
    ratio({ id: 'near-poor-start-share', quote: ['231 hộ cận nghèo (1,85%)', 'toàn phường có 12.512 hộ'], x: '231', y: '12.512', stated: '1,85%' }),
    difference({ id: 'poor-pp', quote: ['tỷ lệ hộ nghèo giảm 0,51 điểm phần trăm', 'chiếm 0,66% tổng số hộ', 'có 146 hộ nghèo (1,17%)'], a: '1,17', b: '0,66', stated: '0,51', trap: 'a percentage-point fall, the earlier rate in a footnote (not a relative fall of 43,6%).' }),
    sum({ id: 'poor-movement', quote: ['còn 84 hộ nghèo, chiếm', 'Trong năm có 71 hộ thoát nghèo', 'phát sinh 9 hộ nghèo mới', 'đầu năm 2026 có 146 hộ nghèo'], parts: ['146', '−71', '9'], total: '84', note: 'The start of the year less those leaving poverty plus the new poor.' }),
    atLeast({ id: 'escaped-subset', quote: ['trong đó 18 hộ thoát nghèo nhờ vay vốn ưu đãi', 'Trong năm có 71 hộ thoát nghèo'], big: '71', small: '18', trap: 'a "trong đó" subset that is not a breakdown.' }),
    atLeast({ id: 'repoor-subset', quote: ['trong đó 2 hộ tái nghèo do ốm đau', 'phát sinh 9 hộ nghèo mới'], big: '9', small: '2', note: 'a "trong đó" subset that is not a breakdown.' }),
    ratio({ id: 'near-poor-share', quote: ['Số hộ cận nghèo còn 198 hộ (1,57%)', 'có 28 tổ dân phố với 12.640 hộ'], x: '198', y: '12.640', stated: '1,57%' }),
    difference({ id: 'near-poor-fall', quote: ['giảm 33 hộ (14,3%)', 'Số hộ cận nghèo còn 198 hộ', '231 hộ cận nghèo (1,85%)'], a: '231', b: '198', stated: '33' }),
    change({ id: 'near-poor-change', quote: ['(14,3%) so với đầu năm', 'Số hộ cận nghèo còn 198 hộ', '231 hộ cận nghèo (1,85%)'], x: '198', base: '231', stated: '14,3%', direction: 'giảm', note: 'The base is only in footnote 4.' }),
    sum({ id: 'poverty-causes', quote: ['thiếu lao động, mất sức lao động chiếm 45,2%; ốm đau, bệnh tật kéo dài 23,1%; thiếu vốn, thiếu tư liệu sản xuất 13,1%; nguyên nhân khác 9,5%'], parts: ['45,2%', '23,1%', '13,1%', '9,5%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'ốm đau, bệnh tật kéo dài 32,1%', note: 'Class 3: the four causes\' shares of the 84 poor households add to 90,9%; the illness share\'s 32,1% (27 of 84) is written 23,1%.' }),
    quotient({ id: 'loans-per-household', quote: ['bình quân 50 triệu đồng/hộ', 'cho 64 lượt hộ nghèo', 'tổng số tiền 3,2 tỷ đồng'], x: '3,2', y: '64', factor: '1000', stated: '50', trap: 'a per-household loan in triệu from a total in tỷ.' }),
    contradiction({ id: 'no-complaints', quote: ['Trong năm không có đơn thư khiếu nại về kết quả rà soát, bình xét hộ nghèo'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts a complaint about the poverty review.', trap: 'a "none" with nothing against it.' }),
    // II
    difference({ id: 'anniversary', quote: ['kỷ niệm 96 năm Ngày thành lập', '18/11/1930 - 18/11/2026'], a: '2026', b: '1930', stated: '96', trap: 'an anniversary\'s count of years from the dates beside it.' }),
    ratio({ id: 'ngay-hoi', quote: ['tại 28/28 tổ dân phố (100%)'], x: '28', y: '28', stated: '100%', trap: '"100%" of X/X.' }),
    quotient({ id: 'ngay-hoi-per-tdp', quote: ['bình quân 352 lượt người/tổ dân phố', 'thu hút 9.860 lượt người tham gia', 'tại 28/28 tổ dân phố'], x: '9.860', y: '28', stated: '352', trap: 'people per tổ dân phố (352,14 written whole).' }),
    product({ id: 'ngay-hoi-support', quote: ['(112 triệu đồng)', 'hỗ trợ mỗi tổ dân phố 4 triệu đồng', 'tại 28/28 tổ dân phố'], x: '28', y: '4', stated: '112 triệu đồng', note: 'a product of a count and a rate.' }),
    difference({ id: 'ngay-hoi-rest', quote: ['còn lại 84 triệu đồng do nhân dân đóng góp', 'Tổng kinh phí tổ chức 196 triệu đồng', '(112 triệu đồng)'], a: '196', b: '112', stated: '84', note: 'a remainder after a "trong đó".' }),
    ratio({ id: 'gdvh', quote: ['có 11.873/12.640 hộ đạt danh hiệu "Gia đình văn hóa" (93,9%)'], x: '11.873', y: '12.640', stated: '93,9%', trap: 'a percent in parentheses belonging to the X/Y beside it.' }),
    contradiction({ id: 'gdvh-min', quote: ['(từ 93% trở lên)'], stated: 'từ 93% trở lên', expected: 'a target', consistent: true, reason: 'The resolution\'s minimum beside the 93,9% reached.', trap: 'a threshold next to a rate.' }),
    difference({ id: 'gdvh-increase', quote: ['tăng 241 hộ và tăng', '11.873/12.640', 'Năm 2025 có 11.632 hộ'], a: '11.873', b: '11.632', stated: '241', note: '2025\'s count is only in footnote 5.' }),
    difference({ id: 'gdvh-pp', quote: ['tăng 0,9 điểm phần trăm so với năm 2025', '"Gia đình văn hóa" (93,9%)', '"Gia đình văn hóa" (93,0%)'], a: '93,9', b: '93,0', stated: '0,9', trap: 'a percentage-point change with 2025\'s rate in a footnote.' }),
    ratio({ id: 'gdvh-2025', quote: ['"Gia đình văn hóa" (93,0%)', 'Năm 2025 có 11.632 hộ', 'toàn phường có 12.512 hộ'], x: '11.632', y: '12.512', stated: '93,0%', note: 'The base is in footnote 4.' }),
    ratio({ id: 'tdp-van-hoa', quote: ['Có 26/28 tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa" (92,9%)'], x: '26', y: '28', stated: '92,9%' }),
    contradiction({ id: 'tdp-min', quote: ['(tối thiểu 90%)'], stated: 'tối thiểu 90%', expected: 'a threshold', consistent: true, reason: 'The target beside the 92,9% reached.', trap: 'a threshold next to a rate.' }),
    difference({ id: 'tdp-increase', quote: ['tăng 1 tổ dân phố so với năm 2025', 'Có 26/28 tổ dân phố', '25/28 tổ dân phố đạt danh hiệu'], a: '26', b: '25', stated: '1', note: 'an increase of one against footnote 5\'s X/Y.' }),
    contradiction({ id: 'community-figures', quote: ['hiến 1.240 m2 đất, đóng góp 2,35 tỷ đồng', 'chỉnh trang 11 kiệt, hẻm; duy trì 28 mô hình'], stated: '1.240 m2', expected: 'figures', consistent: true, reason: 'Land, money and counts with nothing to check them against; the 28 models are one per tổ dân phố.', trap: 'figures with no relation, one equal to the number of tổ dân phố.' }),
    // III
    repeat({ id: 'members-total', quote: ['Các tổ chức thành viên có tổng số 14.480 hội viên', '| Cộng | 117 | 14.480 | 573 |'], values: ['14.480', '14.480'] }),
    ratio({ id: 'admissions-target', quote: ['đạt 114,6% chỉ tiêu (500 người)', 'kết nạp mới 573 hội viên, đoàn viên, đạt'], x: '573', y: '500', stated: '114,6%' }),
    repeat({ id: 'admissions-table', quote: ['kết nạp mới 573 hội viên, đoàn viên, đạt', '| Cộng | 117 | 14.480 | 573 |'], values: ['573', '573'] }),
    repeat({ id: 'women-members', quote: ['Hội Liên hiệp Phụ nữ phường (6.254 hội viên)', '| Hội Liên hiệp Phụ nữ | 28 | 6.245 | 162 |'], values: ['6.245', '6.254'], mistake: 'planted', original: 'Hội Liên hiệp Phụ nữ phường (6.245 hội viên)', note: 'Class 5: the text gives the women\'s union 6.254 members, the table (whose column adds to 14.480) 6.245; two digits swapped.' }),
    repeat({ id: 'veterans-members', quote: ['Hội Cựu chiến binh (1.376 hội viên)', '| Hội Cựu chiến binh | 28 | 1.376 | 41 |'], values: ['1.376', '1.376'], trap: 'a table figure restated in the text, agreeing (beside the women\'s union that does not).' }),
    sum({ id: 't-branches', quote: ['| Cộng | 117 | 14.480 | 573 |'], parts: ['28', '28', '9', '24', '28'], total: '117', kind: 'cross_total' }),
    sum({ id: 't-members', quote: ['| Cộng | 117 | 14.480 | 573 |'], parts: ['6.245', '1.376', '684', '2.318', '3.857'], total: '14.480', kind: 'cross_total' }),
    sum({ id: 't-admitted', quote: ['| Cộng | 117 | 14.480 | 573 |'], parts: ['162', '41', '18', '137', '215'], total: '573', kind: 'cross_total' }),
    // IV
    sum({ id: 'supervisions', quote: ['tổ chức 12 cuộc giám sát, tăng 3 cuộc', 'gồm 4 cuộc do Ban Thường trực chủ trì, 6 cuộc do các tổ chức thành viên chủ trì và 2 cuộc phối hợp'], parts: ['4', '6', '2'], total: '12' }),
    difference({ id: 'supervisions-vs-2025', quote: ['tăng 3 cuộc so với năm 2025', 'tổ chức 12 cuộc giám sát, tăng', 'tổ chức 9 cuộc giám sát'], a: '12', b: '9', stated: '3', note: 'The base is only in footnote 6.' }),
    ratio({ id: 'recommendations', quote: ['tiếp thu, giải quyết 19/23 kiến nghị (82%)'], x: '19', y: '23', stated: '82%', mistake: 'planted', original: 'tiếp thu, giải quyết 19/23 kiến nghị (83%)', note: 'Class 7: 19/23 = 82,61%, which is 83% written whole; 82% truncates.' }),
    difference({ id: 'recommendations-left', quote: ['còn 4 kiến nghị đang được xem xét', 'đã đề xuất 23 kiến nghị', '19/23 kiến nghị'], a: '23', b: '19', stated: '4', trap: 'a remainder of X/Y.' }),
    ratio({ id: 'criticism', quote: ['trong đó 25 ý kiến được cơ quan chủ trì soạn thảo tiếp thu (92,6%)', 'có 27 ý kiến phản biện'], x: '25', y: '27', stated: '92,6%', trap: 'a percent in parentheses after a "trong đó" whose base is the sentence\'s total.' }),
    change({ id: 'opinions-vs-2025', quote: ['tăng 12,1% so với năm 2025, gồm', 'tổng hợp 240 ý kiến, kiến nghị', 'tổng hợp 214 ý kiến'], x: '240', base: '214', stated: '12,1%', direction: 'tăng', note: 'The base is only in footnote 6.' }),
    sum({ id: 'opinions-fields', quote: ['tổng hợp 240 ý kiến, kiến nghị', 'lĩnh vực đất đai, xây dựng 86 ý kiến; hạ tầng đô thị, môi trường 47 ý kiến; chính sách an sinh xã hội 45 ý kiến; các lĩnh vực khác 35 ý kiến'], parts: ['86', '47', '45', '35'], total: '240', mistake: 'planted', original: 'hạ tầng đô thị, môi trường 74 ý kiến', note: 'Class 4: the four fields after "gồm" add to 213 against 240; the urban infrastructure field\'s 74 is written 47.' }),
    ratio({ id: 'opinions-city', quote: ['thuộc thẩm quyền giải quyết của thành phố (8,8%)', 'Trong đó có 21 ý kiến', 'tổng hợp 240 ý kiến, kiến nghị'], x: '21', y: '240', stated: '8,8%', trap: 'rounded half-up from exactly 8,75 (truncation gives 8,7).' }),
    difference({ id: 'opinions-ward', quote: ['còn lại 219 ý kiến thuộc thẩm quyền của phường', 'tổng hợp 240 ý kiến, kiến nghị', 'Trong đó có 21 ý kiến'], a: '240', b: '21', stated: '219', note: 'a remainder.' }),
    ratio({ id: 'opinions-answered', quote: ['giải quyết 198 ý kiến (90,4%)', 'còn lại 219 ý kiến'], x: '198', y: '219', stated: '90,4%' }),
    // V.1
    repeat({ id: 'summary-raised', quote: ['vận động Quỹ "Vì người nghèo" được trên 1,5 tỷ đồng', 'vận động được 1.512,6 triệu đồng, bằng'], values: ['1.512,6 triệu đồng', '1,5 tỷ đồng'], kind: 'unit', trap: 'the fund raised restated in tỷ, agreeing.' }),
    excess({ id: 'summary-city-excess', quote: ['vượt 26,1% chỉ tiêu thành phố giao', 'vận động được 1.512,6 triệu đồng, bằng', 'đối với phường là 1,2 tỷ đồng'], x: '1.512,6 triệu đồng', y: '1,2 tỷ đồng', stated: '26,1%', trap: 'the excess over the city\'s target (126,05% − 100%, half-up), not the 126,1% itself.' }),
    repeat({ id: 'summary-spent', quote: ['chi hỗ trợ 1,56 tỷ đồng', 'đã chi hỗ trợ 1.560,4 triệu đồng'], values: ['1.560,4 triệu đồng', '1,56 tỷ đồng'], kind: 'unit', note: 'the spending restated in tỷ, agreeing.' }),
    repeat({ id: 'summary-houses', quote: ['sửa chữa 32 nhà đại đoàn kết', 'sửa chữa 23 nhà đại đoàn kết cho hộ nghèo'], values: ['23', '32'], mistake: 'planted', original: 'hỗ trợ xây mới, sửa chữa 23 nhà đại đoàn kết; số dư', note: 'Class 5: the summary restates the 23 houses of I.2 (9 + 14) with two digits swapped.' }),
    repeat({ id: 'summary-balance', quote: ['số dư Quỹ chuyển sang năm 2027 là 138,6 triệu đồng', 'Số dư Quỹ đến ngày 15/12/2026 là 138,6 triệu đồng'], values: ['138,6', '138,6'] }),
    repeat({ id: 'summary-poor-rate', quote: ['tỷ lệ hộ nghèo giảm còn 0,66%', 'chiếm 0,66% tổng số hộ'], values: ['0,66%', '0,66%'] }),
    ratio({ id: 'summary-escaped', quote: ['số hộ thoát nghèo bằng 84,5% số hộ nghèo đầu năm', 'Trong năm có 71 hộ thoát nghèo', 'đầu năm 2026 có 146 hộ nghèo'], x: '71', y: '146', stated: '84,5%', mistake: 'planted', original: 'số hộ thoát nghèo bằng 48,6% số hộ nghèo đầu năm', note: 'Class 2: the percent is only in the summary, its figures in I.3 and footnote 4; 71 of the 146 poor at the start of the year is 48,6%; 84,5% divides by the 84 left at the end.' }),
    contradiction({ id: 'summary-no-repoor', quote: ['trong đó 2 hộ tái nghèo do ốm đau', 'không có hộ tái nghèo'], stated: '2 hộ tái nghèo', expected: 'none (V.1)', consistent: false, reason: 'The summary says no household fell back into poverty; I.3 counts 2 re-poor households among the 9 new poor.', mistake: 'planted', original: 'không có hộ nghèo thuộc gia đình người có công với cách mạng', note: 'Class 8: a count against a "không có" statement in the summary.' }),
    repeat({ id: 'summary-gdvh', quote: ['Có 93,9% số hộ đạt danh hiệu', '"Gia đình văn hóa" (93,9%)'], values: ['93,9%', '93,9%'] }),
    repeat({ id: 'summary-ngay-hoi', quote: ['ở tất cả 28 tổ dân phố', 'tại 28/28 tổ dân phố'], values: ['28', '28'], trap: '"tất cả 28" restating 28/28, agreeing.' }),
    repeat({ id: 'summary-admissions', quote: ['các tổ chức thành viên kết nạp mới 573 hội viên', 'kết nạp mới 573 hội viên, đoàn viên, đạt'], values: ['573', '573'] }),
    repeat({ id: 'summary-supervisions', quote: ['với 12 cuộc giám sát và 3 hội nghị', 'tổ chức 12 cuộc giám sát, tăng'], values: ['12', '12'] }),
    repeat({ id: 'summary-criticism', quote: ['giám sát và 3 hội nghị phản biện xã hội.', 'Tổ chức 3 hội nghị phản biện xã hội đối với'], values: ['3', '3'] }),
    // V.2
    share({ id: 'weak-residents-share', quote: ['chỉ chiếm 25,6% tổng số tiền vận động', 'nhân dân các tổ dân phố 386,7 triệu đồng', 'vận động được 1.512,6 triệu đồng, bằng'], x: '386,7', y: '1.512,6', stated: '25,6%', trap: 'a share far from its base (I.1), agreeing.' }),
    repeat({ id: 'weak-near-poor', quote: ['Còn 198 hộ cận nghèo', 'Số hộ cận nghèo còn 198 hộ'], values: ['198', '198'] }),
    difference({ id: 'weak-tdp', quote: ['Còn 2 tổ dân phố chưa đạt', 'Có 26/28 tổ dân phố'], a: '28', b: '26', stated: '2', note: 'a remainder of X/Y.' }),
    repeat({ id: 'weak-recommendations', quote: ['còn 4 kiến nghị sau giám sát chưa được giải quyết', 'còn 4 kiến nghị đang được xem xét'], values: ['4', '4'] }),
    repeat({ id: 'weak-farmers', quote: ['kết nạp hội viên mới còn thấp (18 người)', '| Hội Nông dân | 9 | 684 | 18 |'], values: ['18', '18'], note: 'a table figure restated in the weaknesses, agreeing.' }),
    // VI
    contradiction({ id: 'targets-2027', quote: ['đạt từ 1,6 tỷ đồng trở lên', 'sửa chữa tối thiểu 20 nhà đại đoàn kết', 'trao từ 130 suất học bổng trở lên', 'dưới 0,5%, tỷ lệ hộ cận nghèo dưới 1,3%', '100% thành viên hộ nghèo, hộ cận nghèo', 'từ 94% trở lên', 'phấn đấu 27/28 tổ dân phố', 'kết nạp mới từ 550 hội viên', 'Tổ chức tối thiểu 12 cuộc giám sát', '100% kiến nghị sau giám sát'], stated: 'từ 1,6 tỷ đồng trở lên', expected: 'targets', consistent: true, reason: 'Targets for 2027 with no base of their own; 27/28 is a target count without a percent.', trap: 'thresholds and targets.' }),
  ],
});
