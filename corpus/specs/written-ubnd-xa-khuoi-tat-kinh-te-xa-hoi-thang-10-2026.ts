// Written for the corpus (batch D): UBND xã Khuổi Tát (tỉnh Tuyên Quang, an invented mountain commune),
// monthly socio-economic report for October 2026: crops, tea, cinnamon, livestock, forest, budget, rural
// roads, boarding pupils, health, poverty, health insurance, the one-stop desk. Lũy kế figures with the
// previous month's lũy kế in six footnotes; tạ/tấn, kg/tấn, m/km and triệu/tỷ mixed.
import { atLeast, contradiction, cumulative, difference, excess, product, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-khuoi-tat-kinh-te-xa-hoi-thang-10-2026.md',
  prefix: 'kt26',
  claims: [
    // a) Trồng trọt
    ratio({ id: 'rice-harvested', quote: ['612/640 ha lúa mùa, đạt 95,6% diện tích gieo cấy'], x: '612', y: '640', stated: '95,6%', note: '95,625% rounds to 95,6% (the digit after the first decimal is 2).' }),
    product({ id: 'rice-output', quote: ['sản lượng ước đạt 2.968,2 tấn', 'năng suất bình quân ước đạt 48,5 tạ/ha'], x: '612', y: '48,5', factor: '0,1', stated: '2.968,2 tấn', note: 'Area × yield (tạ/ha) in tấn.' }),
    sum({ id: 'maize-seasons', quote: ['sản lượng ngô cả năm ước đạt 763,2 tấn, gồm ngô xuân hè 512,4 tấn, ngô hè thu 250,8 tấn'], parts: ['512,4', '250,8'], total: '763,2' }),
    sum({ id: 'grain-output', quote: ['tổng sản lượng lương thực có hạt năm 2026 ước đạt 5.214 tấn', 'sản lượng đạt 1.482,6 tấn', 'sản lượng ước đạt 2.968,2 tấn', 'ước đạt 763,2 tấn'], parts: ['1.482,6 tấn', '2.968,2 tấn', '763,2 tấn'], total: '5.214 tấn', labels: ['lúa xuân (chú thích 1)', 'lúa mùa', 'ngô'], note: 'The spring rice is only in footnote 1.' }),
    ratio({ id: 'grain-plan', quote: ['bằng 101,2% kế hoạch (5.150 tấn)'], x: '5.214', y: '5.150', stated: '101,2%' }),
    cumulative({ id: 'tea-cumulative', quote: ['lũy kế từ đầu năm đạt 1.128,4 tấn', 'Lũy kế đến hết tháng 9 năm 2026 đạt 1.041,9 tấn', 'trong tháng đạt 86,5 tấn'], previous: '1.041,9', period: '86,5', stated: '1.128,4' }),
    ratio({ id: 'tea-plan', quote: ['bằng 88,2% kế hoạch năm (1.280 tấn)'], x: '1.128,4', y: '1.280', stated: '88,2%', note: 'A footnote mark sits between the figure and its percent.' }),
    product({ id: 'cinnamon-value', quote: ['trị giá khoảng 1,68 tỷ đồng', 'Khai thác vỏ quế 42 tấn, giá bán bình quân 40 triệu đồng/tấn'], x: '42', y: '40', factor: '0,001', stated: '1,68 tỷ đồng', note: 'tấn × triệu đồng/tấn, in tỷ đồng.' }),
    ratio({ id: 'fruit-trees', quote: ['45,6/62 ha, đạt 73% kế hoạch'], x: '45,6', y: '62', stated: '73%', mistake: 'planted', original: '45,6/62 ha, đạt 74% kế hoạch', note: 'Class 7: 73,548…% is 74% as a whole number.' }),
    // b) Chăn nuôi
    sum({ id: 'livestock', quote: ['tổng đàn gia súc đạt 13.840 con', 'Tổng đàn trâu 2.846 con, bò 1.124 con, lợn 9.870 con'], parts: ['2.846', '1.124', '9.870'], total: '13.840' }),
    ratio({ id: 'livestock-plan', quote: ['bằng 92,3% kế hoạch (15.000 con)'], x: '13.840', y: '15.000', stated: '92,3%' }),
    contradiction({ id: 'poultry-not-livestock', quote: ['đàn gia cầm 61.200 con'], stated: '61.200 con', expected: 'not a part of the 13.840 gia súc', consistent: true, reason: 'Poultry are counted apart from the livestock total, in the same unit.', trap: 'a figure of the same unit beside the parts of a total that is not one of them.' }),
    ratio({ id: 'vaccinated-cattle', quote: ['2.905 con trâu, bò, đạt 73,2% tổng đàn'], x: '2.905', y: '2.846 + 1.124', stated: '73,2%', note: 'The base is the buffalo and cattle herd (2.846 + 1.124), not the 13.840 head of livestock.' }),
    // c) Lâm nghiệp
    cumulative({ id: 'forest-cumulative', quote: ['lũy kế 10 tháng trồng được 318,6 ha', 'Lũy kế đến ngày 30/9/2026 trồng được 294,1 ha', 'trồng rừng tập trung được 24,5 ha'], previous: '294,1', period: '24,5', stated: '318,6' }),
    excess({ id: 'forest-plan', quote: ['vượt 106,2% kế hoạch (300 ha)'], x: '318,6', y: '300', stated: '106,2%', mistake: 'planted', original: 'vượt 6,2% kế hoạch (300 ha)', note: 'Class 1: "vượt" with the ratio (106,2%) instead of the excess (6,2%); the plan in parentheses.' }),
    contradiction({ id: 'forest-cover-target', quote: ['68,4% (chỉ tiêu năm: 68,5%)'], stated: '68,4%', expected: 'a rate against its target', consistent: true, reason: 'The target in parentheses is not a base.', trap: 'a target next to a rate.' }),
    contradiction({ id: 'no-fire-two-cases', quote: ['Trong tháng không xảy ra cháy rừng', 'lập biên bản 2 vụ khai thác gỗ trái phép'], stated: 'không xảy ra cháy rừng; 2 vụ', expected: 'fires and illegal logging are different events', consistent: true, reason: 'No forest fire; two cases of illegal logging.', trap: 'a "none" statement and a count of another subject.' }),
    // 2. Tài chính - ngân sách
    cumulative({ id: 'revenue-cumulative', quote: ['lũy kế 10 tháng đạt 2,146 tỷ đồng', 'Lũy kế 9 tháng thu ngân sách trên địa bàn đạt 1.959,6 triệu đồng', 'trong tháng đạt 186,4 triệu đồng'], previous: '1.959,6 triệu đồng', period: '186,4 triệu đồng', stated: '2,146 tỷ đồng', note: 'The lũy kế in tỷ, the footnote and the month in triệu.' }),
    ratio({ id: 'revenue-plan', quote: ['đạt 107,3% dự toán (2.000 triệu đồng)'], x: '2,146 tỷ đồng', y: '2.000 triệu đồng', stated: '107,3%' }),
    ratio({ id: 'spending-plan', quote: ['24,38 tỷ đồng, bằng 79,6% dự toán (31.705 triệu đồng)'], x: '24,38 tỷ đồng', y: '31.705 triệu đồng', stated: '79,6%', mistake: 'planted', original: 'bằng 76,9% dự toán (31.705 triệu đồng)', note: 'Class 1: the estimate in parentheses, in another scale; two digits swapped.' }),
    // 3. Xây dựng cơ bản
    ratio({ id: 'roads', quote: ['đã hoàn thành 6.120 m, đạt 72% kế hoạch', 'cứng hóa 8,5 km'], x: '6.120 m', y: '8,5 km', stated: '72%', note: 'm against km; a whole-number percent that is exact.' }),
    difference({ id: 'roads-left', quote: ['hoàn thành 2.380 m đường giao thông nông thôn còn lại'], a: '8,5 km', b: '6.120 m', stated: '2.380 m' }),
    ratio({ id: 'canals', quote: ['Đạt 65,7% kế hoạch', 'mới hoàn thành 1,35 km', 'Kế hoạch kiên cố hóa 2 km kênh mương'], x: '1,35', y: '2', stated: '65,7%', mistake: 'planted', original: 'Đạt 67,5% kế hoạch', note: 'Class 2: the plan opens a long sentence about the terrain; the percent is a sentence of its own; two digits swapped.' }),
    // II.1 Giáo dục
    sum({ id: 'pupils', quote: ['2.318 học sinh (mầm non 682 trẻ, tiểu học 1.021 học sinh, trung học cơ sở 615 học sinh)'], parts: ['682', '1.021', '615'], total: '2.318' }),
    share({ id: 'boarders', quote: ['1.247 em, chiếm 53,8%'], x: '1.247', y: '2.318', stated: '53,8%', note: 'The total is before the parentheses of the parts.' }),
    product({ id: 'rice-for-boarders', quote: ['tổng số gạo hỗ trợ là 18.705 kg/tháng', 'được hỗ trợ 15 kg gạo/tháng'], x: '1.247', y: '15', stated: '18.705 kg' }),
    repeat({ id: 'rice-for-boarders-tonnes', kind: 'unit', quote: ['(tương ứng 18,7 tấn/tháng)'], values: ['18.705 kg', '18,7 tấn'] }),
    contradiction({ id: 'attendance-last-month', quote: ['97,6% (tháng 9: 97,1%)'], stated: '97,6%', expected: 'last month\'s rate in parentheses', consistent: true, reason: 'The figure in parentheses is of another period, not a repeat or a base.', trap: 'a figure of another period in parentheses.' }),
    // II.2 Y tế, dân số
    cumulative({ id: 'visits-cumulative', quote: ['lũy kế 10 tháng 9.146 lượt', 'Lũy kế 9 tháng khám, chữa bệnh cho 8.187 lượt người', 'khám, chữa bệnh cho 968 lượt người'], previous: '8.187', period: '968', stated: '9.146', mistake: 'planted', original: 'Lũy kế 9 tháng khám, chữa bệnh cho 8.178 lượt người', note: 'Class 6: the footnote\'s lũy kế plus the month is 9.155.' }),
    ratio({ id: 'visits-plan', quote: ['bằng 83,1% kế hoạch năm (11.000 lượt)'], x: '9.146', y: '11.000', stated: '83,1%' }),
    ratio({ id: 'immunisation', quote: ['164/212 trẻ, đạt 77,4%'], x: '164', y: '212', stated: '77,4%' }),
    sum({ id: 'births', quote: ['21 trẻ được sinh ra (nam 12, nữ 9)'], parts: ['12', '9'], total: '21' }),
    share({ id: 'third-child', quote: ['4 trường hợp, chiếm 19%'], x: '4', y: '21', stated: '19%', note: 'A whole-number percent: 19,05% → 19%.' }),
    contradiction({ id: 'third-child-target', quote: ['(chỉ tiêu: dưới 15%)'], stated: 'dưới 15%', expected: 'a threshold', consistent: true, reason: 'The target ceiling, not the share.', trap: 'a threshold next to a share.' }),
    // II.3 Giảm nghèo, BHYT
    share({ id: 'poor-share', quote: ['hộ nghèo 1.046 hộ, chiếm 30,04%'], x: '1.046', y: '3.482', stated: '30,04%' }),
    share({ id: 'near-poor-share', quote: ['hộ cận nghèo 512 hộ, chiếm 14,7%'], x: '512', y: '3.482', stated: '14,7%' }),
    repeat({ id: 'poor-share-summary', quote: ['tỷ lệ hộ nghèo còn cao (30,4%)', 'hộ nghèo 1.046 hộ, chiếm 30,04%'], values: ['30,04%', '30,4%'], mistake: 'planted', original: 'tỷ lệ hộ nghèo còn cao (30,04%)', note: 'Class 5: the summary drops a digit of the body\'s rate.' }),
    product({ id: 'housing-funds', quote: ['kinh phí 1,52 tỷ đồng (40 triệu đồng/hộ)', 'làm nhà ở cho 38 hộ nghèo'], x: '38', y: '40', factor: '0,001', stated: '1,52 tỷ đồng' }),
    ratio({ id: 'housing-done', quote: ['31/38 nhà, đạt 81,6%'], x: '31', y: '38', stated: '81,6%' }),
    sum({ id: 'housing-split', quote: ['hoàn thành 31/38 nhà', '7 nhà đang thi công phần mái'], parts: ['31', '7'], total: '38' }),
    difference({ id: 'housing-left', quote: ['Hoàn thành 7 nhà ở cho hộ nghèo'], a: '38', b: '31', stated: '7' }),
    share({ id: 'health-insurance', quote: ['14.236 người, đạt 97,12% dân số', 'với 14.658 nhân khẩu'], x: '14.236', y: '14.658', stated: '97,12%', note: 'Class 1: the population is in the paragraph before.' }),
    sum({ id: 'health-insurance-groups', quote: ['Tổng số người có thẻ bảo hiểm y tế là 14.236 người', 'nhóm hộ gia đình 1.251 người', 'nhóm do ngân sách nhà nước đóng 11.904 người', 'nhóm khác 1.117 người'], parts: ['11.904', '1.251', '1.117'], total: '14.236', labels: ['ngân sách nhà nước đóng', 'hộ gia đình', 'khác'], mistake: 'planted', original: 'nhóm hộ gia đình 1.215 người', note: 'Class 4: the groups after "trong đó" add to 14.272.' }),
    share({ id: 'electricity', quote: ['3.318 hộ, đạt 95,3%'], x: '3.318', y: '3.482', stated: '95,3%', note: 'Class 2: the number of households is two paragraphs up.' }),
    // II.4 Văn hóa
    contradiction({ id: 'child-marriage', quote: ['vẫn còn 02 trường hợp tảo hôn phát sinh trong tháng', 'Trong tháng không phát sinh trường hợp tảo hôn'], stated: '02 trường hợp tảo hôn trong tháng', expected: '0 (không phát sinh trường hợp tảo hôn trong tháng)', consistent: false, reason: 'Section II.4 says no child marriage arose in the month; the summary counts two.', mistake: 'planted', original: 'vẫn còn 02 trường hợp tảo hôn phát sinh từ đầu năm tại thôn Nặm Cằm' }),
    // III. Cải cách hành chính
    sum({ id: 'desk-channels', quote: ['tiếp nhận 386 hồ sơ (trực tuyến 241 hồ sơ'], parts: ['241', '145'], total: '386' }),
    share({ id: 'desk-online', quote: ['241 hồ sơ, chiếm 62,4%'], x: '241', y: '386', stated: '62,4%' }),
    ratio({ id: 'desk-on-time', quote: ['trước và đúng hạn 376 hồ sơ, đạt 99,2%'], x: '376', y: '379', stated: '99,2%' }),
    sum({ id: 'desk-solved', quote: ['đã giải quyết 379 hồ sơ', 'quá hạn 3 hồ sơ'], parts: ['376', '3'], total: '379' }),
    difference({ id: 'desk-pending', quote: ['7 hồ sơ đang giải quyết trong hạn'], a: '386', b: '379', stated: '7' }),
    cumulative({ id: 'desk-cumulative', quote: ['Lũy kế từ đầu năm tiếp nhận 3.652 hồ sơ', 'tiếp nhận 3.266 hồ sơ'], previous: '3.266', period: '386', stated: '3.652' }),
    atLeast({ id: 'e-copies-since-january', quote: ['tính từ đầu năm, cấp 1.142 bản sao chứng thực điện tử', 'đã cấp 1.214 bản sao chứng thực điện tử'], big: '1.142', small: '1.214', mistake: 'planted', original: 'tính từ đầu năm, cấp 2.142 bản sao chứng thực điện tử', note: 'Class 6: the count from the start of the year is below the count from 01/7.' }),
    contradiction({ id: 'dti-weighted', quote: ['đạt 0,486 điểm, xếp thứ 47/124 xã, phường; trong đó chỉ số chính quyền số 0,552 điểm, kinh tế số 0,391 điểm, xã hội số 0,437 điểm'], stated: '0,486 điểm', expected: 'a weighted index of its three pillars', consistent: true, reason: 'The DTI is a weighted combination of its pillars, neither their sum nor their plain mean (0,46).', trap: 'a weighted index with its components after "trong đó".' }),
    contradiction({ id: 'dti-rank', quote: ['xếp thứ 47/124 xã, phường'], stated: '47/124', expected: 'a rank, not a ratio', consistent: true, reason: '47th of 124 communes and wards: an X/Y that is a place in a ranking.', trap: 'an X/Y that is a rank.' }),
    // V. Đánh giá chung
    repeat({ id: 'grain-summary', quote: ['tổng sản lượng lương thực có hạt ước đạt 5.214 tấn'], values: ['5.214 tấn', '5.214 tấn'] }),
    repeat({ id: 'spring-rice-summary', kind: 'unit', quote: ['lúa xuân 14.862 tạ', 'sản lượng đạt 1.482,6 tấn', 'ước đạt 5.214 tấn, trong đó lúa xuân'], values: ['1.482,6 tấn', '14.862 tạ'], mistake: 'planted', original: 'lúa xuân 14.826 tạ', note: 'Class 5: the footnote\'s 1.482,6 tấn is 14.826 tạ; the summary swaps two digits (its parts then add to 5.217,6 tấn, the same slip).' }),
    repeat({ id: 'main-rice-summary', quote: ['lúa mùa 2.968,2 tấn'], values: ['2.968,2 tấn', '2.968,2 tấn'] }),
    repeat({ id: 'maize-summary', kind: 'unit', quote: ['ngô 7.632 tạ'], values: ['763,2 tấn', '7.632 tạ'] }),
    difference({ id: 'rice-left', quote: ['thu hoạch dứt điểm 28 ha lúa mùa còn lại'], a: '640', b: '612', stated: '28' }),
  ],
});
