// Written for the corpus (batch U2), blind: Ủy ban nhân dân xã Tân Phú Trung (Thành phố Hồ Chí Minh after the
// 2025 merger; the commune and its ấp are invented), drafted by the Văn phòng HĐND và UBND, to the city's UBND and
// the commune's Đảng ủy, the monthly report of November 2026 (15/10 - 14/11/2026) with lũy kế 11 tháng, in parts
// I - IV: certificates of merit of the month (collectives and individuals, the total, the change against last
// month's figures in parentheses), their lũy kế from a footnote, the change against
// the same period of 2025; a bonus as count × rate; the city's certificates and their lũy kế
// from a footnote; "Gia đình văn hóa" 9.109/9.862 against a minimum, a percentage-point change, the remainder, a
// table of eight ấp (households, cultural families, rate, "Ấp văn hóa", total row), 7/8 ấp (88%, half-up from
// 87,5), an ấp's households in the text against the table; one-stop records received (direct and online in
// parentheses), the online share in the next sentence, the change against last month and cùng kỳ, records per
// working day, settled on time and late, pending, shares by field, digitised X/Y with a whole percent, a "none"
// of lost records, the lũy kế from a footnote; a satisfaction index as a weighted score of four components and its
// change in points; the budget with the year's estimate in tỷ in the
// sentence before, the month's parts after "gồm", the changes, the lũy kế from a footnote and its percents, the
// remainder; health insurance against the city's target in points and cùng kỳ; military call-up (present, fit,
// the quota and its parts); petitions (a "trong đó" subset, letters by kind, within competence,
// settled, a "none" of crowd complaints); a summary restating figures (some in tỷ), weaknesses and December's tasks.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-tan-phu-trung-thi-dua-khen-thuong-thang-11-2026.md',
  prefix: 'tpt',
  claims: [
    contradiction({ id: 'documents', quote: ['Quyết định số 1156/QĐ-UBND ngày 08/01/2026', 'Kế hoạch số 27/KH-UBND ngày 10/02/2026'], stated: '1156', expected: 'documents', consistent: true, reason: 'A decision\'s and a plan\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    // I.1
    change({ id: 'merit-vs-last-month', quote: ['tăng 27,5% so với tháng trước (11 tập thể, 29 cá nhân)', 'tặng Giấy khen cho 14 tập thể và 37 cá nhân'], x: '14 + 37', base: '11 + 29', stated: '27,5%', direction: 'tăng', note: 'Both the month and last month only through their two parts.' }),
    cumulative({ id: 'merit-collectives-11m', quote: ['đã tặng Giấy khen cho 96 tập thể', 'tặng Giấy khen cho 82 tập thể', 'tặng Giấy khen cho 14 tập thể và 37 cá nhân'], previous: '82', period: '14', stated: '96', note: 'The ten months are only in footnote 1.' }),
    cumulative({ id: 'merit-individuals-11m', quote: ['96 tập thể và 268 cá nhân', '82 tập thể và 231 cá nhân', 'tặng Giấy khen cho 14 tập thể và 37 cá nhân'], previous: '231', period: '37', stated: '268' }),
    change({ id: 'merit-vs-2025', quote: ['tăng 3,4% so với cùng kỳ năm 2025 (352 Giấy khen)', '96 tập thể và 268 cá nhân'], x: '96 + 268', base: '352', stated: '3,4%', direction: 'tăng' }),
    contradiction({ id: 'decree', quote: ['Nghị định số 98/2023/NĐ-CP'], stated: '98', expected: 'a document', consistent: true, reason: 'A decree\'s number and year.', trap: 'numbers in a document\'s name.' }),
    product({ id: 'bonus-individuals', quote: ['cho cá nhân là 12,987 triệu đồng', '(37 cá nhân, mức 351 nghìn đồng/người)'], x: '37', y: '351', factor: '0,001', stated: '12,987 triệu đồng', trap: 'a product of a count and a rate in nghìn đồng, written in triệu.' }),
    cumulative({ id: 'city-collectives-11m', quote: ['lũy kế 11 tháng có 9 tập thể', 'có 7 tập thể và 13 cá nhân', 'trong tháng có 2 tập thể và 3 cá nhân'], previous: '7', period: '2', stated: '9' }),
    cumulative({ id: 'city-individuals-11m', quote: ['9 tập thể và 17 cá nhân được tặng Bằng khen', 'có 7 tập thể và 13 cá nhân', 'trong tháng có 2 tập thể và 3 cá nhân'], previous: '13', period: '3', stated: '17', mistake: 'planted', original: '9 tập thể và 16 cá nhân được tặng Bằng khen', note: 'Class 6: footnote 2\'s 13 individuals plus the month\'s 3 is 16; the lũy kế says 17 (the collectives\' 7 + 2 = 9 agree).' }),
    // I.2
    ratio({ id: 'ap-meetings', quote: ['8/8 ấp tổ chức bình xét công khai danh hiệu "Gia đình văn hóa" tại hội nghị dân cư (100%)'], x: '8', y: '8', stated: '100%', trap: '"100%" of X/X.' }),
    ratio({ id: 'gdvh-rate', quote: ['đạt tỷ lệ 92,4%', 'có 9.109/9.862 hộ đạt danh hiệu'], x: '9.109', y: '9.862', stated: '92,4%' }),
    contradiction({ id: 'gdvh-min', quote: ['(chỉ tiêu Nghị quyết Đảng ủy xã từ 90% trở lên)'], stated: 'từ 90% trở lên', expected: 'a target', consistent: true, reason: 'The resolution\'s minimum beside the 92,4% reached.', trap: 'a threshold next to a rate.' }),
    difference({ id: 'gdvh-pp', quote: ['tăng 0,7 điểm phần trăm so với năm 2025 (91,7%)', 'đạt tỷ lệ 92,4%'], a: '92,4', b: '91,7', stated: '0,7', trap: 'a percentage-point change, not a relative one (0,76%).' }),
    difference({ id: 'gdvh-left', quote: ['còn 753 hộ chưa đạt', 'có 9.109/9.862 hộ đạt danh hiệu'], a: '9.862', b: '9.109', stated: '753', trap: 'a remainder of X/Y.' }),
    ratio({ id: 't-phu-loi', quote: ['| Phú Lợi | 1.412 | 1.318 | 93,3 | Đạt |'], x: '1.318', y: '1.412', stated: '93,3' }),
    ratio({ id: 't-trung-hoa', quote: ['| Trung Hòa | 1.286 | 1.179 | 91,7 | Đạt |'], x: '1.179', y: '1.286', stated: '91,7' }),
    ratio({ id: 't-bau-sen', quote: ['| Bàu Sen | 1.105 | 1.037 | 93,8 | Đạt |'], x: '1.037', y: '1.105', stated: '93,8' }),
    ratio({ id: 't-go-dau', quote: ['| Gò Dầu | 1.367 | 1.228 | 89,8 | Chưa đạt |'], x: '1.228', y: '1.367', stated: '89,8' }),
    ratio({ id: 't-rach-tra', quote: ['| Rạch Tra | 1.200 | 1.119 | 93,3 | Đạt |'], x: '1.119', y: '1.200', stated: '93,3', trap: 'rounded half-up from exactly 93,25 (truncation would give 93,2).' }),
    ratio({ id: 't-xom-moi', quote: ['| Xóm Mới | 1.254 | 1.161 | 92,6 | Đạt |'], x: '1.161', y: '1.254', stated: '92,6' }),
    ratio({ id: 't-cay-trom', quote: ['| Cây Trôm | 1.193 | 1.081 | 90,6 | Đạt |'], x: '1.081', y: '1.193', stated: '90,6' }),
    ratio({ id: 't-ben-dinh', quote: ['| Bến Đình | 1.045 | 986 | 94,4 | Đạt |'], x: '986', y: '1.045', stated: '94,4' }),
    sum({ id: 't-households', quote: ['| Cộng | 9.862 | 9.109 | 92,4 | 7 ấp |'], parts: ['1.412', '1.286', '1.105', '1.367', '1.200', '1.254', '1.193', '1.045'], total: '9.862', kind: 'cross_total' }),
    sum({ id: 't-gdvh', quote: ['| Cộng | 9.862 | 9.109 | 92,4 | 7 ấp |'], parts: ['1.318', '1.179', '1.037', '1.228', '1.119', '1.161', '1.081', '986'], total: '9.109', kind: 'cross_total' }),
    ratio({ id: 't-total-rate', quote: ['| Cộng | 9.862 | 9.109 | 92,4 | 7 ấp |'], x: '9.109', y: '9.862', stated: '92,4' }),
    ratio({ id: 'ap-van-hoa', quote: ['Có 7/8 ấp được công nhận danh hiệu "Ấp văn hóa" năm 2026 (88%)'], x: '7', y: '8', stated: '88%', trap: 'a whole percent rounded half-up from exactly 87,5.' }),
    repeat({ id: 'go-dau-households', quote: ['riêng ấp Gò Dầu (1.376 hộ)', '| Gò Dầu | 1.367 | 1.228 | 89,8 | Chưa đạt |'], values: ['1.367', '1.376'], mistake: 'planted', original: 'riêng ấp Gò Dầu (1.367 hộ)', note: 'Class 5: the text gives Gò Dầu 1.376 households, the table (whose column adds to 9.862) 1.367; two digits swapped.' }),
    contradiction({ id: 'go-dau-min', quote: ['thấp hơn mức tối thiểu 90% theo tiêu chí của Thành phố'], stated: 'tối thiểu 90%', expected: 'a threshold', consistent: true, reason: 'The criterion an ấp must reach, beside its 89,8%.', trap: 'a threshold next to a rate.' }),
    contradiction({ id: 'day-18-11', quote: ['Ngày hội Đại đoàn kết toàn dân tộc (18/11)'], stated: '18/11', expected: 'a date', consistent: true, reason: 'The date of a national day, in parentheses.', trap: 'a number in a date.' }),
    // II.1
    contradiction({ id: 'address', quote: ['(số 1058 Quốc lộ 22, ấp Phú Lợi)'], stated: '1058', expected: 'an address', consistent: true, reason: 'A house number and a national road\'s number.', trap: 'numbers in an address.' }),
    sum({ id: 'received-parts', quote: ['tiếp nhận 1.462 hồ sơ (trực tiếp 415 hồ sơ, trực tuyến 1.047 hồ sơ)'], parts: ['415', '1.047'], total: '1.462' }),
    change({ id: 'received-vs-last-month', quote: ['tăng 10,9% so với tháng trước (1.318 hồ sơ)', 'tiếp nhận 1.462 hồ sơ (trực tiếp'], x: '1.462', base: '1.318', stated: '10,9%', direction: 'tăng' }),
    change({ id: 'received-vs-2025', quote: ['tăng 21,3% so với cùng kỳ năm 2025 (1.205 hồ sơ)', 'tiếp nhận 1.462 hồ sơ (trực tiếp'], x: '1.462', base: '1.205', stated: '21,3%', direction: 'tăng' }),
    quotient({ id: 'per-day', quote: ['bình quân 66 hồ sơ/ngày làm việc (22 ngày làm việc)', 'tiếp nhận 1.462 hồ sơ (trực tiếp'], x: '1.462', y: '22', stated: '66', trap: 'records per working day (66,45 written whole).' }),
    ratio({ id: 'online-share', quote: ['Tỷ lệ hồ sơ nộp trực tuyến đạt 72,8%', 'tiếp nhận 1.462 hồ sơ (trực tiếp 415 hồ sơ, trực tuyến 1.047 hồ sơ)'], x: '1.047', y: '1.462', stated: '72,8%', mistake: 'planted', original: 'Tỷ lệ hồ sơ nộp trực tuyến đạt 71,6%', note: 'Class 1: the base is in the paragraph before; 1.047 of the 1.462 received is 71,6%; 72,8% divides by the 1.438 settled (the next paragraph).' }),
    contradiction({ id: 'online-min', quote: ['vượt chỉ tiêu Thành phố giao (tối thiểu 70%)'], stated: 'tối thiểu 70%', expected: 'a target', consistent: true, reason: 'The city\'s minimum for online records.', trap: 'a threshold next to a rate.' }),
    contradiction({ id: 'online-2025', quote: ['cao hơn nhiều so với cùng kỳ năm 2025 (58,4%)'], stated: '58,4%', expected: 'another period', consistent: true, reason: 'The online share of November 2025, a same-named indicator of another period with no base in the report.', trap: 'a same-named indicator of another period.' }),
    sum({ id: 'settled-parts', quote: ['Đã giải quyết 1.438 hồ sơ', 'đúng hạn 1.427 hồ sơ (99,2%), trễ hạn 11 hồ sơ (0,8%)'], parts: ['1.427', '11'], total: '1.438' }),
    ratio({ id: 'on-time', quote: ['(99,2%), trễ hạn 11', 'trong đó đúng hạn 1.427 hồ sơ', 'Đã giải quyết 1.438 hồ sơ'], x: '1.427', y: '1.438', stated: '99,2%' }),
    ratio({ id: 'late', quote: ['trễ hạn 11 hồ sơ (0,8%)', 'Đã giải quyết 1.438 hồ sơ'], x: '11', y: '1.438', stated: '0,8%' }),
    difference({ id: 'pending', quote: ['còn 24 hồ sơ đang giải quyết', 'tiếp nhận 1.462 hồ sơ (trực tiếp', 'Đã giải quyết 1.438 hồ sơ'], a: '1.462', b: '1.438', stated: '24', trap: 'a remainder: received less settled.' }),
    sum({ id: 'field-shares', quote: ['hộ tịch 41,2%, chứng thực 24,1%, đất đai 19,9%, các lĩnh vực khác 12,8%'], parts: ['41,2%', '24,1%', '19,9%', '12,8%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'các lĩnh vực khác 14,8%', note: 'Class 3: the four fields\' shares of the settled records add to 98,0%; the other fields\' 14,8% (213 of 1.438) is written 12,8%.' }),
    ratio({ id: 'digitised', quote: ['1.391/1.438 hồ sơ (96%)'], x: '1.391', y: '1.438', stated: '96%', mistake: 'planted', original: '1.391/1.438 hồ sơ (97%)', note: 'Class 7: 1.391/1.438 = 96,73%, which is 97% written whole; 96% truncates.' }),
    contradiction({ id: 'none-lost', quote: ['Trong tháng không có hồ sơ bị mất, thất lạc'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts a lost record; the 11 late records are another kind.', trap: 'a "none" with nothing against it.' }),
    cumulative({ id: 'received-11m', quote: ['Lũy kế 11 tháng, tiếp nhận 14.857 hồ sơ', 'tiếp nhận 13.395 hồ sơ', 'tiếp nhận 1.462 hồ sơ (trực tiếp'], previous: '13.395', period: '1.462', stated: '14.857' }),
    cumulative({ id: 'settled-11m', quote: ['đã giải quyết 14.806 hồ sơ', 'giải quyết 13.368 hồ sơ', 'Đã giải quyết 1.438 hồ sơ'], previous: '13.368', period: '1.438', stated: '14.806' }),
    cumulative({ id: 'on-time-11m', quote: ['đúng hạn 14.689 hồ sơ', 'đúng hạn 13.262 hồ sơ', 'trong đó đúng hạn 1.427 hồ sơ'], previous: '13.262', period: '1.427', stated: '14.689' }),
    ratio({ id: 'on-time-11m-rate', quote: ['đúng hạn 14.689 hồ sơ, đạt 99,2%'], x: '14.689', y: '14.806', stated: '99,2%', trap: 'a lũy kế rate equal to the month\'s 99,2% with other figures.' }),
    // II.2
    contradiction({ id: 'satisfaction-index', quote: ['chỉ số hài lòng tháng 11 đạt 91,7 điểm, tính theo trọng số: tiếp cận dịch vụ 93,0 điểm (hệ số 0,2), thủ tục hành chính 90,5 điểm (hệ số 0,3), sự phục vụ của công chức 92,4 điểm (hệ số 0,3), kết quả giải quyết 91,2 điểm (hệ số 0,2)'], stated: '91,7 điểm', expected: '0,2 × 93,0 + 0,3 × 90,5 + 0,3 × 92,4 + 0,2 × 91,2 = 91,71 → 91,7', consistent: true, reason: 'A weighted score: the components add to 367,1 and their plain mean is 91,775 (91,8); the weights give 91,71.', trap: 'a weighted index with its components (not a sum, not a plain mean).' }),
    difference({ id: 'satisfaction-change', quote: ['tăng 0,8 điểm so với tháng trước (90,9 điểm)', 'chỉ số hài lòng tháng 11 đạt 91,7 điểm'], a: '91,7', b: '90,9', stated: '0,8', trap: 'a change in points, not a percent.' }),
    // III.1
    sum({ id: 'budget-month-parts', quote: ['Thu ngân sách tháng 11 được 3.842 triệu đồng', 'thuế sử dụng đất phi nông nghiệp 612 triệu đồng, lệ phí trước bạ 1.935 triệu đồng, phí, lệ phí 418 triệu đồng, thu khác 778 triệu đồng'], parts: ['612', '1.935', '418', '778'], total: '3.842', mistake: 'planted', original: 'thu khác 877 triệu đồng', note: 'Class 4: the parts after "gồm" add to 3.743 triệu against 3.842 (which the lũy kế of footnote 4 plus the month carries); the other revenue\'s 877 is written 778.' }),
    change({ id: 'budget-vs-last-month', quote: ['tăng 9,3% so với tháng trước (3.516 triệu đồng)', 'Thu ngân sách tháng 11 được 3.842 triệu đồng'], x: '3.842', base: '3.516', stated: '9,3%', direction: 'tăng' }),
    change({ id: 'budget-vs-2025', quote: ['giảm 6,4% so với cùng kỳ năm 2025 (4.105 triệu đồng)', 'Thu ngân sách tháng 11 được 3.842 triệu đồng'], x: '3.842', base: '4.105', stated: '6,4%', direction: 'giảm' }),
    cumulative({ id: 'budget-11m', quote: ['Lũy kế 11 tháng thu 34.127 triệu đồng', 'thu ngân sách 30.285 triệu đồng', 'Thu ngân sách tháng 11 được 3.842 triệu đồng'], previous: '30.285', period: '3.842', stated: '34.127', note: 'The ten months are only in footnote 4.' }),
    ratio({ id: 'budget-10m-rate', quote: ['đạt 86,0% dự toán Thành phố giao', 'thu ngân sách 30.285 triệu đồng', 'Thành phố giao là 35,2 tỷ đồng'], x: '30.285 triệu đồng', y: '35,2 tỷ đồng', stated: '86,0%', trap: 'the ten months\' rate in a footnote, a same-named indicator of another period, right against the estimate in tỷ.' }),
    ratio({ id: 'budget-11m-city', quote: ['đạt 96,9% dự toán Thành phố giao', 'Lũy kế 11 tháng thu 34.127 triệu đồng', 'Thành phố giao là 35,2 tỷ đồng'], x: '34.127 triệu đồng', y: '35,2 tỷ đồng', stated: '96,9%', mistake: 'planted', original: 'đạt 97,0% dự toán Thành phố giao', note: 'Class 1: the estimate is in the paragraph before, in tỷ; 34.127 triệu of 35.200 triệu is 96,95%, which is 97,0% half-up; 96,9% truncates.' }),
    ratio({ id: 'budget-11m-council', quote: ['88,4% dự toán Hội đồng nhân dân xã giao', 'Lũy kế 11 tháng thu 34.127 triệu đồng', 'giao phấn đấu 38,6 tỷ đồng'], x: '34.127 triệu đồng', y: '38,6 tỷ đồng', stated: '88,4%' }),
    difference({ id: 'budget-left', quote: ['còn 1.073 triệu đồng phải thu', 'Lũy kế 11 tháng thu 34.127 triệu đồng', 'Thành phố giao là 35,2 tỷ đồng'], a: '35.200', b: '34.127', stated: '1.073', trap: 'a remainder against the estimate given in tỷ.' }),
    // III.2
    ratio({ id: 'bhyt', quote: ['đạt 92,4% dân số (chỉ tiêu', 'có 31.604/34.215 người tham gia bảo hiểm y tế'], x: '31.604', y: '34.215', stated: '92,4%' }),
    contradiction({ id: 'bhyt-target', quote: ['(chỉ tiêu Thành phố giao năm 2026 là 93,5%)'], stated: '93,5%', expected: 'a target', consistent: true, reason: 'The city\'s target beside the coverage reached.', trap: 'a target next to a rate.' }),
    difference({ id: 'bhyt-short', quote: ['còn thấp hơn chỉ tiêu 1,1 điểm phần trăm', 'đạt 92,4% dân số (chỉ tiêu', '(chỉ tiêu Thành phố giao năm 2026 là 93,5%)'], a: '93,5', b: '92,4', stated: '1,1', trap: 'a shortfall in percentage points.' }),
    difference({ id: 'bhyt-vs-2025', quote: ['tăng 1,2 điểm phần trăm', 'đạt 92,4% dân số (chỉ tiêu', 'so với cùng kỳ năm 2025 (91,2%)'], a: '92,4', b: '91,2', stated: '1,2', trap: 'a percentage-point change.' }),
    // III.3
    ratio({ id: 'present', quote: ['có mặt 179 người (96,2%)', 'gọi khám 186 thanh niên'], x: '179', y: '186', stated: '96,2%' }),
    ratio({ id: 'fit', quote: ['chiếm 52,5% số có mặt', 'có 94 người đạt tiêu chuẩn sức khỏe', 'có mặt 179 người'], x: '94', y: '179', stated: '52,5%', trap: 'a share of those present (not of the 186 called), beside a quota of 52.' }),
    sum({ id: 'quota-parts', quote: ['chỉ tiêu giao quân năm 2027 là 52 người (nghĩa vụ quân sự 46 người, thực hiện nghĩa vụ tham gia Công an nhân dân 6 người)'], parts: ['46', '6'], total: '52' }),
    // III.4
    atLeast({ id: 'citizens-chairman', quote: ['trong đó Chủ tịch Ủy ban nhân dân xã tiếp định kỳ 2 buổi với 9 lượt công dân', 'tiếp 23 lượt công dân'], big: '23', small: '9', trap: 'a "trong đó" subset, not a breakdown; "2 buổi" is sessions.' }),
    sum({ id: 'letters', quote: ['Tiếp nhận 27 đơn (gồm 3 đơn khiếu nại, 2 đơn tố cáo, 22 đơn kiến nghị, phản ánh)'], parts: ['3', '2', '22'], total: '27' }),
    difference({ id: 'competence', quote: ['còn 26 đơn thuộc thẩm quyền', 'Tiếp nhận 27 đơn', 'có 1 đơn không thuộc thẩm quyền'], a: '27', b: '1', stated: '26' }),
    ratio({ id: 'letters-settled', quote: ['Đã giải quyết 22/26 đơn (84,6%)'], x: '22', y: '26', stated: '84,6%' }),
    difference({ id: 'letters-left', quote: ['còn 4 đơn đang xác minh', 'Đã giải quyết 22/26 đơn'], a: '26', b: '22', stated: '4', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'no-crowd', quote: ['3 đơn khiếu nại', 'Trong tháng không có khiếu nại đông người, vượt cấp'], stated: '3 đơn khiếu nại', expected: 'another kind', consistent: true, reason: 'Three individual complaints are not a crowd or over-level complaint.', trap: 'a count of another kind beside a "none".' }),
    // IV.1
    sum({ id: 'summary-merit', quote: ['đã tặng 364 Giấy khen', '96 tập thể và 268 cá nhân'], parts: ['96', '268'], total: '364' }),
    repeat({ id: 'summary-gdvh', quote: ['có 9.109 hộ đạt danh hiệu "Gia đình văn hóa" (92,4%)', 'có 9.109/9.862 hộ đạt danh hiệu'], values: ['9.109', '9.109'] }),
    repeat({ id: 'summary-budget-month', quote: ['Thu ngân sách tháng 11 khoảng 3,8 tỷ đồng', 'Thu ngân sách tháng 11 được 3.842 triệu đồng'], values: ['3.842 triệu đồng', '3,8 tỷ đồng'], kind: 'unit', trap: 'the month\'s revenue restated in tỷ, agreeing.' }),
    repeat({ id: 'summary-budget-11m', quote: ['lũy kế 11 tháng đạt 43,1 tỷ đồng', 'Lũy kế 11 tháng thu 34.127 triệu đồng'], values: ['34.127 triệu đồng', '43,1 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'lũy kế 11 tháng đạt 34,1 tỷ đồng', note: 'Class 5: the summary restates the 34.127 triệu of III.1 in tỷ with two digits swapped (43,1 for 34,1).' }),
    repeat({ id: 'summary-budget-left', quote: ['còn khoảng 1,1 tỷ đồng mới hoàn thành', 'còn 1.073 triệu đồng phải thu'], values: ['1.073 triệu đồng', '1,1 tỷ đồng'], kind: 'unit', trap: 'a remainder restated in tỷ, agreeing.' }),
    contradiction({ id: 'no-denunciation', quote: ['2 đơn tố cáo', 'trong tháng không phát sinh đơn tố cáo'], stated: '2 đơn tố cáo', expected: 'none (IV.1)', consistent: false, reason: 'The summary says no denunciation letter arose in the month; III.4 counts 2 among the 27 letters received.', mistake: 'planted', original: 'trong tháng không phát sinh khiếu nại đông người', note: 'Class 8: a count against a "không phát sinh" statement in the summary.' }),
    // IV.2
    ratio({ id: 'weak-letters-share', quote: ['chiếm 14,8% số đơn thuộc thẩm quyền', 'Còn 4 đơn thư chưa giải quyết xong', 'còn 26 đơn thuộc thẩm quyền'], x: '4', y: '26', stated: '14,8%', mistake: 'planted', original: 'chiếm 15,4% số đơn thuộc thẩm quyền', note: 'Class 2: far from its base in III.4; 4 of the 26 letters within competence is 15,4%; 14,8% divides by all 27 letters received.' }),
    // IV.3
    repeat({ id: 'task-budget', quote: ['phấn đấu thu tối thiểu 1.073 triệu đồng', 'còn 1.073 triệu đồng phải thu'], values: ['1.073', '1.073'], trap: 'a target equal to the remainder.' }),
    contradiction({ id: 'targets', quote: ['duy trì tỷ lệ hồ sơ trực tuyến tối thiểu 70%', 'phấn đấu đến ngày 31/12/2026 đạt chỉ tiêu 93,5% dân số', 'tỷ lệ hộ gia đình văn hóa từ 90% trở lên trong năm 2027'], stated: 'tối thiểu 70%', expected: 'targets', consistent: true, reason: 'Targets for December and 2027, with no base of their own.', trap: 'thresholds and targets.' }),
  ],
});
