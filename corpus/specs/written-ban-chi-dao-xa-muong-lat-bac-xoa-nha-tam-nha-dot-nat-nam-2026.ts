// Written for the corpus (batch S2): Ban Chỉ đạo xóa nhà tạm, nhà dột nát of xã Mường Lát Bắc (tỉnh Thanh Hóa,
// a mountainous border commune; the commune and its bản are invented) to the provincial Ban Chỉ đạo and the
// Sở Dân tộc và Tôn giáo, the results of removing makeshift and leaking houses in 2026, in "Phần thứ nhất"
// (I - III) and "Phần thứ hai": area, bản, households and people with the density per km², the ethnic
// composition's shares, poor households as a share; letters of appeal to twinned units as X/Y with a whole
// percent; households to support (a share of the commune's households) by group after "gồm", more than the
// province's quota only in a footnote, new builds and repairs with shares in parentheses, the ethnic-minority
// share, vulnerable households that are not parts; houses started and finished as X/Y, the excess over the
// quota and the share of it, 2025's rate in parentheses from a footnote, a minimum target, new builds and
// repairs finished, December's houses with the lũy kế from a footnote, houses accepted as X/Y with a whole
// percent; a table of five bản and the thirteen others (households, finished, rate, working days, total row)
// whose total rate 91,9 the text writes as a whole 92%, a bản's houses in the text against the table, the
// houses still being built, a "none" of abandoned works;
// funds "gồm" support and the households' own share, per house, support as houses × 60 / 30 triệu, by source,
// the Front's allocation in tỷ in the sentence before, disbursement's lũy kế from a footnote and its rate,
// working days after "gồm", per house and as days × đồng per day in triệu; summary restating figures (the
// rate, the lũy kế since 2025, the poor's share, funds in tỷ) and weaknesses (remainders and their share, two
// households that abandoned their works); targets.
import { contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ban-chi-dao-xa-muong-lat-bac-xoa-nha-tam-nha-dot-nat-nam-2026.md',
  prefix: 'mlb',
  claims: [
    contradiction({ id: 'plan-doc', quote: ['Kế hoạch số 46/KH-BCĐ ngày 20/01/2026'], stated: '46', expected: 'a document', consistent: true, reason: 'A plan\'s number and date.', trap: 'numbers in a document\'s name.' }),
    // I
    quotient({ id: 'density', quote: ['mật độ dân số khoảng 39 người/km²', '14.672 nhân khẩu', 'diện tích tự nhiên 372,6 km²'], x: '14.672', y: '372,6', stated: '39', trap: 'people per km² (39,38 → 39).' }),
    sum({ id: 'ethnic-composition', quote: ['dân tộc Thái chiếm 52,4%, dân tộc Mông 36,1%, dân tộc Khơ Mú 6,8%, dân tộc Kinh 2,9%, các dân tộc khác 2,8%'], parts: ['52,4%', '36,1%', '6,8%', '2,9%', '2,8%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'các dân tộc khác 1,8%', note: 'Class 3: the five ethnic groups\' shares of the population add to 101,0%.' }),
    ratio({ id: 'poverty', quote: ['chiếm 34,7% tổng số hộ', 'toàn xã có 1.126 hộ nghèo', '18 bản với 3.248 hộ'], x: '1.126', y: '3.248', stated: '34,7%' }),
    // II.1
    ratio({ id: 'twinned', quote: ['có 26/31 đơn vị tham gia ủng hộ bằng tiền, vật liệu hoặc ngày công, đạt 83%'], x: '26', y: '31', stated: '83%', mistake: 'planted', original: 'đạt 84%', note: 'Class 7: 26/31 = 83,87%, which is 84% written whole; 83% truncates.' }),
    // II.2
    ratio({ id: 'households-share', quote: ['chiếm 5,7% tổng số hộ của xã', 'toàn xã có 186 hộ thuộc diện hỗ trợ', '18 bản với 3.248 hộ'], x: '186', y: '3.248', stated: '5,7%' }),
    sum({ id: 'groups', quote: ['toàn xã có 186 hộ thuộc diện hỗ trợ', 'gồm: 14 hộ người có công với cách mạng, 129 hộ nghèo và 43 hộ cận nghèo'], parts: ['14', '129', '43'], total: '186' }),
    contradiction({ id: 'quota-doc', quote: ['Quyết định số 1125/QĐ-UBND ngày 10/3/2026'], stated: '1125', expected: 'a document', consistent: true, reason: 'A decision\'s number and date (footnote 2).', trap: 'numbers in a document\'s name.' }),
    difference({ id: 'over-quota', quote: ['nhiều hơn 6 hộ so với chỉ tiêu tỉnh giao', 'toàn xã có 186 hộ thuộc diện hỗ trợ', 'cho xã Mường Lát Bắc là 180 căn'], a: '186', b: '180', stated: '6', note: 'The province\'s quota of 180 is only in footnote 2.' }),
    sum({ id: 'forms', quote: ['toàn xã có 186 hộ thuộc diện hỗ trợ xóa nhà tạm', 'có 142 hộ được hỗ trợ xây mới', '44 hộ được hỗ trợ sửa chữa'], parts: ['142', '44'], total: '186' }),
    share({ id: 'new-share', quote: ['(76,3%)', 'có 142 hộ được hỗ trợ xây mới', 'toàn xã có 186 hộ thuộc diện hỗ trợ'], x: '142', y: '186', stated: '76,3%' }),
    share({ id: 'repair-share', quote: ['(23,7%)', '44 hộ được hỗ trợ sửa chữa', 'toàn xã có 186 hộ thuộc diện hỗ trợ'], x: '44', y: '186', stated: '23,7%' }),
    sum({ id: 'form-shares', quote: ['có 142 hộ được hỗ trợ xây mới (76,3%) và 44 hộ được hỗ trợ sửa chữa (23,7%)'], parts: ['76,3%', '23,7%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'two shares adding to 100% exactly.' }),
    share({ id: 'ethnic-households', quote: ['chiếm 96,2% số hộ được hỗ trợ', 'Đồng bào dân tộc thiểu số là 179 hộ', 'toàn xã có 186 hộ thuộc diện hỗ trợ'], x: '179', y: '186', stated: '96,2%' }),
    contradiction({ id: 'vulnerable', quote: ['có 23 hộ có người khuyết tật và 17 hộ người cao tuổi sống đơn thân'], stated: '23 hộ; 17 hộ', expected: 'subsets', consistent: true, reason: 'Households with a disabled member and elderly people living alone are counted among the 186 across the groups; they are not parts of any total.', trap: 'counts that are not parts of a total.' }),
    // II.3
    ratio({ id: 'started', quote: ['đã khởi công 186/186 căn, đạt 100%'], x: '186', y: '186', stated: '100%' }),
    excess({ id: 'started-quota', quote: ['vượt 3,3% chỉ tiêu tỉnh giao', 'đã khởi công 186/186 căn', 'cho xã Mường Lát Bắc là 180 căn'], x: '186', y: '180', stated: '3,3%', note: 'The quota is only in footnote 2; 186/180 = 103,33%.' }),
    ratio({ id: 'finished', quote: ['hoàn thành 171/186 căn, đạt 92%'], x: '171', y: '186', stated: '92%', trap: 'a whole percent of X/Y rounded correctly (91,94 → 92).' }),
    ratio({ id: 'rate-2025', quote: ['đạt 87,2%', 'hoàn thành 218/250 căn theo kế hoạch'], x: '218', y: '250', stated: '87,2%', trap: 'a percent in parentheses beside 171/186 (92%) that belongs to 2025\'s X/Y, given only in footnote 3.' }),
    contradiction({ id: 'target-min', quote: ['vượt mục tiêu tối thiểu 85%'], stated: 'tối thiểu 85%', expected: 'a target', consistent: true, reason: 'The plan\'s minimum, beside the 92% reached.', trap: 'a threshold next to a rate.' }),
    ratio({ id: 'finished-quota', quote: ['bằng 95,0% chỉ tiêu tỉnh giao', 'hoàn thành 171/186 căn', 'cho xã Mường Lát Bắc là 180 căn'], x: '171', y: '180', stated: '95,0%', note: 'Against the quota of footnote 2, not the 186 started.' }),
    ratio({ id: 'new-finished', quote: ['nhà xây mới là 128/142 căn, đạt 90,1%'], x: '128', y: '142', stated: '90,1%' }),
    ratio({ id: 'repair-finished', quote: ['nhà sửa chữa 43/44 căn, đạt 97,7%'], x: '43', y: '44', stated: '97,7%' }),
    sum({ id: 'finished-parts', quote: ['hoàn thành 171/186 căn', 'nhà xây mới là 128/142 căn', 'nhà sửa chữa 43/44 căn'], parts: ['128', '43'], total: '171' }),
    cumulative({ id: 'finished-cumulative', quote: ['lũy kế đến ngày 15/12/2026 hoàn thành 171 căn', 'đến ngày 30/11/2026 toàn xã hoàn thành 148 căn', 'hoàn thành thêm 23 căn'], previous: '148', period: '23', stated: '171', note: 'The figure at 30/11 is only in footnote 4 (the previous report).' }),
    ratio({ id: 'accepted', quote: ['bàn giao đưa vào sử dụng 164/171 căn đã hoàn thành, đạt 96%'], x: '164', y: '171', stated: '96%', trap: 'a whole percent of X/Y rounded up correctly (95,91 → 96).' }),
    contradiction({ id: 'standard', quote: ['diện tích sử dụng tối thiểu 30 m², niên hạn sử dụng từ 20 năm trở lên'], stated: 'tối thiểu 30 m²; 20 năm', expected: 'a standard', consistent: true, reason: 'The criteria a house must meet, not results.', trap: 'thresholds of a standard.' }),
    // Table
    ratio({ id: 't-rate-lat', quote: ['100,0'], x: '38', y: '38', stated: '100,0' }),
    ratio({ id: 't-rate-pom-buoc', quote: ['97,0', 'Pom Buốc'], x: '32', y: '33', stated: '97,0', trap: 'a rate rounded up correctly (96,97 → 97,0).' }),
    ratio({ id: 't-rate-na-kha', quote: ['96,6', 'Na Khà'], x: '28', y: '29', stated: '96,6' }),
    ratio({ id: 't-rate-xa-lung', quote: ['90,3'], x: '28', y: '31', stated: '90,3' }),
    ratio({ id: 't-rate-pu-toong', quote: ['80,0'], x: '24', y: '30', stated: '80,0' }),
    ratio({ id: 't-rate-others', quote: ['84,0', '13 bản còn lại'], x: '21', y: '25', stated: '84,0' }),
    ratio({ id: 't-rate-total', quote: ['91,9', 'Tổng cộng'], x: '171', y: '186', stated: '91,9' }),
    repeat({ id: 'rate-text-table', quote: ['hoàn thành 171/186 căn, đạt 92%', '91,9'], values: ['91,9%', '92%'], trap: 'the text writes the table\'s 91,9% as a whole 92%, rounded right.' }),
    sum({ id: 't-households', quote: ['toàn xã có 186 hộ thuộc diện hỗ trợ', 'Tổng cộng'], parts: ['38', '33', '29', '31', '30', '25'], total: '186', kind: 'cross_total' }),
    sum({ id: 't-finished', quote: ['lũy kế đến ngày 15/12/2026 hoàn thành 171 căn', 'Tổng cộng'], parts: ['38', '32', '28', '28', '24', '21'], total: '171', kind: 'cross_total' }),
    sum({ id: 't-days', quote: ['đã huy động 4.350 ngày công', '754', 'Tổng cộng'], parts: ['905', '780', '690', '754', '640', '590'], total: '4.350', kind: 'cross_total', mistake: 'planted', original: '| Xa Lung | 31 | 28 | 90,3 | 745 |', note: 'Class 4: the working days by bản add to 4.359, not the total row\'s 4.350; bản Xa Lung\'s 745 is written 754, while the text\'s 4.350 and its parts after "gồm" agree with the total row.' }),
    repeat({ id: 'days-table', quote: ['huy động 4.350 ngày công', 'Tổng cộng'], values: ['4.350', '4.350'], note: 'The text\'s working days against the total row.' }),
    contradiction({ id: 'other-bans', quote: ['13 bản còn lại'], stated: '13 bản', expected: 'a name', consistent: true, reason: 'The row of the 13 bản not listed; with the five listed they are the commune\'s 18 bản.', trap: 'a number in a row\'s name.' }),
    repeat({ id: 'pu-toong-text', quote: ['mới hoàn thành 21 căn', '80,0'], values: ['24', '21'], mistake: 'planted', original: 'đến nay mới hoàn thành 24 căn', note: 'Class 5: the text gives bản Pù Toong 21 finished houses, the figure of the next row (the 13 other bản); the table has 24 (24/30 = 80,0%).' }),
    difference({ id: 'remaining', quote: ['Toàn xã còn 15 căn đang thi công', 'hoàn thành 171/186 căn'], a: '186', b: '171', stated: '15', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'no-accidents', quote: ['không xảy ra tai nạn lao động tại các công trình'], stated: 'none', expected: 'none', consistent: true, reason: 'No accident is counted anywhere in the report.', trap: 'a "none" statement with nothing against it.' }),
    // II.4
    sum({ id: 'funds', quote: ['Tổng kinh phí thực hiện năm 2026 là 14.265 triệu đồng', 'gồm kinh phí hỗ trợ 9.840 triệu đồng', 'dòng họ giúp đỡ) 4.425 triệu đồng'], parts: ['9.840', '4.425'], total: '14.265' }),
    quotient({ id: 'funds-per-house', quote: ['bình quân 76,7 triệu đồng/căn', 'là 14.265 triệu đồng', 'toàn xã có 186 hộ thuộc diện hỗ trợ'], x: '14.265', y: '186', stated: '76,7', trap: 'funds per house (76,69 → 76,7).' }),
    product({ id: 'new-support', quote: ['hỗ trợ xây mới 142 căn là 8.520 triệu đồng', 'mức 60 triệu đồng/căn xây mới'], x: '142', y: '60', stated: '8.520', trap: 'houses × support per house.' }),
    product({ id: 'repair-support', quote: ['hỗ trợ sửa chữa 44 căn là 1.320 triệu đồng', '30 triệu đồng/căn sửa chữa'], x: '44', y: '30', stated: '1.320', trap: 'houses × support per house.' }),
    sum({ id: 'support-parts', quote: ['gồm kinh phí hỗ trợ 9.840 triệu đồng', 'là 8.520 triệu đồng', 'là 1.320 triệu đồng'], parts: ['8.520', '1.320'], total: '9.840' }),
    sum({ id: 'sources', quote: ['gồm kinh phí hỗ trợ 9.840 triệu đồng', 'là 5.412 triệu đồng; ngân sách tỉnh 1.968 triệu đồng; nguồn vận động xã hội hóa 2.460 triệu đồng'], parts: ['5.412', '1.968', '2.460'], total: '9.840' }),
    contradiction({ id: 'programme', quote: ['giai đoạn 2021 - 2030'], stated: '2021 - 2030', expected: 'a programme\'s name', consistent: true, reason: 'The years in the national target programme\'s name.', trap: 'numbers in a programme\'s name.' }),
    ratio({ id: 'front', quote: ['bằng 96,4% số được điều phối', 'xã đã tiếp nhận 2.460 triệu đồng', 'dành cho xã là 2,6 tỷ đồng'], x: '2.460 triệu đồng', y: '2,6 tỷ đồng', stated: '96,4%', mistake: 'planted', original: 'bằng 94,6% số được điều phối', note: 'Class 1: the allocation is in the sentence before, in tỷ; 2.460 triệu of 2.600 triệu is 94,6%, its digits swapped.' }),
    cumulative({ id: 'disbursed', quote: ['đã giải ngân cho các hộ 8.946 triệu đồng', 'Kinh phí hỗ trợ đã giải ngân đến ngày 30/11/2026 là 7.812 triệu đồng', 'riêng nửa đầu tháng 12 giải ngân 1.134 triệu đồng'], previous: '7.812', period: '1.134', stated: '8.946', note: 'The figure at 30/11 is only in footnote 5.' }),
    ratio({ id: 'disbursed-rate', quote: ['đạt 90,9% kinh phí hỗ trợ', 'đã giải ngân cho các hộ 8.946 triệu đồng', 'gồm kinh phí hỗ trợ 9.840 triệu đồng'], x: '8.946', y: '9.840', stated: '90,9%', note: 'The support\'s 9.840 triệu is in II.4.a.' }),
    sum({ id: 'days', quote: ['đã huy động 4.350 ngày công', 'gồm: lực lượng vũ trang (Đồn Biên phòng, Ban Chỉ huy quân sự và Công an xã) 1.240 ngày công; đoàn viên thanh niên 1.085 ngày công; hội viên Hội Cựu chiến binh, Hội Nông dân, Hội Liên hiệp Phụ nữ 760 ngày công; nhân dân các bản 1.265 ngày công'], parts: ['1.240', '1.085', '760', '1.265'], total: '4.350' }),
    quotient({ id: 'days-per-house', quote: ['Bình quân mỗi căn được hỗ trợ 23,4 ngày công', 'đã huy động 4.350 ngày công', 'toàn xã có 186 hộ thuộc diện hỗ trợ'], x: '4.350', y: '186', stated: '23,4', trap: 'working days per house (23,39 → 23,4).' }),
    product({ id: 'days-value', quote: ['tương đương 1.305 triệu đồng', 'đơn giá 300.000 đồng/ngày công', 'đã huy động 4.350 ngày công'], x: '4.350', y: '300.000', factor: '0,000001', stated: '1.305 triệu đồng', trap: 'days × đồng per day, in triệu.' }),
    // III.1
    repeat({ id: 'summary-rate', quote: ['hoàn thành 171 căn, đạt 92%', 'hoàn thành 171/186 căn, đạt 92%'], values: ['92%', '92%'] }),
    cumulative({ id: 'since-2025', quote: ['đã xóa được 379 căn nhà tạm', 'hoàn thành 218/250 căn theo kế hoạch', 'hoàn thành 171 căn, đạt 92%'], previous: '218', period: '171', stated: '379', mistake: 'planted', original: 'đã xóa được 389 căn nhà tạm', note: 'Class 6: footnote 3\'s 218 houses of 2025 plus the 171 of 2026 are 389, not 379.' }),
    share({ id: 'summary-poor', quote: ['Hộ nghèo chiếm 71,7% số hộ được hỗ trợ', '129 hộ nghèo', 'toàn xã có 186 hộ thuộc diện hỗ trợ', 'cho xã Mường Lát Bắc là 180 căn'], x: '129', y: '186', stated: '71,7%', mistake: 'planted', original: 'Hộ nghèo chiếm 69,4% số hộ được hỗ trợ', note: 'Class 2: far from its base in II.2; 129/186 = 69,4%; 71,7% divides by the province\'s quota of 180 in footnote 2.' }),
    repeat({ id: 'summary-ethnic', quote: ['đồng bào dân tộc thiểu số chiếm 96,2%', 'chiếm 96,2% số hộ được hỗ trợ'], values: ['96,2%', '96,2%'] }),
    repeat({ id: 'summary-funds', quote: ['Tổng kinh phí thực hiện đạt 14,27 tỷ đồng', 'là 14.265 triệu đồng'], values: ['14.265 triệu đồng', '14,27 tỷ đồng'], kind: 'unit', trap: 'triệu restated in tỷ, 14,265 rounded half-up to 14,27.' }),
    repeat({ id: 'summary-support', quote: ['kinh phí hỗ trợ 9,48 tỷ đồng', 'gồm kinh phí hỗ trợ 9.840 triệu đồng'], values: ['9.840 triệu đồng', '9,48 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'kinh phí hỗ trợ 9,84 tỷ đồng', note: 'Class 5: the summary swaps two digits of the 9.840 triệu of support, restated in tỷ.' }),
    repeat({ id: 'summary-central', quote: ['ngân sách trung ương 5,41 tỷ đồng', 'là 5.412 triệu đồng'], values: ['5.412 triệu đồng', '5,41 tỷ đồng'], kind: 'unit', trap: 'triệu restated in tỷ, agreeing.' }),
    repeat({ id: 'summary-disbursed', quote: ['đã giải ngân 8,95 tỷ đồng', 'đã giải ngân cho các hộ 8.946 triệu đồng'], values: ['8.946 triệu đồng', '8,95 tỷ đồng'], kind: 'unit', trap: 'triệu restated in tỷ, agreeing.' }),
    // III.2
    difference({ id: 'new-unfinished', quote: ['còn 14 căn xây mới chưa hoàn thành', 'nhà xây mới là 128/142 căn'], a: '142', b: '128', stated: '14', trap: 'a remainder of X/Y.' }),
    share({ id: 'new-unfinished-share', quote: ['chiếm 7,5% số căn xây mới', 'còn 14 căn xây mới chưa hoàn thành', 'nhà xây mới là 128/142 căn', 'toàn xã có 186 hộ thuộc diện hỗ trợ'], x: '14', y: '142', stated: '7,5%', mistake: 'planted', original: 'chiếm 9,9% số căn xây mới', note: 'A share divided by the wrong whole: 14/142 = 9,9% of the new builds; 7,5% divides by all 186 houses.' }),
    contradiction({ id: 'abandoned', quote: ['Còn 2 hộ ở bản Pù Toong đã nhận tạm ứng nhưng bỏ dở công trình', 'không có hộ nào bỏ dở công trình'], stated: '2 hộ bỏ dở công trình', expected: 'none (II.3)', consistent: false, reason: 'Section II.3 says no household abandoned its works or misused the support; the weaknesses count two households in bản Pù Toong that took the advance and abandoned their works.', mistake: 'planted', original: 'Một số hộ ở bản Pù Toong thiếu nhân lực nên thi công chậm', note: 'Class 8: a count against a "none" statement.' }),
    difference({ id: 'undisbursed', quote: ['chưa giải ngân còn 894 triệu đồng', 'đã giải ngân cho các hộ 8.946 triệu đồng', 'gồm kinh phí hỗ trợ 9.840 triệu đồng'], a: '9.840', b: '8.946', stated: '894', trap: 'a remainder of the support.' }),
    difference({ id: 'not-joined', quote: ['Còn 5 đơn vị kết nghĩa chưa tham gia ủng hộ', 'có 26/31 đơn vị'], a: '31', b: '26', stated: '5', trap: 'a remainder of X/Y.' }),
    // Phần thứ hai
    contradiction({ id: 'targets', quote: ['hoàn thành 15 căn còn lại trước ngày 31/01/2027; nghiệm thu, bàn giao 100% số căn hoàn thành trong quý I/2027'], stated: '100%', expected: 'targets', consistent: true, reason: 'Targets and deadlines for the coming months; the 15 houses left agree with 186 − 171.', trap: 'targets next to figures, and dates.' }),
  ],
});
