// Written for the corpus (batch E2): Công an xã Ia Brô (tỉnh Gia Lai, an invented commune), quarterly
// report on security and order for quarter III 2026 (the police's period 15/6 – 14/9): crimes with the
// same period and the previous quarter, drugs, traffic accidents and violations, fire, residence
// registration and electronic identity, administrative fines, reports and petitions, the gun campaign.
// The six-month and same-period figures sit in three footnotes; a comparison table (quarter III,
// quarter II, same period, % of each) closes the report; counts written "07 (bảy)".
import { atLeast, change, contradiction, cumulative, difference, excess, product, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-cong-an-xa-ia-bro-an-ninh-trat-tu-quy-3-2026.md',
  prefix: 'ibr',
  claims: [
    // 1. Phạm pháp hình sự
    sum({ id: 'crimes-kinds', quote: ['xảy ra 07 (bảy) vụ phạm pháp hình sự', 'trộm cắp tài sản 04 vụ, cố ý gây thương tích 02 vụ, cướp giật tài sản 01 vụ'], parts: ['4', '2', '1'], total: '7' }),
    difference({ id: 'crimes-vs-same-period-count', quote: ['giảm 03 vụ, tương ứng giảm 30%', 'so với cùng kỳ năm 2025 (10 vụ)'], a: '10', b: '7', stated: '3' }),
    change({ id: 'crimes-vs-same-period-rate', quote: ['tương ứng giảm 30% so với cùng kỳ năm 2025 (10 vụ)'], x: '7', base: '10', stated: '30%', direction: 'giảm' }),
    difference({ id: 'crimes-vs-q2-count', quote: ['so với quý II/2026 (05 vụ) tăng 02 vụ'], a: '7', b: '5', stated: '2' }),
    change({ id: 'crimes-vs-q2-rate', quote: ['tương ứng tăng 40%'], x: '7', base: '5', stated: '40%', direction: 'tăng', note: 'The previous quarter in parentheses before the count and the percent.' }),
    share({ id: 'theft-share', quote: ['Trộm cắp tài sản vẫn chiếm tỷ lệ cao nhất (57,1%)'], x: '4', y: '7', stated: '57,1%', note: 'A share of the total of the sentence before, given only through its parts.' }),
    ratio({ id: 'crimes-solved', quote: ['làm rõ 06/07 vụ, đạt 85,7%'], x: '6', y: '7', stated: '85,7%' }),
    contradiction({ id: 'crimes-solved-target', quote: ['chỉ tiêu Bộ Công an giao: trên 75%'], stated: 'trên 75%', expected: 'a target of the ministry', consistent: true, reason: 'A threshold in parentheses right after 06/07 vụ, đạt 85,7%; not a rate of anything here.', trap: 'a target next to an X/Y.' }),
    share({ id: 'minors-share', quote: ['03 đối tượng là người chưa thành niên, chiếm 33,3%', 'bắt giữ 09 đối tượng'], x: '3', y: '9', stated: '33,3%' }),
    ratio({ id: 'property-recovered', quote: ['tài sản trị giá 142 triệu đồng, đạt 81,6%', 'thiệt hại khoảng 174 triệu đồng'], x: '142', y: '174', stated: '81,6%' }),
    cumulative({ id: 'crimes-nine-months', quote: ['xảy ra 19 vụ phạm pháp hình sự', 'xảy ra 12 vụ phạm pháp hình sự, điều tra làm rõ 10 vụ'], previous: '12', period: '7', stated: '19', note: 'The six-month figure is in footnote 1.' }),
    change({ id: 'crimes-nine-months-same-period', quote: ['giảm 20,8% so với cùng kỳ (24 vụ)'], x: '19', base: '24', stated: '20,8%', direction: 'giảm' }),
    ratio({ id: 'crimes-nine-months-solved', quote: ['điều tra làm rõ 16/19 vụ, đạt 84,2%'], x: '16', y: '19', stated: '84,2%' }),
    cumulative({ id: 'crimes-solved-nine-months', quote: ['điều tra làm rõ 16/19 vụ', 'điều tra làm rõ 10 vụ; xảy ra'], previous: '10', period: '6', stated: '16' }),
    // 2. Ma túy
    atLeast({ id: 'drug-suspects-since-january', kind: 'cumulative', quote: ['lũy kế từ đầu năm bắt giữ 07 vụ, 04 đối tượng', 'bắt giữ 03 vụ, 05 đối tượng'], big: '4', small: '5', mistake: 'planted', original: 'lũy kế từ đầu năm bắt giữ 07 vụ, 11 đối tượng', note: 'Class 6: the suspects arrested since January (04) are fewer than those of the quarter alone (05).' }),
    sum({ id: 'addicts-groups', quote: ['Toàn xã hiện có 21 người nghiện ma túy có hồ sơ quản lý', '08 người đang cai nghiện tại cơ sở cai nghiện bắt buộc', '11 người cai nghiện tại gia đình và cộng đồng', '03 người đang chấp hành án phạt tù'], parts: ['8', '11', '3'], total: '21', mistake: 'planted', original: '02 người đang chấp hành án phạt tù', note: 'Class 4: the groups after "gồm" add to 22.' }),
    contradiction({ id: 'addicts-target', quote: ['giảm ít nhất 10% số người nghiện so với cuối năm 2025 (25 người)'], stated: 'giảm ít nhất 10%', expected: 'a target; the actual fall is (25 − 21)/25 = 16%', consistent: true, reason: 'A target with a base in parentheses, not a stated change; 21 against 25 meets it.', trap: 'a target percent with a base beside it.' }),
    // 3. Tai nạn giao thông
    difference({ id: 'accidents-vs-same-period', quote: ['giảm 01 vụ (giảm 20%)', 'Quý III năm 2025: xảy ra 05 vụ tai nạn giao thông'], a: '5', b: '4', stated: '1', note: 'The same-period figures are in footnote 2.' }),
    change({ id: 'accidents-vs-same-period-rate', quote: ['(giảm 20%)', 'xảy ra 04 vụ tai nạn giao thông'], x: '4', base: '5', stated: '20%', direction: 'giảm' }),
    repeat({ id: 'deaths-same-as-last-year', quote: ['số người chết bằng cùng kỳ', 'làm chết 02 người, bị thương 07 người.'], values: ['2', '2'], note: '"bằng cùng kỳ": 2 deaths now and 2 in footnote 2.' }),
    difference({ id: 'injured-vs-same-period', quote: ['số người bị thương giảm 02 người'], a: '7', b: '5', stated: '2' }),
    cumulative({ id: 'accidents-nine-months', quote: ['Lũy kế 9 tháng xảy ra 09 vụ', 'xảy ra 06 vụ tai nạn giao thông, làm chết 01 người'], previous: '6', period: '4', stated: '9', mistake: 'planted', original: 'Lũy kế 9 tháng xảy ra 10 vụ', note: 'Class 6: footnote 1 gives 06 accidents in the first six months; with the quarter\'s 04 that is 10.' }),
    cumulative({ id: 'deaths-nine-months', quote: ['làm chết 03 người, bị thương 12 người', 'làm chết 01 người, bị thương 07 người'], previous: '1', period: '2', stated: '3' }),
    cumulative({ id: 'injured-nine-months', quote: ['bị thương 12 người', 'làm chết 01 người, bị thương 07 người'], previous: '7', period: '5', stated: '12' }),
    sum({ id: 'traffic-violations', quote: ['lập biên bản xử lý 138 trường hợp vi phạm trật tự, an toàn giao thông', 'không đội mũ bảo hiểm 52 trường hợp', 'không có giấy phép lái xe 39 trường hợp', 'vi phạm nồng độ cồn 27 trường hợp, lỗi khác 20 trường hợp'], parts: ['52', '39', '27', '20'], total: '138' }),
    share({ id: 'helmet-share', quote: ['không đội mũ bảo hiểm 52 trường hợp (chiếm 37%)'], x: '52', y: '138', stated: '37%', mistake: 'planted', original: 'không đội mũ bảo hiểm 52 trường hợp (chiếm 38%)', note: 'Class 7: 37,68% is 38% as a whole number; 37% is truncated.' }),
    change({ id: 'traffic-fines-same-period', quote: ['tăng 18,4% so với cùng kỳ năm 2025 (162,3 triệu đồng)', 'số tiền 186,5 triệu đồng'], x: '186,5', base: '162,3', stated: '18,4%', direction: 'tăng', mistake: 'planted', original: 'tăng 14,9% so với cùng kỳ năm 2025 (162,3 triệu đồng)', note: 'Class 1: the base in parentheses after the percent; 186,5/162,3 is an increase of 14,91%.' }),
    difference({ id: 'traffic-not-fined', quote: ['14 trường hợp còn lại là người chưa thành niên'], a: '138', b: '124', stated: '14' }),
    // 4. Cháy, nổ
    contradiction({ id: 'no-fire-then-fire', quote: ['trên địa bàn không xảy ra cháy, nổ', 'dập tắt kịp thời 01 vụ cháy kho chứa cà phê'], stated: 'không xảy ra cháy, nổ', expected: '01 vụ cháy kho chứa cà phê ngày 26/8/2026 (mục III)', consistent: false, reason: 'Section II.4 says no fire or explosion happened in the quarter; section III reports a warehouse fire on 26/8/2026 with about 35 triệu đồng of damage.', mistake: 'planted', original: 'Trong quý, trên địa bàn không xảy ra cháy, nổ gây thiệt hại lớn', note: 'Class 8.' }),
    share({ id: 'fire-checks-faulty', quote: ['phát hiện 9 cơ sở có thiếu sót, chiếm 33,3%', 'phòng cháy, chữa cháy 27 cơ sở'], x: '9', y: '27', stated: '33,3%' }),
    // 5. Cư trú, căn cước, định danh
    sum({ id: 'residence-files', quote: ['Tiếp nhận, giải quyết 412 hồ sơ đăng ký, quản lý cư trú', 'đăng ký thường trú 96 hồ sơ', 'đăng ký tạm trú 183 hồ sơ', 'xóa đăng ký thường trú 57 hồ sơ; khai báo tạm vắng 76 hồ sơ'], parts: ['96', '183', '57', '76'], total: '412' }),
    share({ id: 'temporary-residence-share', quote: ['Hồ sơ đăng ký tạm trú chiếm tỷ lệ cao nhất (41,4%)', 'đăng ký tạm trú 183 hồ sơ'], x: '183', y: '412', stated: '41,4%', mistake: 'planted', original: 'Hồ sơ đăng ký tạm trú chiếm tỷ lệ cao nhất (44,4%)', note: 'Class 3: a share of the total of the sentence before; 183/412 is 44,42%.' }),
    share({ id: 'residence-online', quote: ['Có 389 hồ sơ được nộp trực tuyến qua Cổng dịch vụ công, đạt 94,4%'], x: '389', y: '412', stated: '94,4%' }),
    excess({ id: 'id-cards-plan', quote: ['vượt 9,3% kế hoạch quý (300 hồ sơ)', 'cấp thẻ căn cước cho 328 công dân'], x: '328', y: '300', stated: '9,3%' }),
    cumulative({ id: 'e-id-cumulative', quote: ['lũy kế toàn xã có 11.872 tài khoản', 'toàn xã kích hoạt 10.826 tài khoản', 'mức độ 2 cho 1.046 công dân'], previous: '10.826', period: '1.046', stated: '11.872', note: 'The previous quarter\'s lũy kế is in footnote 3.' }),
    ratio({ id: 'e-id-coverage', quote: ['đạt 89,2% số công dân đủ điều kiện (13.310 người)'], x: '11.872', y: '13.310', stated: '89,2%' }),
    // 6. Xử lý vi phạm hành chính; tin báo, đơn thư
    sum({ id: 'fines-fields', quote: ['xử phạt vi phạm hành chính 163 trường hợp (trật tự, an toàn giao thông 124', 'an ninh, trật tự và phòng cháy, chữa cháy 27; cư trú 12'], parts: ['124', '27', '12'], total: '163' }),
    repeat({ id: 'traffic-fined-cases', quote: ['trật tự, an toàn giao thông 124;', 'Ra quyết định phạt tiền 124 trường hợp'], values: ['124', '124'] }),
    share({ id: 'traffic-fines-share', quote: ['lĩnh vực giao thông 186,5 triệu đồng, chiếm 80,5%', 'tổng số tiền 231,7 triệu đồng'], x: '186,5', y: '231,7', stated: '80,5%' }),
    ratio({ id: 'fines-paid', quote: ['218,4 triệu đồng, đạt 94,3% tổng số tiền phạt'], x: '218,4', y: '231,7', stated: '94,3%' }),
    difference({ id: 'fines-unpaid', quote: ['13,3 triệu đồng còn lại đang đôn đốc thu'], a: '231,7', b: '218,4', stated: '13,3' }),
    sum({ id: 'crime-reports', quote: ['Tiếp nhận 15 tin báo, tố giác về tội phạm', 'Công an tỉnh 11 tin, giải quyết theo thẩm quyền 04 tin'], parts: ['11', '4'], total: '15' }),
    ratio({ id: 'petitions-resolved', quote: ['đã giải quyết 21 đơn, đạt 91,3%', 'Tiếp nhận 23 đơn thư phản ánh, kiến nghị'], x: '21', y: '23', stated: '91,3%' }),
    sum({ id: 'petitions-split', quote: ['Tiếp nhận 23 đơn thư phản ánh, kiến nghị', 'đã giải quyết 21 đơn', '02 đơn đang trong thời hạn giải quyết'], parts: ['21', '2'], total: '23' }),
    // III. Phong trào, lực lượng
    product({ id: 'security-teams', quote: ['với 48 thành viên (mỗi tổ 03 thành viên)', 'Duy trì 16 tổ bảo vệ an ninh, trật tự'], x: '16', y: '3', stated: '48' }),
    difference({ id: 'cameras-added', quote: ['tăng 14 camera so với quý II (48 camera)', 'hiện có 62 camera'], a: '62', b: '48', stated: '14', note: 'The same 48 as the members of the security teams, for another indicator.' }),
    ratio({ id: 'safe-villages', quote: ['13/16 thôn, làng được công nhận "An toàn về an ninh, trật tự", đạt 81%'], x: '13', y: '16', stated: '81%', note: '81,25% is 81% as a whole number.' }),
    contradiction({ id: 'self-score', quote: ['đạt 87/100 điểm (từ 80 điểm trở lên được xét công nhận)'], stated: '87/100 điểm', expected: 'a score and the pass mark of a scoring rule', consistent: true, reason: 'A score written X/Y with the threshold of the rule in parentheses; no percent to check.', trap: 'a scoring rule next to an X/Y.' }),
    ratio({ id: 'guns-target', quote: ['Đạt 71,1% chỉ tiêu năm', 'giao xã chỉ tiêu thu hồi 45 khẩu súng tự chế', 'nâng tổng số súng thu hồi từ đầu năm lên 31 khẩu'], x: '31', y: '45', stated: '71,1%', mistake: 'planted', original: 'Đạt 68,9% chỉ tiêu năm', note: 'Class 2: the target is two sentences before, past a long sentence on the campaign, and the percent stands alone; 31/45 is 68,89%.' }),
    sum({ id: 'police-staff', quote: ['Công an xã có 14 cán bộ, chiến sĩ (01 Trưởng Công an xã, 03 Phó Trưởng Công an xã, 10 cán bộ, chiến sĩ)'], parts: ['1', '3', '10'], total: '14' }),
    contradiction({ id: 'no-discipline-but-awards', quote: ['Trong quý không có cán bộ, chiến sĩ vi phạm kỷ luật', '02 đồng chí được Giám đốc Công an tỉnh tặng Giấy khen'], stated: 'không có cán bộ, chiến sĩ vi phạm kỷ luật', expected: 'two officers commended, another subject', consistent: true, reason: 'The "none" is about discipline; the 02 officers are commended.', trap: 'a "none" statement beside a count of another subject.' }),
    // IV. Đánh giá chung
    repeat({ id: 'fines-paid-summary', quote: ['thu nộp ngân sách 281,4 triệu đồng', 'Đã thu nộp ngân sách nhà nước 218,4 triệu đồng'], values: ['218,4 triệu đồng', '281,4 triệu đồng'], mistake: 'planted', original: 'Xử phạt vi phạm hành chính 163 trường hợp, thu nộp ngân sách 218,4 triệu đồng', note: 'Class 5: the summary swaps two digits of the amount paid in.' }),
    repeat({ id: 'crimes-rate-summary', quote: ['phạm pháp hình sự giảm 30% so với cùng kỳ', 'tương ứng giảm 30% so với cùng kỳ'], values: ['30%', '30%'] }),
    repeat({ id: 'solved-rate-summary', quote: ['tỷ lệ điều tra làm rõ đạt 85,7%', 'làm rõ 06/07 vụ, đạt 85,7%'], values: ['85,7%', '85,7%'] }),
    // V. Phương hướng
    difference({ id: 'guns-remaining', quote: ['(còn 14 khẩu)'], a: '45', b: '31', stated: '14' }),
    contradiction({ id: 'solved-target-q4', quote: ['làm rõ các vụ phạm pháp hình sự đạt trên 80%'], stated: 'trên 80%', expected: 'a target for quarter IV', consistent: true, reason: 'A target; 84,2% and 85,7% above are results, not this.', trap: 'a target percent.' }),
    // Biểu 01
    ratio({ id: 't-crimes-q2', quote: ['140,0'], x: '7', y: '5', stated: '140,0' }),
    ratio({ id: 't-crimes-same-period', quote: ['70,0'], x: '7', y: '10', stated: '70,0' }),
    ratio({ id: 't-solved-q2', quote: ['150,0'], x: '6', y: '4', stated: '150,0' }),
    ratio({ id: 't-solved-same-period', quote: ['75,0'], x: '6', y: '8', stated: '75,0' }),
    ratio({ id: 't-accidents-q2', quote: ['133,3'], x: '4', y: '3', stated: '133,3' }),
    ratio({ id: 't-accidents-same-period', quote: ['80,0'], x: '4', y: '5', stated: '80,0' }),
    ratio({ id: 't-deaths-q2', quote: ['200,0'], x: '2', y: '1', stated: '200,0' }),
    ratio({ id: 't-deaths-same-period', quote: ['100,0'], x: '2', y: '2', stated: '100,0' }),
    ratio({ id: 't-injured-q2', quote: ['125,0'], x: '5', y: '4', stated: '125,0' }),
    ratio({ id: 't-injured-same-period', quote: ['71,4'], x: '5', y: '7', stated: '71,4' }),
    ratio({ id: 't-violations-q2', quote: ['114,0'], x: '138', y: '121', stated: '114,0' }),
    ratio({ id: 't-violations-same-period', quote: ['107,0'], x: '138', y: '129', stated: '107,0' }),
    ratio({ id: 't-fines-q2', quote: ['118,1'], x: '231,7', y: '196,2', stated: '118,1' }),
    ratio({ id: 't-fines-same-period', quote: ['131,1'], x: '231,7', y: '204,8', stated: '131,1', mistake: 'planted', original: '113,1', note: 'Class 1: a rate column of the table; 231,7/204,8 is 113,13%, written with two digits swapped.' }),
    ratio({ id: 't-residence-q2', quote: ['115,7'], x: '412', y: '356', stated: '115,7' }),
    ratio({ id: 't-residence-same-period', quote: ['109,3'], x: '412', y: '377', stated: '109,3' }),
  ],
});
