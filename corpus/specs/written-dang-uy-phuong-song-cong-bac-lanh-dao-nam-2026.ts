// Written for the corpus, blind: Đảng ủy phường Sông Công Bắc (tỉnh Thái Nguyên after the 2025 merger; the ward
// and its tổ dân phố are invented) to the province's Ban Thường vụ Tỉnh ủy, the review of the committee's leadership
// in 2026 (to 15/12/2026) and the directions for 2027, in parts I - IV: document numbers, the ward's founding date,
// households, population and a highway's Km markers; study sessions X/Y with a percent, training classes with a
// per-class average and their parts in parentheses, a "none" of ideological hot spots; chi bộ by kind after
// "gồm", party members (chính thức/dự bị, the change from the start of the year, the year's movement in and out,
// the decrease's parts), bare shares of an age structure; new members against the resolution's target in the
// sentence before, the quarter's admissions and the nine months' lũy kế in a footnote with 2025's count beside
// it, shares of youth and women, probationary members that must include the year's admissions; badges by kind
// after "gồm" with dates; the quality rating of the 38 chi bộ with shares, a share against a 20% ceiling, a "none"
// of failing chi bộ, a table of chi bộ by kind and grade with a total row; members evaluated (the exempted
// remainder), graded with shares, a percentage-point change, a share of another base; inspections by the Ủy ban
// Kiểm tra (quarter IV and the nine months' footnote), discipline by kind and its lũy kế, "none" statements of
// dismissal/expulsion beside members struck off and of disciplined organisations; party dues with the quarter and
// a footnote, the change against 2025 and the half kept as a product; the budget in triệu against estimates in
// tỷ, its change against 2025 from a footnote, a share of land revenue, the nine months' rate in the footnote;
// industrial output against a plan in the sentence before (103,15 half-up) and 2025; businesses after a total;
// urban order 9/9; land clearance (rate, remainder, compensation per household); cultural families X/Y against a
// minimum, a percentage-point change from a footnote, the remainder, cultural tổ dân phố 23/24; schools; health
// insurance against the population in the opening paragraph; poor households (shares of the households, a
// percentage-point fall, the year's movement), houses as count × rate; call-up and its parts, crime against
// 2025 from a footnote, "none" statements of serious crimes and of very serious accidents; the Mặt trận's fund,
// mass organisations' members and admissions against a target, a text figure against a table of four
// organisations with a total row; a summary restating figures (in tỷ), weaknesses and targets for 2027.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-dang-uy-phuong-song-cong-bac-lanh-dao-nam-2026.md',
  prefix: 'scb',
  claims: [
    contradiction({ id: 'documents', quote: ['Số 147-BC/ĐU', 'Hướng dẫn số 41-HD/VPTU ngày 24/11/2026', 'Nghị quyết số 07-NQ/ĐU ngày 09/01/2026', 'Báo cáo số 132-BC/ĐU ngày 17/9/2026'], stated: '147', expected: 'documents', consistent: true, reason: 'The report\'s, a guidance\'s, a resolution\'s and an earlier report\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    contradiction({ id: 'dates-places', quote: ['được thành lập từ ngày 01/7/2025', 'đoạn Quốc lộ 3 mới từ Km 42+500 đến Km 47+200', 'nhiệm kỳ 2025 - 2030', '(giá so sánh 2010)'], stated: '01/7/2025', expected: 'dates and markers', consistent: true, reason: 'A founding date, a road\'s number and Km markers, a term of office, a base year of prices.', trap: 'numbers in dates, addresses, Km markers and a price base year.' }),
    // I.1
    ratio({ id: 'study', quote: ['có 1.571/1.618 đảng viên thuộc diện học tập tham gia (97,1%)'], x: '1.571', y: '1.618', stated: '97,1%', trap: 'a percent in parentheses belonging to the X/Y beside it.' }),
    quotient({ id: 'per-class', quote: ['bình quân 67 học viên/lớp', 'mở 4 lớp bồi dưỡng với 268 học viên'], x: '268', y: '4', stated: '67', trap: 'a per-item figure (students per class).' }),
    sum({ id: 'classes-parts', quote: ['mở 4 lớp bồi dưỡng với 268 học viên', '1 lớp bồi dưỡng nhận thức về Đảng (74 học viên), 1 lớp bồi dưỡng lý luận chính trị cho đảng viên mới (58 học viên) và 2 lớp bồi dưỡng chuyên đề (136 học viên)'], parts: ['74', '58', '136'], total: '268' }),
    contradiction({ id: 'no-hotspot', quote: ['trong năm không phát sinh điểm nóng về tư tưởng trên địa bàn'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts an ideological hot spot.', trap: 'a "none" with nothing against it.' }),
    // I.2
    sum({ id: 'chi-bo-kinds', quote: ['Đảng bộ phường có 38 chi bộ trực thuộc', 'gồm 24 chi bộ tổ dân phố, 6 chi bộ trường học, 3 chi bộ cơ quan, 3 chi bộ doanh nghiệp, 1 chi bộ Quân sự và 1 chi bộ Công an'], parts: ['24', '6', '3', '3', '1', '1'], total: '38' }),
    sum({ id: 'members-parts', quote: ['Tổng số đảng viên của Đảng bộ là 1.846 đồng chí', '(chính thức 1.775 đồng chí, dự bị 71 đồng chí)'], parts: ['1.775', '71'], total: '1.846' }),
    difference({ id: 'members-change', quote: ['tăng 34 đồng chí so với đầu năm (1.812 đồng chí)', 'Tổng số đảng viên của Đảng bộ là 1.846 đồng chí'], a: '1.846', b: '1.812', stated: '34' }),
    sum({ id: 'members-movement', quote: ['Tổng số đảng viên của Đảng bộ là 1.846 đồng chí', 'so với đầu năm (1.812 đồng chí)', 'Trong năm kết nạp 63 đảng viên, tiếp nhận 27 đảng viên chuyển đến; giảm 56 đồng chí'], parts: ['1.812', '63', '27', '−56'], total: '1.846', note: 'The start of the year, plus admissions and transfers in, less the decrease.' }),
    sum({ id: 'decrease-parts', quote: ['giảm 56 đồng chí (từ trần 19, chuyển sinh hoạt đi 35, xóa tên 2)'], parts: ['19', '35', '2'], total: '56' }),
    sum({ id: 'age-shares', quote: ['đảng viên dưới 35 tuổi chiếm 21,6%, từ 35 đến dưới 60 tuổi chiếm 36,3%, từ 60 tuổi trở lên chiếm 40,1%'], parts: ['21,6%', '36,3%', '40,1%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'từ 60 tuổi trở lên chiếm 42,1%', note: 'Class 3: the three age groups\' shares add to 98,0%; the oldest group\'s 42,1% is written 40,1%.' }),
    contradiction({ id: 'admit-target', quote: ['đề ra chỉ tiêu năm 2026 kết nạp từ 55 đảng viên trở lên'], stated: 'từ 55 đảng viên trở lên', expected: 'a target', consistent: true, reason: 'The resolution\'s target for admissions.', trap: 'a target (the base of the next sentence\'s percent).' }),
    ratio({ id: 'admit-vs-target', quote: ['đạt 121,2% chỉ tiêu', 'Cả năm kết nạp 63 đảng viên mới', 'đề ra chỉ tiêu năm 2026 kết nạp từ 55 đảng viên trở lên'], x: '63', y: '55', stated: '121,2%', mistake: 'planted', original: 'đạt 114,5% chỉ tiêu', note: 'Class 1: the target (55) is in the sentence before; 63/55 = 114,5%; 121,2% divides by 2025\'s 52 admissions in footnote 1.' }),
    cumulative({ id: 'admit-lk', quote: ['Cả năm kết nạp 63 đảng viên mới', '9 tháng năm 2026 kết nạp 41 đảng viên', 'trong đó quý IV kết nạp 22 đồng chí'], previous: '41', period: '22', stated: '63', note: 'The nine months are only in footnote 1.' }),
    share({ id: 'admit-youth', quote: ['chiếm 60,3%', 'là đoàn viên thanh niên 38 đồng chí', 'Cả năm kết nạp 63 đảng viên mới'], x: '38', y: '63', stated: '60,3%' }),
    share({ id: 'admit-women', quote: ['đảng viên nữ 29 đồng chí (46,0%)', 'Cả năm kết nạp 63 đảng viên mới'], x: '29', y: '63', stated: '46,0%' }),
    atLeast({ id: 'probation-includes-new', quote: ['dự bị 71 đồng chí', 'Cả năm kết nạp 63 đảng viên mới'], big: '71', small: '63', trap: 'probationary members (12 months) include all of the year\'s 63 admissions; not a breakdown.' }),
    sum({ id: 'badges', quote: ['trao Huy hiệu Đảng cho 90 đảng viên', '2 Huy hiệu 75 năm tuổi Đảng, 5 Huy hiệu 70 năm, 8 Huy hiệu 65 năm, 11 Huy hiệu 60 năm, 13 Huy hiệu 55 năm, 16 Huy hiệu 50 năm, 14 Huy hiệu 45 năm, 14 Huy hiệu 40 năm và 9 Huy hiệu 30 năm tuổi Đảng'], parts: ['2', '5', '8', '11', '13', '16', '14', '14', '9'], total: '90', mistake: 'planted', original: '12 Huy hiệu 40 năm', note: 'Class 4: the nine kinds of badge after "gồm" add to 92 against the 90 members; the 40-year badges\' 12 are written 14 (the same as the 45-year ones before them).' }),
    contradiction({ id: 'badge-labels', quote: ['vào các dịp 03/02, 19/5, 02/9 và 07/11', '2 Huy hiệu 75 năm tuổi Đảng'], stated: '75 năm', expected: 'labels and dates', consistent: true, reason: 'Years of party membership name the badge; the four dates are anniversaries.', trap: 'numbers in labels and dates beside a breakdown.' }),
    // I.3
    ratio({ id: 'chi-bo-rated', quote: ['Có 38/38 chi bộ được đánh giá, xếp loại chất lượng năm 2026 (100%)'], x: '38', y: '38', stated: '100%', trap: '"100%" of X/X.' }),
    share({ id: 'chi-bo-htxs', quote: ['6 chi bộ hoàn thành xuất sắc nhiệm vụ (15,8%)', 'Có 38/38 chi bộ'], x: '6', y: '38', stated: '15,8%' }),
    share({ id: 'chi-bo-htt', quote: ['28 chi bộ hoàn thành tốt nhiệm vụ (73,7%)', 'Có 38/38 chi bộ'], x: '28', y: '38', stated: '73,7%' }),
    share({ id: 'chi-bo-ht', quote: ['4 chi bộ hoàn thành nhiệm vụ (10,5%)', 'Có 38/38 chi bộ'], x: '4', y: '38', stated: '10,5%' }),
    sum({ id: 'chi-bo-shares', quote: ['6 chi bộ hoàn thành xuất sắc nhiệm vụ (15,8%), 28 chi bộ hoàn thành tốt nhiệm vụ (73,7%), 4 chi bộ hoàn thành nhiệm vụ (10,5%)'], parts: ['15,8%', '73,7%', '10,5%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    ratio({ id: 'htxs-ceiling-share', quote: ['bằng 17,6% số chi bộ hoàn thành tốt nhiệm vụ trở lên', '6 chi bộ hoàn thành xuất sắc nhiệm vụ (15,8%), 28 chi bộ'], x: '6', y: '6 + 28', stated: '17,6%', trap: 'a share of another base (the chi bộ rated good or better), beside the 15,8% of all.' }),
    contradiction({ id: 'htxs-ceiling', quote: ['bảo đảm không vượt quá 20% theo quy định'], stated: '20%', expected: 'a ceiling', consistent: true, reason: 'The regulation\'s ceiling beside the 17,6% reached.', trap: 'a threshold next to a rate.' }),
    contradiction({ id: 'no-failing-chi-bo', quote: ['không có chi bộ không hoàn thành nhiệm vụ', '| Cộng | 38 | 6 | 28 | 4 | 0 |'], stated: 'không có', expected: 'none (the table\'s column is 0)', consistent: true, reason: 'The table\'s last column is zero in every row.', trap: 'a "none" with a zero column beside it.' }),
    sum({ id: 't-row-tdp', quote: ['| Chi bộ tổ dân phố | 24 | 2 | 19 | 3 | 0 |'], parts: ['2', '19', '3', '0'], total: '24', kind: 'cross_total' }),
    sum({ id: 't-row-school', quote: ['| Chi bộ trường học | 6 | 1 | 5 | 0 | 0 |'], parts: ['1', '5', '0', '0'], total: '6', kind: 'cross_total' }),
    sum({ id: 't-row-office', quote: ['| Chi bộ cơ quan | 3 | 1 | 2 | 0 | 0 |'], parts: ['1', '2', '0', '0'], total: '3', kind: 'cross_total' }),
    sum({ id: 't-row-business', quote: ['| Chi bộ doanh nghiệp | 3 | 0 | 2 | 1 | 0 |'], parts: ['0', '2', '1', '0'], total: '3', kind: 'cross_total' }),
    sum({ id: 't-col-count', quote: ['| Cộng | 38 | 6 | 28 | 4 | 0 |'], parts: ['24', '6', '3', '3', '1', '1'], total: '38', kind: 'cross_total' }),
    sum({ id: 't-col-htxs', quote: ['| Cộng | 38 | 6 | 28 | 4 | 0 |'], parts: ['2', '1', '1', '0', '1', '1'], total: '6', kind: 'cross_total' }),
    sum({ id: 't-col-htt', quote: ['| Cộng | 38 | 6 | 28 | 4 | 0 |'], parts: ['19', '5', '2', '2', '0', '0'], total: '28', kind: 'cross_total' }),
    sum({ id: 't-col-ht', quote: ['| Cộng | 38 | 6 | 28 | 4 | 0 |'], parts: ['3', '0', '0', '1', '0', '0'], total: '4', kind: 'cross_total' }),
    difference({ id: 'members-rated', quote: ['Tổng số đảng viên được đánh giá, xếp loại là 1.618 đồng chí', '(không đánh giá 228 đồng chí được miễn công tác, sinh hoạt đảng)', 'Tổng số đảng viên của Đảng bộ là 1.846 đồng chí'], a: '1.846', b: '228', stated: '1.618', trap: 'a remainder: all members less the exempted.' }),
    sum({ id: 'members-grades', quote: ['Tổng số đảng viên được đánh giá, xếp loại là 1.618 đồng chí', 'hoàn thành xuất sắc nhiệm vụ 243 đồng chí (15,0%)', 'hoàn thành tốt nhiệm vụ 1.257 đồng chí (77,7%); hoàn thành nhiệm vụ 112 đồng chí (6,9%); không hoàn thành nhiệm vụ 6 đồng chí (0,4%)'], parts: ['243', '1.257', '112', '6'], total: '1.618' }),
    share({ id: 'members-htxs', quote: ['hoàn thành xuất sắc nhiệm vụ 243 đồng chí (15,0%)', 'xếp loại là 1.618 đồng chí'], x: '243', y: '1.618', stated: '15,0%' }),
    share({ id: 'members-htt', quote: ['hoàn thành tốt nhiệm vụ 1.257 đồng chí (77,7%)', 'xếp loại là 1.618 đồng chí'], x: '1.257', y: '1.618', stated: '77,7%' }),
    share({ id: 'members-ht', quote: ['hoàn thành nhiệm vụ 112 đồng chí (6,9%)', 'xếp loại là 1.618 đồng chí'], x: '112', y: '1.618', stated: '6,9%' }),
    share({ id: 'members-kht', quote: ['không hoàn thành nhiệm vụ 6 đồng chí (0,4%)', 'xếp loại là 1.618 đồng chí'], x: '6', y: '1.618', stated: '0,4%' }),
    sum({ id: 'members-shares', quote: ['(15,0%), tăng 1,8 điểm', 'hoàn thành tốt nhiệm vụ 1.257 đồng chí (77,7%); hoàn thành nhiệm vụ 112 đồng chí (6,9%); không hoàn thành nhiệm vụ 6 đồng chí (0,4%)'], parts: ['15,0%', '77,7%', '6,9%', '0,4%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    difference({ id: 'htxs-pp', quote: ['tăng 1,8 điểm phần trăm so với năm 2025 (13,2%)', 'hoàn thành xuất sắc nhiệm vụ 243 đồng chí (15,0%)'], a: '15,0', b: '13,2', stated: '1,8', trap: 'a percentage-point change, not a relative one.' }),
    ratio({ id: 'htxs-of-good', quote: ['bằng 16,2% số đảng viên hoàn thành tốt nhiệm vụ trở lên', 'hoàn thành xuất sắc nhiệm vụ 243 đồng chí (15,0%)', 'hoàn thành tốt nhiệm vụ 1.257 đồng chí (77,7%)'], x: '243', y: '243 + 1.257', stated: '16,2%', trap: 'a share of another base (members rated good or better).' }),
    // I.4
    cumulative({ id: 'ubkt-lk', quote: ['kiểm tra khi có dấu hiệu vi phạm đối với 6 đảng viên', 'kiểm tra khi có dấu hiệu vi phạm 4 đảng viên', 'trong đó quý IV kiểm tra 2 đảng viên'], previous: '4', period: '2', stated: '6', note: 'The nine months are only in footnote 2.' }),
    ratio({ id: 'denunciations', quote: ['giải quyết 3/3 đơn tố cáo đối với đảng viên (100%)'], x: '3', y: '3', stated: '100%', trap: '"100%" of X/X.' }),
    sum({ id: 'discipline-kinds', quote: ['thi hành kỷ luật 3 đảng viên (khiển trách 2, cảnh cáo 1)'], parts: ['2', '1'], total: '3' }),
    cumulative({ id: 'discipline-lk', quote: ['Trong năm thi hành kỷ luật 3 đảng viên', 'thi hành kỷ luật 2 đảng viên', 'trong đó quý IV thi hành kỷ luật 1 đảng viên'], previous: '2', period: '1', stated: '3' }),
    contradiction({ id: 'no-expulsion', quote: ['không có đảng viên bị cách chức, khai trừ', 'xóa tên 2)'], stated: 'không có', expected: 'another kind', consistent: true, reason: 'Two members struck off the list (xóa tên) were not expelled (khai trừ) as a discipline.', trap: 'a count of another kind beside a "none".' }),
    contradiction({ id: 'no-org-discipline', quote: ['không có tổ chức đảng bị thi hành kỷ luật'], stated: 'không có', expected: 'none', consistent: true, reason: 'The report disciplines members only, no party organisation.', trap: 'a "none" with nothing against it.' }),
    cumulative({ id: 'dues-lk', quote: ['Thu đảng phí năm 2026 được 418,6 triệu đồng', '9 tháng năm 2026 thu đảng phí 305,7 triệu đồng', 'trong đó quý IV thu 113,9 triệu đồng'], previous: '305,7', period: '113,9', stated: '418,6', mistake: 'planted', original: 'Thu đảng phí năm 2026 được 419,6 triệu đồng', note: 'Class 6: footnote 3\'s 305,7 triệu plus the quarter\'s 113,9 is 419,6; the year says 418,6, and the author carries 418,6 into the change, the half kept and the summary.' }),
    change({ id: 'dues-vs-2025', quote: ['tăng 8,4% so với năm 2025; Đảng ủy', 'Thu đảng phí năm 2026 được 418,6 triệu đồng', 'cả năm 2025 thu 386,2 triệu đồng'], x: '418,6', base: '386,2', stated: '8,4%', direction: 'tăng', note: 'The base is only in footnote 3; computed on the figure as written (419,6 would give 8,6%; the author computed on the 418,6 written).' }),
    product({ id: 'dues-upward', quote: ['nộp cấp trên 209,3 triệu đồng', 'trích giữ lại 50% theo quy định', 'Thu đảng phí năm 2026 được 418,6 triệu đồng'], x: '418,6', y: '50', factor: '0,01', stated: '209,3 triệu đồng', trap: 'a product of the year\'s dues and the 50% share (the other half).' }),
    // II.1
    ratio({ id: 'budget-province', quote: ['bằng 109,0% dự toán tỉnh giao', 'Thu ngân sách cả năm ước đạt 94.318 triệu đồng', 'tỉnh giao 86,5 tỷ đồng'], x: '94.318 triệu đồng', y: '86,5 tỷ đồng', stated: '109,0%', trap: 'a percent against an estimate in another scale (tỷ) in the sentence before.' }),
    ratio({ id: 'budget-council', quote: ['102,5% dự toán Hội đồng nhân dân phường giao', 'Thu ngân sách cả năm ước đạt 94.318 triệu đồng', 'Hội đồng nhân dân phường giao 92 tỷ đồng'], x: '94.318 triệu đồng', y: '92 tỷ đồng', stated: '102,5%' }),
    change({ id: 'budget-vs-2025', quote: ['tăng 12,4% so với năm 2025', 'Thu ngân sách cả năm ước đạt 94.318 triệu đồng', 'Năm 2025 thu ngân sách trên địa bàn 83,92 tỷ đồng'], x: '94.318 triệu đồng', base: '83,92 tỷ đồng', stated: '12,4%', direction: 'tăng', note: 'The base is only in footnote 4, in tỷ.' }),
    share({ id: 'land-revenue', quote: ['thu tiền sử dụng đất 41.260 triệu đồng, chiếm 43,7%', 'Thu ngân sách cả năm ước đạt 94.318 triệu đồng'], x: '41.260', y: '94.318', stated: '43,7%' }),
    ratio({ id: 'budget-9m', quote: ['đạt 83,1% dự toán tỉnh giao', '9 tháng năm 2026 thu 71.846 triệu đồng', 'tỉnh giao 86,5 tỷ đồng'], x: '71.846 triệu đồng', y: '86,5 tỷ đồng', stated: '83,1%', trap: 'the nine months\' rate in a footnote, a same-named indicator of another period.' }),
    ratio({ id: 'industry-plan', quote: ['đạt 103,2% kế hoạch', 'ước đạt 4.126 tỷ đồng', 'năm 2026 là 4.000 tỷ đồng'], x: '4.126', y: '4.000', stated: '103,2%', trap: 'a plan in the sentence before; rounded half-up from exactly 103,15 (truncation gives 103,1).' }),
    change({ id: 'industry-vs-2025', quote: ['tăng 9,7% so với năm 2025 (3.761 tỷ đồng)', 'ước đạt 4.126 tỷ đồng'], x: '4.126', base: '3.761', stated: '9,7%', direction: 'tăng' }),
    sum({ id: 'businesses', quote: ['có 1.474 cơ sở sản xuất, kinh doanh (148 doanh nghiệp, 1.326 hộ kinh doanh cá thể)'], parts: ['148', '1.326'], total: '1.474' }),
    ratio({ id: 'unlicensed', quote: ['đã xử lý 9/9 trường hợp (100%)'], x: '9', y: '9', stated: '100%', trap: '"100%" of X/X.' }),
    ratio({ id: 'gpmb-rate', quote: ['đạt 70,2%, còn 15,6 ha', 'đã thu hồi, bàn giao 36,8 ha', 'tổng diện tích phải thu hồi 52,4 ha'], x: '36,8', y: '52,4', stated: '70,2%' }),
    difference({ id: 'gpmb-left', quote: ['còn 15,6 ha đang kiểm đếm', 'đã thu hồi, bàn giao 36,8 ha', 'tổng diện tích phải thu hồi 52,4 ha'], a: '52,4', b: '36,8', stated: '15,6', trap: 'a remainder.' }),
    quotient({ id: 'compensation-per-hh', quote: ['bình quân khoảng 344 triệu đồng/hộ', 'cho 426 hộ với số tiền 146,35 tỷ đồng'], x: '146,35', y: '426', factor: '1000', stated: '344', trap: 'a per-household figure in triệu from a total in tỷ (343,5… written whole).' }),
    // II.2
    ratio({ id: 'gdvh', quote: ['có 8.862/9.415 hộ đạt danh hiệu "Gia đình văn hóa" (94,1%)'], x: '8.862', y: '9.415', stated: '94,1%' }),
    contradiction({ id: 'gdvh-min', quote: ['vượt chỉ tiêu Nghị quyết (từ 92% trở lên)'], stated: 'từ 92% trở lên', expected: 'a target', consistent: true, reason: 'The resolution\'s minimum beside the 94,1% reached.', trap: 'a threshold next to a rate.' }),
    difference({ id: 'gdvh-pp', quote: ['tăng 0,9 điểm phần trăm so với năm 2025', '"Gia đình văn hóa" (94,1%)', 'đạt 93,2%'], a: '94,1', b: '93,2', stated: '0,9', trap: 'a percentage-point change with 2025\'s rate in a footnote.' }),
    difference({ id: 'gdvh-left', quote: ['còn 553 hộ chưa đạt', 'có 8.862/9.415 hộ'], a: '9.415', b: '8.862', stated: '553', trap: 'a remainder of X/Y.' }),
    ratio({ id: 'tdp-van-hoa', quote: ['Có 23/24 tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa" (95%)'], x: '23', y: '24', stated: '95%', mistake: 'planted', original: 'Có 23/24 tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa" (96%)', note: 'Class 7: 23/24 = 95,83%, which is 96% written whole; 95% truncates.' }),
    sum({ id: 'schools', quote: ['Phường có 6 trường công lập (2 trường mầm non, 2 trường tiểu học, 2 trường trung học cơ sở)'], parts: ['2', '2', '2'], total: '6' }),
    ratio({ id: 'schools-standard', quote: ['6/6 trường đạt chuẩn quốc gia (100%)'], x: '6', y: '6', stated: '100%', trap: '"100%" of X/X.' }),
    ratio({ id: 'graduation', quote: ['đạt 99,6% (562/564 em)'], x: '562', y: '564', stated: '99,6%', trap: 'a percent with its X/Y in the parentheses after it.' }),
    ratio({ id: 'bhyt', quote: ['đạt tỷ lệ 96,4% dân số', 'Số người tham gia bảo hiểm y tế là 30.724 người', '9.415 hộ, 32.480 nhân khẩu'], x: '30.724', y: '32.480', stated: '96,4%', mistake: 'planted', original: 'đạt tỷ lệ 94,6% dân số', note: 'Class 1: the population is in the opening paragraph; 30.724/32.480 = 94,6%, written 96,4% (two digits swapped), which would also contradict the weakness that coverage is below the 95,0% target.' }),
    contradiction({ id: 'bhyt-target', quote: ['(chỉ tiêu tỉnh giao 95,0%)'], stated: '95,0%', expected: 'a target', consistent: true, reason: 'The province\'s target beside the coverage.', trap: 'a target next to a rate.' }),
    ratio({ id: 'poor', quote: ['còn 68 hộ nghèo (0,72%)', 'có 24 tổ dân phố với 9.415 hộ'], x: '68', y: '9.415', stated: '0,72%' }),
    ratio({ id: 'near-poor', quote: ['127 hộ cận nghèo (1,35%)', 'có 24 tổ dân phố với 9.415 hộ'], x: '127', y: '9.415', stated: '1,35%' }),
    difference({ id: 'poor-pp', quote: ['giảm 0,41 điểm phần trăm so với năm 2025 (1,13%)', 'còn 68 hộ nghèo (0,72%)'], a: '1,13', b: '0,72', stated: '0,41', trap: 'a percentage-point fall.' }),
    sum({ id: 'poor-movement', quote: ['còn 68 hộ nghèo (0,72%)', 'Trong năm có 39 hộ thoát nghèo, phát sinh 2 hộ nghèo mới (đầu năm có 105 hộ nghèo)'], parts: ['105', '−39', '2'], total: '68', note: 'The start of the year less those leaving poverty plus the new poor.' }),
    product({ id: 'houses', quote: ['tổng kinh phí 720 triệu đồng, mức 60 triệu đồng/nhà', '12 nhà đại đoàn kết'], x: '12', y: '60', stated: '720 triệu đồng', trap: 'a product of a count and a rate.' }),
    // II.3
    sum({ id: 'callup', quote: ['giao 46 công dân nhập ngũ (thực hiện nghĩa vụ quân sự 41, nghĩa vụ tham gia Công an nhân dân 5)'], parts: ['41', '5'], total: '46' }),
    contradiction({ id: 'callup-target', quote: ['đạt 100% chỉ tiêu tỉnh giao. Trên địa bàn'], stated: '100%', expected: 'a quota met', consistent: true, reason: 'The quota is not written; the 100% says it was met.', trap: 'a "100%" without a written base.' }),
    difference({ id: 'crime-fall', quote: ['giảm 3 vụ (17,6%)', 'xảy ra 14 vụ phạm pháp hình sự, giảm', 'xảy ra 17 vụ phạm pháp hình sự'], a: '17', b: '14', stated: '3' }),
    change({ id: 'crime-vs-2025', quote: ['(17,6%) so với năm 2025', 'xảy ra 14 vụ phạm pháp hình sự, giảm', 'xảy ra 17 vụ phạm pháp hình sự'], x: '14', base: '17', stated: '17,6%', direction: 'giảm', note: 'The base is only in footnote 6.' }),
    ratio({ id: 'crime-solved', quote: ['đã điều tra làm rõ 13/14 vụ (92,9%)'], x: '13', y: '14', stated: '92,9%' }),
    contradiction({ id: 'no-serious-crime', quote: ['Trong năm không xảy ra trọng án', 'xảy ra 14 vụ phạm pháp hình sự, giảm'], stated: 'không xảy ra trọng án', expected: 'another kind', consistent: true, reason: 'Ordinary criminal cases are not serious crimes (trọng án).', trap: 'a count of another kind beside a "none".' }),
    contradiction({ id: 'no-severe-accident', quote: ['không để xảy ra tai nạn giao thông đặc biệt nghiêm trọng', 'xảy ra 3 vụ tai nạn giao thông làm 2 người bị thương'], stated: 'không', expected: 'another kind', consistent: true, reason: 'Three accidents with two injured are not "especially serious".', trap: 'a count of another kind beside a "none".' }),
    // II.4
    change({ id: 'fund-vs-2025', quote: ['tăng 15,2% so với năm 2025 (422,3 triệu đồng)', 'Quỹ "Vì người nghèo" được 486,5 triệu đồng'], x: '486,5', base: '422,3', stated: '15,2%', direction: 'tăng' }),
    ratio({ id: 'mass-admit-target', quote: ['đạt 112,5% chỉ tiêu (320 người)', 'kết nạp mới 360 hội viên, đoàn viên'], x: '360', y: '320', stated: '112,5%' }),
    repeat({ id: 'ccb-members', quote: ['Hội Cựu chiến binh (1.128 hội viên)', '| Hội Cựu chiến binh | 24 | 1.182 | 46 |'], values: ['1.182', '1.128'], mistake: 'planted', original: 'Hội Cựu chiến binh (1.182 hội viên)', note: 'Class 5: the text gives the veterans 1.128 members, the table (whose column adds to 10.181) 1.182; two digits swapped.' }),
    repeat({ id: 'youth-admitted', quote: ['đã có 38 đoàn viên được kết nạp', 'là đoàn viên thanh niên 38 đồng chí'], values: ['38', '38'], trap: 'the same count of youth admitted in II.4 and I.2, agreeing (beside the 42 introduced).' }),
    sum({ id: 't-chi-hoi', quote: ['| Cộng | 93 | 10.181 | 360 |'], parts: ['24', '26', '12', '31'], total: '93', kind: 'cross_total' }),
    sum({ id: 't-members', quote: ['| Cộng | 93 | 10.181 | 360 |'], parts: ['1.182', '5.214', '1.637', '2.148'], total: '10.181', kind: 'cross_total' }),
    sum({ id: 't-admitted', quote: ['| Cộng | 93 | 10.181 | 360 |'], parts: ['46', '138', '52', '124'], total: '360', kind: 'cross_total' }),
    repeat({ id: 'mass-members-text', quote: ['có tổng số 10.181 hội viên, đoàn viên', '| Cộng | 93 | 10.181 | 360 |'], values: ['10.181', '10.181'] }),
    // III.1
    repeat({ id: 'summary-admit', quote: ['Đảng bộ phường kết nạp 63 đảng viên mới, vượt chỉ tiêu', 'Cả năm kết nạp 63 đảng viên mới'], values: ['63', '63'] }),
    ratio({ id: 'summary-chi-bo', quote: ['89,5% số chi bộ', '6 chi bộ hoàn thành xuất sắc nhiệm vụ (15,8%), 28 chi bộ', 'Có 38/38 chi bộ'], x: '6 + 28', y: '38', stated: '89,5%', trap: 'a share far from its base, agreeing (the two top grades of I.3).' }),
    ratio({ id: 'summary-members', quote: ['81,3% số đảng viên được xếp loại', 'hoàn thành xuất sắc nhiệm vụ 243 đồng chí (15,0%)', 'hoàn thành tốt nhiệm vụ 1.257 đồng chí (77,7%)', 'xếp loại là 1.618 đồng chí'], x: '243 + 1.257', y: '1.618', stated: '81,3%', mistake: 'planted', original: '92,7% số đảng viên được xếp loại', note: 'Class 2: far from its base in I.3; the 1.500 members rated good or better are 92,7% of the 1.618 evaluated; 81,3% divides by all 1.846 members.' }),
    repeat({ id: 'summary-dues', quote: ['thu đảng phí 418,6 triệu đồng', 'Thu đảng phí năm 2026 được 418,6 triệu đồng'], values: ['418,6', '418,6'], note: 'The (wrong) lũy kế copied consistently.' }),
    repeat({ id: 'summary-budget', quote: ['Thu ngân sách ước đạt 94,3 tỷ đồng', 'Thu ngân sách cả năm ước đạt 94.318 triệu đồng'], values: ['94.318 triệu đồng', '94,3 tỷ đồng'], kind: 'unit', trap: 'the budget restated in tỷ, agreeing.' }),
    excess({ id: 'summary-budget-excess', quote: ['vượt 9,0% dự toán tỉnh giao', 'Thu ngân sách cả năm ước đạt 94.318 triệu đồng', 'tỉnh giao 86,5 tỷ đồng'], x: '94.318 triệu đồng', y: '86,5 tỷ đồng', stated: '9,0%', trap: 'the excess over the estimate (109,0% − 100%), not the 109,0% itself.' }),
    repeat({ id: 'summary-industry', quote: ['công nghiệp - tiểu thủ công nghiệp tăng 9,7%; đã', 'tăng 9,7% so với năm 2025 (3.761 tỷ đồng)'], values: ['9,7%', '9,7%'] }),
    repeat({ id: 'summary-gpmb', quote: ['đã bàn giao 38,6 ha mặt bằng', 'đã thu hồi, bàn giao 36,8 ha'], values: ['36,8 ha', '38,6 ha'], mistake: 'planted', original: 'đã bàn giao 36,8 ha mặt bằng', note: 'Class 5: the summary restates the 36,8 ha of II.1 (52,4 − 15,6) with two digits swapped.' }),
    repeat({ id: 'summary-gdvh', quote: ['Có 94,1% số hộ đạt danh hiệu', '"Gia đình văn hóa" (94,1%)'], values: ['94,1%', '94,1%'] }),
    contradiction({ id: 'summary-no-discipline', quote: ['thi hành kỷ luật 3 đảng viên (khiển trách 2, cảnh cáo 1)', 'không có đảng viên vi phạm phải xử lý kỷ luật'], stated: '3 đảng viên', expected: 'none (III.1)', consistent: false, reason: 'The summary says no member had to be disciplined; I.4 disciplines 3 members.', mistake: 'planted', original: 'không có tổ chức đảng vi phạm phải xử lý kỷ luật', note: 'Class 8: a count against a "không có" statement in the summary.' }),
    contradiction({ id: 'self-rating', quote: ['đề nghị xếp loại "Hoàn thành tốt nhiệm vụ".'], stated: 'Hoàn thành tốt nhiệm vụ', expected: 'a grade', consistent: true, reason: 'A self-assessed grade, no number.', trap: 'a grade word that names a table column.' }),
    // III.2
    sum({ id: 'weak-chi-bo', quote: ['Còn 4 chi bộ (3 chi bộ tổ dân phố, 1 chi bộ doanh nghiệp)'], parts: ['3', '1'], total: '4', trap: 'the HTNV chi bộ restated with their kinds, agreeing with the table.' }),
    repeat({ id: 'weak-members', quote: ['còn 6 đảng viên không hoàn thành nhiệm vụ', 'không hoàn thành nhiệm vụ 6 đồng chí (0,4%)'], values: ['6', '6'] }),
    repeat({ id: 'weak-gpmb', quote: ['Còn 15,6 ha chưa giải phóng xong', 'còn 15,6 ha đang kiểm đếm'], values: ['15,6 ha', '15,6 ha'] }),
    difference({ id: 'weak-tdp', quote: ['còn 1 tổ dân phố chưa đạt', 'Có 23/24 tổ dân phố'], a: '24', b: '23', stated: '1', trap: 'a remainder of X/Y.' }),
    // IV
    contradiction({ id: 'targets-2027', quote: ['Kết nạp từ 60 đảng viên mới trở lên', 'trên 85% hoàn thành tốt nhiệm vụ trở lên', 'phấn đấu đạt 98 tỷ đồng', 'tăng từ 9% trở lên', 'đạt 95,5%; tỷ lệ hộ "Gia đình văn hóa" đạt 94,5% trở lên', 'dưới 0,6%'], stated: 'từ 60 đảng viên mới trở lên', expected: 'targets', consistent: true, reason: 'Targets for 2027 with no base of their own.', trap: 'thresholds and targets.' }),
    repeat({ id: 'task-gpmb', quote: ['hoàn thành bàn giao 15,6 ha mặt bằng còn lại trước ngày 30/6/2027', 'còn 15,6 ha đang kiểm đếm'], values: ['15,6 ha', '15,6 ha'], trap: 'a task equal to the remainder, with a date.' }),
  ],
});
