// Written for the corpus (batch G2): UBND thị trấn Hòa Lạc Đông (huyện Yên Hòa, tỉnh Hải Dương; the
// town and its district are invented; dated quarter I 2025, before thị trấn and huyện were abolished),
// quarterly report on the one-stop desk and digital transformation: procedures offered online, files
// received (carried over and new), online and full-online shares against the province's targets, files
// resolved early, on time and late, apology letters, files by field with a table (new / online / % /
// resolved / on time / late / pending / % on time), satisfaction, the service index with its rule and a
// rank, the DTI index with its weighted pillars, community tech teams (overlapping groups), digital
// signatures, electronic identity accounts, digitised civil-status books, online payment of fees (a sum
// in words), complaints. Quarter IV 2024 and the end of 2024 in 2 footnotes; "gấp … lần", "chỉ đạt",
// "còn thiếu … so với chỉ tiêu", "điểm phần trăm", a percentage of a percentage.
import { change, contradiction, cumulative, difference, ratio, repeat, report, share, sum, times } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-thi-tran-hoa-lac-dong-mot-cua-chuyen-doi-so-quy-1-2025.md',
  prefix: 'hld',
  claims: [
    // I.1 General
    sum({ id: 'procedures', quote: ['đang thực hiện 112 thủ tục hành chính thuộc thẩm quyền cấp xã, trong đó 87 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình và 25 thủ tục trực tuyến một phần'], parts: ['87', '25'], total: '112' }),
    sum({ id: 'files-received', quote: ['Tổng số hồ sơ tiếp nhận trong quý là 2.486 hồ sơ', 'gồm 38 hồ sơ tồn kỳ trước chuyển sang', 'và 2.448 hồ sơ tiếp nhận mới'], parts: ['38', '2.448'], total: '2.486', note: 'A footnote mark sits between the two parts.' }),
    sum({ id: 'carried-over-by-field', quote: ['tồn chuyển sang quý I/2025 là 38 hồ sơ (đất đai 26, hộ tịch 5, xây dựng 4, lao động, người có công và xã hội 3)'], parts: ['26', '5', '4', '3'], total: '38', note: 'In footnote 1.' }),
    change({ id: 'new-files-growth', quote: ['tăng 10,5% so với quý IV/2024; trong số', 'Quý IV/2024 tiếp nhận 2.215 hồ sơ mới', '2.448 hồ sơ tiếp nhận mới'], x: '2.448', base: '2.215', stated: '10,5%', direction: 'tăng', note: 'The previous quarter in footnote 1, cited a clause earlier.' }),
    share({ id: 'online-share', quote: ['1.719 hồ sơ nộp trực tuyến, đạt 70,2%', '2.448 hồ sơ tiếp nhận mới'], x: '1.719', y: '2.448', stated: '70,2%' }),
    contradiction({ id: 'online-target', quote: ['(chỉ tiêu của tỉnh năm 2025: tối thiểu 80%)'], stated: 'tối thiểu 80%', expected: 'a target', consistent: true, reason: 'The province\'s target in parentheses right after the rate.', trap: 'a target next to a rate.' }),
    difference({ id: 'online-share-points', quote: ['tăng 3,4 điểm phần trăm so với quý IV/2024 (66,8%)', 'đạt 70,2% (chỉ tiêu'], a: '70,2%', b: '66,8%', stated: '3,4 điểm phần trăm' }),
    repeat({ id: 'online-share-previous', quote: ['tỷ lệ nộp trực tuyến 66,8%', 'so với quý IV/2024 (66,8%)'], values: ['66,8%', '66,8%'], note: 'The previous quarter\'s rate in the text and in footnote 1.' }),
    sum({ id: 'online-by-level', quote: ['Trong 1.719 hồ sơ trực tuyến, có 1.046 hồ sơ trực tuyến toàn trình', '673 hồ sơ trực tuyến một phần'], parts: ['1.046', '673'], total: '1.719' }),
    share({ id: 'full-online-share', quote: ['1.046 hồ sơ trực tuyến toàn trình, chiếm 60,8%', 'Trong 1.719 hồ sơ trực tuyến'], x: '1.046', y: '1.719', stated: '60,8%' }),
    ratio({ id: 'full-online-of-target', quote: ['bằng 86,9% chỉ tiêu tỉnh giao (70%)', 'chiếm 60,8%'], x: '60,8%', y: '70%', stated: '86,9%', note: 'A percentage of a percentage: the share against the province\'s target for it.' }),
    share({ id: 'full-online-of-new', quote: ['bằng 42,7% tổng số hồ sơ tiếp nhận mới', '1.046 hồ sơ trực tuyến toàn trình'], x: '1.046', y: '2.448', stated: '42,7%', note: 'The same 1.046 files as a share of another total.' }),
    share({ id: 'partial-online-share', quote: ['673 hồ sơ trực tuyến một phần, chiếm 38,2%', 'Trong 1.719 hồ sơ trực tuyến'], x: '673', y: '1.719', stated: '38,2%', mistake: 'planted', original: '673 hồ sơ trực tuyến một phần, chiếm 39,2%', note: 'Class 3: 673/1.719 = 39,15% → 39,2%; with 60,8% the two shares of one total add to 99,0%.' }),
    sum({ id: 'resolved-by-timeliness', quote: ['đã giải quyết 2.412 hồ sơ, trong đó trước hạn 1.986 hồ sơ, đúng hạn 401 hồ sơ, quá hạn 25 hồ sơ'], parts: ['1.986', '401', '25'], total: '2.412' }),
    share({ id: 'on-time-rate', quote: ['tỷ lệ giải quyết trước và đúng hạn đạt 98,96%', 'trước hạn 1.986 hồ sơ, đúng hạn 401 hồ sơ'], x: '1.986 + 401', y: '2.412', stated: '98,96%' }),
    sum({ id: 'pending', quote: ['Đang giải quyết 74 hồ sơ (trong hạn 71, quá hạn 3)'], parts: ['71', '3'], total: '74' }),
    sum({ id: 'resolved-and-pending', quote: ['Tổng số hồ sơ tiếp nhận trong quý là 2.486 hồ sơ', 'đã giải quyết 2.412 hồ sơ', 'Đang giải quyết 74 hồ sơ'], parts: ['2.412', '74'], total: '2.486' }),
    sum({ id: 'apology-letters', quote: ['Đối với 28 hồ sơ quá hạn (25 hồ sơ đã giải quyết và 3 hồ sơ đang giải quyết)'], parts: ['25', '3'], total: '28' }),
    // I.2 By field
    share({ id: 'certification-share', quote: ['1.136 hồ sơ, chiếm 46,4% tổng số hồ sơ tiếp nhận mới'], x: '1.136', y: '2.448', stated: '46,4%' }),
    ratio({ id: 'certification-online', quote: ['tỷ lệ nộp trực tuyến chỉ đạt 56,3%'], x: '640', y: '1.136', stated: '56,3%', note: '"chỉ đạt"; the online count is only in the table.' }),
    contradiction({ id: 'certification-fee', quote: ['(lệ phí chứng thực bản sao 2.000 đồng/trang)'], stated: '2.000 đồng/trang', expected: 'a fee per page', consistent: true, reason: 'A per-item fee, not a count or a part of the fees collected.', trap: 'a per-item amount.' }),
    ratio({ id: 'civil-status-online', quote: ['tỷ lệ nộp trực tuyến đạt 89%, gồm', '89,9'], x: '604', y: '672', stated: '89%', mistake: 'planted', original: 'tỷ lệ nộp trực tuyến đạt 90%, gồm', note: 'Class 7: 604/672 = 89,88%, which is 90% written whole; 89% truncates. Biểu 01 has 89,9.' }),
    sum({ id: 'civil-status-by-kind', quote: ['Lĩnh vực hộ tịch tiếp nhận 672 hồ sơ', 'gồm 214 hồ sơ đăng ký khai sinh, 57 hồ sơ đăng ký kết hôn, 38 hồ sơ đăng ký khai tử và 363 hồ sơ trích lục'], parts: ['214', '57', '38', '363'], total: '672', note: 'Parts after "gồm", behind the online rate.' }),
    contradiction({ id: 'same-number-214', quote: ['gồm 214 hồ sơ đăng ký khai sinh', 'Lĩnh vực đất đai tiếp nhận 214 hồ sơ mới'], stated: '214; 214', expected: 'two indicators', consistent: true, reason: 'Birth registrations and new land files are both 214.', trap: 'the same number for two indicators.' }),
    share({ id: 'land-late-share', quote: ['quá hạn 20 hồ sơ, chiếm 10,6% số đã giải quyết', 'đã giải quyết 189 hồ sơ'], x: '20', y: '189', stated: '10,6%' }),
    ratio({ id: 'land-on-time', quote: ['tỷ lệ đúng hạn chỉ đạt 89,4%'], x: '169', y: '189', stated: '89,4%', note: 'The on-time count is only in the table.' }),
    repeat({ id: 'labour-text-table', quote: ['Lĩnh vực lao động, người có công và xã hội tiếp nhận 261 hồ sơ', '216'], values: ['216', '261'], mistake: 'planted', original: 'Lĩnh vực lao động, người có công và xã hội tiếp nhận 216 hồ sơ', note: 'Class 5: the text against the table row, digits swapped.' }),
    // Table
    sum({ id: 't-new-column', quote: ['2.448 hồ sơ tiếp nhận mới'], parts: ['1.136', '672', '214', '216', '61', '27', '122'], total: '2.448', note: 'Biểu 01, new files column, against the text (and its own total row).' }),
    sum({ id: 't-online-column', quote: ['1.719 hồ sơ nộp trực tuyến'], parts: ['640', '604', '96', '188', '49', '22', '120'], total: '1.719' }),
    sum({ id: 't-resolved-column', quote: ['đã giải quyết 2.412 hồ sơ', '1.163'], parts: ['1.163', '664', '189', '214', '60', '27', '122'], total: '2.412', mistake: 'planted', original: '1.136', note: 'Class 4 in a table: the certification row\'s "Đã giải quyết" cell has swapped digits; the column adds to 2.439, and the row\'s on-time 1.136 plus late 0 no longer gives it.' }),
    sum({ id: 't-on-time-column', quote: ['2.387'], parts: ['1.136', '661', '169', '212', '60', '27', '122'], total: '2.387' }),
    sum({ id: 't-on-time-total-text', quote: ['2.387', 'trước hạn 1.986 hồ sơ, đúng hạn 401 hồ sơ'], parts: ['1.986', '401'], total: '2.387', note: 'The table\'s on-time total against the text\'s early and on-time files.' }),
    sum({ id: 't-pending-column', quote: ['Đang giải quyết 74 hồ sơ'], parts: ['0', '13', '51', '5', '5', '0', '0'], total: '74' }),
    ratio({ id: 't-civil-status-on-time', quote: ['99,5'], x: '661', y: '664', stated: '99,5' }),
    ratio({ id: 't-labour-on-time', quote: ['99,1'], x: '212', y: '214', stated: '99,1' }),
    ratio({ id: 't-land-online', quote: ['44,9'], x: '96', y: '214', stated: '44,9' }),
    ratio({ id: 't-labour-online', quote: ['87,0'], x: '188', y: '216', stated: '87,0' }),
    ratio({ id: 't-construction-online', quote: ['80,3'], x: '49', y: '61', stated: '80,3' }),
    ratio({ id: 't-culture-online', quote: ['81,5'], x: '22', y: '27', stated: '81,5' }),
    ratio({ id: 't-other-online', quote: ['98,4'], x: '120', y: '122', stated: '98,4' }),
    repeat({ id: 't-on-time-total', quote: ['99,0', 'tỷ lệ giải quyết trước và đúng hạn đạt 98,96%'], values: ['98,96%', '99,0'], note: 'The table rounds the text\'s rate to one decimal.' }),
    // I.3 Satisfaction, index
    ratio({ id: 'satisfaction', quote: ['Có 2.296/2.412 hồ sơ được tổ chức, công dân đánh giá "rất hài lòng" và "hài lòng", đạt 95,2%'], x: '2.296', y: '2.412', stated: '95,2%' }),
    contradiction({ id: 'service-index', quote: ['đạt 92,5/100 điểm, xếp loại Tốt (từ 90 điểm trở lên xếp loại Tốt), xếp thứ 4/19 xã, thị trấn của huyện'], stated: '92,5/100; từ 90 điểm; 4/19', expected: 'a score with its maximum, the rule for its grade, a rank', consistent: true, reason: 'Neither X/Y is a ratio of counts.', trap: 'a score written X/max, a grading rule and a rank.' }),
    // II.1 DTI
    change({ id: 'dti-growth', quote: ['tăng 13,8% so với năm 2023 (0,538 điểm)', 'đạt 0,612 điểm'], x: '0,612', base: '0,538', stated: '13,8%', direction: 'tăng' }),
    contradiction({ id: 'dti-weighted', quote: ['chính quyền số đạt 0,655 điểm (trọng số 0,4), kinh tế số đạt 0,541 điểm (trọng số 0,3) và xã hội số đạt 0,626 điểm (trọng số 0,3)'], stated: '0,612', expected: '0,4 × 0,655 + 0,3 × 0,541 + 0,3 × 0,626 = 0,6121 → 0,612', consistent: true, reason: 'A weighted index: the plain mean of the pillars is 0,607 and their sum 1,822; the weights give 0,612.', trap: 'a weighted index with its components (not a sum, not a plain mean).' }),
    contradiction({ id: 'dti-rank', quote: ['xếp thứ 3/19 xã, thị trấn. Chỉ số'], stated: '3/19', expected: 'a rank', consistent: true, reason: 'A rank written X/Y.', trap: 'a rank written X/Y.' }),
    // II.2 Platforms and data
    contradiction({ id: 'tech-teams-overlapping', quote: ['(trong đó 46 đoàn viên thanh niên, 38 thành viên nữ, 9 tổ trưởng là trưởng khu dân cư)'], stated: '46 + 38 + 9 = 93', expected: 'more than 84: overlapping groups', consistent: true, reason: 'A member can be a youth union member, a woman and a team leader.', trap: 'overlapping groups after "trong đó" that add to more than their total.' }),
    ratio({ id: 'signed-documents', quote: ['1.284/1.293 văn bản đi được ký số, đạt 99,3%'], x: '1.284', y: '1.293', stated: '99,3%' }),
    cumulative({ id: 'eid-cumulative', quote: ['nâng tổng số lên 11.954 tài khoản', 'trong quý kích hoạt thêm 1.382 tài khoản', 'trên địa bàn có 10.672 tài khoản định danh điện tử mức 2'], previous: '10.672', period: '1.382', stated: '11.954', mistake: 'planted', original: 'trong quý kích hoạt thêm 1.282 tài khoản', note: 'Class 6: the end of 2024 in footnote 2 plus the quarter gives 12.054, not 11.954.' }),
    ratio({ id: 'eid-target', quote: ['đạt 84,2% chỉ tiêu, còn thiếu', 'chỉ tiêu năm 2025 là 14.200 tài khoản', 'nâng tổng số lên 11.954 tài khoản'], x: '11.954', y: '14.200', stated: '84,2%', note: 'The footnote mark sits between the figure and its percent.' }),
    difference({ id: 'eid-shortfall', quote: ['còn thiếu 2.246 tài khoản so với chỉ tiêu', 'chỉ tiêu năm 2025 là 14.200 tài khoản'], a: '14.200', b: '11.954', stated: '2.246' }),
    ratio({ id: 'eid-end-2024', quote: ['bằng 75,2% chỉ tiêu năm 2025', 'trên địa bàn có 10.672 tài khoản'], x: '10.672', y: '14.200', stated: '75,2%', note: 'In the footnote, against this year\'s target given in the body.' }),
    sum({ id: 'digitised-pages', quote: ['tổng cộng 5.816 trang', 'số hóa 3.912 trang sổ đăng ký khai sinh, 1.264 trang sổ đăng ký kết hôn và 640 trang sổ đăng ký khai tử'], parts: ['3.912', '1.264', '640'], total: '5.816' }),
    ratio({ id: 'digitised-target', quote: ['Kết quả số hóa đạt 42,6% chỉ tiêu năm', 'tổng cộng 5.816 trang', 'chỉ tiêu số hóa 12.600 trang'], x: '5.816', y: '12.600', stated: '42,6%', mistake: 'planted', original: 'Kết quả số hóa đạt 46,2% chỉ tiêu năm', note: 'Class 2: the percent in its own sentence, the target two sentences back; 5.816/12.600 = 46,16% → 46,2%.' }),
    // II.3 Payments
    ratio({ id: 'online-payment', quote: ['486 hồ sơ được thanh toán trực tuyến, đạt 75,4%', 'Trong quý có 652 hồ sơ thuộc diện phải nộp phí, lệ phí'], x: '486', y: '652', stated: '75,4%', mistake: 'planted', original: '486 hồ sơ được thanh toán trực tuyến, đạt 74,5%', note: 'Class 1: the base in the clause before ("Trong quý có 652 hồ sơ …, trong đó"); 486/652 = 74,54% → 74,5%, digits swapped.' }),
    share({ id: 'online-fees-share', quote: ['38,62 triệu đồng, chiếm 61,4%', 'Tổng số phí, lệ phí thu được 62.890.000 đồng'], x: '38,62 triệu đồng', y: '62.890.000 đồng', stated: '61,4%', note: 'A share of a total in đồng given in triệu.' }),
    contradiction({ id: 'fees-in-words', quote: ['(Sáu mươi hai triệu, tám trăm chín mươi nghìn đồng)'], stated: 'Sáu mươi hai triệu, tám trăm chín mươi nghìn đồng', expected: '62.890.000 đồng', consistent: true, reason: 'The sum in words agrees with the figure.', trap: 'a figure also written in words.' }),
    times({ id: 'cashless-multiple', quote: ['gấp 2,4 lần cùng kỳ (186 hồ sơ)', '486 hồ sơ được thanh toán trực tuyến'], x: '486', y: '186', stated: '2,4 lần', mistake: 'planted', original: 'gấp 2,6 lần cùng kỳ (186 hồ sơ)', note: 'Class 1: "gấp … lần" with the base in parentheses; the quarter\'s 486 files paid online, two sentences back, against 186 give 2,61.' }),
    contradiction({ id: 'complaints', quote: ['Trong quý, không có phản ánh, kiến nghị của tổ chức, cá nhân về quy định hành chính và việc giải quyết thủ tục hành chính', 'thị trấn tiếp nhận 02 phản ánh của công dân về việc chậm trả kết quả hồ sơ đất đai'], stated: '02 phản ánh', expected: '0 (section I.3 says no complaint about the handling of procedures arose in the quarter)', consistent: false, reason: 'Two complaints about late land results came in through the national portal in the same quarter.', mistake: 'planted', original: 'Trong quý, tiếp nhận 02 phản ánh, kiến nghị của công dân qua Cổng dịch vụ công quốc gia về việc giải quyết thủ tục hành chính, đã xử lý 02/02 phản ánh', note: 'Class 8: a count against a "none" statement.' }),
    // III. Summary
    repeat({ id: 'on-time-summary', quote: ['tỷ lệ giải quyết hồ sơ trước và đúng hạn đạt 98,69%', 'tỷ lệ giải quyết trước và đúng hạn đạt 98,96%'], values: ['98,96%', '98,69%'], mistake: 'planted', original: 'tỷ lệ giải quyết hồ sơ trước và đúng hạn đạt 98,96%', note: 'Class 5: the summary against the body, digits swapped.' }),
    repeat({ id: 'online-summary', quote: ['tỷ lệ hồ sơ nộp trực tuyến đạt 70,2%, cao hơn quý trước', '1.719 hồ sơ nộp trực tuyến, đạt 70,2%'], values: ['70,2%', '70,2%'] }),
    repeat({ id: 'land-late-summary', quote: ['lĩnh vực đất đai còn 20 hồ sơ giải quyết quá hạn', 'trong đó quá hạn 20 hồ sơ'], values: ['20', '20'] }),
    // IV. Tasks
    repeat({ id: 'eid-task', quote: ['kích hoạt thêm 2.246 tài khoản định danh điện tử mức 2 để hoàn thành chỉ tiêu năm', 'còn thiếu 2.246 tài khoản'], values: ['2.246', '2.246'] }),
    difference({ id: 'digitised-remaining', quote: ['số hóa 6.784 trang sổ hộ tịch còn lại', 'chỉ tiêu số hóa 12.600 trang', 'tổng cộng 5.816 trang'], a: '12.600', b: '5.816', stated: '6.784' }),
    contradiction({ id: 'targets-quarter-2', quote: ['đạt trên 75%, không để phát sinh hồ sơ quá hạn', 'tỷ lệ thanh toán trực tuyến đạt trên 80%'], stated: 'trên 75%; trên 80%', expected: 'targets', consistent: true, reason: 'Aims for quarter II.', trap: 'targets.' }),
  ],
});
