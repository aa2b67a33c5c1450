// Written for the corpus (batch R2): UBND xã Phú Lộc Đông (tỉnh Đồng Nai; the commune is invented) to the
// provincial Sở Nông nghiệp và Môi trường, collection, transport and treatment of domestic solid waste in the
// first ten months of 2026, parts I - IV: households, people and the waste generated per person per day in tấn,
// the waste's composition shares, the collection team and its vehicles after "gồm" (capacities in tấn as
// traps); households served as X/Y against the resolution's minimum and the end of 2025 in parentheses, a
// village's households in the text against a table of six ấp (households, served, rate, tonnes of ten
// months, total row), October's tonnage per day, the ten months' lũy kế from a footnote, per day, the growth
// against 2025 whose base is only in a footnote, sorting at source, contracts as X/Y with a whole percent;
// treatment at the provincial landfill and the commune's incinerator with shares, a "none" of lasting dumps;
// fees per household, October's fee and the lũy kế from a footnote against the year's estimate in tỷ, the
// costs "trong đó"; summary restating figures (kg per day, the landfill's tonnes, the incinerator's share, the
// fee in tỷ) and weaknesses (remainders, three dumps since August); targets for the last two months.
import { contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum, change } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-phu-loc-dong-chat-thai-ran-sinh-hoat-10-thang-2026.md',
  prefix: 'pld',
  claims: [
    contradiction({ id: 'plan-doc', quote: ['Kế hoạch số 27/KH-UBND ngày 15/02/2026'], stated: '27', expected: 'a document', consistent: true, reason: 'A plan\'s number and date.', trap: 'numbers in a document\'s name.' }),
    // I
    product({ id: 'generated', quote: ['khoảng 21,7 tấn/ngày', 'Với mức phát sinh bình quân 0,75 kg/người/ngày', '28.915 nhân khẩu'], x: '28.915', y: '0,75', factor: '0,001', stated: '21,7 tấn', trap: 'people × kg per person per day, in tấn.' }),
    sum({ id: 'composition', quote: ['chất thải hữu cơ chiếm 56,8%, chất thải có khả năng tái chế 14,6%, chất thải còn lại 29,6%'], parts: ['56,8%', '14,6%', '29,6%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'chất thải còn lại 28,6%', note: 'Class 3: the three kinds of waste add to 101,0%.' }),
    contradiction({ id: 'survey-villages', quote: ['tại 3 ấp.'], stated: '3 ấp', expected: 'a survey\'s sample', consistent: true, reason: 'The survey was made in three of the six ấp; not a part of any total.', trap: 'a count that is not a part.' }),
    sum({ id: 'workers', quote: ['Tổ thu gom có 26 công nhân', 'gồm 18 công nhân thu gom và 8 lái xe'], parts: ['18', '8'], total: '26' }),
    sum({ id: 'vehicles', quote: ['Đơn vị bố trí 14 phương tiện', 'gồm 3 xe ép rác loại 7 tấn, 2 xe tải loại 2,5 tấn và 8 xe ba gác máy'], parts: ['3', '2', '8'], total: '14', mistake: 'planted', original: 'và 9 xe ba gác máy', note: 'Class 4: the vehicles by kind add to 13, not 14.' }),
    contradiction({ id: 'truck-size', quote: ['3 xe ép rác loại 7 tấn'], stated: '7 tấn', expected: 'a capacity', consistent: true, reason: 'The capacity of each compactor truck, not a tonnage collected.', trap: 'a per-item figure (a capacity).' }),
    contradiction({ id: 'villages-all', quote: ['100% ấp đã thành lập tổ tự quản'], stated: '100%', expected: 'all six ấp', consistent: true, reason: 'All of the six ấp; no count against it.', trap: '"100%" with no base.' }),
    // II.1
    ratio({ id: 'served', quote: ['đạt 90,0%, vượt chỉ tiêu', 'có 6.714/7.460 hộ được thu gom'], x: '6.714', y: '7.460', stated: '90,0%' }),
    contradiction({ id: 'target-min', quote: ['(tối thiểu 88%)'], stated: 'tối thiểu 88%', expected: 'a target', consistent: true, reason: 'The resolution\'s minimum, beside the 90,0% reached.', trap: 'a threshold next to a rate.' }),
    contradiction({ id: 'resolution', quote: ['Nghị quyết số 05/NQ-HĐND ngày 20/12/2025'], stated: '05', expected: 'a document', consistent: true, reason: 'A resolution\'s number and date.', trap: 'numbers in a document\'s name.' }),
    difference({ id: 'served-gain', quote: ['tăng 312 hộ so với cuối năm 2025 (6.402 hộ)', 'có 6.714/7.460 hộ'], a: '6.714', b: '6.402', stated: '312' }),
    repeat({ id: 'phu-loc-text', quote: ['ấp Phú Lộc có 1.486 hộ được thu gom', '1.468'], values: ['1.468', '1.486'], mistake: 'planted', original: 'ấp Phú Lộc có 1.468 hộ được thu gom', note: 'Class 5: the text swaps two digits of the table\'s 1.468 households served in ấp Phú Lộc.' }),
    sum({ id: 't-households', quote: ['7.460 hộ, 28.915', 'Tổng cộng'], parts: ['1.520', '1.345', '1.108', '1.296', '1.214', '977'], total: '7.460', kind: 'cross_total' }),
    sum({ id: 't-served', quote: ['có 6.714/7.460 hộ', 'Tổng cộng'], parts: ['1.468', '1.262', '962', '1.204', '1.031', '787'], total: '6.714', kind: 'cross_total' }),
    sum({ id: 't-tonnes', quote: ['lũy kế 10 tháng thu gom 5.714 tấn', '789', 'Tổng cộng', '| 90,0 | 5.714 |'], parts: ['1.386', '1.102', '789', '1.047', '812', '569'], total: '5.714', kind: 'cross_total', mistake: 'planted', original: '| Suối Cát | 1.108 | 962 | 86,8 | 798 |', note: 'Class 4: the table\'s tonnes by ấp add to 5.705, not the total row\'s 5.714; ấp Suối Cát\'s 798 tấn is written 789.' }),
    ratio({ id: 't-rate-1', quote: ['96,6'], x: '1.468', y: '1.520', stated: '96,6' }),
    ratio({ id: 't-rate-2', quote: ['93,8'], x: '1.262', y: '1.345', stated: '93,8' }),
    ratio({ id: 't-rate-3', quote: ['86,8'], x: '962', y: '1.108', stated: '86,8' }),
    ratio({ id: 't-rate-4', quote: ['92,9'], x: '1.204', y: '1.296', stated: '92,9' }),
    ratio({ id: 't-rate-5', quote: ['84,9'], x: '1.031', y: '1.214', stated: '84,9' }),
    ratio({ id: 'ben-nom', quote: ['(tỷ lệ mới đạt 80,6%)'], x: '787', y: '977', stated: '80,6%', note: 'The weaknesses restate the table\'s row (787 of 977).' }),
    quotient({ id: 'oct-per-day', quote: ['bình quân 19,0 tấn/ngày', 'khối lượng thu gom đạt 588 tấn'], x: '588', y: '31', stated: '19,0', trap: 'tonnes per day of October (31 days).' }),
    cumulative({ id: 'tonnes-10m', quote: ['lũy kế 10 tháng thu gom 5.714 tấn', 'Khối lượng thu gom 9 tháng năm 2026: 5.126 tấn', 'khối lượng thu gom đạt 588 tấn'], previous: '5.126', period: '588', stated: '5.714', note: 'The nine months\' figure is only in footnote 2.' }),
    quotient({ id: 'per-day', quote: ['bình quân 18,8 tấn/ngày', 'lũy kế 10 tháng thu gom 5.714 tấn'], x: '5.714', y: '304', stated: '18,8', trap: 'tonnes per day over the 304 days of January - October.' }),
    change({ id: 'growth', quote: ['tăng 7,9% so với cùng kỳ năm 2025', 'lũy kế 10 tháng thu gom 5.714 tấn', '10 tháng năm 2025 thu gom 5.262 tấn'], x: '5.714', base: '5.262', stated: '7,9%', direction: 'tăng', mistake: 'planted', original: 'tăng 8,6% so với cùng kỳ năm 2025', note: 'Class 1: the base of 2025 is only in footnote 3; 452/5.262 = 8,6%; 7,9% divides the gain by this year\'s 5.714.' }),
    share({ id: 'sorting', quote: ['chiếm 44,0% số hộ được thu gom', 'Toàn xã có 2.954 hộ thực hiện phân loại', 'có 6.714/7.460 hộ'], x: '2.954', y: '6.714', stated: '44,0%' }),
    ratio({ id: 'schools', quote: ['12/14 trường học và cơ sở giáo dục thực hiện phân loại rác, đạt 86%'], x: '12', y: '14', stated: '86%', trap: 'a whole percent of X/Y rounded correctly (85,71 → 86).' }),
    ratio({ id: 'contracts', quote: ['Đã có 38/41 cơ quan, trường học, doanh nghiệp ký hợp đồng thu gom, đạt 92%'], x: '38', y: '41', stated: '92%', mistake: 'planted', original: 'đạt 93%', note: 'Class 7: 38/41 = 92,68%, which is 93% written whole; 92% truncates.' }),
    contradiction({ id: 'plastic-bags', quote: ['giảm khoảng 15%'], stated: '15%', expected: 'a rate', consistent: true, reason: 'No count of plastic bags is given.', trap: 'a percent with no base.' }),
    // II.2
    sum({ id: 'treated', quote: ['lũy kế 10 tháng thu gom 5.714 tấn', 'chuyển về Khu xử lý chất thải Vĩnh Tân 4.628 tấn', 'của xã (công suất 500 kg/giờ) 1.086 tấn'], parts: ['4.628', '1.086'], total: '5.714' }),
    share({ id: 'landfill-share', quote: ['4.628 tấn, chiếm 81,0%', 'lũy kế 10 tháng thu gom 5.714 tấn'], x: '4.628', y: '5.714', stated: '81,0%' }),
    share({ id: 'incinerator-share', quote: ['1.086 tấn, chiếm 19,0%', 'lũy kế 10 tháng thu gom 5.714 tấn'], x: '1.086', y: '5.714', stated: '19,0%' }),
    sum({ id: 'treated-shares', quote: ['4.628 tấn, chiếm 81,0%', '1.086 tấn, chiếm 19,0%'], parts: ['81,0%', '19,0%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'two shares adding to 100% exactly.' }),
    contradiction({ id: 'incinerator-size', quote: ['(công suất 500 kg/giờ)'], stated: '500 kg/giờ', expected: 'a capacity', consistent: true, reason: 'The incinerator\'s capacity per hour, not a tonnage treated.', trap: 'a per-item figure (a capacity).' }),
    contradiction({ id: 'tổ-7', quote: ['Tổ 7 ấp Tân Mai'], stated: '7', expected: 'a name', consistent: true, reason: 'The number of a residential group.', trap: 'a number in a name.' }),
    contradiction({ id: 'spraying', quote: ['2 lần/tuần'], stated: '2 lần/tuần', expected: 'a frequency', consistent: true, reason: 'How often the site is sprayed.', trap: 'a per-item figure.' }),
    // II.3
    contradiction({ id: 'fee-rate', quote: ['30.000 đồng/hộ/tháng', '80.000 đồng/tháng đối với hộ kinh doanh'], stated: '30.000', expected: 'a price', consistent: true, reason: 'Prices per household and month, not amounts collected.', trap: 'per-item figures (prices).' }),
    cumulative({ id: 'fee-10m', quote: ['lũy kế 10 tháng thu 1.172,4 triệu đồng', 'Lũy kế thu giá dịch vụ thu gom, vận chuyển 9 tháng năm 2026: 1.063,8 triệu đồng', 'Trong tháng 10 thu được 118,6 triệu đồng'], previous: '1.063,8', period: '118,6', stated: '1.172,4', mistake: 'planted', original: 'lũy kế 10 tháng thu 1.182,4 triệu đồng', note: 'Class 6: footnote 4\'s 1.063,8 triệu plus October\'s 118,6 triệu is 1.182,4, not 1.172,4.' }),
    ratio({ id: 'fee-plan', quote: ['bằng 83,7% dự toán năm (1,4 tỷ đồng)', 'lũy kế 10 tháng thu 1.172,4 triệu đồng'], x: '1.172,4 triệu đồng', y: '1,4 tỷ đồng', stated: '83,7%', note: 'Agrees with the lũy kế as written (1.172,4 triệu) against an estimate written in tỷ; with the right 1.182,4 it would be 84,5%.' }),
    sum({ id: 'costs', quote: ['Tổng kinh phí thu gom, vận chuyển và xử lý 10 tháng là 3.846 triệu đồng', 'trong đó ngân sách xã hỗ trợ 2.673,6 triệu đồng, nguồn thu giá dịch vụ 1.172,4 triệu đồng'], parts: ['2.673,6', '1.172,4'], total: '3.846' }),
    // III
    repeat({ id: 'summary-rate', quote: ['Tỷ lệ hộ được thu gom đạt 90,0%', 'đạt 90,0%, vượt chỉ tiêu'], values: ['90,0%', '90,0%'] }),
    repeat({ id: 'summary-tonnes', quote: ['10 tháng thu gom 5.714 tấn, bình quân 18.800 kg/ngày', 'lũy kế 10 tháng thu gom 5.714 tấn'], values: ['5.714', '5.714'] }),
    repeat({ id: 'summary-kg', quote: ['bình quân 18.800 kg/ngày', 'bình quân 18,8 tấn/ngày'], values: ['18,8 tấn', '18.800 kg'], kind: 'unit', trap: 'tonnes per day restated in kg, agreeing.' }),
    repeat({ id: 'summary-landfill', quote: ['chuyển về Khu xử lý chất thải Vĩnh Tân 4.268 tấn', 'chuyển về Khu xử lý chất thải Vĩnh Tân 4.628 tấn'], values: ['4.628', '4.268'], mistake: 'planted', original: 'chuyển về Khu xử lý chất thải Vĩnh Tân 4.628 tấn, khối lượng', note: 'Class 5: the summary swaps two digits of the 4.628 tấn taken to the landfill in II.2.' }),
    share({ id: 'summary-incinerator', quote: ['chiếm 21,2% tổng khối lượng thu gom', 'của xã (công suất 500 kg/giờ) 1.086 tấn', 'lũy kế 10 tháng thu gom 5.714 tấn', 'Khối lượng thu gom 9 tháng năm 2026: 5.126 tấn'], x: '1.086', y: '5.714', stated: '21,2%', mistake: 'planted', original: 'chiếm 19,0% tổng khối lượng thu gom', note: 'Class 2: far from its base in II; 1.086/5.714 = 19,0%; 21,2% divides by the nine months\' 5.126 tấn of footnote 2.' }),
    repeat({ id: 'summary-fee', quote: ['Nguồn thu giá dịch vụ 10 tháng đạt 1,17 tỷ đồng', 'lũy kế 10 tháng thu 1.172,4 triệu đồng'], values: ['1.172,4 triệu đồng', '1,17 tỷ đồng'], kind: 'unit', trap: 'the fee restated in tỷ, agreeing with the figure as written.' }),
    difference({ id: 'unserved', quote: ['Còn 746 hộ chưa được thu gom', 'có 6.714/7.460 hộ'], a: '7.460', b: '6.714', stated: '746', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'dumps', quote: ['Còn 3 điểm đổ rác tự phát phát sinh từ tháng 8', 'không phát sinh điểm tồn đọng rác thải tự phát kéo dài'], stated: '3 điểm (từ tháng 8)', expected: 'none lasting (II.2)', consistent: false, reason: 'Section II.2 says no lasting spontaneous dump arose in the ten months and every one found was cleared the same day; the weaknesses count three dumps left since August.', mistake: 'planted', original: 'Ý thức giữ gìn vệ sinh môi trường của một bộ phận người dân còn hạn chế', note: 'Class 8: a count against a "none" statement.' }),
    difference({ id: 'uncontracted', quote: ['Còn 3 cơ quan, doanh nghiệp chưa ký hợp đồng thu gom', 'Đã có 38/41 cơ quan'], a: '41', b: '38', stated: '3', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'incinerator-age', quote: ['gần 6 năm'], stated: '6 năm', expected: 'an age', consistent: true, reason: 'The incinerator\'s age.', trap: 'a number of years, no relation.' }),
    // IV
    contradiction({ id: 'target-92', quote: ['tỷ lệ hộ được thu gom đạt ít nhất 92%', 'tỷ lệ hộ phân loại chất thải tại nguồn đạt trên 50%'], stated: 'ít nhất 92%', expected: 'targets', consistent: true, reason: 'Targets for the year\'s end, beside the 90,0% and 44,0% reached.', trap: 'targets next to rates.' }),
  ],
});
