// Written for the corpus (batch J2): UBND xã Yên Mạc Đông (tỉnh Ninh Bình; the commune is invented) to
// the provincial department of culture, quarter III and nine months of 2026, culture, information and
// sports: the commune's radio (hours per day, the six months in footnotes and the lũy kế, news items
// after "gồm" with a share), the website against quarter II in the sentence before, banners in m and km,
// cultural families (registered against the households, 2025 in parentheses), villages written X/Y,
// weddings and funerals (cremations, the rate only in the summary), a festival's visitors by origin
// (shares with no counts that must add to 100%), relics ("none" about another subject), inspection of
// karaoke ("none" against the summary), cultural houses, the library (books and readers, lũy kế from
// footnotes), mobile film shows in parentheses, sports (people training against the population and a
// target, sports families as a whole percent, clubs after "gồm", tournaments with athletes per
// tournament, a rank X/Y, a U11 in a tournament's name), spending against the estimate in triệu with
// the parts after "gồm" in triệu, a table of indicators (plan / quarter / nine months / % plan);
// summary restating figures; quarter IV tasks as the remainder of the year's plan.
import { atLeast, change, contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-yen-mac-dong-van-hoa-thong-tin-the-thao-quy-3-2026.md',
  prefix: 'ymd',
  claims: [
    // I.1
    contradiction({ id: 'villages-covered', quote: ['phủ sóng 21/21 thôn'], stated: '21/21', expected: 'all villages, written X/Y', consistent: true, reason: 'A count written X/Y with no percent.', trap: 'a count written X/Y.' }),
    quotient({ id: 'hours-per-day', quote: ['bình quân 3 giờ/ngày; lũy kế', 'phát sóng 276 giờ, bình quân'], x: '276', y: '92', stated: '3', trap: 'an average per day (quarter III has 92 days, which the report does not write).' }),
    cumulative({ id: 'hours-cumulative', quote: ['lũy kế 9 tháng 840 giờ', 'Đài truyền thanh xã phát sóng 528 giờ', 'phát sóng 276 giờ, bình quân'], previous: '528', period: '276', stated: '840', mistake: 'planted', original: 'lũy kế 9 tháng 804 giờ', note: 'Class 6: the six months in footnote 1 (528 hours) plus the quarter\'s 276 is 804; two digits are swapped (the table copies the wrong lũy kế and its rate agrees with it).' }),
    sum({ id: 'news-parts', quote: ['phát sóng 386 tin, bài, gồm', 'gồm 214 tin, bài tự sản xuất và 172 tin, bài tiếp sóng'], parts: ['214', '172'], total: '386' }),
    share({ id: 'news-own-share', quote: ['tin, bài tự sản xuất chiếm 55,4%', 'gồm 214 tin, bài tự sản xuất', 'phát sóng 386 tin, bài'], x: '214', y: '386', stated: '55,4%' }),
    cumulative({ id: 'news-cumulative', quote: ['Lũy kế 9 tháng, Đài tự sản xuất 593 tin, bài', '6 tháng đầu năm 2026: 379 tin, bài tự sản xuất', 'gồm 214 tin, bài tự sản xuất'], previous: '379', period: '214', stated: '593' }),
    // I.2
    change({ id: 'website-growth', quote: ['tăng 16,8% so với quý trước', 'lượt truy cập đạt 52.460 lượt', 'Quý II, trang thông tin điện tử của xã có 44.236 lượt truy cập'], x: '52.460', base: '44.236', stated: '16,8%', direction: 'tăng', mistake: 'planted', original: 'tăng 18,6% so với quý trước', note: 'Class 1: the base is in the sentence before; 52.460/44.236 = +18,59%, two digits swapped.' }),
    // I.3
    repeat({ id: 'banners-km', quote: ['(1,25 km)', 'Treo 1.250 m băng rôn'], values: ['1.250 m', '1,25 km'], kind: 'unit' }),
    // II.1
    share({ id: 'families-registered', quote: ['chiếm 97,4% số hộ (năm 2025', 'có 8.712 hộ đăng ký', 'Toàn xã có 8.946 hộ gia đình'], x: '8.712', y: '8.946', stated: '97,4%' }),
    share({ id: 'families-2025', quote: ['đạt 91,8%). Có', 'năm 2025 có 8.215 hộ được công nhận', 'Toàn xã có 8.946 hộ gia đình'], x: '8.215', y: '8.946', stated: '91,8%', trap: 'another year in parentheses, taken of this year\'s households as the report does.' }),
    ratio({ id: 'cultural-villages', quote: ['19/21 thôn giữ vững danh hiệu thôn văn hóa, đạt 90,5%'], x: '19', y: '21', stated: '90,5%' }),
    difference({ id: 'villages-remaining', quote: ['2 thôn còn lại', '19/21 thôn giữ vững'], a: '21', b: '19', stated: '2' }),
    // II.2
    contradiction({ id: 'weddings-100', quote: ['có 86 đám cưới, 100% thực hiện đúng quy ước'], stated: '100%', expected: 'all 86 weddings', consistent: true, reason: 'All of the weddings; nothing to compute.', trap: 'a 100% beside its count.' }),
    atLeast({ id: 'cremations', quote: ['74 đám tang, trong đó 61 đám thực hiện hỏa táng'], big: '74', small: '61' }),
    contradiction({ id: 'curfew', quote: ['không sử dụng kèn, loa sau 22 giờ'], stated: '22 giờ', expected: 'a time of day', consistent: true, reason: 'A clock time in a rule, not an amount of hours.', trap: 'an hour in a rule beside the radio\'s hours.' }),
    sum({ id: 'visitor-shares', quote: ['khách trong xã chiếm 46,8%, khách các xã khác trong tỉnh 32,5%, khách ngoài tỉnh 27,0%'], parts: ['46,8', '32,5', '27,0'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'khách ngoài tỉnh 20,7%', note: 'Class 3: the three shares of the 12.500 visitors add to 106,3%; the last one\'s digits are swapped (20,7% gives 100,0%).' }),
    contradiction({ id: 'festival-dates', quote: ['từ ngày 10 đến ngày 12/8/2026'], stated: '10 đến 12/8/2026', expected: 'dates', consistent: true, reason: 'Dates, not figures.', trap: 'dates next to counts.' }),
    atLeast({ id: 'relics-provincial', quote: ['có 7 di tích, trong đó 2 di tích cấp tỉnh'], big: '7', small: '2' }),
    contradiction({ id: 'relics-none', quote: ['Trong quý không có di tích bị lấn chiếm đất đai; 02 di tích'], stated: 'không có di tích bị lấn chiếm; 02 di tích xuống cấp', expected: 'a "none" about another subject', consistent: true, reason: 'Encroachment and decay are different; the two decaying relics do not contradict it.', trap: 'a "none" beside a count of another subject.' }),
    // II.3
    contradiction({ id: 'karaoke-none', quote: ['Vẫn còn 02 cơ sở karaoke hoạt động quá giờ quy định', 'các cơ sở đều chấp hành tốt quy định, không có cơ sở vi phạm'], stated: '02 cơ sở karaoke vi phạm', expected: '0 (section II.3 says the inspection found no establishment in breach)', consistent: false, reason: 'The summary counts two karaoke bars fined for opening late against the inspection\'s "none".', mistake: 'planted', original: 'Vẫn còn tình trạng một số cơ sở karaoke hoạt động sát giờ quy định, gây ồn', note: 'Class 8: a count against a "none" statement.' }),
    contradiction({ id: 'karaoke-fire-100', quote: ['100% cơ sở karaoke đã được thẩm duyệt'], stated: '100%', expected: 'a rate with no count', consistent: true, reason: 'The number of karaoke bars is not given.', trap: 'a percent with no base given.' }),
    // III
    contradiction({ id: 'houses-x-of-y', quote: ['21/21 thôn có nhà văn hóa'], stated: '21/21', expected: 'a count written X/Y', consistent: true, reason: 'All villages have a house.', trap: 'a count written X/Y.' }),
    share({ id: 'houses-standard', quote: ['chiếm 81%. Khu', 'trong đó 17 nhà văn hóa đạt chuẩn', '21/21 thôn có nhà văn hóa'], x: '17', y: '21', stated: '81%' }),
    repeat({ id: 'sports-area', quote: ['(12.000 m²)', 'rộng 1,2 ha'], values: ['1,2 ha', '12.000 m²'], kind: 'unit' }),
    contradiction({ id: 'pitch-11', quote: ['sân bóng đá 11 người'], stated: '11', expected: 'a kind of pitch', consistent: true, reason: 'An eleven-a-side pitch, not a count.', trap: 'a number inside a name.' }),
    cumulative({ id: 'books', quote: ['Thư viện xã có 7.270 bản sách', 'đến ngày 30/6/2026: 6.850 bản', 'quý III bổ sung 420 bản'], previous: '6.850', period: '420', stated: '7.270' }),
    cumulative({ id: 'readers-cumulative', quote: ['lũy kế 9 tháng phục vụ 7.945 lượt bạn đọc', 'thư viện phục vụ 4.819 lượt bạn đọc', 'thư viện phục vụ 3.126 lượt bạn đọc'], previous: '4.819', period: '3.126', stated: '7.945' }),
    quotient({ id: 'books-per-shelf', quote: ['bình quân 200 bản/tủ', 'Duy trì 21 tủ sách thôn với 4.200 bản'], x: '4.200', y: '21', stated: '200', trap: 'an average per bookcase.' }),
    sum({ id: 'shows-parts', quote: ['tổ chức 7 buổi chiếu phim, biểu diễn nghệ thuật lưu động', '(4 buổi chiếu phim, 2 buổi biểu diễn của Đội văn nghệ xã)'], parts: ['4', '2'], total: '7', mistake: 'planted', original: '(4 buổi chiếu phim, 3 buổi biểu diễn của Đội văn nghệ xã)', note: 'Class 4: the parts in parentheses add to 6, not 7.' }),
    cumulative({ id: 'shows-cumulative', quote: ['lũy kế 9 tháng 19 buổi', '6 tháng đầu năm 2026: 12 buổi', 'tổ chức 7 buổi chiếu phim'], previous: '12', period: '7', stated: '19' }),
    // IV
    share({ id: 'training-share', quote: ['chiếm 41,2% dân số (chỉ tiêu năm 2026 là 42%)', 'là 13.846 người, chiếm', 'Dân số toàn xã là 33.582 người'], x: '13.846', y: '33.582', stated: '41,2%', trap: 'the year\'s target in parentheses next to the rate.' }),
    ratio({ id: 'sports-families', quote: ['là 2.468 hộ, đạt 27% số hộ', 'Toàn xã có 8.946 hộ gia đình'], x: '2.468', y: '8.946', stated: '27%', mistake: 'planted', original: 'là 2.468 hộ, đạt 28% số hộ', note: 'Class 7: 2.468/8.946 = 27,59%, which is 28% written whole; 27% truncates. The households are in section II.' }),
    sum({ id: 'clubs', quote: ['Toàn xã có 46 câu lạc bộ thể dục thể thao', 'gồm: 14 câu lạc bộ bóng chuyền hơi, 9 câu lạc bộ bóng đá, 11 câu lạc bộ cầu lông, 8 câu lạc bộ dưỡng sinh và 6 câu lạc bộ pickleball'], parts: ['14', '9', '11', '8', '6'], total: '46', mistake: 'planted', original: 'Toàn xã có 48 câu lạc bộ thể dục thể thao', note: 'Class 4: the five kinds after "gồm" add to 48; the total 46 is the count before the two new pickleball clubs.' }),
    atLeast({ id: 'clubs-new', quote: ['(trong đó 02 câu lạc bộ pickleball mới thành lập trong quý III)', 'và 6 câu lạc bộ pickleball'], big: '6', small: '02', trap: 'a subgroup after "trong đó" in parentheses: not another part.' }),
    quotient({ id: 'athletes-per-event', quote: ['bình quân 243 vận động viên/giải', 'tổ chức 5 giải thể thao với 1.215 vận động viên'], x: '1.215', y: '5', stated: '243', trap: 'an average per tournament.' }),
    contradiction({ id: 'u11', quote: ['Giải bóng đá thiếu niên U11'], stated: 'U11', expected: 'a name', consistent: true, reason: 'An age class in a tournament\'s name.', trap: 'a number inside a name.' }),
    cumulative({ id: 'events-cumulative', quote: ['lũy kế 9 tháng 10 giải', '6 tháng đầu năm 2026: 5 giải', 'tổ chức 5 giải thể thao với'], previous: '5', period: '5', stated: '10' }),
    contradiction({ id: 'rank', quote: ['xếp thứ 2/16 đội'], stated: '2/16', expected: 'a rank written X/Y', consistent: true, reason: 'A rank among 16 teams, not a ratio.', trap: 'a rank written X/Y.' }),
    // V
    ratio({ id: 'spending-estimate', quote: ['đạt 68,0% dự toán năm (1.668 triệu đồng)', 'đã chi 1,146 tỷ đồng'], x: '1,146 tỷ đồng', y: '1.668 triệu đồng', stated: '68,0%', mistake: 'planted', original: 'đạt 68,7% dự toán năm', note: 'Class 1: the estimate is in parentheses after the percent and in triệu against tỷ; 1.146/1.668 = 68,71%.' }),
    sum({ id: 'spending-parts', quote: ['đã chi 1,146 tỷ đồng', 'thông tin, truyền thanh 412 triệu đồng, văn hóa 486 triệu đồng, thể dục thể thao 248 triệu đồng'], parts: ['412 triệu đồng', '486 triệu đồng', '248 triệu đồng'], total: '1,146 tỷ đồng', note: 'Parts in triệu against a total in tỷ.' }),
    ratio({ id: 'socialised', quote: ['bằng 31,1% kinh phí ngân sách đã chi', 'Huy động xã hội hóa 356 triệu đồng', 'đã chi 1,146 tỷ đồng'], x: '356 triệu đồng', y: '1,146 tỷ đồng', stated: '31,1%' }),
    // table
    repeat({ id: 't-hours', quote: ['Giờ phát thanh của Đài truyền thanh xã', 'lũy kế 9 tháng 840 giờ'], values: ['840', '840'], note: 'The table copies the text\'s lũy kế (itself wrong: see hours-cumulative).' }),
    ratio({ id: 't-hours-plan', quote: ['76,4', 'Giờ phát thanh của Đài truyền thanh xã'], x: '840', y: '1.100', stated: '76,4', note: 'The rate agrees with the lũy kế written; the wrong lũy kế is one mistake.' }),
    ratio({ id: 't-news-plan', quote: ['74,1', 'Tin, bài phát thanh tự sản xuất'], x: '593', y: '800', stated: '74,1' }),
    repeat({ id: 't-readers', quote: ['3.162', 'thư viện phục vụ 3.126 lượt bạn đọc'], values: ['3.126', '3.162'], mistake: 'planted', original: '3.126', note: 'Class 5: the table\'s quarter III readers swap two digits of the text\'s 3.126 (the lũy kế 7.945 = 4.819 + 3.126 follows the text).' }),
    ratio({ id: 't-readers-plan', quote: ['79,5', 'Lượt bạn đọc Thư viện xã'], x: '7.945', y: '10.000', stated: '79,5', note: '79,45% rounds half-up to 79,5%.' }),
    ratio({ id: 't-shows-plan', quote: ['79,2', 'Buổi chiếu phim, biểu diễn lưu động'], x: '19', y: '24', stated: '79,2' }),
    ratio({ id: 't-events-plan', quote: ['83,3', 'Giải thể thao cấp xã'], x: '10', y: '12', stated: '83,3' }),
    ratio({ id: 't-training-plan', quote: ['98,2', 'Người tập luyện thể dục thể thao thường xuyên'], x: '13.846', y: '14.100', stated: '98,2' }),
    // VI.1
    repeat({ id: 'summary-hours', quote: ['phát sóng 276 giờ trong quý', 'phát sóng 276 giờ, bình quân'], values: ['276', '276'] }),
    repeat({ id: 'summary-visits', quote: ['lượt truy cập trang thông tin điện tử đạt 52.460 lượt', 'lượt truy cập đạt 52.460 lượt, tăng'], values: ['52.460', '52.460'] }),
    repeat({ id: 'summary-families', quote: ['tỷ lệ hộ đăng ký gia đình văn hóa đạt 97,4%', 'chiếm 97,4% số hộ (năm 2025'], values: ['97,4%', '97,4%'] }),
    ratio({ id: 'summary-cremation', quote: ['tỷ lệ hỏa táng trong quý đạt 84,2%', '74 đám tang, trong đó 61 đám thực hiện hỏa táng'], x: '61', y: '74', stated: '84,2%', mistake: 'planted', original: 'tỷ lệ hỏa táng trong quý đạt 82,4%', note: 'Class 2: the rate is only in the summary, its counts in section II.2; 61/74 = 82,43%.' }),
    repeat({ id: 'summary-training', quote: ['13.846 người tập luyện thường xuyên (41,2% dân số)', 'là 13.846 người, chiếm 41,2% dân số'], values: ['13.846', '13.846'] }),
    repeat({ id: 'summary-events', quote: ['tổ chức 5 giải thể thao trong quý', 'xã tổ chức 5 giải thể thao với'], values: ['5', '5'] }),
    // VI.2
    difference({ id: 'houses-not-standard', quote: ['Còn 4 nhà văn hóa thôn chưa đạt chuẩn', 'trong đó 17 nhà văn hóa đạt chuẩn', '21/21 thôn có nhà văn hóa'], a: '21', b: '17', stated: '4' }),
    repeat({ id: 'villages-not-cultural', quote: ['2 thôn chưa giữ được danh hiệu thôn văn hóa', '2 thôn còn lại'], values: ['2', '2'] }),
    contradiction({ id: 'target-42', quote: ['chưa đạt chỉ tiêu 42%'], stated: '42%', expected: 'a target', consistent: true, reason: 'The target restated; 41,2% is below it.', trap: 'a target with no base.' }),
    // VII
    difference({ id: 'task-training', quote: ['Vận động thêm 254 người tập luyện', 'để đạt kế hoạch 14.100 người', 'là 13.846 người, chiếm'], a: '14.100', b: '13.846', stated: '254' }),
    contradiction({ id: 'task-sports-families', quote: ['phấn đấu tỷ lệ gia đình thể thao đạt 30%'], stated: '30%', expected: 'a target', consistent: true, reason: 'A target with no figures of its own.', trap: 'a target rate.' }),
    difference({ id: 'task-events', quote: ['Tổ chức 2 giải thể thao, hoàn thành kế hoạch 12 giải', 'lũy kế 9 tháng 10 giải'], a: '12', b: '10', stated: '2' }),
    sum({ id: 'task-shows', quote: ['nâng tổng số cả năm lên 24 buổi', 'tổ chức 5 buổi chiếu phim', 'lũy kế 9 tháng 19 buổi'], parts: ['19', '5'], total: '24' }),
    repeat({ id: 'task-relics', quote: ['hỗ trợ tu bổ 02 di tích xuống cấp', 'lấn chiếm đất đai; 02 di tích (đình Hạ'], values: ['02', '02'] }),
  ],
});
