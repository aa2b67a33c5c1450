// Written for the corpus (batch U2), blind: Ban Tuyên giáo và Dân vận of the Đảng ủy of xã Thanh Sơn Đông (tỉnh Phú
// Thọ; the commune, its former communes and its khu dân cư are invented) to the commune's Ban Thường vụ Đảng ủy,
// propaganda and education work in the first six months of 2026 (to 14/6/2026), Đảng style ("ĐẢNG BỘ TỈNH PHÚ THỌ",
// "Số 14-BC/BTGDV", "Kính gửi: Ban Thường vụ Đảng ủy xã"), in parts I - IV: chi bộ by kind in parentheses, party
// members per chi bộ; the commune's conference (attendance against those summoned in parentheses); study in the chi
// bộ (32/32 (100%), members required as the total less the exempt, attendance against a minimum, the change in
// percentage points against 2025 in parentheses, the absent and the remainder after make-up sessions), a table of
// five kinds of chi bộ (chi bộ, members required, attending, rate, essays, total row) and the khu dân cư's
// attendance in the text against the table; harvest essays (the rate of the attending, those not submitted, four
// classes with their shares in parentheses adding to 100,1 by rounding, "khá trở lên" as X/Y with a whole percent);
// loudspeakers after "gồm", new ones as count × price, cable in km with its two routes in m in a footnote, a "none"
// of outages beside three broken clusters, broadcast hours of quarter II and the six months' lũy kế from the
// previous quarter's report in a footnote, against the year's plan, a "trong đó" of self-made items, a 96th
// anniversary (1930 - 2026); the Fanpage (posts and views of quarter II and the lũy kế from the footnote, posts by
// kind in parentheses, views per post, the change against the same period of 2025 whose base is only in a footnote,
// a rank 12/148) and a "none" of false news; public opinion (the lũy kế, the change against 2025 from a footnote,
// bare shares by topic) and three accounts spreading false news; "Học tập và làm theo" models (27/40 (68%, half-up
// from 67,5), by place after "gồm", prizes as count × đồng); library books per shelf, cultural houses 19/19 (100%)
// and 15/19 (78,9%), a new house at a Km marker with its cost in tỷ after "gồm" in triệu; training (18/18 (100%), 7
// good (38,9%)), new party members against the year's target in parentheses and their lũy kế from the term's start
// in a footnote; funds against an estimate given in tỷ in the sentence before (with 2025's estimate in a footnote),
// by use after "gồm"; summary restating figures (the attendance rate, essays, hours, opinions, cable in m, funds in
// tỷ) and a "none" of officials; weaknesses (remainders, a target); targets for the second half.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

const ROW_KDC = '| Chi bộ khu dân cư | 19 | 812 | 741 | 91,3 | 735 |';
const ROW_CQ = '| Chi bộ cơ quan Đảng, chính quyền, Mặt trận | 3 | 96 | 96 | 100,0 | 96 |';
const ROW_TH = '| Chi bộ trường học | 5 | 118 | 116 | 98,3 | 116 |';
const ROW_LL = '| Chi bộ Công an, Quân sự, Trạm Y tế | 3 | 54 | 53 | 98,1 | 53 |';
const ROW_DN = '| Chi bộ doanh nghiệp | 2 | 32 | 27 | 84,4 | 27 |';
const ROW_TOTAL = '| Cộng | 32 | 1.112 | 1.033 | 92,9 | 1.027 |';

export default report({
  doc: 'written-ban-tuyen-giao-dang-uy-xa-thanh-son-dong-tuyen-giao-6-thang-2026.md',
  prefix: 'tsd',
  claims: [
    contradiction({ id: 'documents', quote: ['Số 14-BC/BTGDV', 'Hướng dẫn số 03-HD/BTGDVTU ngày 08/01/2026', 'Kế hoạch số 11-KH/ĐU ngày 15/01/2026'], stated: '14', expected: 'documents', consistent: true, reason: 'This report\'s number, a provincial guidance\'s and the commune\'s plan\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    // I
    sum({ id: 'chibo-kinds', quote: ['32 chi bộ trực thuộc (19 chi bộ khu dân cư và 13 chi bộ cơ quan, trường học, lực lượng vũ trang, doanh nghiệp)'], parts: ['19', '13'], total: '32' }),
    quotient({ id: 'members-per-chibo', quote: ['bình quân 37 đảng viên/chi bộ', 'với 1.187 đảng viên', '32 chi bộ trực thuộc'], x: '1.187', y: '32', stated: '37', trap: 'party members per chi bộ (37,09 written whole).' }),
    // II.1.a
    ratio({ id: 'conference', quote: ['đạt 97,3% số được triệu tập (220 đồng chí)', 'dự hội nghị có 214 đồng chí'], x: '214', y: '220', stated: '97,3%', note: 'The base is in parentheses after the percent.' }),
    // II.1.b
    ratio({ id: 'chibo-all', quote: ['32/32 chi bộ (100%)'], x: '32', y: '32', stated: '100%', trap: '"100%" of X/X.' }),
    difference({ id: 'required', quote: ['là 1.112 đồng chí (không tính 75 đảng viên được miễn sinh hoạt, công tác)', 'với 1.187 đảng viên'], a: '1.187', b: '75', stated: '1.112', note: 'All members of part I less the exempt.' }),
    ratio({ id: 'attend-rate', quote: ['đạt 92,9% (chỉ tiêu', 'đã tham dự 1.033 đồng chí', 'là 1.112 đồng chí (không tính'], x: '1.033', y: '1.112', stated: '92,9%' }),
    contradiction({ id: 'attend-min', quote: ['(chỉ tiêu Đảng ủy giao tối thiểu 90%)'], stated: 'tối thiểu 90%', expected: 'a target', consistent: true, reason: 'The minimum the Đảng ủy set, beside the 92,9% reached.', trap: 'a threshold next to a rate.' }),
    difference({ id: 'attend-points', quote: ['tăng 2,7 điểm phần trăm so với cùng kỳ năm 2025 (90,2%)', 'đạt 92,9% (chỉ tiêu'], a: '92,9', b: '90,2', stated: '2,7', trap: 'a change in percentage points, not a percent of 90,2 (which would be 3,0%).' }),
    difference({ id: 'absent', quote: ['Số đảng viên chưa tham dự là 79 đồng chí', 'là 1.112 đồng chí (không tính', 'đã tham dự 1.033 đồng chí'], a: '1.112', b: '1.033', stated: '79' }),
    difference({ id: 'absent-left', quote: ['còn 27 đồng chí do ốm đau', 'Số đảng viên chưa tham dự là 79 đồng chí', 'học bù cho 52 đồng chí'], a: '79', b: '52', stated: '27', trap: 'a remainder ("còn") after the make-up sessions.' }),
    // Table
    sum({ id: 't-chibo', quote: [ROW_TOTAL, '32 chi bộ trực thuộc'], parts: ['19', '3', '5', '3', '2'], total: '32', kind: 'cross_total' }),
    sum({ id: 't-required', quote: [ROW_TOTAL], parts: ['812', '96', '118', '54', '32'], total: '1.112', kind: 'cross_total' }),
    sum({ id: 't-attending', quote: [ROW_TOTAL], parts: ['741', '96', '116', '53', '27'], total: '1.033', kind: 'cross_total' }),
    sum({ id: 't-essays', quote: [ROW_TOTAL], parts: ['735', '96', '116', '53', '27'], total: '1.027', kind: 'cross_total' }),
    ratio({ id: 't-rate-kdc', quote: [ROW_KDC], x: '741', y: '812', stated: '91,3' }),
    ratio({ id: 't-rate-cq', quote: [ROW_CQ], x: '96', y: '96', stated: '100,0', trap: '"100,0" of X/X in a table row.' }),
    ratio({ id: 't-rate-th', quote: [ROW_TH], x: '116', y: '118', stated: '98,3' }),
    ratio({ id: 't-rate-ll', quote: [ROW_LL], x: '53', y: '54', stated: '98,1' }),
    ratio({ id: 't-rate-dn', quote: [ROW_DN], x: '27', y: '32', stated: '84,4' }),
    ratio({ id: 't-rate-total', quote: [ROW_TOTAL], x: '1.033', y: '1.112', stated: '92,9', trap: 'the total row\'s rate is the ratio of the column totals, not a sum or an average of the rows\' rates.' }),
    repeat({ id: 'kdc-attending', quote: ['có 714 đồng chí tham dự', ROW_KDC], values: ['741', '714'], mistake: 'planted', original: 'có 741 đồng chí tham dự', note: 'Class 5: the text gives the khu dân cư chi bộ\'s attendance as 714, the table\'s row as 741 (with which the column adds to 1.033 and the row\'s 91,3% agrees); two digits swapped.' }),
    // II.1.c
    ratio({ id: 'essay-rate', quote: ['đạt 99,4% số đảng viên tham dự', '1.027 đồng chí đã viết bài thu hoạch', 'đã tham dự 1.033 đồng chí'], x: '1.027', y: '1.033', stated: '99,4%', trap: 'a rate of the attending (1.033), not of the 1.112 required (92,4%).' }),
    difference({ id: 'essays-missing', quote: ['6 đồng chí tham dự nhưng chưa nộp bài', ROW_KDC], a: '741', b: '735', stated: '6', trap: 'a remainder of the table\'s khu dân cư row, equal to the whole one (1.033 − 1.027).' }),
    sum({ id: 'essay-classes', quote: ['1.027 đồng chí đã viết bài thu hoạch', 'loại Tốt 312 bài (30,4%), loại Khá 548 bài (53,4%), loại Đạt 159 bài (15,5%), chưa đạt 8 bài (0,8%)'], parts: ['312', '548', '159', '8'], total: '1.027' }),
    share({ id: 'essay-good', quote: ['loại Tốt 312 bài (30,4%)', '1.027 đồng chí đã viết bài thu hoạch'], x: '312', y: '1.027', stated: '30,4%' }),
    share({ id: 'essay-fair', quote: ['loại Khá 548 bài (53,4%)', '1.027 đồng chí đã viết bài thu hoạch'], x: '548', y: '1.027', stated: '53,4%' }),
    share({ id: 'essay-pass', quote: ['loại Đạt 159 bài (15,5%)', '1.027 đồng chí đã viết bài thu hoạch'], x: '159', y: '1.027', stated: '15,5%' }),
    share({ id: 'essay-fail', quote: ['chưa đạt 8 bài (0,8%)', '1.027 đồng chí đã viết bài thu hoạch'], x: '8', y: '1.027', stated: '0,8%' }),
    sum({ id: 'essay-shares', quote: ['loại Tốt 312 bài (30,4%), loại Khá 548 bài (53,4%), loại Đạt 159 bài (15,5%), chưa đạt 8 bài (0,8%)'], parts: ['30,4%', '53,4%', '15,5%', '0,8%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'shares each rounded right that add to 100,1% by rounding (30,38 + 53,36 + 15,48 + 0,78).' }),
    sum({ id: 'good-plus', quote: ['có 860/1.027 bài đạt loại khá trở lên', 'loại Tốt 312 bài', 'loại Khá 548 bài'], parts: ['312', '548'], total: '860' }),
    ratio({ id: 'good-plus-rate', quote: ['860/1.027 bài đạt loại khá trở lên (83%)'], x: '860', y: '1.027', stated: '83%', mistake: 'planted', original: '860/1.027 bài đạt loại khá trở lên (84%)', note: 'Class 7: 860/1.027 = 83,74%, which is 84% written whole; 83% truncates.' }),
    // II.2
    sum({ id: 'speakers', quote: ['64 cụm loa tại 19 khu dân cư, gồm 46 cụm loa không dây ứng dụng công nghệ thông tin - viễn thông và 18 cụm loa có dây'], parts: ['46', '18'], total: '64' }),
    product({ id: 'speakers-cost', quote: ['thành tiền 52 triệu đồng', 'lắp mới 8 cụm loa không dây', 'đơn giá 6,5 triệu đồng/cụm'], x: '8', y: '6,5', stated: '52 triệu đồng', trap: 'count × unit price.' }),
    sum({ id: 'cable-routes', quote: ['thay thế 2,35 km dây dẫn', 'Gồm tuyến Khu 2 - Khu 3 dài 850 m và tuyến Khu 11 - Khu 12 dài 1.500 m.'], parts: ['850 m', '1.500 m'], total: '2,35 km', trap: 'the routes in m in footnote 1 add to the km of the text; numbers in the khu\'s names.' }),
    contradiction({ id: 'no-outage', quote: ['sửa chữa 3 cụm loa bị hỏng do sét đánh', 'không có khu dân cư nào bị gián đoạn tín hiệu quá 3 ngày'], stated: '3 cụm loa', expected: 'another kind', consistent: true, reason: 'Three clusters repaired are not an outage of a khu longer than 3 days; the "none" stands.', trap: 'a count of another kind beside a "none".' }),
    cumulative({ id: 'hours-cum', quote: ['lũy kế 6 tháng phát 1.086 giờ', 'Đài truyền thanh xã phát 527 giờ', 'Trong quý II phát 548 giờ'], previous: '527', period: '548', stated: '1.086', mistake: 'planted', original: 'lũy kế 6 tháng phát 1.075 giờ', note: 'Class 6: quarter I\'s 527 hours (only in footnote 2, the previous quarter\'s report) plus quarter II\'s 548 make 1.075, written 1.086; the summary and the plan\'s percent carry the written figure.' }),
    ratio({ id: 'hours-plan', quote: ['đạt 50,3% kế hoạch năm', 'lũy kế 6 tháng phát 1.086 giờ', 'phát 2.160 giờ tin, bài và tiếp âm'], x: '1.086', y: '2.160', stated: '50,3%', note: 'Agrees with the lũy kế as written (1.075 would give 49,8%).' }),
    atLeast({ id: 'self-made-subset', quote: ['trong đó 74 tin, bài tuyên truyền', 'tự sản xuất 286 tin, bài'], big: '286', small: '74', trap: 'a "trong đó" subset, not a breakdown.' }),
    difference({ id: 'anniversary', quote: ['96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)'], a: '2026', b: '1930', stated: '96', trap: 'an anniversary with its dates.' }),
    // II.3
    cumulative({ id: 'posts-cum', quote: ['Lũy kế 6 tháng đăng tải 412 tin, bài', 'Fanpage của xã đăng 196 tin, bài', 'Fanpage đăng 216 tin, bài'], previous: '196', period: '216', stated: '412', note: 'Quarter I is only in footnote 2.' }),
    sum({ id: 'posts-kinds', quote: ['đăng tải 412 tin, bài (gồm 238 tin, 162 bài viết, 48 video, phóng sự ngắn)'], parts: ['238', '162', '48'], total: '412', mistake: 'planted', original: '(gồm 238 tin, 126 bài viết, 48 video, phóng sự ngắn)', note: 'Class 4: the kinds in parentheses add to 448 against 412 (which quarter I plus quarter II carry); the articles\' 126 is written 162.' }),
    cumulative({ id: 'views-cum', quote: ['tổng lượt xem đạt 186.450 lượt', 'với 84.270 lượt xem', 'với 102.180 lượt xem'], previous: '84.270', period: '102.180', stated: '186.450' }),
    quotient({ id: 'views-per-post', quote: ['bình quân khoảng 453 lượt xem/tin, bài', 'tổng lượt xem đạt 186.450 lượt', 'Lũy kế 6 tháng đăng tải 412 tin, bài'], x: '186.450', y: '412', stated: '453', trap: 'views per post (452,55 written whole).' }),
    change({ id: 'views-change', quote: ['lượt xem tăng 18,3% so với cùng kỳ năm 2025', 'tổng lượt xem đạt 186.450 lượt', 'với 152.300 lượt xem'], x: '186.450', base: '152.300', stated: '18,3%', direction: 'tăng', mistake: 'planted', original: 'lượt xem tăng 22,4% so với cùng kỳ năm 2025', note: 'Class 1: the base, 2025\'s 152.300 views, is only in footnote 3; the gain of 34.150 is divided by this year\'s 186.450 (18,3%) instead of by 152.300 (22,4%).' }),
    contradiction({ id: 'rank', quote: ['đứng thứ 12/148 xã, phường'], stated: '12/148', expected: 'a rank', consistent: true, reason: 'A place in a ranking of the province\'s 148 communes and wards, not a ratio.', trap: 'an X/Y that is a rank.' }),
    contradiction({ id: 'posts-2025', quote: ['đăng 318 tin, bài với 152.300 lượt xem'], stated: '318', expected: 'another period', consistent: true, reason: 'The former communes\' posts of the same period of 2025 in footnote 3, beside this year\'s 412.', trap: 'a same-named indicator of another period.' }),
    contradiction({ id: 'no-false-news', quote: ['phát hiện 3 tài khoản mạng xã hội của người dân chia sẻ thông tin sai sự thật', 'không phát hiện trường hợp cá nhân đăng tải, chia sẻ thông tin xấu, độc, sai sự thật trên mạng xã hội liên quan đến địa phương'], stated: '3 tài khoản', expected: 'none (II.3)', consistent: false, reason: 'II.3 says no individual was found posting or sharing false news about the commune on social networks; II.4 counts three residents\' accounts sharing false news about the merger of khu dân cư, dealt with by the police.', mistake: 'planted', original: 'trong 6 tháng trên địa bàn xã phát hiện 3 trường hợp cá nhân chia sẻ thông tin sai sự thật trên mạng xã hội liên quan đến địa phương', note: 'Class 8: a count against a "không phát hiện" statement in another section.' }),
    // II.4
    cumulative({ id: 'opinions-cum', quote: ['lũy kế 6 tháng tổng hợp 126 ý kiến dư luận', 'tổng hợp 58 ý kiến dư luận', 'Trong quý II tổng hợp 68 ý kiến'], previous: '58', period: '68', stated: '126' }),
    change({ id: 'opinions-change', quote: ['tăng 21,2% so với cùng kỳ năm 2025. Theo nội dung', 'lũy kế 6 tháng tổng hợp 126 ý kiến dư luận', 'tổng hợp 104 ý kiến dư luận'], x: '126', base: '104', stated: '21,2%', direction: 'tăng', note: 'The base is only in footnote 3.' }),
    sum({ id: 'opinion-topics', quote: ['ý kiến về giá cả, thị trường, việc làm, thu nhập chiếm 34,1%; đất đai, giải phóng mặt bằng, xây dựng cơ bản 22,8%; sắp xếp tổ chức bộ máy, sáp nhập khu dân cư 19,0%; y tế, giáo dục, bảo hiểm y tế 12,7%; môi trường, an ninh trật tự 8,7%; các ý kiến khác 1,6%'], parts: ['34,1%', '22,8%', '19,0%', '12,7%', '8,7%', '1,6%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'đất đai, giải phóng mặt bằng, xây dựng cơ bản 23,8%', note: 'Class 3: the six topics, closed by "các ý kiến khác", add to 98,9% (30 of 126 opinions on land is 23,8%, written 22,8%).' }),
    // II.5
    contradiction({ id: 'documents-hcm', quote: ['Kết luận số 01-KL/TW ngày 18/5/2021', 'Chỉ thị số 05-CT/TW'], stated: '01', expected: 'documents', consistent: true, reason: 'The Politburo\'s conclusion and directive.', trap: 'numbers in documents\' names.' }),
    ratio({ id: 'models-rate', quote: ['27/40 mô hình (68%)'], x: '27', y: '40', stated: '68%', trap: 'a whole percent rounded half-up from exactly 67,5.' }),
    sum({ id: 'models-places', quote: ['công nhận 27/40 mô hình (68%), gồm 16 mô hình ở khu dân cư và 11 mô hình ở cơ quan, trường học, doanh nghiệp'], parts: ['16', '11'], total: '27' }),
    product({ id: 'prizes', quote: ['tổng số tiền thưởng 12 triệu đồng', 'biểu dương 24 điển hình tiêu biểu', 'kèm 500 nghìn đồng'], x: '24', y: '500', factor: '0,001', stated: '12 triệu đồng', trap: 'count × amount, from nghìn to triệu đồng.' }),
    // II.6
    quotient({ id: 'books-per-shelf', quote: ['bình quân gần 59 bản/tủ sách', 'luân chuyển 1.120 bản sách tới 19 tủ sách'], x: '1.120', y: '19', stated: '59', trap: 'books per shelf (58,9, "gần 59").' }),
    ratio({ id: 'houses-all', quote: ['19/19 khu dân cư có nhà văn hóa (100%)'], x: '19', y: '19', stated: '100%', trap: '"100%" of X/X.' }),
    ratio({ id: 'houses-standard', quote: ['15/19 nhà văn hóa đạt chuẩn theo tiêu chí nông thôn mới (78,9%)'], x: '15', y: '19', stated: '78,9%', trap: 'a percent at the end of the clause belonging to 15/19 after "trong đó", beside 19/19 (100%).' }),
    sum({ id: 'house-cost', quote: ['tổng mức đầu tư 1,85 tỷ đồng, gồm ngân sách nhà nước 1.430 triệu đồng và Nhân dân đóng góp 420 triệu đồng'], parts: ['1.430 triệu đồng', '420 triệu đồng'], total: '1,85 tỷ đồng', trap: 'parts in triệu adding to a total in tỷ.' }),
    contradiction({ id: 'km-marker', quote: ['Nhà văn hóa Khu 9 (tại Km 45+200, Quốc lộ 32A)', 'khánh thành ngày 19/5/2026'], stated: 'Km 45+200', expected: 'an address', consistent: true, reason: 'A khu\'s name, a Km marker on a national road and a date.', trap: 'numbers in a name, an address and a date.' }),
    // II.7
    ratio({ id: 'course-all', quote: ['18/18 học viên (100%)'], x: '18', y: '18', stated: '100%', trap: '"100%" of X/X.' }),
    ratio({ id: 'course-good', quote: ['7 học viên đạt loại giỏi (38,9%)', '18/18 học viên (100%)'], x: '7', y: '18', stated: '38,9%', trap: 'a percent in parentheses after a "trong đó", of the 18 learners beside it.' }),
    ratio({ id: 'new-members-plan', quote: ['đạt 46,7% chỉ tiêu năm (30 đảng viên)', 'Đảng bộ kết nạp 14 đảng viên mới'], x: '14', y: '30', stated: '46,7%' }),
    cumulative({ id: 'new-members-cum', quote: ['kết nạp 23 đảng viên', 'Đảng bộ kết nạp 9 đảng viên', 'Đảng bộ kết nạp 14 đảng viên mới'], previous: '9', period: '14', stated: '23', note: 'From the term\'s start to 31/12/2025 only in footnote 4.' }),
    // II.8
    ratio({ id: 'budget', quote: ['đạt 57,6% dự toán', 'Sáu tháng đã chi 164,3 triệu đồng', 'được giao 0,28 tỷ đồng'], x: '164,3 triệu đồng', y: '0,28 tỷ đồng', stated: '57,6%', mistake: 'planted', original: 'đạt 58,7% dự toán', note: 'Class 1: the estimate is given in the sentence before, in tỷ: 164,3 triệu of 280 triệu is 58,68%, written 57,6%, the share of 2025\'s estimate of 285 triệu in footnote 3 (a stale base).' }),
    sum({ id: 'spend-uses', quote: ['Sáu tháng đã chi 164,3 triệu đồng', 'mua sắm cụm loa 52,0 triệu đồng; duy trì, sửa chữa hệ thống truyền thanh và tiền điện 38,6 triệu đồng; in tài liệu, khẩu hiệu, pa nô 45,4 triệu đồng; bồi dưỡng báo cáo viên, tuyên truyền viên 28,3 triệu đồng'], parts: ['52,0', '38,6', '45,4', '28,3'], total: '164,3' }),
    repeat({ id: 'speakers-spend', quote: ['mua sắm cụm loa 52,0 triệu đồng', 'thành tiền 52 triệu đồng'], values: ['52 triệu đồng', '52,0 triệu đồng'] }),
    // III.1
    ratio({ id: 'summary-rate', quote: ['tỷ lệ đảng viên tham gia học tập đạt 87,0%', 'đã tham dự 1.033 đồng chí', 'là 1.112 đồng chí (không tính'], x: '1.033', y: '1.112', stated: '87,0%', mistake: 'planted', original: 'tỷ lệ đảng viên tham gia học tập đạt 92,9%', note: 'Class 2: far from its base in II.1.b; 1.033 of the 1.112 members required is 92,9%; 87,0% divides by all 1.187 members of part I, the exempt included.' }),
    repeat({ id: 'summary-essays', quote: ['viết 1.072 bài thu hoạch', '1.027 đồng chí đã viết bài thu hoạch'], values: ['1.027', '1.072'], mistake: 'planted', original: 'viết 1.027 bài thu hoạch', note: 'Class 5: the summary restates the 1.027 essays of II.1.c and the table as 1.072 (two digits swapped).' }),
    repeat({ id: 'summary-hours', quote: ['Hệ thống truyền thanh phát 1.086 giờ', 'lũy kế 6 tháng phát 1.086 giờ'], values: ['1.086', '1.086'], note: 'Agrees with the body as written (whose lũy kế is the planted mistake).' }),
    repeat({ id: 'summary-opinions', quote: ['phản ánh kịp thời 126 ý kiến dư luận', 'lũy kế 6 tháng tổng hợp 126 ý kiến dư luận'], values: ['126', '126'] }),
    repeat({ id: 'summary-cable', quote: ['2.350 m dây dẫn được thay thế', 'thay thế 2,35 km dây dẫn'], values: ['2,35 km', '2.350 m'], kind: 'unit', trap: 'the cable\'s 2,35 km restated in m, agreeing.' }),
    repeat({ id: 'summary-funds', quote: ['khoảng 0,16 tỷ đồng', 'Sáu tháng đã chi 164,3 triệu đồng'], values: ['164,3 triệu đồng', '0,16 tỷ đồng'], kind: 'unit', trap: 'the 164,3 triệu spent restated in tỷ, agreeing.' }),
    contradiction({ id: 'no-officials', quote: ['không có cán bộ, đảng viên vi phạm quy định về phát ngôn, cung cấp thông tin trên mạng xã hội'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts an official or party member breaking the rules on speech online; the three accounts of II.4 are residents\'.', trap: 'a "none" with nothing against it.' }),
    // III.2
    difference({ id: 'houses-left', quote: ['Còn 4 nhà văn hóa khu dân cư chưa đạt chuẩn', '15/19 nhà văn hóa đạt chuẩn'], a: '19', b: '15', stated: '4', trap: 'a remainder of X/Y.' }),
    difference({ id: 'models-left', quote: ['13 mô hình đã đăng ký chưa được công nhận', '27/40 mô hình (68%)'], a: '40', b: '27', stated: '13', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'dn-target', quote: ['chi bộ doanh nghiệp chưa đạt chỉ tiêu 90%', ROW_DN], stated: '90%', expected: 'a target', consistent: true, reason: 'The minimum of II.1.b; the business chi bộ\'s 84,4% is indeed below it.', trap: 'a target next to a rate below it.' }),
    // IV
    contradiction({ id: 'target-95', quote: ['đạt tối thiểu 95%'], stated: 'tối thiểu 95%', expected: 'a target', consistent: true, reason: 'A target for the second half, with no base of its own.', trap: 'a threshold.' }),
    difference({ id: 'members-left', quote: ['Kết nạp thêm ít nhất 16 đảng viên để hoàn thành chỉ tiêu 30 đảng viên năm 2026', 'Đảng bộ kết nạp 14 đảng viên mới'], a: '30', b: '14', stated: '16', trap: 'a remainder of the year\'s target.' }),
    ratio({ id: 'houses-target', quote: ['17/19 khu dân cư (89,5%)'], x: '17', y: '19', stated: '89,5%', trap: 'a target\'s X/Y with its percent.' }),
  ],
});
