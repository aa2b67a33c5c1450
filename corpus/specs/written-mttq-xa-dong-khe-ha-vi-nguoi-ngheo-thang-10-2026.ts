// Written for the corpus (batch E2): Ủy ban MTTQ Việt Nam xã Đông Khê Hạ (tỉnh Nghệ An, an invented
// commune), monthly report for October 2026 of the Vietnam Fatherland Front committee: propaganda,
// the residential-area campaign, the "Vì người nghèo" fund in its peak month (receipts, spending, the
// Đại đoàn kết houses), supervision and social criticism, mediation, member organisations, health
// insurance mobilisation. No table; the previous lũy kế of four figures in four footnotes; amounts in
// triệu and tỷ, lengths in m and km, a sum written in words.
import { change, contradiction, cumulative, difference, product, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-mttq-xa-dong-khe-ha-vi-nguoi-ngheo-thang-10-2026.md',
  prefix: 'dkh',
  claims: [
    // I. Tình hình
    contradiction({ id: 'front-members-per-board', quote: ['mỗi Ban từ 5 đến 9 thành viên tùy quy mô khu dân cư'], stated: '5 đến 9 thành viên', expected: 'a range per board, not parts of the 118 members', consistent: true, reason: 'A per-item range beside a total; nothing here sums to 118.', trap: 'per-item counts that are not parts of a total.' }),
    // 1. Tuyên truyền
    sum({ id: 'propaganda-sessions', quote: ['tổ chức 38 buổi tuyên truyền', 'pháp luật về đất đai và phòng, chống lừa đảo qua mạng 14 buổi', 'Ngày truyền thống MTTQ Việt Nam 9 buổi', 'phòng, chống ma túy 8 buổi', 'dịch vụ công trực tuyến 6 buổi'], parts: ['14', '9', '8', '6'], total: '38', labels: ['pháp luật, lừa đảo', 'Ngày truyền thống', 'ma túy', 'chuyển đổi số'], mistake: 'planted', original: 'chuyển đổi số, dịch vụ công trực tuyến 7 buổi', note: 'Class 4: the topics in parentheses add to 37 sessions, not 38.' }),
    // 2. Cuộc vận động
    ratio({ id: 'festival-plans', quote: ['16/16 khu dân cư đã xây dựng kế hoạch tổ chức Ngày hội, đạt 100%'], x: '16', y: '16', stated: '100%' }),
    ratio({ id: 'cultural-areas', quote: ['13/16 khu dân cư được công nhận "Khu dân cư văn hóa", đạt 81,3%'], x: '13', y: '16', stated: '81,3%', note: '81,25% rounds half-up to 81,3%.' }),
    share({ id: 'cultural-families', quote: ['3.268 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 85% tổng số hộ', '3.845 hộ'], x: '3.268', y: '3.845', stated: '85%', note: '84,99% is 85% as a whole number; the base is the commune\'s households given in section I.' }),
    contradiction({ id: 'cultural-area-rule', quote: ['phải có từ 80% số hộ trở lên đạt danh hiệu'], stated: 'từ 80% số hộ trở lên', expected: 'a rule for recognising an area', consistent: true, reason: 'A threshold of the recognition rule, stated right after 85% of households; it is no share of anything in the report.', trap: 'a threshold next to a share.' }),
    share({ id: 'families-registered', quote: ['3.412 hộ đăng ký xây dựng gia đình văn hóa, bằng 88,7% số hộ toàn xã'], x: '3.412', y: '3.845', stated: '88,7%' }),
    sum({ id: 'roads-length', quote: ['nâng tổng chiều dài đường được làm mới, nâng cấp trong tháng lên 5,25 km', 'làm mới 3,4km và nâng cấp 1.850 m'], parts: ['3,4 km', '1.850 m'], total: '5,25 km', note: 'km glued to the number and m against km.' }),
    share({ id: 'roads-people-share', quote: ['phần Nhân dân đóng góp chiếm 39,2%', 'Tổng giá trị các công trình là 1,24 tỷ đồng', 'đóng góp 2.150 ngày công và 486 triệu đồng'], x: '486 triệu đồng', y: '1,24 tỷ đồng', stated: '39,2%', note: 'A share in triệu of a total in tỷ.' }),
    // 3. Quỹ "Vì người nghèo"
    contradiction({ id: 'fund-minimum-per-area', quote: ['mỗi khu dân cư vận động tối thiểu 12 triệu đồng'], stated: 'tối thiểu 12 triệu đồng', expected: 'a per-area minimum, not a part of the 420 triệu plan', consistent: true, reason: '16 × 12 = 192 triệu is no figure of the report; a target per item beside the plan.', trap: 'a per-item target next to the year\'s plan.' }),
    sum({ id: 'receipts-month-sources', quote: ['Quỹ tiếp nhận 64,3 triệu đồng', 'người lao động các cơ quan, đơn vị 21,6 triệu đồng', 'doanh nghiệp, hộ kinh doanh 27,5 triệu đồng; Nhân dân', 'Nhân dân các khu dân cư 15,2 triệu đồng'], parts: ['21,6', '27,5', '15,2'], total: '64,3', note: 'The total is also written in words right after it.' }),
    cumulative({ id: 'receipts-cumulative', quote: ['Quỹ tiếp nhận 382,9 triệu đồng', 'Lũy kế đến hết tháng 9/2026, Quỹ tiếp nhận 318,6 triệu đồng'], previous: '318,6', period: '64,3', stated: '382,9', note: 'The previous lũy kế is in footnote 1.' }),
    ratio({ id: 'receipts-plan', quote: ['đạt 91,2% kế hoạch năm, tăng', 'Kế hoạch vận động Quỹ năm 2026 là 420 triệu đồng'], x: '382,9', y: '420', stated: '91,2%', note: 'Class 2: the plan is in the paragraph before.' }),
    change({ id: 'receipts-same-period', quote: ['tăng 6,8% so với cùng kỳ năm 2025 (352,6 triệu đồng)'], x: '382,9', base: '352,6', stated: '6,8%', direction: 'tăng', mistake: 'planted', original: 'tăng 8,6% so với cùng kỳ năm 2025 (352,6 triệu đồng)', note: 'Class 1: the same-period base in parentheses after the percent; 382,9/352,6 is an increase of 8,59%, written with its digits swapped.' }),
    contradiction({ id: 'receipts-last-year-footnote', quote: ['cùng thời điểm năm 2025: 301,2 triệu đồng'], stated: '301,2 triệu đồng', expected: 'last year\'s lũy kế to September, another period', consistent: true, reason: 'A figure of another period in parentheses in the footnote; it is not the cùng kỳ base of the October lũy kế (352,6) and not a repeat of 318,6.', trap: 'a figure of another period in parentheses.' }),
    sum({ id: 'receipts-year-sources', quote: ['Quỹ tiếp nhận 382,9 triệu đồng', 'Nhân dân các khu dân cư đóng góp 171,3 triệu đồng', 'khối cơ quan, đơn vị 118,4 triệu đồng', '93,2 triệu đồng (23,4%)'], parts: ['171,3', '118,4', '93,2'], total: '382,9', note: 'The sources since January add to the lũy kế of the paragraph before.' }),
    share({ id: 'receipts-share-people', quote: ['171,3 triệu đồng (44,7%)'], x: '171,3', y: '382,9', stated: '44,7%' }),
    share({ id: 'receipts-share-offices', quote: ['118,4 triệu đồng (30,9%)'], x: '118,4', y: '382,9', stated: '30,9%' }),
    share({ id: 'receipts-share-firms', quote: ['93,2 triệu đồng (23,4%)', '171,3 triệu đồng (44,7%)', '118,4 triệu đồng (30,9%)'], x: '93,2', y: '382,9', stated: '23,4%', mistake: 'planted', original: 'doanh nghiệp, hộ kinh doanh 93,2 triệu đồng (24,3%)', note: 'Class 3: a share of the lũy kế given in the paragraph before; 93,2/382,9 is 24,3% (digits swapped), and the three shares now add to 99,0% instead of 100%.' }),
    contradiction({ id: 'areas-below-minimum', quote: ['Khê Hạ 5: 9,6 triệu đồng; Bản Mòng: 10,2 triệu đồng; Bản Xiêng: 11,4 triệu đồng'], stated: '9,6; 10,2; 11,4 triệu đồng', expected: 'each below the minimum of 12 triệu đồng', consistent: true, reason: 'Per-item amounts, each under the per-area minimum they illustrate; they are no parts of any total of the report.', trap: 'per-item amounts that are not parts of a total.' }),
    sum({ id: 'spending-month', quote: ['Quỹ chi 58 triệu đồng', 'khu dân cư Bản Xiêng 40 triệu đồng', 'hỗ trợ sửa chữa 02 nhà 12 triệu đồng', 'mưa lũ 6 triệu đồng'], parts: ['40', '12', '6'], total: '58' }),
    product({ id: 'repairs-per-house', quote: ['hỗ trợ sửa chữa 02 nhà 12 triệu đồng (6 triệu đồng/nhà)'], x: '2', y: '6', stated: '12 triệu đồng' }),
    product({ id: 'gifts-per-parcel', quote: ['tặng 30 suất quà cho hộ nghèo bị ảnh hưởng mưa lũ 6 triệu đồng (200.000 đồng/suất)'], x: '30', y: '200.000', factor: '0,000001', stated: '6 triệu đồng', note: 'đồng per parcel against a total in triệu.' }),
    cumulative({ id: 'spending-cumulative', quote: ['Quỹ chi 289,5 triệu đồng', 'Lũy kế chi đến hết tháng 9/2026 là 241,5 triệu đồng', 'tồn Quỹ đến ngày 30/10/2026 là 83,4 triệu đồng'], previous: '241,5', period: '58', stated: '289,5', mistake: 'planted', original: 'Lũy kế từ đầu năm, Quỹ chi 299,5 triệu đồng', note: 'Class 6: footnote 2 (241,5) plus the month (58) is 299,5; the balance 83,4 = 382,9 − 299,5 was computed from the right figure, so the slip also shows against the balance.' }),
    ratio({ id: 'houses-plan', quote: ['đạt 83,3% kế hoạch, gồm', 'đăng ký hỗ trợ xây mới, sửa chữa 12 nhà Đại đoàn kết'], x: '10', y: '12', stated: '83,3%' }),
    contradiction({ id: 'houses-last-year', quote: ['(năm 2025: 14 nhà)'], stated: '14 nhà', expected: 'last year\'s houses', consistent: true, reason: 'A figure of another period in parentheses right after this year\'s plan of 12 houses.', trap: 'a figure of another period in parentheses.' }),
    cumulative({ id: 'houses-cumulative', quote: ['đến nay đã hoàn thành 10 nhà', 'Đến hết tháng 9/2026 hoàn thành 7 nhà', 'hoàn thành, bàn giao 01 nhà xây mới và 02 nhà sửa chữa'], previous: '7', period: '3', stated: '10', note: 'Footnote 3 plus the month\'s 1 new and 2 repaired houses.' }),
    sum({ id: 'houses-kinds', quote: ['đến nay đã hoàn thành 10 nhà', 'gồm 6 nhà xây mới và 4 nhà sửa chữa'], parts: ['6', '4'], total: '10' }),
    cumulative({ id: 'houses-new-cumulative', quote: ['gồm 6 nhà xây mới', '5 nhà xây mới, 2 nhà sửa chữa'], previous: '5', period: '1', stated: '6' }),
    cumulative({ id: 'houses-repaired-cumulative', quote: ['4 nhà sửa chữa', '5 nhà xây mới, 2 nhà sửa chữa'], previous: '2', period: '2', stated: '4' }),
    share({ id: 'houses-fund-share', quote: ['hỗ trợ 240 triệu đồng, chiếm 48,2%', 'sửa chữa 10 nhà là 0,52 tỷ đồng'], x: '240 triệu đồng', y: '0,52 tỷ đồng', stated: '48,2%', mistake: 'planted', original: 'hỗ trợ 240 triệu đồng, chiếm 46,2%', note: 'Class 1: the base is in another scale (0,52 tỷ = 520 triệu đồng); 240/520 is 46,15%, so 46,2%.' }),
    difference({ id: 'houses-other-sources', quote: ['280 triệu đồng còn lại'], a: '0,52 tỷ đồng', b: '240 triệu đồng', stated: '280 triệu đồng' }),
    product({ id: 'loans-average', quote: ['tổng số tiền 1,15 tỷ đồng, mức vay bình quân 50 triệu đồng/hộ', 'giới thiệu 23 hộ nghèo'], x: '23', y: '50', factor: '0,001', stated: '1,15 tỷ đồng', note: '23 households × 50 triệu đồng = 1.150 triệu đồng = 1,15 tỷ đồng.' }),
    contradiction({ id: 'fund-rank', quote: ['xếp thứ 4/57 xã, phường trong tỉnh'], stated: '4/57', expected: 'a rank, not a ratio', consistent: true, reason: 'A rank written X/Y; no percent belongs to it.', trap: 'a rank written as X/Y.' }),
    // 4. Giám sát, phản biện
    ratio({ id: 'supervision-plan', quote: ['bằng 83,3% kế hoạch năm', 'kế hoạch chủ trì 6 cuộc giám sát chuyên đề'], x: '5', y: '6', stated: '83,3%', note: 'The plan is two sentences before the percent.' }),
    cumulative({ id: 'supervision-cumulative', quote: ['Lũy kế từ đầu năm thực hiện 5 cuộc', 'Đến hết tháng 9/2026 thực hiện 3 cuộc giám sát chuyên đề', 'Trong tháng thực hiện 02 (hai) cuộc'], previous: '3', period: '2', stated: '5' }),
    contradiction({ id: 'targeting-none-then-two', quote: ['không phát hiện trường hợp nào bình xét sai đối tượng', 'qua giám sát còn 02 trường hợp bình xét chưa đúng đối tượng'], stated: 'không phát hiện trường hợp nào bình xét sai đối tượng', expected: '02 trường hợp bình xét chưa đúng đối tượng (mục III.2)', consistent: false, reason: 'Section II.4 says the supervision found no household wrongly classified; the summary of shortcomings says the same supervision found 2.', mistake: 'planted', original: 'phát hiện 02 trường hợp bình xét chưa đúng đối tượng', note: 'Class 8.' }),
    share({ id: 'poor-share', quote: ['173 hộ nghèo, chiếm 4,5%'], x: '173', y: '3.845', stated: '4,5%', note: '4,4993…% → 4,5%.' }),
    share({ id: 'near-poor-share', quote: ['264 hộ cận nghèo, chiếm 6,87% tổng số hộ'], x: '264', y: '3.845', stated: '6,87%' }),
    difference({ id: 'poor-decrease-count', quote: ['số hộ nghèo giảm 25 hộ', 'so với đầu năm (198 hộ nghèo)'], a: '198', b: '173', stated: '25' }),
    change({ id: 'poor-decrease-rate', quote: ['tương ứng giảm 12,6%'], x: '173', base: '198', stated: '12,6%', direction: 'giảm' }),
    ratio({ id: 'disaster-fund', quote: ['148,6/162 triệu đồng, đạt 91,7% kế hoạch'], x: '148,6', y: '162', stated: '91,7%' }),
    sum({ id: 'supervised-works', quote: ['giám sát 9 công trình trên địa bàn (7 công trình đường giao thông, 2 công trình nhà văn hóa)'], parts: ['7', '2'], total: '9' }),
    contradiction({ id: 'no-complaints-but-petitions', quote: ['Trong tháng không có đơn thư khiếu nại, tố cáo gửi đến Ủy ban MTTQ xã', 'tổng hợp 14 ý kiến, kiến nghị của cử tri'], stated: 'không có đơn thư khiếu nại, tố cáo', expected: '14 voters\' petitions are another thing', consistent: true, reason: 'The "none" is about complaints and denunciations; the 14 items are voters\' petitions for the council.', trap: 'a "none" statement beside a count of another subject.' }),
    share({ id: 'criticism-accepted', quote: ['12 ý kiến được cơ quan soạn thảo tiếp thu, chiếm 70,6%', 'có 17 ý kiến phản biện'], x: '12', y: '17', stated: '70,6%' }),
    ratio({ id: 'mediation-success', quote: ['hòa giải thành 7 vụ, đạt 77%', 'tiếp nhận 9 vụ việc'], x: '7', y: '9', stated: '77%', mistake: 'planted', original: 'hòa giải thành 7 vụ, đạt 78%', note: 'Class 7: 77,78% is 78% as a whole number; 77% is truncated.' }),
    sum({ id: 'mediation-cases', quote: ['tiếp nhận 9 vụ việc, hòa giải thành 7 vụ', '2 vụ đang tiếp tục hòa giải'], parts: ['7', '2'], total: '9' }),
    // 5. Tổ chức chính trị - xã hội, BHYT
    sum({ id: 'new-members', quote: ['kết nạp mới 86 đoàn viên, hội viên', 'Hội Nông dân 24, Hội Liên hiệp Phụ nữ 29, Đoàn Thanh niên 19, Hội Cựu chiến binh 12'], parts: ['24', '29', '19', '12'], total: '86', labels: ['Hội Nông dân', 'Hội LHPN', 'Đoàn Thanh niên', 'Hội CCB'], mistake: 'planted', original: 'Hội Liên hiệp Phụ nữ 31', note: 'Class 4: the four organisations add to 84; the total 86 is the one that agrees with 6.042 + 86 = 6.128.' }),
    cumulative({ id: 'members-total', quote: ['nâng tổng số đoàn viên, hội viên lên 6.128 người', 'so với tháng trước (6.042 người)'], previous: '6.042', period: '86', stated: '6.128' }),
    change({ id: 'members-change', quote: ['tăng 1,4% so với tháng trước (6.042 người)'], x: '6.128', base: '6.042', stated: '1,4%', direction: 'tăng' }),
    ratio({ id: 'health-insurance-target', quote: ['Đạt 81,5% chỉ tiêu được giao', 'giao chỉ tiêu phát triển 650 người', 'đã có 517 người tham gia'], x: '517', y: '650', stated: '81,5%', mistake: 'planted', original: 'Đạt 79,5% chỉ tiêu được giao', note: 'Class 2: the target is two sentences before, past a long sentence about the campaign, and the percent stands in a sentence of its own; 517/650 is 79,54%.' }),
    difference({ id: 'health-insurance-gap', quote: ['còn thiếu 133 người so với chỉ tiêu'], a: '650', b: '517', stated: '133', note: 'The summary restates the gap to the target.' }),
    share({ id: 'committee-women', quote: ['14 ủy viên nữ (31,1%)', 'hiện có 45 ủy viên'], x: '14', y: '45', stated: '31,1%' }),
    share({ id: 'committee-thai', quote: ['9 ủy viên là người dân tộc Thái (20%)'], x: '9', y: '45', stated: '20%' }),
    share({ id: 'committee-non-party', quote: ['6 ủy viên ngoài Đảng (13,3%)'], x: '6', y: '45', stated: '13,3%' }),
    contradiction({ id: 'committee-groups-overlap', quote: ['trong đó 14 ủy viên nữ (31,1%)'], stated: '31,1% + 20% + 13,3%', expected: 'overlapping groups of the 45 members', consistent: true, reason: 'Women, Thái and non-party members overlap; their shares need not add to 100% and their counts are no split of 45.', trap: 'overlapping groups after "trong đó".' }),
    repeat({ id: 'committee-size', quote: ['Ủy ban MTTQ xã hiện có 45 ủy viên', 'nhiệm kỳ 2024 - 2029 có 45 ủy viên'], values: ['45', '45'] }),
    // III. Đánh giá chung
    repeat({ id: 'receipts-summary', quote: ['đạt 92,1% kế hoạch năm', 'đạt 91,2% kế hoạch năm, tăng'], values: ['91,2%', '92,1%'], mistake: 'planted', original: 'Quỹ "Vì người nghèo" lũy kế tiếp nhận 382,9 triệu đồng, đạt 91,2% kế hoạch năm', note: 'Class 5: the summary swaps two digits of the body\'s 91,2% (382,9/420).' }),
    repeat({ id: 'receipts-summary-amount', quote: ['lũy kế tiếp nhận 382,9 triệu đồng', 'Quỹ tiếp nhận 382,9 triệu đồng'], values: ['382,9 triệu đồng', '382,9 triệu đồng'] }),
    // IV. Phương hướng
    difference({ id: 'receipts-remaining', quote: ['số tiền còn phải vận động để đạt kế hoạch là 37,1 triệu đồng'], a: '420', b: '382,9', stated: '37,1' }),
    difference({ id: 'houses-remaining', quote: ['Hoàn thành 2 nhà Đại đoàn kết còn lại'], a: '12', b: '10', stated: '2' }),
  ],
});
