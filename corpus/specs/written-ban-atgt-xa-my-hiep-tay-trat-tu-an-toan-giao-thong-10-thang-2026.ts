// Written for the corpus (batch T2): Ban An toàn giao thông of xã Mỹ Hiệp Tây (tỉnh Đồng Tháp; the commune, on
// Quốc lộ 30, is invented) to the provincial Ban An toàn giao thông and the commune's Đảng ủy and UBND, traffic
// order and safety in month 10 (15/9 - 14/10/2026) and the first ten months of 2026, in parts I - V: the
// commune's roads after "gồm" with the hardened share in parentheses, the highway's Km markers, motorbikes per
// household; the month's road accidents, the ten months' accidents, deaths and injuries as lũy kế from a
// footnote (the previous report) and their falls against the same period of 2025 only in a footnote, by road and
// by cause after "gồm", by time of day as bare shares, the motorbikes' X/Y with its percent in parentheses, a
// "none" of very serious accidents; propaganda sessions as lũy kế against the year's plan in parentheses, a
// table of four schools (pupils, commitments signed, rate, total row) whose total the text gives as X/Y, helmets
// at the school gates against a minimum and the remainder, helmets given as count × price, a "none" of pupils'
// accidents beside pupils reminded; the month's violations by vehicle in parentheses, fines and their
// collection, a table of six kinds of violation (cases, fines in triệu, total row; one kind named "Không có giấy
// phép lái xe"), the ten months' violations, fines and collections as lũy kế from a footnote, the change against
// 2025 with its base in parentheses, the drink-driving shares and the fine per case, a "none" of street racing;
// licence tests with a whole percent in parentheses and a "trong đó" subset, licences as lũy kế and against 2025
// only in a footnote; the road budget by source in tỷ and its disbursement in triệu in the next sentence, roads
// resurfaced with the routes in a footnote, signs against the year's plan, black spots and the remainder;
// roadside encroachments by road after "gồm" and again in a cited plan's footnote, cleared as lũy kế and as a
// share, the highway's cleared cases, commitments as X/Y with a whole percent; river crossings (7/7 boats) and a
// boat accident in June; summary restating figures (the falls as counts, sessions, violations, fines and
// disbursement in tỷ, the roads in m, patches in ha, the highway's clearance rate) with a "none" of waterway
// accidents, weaknesses; targets for the last two months (remainders of the plan and the budget).
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ban-atgt-xa-my-hiep-tay-trat-tu-an-toan-giao-thong-10-thang-2026.md',
  prefix: 'mht',
  claims: [
    contradiction({ id: 'documents', quote: ['Công văn số 35/BATGT-VP ngày 08/01/2026', 'Kế hoạch số 09/KH-BATGT ngày 15/01/2026'], stated: '35', expected: 'documents', consistent: true, reason: 'A letter\'s and a plan\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    // I
    difference({ id: 'highway-length', quote: ['gồm: Quốc lộ 30 dài 11,6 km', 'từ Km 41+800 đến Km 53+400'], a: '53,4 km', b: '41,8 km', stated: '11,6 km', trap: 'Km markers in an address, whose difference happens to be the length written beside them.' }),
    sum({ id: 'roads', quote: ['Toàn xã có 148,3 km đường giao thông', 'Quốc lộ 30 dài 11,6 km; đường tỉnh ĐT 846 và ĐT 850 dài 19,2 km; đường xã, đường ấp 117,5 km'], parts: ['11,6', '19,2', '117,5'], total: '148,3' }),
    ratio({ id: 'hardened', quote: ['đạt 82,0%)', 'đường xã, đường ấp 117,5 km (đã cứng hóa 96,4 km'], x: '96,4', y: '117,5', stated: '82,0%', trap: 'a percent in parentheses that belongs to the X/Y beside it (the commune\'s and hamlets\' roads, not all 148,3 km).' }),
    quotient({ id: 'bikes-per-household', quote: ['bình quân 2 mô tô, xe gắn máy/hộ', '17.846 mô tô, xe gắn máy', '8.964 hộ'], x: '17.846', y: '8.964', stated: '2', trap: 'a per-household figure (1,99 written whole).' }),
    // II.2
    cumulative({ id: 'accidents-10m', quote: ['Lũy kế 10 tháng xảy ra 14 vụ tai nạn giao thông đường bộ', 'xảy ra 12 vụ tai nạn giao thông đường bộ', 'xảy ra 02 vụ tai nạn giao thông đường bộ'], previous: '12', period: '2', stated: '14' }),
    cumulative({ id: 'deaths-10m', quote: ['làm chết 9 người', 'làm chết 8 người', 'làm chết 01 người, bị thương 02 người;'], previous: '8', period: '1', stated: '9' }),
    cumulative({ id: 'injured-10m', quote: ['bị thương 11 người', 'bị thương 9 người', 'làm chết 01 người, bị thương 02 người;'], previous: '9', period: '2', stated: '11' }),
    change({ id: 'accidents-change', quote: ['số vụ giảm 17,6%', 'xảy ra 17 vụ tai nạn giao thông đường bộ', 'Lũy kế 10 tháng xảy ra 14 vụ'], x: '14', base: '17', stated: '17,6%', direction: 'giảm', note: 'The base of 2025 is only in footnote 3.' }),
    change({ id: 'deaths-change', quote: ['số người chết giảm 10,0%', 'làm chết 10 người', 'làm chết 9 người'], x: '9', base: '10', stated: '10,0%', direction: 'giảm' }),
    change({ id: 'injured-change', quote: ['số người bị thương giảm 40,0%', 'bị thương 15 người', 'bị thương 11 người'], x: '11', base: '15', stated: '40,0%', direction: 'giảm', mistake: 'planted', original: 'số người bị thương giảm 26,7%', note: 'Class 1: the base of 2025 is only in the cited footnote 3; 4/15 = 26,7%; 40,0% divides the fall by the footnote\'s 10 deaths, the figure beside the 15 injured.' }),
    contradiction({ id: 'province-target', quote: ['(giảm từ 5% đến 10%)'], stated: 'từ 5% đến 10%', expected: 'a target', consistent: true, reason: 'The province\'s target range for the fall, beside the falls of 17,6%, 10,0% and 26,7%.', trap: 'a target range next to rates.' }),
    sum({ id: 'by-road-count', quote: ['Lũy kế 10 tháng xảy ra 14 vụ', 'trên Quốc lộ 30 xảy ra 8 vụ', 'trên đường tỉnh 4 vụ, trên đường xã, đường ấp 2 vụ.'], parts: ['8', '4', '2'], total: '14' }),
    ratio({ id: 'motorbikes', quote: ['(78,6%)', 'Có 11/14 vụ liên quan đến xe mô tô'], x: '11', y: '14', stated: '78,6%', trap: 'a percent in parentheses after the X/Y it belongs to.' }),
    sum({ id: 'causes', quote: ['Lũy kế 10 tháng xảy ra 14 vụ', 'không nhường đường 5 vụ; chạy quá tốc độ cho phép 4 vụ; điều khiển phương tiện trong tình trạng có nồng độ cồn 3 vụ; đi không đúng phần đường, làn đường 2 vụ'], parts: ['5', '4', '3', '2'], total: '14' }),
    sum({ id: 'time-shares', quote: ['từ 17 giờ đến 22 giờ chiếm 42,9%, từ 6 giờ đến 8 giờ chiếm 28,6%, các khung giờ còn lại chiếm 26,8%'], parts: ['42,9%', '28,6%', '26,8%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'các khung giờ còn lại chiếm 28,6%', note: 'Class 3: the three time bands add to 98,3%; the remaining bands\' 4 of 14 accidents are 28,6%, written 26,8%.' }),
    contradiction({ id: 'no-very-serious', quote: ['không xảy ra vụ tai nạn giao thông đặc biệt nghiêm trọng', 'Lũy kế 10 tháng xảy ra 14 vụ'], stated: 'không', expected: 'another kind', consistent: true, reason: 'No accident of the gravest class; the 14 accidents and 9 deaths the report counts are of other classes.', trap: 'a count of another kind beside a "none".' }),
    // III.1
    cumulative({ id: 'sessions-10m', quote: ['tổ chức 46 buổi, đạt', 'tổ chức 41 buổi tuyên truyền trực tiếp;', 'tổ chức 5 buổi tuyên truyền trực tiếp tại các ấp'], previous: '41', period: '5', stated: '46' }),
    ratio({ id: 'sessions-plan', quote: ['đạt 88,5% kế hoạch năm (52 buổi)', 'tổ chức 46 buổi, đạt'], x: '46', y: '52', stated: '88,5%', trap: 'the year\'s plan in parentheses after its percent (46/52 = 88,46… rounds half-up to 88,5).' }),
    sum({ id: 't-pupils', quote: ['với 4.104/4.148 học sinh ký cam kết', 'Cộng'], parts: ['1.124', '868', '1.200', '956'], total: '4.148', kind: 'cross_total', note: 'The text\'s X/Y repeats the table\'s total row.' }),
    sum({ id: 't-signed', quote: ['với 4.104/4.148 học sinh ký cam kết', 'Cộng'], parts: ['1.124', '864', '1.185', '931'], total: '4.104', kind: 'cross_total' }),
    ratio({ id: 't-rate-thpt', quote: ['100,0', 'THPT Mỹ Hiệp Tây'], x: '1.124', y: '1.124', stated: '100,0', trap: '100% of X/X in a table.' }),
    ratio({ id: 't-rate-my-hiep', quote: ['99,5', 'THCS Mỹ Hiệp'], x: '864', y: '868', stated: '99,5' }),
    ratio({ id: 't-rate-th-my-hiep-tay', quote: ['98,8', 'Tiểu học Mỹ Hiệp Tây'], x: '1.185', y: '1.200', stated: '98,8', trap: 'a rate rounded half-up from exactly 98,75.' }),
    ratio({ id: 't-rate-my-hoa', quote: ['97,4', 'Tiểu học Mỹ Hòa'], x: '931', y: '956', stated: '97,4' }),
    ratio({ id: 't-rate-total', quote: ['98,9', 'Cộng', 'với 4.104/4.148 học sinh ký cam kết'], x: '4.104', y: '4.148', stated: '98,9' }),
    ratio({ id: 'helmets-gate', quote: ['đạt 97,3% (chỉ tiêu', 'ghi nhận 2.146 lượt học sinh', 'trong đó 2.087 lượt có đội mũ bảo hiểm'], x: '2.087', y: '2.146', stated: '97,3%' }),
    contradiction({ id: 'helmets-min', quote: ['(chỉ tiêu tối thiểu 95%)'], stated: 'tối thiểu 95%', expected: 'a threshold', consistent: true, reason: 'The minimum beside the 97,3% reached.', trap: 'a threshold next to a rate.' }),
    difference({ id: 'helmets-without', quote: ['59 lượt không đội mũ', 'ghi nhận 2.146 lượt học sinh', 'trong đó 2.087 lượt có đội mũ bảo hiểm'], a: '2.146', b: '2.087', stated: '59', trap: 'a remainder of X/Y.' }),
    product({ id: 'helmets-given', quote: ['trị giá 67,5 triệu đồng', 'trao tặng 450 mũ bảo hiểm', '(150.000 đồng/mũ)'], x: '450', y: '150.000', factor: '0,000001', stated: '67,5', trap: 'count × price per item, in triệu đồng.' }),
    contradiction({ id: 'no-pupil-accident', quote: ['nhắc nhở, thông báo về nhà trường 37 trường hợp học sinh', 'không xảy ra vụ tai nạn giao thông nào liên quan đến học sinh'], stated: '37 trường hợp', expected: 'another kind', consistent: true, reason: 'Pupils reminded for riding under age are not accidents; they do not deny the "none".', trap: 'a count of another kind beside a "none".' }),
    // III.2
    sum({ id: 'month-by-vehicle', quote: ['lập biên bản 186 trường hợp vi phạm (ô tô', 'ô tô 21 trường hợp; mô tô, xe gắn máy 158 trường hợp; xe thô sơ, người đi bộ 12 trường hợp'], parts: ['21', '158', '12'], total: '186', mistake: 'planted', original: 'mô tô, xe gắn máy 153 trường hợp', note: 'Class 4: the parts in parentheses add to 191, not the 186 they break down (the lũy kế of 1.957 carries the 186); the motorbikes\' 153 is written 158.' }),
    cumulative({ id: 'violations-10m', quote: ['lập biên bản 1.957 trường hợp vi phạm, tăng', 'lập biên bản 1.771 trường hợp vi phạm', 'lập biên bản 186 trường hợp vi phạm (ô tô'], previous: '1.771', period: '186', stated: '1.957' }),
    change({ id: 'violations-change', quote: ['tăng 16,2% so với cùng kỳ năm 2025 (1.684 trường hợp)', 'lập biên bản 1.957 trường hợp vi phạm, tăng'], x: '1.957', base: '1.684', stated: '16,2%', direction: 'tăng' }),
    cumulative({ id: 'fines-10m', quote: ['Tổng số tiền phạt 10 tháng là 2.397,5 triệu đồng', 'tiền phạt 2.129 triệu đồng', 'Tổng số tiền phạt trong tháng 268,5 triệu đồng'], previous: '2.129', period: '268,5', stated: '2.397,5' }),
    cumulative({ id: 'collected-10m', quote: ['đạt 2,14 tỷ đồng', 'đã thu nộp 1.872,5 triệu đồng', 'đã thu nộp Kho bạc Nhà nước 243 triệu đồng'], previous: '1.872,5 triệu đồng', period: '243 triệu đồng', stated: '2,14 tỷ đồng', mistake: 'planted', original: 'số tiền đã thu nộp ngân sách nhà nước đạt 2,12 tỷ đồng', note: 'Class 6: footnote 2\'s 1.872,5 triệu collected plus the month\'s 243 triệu is 2.115,5 triệu, 2,12 tỷ; 2,14 tỷ adds the month\'s 268,5 triệu of fines imposed instead of those collected.' }),
    sum({ id: 't-10m', quote: ['lập biên bản 1.957 trường hợp vi phạm, tăng', 'Tổng cộng'], parts: ['327', '486', '298', '344', '219', '283'], total: '1.957', kind: 'cross_total' }),
    sum({ id: 't-fines', quote: ['Tổng số tiền phạt 10 tháng là 2.397,5 triệu đồng', 'Tổng cộng'], parts: ['1.236,5', '206,5', '412', '289', '86,5', '167'], total: '2.397,5', kind: 'cross_total' }),
    contradiction({ id: 'no-licence-row', quote: ['Không có giấy phép lái xe'], stated: '344', expected: 'a kind of violation', consistent: true, reason: '"Không có giấy phép lái xe" names a kind of violation in the table (344 cases), not a statement that there were none.', trap: 'a "không có" inside a name, beside its own count.' }),
    share({ id: 'drink-share', quote: ['chiếm 16,7% tổng số trường hợp vi phạm', 'Riêng vi phạm nồng độ cồn có 327 trường hợp', 'lập biên bản 1.957 trường hợp vi phạm, tăng'], x: '327', y: '1.957', stated: '16,7%' }),
    share({ id: 'drink-fines-share', quote: ['chiếm 51,6% tổng số tiền phạt', '1.236,5', 'Tổng số tiền phạt 10 tháng là 2.397,5 triệu đồng'], x: '1.236,5', y: '2.397,5', stated: '51,6%' }),
    quotient({ id: 'fine-per-case', quote: ['Mức phạt bình quân chung là 1,23 triệu đồng/trường hợp', 'Tổng số tiền phạt 10 tháng là 2.397,5 triệu đồng', 'lập biên bản 1.957 trường hợp vi phạm, tăng'], x: '2.397,5', y: '1.957', stated: '1,23', trap: 'a fine per case.' }),
    contradiction({ id: 'decree', quote: ['Nghị định số 168/2024/NĐ-CP'], stated: '168', expected: 'a document', consistent: true, reason: 'A decree\'s number and year.', trap: 'numbers in a document\'s name.' }),
    contradiction({ id: 'no-racing', quote: ['không xảy ra tình trạng đua xe trái phép'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts street racing.', trap: 'a "none" with nothing against it.' }),
    // III.3
    ratio({ id: 'test-pass', quote: ['112 người đạt (88%)', 'có 126 người dự sát hạch'], x: '112', y: '126', stated: '88%', mistake: 'planted', original: '112 người đạt (89%)', note: 'Class 7: 112/126 = 88,89%, which is 89% written whole; 88% truncates.' }),
    atLeast({ id: 'test-pupils', quote: ['trong đó 23 người là học sinh lớp 12 vừa đủ 18 tuổi', '112 người đạt (88%)'], big: '112', small: '23', trap: 'a "trong đó" subset (pupils who just turned 18), not a breakdown; "18 tuổi" is an age.' }),
    cumulative({ id: 'licences-10m', quote: ['có 1.064 người dân trong xã được cấp mới', '(9 tháng là 952 người)', '112 người đạt (88%)'], previous: '952', period: '112', stated: '1.064' }),
    change({ id: 'licences-change', quote: ['tăng 15,2% so với cùng kỳ năm 2025', 'có 1.064 người dân trong xã được cấp mới', 'có 924 người dân trên địa bàn được cấp mới'], x: '1.064', base: '924', stated: '15,2%', direction: 'tăng', note: 'The base of 2025 is only in footnote 4.' }),
    // III.4
    sum({ id: 'budget', quote: ['năm 2026 của xã là 2,2 tỷ đồng', '(ngân sách tỉnh hỗ trợ 2 tỷ đồng, ngân sách xã 0,2 tỷ đồng)'], parts: ['2', '0,2'], total: '2,2' }),
    ratio({ id: 'disbursed', quote: ['đạt 68,2% dự toán', 'đã giải ngân 1.364 triệu đồng', 'năm 2026 của xã là 2,2 tỷ đồng'], x: '1.364 triệu đồng', y: '2,2 tỷ đồng', stated: '68,2%', mistake: 'planted', original: 'đạt 62,0% dự toán', note: 'Class 1: the budget is in the sentence before and in tỷ; 1.364 triệu of 2,2 tỷ is 62,0%; 68,2% divides by the province\'s 2 tỷ alone.' }),
    sum({ id: 'roads-repaired', quote: ['tổng chiều dài 3,85 km', 'tuyến ấp Mỹ Lợi 1,25 km; tuyến ấp Mỹ Thuận - Mỹ An 1,4 km; tuyến Kênh Tư 0,7 km; tuyến Ba Ngàn 0,5 km'], parts: ['1,25', '1,4', '0,7', '0,5'], total: '3,85', note: 'The four routes are in footnote 5.' }),
    ratio({ id: 'signs-plan', quote: ['đạt 84,4% kế hoạch năm (45 biển)', 'Lắp đặt mới 38 biển báo hiệu đường bộ'], x: '38', y: '45', stated: '84,4%' }),
    difference({ id: 'black-spots-left', quote: ['còn 2 điểm trên Quốc lộ 30 (Km 44+150 và Km 49+600', 'có 7 điểm đen', 'đã khắc phục 5 điểm'], a: '7', b: '5', stated: '2', trap: 'a remainder, with Km markers in its address.' }),
    // III.5
    sum({ id: 'encroach-by-road', quote: ['toàn xã có 268 trường hợp lấn chiếm', 'gồm 214 trường hợp trên Quốc lộ 30 và 54 trường hợp trên đường tỉnh'], parts: ['214', '54'], total: '268' }),
    repeat({ id: 'encroach-plan', quote: ['là 286 trường hợp', 'toàn xã có 268 trường hợp lấn chiếm'], values: ['268', '286'], mistake: 'planted', original: 'tổng số trường hợp lấn chiếm qua rà soát là 268 trường hợp', note: 'Class 5: the cited plan in footnote 6 gives the count found in the survey as 286, two digits swapped from the body\'s 268 (which its parts after "gồm" make).' }),
    cumulative({ id: 'cleared-10m', quote: ['đã giải tỏa 236 trường hợp, đạt', 'giải tỏa 213 trường hợp lấn chiếm', 'vận động tháo dỡ 23 trường hợp'], previous: '213', period: '23', stated: '236' }),
    ratio({ id: 'cleared-rate', quote: ['đạt 88,1% số trường hợp qua rà soát', 'đã giải tỏa 236 trường hợp, đạt', 'toàn xã có 268 trường hợp lấn chiếm'], x: '236', y: '268', stated: '88,1%' }),
    difference({ id: 'not-cleared', quote: ['còn 32 trường hợp chưa tháo dỡ', 'toàn xã có 268 trường hợp lấn chiếm', 'đã giải tỏa 236 trường hợp, đạt'], a: '268', b: '236', stated: '32', trap: 'a remainder.' }),
    ratio({ id: 'commitments', quote: ['đạt 98%.', 'có 160 hộ kinh doanh, trong đó 156 hộ đã ký cam kết'], x: '156', y: '160', stated: '98%', trap: 'a whole percent rounded half-up from exactly 97,5.' }),
    // III.6
    ratio({ id: 'boats', quote: ['7/7 phương tiện (100%)'], x: '7', y: '7', stated: '100%', trap: '"100%" of X/X; 3 landings with 7 boats are counts per item, not parts.' }),
    // IV.1
    difference({ id: 'summary-accidents-fall', quote: ['giảm 3 vụ, giảm 1 người chết', 'xảy ra 17 vụ tai nạn giao thông đường bộ', 'Lũy kế 10 tháng xảy ra 14 vụ'], a: '17', b: '14', stated: '3', note: 'The summary gives the falls as counts; the base of 2025 is only in footnote 3.' }),
    difference({ id: 'summary-deaths-fall', quote: ['giảm 1 người chết và giảm 4', 'làm chết 10 người', 'làm chết 9 người'], a: '10', b: '9', stated: '1' }),
    difference({ id: 'summary-injured-fall', quote: ['giảm 4 người bị thương so với cùng kỳ', 'bị thương 15 người', 'bị thương 11 người'], a: '15', b: '11', stated: '4', note: 'The summary\'s fall of 4 injured agrees; only the body\'s percent of it is wrong.' }),
    contradiction({ id: 'waterway', quote: ['làm 01 hành khách bị thương nhẹ', 'không xảy ra tai nạn giao thông đường thủy nội địa'], stated: '1 vụ (21/6/2026)', expected: 'none (IV.1)', consistent: false, reason: 'The summary says no waterway accident happened; III.6 reports a passenger boat striking a moored barge at the Mỹ Lợi landing on 21/6/2026, one passenger injured.', mistake: 'planted', original: 'giảm 4 người bị thương so với cùng kỳ. Ban đã tổ chức', note: 'Class 8: a count against a "none" statement; the "none" ("; không xảy ra tai nạn giao thông đường thủy nội địa", planted in the summary as a clerk copies it from the report of a year without one) and the case in the body, whose road accidents are counted apart.' }),
    repeat({ id: 'summary-sessions', quote: ['Ban đã tổ chức 41 buổi tuyên truyền trực tiếp tại các ấp', 'tổ chức 46 buổi, đạt'], values: ['46', '41'], mistake: 'planted', original: 'Ban đã tổ chức 46 buổi tuyên truyền trực tiếp tại các ấp', note: 'Class 5: the summary restates the nine months\' 41 sessions of footnote 2 (the previous report) for the ten months\' 46 of III.1.' }),
    repeat({ id: 'summary-violations', quote: ['phát hiện, xử lý 1.957 trường hợp vi phạm với số tiền phạt', 'lập biên bản 1.957 trường hợp vi phạm, tăng'], values: ['1.957', '1.957'] }),
    repeat({ id: 'summary-fines', quote: ['gần 2,4 tỷ đồng', 'Tổng số tiền phạt 10 tháng là 2.397,5 triệu đồng'], values: ['2.397,5 triệu đồng', '2,4 tỷ đồng'], kind: 'unit', trap: 'the fines restated in tỷ, rounded ("gần").' }),
    repeat({ id: 'summary-disbursed', quote: ['Đã giải ngân 1,36 tỷ đồng', 'đã giải ngân 1.364 triệu đồng'], values: ['1.364 triệu đồng', '1,36 tỷ đồng'], kind: 'unit', trap: 'the disbursement restated in tỷ, agreeing.' }),
    repeat({ id: 'summary-roads', quote: ['láng nhựa 3.850 m đường ấp', 'tổng chiều dài 3,85 km'], values: ['3,85 km', '3.850 m'], kind: 'unit', trap: 'the roads restated in m, agreeing.' }),
    repeat({ id: 'summary-patches', quote: ['vá khoảng 0,12 ha mặt đường', 'vá 1.246 m² ổ gà'], values: ['1.246 m²', '0,12 ha'], kind: 'unit', trap: 'patches restated in ha, rounded ("khoảng").' }),
    repeat({ id: 'summary-cleared', quote: ['giải tỏa 236 trường hợp lấn chiếm hành lang', 'đã giải tỏa 236 trường hợp, đạt'], values: ['236', '236'] }),
    ratio({ id: 'summary-highway-cleared', quote: ['tỷ lệ giải tỏa trên tuyến Quốc lộ 30 đạt 83,9%', 'trong đó trên Quốc lộ 30 là 198 trường hợp', 'gồm 214 trường hợp trên Quốc lộ 30'], x: '198', y: '214', stated: '83,9%', mistake: 'planted', original: 'tỷ lệ giải tỏa trên tuyến Quốc lộ 30 đạt 92,5%', note: 'Class 2: far from its base in III.5; 198 of the highway\'s 214 cases is 92,5%; 83,9% divides by all 236 cases cleared.' }),
    // V
    difference({ id: 'sessions-left', quote: ['Tổ chức tối thiểu 6 buổi tuyên truyền', '(52 buổi)', 'tổ chức 46 buổi, đạt'], a: '52', b: '46', stated: '6', trap: 'a remainder of the year\'s plan with "tối thiểu".' }),
    difference({ id: 'budget-left', quote: ['Giải ngân 836 triệu đồng kinh phí duy tu còn lại', 'năm 2026 của xã là 2,2 tỷ đồng', 'đã giải ngân 1.364 triệu đồng'], a: '2,2 tỷ đồng', b: '1.364 triệu đồng', stated: '836 triệu đồng', trap: 'a remainder of the budget across tỷ and triệu.' }),
    contradiction({ id: 'year-2025', quote: ['Cả năm 2025 xảy ra 19 vụ, làm chết 11 người, bị thương 17 người'], stated: '19', expected: 'another period', consistent: true, reason: 'The whole of 2025 in footnote 3, the base of the year\'s target, beside the ten months of 2025 (17, 10, 15).', trap: 'a same-named indicator of another period.' }),
  ],
});
