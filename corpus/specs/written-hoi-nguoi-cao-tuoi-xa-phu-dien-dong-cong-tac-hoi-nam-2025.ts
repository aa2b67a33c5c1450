// Written for the corpus (batch J2): Ban Chấp hành Hội Người cao tuổi xã Phú Điền Đông (tỉnh Đồng Tháp;
// the commune is invented), year-end report 2025: the elderly against the population, members against
// the elderly with the congress's target, members as a stock and flow from a footnote, members by sex
// and age, overlapping groups, branch grading and a rank, the "Tuổi cao - Gương sáng" movement (against
// 2024 in parentheses, an income threshold), intergenerational self-help clubs with their 70% rule,
// mediation X/Y, health checks against the target ("vượt … điểm phần trăm"), eye surgery, health
// insurance cards (a whole percent), longevity celebrations in a table (people × gift = amount, numbers
// in the row labels), pensions and the social pension (parts after "gồm"), gifts and visits (count ×
// amount), houses with the term's lũy kế from a footnote (count and tỷ), the association's fund against
// the end of 2024 in a footnote (tỷ against triệu), dues per member, the care fund against its plan in
// tỷ and its spending by item; "Kết quả đạt được" and "Tồn tại, hạn chế" restating figures; 2026 tasks.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-hoi-nguoi-cao-tuoi-xa-phu-dien-dong-cong-tac-hoi-nam-2025.md',
  prefix: 'pdd',
  claims: [
    // I
    share({ id: 'elderly-share', quote: ['chiếm 14,3% dân số', 'Toàn xã có 5.236 người cao tuổi', '36.540 nhân khẩu'], x: '5.236', y: '36.540', stated: '14,3%' }),
    share({ id: 'elderly-women', quote: ['trong đó nữ 3.018 người, chiếm 57,6%', 'Toàn xã có 5.236 người cao tuổi'], x: '3.018', y: '5.236', stated: '57,6%' }),
    atLeast({ id: 'elderly-subgroups', quote: ['người từ 80 tuổi trở lên 812 người; người cao tuổi là đồng bào dân tộc Khmer 146 người', 'Toàn xã có 5.236 người cao tuổi'], big: '5.236', small: '3.018 + 812 + 146', trap: 'overlapping groups after "trong đó" (women, the over-80s, Khmer elderly): not parts of a sum.' }),
    // II.1
    share({ id: 'members-share', quote: ['chiếm 93,1% số người cao tuổi (chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2021 - 2026 là 95%)', 'với 4.873 hội viên', 'Toàn xã có 5.236 người cao tuổi'], x: '4.873', y: '5.236', stated: '93,1%', trap: 'the congress\'s 95% target in parentheses next to the rate.' }),
    quotient({ id: 'members-per-branch', quote: ['bình quân 348 hội viên/chi hội', 'toàn Hội có 14 chi hội', 'với 4.873 hội viên'], x: '4.873', y: '14', stated: '348', trap: 'an average per branch.' }),
    difference({ id: 'members-flow', quote: ['số hội viên tăng 171 người', 'kết nạp mới 326 người', 'giảm 155 người, gồm'], a: '326', b: '155', stated: '171' }),
    difference({ id: 'members-vs-start', quote: ['số hội viên tăng 171 người', 'với 4.873 hội viên', 'Số hội viên đến ngày 31/12/2024: 4.702 người'], a: '4.873', b: '4.702', stated: '171', note: 'The end of 2024 in footnote 1.' }),
    sum({ id: 'members-losses', quote: ['giảm 155 người, gồm', 'từ trần 141 người và chuyển đi nơi khác 14 người'], parts: ['141', '14'], total: '155' }),
    share({ id: 'members-women', quote: ['Hội viên nữ có 2.812 người, chiếm 59,8% tổng số hội viên', 'với 4.873 hội viên', 'Số hội viên đến ngày 31/12/2024: 4.702 người'], x: '2.812', y: '4.873', stated: '59,8%', mistake: 'planted', original: 'chiếm 57,7% tổng số hội viên', note: 'Class 3: the share is taken of the members at the end of 2024 in footnote 1 (2.812/4.702 = 59,80%); of today\'s 4.873 members it is 57,71%.' }),
    sum({ id: 'members-by-age', quote: ['với 4.873 hội viên', 'từ 60 đến 69 tuổi 2.614 người', 'từ 70 đến 79 tuổi 1.512 người', 'từ 80 đến 89 tuổi 618 người', 'từ 90 tuổi trở lên 129 người'], parts: ['2.614', '1.512', '618', '129'], total: '4.873' }),
    share({ id: 'age-60-69', quote: ['2.614 người (53,6%)', 'với 4.873 hội viên'], x: '2.614', y: '4.873', stated: '53,6%' }),
    share({ id: 'age-70-79', quote: ['1.512 người (31,0%)', 'với 4.873 hội viên'], x: '1.512', y: '4.873', stated: '31,0%' }),
    share({ id: 'age-80-89', quote: ['618 người (12,7%)', 'với 4.873 hội viên'], x: '618', y: '4.873', stated: '12,7%' }),
    share({ id: 'age-90-plus', quote: ['129 người (2,6%)', 'với 4.873 hội viên'], x: '129', y: '4.873', stated: '2,6%' }),
    sum({ id: 'age-shares-100', quote: ['(53,6%)', '(31,0%)', '(12,7%)', '(2,6%)'], parts: ['53,6', '31,0', '12,7', '2,6'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The rounded shares add to 99,9%, within their rounding.' }),
    atLeast({ id: 'members-overlapping', quote: ['có 1.126 người là đảng viên, 684 người là hội viên Hội Cựu chiến binh và 385 người đang tham gia', 'với 4.873 hội viên'], big: '4.873', small: '1.126 + 684 + 385', trap: 'overlapping groups "Trong tổng số hội viên": not parts of a sum.' }),
    share({ id: 'branches-strong', quote: ['11 chi hội đạt vững mạnh (78,6%)', 'toàn Hội có 14 chi hội'], x: '11', y: '14', stated: '78,6%' }),
    sum({ id: 'branches-graded', quote: ['toàn Hội có 14 chi hội', '11 chi hội đạt vững mạnh', '3 chi hội đạt khá'], parts: ['11', '3'], total: '14', note: 'No average or weak branch, so the two grades cover the 14 branches.' }),
    contradiction({ id: 'branches-100', quote: ['100% chi hội duy trì sinh hoạt định kỳ hằng quý'], stated: '100%', expected: 'all branches', consistent: true, reason: 'All 14 branches; no count to check against.', trap: 'a percent with no count of its own.' }),
    contradiction({ id: 'rank', quote: ['xếp thứ 4/22 đơn vị trong Cụm thi đua số 3', 'xếp thứ 7/22 đơn vị trong Cụm thi đua'], stated: '4/22', expected: 'a rank written X/Y', consistent: true, reason: 'A rank in the emulation cluster (2024\'s rank in footnote 2), not a ratio.', trap: 'ranks written X/Y.' }),
    // II.2
    share({ id: 'economic-share', quote: ['chiếm 75,7% số người cao tuổi; trong đó 1.248 người', 'Toàn xã có 3.962 người cao tuổi tham gia', 'Toàn xã có 5.236 người cao tuổi'], x: '3.962', y: '5.236', stated: '75,7%' }),
    contradiction({ id: 'income-threshold', quote: ['có thu nhập từ 5 triệu đồng/tháng trở lên'], stated: '5 triệu đồng/tháng', expected: 'a threshold', consistent: true, reason: 'An income threshold defining the 1.248 people, not an amount to add.', trap: 'a threshold beside a count.' }),
    change({ id: 'good-households', quote: ['tăng 9,1% so với năm 2024 (429 hộ)', 'Có 468 hộ người cao tuổi'], x: '468', base: '429', stated: '9,1%', direction: 'tăng' }),
    share({ id: 'ishc-elderly', quote: ['chiếm 70,0% (theo hướng dẫn, tối thiểu 70% thành viên', 'với 560 thành viên, trong đó người cao tuổi 392 người'], x: '392', y: '560', stated: '70,0%', trap: 'the guideline\'s minimum of 70% right after the share.' }),
    ratio({ id: 'mediation', quote: ['37/42 vụ việc, đạt 88,1%'], x: '37', y: '42', stated: '88,1%' }),
    contradiction({ id: 'abuse-none', quote: ['Trong năm không có người cao tuổi bị ngược đãi, bạo lực gia đình', 'có 03 vụ mâu thuẫn trong gia đình liên quan đến việc phụng dưỡng'], stated: 'không có người cao tuổi bị ngược đãi; 03 vụ mâu thuẫn đã hòa giải', expected: 'a "none" about another subject', consistent: true, reason: 'Family disputes settled by mediation are not abuse or domestic violence.', trap: 'a "none" beside a count of another subject.' }),
    contradiction({ id: 'violations-none', quote: ['Vẫn còn 02 hội viên vi phạm pháp luật về trật tự, an toàn giao thông', 'trong năm không có hội viên vi phạm pháp luật, mắc tệ nạn xã hội'], stated: '02 hội viên vi phạm pháp luật', expected: '0 (section II.2 says no member broke the law in the year)', consistent: false, reason: 'The summary counts two members fined for traffic offences against the body\'s "none".', mistake: 'planted', original: 'Vẫn còn một số hội viên chưa gương mẫu chấp hành quy định về trật tự, an toàn giao thông', note: 'Class 8: a count against a "none" statement.' }),
    // II.3.1
    share({ id: 'health-checks', quote: ['đạt 73,4% số người cao tuổi, vượt', 'khám sức khỏe định kỳ cho 3.842 người cao tuổi', 'Toàn xã có 5.236 người cao tuổi'], x: '3.842', y: '5.236', stated: '73,4%' }),
    difference({ id: 'health-checks-points', quote: ['vượt 3,4 điểm phần trăm so với chỉ tiêu năm (70%)', 'đạt 73,4% số người cao tuổi, vượt'], a: '73,4', b: '70', stated: '3,4', note: '"vượt … điểm phần trăm": the rate minus the target in parentheses.' }),
    share({ id: 'health-records', quote: ['chiếm 94,7% số người cao tuổi', 'cho 4.960 người', 'Toàn xã có 5.236 người cao tuổi'], x: '4.960', y: '5.236', stated: '94,7%' }),
    share({ id: 'cataract', quote: ['chiếm 7,4% số người được khám', 'phẫu thuật đục thủy tinh thể 46 người', 'cho 624 người cao tuổi'], x: '46', y: '624', stated: '7,4%' }),
    ratio({ id: 'insurance-cards', quote: ['là 5.177 người, đạt 98%', 'Toàn xã có 5.236 người cao tuổi'], x: '5.177', y: '5.236', stated: '98%', mistake: 'planted', original: 'là 5.177 người, đạt 99%', note: 'Class 7: 5.177/5.236 = 98,87%, which is 99% written whole; 98% truncates.' }),
    difference({ id: 'no-card', quote: ['còn 59 người chưa có thẻ', 'là 5.177 người', 'Toàn xã có 5.236 người cao tuổi'], a: '5.236', b: '5.177', stated: '59' }),
    // II.3.2 table
    sum({ id: 't-people', quote: ['cho 814 người cao tuổi ở các độ tuổi', 'Tròn 70 tuổi', '198', '152', 'Tròn 85 tuổi', 'Tròn 90 tuổi', 'Tròn 95 tuổi', 'Từ 100 tuổi trở lên'], parts: ['286', '198', '152', '104', '47', '19', '8'], total: '814', note: 'The table\'s rows against the text\'s total (and the table\'s own total row).' }),
    sum({ id: 't-amounts', quote: ['tổng kinh phí 214,6 triệu đồng từ ngân sách xã', '57,2', '39,6', '45,6', '31,2', '23,5', '9,5', '8,0'], parts: ['57,2', '39,6', '45,6', '31,2', '23,5', '9,5', '8,0'], total: '214,6' }),
    product({ id: 't-70', quote: ['57,2', 'Tròn 70 tuổi'], x: '286', y: '200', factor: '0,001', stated: '57,2', note: 'People × gift in nghìn đồng = amount in triệu đồng.' }),
    product({ id: 't-80', quote: ['45,6', '152', 'Tròn 80 tuổi'], x: '152', y: '300', factor: '0,001', stated: '45,6' }),
    product({ id: 't-90', quote: ['23,5', 'Tròn 90 tuổi'], x: '47', y: '500', factor: '0,001', stated: '23,5' }),
    contradiction({ id: 't-row-labels', quote: ['Tròn 75 tuổi'], stated: '75', expected: 'an age in a row label', consistent: true, reason: 'The ages 70…100 in the row labels and in the sentence before the table are not counts.', trap: 'numbers in row labels.' }),
    atLeast({ id: 'centenarians', quote: ['Trong số 8 cụ từ 100 tuổi trở lên có 3 cụ tròn 100 tuổi'], big: '8', small: '3' }),
    // II.3.3
    share({ id: 'pension-share', quote: ['là 2.384 người, chiếm 45,5% số người cao tuổi', 'Toàn xã có 5.236 người cao tuổi'], x: '2.384', y: '5.236', stated: '45,5%' }),
    sum({ id: 'pension-parts', quote: ['là 2.384 người, chiếm', 'bảo hiểm xã hội hằng tháng 1.146 người', 'không có lương hưu) 1.283 người'], parts: ['1.146', '1.283'], total: '2.384', mistake: 'planted', original: 'không có lương hưu) 1.238 người', note: 'Class 4: the two kinds after "gồm" add to 2.429, not 2.384; two digits of the social pensioners are swapped.' }),
    contradiction({ id: 'social-pension-rate', quote: ['500.000 đồng/người/tháng'], stated: '500.000 đồng/người/tháng', expected: 'a rate by rule', consistent: true, reason: 'The social pension per person and month set by law.', trap: 'an amount per person and month.' }),
    contradiction({ id: 'lonely-x-of-y', quote: ['23/23 người được chăm sóc tại cộng đồng', 'Có 23 người cao tuổi cô đơn'], stated: '23/23', expected: 'all of them, written X/Y', consistent: true, reason: 'A count written X/Y with no percent.', trap: 'a count written X/Y.' }),
    sum({ id: 'poor-gifts', quote: ['tặng 176 suất quà cho người cao tuổi thuộc hộ nghèo, hộ cận nghèo', 'còn 64 người cao tuổi thuộc hộ nghèo và 112 người cao tuổi thuộc hộ cận nghèo'], parts: ['64', '112'], total: '176', note: 'One gift for each elderly person of a poor or near-poor household (section I).' }),
    product({ id: 'gifts-amount', quote: ['tổng số tiền 88 triệu đồng; thăm hỏi', 'tặng 176 suất quà', 'mỗi suất 500.000 đồng'], x: '176', y: '500.000', factor: '0,000001', stated: '88' }),
    product({ id: 'visits-amount', quote: ['tổng số tiền 70,8 triệu đồng; phúng viếng', 'thăm hỏi 236 lượt hội viên ốm đau', 'mức 300.000 đồng/lượt'], x: '236', y: '300.000', factor: '0,000001', stated: '70,8', trap: 'an amount per visit.' }),
    repeat({ id: 'deaths', quote: ['phúng viếng 141 hội viên từ trần', 'từ trần 141 người'], values: ['141', '141'] }),
    quotient({ id: 'per-house', quote: ['bình quân 60 triệu đồng/căn', 'tổng kinh phí 720 triệu đồng', 'sửa chữa 12 căn nhà cho người cao tuổi có hoàn cảnh'], x: '720', y: '12', stated: '60', trap: 'an average per house.' }),
    sum({ id: 'house-funding', quote: ['tổng kinh phí 720 triệu đồng', 'hỗ trợ 150 triệu đồng, gia đình', 'đóng góp 570 triệu đồng'], parts: ['150', '570'], total: '720' }),
    cumulative({ id: 'houses-term', quote: ['trong nhiệm kỳ lên 47 căn', 'xây mới, sửa chữa 38 căn nhà', 'sửa chữa 12 căn nhà cho người cao tuổi có hoàn cảnh'], previous: '38', period: '12', stated: '47', mistake: 'planted', original: 'trong nhiệm kỳ lên 50 căn', note: 'Class 6: the lũy kế to the end of 2024 in footnote 3 (38 houses) plus the year\'s 12 is 50.' }),
    cumulative({ id: 'houses-term-money', quote: ['tổng kinh phí 2,88 tỷ đồng', 'tổng kinh phí 2,16 tỷ đồng', 'tổng kinh phí 720 triệu đồng'], previous: '2,16 tỷ đồng', period: '720 triệu đồng', stated: '2,88 tỷ đồng', note: 'Footnote 3\'s 2,16 tỷ plus the year\'s 720 triệu.' }),
    // II.4
    quotient({ id: 'fund-per-member', quote: ['bình quân 264 nghìn đồng/hội viên', 'Quỹ Hội đạt 1,286 tỷ đồng', 'với 4.873 hội viên'], x: '1,286', y: '4.873', factor: '1000000', stated: '264', trap: 'an average per member in nghìn đồng from a fund in tỷ.' }),
    difference({ id: 'fund-increase', quote: ['tăng 186 triệu đồng, tăng', 'Quỹ Hội đạt 1,286 tỷ đồng', 'Quỹ Hội đến ngày 31/12/2024: 1.100 triệu đồng'], a: '1,286 tỷ đồng', b: '1.100 triệu đồng', stated: '186 triệu đồng' }),
    change({ id: 'fund-growth', quote: ['tăng 14,5% so với đầu năm', 'Quỹ Hội đạt 1,286 tỷ đồng', 'Quỹ Hội đến ngày 31/12/2024: 1.100 triệu đồng'], x: '1,286 tỷ đồng', base: '1.100 triệu đồng', stated: '14,5%', direction: 'tăng', mistake: 'planted', original: 'tăng 16,9% so với đầu năm', note: 'Class 1: the base is in a cited footnote and another scale; the increase of 186 triệu was divided by the new 1.286 triệu (14,46%) instead of the end-2024 1.100 triệu (16,91%).' }),
    quotient({ id: 'dues-per-member', quote: ['bình quân 12 nghìn đồng/hội viên', 'được 58,5 triệu đồng', 'với 4.873 hội viên'], x: '58,5', y: '4.873', factor: '1000', stated: '12', trap: 'dues per member in nghìn đồng from triệu.' }),
    ratio({ id: 'care-fund-plan', quote: ['đạt 92,5% kế hoạch năm (0,45 tỷ đồng)', 'vận động được 428,6 triệu đồng'], x: '428,6 triệu đồng', y: '0,45 tỷ đồng', stated: '92,5%', mistake: 'planted', original: 'đạt 95,2% kế hoạch năm', note: 'Class 1: the plan is in parentheses after the percent and in tỷ; 428,6 triệu / 450 triệu = 95,24%; two digits are swapped.' }),
    sum({ id: 'care-fund-spending', quote: ['Quỹ đã chi 336,4 triệu đồng', 'tặng quà Tết 88 triệu đồng, thăm hỏi ốm đau 70,8 triệu đồng, hỗ trợ làm nhà 150 triệu đồng, hỗ trợ khám mắt và phẫu thuật 27,6 triệu đồng'], parts: ['88', '70,8', '150', '27,6'], total: '336,4' }),
    difference({ id: 'care-fund-balance', quote: ['còn tồn quỹ 92,2 triệu đồng', 'vận động được 428,6 triệu đồng', 'Quỹ đã chi 336,4 triệu đồng'], a: '428,6', b: '336,4', stated: '92,2' }),
    repeat({ id: 'house-support', quote: ['hỗ trợ làm nhà 150 triệu đồng', 'hỗ trợ 150 triệu đồng, gia đình'], values: ['150', '150'] }),
    // II.5
    quotient({ id: 'per-club', quote: ['bình quân 45 người/câu lạc bộ', 'có 24 câu lạc bộ dưỡng sinh với 1.086 hội viên'], x: '1.086', y: '24', stated: '45', trap: 'an average per club.' }),
    // III.1
    repeat({ id: 'summary-members', quote: ['Toàn Hội hiện có 4.702 hội viên', 'với 4.873 hội viên'], values: ['4.873', '4.702'], mistake: 'planted', original: 'Toàn Hội hiện có 4.873 hội viên', note: 'Class 5: the summary copies the stale end-2024 count (footnote 1) instead of the 4.873 members of the body.' }),
    repeat({ id: 'summary-admissions', quote: ['trong năm kết nạp mới 326 hội viên', 'kết nạp mới 326 người'], values: ['326', '326'] }),
    repeat({ id: 'summary-health', quote: ['3.842 người cao tuổi được khám', 'khám sức khỏe định kỳ cho 3.842 người cao tuổi'], values: ['3.842', '3.842'] }),
    repeat({ id: 'summary-longevity', quote: ['mừng thọ cho 841 người cao tuổi', 'cho 814 người cao tuổi ở các độ tuổi'], values: ['814', '841'], mistake: 'planted', original: 'mừng thọ cho 814 người cao tuổi', note: 'Class 5: the summary repeats the 814 people celebrated with two digits swapped.' }),
    repeat({ id: 'summary-longevity-money', quote: ['với kinh phí 214,6 triệu đồng', 'tổng kinh phí 214,6 triệu đồng từ ngân sách xã'], values: ['214,6', '214,6'] }),
    repeat({ id: 'summary-fund', quote: ['Quỹ Hội đạt 1.286 triệu đồng', 'Quỹ Hội đạt 1,286 tỷ đồng'], values: ['1,286 tỷ đồng', '1.286 triệu đồng'], kind: 'unit' }),
    repeat({ id: 'summary-strong', quote: ['11 chi hội được xếp loại vững mạnh', '11 chi hội đạt vững mạnh'], values: ['11', '11'] }),
    // III.2
    repeat({ id: 'summary-members-rate', quote: ['Tỷ lệ tập hợp hội viên (93,1%)', 'chiếm 93,1% số người cao tuổi (chỉ tiêu'], values: ['93,1%', '93,1%'] }),
    share({ id: 'no-card-share', quote: ['chiếm 1,3% số người cao tuổi', 'Còn 59 người cao tuổi chưa có thẻ', 'Toàn xã có 5.236 người cao tuổi'], x: '59', y: '5.236', stated: '1,3%', mistake: 'planted', original: 'chiếm 1,1% số người cao tuổi', note: 'Class 2: the share is in the summary, its base (the elderly) in section I; 59/5.236 = 1,13%. The writer divided by the members at the end of 2024 (59/4.702 = 1,25%).' }),
    // IV
    contradiction({ id: 'task-targets', quote: ['Kết nạp ít nhất 300 hội viên mới; phấn đấu tỷ lệ tập hợp hội viên đạt 95% số người cao tuổi'], stated: '300; 95%', expected: 'targets', consistent: true, reason: 'Targets for 2026; no ratio of the report\'s figures.', trap: 'targets in the tasks.' }),
    change({ id: 'task-care-fund', quote: ['tăng 16,7% so với năm 2025', 'người cao tuổi 0,5 tỷ đồng', 'vận động được 428,6 triệu đồng'], x: '0,5 tỷ đồng', base: '428,6 triệu đồng', stated: '16,7%', direction: 'tăng', note: 'The 2026 target against the 2025 result in section II.4, in another scale.' }),
    sum({ id: 'task-ishc', quote: ['nâng tổng số lên 12 câu lạc bộ', 'Thành lập mới 4 câu lạc bộ', 'Duy trì 8 Câu lạc bộ'], parts: ['8', '4'], total: '12' }),
  ],
});
