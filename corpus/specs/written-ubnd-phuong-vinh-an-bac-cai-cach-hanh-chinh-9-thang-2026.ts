// Written for the corpus, blind: Ủy ban nhân dân phường Vĩnh An Bắc (tỉnh An Giang after the 2025 merger; the ward,
// its 11 khu phố and its address are invented) to the provincial UBND and the Sở Nội vụ, the report on administrative
// reform (cải cách hành chính) in the first nine months of 2026 (15/12/2025 - 14/9/2026) with the tasks of quarter IV;
// quarter III (15/6 - 14/9/2026) and the six months' lũy kế of an earlier report in a footnote. Part I: the year's
// plan of 42 tasks, done X/Y with the on-schedule share of the done ones, the late ones and the ones left after a
// colon; documents issued by kind; tuyên truyền, 11 community digital teams with 9/11 effective as a whole percent.
// Part II: legal documents after "trong đó" (a full breakdown), self-checked 7/7 (100%) beside a "none"; the ward's
// 286 administrative procedures by field (a list of seven), 286/286 made public (100%) at the centre's address, the
// fully online ones as a share of a total in the paragraph before. Records: the nine months' total = carried from
// 2025 (footnote 1, with a "trong đó" land subset) + new, records per working day, online and paper counts with
// shares, online share in points against cùng kỳ, the shares by channel (implicit 100%), settled early / on time /
// late after "trong đó", the on-time rate over a sum of two parts, in points against cùng kỳ, the late share,
// returned and pending as the remainder of the total, pending after "gồm", "none" statements (late records in hộ
// tịch and chứng thực, against the table's zeros; lost records); quarter III + the six months of footnote 2 = the
// nine months (new, online, settled, late); land records in the text against the table. A table of seven fields
// (received, settled, early-and-on-time, late, rate; totals row). Online payment X of Y above a minimum; digitisation
// of records and of results X/Y above a minimum; feedback by channel, handled 16/17, one pending beside a "none" of
// overdue ones, a "none" of harassment; the satisfaction survey (forms returned, 377/400 at exactly 94,25, SIPAS in
// percent and as points out of 5, change in points). Structure (three offices, a decision's number); staff by kind,
// vacancies, qualification counts and shares, political theory with a whole percent, trained of the staff in the
// paragraph before, cost per participant; the CCHC budget in tỷ after "gồm" in triệu, its use and remainder;
// digital signatures after "gồm", 41/41 (100%), signed documents X/Y. The PAR index table: eight weighted components
// with maximum points (adding to 100) and achieved points (adding to 88,84), each row's rate (two at exactly ,5),
// the total's rate, the change in points against 2025 and a rank 23/102. A summary restating figures (one in tỷ),
// weaknesses restating the table and the counts, and quarter IV's tasks with remainders and targets.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the budget's use 846 triệu of a 1,25 tỷ estimate
// written 76,7% (67,68% → 67,7%, digits swapped); the 37 trained of the 41 staff of the paragraph before written
// 92,7% (90,24% → 90,2%; 92,7% is 38/41). Class 2: the summary's quarter III online share 75,8% against the
// quarter's 2.682 of 3.415 in II.2b (78,54% → 78,5%). Class 3: the shares by channel 76,3 + 21,4 + 3,3 = 101,0%
// (trực tiếp 20,4% written 21,4%). Class 4: the procedures by field add to 277, not 286 (giáo dục, y tế 21 written
// 12). Class 5 ×2: land records received 1.365 in the text against 1.356 in the table; the summary's settled records
// 9.385 against 9.358. Class 6: footnote 2's six months settled 5.826 + quarter III's 3.496 = 9.322, not the 9.358 of
// the nine months (5.862 written 5.826). Class 7: 9/11 effective teams written 81% (81,82% → 82%, truncated).
// Class 8: "không có trường hợp cán bộ, công chức bị phản ánh ... gây phiền hà" against "01 trường hợp công chức bộ
// phận một cửa bị người dân phản ánh gây phiền hà" in the weaknesses. Traps (41): documents' numbers and dates (a
// letter, a plan, a decree, a decision, a term's years), the period's dates, Đề án 06, a numbered khu phố and an
// address; the on-schedule share of the done tasks (not of the plan); remainders (tasks left, pending records as
// total − settled − returned, the budget left in triệu against tỷ, staff not yet trained, points to the target);
// "100%" of 7/7 and 286/286; "none" statements with nothing against them (unlawful documents, lost records), one the
// table confirms (no late records in hộ tịch, chứng thực) and one beside a count of another kind (feedback in time);
// a "trong đó" land subset in footnote 1; records per working day and cost per participant; percentage-point changes
// (online share, on-time rate, SIPAS) and a change in index points; minimums beside rates (payment 50%, digitisation
// 90%); 377/400 at exactly 94,25% and two index rows at exactly ,5 (90,625; 84,375); SIPAS as 4,36/5 points; a whole
// percent rightly rounded (23/41 = 56%); budget parts in triệu of a total in tỷ and the summary's 0,85 tỷ for 846
// triệu; the PAR table's weights adding to 100 and its achieved points adding to 88,84, with the total's rate that is
// not the sum of the rate column; a rank 23/102; quarter IV's targets.
import { atLeast, contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

const T1 = '| Tổng cộng | 9.736 | 9.358 | 9.243 | 115 | 98,8 |';
const T2 = '| Tổng cộng | 100 | 88,84 | 88,84 |';

export default report({
  doc: 'written-ubnd-phuong-vinh-an-bac-cai-cach-hanh-chinh-9-thang-2026.md',
  prefix: 'vab',
  claims: [
    // Heading, basis
    contradiction({ id: 'documents', quote: ['Công văn số 1427/SNV-CCHC ngày 03/9/2026', 'Kế hoạch số 12/KH-UBND ngày 08/01/2026'], stated: '1427', expected: 'documents', consistent: true, reason: 'A letter\'s and a plan\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    contradiction({ id: 'period-dates', quote: ['từ ngày 15/12/2025 đến ngày 14/9/2026; số liệu quý III tính từ ngày 15/6/2026 đến ngày 14/9/2026'], stated: '15/12/2025', expected: 'dates', consistent: true, reason: 'The reporting periods\' dates.', trap: 'dates written like X/Y.' }),
    // I.1 plan
    ratio({ id: 'tasks-done', quote: ['đã có 31/42 nhiệm vụ hoàn thành (73,8%)'], x: '31', y: '42', stated: '73,8%' }),
    sum({ id: 'tasks-done-parts', quote: ['đã có 31/42 nhiệm vụ hoàn thành', '28 nhiệm vụ bảo đảm đúng tiến độ', '3 nhiệm vụ hoàn thành chậm'], parts: ['28', '3'], total: '31' }),
    share({ id: 'tasks-on-schedule', quote: ['(chiếm 90,3% số nhiệm vụ đã hoàn thành)', '28 nhiệm vụ bảo đảm đúng tiến độ', 'đã có 31/42 nhiệm vụ'], x: '28', y: '31', stated: '90,3%', trap: 'a share of the 31 done, not of the 42 planned (66,7%).' }),
    difference({ id: 'tasks-left', quote: ['Chưa hoàn thành 11 nhiệm vụ', 'đã có 31/42 nhiệm vụ'], a: '42', b: '31', stated: '11', trap: 'a remainder of the plan.' }),
    sum({ id: 'tasks-left-parts', quote: ['Chưa hoàn thành 11 nhiệm vụ: 9 nhiệm vụ đang thực hiện và chưa đến hạn, 2 nhiệm vụ đã quá thời hạn'], parts: ['9', '2'], total: '11', note: 'parts after a colon.' }),
    // I.2 documents, propaganda
    sum({ id: 'documents-kinds', quote: ['đã ban hành 26 văn bản', '4 kế hoạch, 3 quyết định, 12 công văn, 5 thông báo kết luận của Chủ tịch Ủy ban nhân dân phường và 2 báo cáo chuyên đề'], parts: ['4', '3', '12', '5', '2'], total: '26' }),
    repeat({ id: 'offices', quote: ['tại 3 phòng chuyên môn và Trung tâm', 'và đơn vị: 3 phòng (Văn phòng'], values: ['3', '3'] }),
    contradiction({ id: 'de-an-06', quote: ['thanh toán không dùng tiền mặt và Đề án 06'], stated: '06', expected: 'a name', consistent: true, reason: 'The number of a national project (Đề án 06).', trap: 'a number in a project\'s name.' }),
    ratio({ id: 'teams-effective', quote: ['có 9/11 tổ hoạt động hiệu quả (81%)'], x: '9', y: '11', stated: '81%', mistake: 'planted', original: 'có 9/11 tổ hoạt động hiệu quả (82%)', note: 'Class 7: 9/11 = 81,82%, which is 82% written whole; 81% truncates.' }),
    contradiction({ id: 'place-names', quote: ['khu phố Vĩnh Phước 2, khu phố Bình Thạnh và khu phố Tân Lập'], stated: '2', expected: 'a place name', consistent: true, reason: 'A numbered khu phố\'s name.', trap: 'a number in a place name.' }),
    // II.1 legal documents
    sum({ id: 'legal-docs', quote: ['ban hành 7 văn bản quy phạm pháp luật, trong đó Hội đồng nhân dân phường 4 nghị quyết, Ủy ban nhân dân phường 3 quyết định'], parts: ['4', '3'], total: '7', note: 'a "trong đó" that is a full breakdown.' }),
    ratio({ id: 'legal-self-check', quote: ['7/7 văn bản sau ban hành (100%)'], x: '7', y: '7', stated: '100%', trap: '"100%" of X/X.' }),
    contradiction({ id: 'no-illegal', quote: ['chưa phát hiện văn bản nào trái pháp luật'], stated: 'chưa phát hiện', expected: 'none', consistent: true, reason: 'Nothing in the report names an unlawful document.', trap: 'a "none" with nothing against it.' }),
    // II.2a procedures
    sum({ id: 'procedures', quote: ['có 286 thủ tục. Chia theo', 'tư pháp - hộ tịch, chứng thực có 64 thủ tục; đất đai, tài nguyên và môi trường 38 thủ tục; xây dựng, giao thông 27 thủ tục; lao động, người có công và xã hội 59 thủ tục; giáo dục, y tế 12 thủ tục; kinh tế, tài chính, kế hoạch 46 thủ tục; các lĩnh vực còn lại 31 thủ tục'], parts: ['64', '38', '27', '59', '12', '46', '31'], total: '286', mistake: 'planted', original: 'giáo dục, y tế 21 thủ tục', note: 'Class 4: the seven fields add to 277 against 286; giáo dục, y tế\'s 21 is written 12.' }),
    ratio({ id: 'procedures-public', quote: ['Toàn bộ 286/286 thủ tục (100%)'], x: '286', y: '286', stated: '100%', trap: '"100%" of X/X.' }),
    repeat({ id: 'procedures-again', quote: ['Toàn bộ 286/286 thủ tục', 'có 286 thủ tục. Chia'], values: ['286', '286'] }),
    contradiction({ id: 'address', quote: ['(số 215 đường Tôn Đức Thắng, khu phố Vĩnh Lợi)'], stated: '215', expected: 'an address', consistent: true, reason: 'A house number.', trap: 'a number in an address.' }),
    share({ id: 'fully-online', quote: ['tương đương 74,8% tổng số thủ tục', 'Có 214 thủ tục được cung cấp', 'có 286 thủ tục. Chia'], x: '214', y: '286', stated: '74,8%', note: 'The total of procedures is in the paragraph before.' }),
    // II.2b records
    contradiction({ id: 'decree', quote: ['Nghị định số 118/2025/NĐ-CP ngày 09/6/2025'], stated: '118/2025', expected: 'a decree', consistent: true, reason: 'A decree\'s number and date.', trap: 'numbers in a decree\'s name.' }),
    sum({ id: 'records-total', quote: ['tổng cộng 9.736 hồ sơ phải giải quyết', 'bao gồm 412 hồ sơ năm 2025 chuyển sang', 'và 9.324 hồ sơ tiếp nhận mới'], parts: ['412', '9.324'], total: '9.736' }),
    repeat({ id: 'carried', quote: ['chuyển sang năm 2026 là 412 hồ sơ', 'bao gồm 412 hồ sơ năm 2025 chuyển sang'], values: ['412', '412'], note: 'the text against footnote 1.' }),
    atLeast({ id: 'carried-land', quote: ['trong đó lĩnh vực đất đai 287 hồ sơ', 'chuyển sang năm 2026 là 412 hồ sơ'], big: '412', small: '287', trap: 'a "trong đó" subset, not a breakdown.' }),
    quotient({ id: 'per-day', quote: ['khoảng 51 hồ sơ (183 ngày làm việc)', 'và 9.324 hồ sơ tiếp nhận mới'], x: '9.324', y: '183', stated: '51', trap: 'records per working day (50,95 written whole), not a percent.' }),
    share({ id: 'online', quote: ['bằng 76,3% số hồ sơ tiếp nhận mới', 'số hồ sơ nộp trực tuyến là 7.118 hồ sơ', 'và 9.324 hồ sơ tiếp nhận mới'], x: '7.118', y: '9.324', stated: '76,3%' }),
    difference({ id: 'online-pp', quote: ['cao hơn 9,8 điểm phần trăm so với cùng kỳ năm 2025 (66,5%)', 'bằng 76,3% số hồ sơ'], a: '76,3', b: '66,5', stated: '9,8', trap: 'a change in percentage points, not a relative one (14,7%).' }),
    share({ id: 'paper', quote: ['hồ sơ nộp bằng bản giấy 2.206 hồ sơ (23,7%)', 'và 9.324 hồ sơ tiếp nhận mới'], x: '2.206', y: '9.324', stated: '23,7%' }),
    sum({ id: 'online-paper', quote: ['và 9.324 hồ sơ tiếp nhận mới', 'số hồ sơ nộp trực tuyến là 7.118 hồ sơ', 'hồ sơ nộp bằng bản giấy 2.206 hồ sơ'], parts: ['7.118', '2.206'], total: '9.324' }),
    sum({ id: 'online-paper-shares', quote: ['bằng 76,3% số hồ sơ tiếp nhận mới', 'hồ sơ nộp bằng bản giấy 2.206 hồ sơ (23,7%)'], parts: ['76,3%', '23,7%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    sum({ id: 'channels', quote: ['trực tuyến 76,3%, trực tiếp tại Trung tâm 21,4%, qua dịch vụ bưu chính công ích 3,3%'], parts: ['76,3%', '21,4%', '3,3%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'trực tiếp tại Trung tâm 20,4%', note: 'Class 3: the three channels\' shares add to 101,0%; trực tiếp\'s 20,4% (20,4 + 3,3 = the 23,7% on paper) is written 21,4%.' }),
    repeat({ id: 'channels-online', quote: ['tỷ trọng lần lượt là: trực tuyến 76,3%', 'bằng 76,3% số hồ sơ'], values: ['76,3%', '76,3%'] }),
    sum({ id: 'settled', quote: ['đã giải quyết xong 9.358 hồ sơ', 'trong đó trả kết quả trước hạn 3.842 hồ sơ, đúng hạn 5.401 hồ sơ, trễ hạn 115 hồ sơ'], parts: ['3.842', '5.401', '115'], total: '9.358', note: 'a "trong đó" that is a full breakdown.' }),
    ratio({ id: 'on-time', quote: ['tỷ lệ giải quyết trước hạn và đúng hạn đạt 98,8%', 'trước hạn 3.842 hồ sơ, đúng hạn 5.401 hồ sơ', 'đã giải quyết xong 9.358 hồ sơ'], x: '3.842 + 5.401', y: '9.358', stated: '98,8%', note: 'the rate of two parts together.' }),
    difference({ id: 'on-time-pp', quote: ['tăng 0,9 điểm phần trăm so với cùng kỳ năm 2025 (97,9%)', 'Như vậy tỷ lệ giải quyết trước hạn và đúng hạn đạt 98,8%'], a: '98,8', b: '97,9', stated: '0,9', trap: 'a change in percentage points.' }),
    share({ id: 'late-share', quote: ['hồ sơ trễ hạn chiếm 1,2%', 'trễ hạn 115 hồ sơ. Như vậy', 'đã giải quyết xong 9.358 hồ sơ'], x: '115', y: '9.358', stated: '1,2%' }),
    sum({ id: 'remainder', quote: ['tổng cộng 9.736 hồ sơ phải giải quyết', 'hiện còn 332 hồ sơ đang giải quyết', 'đã giải quyết xong 9.358 hồ sơ', 'đã trả lại 46 hồ sơ'], parts: ['9.358', '46', '332'], total: '9.736', trap: 'pending records as the remainder: settled + returned + pending = the total to settle.' }),
    sum({ id: 'pending-parts', quote: ['còn 332 hồ sơ đang giải quyết, gồm 319 hồ sơ còn trong hạn và 13 hồ sơ đã quá hạn'], parts: ['319', '13'], total: '332' }),
    contradiction({ id: 'no-late-civil', quote: ['Lĩnh vực hộ tịch và chứng thực không có hồ sơ trễ hạn', '| Hộ tịch | 2.684 | 2.671 | 2.671 | 0 | 100,0 |', '| Chứng thực | 3.912 | 3.912 | 3.912 | 0 | 100,0 |'], stated: 'không có hồ sơ trễ hạn', expected: 'none', consistent: true, reason: 'The table gives 0 late records for both fields.', trap: 'a "none" that the table confirms.' }),
    contradiction({ id: 'no-lost', quote: ['không để xảy ra tình trạng mất, thất lạc hồ sơ'], stated: 'không để xảy ra', expected: 'none', consistent: true, reason: 'Nothing in the report counts lost records.', trap: 'a "none" with nothing against it.' }),
    // quarter III and the six months
    cumulative({ id: 'new-9m', quote: ['và 9.324 hồ sơ tiếp nhận mới', 'tiếp nhận mới 5.909 hồ sơ', 'phường tiếp nhận mới 3.415 hồ sơ'], previous: '5.909', period: '3.415', stated: '9.324', note: 'The six months are only in footnote 2.' }),
    cumulative({ id: 'online-9m', quote: ['số hồ sơ nộp trực tuyến là 7.118 hồ sơ', '(trực tuyến 4.436 hồ sơ)', 'trong đó 2.682 hồ sơ nộp trực tuyến'], previous: '4.436', period: '2.682', stated: '7.118' }),
    cumulative({ id: 'settled-9m', quote: ['đã giải quyết xong 9.358 hồ sơ', 'giải quyết 5.826 hồ sơ', 'đã giải quyết 3.496 hồ sơ'], previous: '5.826', period: '3.496', stated: '9.358', mistake: 'planted', original: 'giải quyết 5.862 hồ sơ', note: 'Class 6: footnote 2\'s six months (5.826) plus quarter III\'s 3.496 is 9.322, not the nine months\' 9.358 (which the table and the rates carry); the footnote\'s 5.862 is written 5.826.' }),
    cumulative({ id: 'late-9m', quote: ['trễ hạn 115 hồ sơ. Như vậy', 'trong đó trễ hạn 71 hồ sơ', 'trễ hạn 44 hồ sơ. Số liệu'], previous: '71', period: '44', stated: '115' }),
    atLeast({ id: 'q3-online-subset', quote: ['trong đó 2.682 hồ sơ nộp trực tuyến', 'phường tiếp nhận mới 3.415 hồ sơ'], big: '3.415', small: '2.682', note: 'a "trong đó" subset.' }),
    repeat({ id: 'land-text-table', quote: ['9 tháng tiếp nhận 1.365 hồ sơ', '| Đất đai | 1.356 |'], values: ['1.356', '1.365'], mistake: 'planted', original: '9 tháng tiếp nhận 1.356 hồ sơ', note: 'Class 5: land records received in the text (1.365) against the table row (1.356), digits swapped; the table\'s column adds with 1.356.' }),
    // the table of fields
    sum({ id: 't-received', quote: [T1, '| Hộ tịch | 2.684 |', '| Chứng thực | 3.912 |', '| Đất đai | 1.356 |', '| Xây dựng | 318 |', '| Lao động, người có công và xã hội | 742 |', '| Đăng ký hộ kinh doanh | 436 |', '| Lĩnh vực khác | 288 |'], parts: ['2.684', '3.912', '1.356', '318', '742', '436', '288'], total: '9.736' }),
    sum({ id: 't-settled', quote: [T1], parts: ['2.671', '3.912', '1.102', '276', '720', '421', '256'], total: '9.358' }),
    sum({ id: 't-on-time', quote: [T1], parts: ['2.671', '3.912', '1.021', '259', '713', '415', '252'], total: '9.243' }),
    sum({ id: 't-late', quote: [T1], parts: ['0', '0', '81', '17', '7', '6', '4'], total: '115' }),
    sum({ id: 't-total-row', quote: [T1], parts: ['9.243', '115'], total: '9.358', note: 'on time + late = settled in the totals row.' }),
    ratio({ id: 't-civil-rate', quote: ['| Hộ tịch | 2.684 | 2.671 | 2.671 | 0 | 100,0 |'], x: '2.671', y: '2.671', stated: '100,0', note: '"100,0" of X/X in a table.' }),
    ratio({ id: 't-cert-rate', quote: ['| Chứng thực | 3.912 | 3.912 | 3.912 | 0 | 100,0 |'], x: '3.912', y: '3.912', stated: '100,0' }),
    ratio({ id: 't-land-rate', quote: ['| Đất đai | 1.356 | 1.102 | 1.021 | 81 | 92,6 |'], x: '1.021', y: '1.102', stated: '92,6', note: '92,6497: just below the half.' }),
    ratio({ id: 't-build-rate', quote: ['| Xây dựng | 318 | 276 | 259 | 17 | 93,8 |'], x: '259', y: '276', stated: '93,8' }),
    ratio({ id: 't-social-rate', quote: ['| Lao động, người có công và xã hội | 742 | 720 | 713 | 7 | 99,0 |'], x: '713', y: '720', stated: '99,0' }),
    ratio({ id: 't-business-rate', quote: ['| Đăng ký hộ kinh doanh | 436 | 421 | 415 | 6 | 98,6 |'], x: '415', y: '421', stated: '98,6' }),
    ratio({ id: 't-other-rate', quote: ['| Lĩnh vực khác | 288 | 256 | 252 | 4 | 98,4 |'], x: '252', y: '256', stated: '98,4' }),
    ratio({ id: 't-total-rate', quote: [T1], x: '9.243', y: '9.358', stated: '98,8' }),
    // II.2c payment, digitisation
    ratio({ id: 'payment', quote: ['đạt tỷ lệ 79,3%', 'Trong số 5.380 hồ sơ có phát sinh phí', 'có 4.267 hồ sơ được người dân thanh toán trực tuyến'], x: '4.267', y: '5.380', stated: '79,3%' }),
    atLeast({ id: 'payment-min', quote: ['cao hơn chỉ tiêu tỉnh giao năm 2026 (tối thiểu 50%)', 'đạt tỷ lệ 79,3%'], big: '79,3%', small: '50%', trap: 'a minimum in parentheses beside a rate (not an excess of 29,3%).' }),
    ratio({ id: 'digitised-in', quote: ['9.102/9.324 hồ sơ tiếp nhận mới đã số hóa thành phần hồ sơ (97,6%)'], x: '9.102', y: '9.324', stated: '97,6%' }),
    ratio({ id: 'digitised-out', quote: ['Kho quản lý dữ liệu điện tử của tổ chức, cá nhân (95,9%)', '8.972/9.358 kết quả giải quyết'], x: '8.972', y: '9.358', stated: '95,9%', note: 'the percent after a long clause.' }),
    atLeast({ id: 'digitised-in-min', quote: ['vượt mức tối thiểu 90% theo Kế hoạch chuyển đổi số', 'đã số hóa thành phần hồ sơ (97,6%)'], big: '97,6%', small: '90%', trap: 'a minimum beside a rate.' }),
    atLeast({ id: 'digitised-out-min', quote: ['Cả hai tỷ lệ đều vượt mức tối thiểu 90%', 'Kho quản lý dữ liệu điện tử của tổ chức, cá nhân (95,9%)'], big: '95,9%', small: '90%', note: 'a minimum beside a rate.' }),
    // II.2d feedback
    sum({ id: 'feedback', quote: ['Phường tiếp nhận 17 phản ánh, kiến nghị', '(qua Cổng Dịch vụ công 9 phản ánh, đường dây nóng 5 phản ánh, trực tiếp tại Trung tâm 3 phản ánh)'], parts: ['9', '5', '3'], total: '17' }),
    ratio({ id: 'feedback-handled', quote: ['16/17 phản ánh, kiến nghị (94,1%)'], x: '16', y: '17', stated: '94,1%' }),
    difference({ id: 'feedback-pending', quote: ['còn 1 phản ánh đang xử lý trong hạn', '16/17 phản ánh, kiến nghị'], a: '17', b: '16', stated: '1', note: 'a remainder.' }),
    contradiction({ id: 'no-overdue-feedback', quote: ['Không có phản ánh, kiến nghị nào bị quá hạn xử lý', 'còn 1 phản ánh đang xử lý trong hạn'], stated: 'không có ... quá hạn', expected: 'none', consistent: true, reason: 'The one feedback left is still within its time limit.', trap: 'a "none" beside a count of another kind (in time).' }),
    contradiction({ id: 'harassment', quote: ['Vẫn còn 01 trường hợp công chức bộ phận một cửa bị người dân phản ánh gây phiền hà', 'Trong kỳ không có trường hợp cán bộ, công chức bị phản ánh có hành vi nhũng nhiễu, gây phiền hà cho tổ chức, công dân'], stated: '01 trường hợp', expected: 'không có trường hợp nào', consistent: false, reason: 'II.2d says no official was reported for harassment; the weaknesses count one official reported for causing trouble to people.', mistake: 'planted', original: 'Vẫn còn tình trạng công chức bộ phận một cửa hướng dẫn hồ sơ đất đai chưa đầy đủ, người dân phải bổ sung nhiều lần', note: 'Class 8: a count against a "không có ..." statement elsewhere.' }),
    // II.2đ satisfaction
    ratio({ id: 'forms-returned', quote: ['thu về 400 phiếu hợp lệ (95,2%)', 'phát 420 phiếu khảo sát'], x: '400', y: '420', stated: '95,2%' }),
    ratio({ id: 'satisfied', quote: ['377/400 phiếu (94,3%)'], x: '377', y: '400', stated: '94,3%', trap: '377/400 is exactly 94,25%, half-up 94,3%.' }),
    ratio({ id: 'sipas-points', quote: ['đạt 87,2%, quy đổi tương đương 4,36/5 điểm'], x: '4,36', y: '5', stated: '87,2%', trap: 'points out of 5 as a percent.' }),
    difference({ id: 'sipas-pp', quote: ['tăng 2,3 điểm phần trăm so với năm 2025 (84,9%)', 'đạt 87,2%, quy đổi'], a: '87,2', b: '84,9', stated: '2,3', trap: 'a change in percentage points.' }),
    // II.3 structure
    contradiction({ id: 'decision', quote: ['nhiệm kỳ 2026 - 2031 được ban hành kèm theo Quyết định số 57/QĐ-UBND ngày 20/4/2026'], stated: '57', expected: 'a decision', consistent: true, reason: 'A term\'s years and a decision\'s number and date.', trap: 'numbers in a term and a decision\'s name.' }),
    // II.4 civil service
    difference({ id: 'vacancies', quote: ['còn thiếu 4 biên chế so với chỉ tiêu giao', 'Biên chế được giao năm 2026 là 45 người', 'hiện có 41 cán bộ, công chức'], a: '45', b: '41', stated: '4' }),
    sum({ id: 'staff', quote: ['hiện có 41 cán bộ, công chức (14 cán bộ, 27 công chức)'], parts: ['14', '27'], total: '41' }),
    sum({ id: 'qualification', quote: ['hiện có 41 cán bộ, công chức', 'có 6 người trình độ thạc sĩ', '33 người trình độ đại học', '2 người trình độ cao đẳng, trung cấp'], parts: ['6', '33', '2'], total: '41' }),
    share({ id: 'masters', quote: ['có 6 người trình độ thạc sĩ (14,6%)', 'hiện có 41 cán bộ, công chức'], x: '6', y: '41', stated: '14,6%' }),
    share({ id: 'graduates', quote: ['33 người trình độ đại học (80,5%)', 'hiện có 41 cán bộ, công chức'], x: '33', y: '41', stated: '80,5%' }),
    share({ id: 'college', quote: ['2 người trình độ cao đẳng, trung cấp (4,9%)', 'hiện có 41 cán bộ, công chức'], x: '2', y: '41', stated: '4,9%' }),
    sum({ id: 'qualification-shares', quote: ['thạc sĩ (14,6%), 33 người trình độ đại học (80,5%) và 2 người trình độ cao đẳng, trung cấp (4,9%)'], parts: ['14,6%', '80,5%', '4,9%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    sum({ id: 'theory', quote: ['tổng cộng 23 người từ trung cấp trở lên', 'có 6 người trình độ cao cấp và 17 người trình độ trung cấp'], parts: ['6', '17'], total: '23' }),
    share({ id: 'theory-share', quote: ['23 người từ trung cấp trở lên (56%)', 'hiện có 41 cán bộ, công chức'], x: '23', y: '41', stated: '56%', trap: 'a whole percent rightly rounded (56,10%).' }),
    ratio({ id: 'trained', quote: ['đạt 92,7% tổng số cán bộ, công chức của phường', 'Đã có 37 người được bồi dưỡng', 'hiện có 41 cán bộ, công chức'], x: '37', y: '41', stated: '92,7%', mistake: 'planted', original: 'đạt 90,2% tổng số cán bộ, công chức của phường', note: 'Class 1: the base (41 staff) is in the paragraph before; 37/41 = 90,24% → 90,2% (92,7% would be 38/41).' }),
    quotient({ id: 'cost-per-head', quote: ['bình quân 1,5 triệu đồng/người', 'là 55,5 triệu đồng', 'Đã có 37 người được bồi dưỡng'], x: '55,5', y: '37', stated: '1,5', trap: 'a cost per participant, not a percent.' }),
    // II.5 budget
    sum({ id: 'budget', quote: ['năm 2026 là 1,25 tỷ đồng, gồm', 'chuyển đổi số 720 triệu đồng; đào tạo, bồi dưỡng 185 triệu đồng; tuyên truyền, khảo sát sự hài lòng 95 triệu đồng; kiểm tra và các nhiệm vụ khác 250 triệu đồng'], parts: ['720 triệu đồng', '185 triệu đồng', '95 triệu đồng', '250 triệu đồng'], total: '1,25 tỷ đồng', trap: 'parts in triệu of a total in tỷ.' }),
    ratio({ id: 'budget-used', quote: ['đạt 76,7% dự toán', 'đã sử dụng 846 triệu đồng', 'năm 2026 là 1,25 tỷ đồng'], x: '846 triệu đồng', y: '1,25 tỷ đồng', stated: '76,7%', mistake: 'planted', original: 'đạt 67,7% dự toán', note: 'Class 1: the base is in tỷ (1,25 tỷ = 1.250 triệu); 846/1.250 = 67,68% → 67,7%, written with digits swapped.' }),
    difference({ id: 'budget-left', quote: ['số còn lại 404 triệu đồng', 'năm 2026 là 1,25 tỷ đồng', 'đã sử dụng 846 triệu đồng'], a: '1,25 tỷ đồng', b: '846 triệu đồng', stated: '404 triệu đồng', trap: 'a remainder in triệu against an estimate in tỷ.' }),
    // II.6 digital government
    sum({ id: 'certificates', quote: ['đã cấp 47 chứng thư chữ ký số, gồm 41 chứng thư cá nhân và 6 chứng thư của cơ quan, đơn vị'], parts: ['41', '6'], total: '47' }),
    ratio({ id: 'certificates-staff', quote: ['41/41 cán bộ, công chức (100%)'], x: '41', y: '41', stated: '100%', note: '"100%" of X/X.' }),
    ratio({ id: 'signed-docs', quote: ['2.874/2.915 văn bản đi được ký số và phát hành điện tử (98,6%)'], x: '2.874', y: '2.915', stated: '98,6%' }),
    // II.7 PAR index
    difference({ id: 'par-change', quote: ['tăng 3,67 điểm so với Chỉ số chính thức năm 2025 (85,17 điểm', 'đạt 88,84 điểm, tăng'], a: '88,84', b: '85,17', stated: '3,67', trap: 'a change in points, not a percent (4,31%).' }),
    contradiction({ id: 'par-rank', quote: ['xếp thứ 23/102 xã, phường, đặc khu'], stated: '23/102', expected: 'a rank', consistent: true, reason: 'A rank among the province\'s units, not a ratio.', trap: 'a rank written as X/Y.' }),
    sum({ id: 'par-max', quote: [T2, '| Công tác chỉ đạo, điều hành cải cách hành chính | 14 |', '| Cải cách thể chế | 8 |', '| Cải cách thủ tục hành chính | 22 |', '| Cải cách tổ chức bộ máy hành chính | 8 |', '| Cải cách chế độ công vụ | 12 |', '| Cải cách tài chính công | 8 |', '| Xây dựng, phát triển chính quyền điện tử, chính quyền số | 14 |', '| Tác động của cải cách hành chính (khảo sát sự hài lòng) | 14 |'], parts: ['14', '8', '22', '8', '12', '8', '14', '14'], total: '100', trap: 'the components\' weights (maximum points) add to 100.' }),
    sum({ id: 'par-points', quote: [T2], parts: ['12,50', '7,25', '20,75', '7,00', '10,50', '6,75', '12,25', '11,84'], total: '88,84', trap: 'weighted components whose achieved points do add.' }),
    ratio({ id: 'par-r1', quote: ['| Công tác chỉ đạo, điều hành cải cách hành chính | 14 | 12,50 | 89,29 |'], x: '12,50', y: '14', stated: '89,29' }),
    ratio({ id: 'par-r2', quote: ['| Cải cách thể chế | 8 | 7,25 | 90,63 |'], x: '7,25', y: '8', stated: '90,63', trap: 'exactly 90,625, half-up 90,63.' }),
    ratio({ id: 'par-r3', quote: ['| Cải cách thủ tục hành chính | 22 | 20,75 | 94,32 |'], x: '20,75', y: '22', stated: '94,32' }),
    ratio({ id: 'par-r4', quote: ['| Cải cách tổ chức bộ máy hành chính | 8 | 7,00 | 87,50 |'], x: '7,00', y: '8', stated: '87,50' }),
    ratio({ id: 'par-r5', quote: ['| Cải cách chế độ công vụ | 12 | 10,50 | 87,50 |'], x: '10,50', y: '12', stated: '87,50' }),
    ratio({ id: 'par-r6', quote: ['| Cải cách tài chính công | 8 | 6,75 | 84,38 |'], x: '6,75', y: '8', stated: '84,38', trap: 'exactly 84,375, half-up 84,38.' }),
    ratio({ id: 'par-r7', quote: ['| Xây dựng, phát triển chính quyền điện tử, chính quyền số | 14 | 12,25 | 87,50 |'], x: '12,25', y: '14', stated: '87,50' }),
    ratio({ id: 'par-r8', quote: ['| Tác động của cải cách hành chính (khảo sát sự hài lòng) | 14 | 11,84 | 84,57 |'], x: '11,84', y: '14', stated: '84,57' }),
    ratio({ id: 'par-total-rate', quote: [T2], x: '88,84', y: '100', stated: '88,84', trap: 'the rate column does not add: the total\'s rate is its points of 100.' }),
    repeat({ id: 'par-text-table', quote: ['đạt 88,84 điểm, tăng', T2], values: ['88,84', '88,84'] }),
    // III.1 summary
    repeat({ id: 'sum-tasks', quote: ['Đã hoàn thành 31/42 nhiệm vụ của Kế hoạch năm', 'đã có 31/42 nhiệm vụ hoàn thành'], values: ['31', '31'] }),
    repeat({ id: 'sum-records', quote: ['có 9.736 hồ sơ phải giải quyết', 'tổng cộng 9.736 hồ sơ phải giải quyết'], values: ['9.736', '9.736'] }),
    repeat({ id: 'sum-settled', quote: ['đã giải quyết 9.385 hồ sơ', 'đã giải quyết xong 9.358 hồ sơ'], values: ['9.358', '9.385'], mistake: 'planted', original: 'đã giải quyết 9.358 hồ sơ', note: 'Class 5: the summary restates the 9.358 settled records of II.2b (and the table) with two digits swapped.' }),
    repeat({ id: 'sum-on-time', quote: ['tỷ lệ trước hạn và đúng hạn đạt 98,8%', 'tỷ lệ giải quyết trước hạn và đúng hạn đạt 98,8%'], values: ['98,8%', '98,8%'] }),
    repeat({ id: 'sum-online', quote: ['tỷ lệ hồ sơ nộp trực tuyến 9 tháng đạt 76,3%', 'bằng 76,3% số hồ sơ tiếp nhận mới'], values: ['76,3%', '76,3%'] }),
    ratio({ id: 'sum-q3-online', quote: ['riêng quý III đạt 75,8%', 'trong đó 2.682 hồ sơ nộp trực tuyến', 'phường tiếp nhận mới 3.415 hồ sơ'], x: '2.682', y: '3.415', stated: '75,8%', mistake: 'planted', original: 'riêng quý III đạt 78,5%', note: 'Class 2: a percent in the summary whose figures are in II.2b; 2.682 of 3.415 is 78,54% → 78,5%, written with digits swapped.' }),
    repeat({ id: 'sum-payment', quote: ['thanh toán trực tuyến đạt 79,3%', 'đạt tỷ lệ 79,3%'], values: ['79,3%', '79,3%'] }),
    repeat({ id: 'sum-sipas', quote: ['Chỉ số hài lòng (SIPAS) đạt 87,2%', 'đạt 87,2%, quy đổi'], values: ['87,2%', '87,2%'] }),
    repeat({ id: 'sum-par', quote: ['Chỉ số cải cách hành chính tự đánh giá đạt 88,84 điểm', 'đạt 88,84 điểm, tăng'], values: ['88,84', '88,84'] }),
    repeat({ id: 'sum-budget', quote: ['đã sử dụng khoảng 0,85 tỷ đồng', 'đã sử dụng 846 triệu đồng'], values: ['846 triệu đồng', '0,85 tỷ đồng'], kind: 'unit', trap: 'the budget used restated in tỷ, agreeing (0,846 → 0,85).' }),
    // III.2 weaknesses
    repeat({ id: 'weak-tasks', quote: ['Còn 2 nhiệm vụ của Kế hoạch quá thời hạn', '2 nhiệm vụ đã quá thời hạn'], values: ['2', '2'] }),
    repeat({ id: 'weak-land-rate', quote: ['lĩnh vực đất đai (92,6%)', '| Đất đai | 1.356 | 1.102 | 1.021 | 81 | 92,6 |'], values: ['92,6', '92,6%'] }),
    repeat({ id: 'weak-build-rate', quote: ['xây dựng (93,8%)', '| Xây dựng | 318 | 276 | 259 | 17 | 93,8 |'], values: ['93,8', '93,8%'] }),
    repeat({ id: 'weak-land-late', quote: ['có 81 hồ sơ trễ hạn trong 9 tháng', '| Đất đai | 1.356 | 1.102 | 1.021 | 81 | 92,6 |'], values: ['81', '81'] }),
    // IV tasks
    repeat({ id: 'task-left', quote: ['Hoàn thành 11 nhiệm vụ còn lại', 'Chưa hoàn thành 11 nhiệm vụ'], values: ['11', '11'] }),
    repeat({ id: 'task-pending', quote: ['Giải quyết dứt điểm 332 hồ sơ đang giải quyết', 'hiện còn 332 hồ sơ'], values: ['332', '332'] }),
    contradiction({ id: 'task-targets', quote: ['đạt tối thiểu 80%, tỷ lệ giải quyết đúng hạn từ 99% trở lên, thanh toán trực tuyến đạt từ 85% trở lên; số hóa 100% kết quả'], stated: '80%', expected: 'targets', consistent: true, reason: 'Quarter IV\'s targets, with no X/Y behind them.', trap: 'targets and thresholds, not rates.' }),
    difference({ id: 'task-train', quote: ['Cử 4 cán bộ, công chức chưa được bồi dưỡng', 'hiện có 41 cán bộ, công chức', 'Đã có 37 người được bồi dưỡng'], a: '41', b: '37', stated: '4', trap: 'a remainder of the staff, consistent although the trained percent beside them was wrong.' }),
    repeat({ id: 'task-budget', quote: ['sử dụng hiệu quả 404 triệu đồng kinh phí còn lại', 'số còn lại 404 triệu đồng'], values: ['404', '404'] }),
    difference({ id: 'task-par', quote: ['tăng thêm tối thiểu 1,16 điểm', 'đạt từ 90 điểm trở lên', 'đạt 88,84 điểm, tăng'], a: '90', b: '88,84', stated: '1,16', trap: 'a gap in points to a target.' }),
    contradiction({ id: 'task-sipas', quote: ['Chỉ số hài lòng đạt trên 88%'], stated: '88%', expected: 'a target', consistent: true, reason: 'A target above the 87,2% reached.', trap: 'a target beside a rate.' }),
    contradiction({ id: 'six-month-report', quote: ['Báo cáo số 168/BC-UBND ngày 17/6/2026'], stated: '168', expected: 'a document', consistent: true, reason: 'A report\'s number and date.', note: 'numbers in a document\'s name in a footnote.' }),
  ],
});
