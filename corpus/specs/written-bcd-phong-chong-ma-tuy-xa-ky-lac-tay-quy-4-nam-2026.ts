// Written for the corpus (batch T2), blind: Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và ma túy of xã Kỳ
// Lạc Tây (tỉnh Hà Tĩnh; the commune and its thôn are invented) to the provincial Ban Chỉ đạo and the commune's
// Đảng ủy and HĐND, drug prevention and social evils in quarter IV (15/9 - 14/12/2026) and the year 2026, in
// parts I - IV: thôn, households and people, a "none" of new drug users in the quarter, the Ban Chỉ đạo's
// members "trong đó" (a subset); propaganda sessions and attendees per session, the year's sessions and
// attendees as lũy kế from a footnote and the excess over the year's plan in parentheses, loudspeakers 16/16
// (100%), households' pledges as X/Y against a minimum with the remainder, drug tests of people at risk as a whole
// percent before its X/Y in parentheses and two positives found in November; drug-free villages 11/16 (68,8%,
// half-up from 68,75) against a resolution's target of 12 in the sentence before, the gain over 2025 from a
// footnote, the shortfall; drug users under management against the nine months (in parentheses, repeated in a
// footnote) and the end of 2025 (in parentheses), age groups' shares, a table of six forms of management (end of
// 2025, now, share, total row), those in rehab as a share, the prisoners in the text against the table;
// compulsory rehab (a court's number beside its count) and its lũy kế of files and decisions from a footnote,
// voluntary rehab in parentheses and its lũy kế, after-rehab 14/14 (100%) and jobs 9/14 (64,3%); drug cases of
// the quarter and the seized grams in parentheses, the year's cases, suspects and grams as lũy kế from a footnote,
// the gain over 2025 in cases and in grams with 2025's base in the sentence before, the year's grams by kind in
// parentheses, a same-named figure of quarter IV of 2025 in a footnote, a "none" of cultivation beside seized dry
// cannabis; gambling (a "trong đó" subset, fines per person, the lũy kế from a footnote, the fall against 2025 in
// parentheses), a "none" of prostitution in the quarter beside two establishments reminded and a case in May;
// funds by use after "gồm", the percent of an estimate given in the next sentence in tỷ, the total with
// socialised funds; summary restating figures (sessions, cases, grams in kg, users, the share in
// rehab, villages, funds in tỷ) and a "none" of officials; weaknesses (remainders, the target); targets for 2027.
import { atLeast, change, contradiction, cumulative, difference, excess, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-bcd-phong-chong-ma-tuy-xa-ky-lac-tay-quy-4-nam-2026.md',
  prefix: 'klt',
  claims: [
    contradiction({ id: 'documents', quote: ['Công văn số 2318/CAT-PV01 ngày 20/11/2026', 'Kế hoạch số 06/KH-BCĐ ngày 12/01/2026'], stated: '2318', expected: 'documents', consistent: true, reason: 'A letter\'s and a plan\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    // I
    contradiction({ id: 'road', quote: ['Quốc lộ 12C'], stated: '12C', expected: 'a name', consistent: true, reason: 'A national road\'s number.', trap: 'a number in a road\'s name.' }),
    contradiction({ id: 'no-new-users', quote: ['phát hiện 2 trường hợp dương tính với ma túy tổng hợp ở thôn Đông Hà', 'trong quý IV không phát sinh người sử dụng trái phép chất ma túy mới trên địa bàn'], stated: '2 trường hợp (tháng 11/2026)', expected: 'none (I)', consistent: false, reason: 'Part I says no new drug user arose in quarter IV; II.1 counts two people found positive in November 2026 (inside the quarter) and put under management in the community.', mistake: 'planted', original: 'trong quý IV phát sinh 2 người sử dụng trái phép chất ma túy mới trên địa bàn', note: 'Class 8: a count against a "không phát sinh" statement in the overview.' }),
    contradiction({ id: 'bcd-decision', quote: ['Quyết định số 85/QĐ-UBND ngày 02/7/2025'], stated: '85', expected: 'a document', consistent: true, reason: 'The decision that set up the Ban Chỉ đạo.', trap: 'numbers in a document\'s name.' }),
    atLeast({ id: 'members', quote: ['gồm 19 thành viên, trong đó Trưởng ban là Chủ tịch Ủy ban nhân dân xã và 3 Phó Trưởng ban'], big: '19', small: '1 + 3', trap: 'a "trong đó" naming the head and three deputies of the 19 members, not a breakdown.' }),
    // II.1
    quotient({ id: 'per-session', quote: ['bình quân 112 người/buổi', 'tổ chức 38 buổi tuyên truyền với 4.265 lượt người tham dự'], x: '4.265', y: '38', stated: '112', trap: 'attendees per session (112,24 written whole).' }),
    ratio({ id: 'loudspeakers', quote: ['16/16 thôn (100%)'], x: '16', y: '16', stated: '100%', trap: '"100%" of X/X.' }),
    cumulative({ id: 'sessions-year', quote: ['toàn xã tổ chức 152 buổi tuyên truyền', 'tổ chức 114 buổi tuyên truyền', 'tổ chức 38 buổi tuyên truyền'], previous: '114', period: '38', stated: '152', note: 'The nine months\' sessions are only in footnote 1.' }),
    cumulative({ id: 'attendees-year', quote: ['với 21.095 lượt người tham dự', 'với 16.830 lượt người tham dự', 'với 4.265 lượt người tham dự'], previous: '16.830', period: '4.265', stated: '21.095' }),
    excess({ id: 'sessions-plan', quote: ['vượt 8,6% kế hoạch năm (140 buổi)', 'toàn xã tổ chức 152 buổi tuyên truyền'], x: '152', y: '140', stated: '8,6%' }),
    contradiction({ id: 'day-26-6', quote: ['Ngày Toàn dân phòng, chống ma túy 26/6'], stated: '26/6', expected: 'a date', consistent: true, reason: 'The date of a national day.', trap: 'a number in a date.' }),
    ratio({ id: 'pledges', quote: ['đạt 96,1% (chỉ tiêu', 'Có 5.617/5.842 hộ gia đình ký cam kết'], x: '5.617', y: '5.842', stated: '96,1%' }),
    contradiction({ id: 'pledges-min', quote: ['(chỉ tiêu tối thiểu 95%)'], stated: 'tối thiểu 95%', expected: 'a target', consistent: true, reason: 'The minimum set for the pledges, beside the 96,1% reached.', trap: 'a threshold next to a rate.' }),
    difference({ id: 'pledges-left', quote: ['còn 225 hộ chưa ký', 'Có 5.617/5.842 hộ gia đình ký cam kết'], a: '5.842', b: '5.617', stated: '225', trap: 'a remainder of X/Y.' }),
    ratio({ id: 'tests', quote: ['đạt 86% (58/67 người)'], x: '58', y: '67', stated: '86%', mistake: 'planted', original: 'đạt 87% (58/67 người)', note: 'Class 7: 58/67 = 86,57%, which is 87% written whole; 86% truncates. The percent comes before its X/Y in parentheses.' }),
    // II.2
    contradiction({ id: 'resolution', quote: ['Nghị quyết số 09-NQ/ĐU ngày 15/10/2025'], stated: '09', expected: 'a document', consistent: true, reason: 'A resolution\'s number and date.', trap: 'numbers in a document\'s name.' }),
    ratio({ id: 'villages', quote: ['đã có 11/16 thôn được công nhận (68,8%)'], x: '11', y: '16', stated: '68,8%', trap: 'a percent rounded half-up from exactly 68,75, beside a target of 12 villages in the sentence before (11/12 would be 91,7%).' }),
    difference({ id: 'villages-gain', quote: ['tăng 3 thôn so với cuối năm 2025', 'đã có 11/16 thôn được công nhận', 'xã có 8/16 thôn được công nhận'], a: '11', b: '8', stated: '3', note: 'The end of 2025 is only in footnote 2.' }),
    difference({ id: 'villages-short', quote: ['so với chỉ tiêu còn thiếu 1 thôn', 'có ít nhất 12 thôn được công nhận', 'đã có 11/16 thôn được công nhận'], a: '12', b: '11', stated: '1', trap: 'a shortfall against the target, not against the 16 villages.' }),
    // II.3
    repeat({ id: 'users-9m', quote: ['(51 người)', 'có 50 người sử dụng trái phép chất ma túy có hồ sơ quản lý'], values: ['50', '51'], mistake: 'planted', original: '(50 người)', note: 'Class 5: the body gives the users under management at 14/9/2026 as 51, footnote 3 (the nine months\' report it cites) as 50.' }),
    change({ id: 'users-change', quote: ['giảm 14,5% so với cuối năm 2025 (55 người)', 'toàn xã có 47 người sử dụng trái phép chất ma túy'], x: '47', base: '55', stated: '14,5%', direction: 'giảm' }),
    sum({ id: 'age-shares', quote: ['dưới 30 tuổi chiếm 42,6%, từ 30 đến dưới 45 tuổi chiếm 44,7%, từ 45 tuổi trở lên chiếm 10,6%'], parts: ['42,6%', '44,7%', '10,6%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'từ 45 tuổi trở lên chiếm 12,8%', note: 'Class 3: the three age groups add to 97,9% (6 of 47 users aged 45 and over is 12,8%, written 10,6%, the share of 5).' }),
    sum({ id: 't-now', quote: ['toàn xã có 47 người sử dụng trái phép chất ma túy', 'Cộng'], parts: ['9', '3', '10', '14', '4', '7'], total: '47', kind: 'cross_total' }),
    sum({ id: 't-2025', quote: ['so với cuối năm 2025 (55 người)', 'Cộng'], parts: ['7', '2', '13', '12', '9', '12'], total: '55', kind: 'cross_total' }),
    share({ id: 't-share-home', quote: ['19,1'], x: '9', y: '47', stated: '19,1' }),
    share({ id: 't-share-voluntary', quote: ['6,4'], x: '3', y: '47', stated: '6,4' }),
    share({ id: 't-share-compulsory', quote: ['21,3'], x: '10', y: '47', stated: '21,3' }),
    share({ id: 't-share-after', quote: ['29,8'], x: '14', y: '47', stated: '29,8' }),
    share({ id: 't-share-prison', quote: ['8,5'], x: '4', y: '47', stated: '8,5' }),
    share({ id: 't-share-community', quote: ['14,9'], x: '7', y: '47', stated: '14,9' }),
    sum({ id: 't-shares', quote: ['100,0', 'Cộng'], parts: ['19,1', '6,4', '21,3', '29,8', '8,5', '14,9'], total: '100,0', rounded: true, kind: 'share_percent' }),
    sum({ id: 'in-rehab', quote: ['Hiện có 22 người đang cai nghiện ma túy', 'Cai nghiện tự nguyện tại gia đình, cộng đồng', 'Cai nghiện tự nguyện tại cơ sở cai nghiện', 'Cai nghiện bắt buộc tại cơ sở cai nghiện'], parts: ['9', '3', '10'], total: '22', note: 'The three forms of rehab in the table\'s current column.' }),
    share({ id: 'in-rehab-share', quote: ['chiếm 46,8% số người có hồ sơ quản lý', 'Hiện có 22 người đang cai nghiện ma túy', 'toàn xã có 47 người sử dụng trái phép chất ma túy'], x: '22', y: '47', stated: '46,8%' }),
    repeat({ id: 'prison-now', quote: ['hiện còn 5 người', 'Đang chấp hành án phạt tù, tạm giam'], values: ['4', '5'], mistake: 'planted', original: 'hiện còn 4 người', note: 'Class 5: the text says 5 prisoners remain; the table\'s row says 4 (and its column adds to 47 with 4).' }),
    contradiction({ id: 'court', quote: ['Tòa án nhân dân khu vực 4 - Hà Tĩnh'], stated: '4', expected: 'a name', consistent: true, reason: 'A regional court\'s number, beside the 4 people sent to compulsory rehab in the sentence.', trap: 'a number in a name beside an equal count.' }),
    cumulative({ id: 'compulsory-files-year', quote: ['Lũy kế năm 2026 lập hồ sơ đề nghị 12 người', 'lập hồ sơ đề nghị đưa 8 người vào cơ sở cai nghiện bắt buộc', 'cai nghiện bắt buộc đối với 4 người'], previous: '8', period: '4', stated: '12' }),
    cumulative({ id: 'compulsory-decisions-year', quote: ['Tòa án đã ra quyết định 12 người', '(Tòa án đã ra quyết định 7 người)', 'cai nghiện bắt buộc đối với 4 người'], previous: '7', period: '4', stated: '12', mistake: 'planted', original: 'Tòa án đã ra quyết định 11 người', note: 'Class 6: footnote 3\'s 7 decisions plus the quarter\'s 4 is 11; the year\'s decisions copy the 12 files beside them.' }),
    sum({ id: 'voluntary-q4', quote: ['Có 3 người đăng ký cai nghiện tự nguyện', '(2 người tại gia đình, cộng đồng và 1 người tại Cơ sở cai nghiện ma túy tỉnh)'], parts: ['2', '1'], total: '3' }),
    cumulative({ id: 'voluntary-year', quote: ['trong năm lên 9 người', 'và 6 người cai nghiện tự nguyện', 'Có 3 người đăng ký cai nghiện tự nguyện'], previous: '6', period: '3', stated: '9' }),
    ratio({ id: 'after-rehab', quote: ['14/14 người (100%)'], x: '14', y: '14', stated: '100%', trap: '"100%" of X/X.' }),
    contradiction({ id: 'decree', quote: ['Nghị định số 116/2021/NĐ-CP'], stated: '116', expected: 'a document', consistent: true, reason: 'A decree\'s number and year.', trap: 'numbers in a document\'s name.' }),
    ratio({ id: 'jobs', quote: ['(64,3%)', 'tạo việc làm cho 9/14 người'], x: '9', y: '14', stated: '64,3%', trap: 'a percent in parentheses belonging to the X/Y beside it, after a 14/14 (100%).' }),
    // II.4
    sum({ id: 'grams-q4', quote: ['thu giữ 127,8 gam ma túy', '(heroin 47,5 gam, ma túy tổng hợp 80,3 gam)'], parts: ['47,5', '80,3'], total: '127,8' }),
    cumulative({ id: 'cases-year', quote: ['lũy kế phát hiện, bắt giữ 9 vụ', 'phát hiện 6 vụ, 9 đối tượng', 'bắt giữ 3 vụ, 5 đối tượng'], previous: '6', period: '3', stated: '9', note: 'The nine months are only in footnote 4.' }),
    cumulative({ id: 'suspects-year', quote: ['bắt giữ 9 vụ, 14 đối tượng', 'phát hiện 6 vụ, 9 đối tượng', 'bắt giữ 3 vụ, 5 đối tượng'], previous: '9', period: '5', stated: '14' }),
    cumulative({ id: 'grams-year', quote: ['thu giữ 570,2 gam ma túy các loại', 'thu giữ 442,4 gam ma túy', 'thu giữ 127,8 gam ma túy'], previous: '442,4', period: '127,8', stated: '570,2' }),
    difference({ id: 'cases-vs-2025', quote: ['tăng 2 vụ so với năm 2025', 'lũy kế phát hiện, bắt giữ 9 vụ', 'Năm 2025, trên địa bàn phát hiện 7 vụ'], a: '9', b: '7', stated: '2' }),
    sum({ id: 'grams-kinds', quote: ['thu giữ 570,2 gam ma túy các loại', '(heroin 236,5 gam, ma túy tổng hợp dạng đá 128,4 gam, hồng phiến 106,3 gam, cần sa khô 9 gam)'], parts: ['236,5', '128,4', '106,3', '9'], total: '570,2', mistake: 'planted', original: 'ma túy tổng hợp dạng đá 218,4 gam', note: 'Class 4: the kinds in parentheses add to 480,2 gam against 570,2 (which the lũy kế of footnote 4 plus the quarter carries); the crystal\'s 218,4 is written 128,4.' }),
    change({ id: 'grams-change', quote: ['tăng 138,2% so với năm 2025', 'thu giữ 570,2 gam ma túy các loại', 'thu giữ 412,5 gam ma túy các loại'], x: '570,2', base: '412,5', stated: '138,2%', direction: 'tăng', mistake: 'planted', original: 'tăng 38,2% so với năm 2025', note: 'Class 1: 2025\'s 412,5 gam is two sentences before; 570,2 is 138,2% of it, a gain of 38,2%; the ratio is written as the gain.' }),
    contradiction({ id: 'q4-2025', quote: ['Riêng quý IV năm 2025 phát hiện 2 vụ, 3 đối tượng'], stated: '2 vụ, 3 đối tượng', expected: 'another period', consistent: true, reason: 'Quarter IV of 2025 in footnote 4, a same-named figure of another period beside this quarter\'s 3 cases and 5 suspects; not a part of the nine months.', trap: 'a same-named indicator of another period.' }),
    contradiction({ id: 'no-cultivation', quote: ['cần sa khô 9 gam', 'không phát hiện trường hợp trồng cây có chứa chất ma túy'], stated: '9 gam', expected: 'another kind', consistent: true, reason: 'Dry cannabis seized from dealers is not cannabis grown in the commune; the "none" of cultivation stands.', trap: 'a count of another kind beside a "none".' }),
    // II.5
    atLeast({ id: 'gambling-subset', quote: ['trong đó 1 vụ ghi số đề tại thôn Tân Thắng', 'phát hiện 4 vụ, 19 đối tượng đánh bạc'], big: '4', small: '1', trap: 'a "trong đó" subset (the lottery case), not a breakdown.' }),
    quotient({ id: 'fine-per-person', quote: ['bình quân 2,25 triệu đồng/đối tượng', 'với số tiền 31,5 triệu đồng', 'xử phạt vi phạm hành chính 14 đối tượng'], x: '31,5', y: '14', stated: '2,25', trap: 'a fine per person.' }),
    cumulative({ id: 'gambling-cases-year', quote: ['Lũy kế năm phát hiện 11 vụ', 'phát hiện 7 vụ, 33 đối tượng đánh bạc', 'phát hiện 4 vụ, 19 đối tượng đánh bạc'], previous: '7', period: '4', stated: '11' }),
    cumulative({ id: 'gambling-people-year', quote: ['52 đối tượng đánh bạc', 'phát hiện 7 vụ, 33 đối tượng đánh bạc', 'phát hiện 4 vụ, 19 đối tượng đánh bạc'], previous: '33', period: '19', stated: '52' }),
    change({ id: 'gambling-change', quote: ['giảm 21,4% số vụ so với năm 2025 (14 vụ)', 'Lũy kế năm phát hiện 11 vụ'], x: '11', base: '14', stated: '21,4%', direction: 'giảm' }),
    contradiction({ id: 'no-prostitution', quote: ['nhắc nhở 2 cơ sở chưa thực hiện đúng quy định về thông báo lưu trú', 'Trong quý không phát hiện hoạt động mại dâm'], stated: '2 cơ sở', expected: 'another kind', consistent: true, reason: 'Two establishments reminded about registering guests are not prostitution.', trap: 'a count of another kind beside a "none".' }),
    contradiction({ id: 'prostitution-may', quote: ['Cả năm chỉ phát hiện 1 vụ mua bán dâm tại nhà nghỉ (tháng 5/2026)', 'Trong quý không phát hiện hoạt động mại dâm'], stated: '1 vụ (tháng 5/2026)', expected: 'another period', consistent: true, reason: 'The case was in May, in quarter II; the "none" is of quarter IV.', trap: 'a count of another period beside a "none" of the quarter.' }),
    // II.6
    sum({ id: 'funds-uses', quote: ['và ma túy 287,6 triệu đồng', 'hỗ trợ cai nghiện và quản lý sau cai nghiện 117,9 triệu đồng; tuyên truyền 65,0 triệu đồng; bồi dưỡng lực lượng tham gia tuần tra, canh gác 104,7 triệu đồng'], parts: ['117,9', '65,0', '104,7'], total: '287,6' }),
    ratio({ id: 'funds-estimate', quote: ['đạt 88,9% dự toán', 'và ma túy 287,6 triệu đồng', 'Dự toán giao đầu năm là 0,32 tỷ đồng'], x: '287,6 triệu đồng', y: '0,32 tỷ đồng', stated: '88,9%', mistake: 'planted', original: 'đạt 89,9% dự toán', note: 'Class 1: the estimate is given only in the sentence after, in tỷ; 287,6 triệu of 320 triệu is 89,875%, which is 89,9%; written 88,9%.' }),
    sum({ id: 'funds-total', quote: ['nâng tổng kinh phí lên 361,6 triệu đồng', 'và ma túy 287,6 triệu đồng', 'vận động xã hội hóa được 74 triệu đồng'], parts: ['287,6', '74'], total: '361,6' }),
    // III.1
    repeat({ id: 'summary-sessions', quote: ['Cả năm tổ chức 152 buổi tuyên truyền', 'toàn xã tổ chức 152 buổi tuyên truyền'], values: ['152', '152'] }),
    repeat({ id: 'summary-cases', quote: ['bắt giữ 9 vụ phạm tội về ma túy', 'lũy kế phát hiện, bắt giữ 9 vụ'], values: ['9', '9'] }),
    quotient({ id: 'summary-kg', quote: ['thu giữ hơn 0,57 kg ma túy các loại', 'thu giữ 570,2 gam ma túy các loại'], x: '570,2', y: '1.000', stated: '0,57', trap: 'the year\'s 570,2 gam restated in kg, agreeing (570,2 / 1.000 = 0,5702).' }),
    repeat({ id: 'summary-users', quote: ['giảm còn 47 người', 'toàn xã có 47 người sử dụng trái phép chất ma túy'], values: ['47', '47'] }),
    share({ id: 'summary-in-rehab', quote: ['người đang cai nghiện chiếm 40,0%', 'Hiện có 22 người đang cai nghiện ma túy', 'toàn xã có 47 người sử dụng trái phép chất ma túy', 'Cộng'], x: '22', y: '47', stated: '40,0%', mistake: 'planted', original: 'người đang cai nghiện chiếm 46,8%', note: 'Class 2: far from its base in II.3; 22/47 = 46,8% of the users under management now; 40,0% divides by the 55 of the end of 2025 (the table\'s other column).' }),
    repeat({ id: 'summary-villages', quote: ['có 11 thôn đạt "thôn không có ma túy"', 'đã có 11/16 thôn được công nhận'], values: ['11', '11'] }),
    repeat({ id: 'summary-funds', quote: ['khoảng 0,36 tỷ đồng', 'nâng tổng kinh phí lên 361,6 triệu đồng'], values: ['361,6 triệu đồng', '0,36 tỷ đồng'], kind: 'unit', trap: 'the total funds restated in tỷ, agreeing.' }),
    contradiction({ id: 'no-officials', quote: ['Trong năm không có cán bộ, đảng viên của xã vi phạm pháp luật về ma túy'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts an official or party member breaking the drug law.', trap: 'a "none" with nothing against it.' }),
    // III.2
    difference({ id: 'villages-left', quote: ['Còn 5 thôn chưa được công nhận', 'đã có 11/16 thôn được công nhận'], a: '16', b: '11', stated: '5', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'villages-target', quote: ['chưa đạt chỉ tiêu 12 thôn của Nghị quyết Đảng ủy xã'], stated: '12', expected: 'a target', consistent: true, reason: 'The resolution\'s target, beside the 11 villages reached.', trap: 'a target next to a count.' }),
    difference({ id: 'jobless', quote: ['Còn 5 người sau cai nghiện chưa có việc làm', 'tạo việc làm cho 9/14 người'], a: '14', b: '9', stated: '5', trap: 'a remainder of X/Y, equal to another remainder (5 villages).' }),
    // IV
    sum({ id: 'villages-2027', quote: ['nâng tổng số lên 13/16 thôn', 'có thêm ít nhất 2 thôn được công nhận', 'đã có 11/16 thôn được công nhận'], parts: ['11', '2'], total: '13' }),
    ratio({ id: 'villages-2027-rate', quote: ['13/16 thôn (81%)'], x: '13', y: '16', stated: '81%', trap: 'a target\'s whole percent rounded right (81,25 → 81).' }),
    contradiction({ id: 'targets', quote: ['Giảm ít nhất 10% số người sử dụng trái phép chất ma túy', '100% người sau cai nghiện được quản lý, hỗ trợ', 'Tổ chức tối thiểu 150 buổi tuyên truyền'], stated: 'ít nhất 10%', expected: 'targets', consistent: true, reason: 'Targets for 2027, with no base of their own.', trap: 'thresholds and targets.' }),
  ],
});
