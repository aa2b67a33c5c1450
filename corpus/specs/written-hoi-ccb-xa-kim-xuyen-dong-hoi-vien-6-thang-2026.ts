// Written for the corpus (batch F2): Hội Cựu chiến binh xã Kim Xuyên Đông (tỉnh Tuyên Quang; the
// commune is invented), six-month report 2026: members by party membership, kind and age with shares,
// members' households by living standard, admissions and losses, branch classification, the Hội's fund,
// loans entrusted by the social policy bank (a table by programme with changes since 31/12/2025,
// negative ones written "-318"), economic models, mutual help, the gratitude fund, mediation and
// discipline; a summary ("Kết quả đạt được", "Tồn tại, hạn chế") restating figures; the 2025 year-end
// figures and the term's admissions in 2 footnotes; scoring rule, rank, thresholds, per-member amounts.
import { change, contradiction, cumulative, difference, product, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

const HOUSEHOLDS = '358 + 241 + 9 + 4';

export default report({
  doc: 'written-hoi-ccb-xa-kim-xuyen-dong-hoi-vien-6-thang-2026.md',
  prefix: 'kxd',
  claims: [
    // I. Tình hình chung
    difference({ id: 'members-vs-new-year', quote: ['tăng 12 hội viên so với đầu năm', 'toàn Hội có 612 hội viên', 'Số liệu đến ngày 31/12/2025: 600 hội viên'], a: '612', b: '600', stated: '12', note: 'The start of the year in footnote 1.' }),
    share({ id: 'party-members-share', quote: ['318 hội viên là đảng viên, chiếm 52,0%', 'toàn Hội có 612 hội viên'], x: '318', y: '612', stated: '52,0%' }),
    contradiction({ id: 'member-groups-overlap', quote: ['27 hội viên nữ, 45 hội viên là người dân tộc Tày, Dao'], stated: '318, 27, 45 after "trong đó"', expected: 'overlapping groups of the 612 members', consistent: true, reason: 'Party members, women and ethnic-minority members are characteristics that overlap; they are no breakdown of 612.', trap: 'overlapping groups after "trong đó".' }),
    share({ id: 'veterans-share', quote: ['cựu chiến binh 402 người, chiếm 65,7%'], x: '402', y: '612', stated: '65,7%' }),
    share({ id: 'ex-soldiers-share', quote: ['cựu quân nhân 210 người, chiếm 34,3%'], x: '210', y: '612', stated: '34,3%' }),
    sum({ id: 'members-by-kind', quote: ['toàn Hội có 612 hội viên', 'cựu chiến binh 402 người', 'cựu quân nhân 210 người'], parts: ['402', '210'], total: '612' }),
    sum({ id: 'members-by-age', quote: ['toàn Hội có 612 hội viên', 'trên 80 tuổi 41 người', 'từ 70 đến 80 tuổi 126 người', 'từ 60 đến dưới 70 tuổi 258 người', 'dưới 60 tuổi 187 người'], parts: ['41', '126', '258', '187'], total: '612' }),
    share({ id: 'age-over-80', quote: ['trên 80 tuổi 41 người (6,7%)'], x: '41', y: '612', stated: '6,7%' }),
    share({ id: 'age-70-80', quote: ['từ 70 đến 80 tuổi 126 người (20,6%)'], x: '126', y: '612', stated: '20,6%' }),
    share({ id: 'age-60-70', quote: ['từ 60 đến dưới 70 tuổi 258 người (42,2%)'], x: '258', y: '612', stated: '42,2%' }),
    share({ id: 'age-under-60', quote: ['dưới 60 tuổi 187 người (30,6%)'], x: '187', y: '612', stated: '30,6%' }),
    sum({ id: 'age-shares-100', quote: ['trên 80 tuổi 41 người (6,7%)', 'từ 70 đến 80 tuổi 126 người (20,6%)', 'từ 60 đến dưới 70 tuổi 258 người (42,2%)', 'dưới 60 tuổi 187 người (30,6%)'], parts: ['6,7', '20,6', '42,2', '30,6'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The rounded shares add to 100,1%, within their rounding.' }),
    share({ id: 'households-well-off', quote: ['hộ khá, giàu 358 hộ, chiếm 58,5%'], x: '358', y: HOUSEHOLDS, stated: '58,5%', note: 'The whole is the members\' households, the sum of the four groups (612, one household per member).' }),
    share({ id: 'households-average', quote: ['hộ trung bình 241 hộ, chiếm 37,4%', 'hộ khá, giàu 358 hộ, chiếm 58,5%', 'hộ cận nghèo 9 hộ, chiếm 1,5%', 'hộ nghèo 4 hộ, chiếm 0,7%'], x: '241', y: HOUSEHOLDS, stated: '37,4%', mistake: 'planted', original: 'hộ trung bình 241 hộ, chiếm 39,4%', note: 'Class 3: 241/612 = 39,38%; the four shares now add to 98,1% instead of 100%.' }),
    share({ id: 'households-near-poor', quote: ['hộ cận nghèo 9 hộ, chiếm 1,5%'], x: '9', y: HOUSEHOLDS, stated: '1,5%' }),
    share({ id: 'households-poor', quote: ['hộ nghèo 4 hộ, chiếm 0,7%'], x: '4', y: HOUSEHOLDS, stated: '0,7%' }),
    // II.1 Tuyên truyền
    ratio({ id: 'model-veterans-2025', quote: ['571/600 hội viên đạt danh hiệu "Cựu chiến binh gương mẫu", đạt 95,2%'], x: '571', y: '600', stated: '95,2%', trap: 'a figure of 2025 on the 2025 base (600), not on today\'s 612.' }),
    ratio({ id: 'cultured-families-2025', quote: ['chiếm 89% số hộ hội viên tại thời điểm bình xét (600 hộ)', '534 gia đình hội viên đạt danh hiệu'], x: '534', y: '600', stated: '89%', trap: 'the base of another period in parentheses after the percent.', note: 'Whole-number percent, exact.' }),
    contradiction({ id: 'no-violations-then-one', quote: ['không có hội viên vi phạm pháp luật, vi phạm Điều lệ Hội phải xử lý', '01 hội viên chi hội thôn Nà Khau bị Hội xử lý kỷ luật khiển trách'], stated: '01 hội viên bị xử lý kỷ luật', expected: '0 (section 1 says no member had to be dealt with for a violation)', consistent: false, reason: 'Section 1 says no member broke the law or the statute and had to be dealt with; section 4 reports one member disciplined (khiển trách) for a building violation.', mistake: 'planted', original: 'có 01 hội viên vi phạm quy định về xây dựng phải xử lý', note: 'Class 8: a count against a "none" statement two sections earlier; the summary also mentions the violation.' }),
    // II.2 Tổ chức
    ratio({ id: 'admissions-target', quote: ['kết nạp mới 23 hội viên, đạt 65,7% chỉ tiêu năm (35 hội viên)'], x: '23', y: '35', stated: '65,7%', note: 'The target in parentheses after the percent.' }),
    sum({ id: 'losses', quote: ['giảm 11 hội viên (từ trần 8, chuyển sinh hoạt nơi khác 3)'], parts: ['8', '3'], total: '11' }),
    difference({ id: 'net-growth', quote: ['tăng thực 12 hội viên', 'kết nạp mới 23 hội viên', 'giảm 11 hội viên'], a: '23', b: '11', stated: '12' }),
    cumulative({ id: 'admissions-term', quote: ['Hội đã kết nạp 98 hội viên', 'đến ngày 31/12/2025, Hội kết nạp 81 hội viên', 'kết nạp mới 23 hội viên'], previous: '81', period: '23', stated: '98', mistake: 'planted', original: 'Hội đã kết nạp 104 hội viên', note: 'Class 6: the term\'s lũy kế to 31/12/2025 in footnote 2 plus the six months\' 23 is 104, not 98.' }),
    share({ id: 'branches-strong', quote: ['11 chi hội vững mạnh (78,6%)', '14 chi hội có 11'], x: '11', y: '14', stated: '78,6%' }),
    share({ id: 'branches-good', quote: ['3 chi hội khá (21,4%)'], x: '3', y: '14', stated: '21,4%' }),
    sum({ id: 'branches-classified', quote: ['14 chi hội có 11 chi hội vững mạnh', '3 chi hội khá'], parts: ['11', '3'], total: '14', note: '"không có chi hội trung bình, yếu".' }),
    contradiction({ id: 'emulation-score', quote: ['được chấm 96/100 điểm thi đua (từ 95 điểm trở lên xếp loại xuất sắc)'], stated: '96/100 điểm', expected: 'a score with its grading rule', consistent: true, reason: 'A score out of 100 and the grade\'s threshold.', trap: 'a scoring rule next to an X/Y.' }),
    contradiction({ id: 'emulation-rank', quote: ['xếp thứ 2/24 cơ sở Hội'], stated: '2/24', expected: 'a rank', consistent: true, reason: 'A rank written X/Y.', trap: 'a rank written X/Y.' }),
    product({ id: 'hoi-fund', quote: ['tổng số quỹ hiện có 153 triệu đồng', 'bình quân 250.000 đồng/hội viên', 'toàn Hội có 612 hội viên'], x: '612', y: '250.000', factor: '0,000001', stated: '153 triệu đồng', trap: 'a per-member amount, not a part.' }),
    // II.3.1 Ủy thác
    contradiction({ id: 'loan-average', quote: ['bình quân 59,2 triệu đồng/hộ vay'], stated: '59,2 triệu đồng/hộ', expected: '31.846/538 = 59,19 triệu đồng', consistent: true, reason: 'An average per borrowing household (a quotient), not a part or a total.', trap: 'a per-household average.' }),
    difference({ id: 'loans-increase', quote: ['dư nợ tăng 2.214 triệu đồng', 'tổng dư nợ 31.846 triệu đồng, bình quân', 'tổng dư nợ ủy thác 29.632 triệu đồng'], a: '31.846', b: '29.632', stated: '2.214' }),
    change({ id: 'loans-change', quote: ['tương đương tăng 8,1% (29.632 triệu đồng)', 'tổng dư nợ 31.846 triệu đồng, bình quân'], x: '31.846', base: '29.632', stated: '8,1%', direction: 'tăng', mistake: 'planted', original: 'tương đương tăng 7,5% (29.632 triệu đồng)', note: 'Class 1: the base in parentheses after the percent (and in footnote 1); 31.846/29.632 = 107,47%, an increase of 7,5%.' }),
    share({ id: 'overdue-share', quote: ['Nợ quá hạn 42 triệu đồng, chiếm 0,13% tổng dư nợ'], x: '42', y: '31.846', stated: '0,13%' }),
    contradiction({ id: 'overdue-ceiling', quote: ['thấp hơn mức cho phép 0,3%'], stated: '0,3%', expected: 'the permitted ceiling', consistent: true, reason: 'A ceiling beside the rate 0,13%.', trap: 'a threshold next to a rate.' }),
    sum({ id: 't-borrowers', quote: ['với 538 hộ còn dư nợ'], parts: ['96', '104', '61', '148', '102', '12', '15'], total: '538', note: 'The table\'s column of borrowers adds to the text\'s 538 and to its own total row.' }),
    sum({ id: 't-loans-by-programme', quote: ['tổng dư nợ 31.846 triệu đồng, bình quân', '9.680', '5.412', '6.185', '3.270', '2.049', '4.640'], parts: ['5.412', '6.185', '3.270', '9.680', '2.049', '4.640', '430'], total: '31.846', mistake: 'planted', original: '9.860', note: 'Class 4: the programmes add to 31.666, not to the total row\'s and the text\'s 31.846; the job-creation cell has two digits swapped (9.860).' }),
    sum({ id: 't-changes', quote: ['dư nợ tăng 2.214 triệu đồng', '-318', '742', '415', '1.120', '-85', '340'], parts: ['-318', '742', '415', '1.120', '-85', '340', '0'], total: '2.214', note: 'Changes by programme, two negative, add to the total change.' }),
    repeat({ id: 'poor-loans-text-table', quote: ['hộ nghèo còn 5.421 triệu đồng', '5.412'], values: ['5.412 triệu đồng', '5.421 triệu đồng'], mistake: 'planted', original: 'hộ nghèo còn 5.412 triệu đồng', note: 'Class 5: the text repeats the table\'s 5.412 with two digits swapped.' }),
    change({ id: 'poor-loans-change', quote: ['giảm 318 triệu đồng (-5,5%)'], x: '5.412', base: '5.412 + 318', stated: '5,5%', direction: 'giảm', note: 'A fall written "-5,5%"; the base (5.730) is the table\'s balance plus the decrease.' }),
    change({ id: 'water-loans-change', quote: ['giảm 85 triệu đồng (-4,0%)'], x: '2.049', base: '2.049 + 85', stated: '4,0%', direction: 'giảm' }),
    sum({ id: 'savings-groups', quote: ['Kết quả xếp loại 16 tổ tiết kiệm và vay vốn: 14 tổ tốt, 2 tổ khá'], parts: ['14', '2'], total: '16' }),
    // II.3.2 Giảm nghèo
    contradiction({ id: 'farm-threshold', quote: ['46 mô hình trang trại, gia trại cho thu nhập từ 200 triệu đồng/năm trở lên, trong đó 9 mô hình'], stated: '46, trong đó 9', expected: 'a threshold of income and a subset', consistent: true, reason: '"từ 200 triệu đồng/năm trở lên" is the criterion of the 46 models; the 9 above 1 tỷ are among them.', trap: 'a threshold and a subset after "trong đó".' }),
    difference({ id: 'poor-households-out', quote: ['có 3 hộ thoát nghèo', 'giảm từ 7 hộ đầu năm xuống còn 4 hộ'], a: '7', b: '4', stated: '3' }),
    repeat({ id: 'poor-households-repeat', quote: ['hộ nghèo là hội viên còn 4 hộ', 'hộ nghèo 4 hộ, chiếm'], values: ['4', '4'] }),
    cumulative({ id: 'support-fund', quote: ['nâng tổng quỹ lên 489 triệu đồng', 'đầu năm có 412 triệu đồng', '6 tháng vận động thêm 86 triệu đồng'], previous: '412', period: '86', stated: '489', mistake: 'planted', original: 'nâng tổng quỹ lên 498 triệu đồng', note: 'Class 6: 412 at the start of the year plus 86 is 498; the balance has two digits swapped.' }),
    contradiction({ id: 'support-fund-per-member', quote: ['với mức 10 - 15 triệu đồng/hội viên'], stated: '10 - 15 triệu đồng/hội viên', expected: 'a per-member range', consistent: true, reason: 'A range of loans per member, not parts of the fund.', trap: 'a per-item amount.' }),
    sum({ id: 'gratitude-fund-parts', quote: ['đã vận động được 31,2 triệu đồng', 'ủng hộ 12,5 triệu đồng và hội viên ủng hộ 18,7 triệu đồng'], parts: ['12,5', '18,7'], total: '31,2' }),
    ratio({ id: 'gratitude-fund-target', quote: ['Kết quả vận động đạt 62,5% chỉ tiêu năm', 'đã vận động được 31,2 triệu đồng', 'Quỹ "Đền ơn đáp nghĩa" 48 triệu đồng'], x: '31,2 triệu đồng', y: '48 triệu đồng', stated: '62,5%', mistake: 'planted', original: 'Kết quả vận động đạt 65,0% chỉ tiêu năm', note: 'Class 2: the percent is a sentence of its own after a long one; the target two sentences back. 31,2/48 = 65,0%.' }),
    // II.4
    ratio({ id: 'mediation', quote: ['thành công 9 vụ, đạt 81%', 'đã hòa giải 11 vụ việc'], x: '9', y: '11', stated: '81%', mistake: 'planted', original: 'thành công 9 vụ, đạt 82%', note: 'Class 7: 9/11 = 81,82%, which is 82% written whole.' }),
    // III. Đánh giá chung
    repeat({ id: 'admissions-summary', quote: ['kết nạp 32 hội viên mới', 'kết nạp mới 23 hội viên'], values: ['23', '32'], mistake: 'planted', original: 'kết nạp 23 hội viên mới', note: 'Class 5: the summary restates the admissions with two digits swapped.' }),
    repeat({ id: 'loans-summary', quote: ['dư nợ ủy thác đạt 31,8 tỷ đồng', 'tổng dư nợ 31.846 triệu đồng, bình quân'], values: ['31.846 triệu đồng', '31,8 tỷ đồng'], kind: 'unit', note: 'triệu in the body, tỷ in the summary.' }),
    repeat({ id: 'overdue-summary', quote: ['nợ quá hạn chỉ chiếm 0,13%'], values: ['0,13%', '0,13%'] }),
    repeat({ id: 'admissions-rate-summary', quote: ['chưa đạt tiến độ (65,7% chỉ tiêu năm)'], values: ['65,7%', '65,7%'] }),
    // IV. Phương hướng
    difference({ id: 'admissions-remaining', quote: ['kết nạp thêm ít nhất 12 hội viên để hoàn thành chỉ tiêu năm (35 hội viên)'], a: '35', b: '23', stated: '12', note: 'The rest of the year\'s target.' }),
    contradiction({ id: 'targets-next', quote: ['Giữ tỷ lệ nợ quá hạn dưới 0,2%', 'trên 95% hội viên đạt "Cựu chiến binh gương mẫu"'], stated: 'dưới 0,2%; trên 95%', expected: 'targets', consistent: true, reason: 'Targets for the second half of the year.', trap: 'targets.' }),
  ],
});
