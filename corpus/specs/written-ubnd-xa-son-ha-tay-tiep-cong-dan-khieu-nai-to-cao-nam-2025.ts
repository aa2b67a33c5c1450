// Written for the corpus (batch K2): UBND xã Sơn Hà Tây (tỉnh Quảng Ngãi; the commune and its three former
// communes are invented) to the provincial inspectorate, year 2025 (the inspection sector's period from
// 15/12 to 14/12, the months before 01/7/2025 of the three former communes), receiving citizens, letters,
// complaints, denunciations and anti-corruption: visits against 2024 in parentheses, regular and the
// chairman's visits, the months since the merger against the months before from a footnote, overlapping
// Hrê people, delegations with their threshold and an average, visits by content and by field (the land
// share only in the summary), letters as carried over + new against 2024 in a footnote, eligible letters
// as a share, ineligible ones after "gồm", by kind with shares, within the commune's competence (a share,
// parts in parentheses), outside it; complaints (carried over + new, against 2024, X/Y with the national
// target, by result, on time as a whole percent, rights restored in triệu and m², a second complaint to the
// province against the summary's "none", decisions X/Y), denunciations (accepted, by result, discipline by
// form, money recommended and recovered, the lũy kế since 2021 from a footnote, a "none" about another
// subject), petitions (X/Y as a whole percent), a table against 2024 (differences), anti-corruption
// (meetings per session, declarations X/Y, random checks as a share, a "none" beside denunciations found
// true); summary restating figures (m² in ha); the remainder as tasks.
import { atLeast, contradiction, cumulative, difference, change, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-son-ha-tay-tiep-cong-dan-khieu-nai-to-cao-nam-2025.md',
  prefix: 'sht',
  claims: [
    contradiction({ id: 'laws', quote: ['Luật Tiếp công dân năm 2013, Luật Khiếu nại năm 2011, Luật Tố cáo năm 2018'], stated: '2013', expected: 'years in names', consistent: true, reason: 'The years of three laws.', trap: 'years in names.' }),
    contradiction({ id: 'period', quote: ['(kỳ số liệu từ ngày 15/12/2024 đến ngày 14/12/2025;'], stated: '15/12/2024', expected: 'dates', consistent: true, reason: 'The statistical period.', trap: 'dates written X/Y.' }),
    contradiction({ id: 'clock', quote: ['vào sáng thứ Năm hằng tuần, từ 7 giờ 30 phút, theo quy định tối thiểu 1 ngày/tuần'], stated: '7 giờ 30 phút', expected: 'a clock time and a rule', consistent: true, reason: 'A clock time and the legal minimum of one day a week.', trap: 'a clock time and a rate by rule.' }),
    // I
    change({ id: 'visits-vs-2024', quote: ['giảm 10,2% so với năm 2024 (205 lượt)', 'đã tiếp 186 lượt với 214 người'], x: '186', base: '205', stated: '10,2%', direction: 'giảm', mistake: 'planted', original: 'giảm 9,3% so với năm 2024 (205 lượt)', note: 'Class 1: the base is in parentheses after the percent; the fall of 19 was divided by the new 186 (10,22%) instead of 205 (9,27%).' }),
    sum({ id: 'visits-by-kind', quote: ['đã tiếp 186 lượt với 214 người', 'gồm tiếp thường xuyên 124 lượt, Chủ tịch Ủy ban nhân dân xã tiếp định kỳ và đột xuất 62 lượt'], parts: ['124', '62'], total: '186' }),
    contradiction({ id: 'sessions', quote: ['(48 buổi định kỳ, 6 buổi đột xuất)'], stated: '48', expected: 'sessions, not visits', consistent: true, reason: 'Sessions of the chairman, not the 62 visits received in them.', trap: 'counts of sessions in parentheses after a count of visits.' }),
    cumulative({ id: 'visits-halves', quote: ['đã tiếp 186 lượt với 214 người', 'Ủy ban nhân dân 3 xã cũ tiếp 89 lượt công dân', 'xã tiếp 97 lượt công dân'], previous: '89', period: '97', stated: '186', note: 'The three former communes before 01/7/2025 (footnote 1) plus the new commune since.' }),
    atLeast({ id: 'hre', quote: ['có 38 người là đồng bào dân tộc Hrê', 'đã tiếp 186 lượt với 214 người'], big: '214', small: '38', trap: 'a subgroup of the people received.' }),
    quotient({ id: 'per-delegation', quote: ['bình quân 15 người/đoàn', 'Có 3 đoàn đông người (từ 5 người trở lên) với 46 người'], x: '46', y: '3', stated: '15', trap: 'an average per delegation, beside the threshold "từ 5 người trở lên".' }),
    contradiction({ id: 'delegation-threshold', quote: ['(từ 5 người trở lên)'], stated: 'từ 5 người trở lên', expected: 'a definition', consistent: true, reason: 'What a crowd delegation is, not a count.', trap: 'a threshold in parentheses.' }),
    sum({ id: 'visits-by-content', quote: ['đã tiếp 186 lượt với 214 người', 'khiếu nại 38 lượt, tố cáo 11 lượt, kiến nghị, phản ánh 137 lượt'], parts: ['38', '11', '137'], total: '186' }),
    sum({ id: 'visits-by-field', quote: ['đã tiếp 186 lượt với 214 người', 'giải phóng mặt bằng 121 lượt; chính sách xã hội 29 lượt; các lĩnh vực khác 36 lượt'], parts: ['121', '29', '36'], total: '186' }),
    // II
    sum({ id: 'letters-sources', quote: ['168 đơn (kỳ trước chuyển sang 12 đơn, tiếp nhận mới 156 đơn)'], parts: ['12', '156'], total: '168' }),
    change({ id: 'letters-vs-2024', quote: ['tăng 4,0% so với năm 2024', '168 đơn (kỳ trước', 'Ủy ban nhân dân 3 xã cũ tiếp nhận 150 đơn'], x: '168', base: '150', stated: '4,0%', direction: 'tăng', mistake: 'planted', original: 'tăng 12,0% so với năm 2024', note: 'Class 1: 2024 is in footnote 2 (150 letters); 168/150 is an increase of 12,0%; 4,0% compares only the 156 new letters.' }),
    share({ id: 'eligible-share', quote: ['là 131 đơn, chiếm 78,0%', '168 đơn (kỳ trước'], x: '131', y: '168', stated: '78,0%' }),
    sum({ id: 'eligible-ineligible', quote: ['168 đơn (kỳ trước', 'là 131 đơn, chiếm 78,0%', 'đơn không đủ điều kiện xử lý 37 đơn'], parts: ['131', '37'], total: '168' }),
    sum({ id: 'ineligible-kinds', quote: ['đơn không đủ điều kiện xử lý 37 đơn', 'gồm đơn trùng lặp nội dung 24 đơn, đơn nặc danh, mạo danh 6 đơn, đơn không rõ nội dung, không ký tên 5 đơn'], parts: ['24', '6', '5'], total: '37', mistake: 'planted', original: 'đơn không rõ nội dung, không ký tên 5 đơn, đơn đã được giải quyết đúng chính sách, pháp luật 2 đơn', note: 'Class 4: the three kinds after "gồm" add to 35, not 37; a fourth kind (2 letters already settled) was left out.' }),
    sum({ id: 'eligible-kinds', quote: ['là 131 đơn, chiếm 78,0%', 'khiếu nại 29 đơn (22,1%), tố cáo 9 đơn (6,9%), kiến nghị, phản ánh 93 đơn (71,0%)'], parts: ['29', '9', '93'], total: '131' }),
    share({ id: 'complaints-share', quote: ['29 đơn (22,1%)', 'là 131 đơn, chiếm 78,0%'], x: '29', y: '131', stated: '22,1%' }),
    share({ id: 'denunciations-share', quote: ['9 đơn (6,9%)', 'là 131 đơn, chiếm 78,0%'], x: '9', y: '131', stated: '6,9%' }),
    share({ id: 'petitions-share', quote: ['93 đơn (71,0%)', 'là 131 đơn, chiếm 78,0%'], x: '93', y: '131', stated: '71,0%' }),
    sum({ id: 'kind-shares-100', quote: ['(22,1%)', '(6,9%)', '(71,0%)'], parts: ['22,1', '6,9', '71,0'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    share({ id: 'competence-share', quote: ['là 84 đơn, chiếm 50,0% số đơn đủ điều kiện xử lý', 'là 131 đơn, chiếm 78,0%', '168 đơn (kỳ trước'], x: '84', y: '131', stated: '50,0%', mistake: 'planted', original: 'là 84 đơn, chiếm 64,1% số đơn đủ điều kiện xử lý', note: 'Class 3: the share is taken of all 168 letters given earlier (84/168 = 50,0%) instead of the 131 eligible ones it names (64,12%).' }),
    sum({ id: 'competence-kinds', quote: ['là 84 đơn, chiếm', '(khiếu nại 21 đơn, tố cáo 6 đơn, kiến nghị, phản ánh 57 đơn)'], parts: ['21', '6', '57'], total: '84' }),
    sum({ id: 'eligible-by-competence', quote: ['là 131 đơn, chiếm 78,0%', 'là 84 đơn, chiếm', 'đơn không thuộc thẩm quyền 47 đơn'], parts: ['84', '47'], total: '131' }),
    sum({ id: 'outside-handled', quote: ['đơn không thuộc thẩm quyền 47 đơn', 'đã hướng dẫn công dân 19 đơn, chuyển đơn đến cơ quan có thẩm quyền 28 đơn'], parts: ['19', '28'], total: '47' }),
    // III.1
    sum({ id: 'complaints-sources', quote: ['là 21 vụ (kỳ trước chuyển sang 3 vụ, phát sinh mới 18 vụ)'], parts: ['3', '18'], total: '21' }),
    repeat({ id: 'complaints-letters', quote: ['là 21 vụ (kỳ trước', '(khiếu nại 21 đơn, tố cáo'], values: ['21', '21'] }),
    difference({ id: 'complaints-vs-2024', quote: ['giảm 3 vụ so với năm 2024 (24 vụ)', 'là 21 vụ (kỳ trước'], a: '24', b: '21', stated: '3' }),
    ratio({ id: 'complaints-settled', quote: ['Đã giải quyết 19/21 vụ, đạt 90,5% (chỉ tiêu Thanh tra Chính phủ giao từ 85% trở lên)'], x: '19', y: '21', stated: '90,5%', trap: 'the national target in parentheses next to the rate.' }),
    difference({ id: 'complaints-pending', quote: ['còn 2 vụ đang trong thời hạn giải quyết', 'Đã giải quyết 19/21 vụ'], a: '21', b: '19', stated: '2' }),
    sum({ id: 'complaints-results', quote: ['Đã giải quyết 19/21 vụ', 'khiếu nại đúng 2 vụ, khiếu nại đúng một phần 4 vụ, khiếu nại sai 11 vụ, đình chỉ do công dân rút đơn 2 vụ'], parts: ['2', '4', '11', '2'], total: '19' }),
    ratio({ id: 'complaints-on-time', quote: ['17/19 vụ, đạt 89%'], x: '17', y: '19', stated: '89%', note: '89,47% written whole.' }),
    contradiction({ id: 'decisions-x-of-y', quote: ['6/6 quyết định giải quyết khiếu nại'], stated: '6/6', expected: 'all decisions', consistent: true, reason: 'All decisions in force, written X/Y.', trap: 'a count written X/Y.' }),
    // III.2
    sum({ id: 'denunciations-accepted', quote: ['Tiếp nhận 6 đơn tố cáo thuộc thẩm quyền', 'thụ lý giải quyết 5 vụ, 1 đơn không đủ điều kiện thụ lý'], parts: ['5', '1'], total: '6' }),
    repeat({ id: 'denunciations-letters', quote: ['Tiếp nhận 6 đơn tố cáo thuộc thẩm quyền', 'tố cáo 6 đơn, kiến nghị'], values: ['6', '6'] }),
    contradiction({ id: 'denunciations-2024', quote: ['5/5 vụ (năm 2024: 4 vụ)'], stated: '4', expected: 'another year', consistent: true, reason: 'The previous year\'s count in parentheses after X/Y.', trap: 'another year\'s figure in parentheses.' }),
    sum({ id: 'denunciations-results', quote: ['thụ lý giải quyết 5 vụ', 'tố cáo đúng 1 vụ, tố cáo đúng một phần 1 vụ, tố cáo sai 2 vụ'], parts: ['1', '1', '2'], total: '5', mistake: 'planted', original: 'tố cáo sai 3 vụ', note: 'Class 4: the results after "trong đó" add to 4, not the 5 cases settled.' }),
    sum({ id: 'discipline', quote: ['kiến nghị xử lý kỷ luật 2 công chức (khiển trách 1, cảnh cáo 1)'], parts: ['1', '1'], total: '2' }),
    ratio({ id: 'recovered', quote: ['đã thu hồi 21,4 triệu đồng, đạt 79,9%', 'kiến nghị thu hồi 26,8 triệu đồng'], x: '21,4', y: '26,8', stated: '79,9%' }),
    cumulative({ id: 'recovered-cumulative', quote: ['từ năm 2021 đến nay là 165,4 triệu đồng', 'giai đoạn 2021 - 2024 là 138,6 triệu đồng', 'đã thu hồi 21,4 triệu đồng'], previous: '138,6', period: '21,4', stated: '165,4', mistake: 'planted', original: 'từ năm 2021 đến nay là 160,0 triệu đồng', note: 'Class 6: footnote 3\'s 138,6 triệu plus the 21,4 triệu recovered this year is 160,0; 165,4 adds the 26,8 triệu recommended instead.' }),
    contradiction({ id: 'no-reprisal', quote: ['Không có trường hợp người tố cáo bị trù dập, trả thù.'], stated: 'không có', expected: 'a "none" about another subject', consistent: true, reason: 'Reprisals against denouncers, not the denunciations counted.', trap: 'a "none" beside counts of another subject.' }),
    // III.3
    ratio({ id: 'petitions-settled', quote: ['đã giải quyết 53 đơn, đạt 92%', 'Trong 57 đơn kiến nghị, phản ánh thuộc thẩm quyền'], x: '53', y: '57', stated: '92%', mistake: 'planted', original: 'đã giải quyết 53 đơn, đạt 93%', note: 'Class 7: 53/57 = 92,98%, which is 93% written whole; 92% truncates.' }),
    sum({ id: 'petitions-pending', quote: ['Trong 57 đơn kiến nghị, phản ánh thuộc thẩm quyền', 'đã giải quyết 53 đơn', 'còn 4 đơn đang xem xét'], parts: ['53', '4'], total: '57' }),
    contradiction({ id: 'hamlet-name', quote: ['tại thôn Gò Da 2'], stated: '2', expected: 'a name', consistent: true, reason: 'The number in a hamlet\'s name.', trap: 'a number in a name.' }),
    // table
    difference({ id: 't-visits', quote: ['-19', 'Lượt tiếp công dân'], a: '186', b: '205', stated: '-19' }),
    difference({ id: 't-people', quote: ['-17', 'Số người được tiếp', '231'], a: '214', b: '231', stated: '-17' }),
    difference({ id: 't-letters', quote: ['+18', 'Đơn tiếp nhận'], a: '168', b: '150', stated: '18' }),
    repeat({ id: 't-letters-2024', quote: ['Đơn tiếp nhận', 'Ủy ban nhân dân 3 xã cũ tiếp nhận 150 đơn'], values: ['150', '150'], note: 'The table\'s 2024 against footnote 2.' }),
    difference({ id: 't-complaints', quote: ['-3', 'Khiếu nại thuộc thẩm quyền'], a: '21', b: '24', stated: '-3' }),
    repeat({ id: 't-denunciations', quote: ['Tố cáo đã giải quyết', 'thụ lý giải quyết 5 vụ'], values: ['5', '5'], note: 'The table\'s 2025 against the text; the row\'s +1 against 2024 (4) agrees.' }),
    difference({ id: 't-petitions', quote: ['-4', 'Kiến nghị, phản ánh thuộc thẩm quyền', '61'], a: '57', b: '61', stated: '-4' }),
    difference({ id: 't-rate', quote: ['+3,0', '87,5'], a: '90,5', b: '87,5', stated: '3,0', note: 'Percentage points between the two years\' rates.' }),
    contradiction({ id: 't-rate-2024', quote: ['87,5'], stated: '87,5', expected: 'a rate with no counts', consistent: true, reason: '2024\'s rate of complaints settled; its counts are not given.', trap: 'another year\'s rate with no base.' }),
    // IV
    quotient({ id: 'per-meeting', quote: ['bình quân 80 người/hội nghị', 'Tổ chức 14 hội nghị tuyên truyền', 'với 1.120 lượt cán bộ'], x: '1.120', y: '14', stated: '80', trap: 'an average per meeting.' }),
    contradiction({ id: 'decree', quote: ['Nghị định số 130/2020/NĐ-CP'], stated: '130/2020', expected: 'a decree number', consistent: true, reason: 'The number and year of a decree.', trap: 'a number written X/Y in a name.' }),
    ratio({ id: 'declared', quote: ['42/42 người có nghĩa vụ kê khai tài sản, thu nhập đã kê khai, đạt 100%'], x: '42', y: '42', stated: '100%' }),
    share({ id: 'random-check', quote: ['xác minh ngẫu nhiên 4 người, chiếm 9,5% số người phải kê khai', '42/42 người'], x: '4', y: '42', stated: '9,5%' }),
    contradiction({ id: 'no-corruption', quote: ['không phát hiện hành vi tham nhũng', 'tố cáo đúng 1 vụ'], stated: 'không phát hiện hành vi tham nhũng', expected: 'a "none" about another subject', consistent: true, reason: 'The denunciations found true were about delays and a wrong fee, dealt with by discipline, not corruption.', trap: 'a "none" beside denunciations found true.' }),
    // V
    share({ id: 'summary-land-share', quote: ['chiếm 56,5% số lượt tiếp công dân', 'giải phóng mặt bằng 121 lượt;', 'đã tiếp 186 lượt với 214 người'], x: '121', y: '186', stated: '56,5%', mistake: 'planted', original: 'chiếm 65,1% số lượt tiếp công dân', note: 'Class 2: the share is in the summary, its counts in section I; 56,5% is 121 divided by the 214 people; of the 186 visits it names it is 65,05%.' }),
    repeat({ id: 'summary-complaints-rate', quote: ['Tỷ lệ giải quyết khiếu nại thuộc thẩm quyền đạt 90,5%', 'Đã giải quyết 19/21 vụ, đạt 90,5%'], values: ['90,5%', '90,5%'] }),
    repeat({ id: 'summary-money', quote: ['trả lại cho công dân 48,6 triệu đồng', 'với số tiền 48,6 triệu đồng'], values: ['48,6', '48,6'] }),
    repeat({ id: 'summary-land', quote: ['48,6 triệu đồng và 0,32 ha đất', 'triệu đồng và 320 m² đất'], values: ['320 m²', '0,32 ha'], kind: 'unit', mistake: 'planted', original: '48,6 triệu đồng và 0,032 ha đất', note: 'Class 5: 320 m² restated in ha with the decimal point one place off (0,32 ha is 3.200 m²).' }),
    contradiction({ id: 'summary-no-second', quote: ['Không có vụ việc khiếu nại lần hai, khiếu nại vượt cấp', 'Có 1 vụ công dân không đồng ý với quyết định giải quyết lần đầu, tiếp tục khiếu nại lần hai đến Chủ tịch Ủy ban nhân dân tỉnh'], stated: 'Không có vụ việc khiếu nại lần hai', expected: '1 vụ khiếu nại lần hai (section III.1)', consistent: false, reason: 'The summary denies a second complaint that section III.1 reports.', mistake: 'planted', original: 'Chỉ có 1 vụ việc khiếu nại lần hai sau khi xã giải quyết', note: 'Class 8: a "none" statement against a count.' }),
    repeat({ id: 'remaining-complaints', quote: ['Còn 2 vụ khiếu nại và 4 đơn kiến nghị', 'còn 2 vụ đang trong thời hạn'], values: ['2', '2'] }),
    difference({ id: 'late-complaints', quote: ['2 vụ khiếu nại giải quyết quá thời hạn', 'Đã giải quyết 19/21 vụ', '17/19 vụ, đạt'], a: '19', b: '17', stated: '2' }),
    difference({ id: 'not-recovered', quote: ['Số tiền kiến nghị thu hồi còn 5,4 triệu đồng', 'kiến nghị thu hồi 26,8 triệu đồng', 'đã thu hồi 21,4 triệu đồng'], a: '26,8', b: '21,4', stated: '5,4' }),
    // VI
    repeat({ id: 'task-recover', quote: ['Thu hồi 5,4 triệu đồng còn lại', 'thu hồi còn 5,4 triệu đồng'], values: ['5,4', '5,4'] }),
    contradiction({ id: 'task-threshold', quote: ['thuộc thẩm quyền trên 90%'], stated: 'trên 90%', expected: 'a target', consistent: true, reason: 'A threshold as a task.', trap: 'a threshold next to a rate.' }),
  ],
});
