// Written for the corpus (batch S2): UBND phường Đông Hưng Tây (tỉnh Hưng Yên; the ward is invented) to the
// provincial Sở Xây dựng, building permits and the order of construction in quarter III of 2026 with the nine
// months, in "Phần thứ nhất" (I - IV) and "Phần thứ hai": tổ dân phố, households and people, the inspection team
// "trong đó" (a subset), community watch groups as X/Y with a whole percent; applications (carried over and new
// in parentheses) against quarter II only in a footnote, the online share and the channels' shares, settled
// applications after "gồm", on time as X/Y against a minimum; permits by kind after "gồm", floor area in m² with
// a "trong đó" subset and m² per permit, the nine months' permits and floor area as lũy kế from a footnote, the
// change against 2025 whose base is only in a footnote, permits per 1.000 people, the nine months' online share
// with a whole percent; inspections in a table of eight tổ dân phố (works, visits, violations, handled, total
// row), a tổ dân phố's works in the text against the table, visits per work, visits against the year's plan in
// the sentence before; violations as a share of works inspected, by kind after "gồm", the nine months' lũy kế
// and the change against 2025 in a footnote, handled as X/Y, decisions and fines (per decision, collected), the
// nine months' decisions, fines and collections as lũy kế from a footnote, demolitions in parentheses; a "none"
// of building on farmland or public land beside a count of another kind, a "none" of officials' breaches;
// summary restating figures (floor area in ha, the on-time rate, the online share, inspections, violations,
// fines in tỷ, demolitions) and weaknesses (remainders, a house on farmland found in August); targets for
// quarter IV.
import { atLeast, change, contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-phuong-dong-hung-tay-trat-tu-xay-dung-cap-phep-quy-3-2026.md',
  prefix: 'dht',
  claims: [
    contradiction({ id: 'documents', quote: ['Công văn số 1745/SXD-QLĐT ngày 15/9/2026', 'căn cứ Kế hoạch số 58/KH-UBND ngày 20/01/2026'], stated: '1745', expected: 'documents', consistent: true, reason: 'A letter\'s and a plan\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    contradiction({ id: 'team-decision', quote: ['Quyết định số 112/QĐ-UBND ngày 08/7/2025'], stated: '112', expected: 'a document', consistent: true, reason: 'The decision that set up the inspection team (footnote 1).', trap: 'numbers in a document\'s name.' }),
    // I
    contradiction({ id: 'road', quote: ['dọc tuyến Quốc lộ 39'], stated: '39', expected: 'a name', consistent: true, reason: 'A national road\'s number.', trap: 'a number in a name.' }),
    atLeast({ id: 'team', quote: ['có 9 thành viên, trong đó có 3 công chức Phòng Kinh tế, Hạ tầng và Đô thị và 2 cán bộ Công an phường'], big: '9', small: '3 + 2', trap: 'a "trong đó" that names only some of the nine members (5 of 9), not a breakdown.' }),
    ratio({ id: 'watch-groups', quote: ['(đạt 88%)', '7/8 tổ dân phố đã thành lập tổ giám sát cộng đồng'], x: '7', y: '8', stated: '88%', trap: 'a whole percent rounded half-up from exactly 87,5.' }),
    // II.1
    sum({ id: 'received', quote: ['tiếp nhận tổng cộng 148 hồ sơ', '(12 hồ sơ từ quý II chuyển sang và 136 hồ sơ mới)'], parts: ['12', '136'], total: '148' }),
    difference({ id: 'received-q2', quote: ['số hồ sơ mới tăng 17 hồ sơ so với quý trước', 'và 136 hồ sơ mới)', 'tiếp nhận mới 119 hồ sơ đề nghị'], a: '136', b: '119', stated: '17', note: 'Quarter II\'s 119 new applications are only in footnote 2.' }),
    share({ id: 'online', quote: ['chiếm 81,6% số hồ sơ mới', 'có 111 hồ sơ nộp trực tuyến', 'và 136 hồ sơ mới)'], x: '111', y: '136', stated: '81,6%' }),
    sum({ id: 'channels', quote: ['chiếm 81,6% số hồ sơ mới; nộp trực tiếp tại Bộ phận Một cửa 17,2%; qua dịch vụ bưu chính công ích 2,2%'], parts: ['81,6%', '17,2%', '2,2%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'nộp trực tiếp tại Bộ phận Một cửa 16,2%', note: 'Class 3: the three channels add to 101,0% (22 of 136 applications handed in at the desk is 16,2%, written 17,2%).' }),
    sum({ id: 'settled', quote: ['Đã giải quyết xong 140 hồ sơ', 'gồm 132 hồ sơ được cấp giấy phép và 8 hồ sơ trả lại'], parts: ['132', '8'], total: '140' }),
    difference({ id: 'pending', quote: ['còn 8 hồ sơ đang trong thời hạn giải quyết', 'tiếp nhận tổng cộng 148 hồ sơ', 'Đã giải quyết xong 140 hồ sơ'], a: '148', b: '140', stated: '8', trap: 'a remainder of the applications received, equal to another count (8 returned).' }),
    ratio({ id: 'on-time', quote: ['đạt 97,9%, cao hơn chỉ tiêu', 'Số hồ sơ giải quyết đúng hạn là 137/140'], x: '137', y: '140', stated: '97,9%' }),
    contradiction({ id: 'on-time-min', quote: ['(tối thiểu 95%)'], stated: 'tối thiểu 95%', expected: 'a target', consistent: true, reason: 'The province\'s minimum, beside the 97,9% reached.', trap: 'a threshold next to a rate.' }),
    difference({ id: 'late', quote: ['3 hồ sơ trễ hạn', 'Số hồ sơ giải quyết đúng hạn là 137/140'], a: '140', b: '137', stated: '3', trap: 'a remainder of X/Y.' }),
    // II.2
    sum({ id: 'permit-kinds', quote: ['cấp 132 giấy phép xây dựng, gồm', '109 giấy phép xây dựng mới nhà ở riêng lẻ, 17 giấy phép sửa chữa, cải tạo và 6 giấy phép xây dựng có thời hạn'], parts: ['109', '17', '6'], total: '132' }),
    repeat({ id: 'permits-settled', quote: ['gồm 132 hồ sơ được cấp giấy phép', 'cấp 132 giấy phép xây dựng, gồm'], values: ['132', '132'], note: 'The applications granted in II.1 are the permits of II.2.' }),
    atLeast({ id: 'floor-new', quote: ['trong đó nhà ở riêng lẻ xây dựng mới 41.230 m²', 'Tổng diện tích sàn xây dựng được cấp phép là 46.850 m²'], big: '46.850 m²', small: '41.230 m²', trap: 'a "trong đó" subset of the floor area (new houses only), not a breakdown.' }),
    quotient({ id: 'floor-per-permit', quote: ['bình quân khoảng 355 m²/giấy phép', 'là 46.850 m²', 'cấp 132 giấy phép xây dựng, gồm'], x: '46.850', y: '132', stated: '355', trap: 'floor area per permit (354,9 written whole).' }),
    cumulative({ id: 'permits-9m', quote: ['phường đã cấp 358 giấy phép xây dựng', 'cấp 226 giấy phép xây dựng với tổng diện tích sàn 121.540 m²', 'cấp 132 giấy phép xây dựng, gồm'], previous: '226', period: '132', stated: '358', note: 'The six months\' permits are only in footnote 3.' }),
    cumulative({ id: 'floor-9m', quote: ['với tổng diện tích sàn 168.390 m²', 'tổng diện tích sàn 121.540 m²', 'là 46.850 m²'], previous: '121.540', period: '46.850', stated: '168.390' }),
    change({ id: 'permits-change', quote: ['số giấy phép tăng 12,3% so với cùng kỳ năm 2025', 'phường đã cấp 358 giấy phép xây dựng', 'cấp 314 giấy phép xây dựng'], x: '358', base: '314', stated: '12,3%', direction: 'tăng', mistake: 'planted', original: 'số giấy phép tăng 14,0% so với cùng kỳ năm 2025', note: 'Class 1: the base of 2025 is only in footnote 4; 44/314 = 14,0%; 12,3% divides the gain by this year\'s 358.' }),
    contradiction({ id: 'q3-2025', quote: ['(riêng quý III năm 2025 cấp 118 giấy phép)'], stated: '118', expected: 'another period', consistent: true, reason: 'Quarter III of 2025, a same-named indicator of another period beside this quarter\'s 132 permits; not a part of anything here.', trap: 'a same-named indicator of another period.' }),
    quotient({ id: 'per-1000', quote: ['bình quân 12,6 giấy phép/1.000 dân', 'phường đã cấp 358 giấy phép xây dựng', '28.415 nhân khẩu'], x: '358', y: '28.415', factor: '1000', stated: '12,6', trap: 'permits per 1.000 people.' }),
    cumulative({ id: 'new-9m', quote: ['Chín tháng tiếp nhận mới 383 hồ sơ', 'tiếp nhận mới 247 hồ sơ', 'và 136 hồ sơ mới)'], previous: '247', period: '136', stated: '383' }),
    cumulative({ id: 'online-9m', quote: ['trong đó 294 hồ sơ nộp trực tuyến', '(183 hồ sơ trực tuyến)', 'có 111 hồ sơ nộp trực tuyến'], previous: '183', period: '111', stated: '294' }),
    ratio({ id: 'online-9m-rate', quote: ['tỷ lệ nộp trực tuyến đạt 76%', 'trong đó 294 hồ sơ nộp trực tuyến', 'Chín tháng tiếp nhận mới 383 hồ sơ'], x: '294', y: '383', stated: '76%', mistake: 'planted', original: 'tỷ lệ nộp trực tuyến đạt 77%', note: 'Class 7: 294/383 = 76,76%, which is 77% written whole; 76% truncates.' }),
    // III.1
    sum({ id: 't-works', quote: ['kiểm tra 172 công trình đang thi công', 'Cộng'], parts: ['26', '22', '34', '18', '24', '15', '19', '14'], total: '172', kind: 'cross_total' }),
    sum({ id: 't-visits', quote: ['với 266 lượt kiểm tra', '33', 'Cộng', '| Cộng | 172 | 266 |'], parts: ['41', '35', '52', '27', '33', '22', '30', '21'], total: '266', kind: 'cross_total', mistake: 'planted', original: '| An Lạc | 24 | 38 | 4 | 3 |', note: 'Class 4: the visits by tổ dân phố add to 261, not the total row\'s 266 (which the text and the nine months\' lũy kế carry); An Lạc\'s 38 visits are written 33.' }),
    sum({ id: 't-violations', quote: ['phát hiện 21 công trình vi phạm trật tự xây dựng', 'Cộng'], parts: ['3', '2', '5', '1', '4', '2', '3', '1'], total: '21', kind: 'cross_total' }),
    sum({ id: 't-handled', quote: ['Đã xử lý 19/21 trường hợp', 'Cộng'], parts: ['3', '2', '4', '1', '3', '2', '3', '1'], total: '19', kind: 'cross_total' }),
    quotient({ id: 'visits-per-work', quote: ['bình quân 1,5 lượt/công trình', 'kiểm tra 172 công trình đang thi công với 266 lượt kiểm tra'], x: '266', y: '172', stated: '1,5', trap: 'visits per work inspected.' }),
    repeat({ id: 'tay-hung-works', quote: ['(43 công trình)', '34'], values: ['34', '43'], mistake: 'planted', original: '(34 công trình)', note: 'Class 5: the text swaps the digits of the table\'s 34 works inspected in tổ dân phố Tây Hưng (the most either way).' }),
    repeat({ id: 'tay-hung-violations', quote: ['nhiều vi phạm nhất (5 công trình)', '34'], values: ['5', '5'] }),
    cumulative({ id: 'visits-9m', quote: ['Lũy kế 9 tháng đã thực hiện 744 lượt', 'kiểm tra 478 lượt công trình', 'với 266 lượt kiểm tra'], previous: '478', period: '266', stated: '744' }),
    ratio({ id: 'visits-plan', quote: ['đạt 75,7% kế hoạch', 'đề ra kiểm tra 960 lượt công trình', 'Lũy kế 9 tháng đã thực hiện 744 lượt'], x: '744', y: '960', stated: '75,7%', mistake: 'planted', original: 'đạt 77,5% kế hoạch', note: 'Class 1: the year\'s plan of 960 visits is in the sentence before; 744/960 = 77,5%, written with two digits swapped as 75,7%.' }),
    // III.2
    share({ id: 'violation-share', quote: ['chiếm 12,2% số công trình được kiểm tra', 'phát hiện 21 công trình vi phạm trật tự xây dựng', 'kiểm tra 172 công trình đang thi công'], x: '21', y: '172', stated: '12,2%' }),
    sum({ id: 'violation-kinds', quote: ['phát hiện 21 công trình vi phạm trật tự xây dựng', 'xây dựng không có giấy phép 9 trường hợp; xây dựng sai nội dung giấy phép được cấp 8 trường hợp; vi phạm quy định về an toàn, che chắn, vệ sinh môi trường trong thi công 4 trường hợp'], parts: ['9', '8', '4'], total: '21' }),
    cumulative({ id: 'violations-9m', quote: ['Lũy kế 9 tháng phát hiện 58 trường hợp vi phạm', 'phát hiện 37 trường hợp vi phạm', 'phát hiện 21 công trình vi phạm trật tự xây dựng'], previous: '37', period: '21', stated: '58' }),
    change({ id: 'violations-change', quote: ['giảm 9,4% so với cùng kỳ năm 2025', 'Lũy kế 9 tháng phát hiện 58 trường hợp vi phạm', 'phát hiện 64 trường hợp vi phạm'], x: '58', base: '64', stated: '9,4%', direction: 'giảm', note: 'The base of 2025 is only in footnote 4 (9,375% rounds half-up to 9,4%).' }),
    ratio({ id: 'records', quote: ['21/21 trường hợp (100%)'], x: '21', y: '21', stated: '100%', trap: '"100%" of an X/Y.' }),
    ratio({ id: 'handled', quote: ['Đã xử lý 19/21 trường hợp, đạt 90,5%'], x: '19', y: '21', stated: '90,5%' }),
    sum({ id: 'handled-how', quote: ['Đã xử lý 19/21 trường hợp', 'ban hành 16 quyết định xử phạt vi phạm hành chính theo', 'yêu cầu tự khắc phục 3 trường hợp'], parts: ['16', '3'], total: '19' }),
    contradiction({ id: 'decree', quote: ['Nghị định số 16/2022/NĐ-CP'], stated: '16', expected: 'a document', consistent: true, reason: 'A decree\'s number and year; that it shares the number 16 with the decisions is chance.', trap: 'numbers in a document\'s name.' }),
    difference({ id: 'unhandled', quote: ['còn 2 trường hợp đang hoàn thiện hồ sơ', 'Đã xử lý 19/21 trường hợp'], a: '21', b: '19', stated: '2', trap: 'a remainder of X/Y.' }),
    quotient({ id: 'fine-per-decision', quote: ['bình quân 15,5 triệu đồng/quyết định', 'Tổng số tiền xử phạt trong quý là 247,5 triệu đồng', 'ban hành 16 quyết định xử phạt vi phạm hành chính theo'], x: '247,5', y: '16', stated: '15,5', trap: 'a fine per decision.' }),
    ratio({ id: 'collected', quote: ['214 triệu đồng, đạt 86,5%', 'Tổng số tiền xử phạt trong quý là 247,5 triệu đồng'], x: '214 triệu đồng', y: '247,5 triệu đồng', stated: '86,5%' }),
    cumulative({ id: 'decisions-9m', quote: ['Lũy kế 9 tháng ban hành 44 quyết định xử phạt', 'ban hành 29 quyết định xử phạt', 'ban hành 16 quyết định xử phạt vi phạm hành chính theo'], previous: '29', period: '16', stated: '44', mistake: 'planted', original: 'Lũy kế 9 tháng ban hành 45 quyết định xử phạt', note: 'Class 6: footnote 5\'s 29 decisions plus the quarter\'s 16 is 45, not 44.' }),
    cumulative({ id: 'fines-9m', quote: ['với tổng số tiền 560 triệu đồng', 'với số tiền 312,5 triệu đồng', 'Tổng số tiền xử phạt trong quý là 247,5 triệu đồng'], previous: '312,5', period: '247,5', stated: '560' }),
    cumulative({ id: 'collected-9m', quote: ['số tiền đã thu nộp 486,5 triệu đồng', 'đã thu nộp 272,5 triệu đồng', 'đã thu nộp ngân sách nhà nước 214 triệu đồng'], previous: '272,5', period: '214', stated: '486,5' }),
    ratio({ id: 'collected-9m-rate', quote: ['486,5 triệu đồng, đạt 86,9%', 'với tổng số tiền 560 triệu đồng'], x: '486,5', y: '560', stated: '86,9%' }),
    sum({ id: 'demolished', quote: ['buộc tháo dỡ 5 công trình', '(3 trường hợp chủ đầu tư tự tháo dỡ, 2 trường hợp phường tổ chức cưỡng chế)'], parts: ['3', '2'], total: '5' }),
    cumulative({ id: 'demolished-9m', quote: ['lũy kế 9 tháng buộc tháo dỡ 12 công trình', 'buộc tháo dỡ 7 công trình', 'buộc tháo dỡ 5 công trình'], previous: '7', period: '5', stated: '12' }),
    contradiction({ id: 'sidewalk', quote: ['phường đã nhắc nhở 6 hộ', 'không phát sinh trường hợp xây dựng nhà ở, công trình trên đất nông nghiệp, đất công'], stated: '6 hộ', expected: 'another kind', consistent: true, reason: 'Building materials left on the pavement are not building on farmland or public land; the six households reminded do not deny the "none".', trap: 'a count of another kind beside a "none".' }),
    contradiction({ id: 'no-officials', quote: ['Không có trường hợp cán bộ, công chức của phường buông lỏng quản lý'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts an official\'s breach.', trap: 'a "none" with nothing against it.' }),
    // IV.1
    repeat({ id: 'summary-permits', quote: ['phường cấp 358 giấy phép với tổng diện tích sàn', 'phường đã cấp 358 giấy phép xây dựng'], values: ['358', '358'] }),
    repeat({ id: 'summary-floor', quote: ['khoảng 16,48 ha', 'với tổng diện tích sàn 168.390 m²'], values: ['168.390 m²', '16,48 ha'], kind: 'unit', mistake: 'planted', original: 'khoảng 16,84 ha', note: 'Class 5: the summary restates the nine months\' 168.390 m² in ha with two digits swapped: 16,84 ha written 16,48.' }),
    repeat({ id: 'summary-floor-q3', quote: ['riêng quý III là 4,69 ha', 'là 46.850 m²'], values: ['46.850 m²', '4,69 ha'], kind: 'unit', trap: 'floor area restated in ha, rounded half-up from 4,685.' }),
    repeat({ id: 'summary-on-time', quote: ['trong quý đạt 97,9%', 'đạt 97,9%, cao hơn chỉ tiêu'], values: ['97,9%', '97,9%'] }),
    share({ id: 'summary-online', quote: ['hồ sơ nộp trực tuyến chiếm 75,0%', 'có 111 hồ sơ nộp trực tuyến', 'và 136 hồ sơ mới)', 'tiếp nhận tổng cộng 148 hồ sơ'], x: '111', y: '136', stated: '75,0%', mistake: 'planted', original: 'hồ sơ nộp trực tuyến chiếm 81,6%', note: 'Class 2: far from its base in II.1; 111/136 = 81,6% of the new applications; 75,0% divides by all 148 applications, those carried over from quarter II included.' }),
    repeat({ id: 'summary-visits', quote: ['với 744 lượt kiểm tra trong 9 tháng', 'Lũy kế 9 tháng đã thực hiện 744 lượt'], values: ['744', '744'] }),
    repeat({ id: 'summary-violations', quote: ['số trường hợp vi phạm là 58', 'Lũy kế 9 tháng phát hiện 58 trường hợp vi phạm'], values: ['58', '58'] }),
    repeat({ id: 'summary-violations-change', quote: ['là 58, giảm 9,4% so với cùng kỳ', 'giảm 9,4% so với cùng kỳ năm 2025'], values: ['9,4%', '9,4%'] }),
    repeat({ id: 'summary-fines', quote: ['tổng số tiền xử phạt 0,56 tỷ đồng', 'với tổng số tiền 560 triệu đồng'], values: ['560 triệu đồng', '0,56 tỷ đồng'], kind: 'unit', trap: 'the fines restated in tỷ, agreeing.' }),
    repeat({ id: 'summary-demolished', quote: ['đã buộc tháo dỡ 12 công trình vi phạm', 'lũy kế 9 tháng buộc tháo dỡ 12 công trình'], values: ['12', '12'] }),
    // IV.2
    repeat({ id: 'weak-unhandled', quote: ['Còn 2 trường hợp vi phạm chưa xử lý xong', 'còn 2 trường hợp đang hoàn thiện hồ sơ'], values: ['2', '2'] }),
    contradiction({ id: 'online-target', quote: ['chưa đạt mục tiêu 85% của kế hoạch'], stated: '85%', expected: 'a target', consistent: true, reason: 'The plan\'s target for the online share, beside the 81,6% and 76% reached.', trap: 'a threshold with no base of its own.' }),
    contradiction({ id: 'farmland', quote: ['Ngày 12/8/2026, phát hiện 1 trường hợp xây dựng nhà ở trên đất nông nghiệp', 'không phát sinh trường hợp xây dựng nhà ở, công trình trên đất nông nghiệp, đất công'], stated: '1 trường hợp (12/8/2026)', expected: 'none (III.2)', consistent: false, reason: 'Section III.2 says no house or work was built on farmland or public land in the nine months; the weaknesses count a house on farmland found on 12/8/2026, inside quarter III.', mistake: 'planted', original: 'Ý thức chấp hành pháp luật về xây dựng của một bộ phận người dân còn hạn chế, còn tình trạng xây dựng sai nội dung giấy phép.', note: 'Class 8: a count against a "none" statement.' }),
    // Phần thứ hai
    contradiction({ id: 'targets', quote: ['đạt 100%, tỷ lệ hồ sơ nộp trực tuyến đạt trên 85%'], stated: '100%', expected: 'targets', consistent: true, reason: 'Targets for quarter IV, beside the 97,9% and 81,6% reached.', trap: 'targets next to rates.' }),
    difference({ id: 'visits-left', quote: ['Kiểm tra tối thiểu 216 lượt công trình để hoàn thành kế hoạch năm', 'đề ra kiểm tra 960 lượt công trình', 'Lũy kế 9 tháng đã thực hiện 744 lượt'], a: '960', b: '744', stated: '216', trap: 'a remainder of a plan.' }),
    contradiction({ id: 'law', quote: ['Luật Xây dựng năm 2014 (sửa đổi, bổ sung năm 2020)'], stated: '2014', expected: 'a document', consistent: true, reason: 'A law\'s years.', trap: 'numbers in a document\'s name.' }),
  ],
});
