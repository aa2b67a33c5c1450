// Written for the corpus (batch F2): UBND xã Long Điền Thượng (tỉnh Đồng Tháp; the commune is
// invented), monthly report for September 2026 of a lowland rice commune in the Mekong delta: the
// Hè Thu harvest and the Thu Đông sowing, prices of paddy and fertiliser, livestock, aquaculture and
// flood-season livelihoods, canals and dikes, budget and public investment, schools, health, jobs,
// poverty, children in the flood season, the one-stop desk, security. A table of main indicators
// (plan / month / lũy kế / % of plan); the lũy kế of August in 4 footnotes; tạ against tấn in the
// table, tỷ against triệu, m against km, "45ha" glued, a sum also in words, "-2,1%".
import { atLeast, change, contradiction, cumulative, difference, product, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-long-dien-thuong-kinh-te-xa-hoi-thang-9-2026.md',
  prefix: 'ldt',
  claims: [
    // 1.1 a) Trồng trọt: Hè Thu
    ratio({ id: 'he-thu-plan', quote: ['xuống giống 4.860 ha, đạt 101,25% kế hoạch (4.800 ha)'], x: '4.860 ha', y: '4.800 ha', stated: '101,25%', note: 'The plan in parentheses after the percent.' }),
    cumulative({ id: 'he-thu-harvest', quote: ['đến ngày 20/9 đã thu hoạch dứt điểm 4.860 ha', 'Trong tháng thu hoạch thêm 1.495 ha', 'thu hoạch lúa Hè Thu 3.365 ha'], previous: '3.365 ha', period: '1.495 ha', stated: '4.860 ha', note: 'The previous lũy kế in footnote 1.' }),
    difference({ id: 'yield-vs-2025', quote: ['tăng 1,2 tạ/ha so với vụ Hè Thu năm 2025 (57,4 tạ/ha)', 'năng suất bình quân 58,6 tạ/ha, tăng'], a: '58,6', b: '57,4', stated: '1,2', kind: 'change_percent' }),
    product({ id: 'he-thu-output', quote: ['sản lượng ước đạt 28.480 tấn'], x: '4.860', y: '58,6', factor: '0,1', stated: '28.480 tấn', note: 'Area × yield: 4.860 ha × 58,6 tạ/ha = 284.796 tạ = 28.479,6 tấn, written rounded.' }),
    sum({ id: 'varieties', quote: ['xuống giống 4.860 ha, đạt', 'Giống lúa chủ lực OM18 và Đài Thơm 8 được gieo sạ trên 3.110 ha', 'giống ST25 và các giống nếp 1.750 ha'], parts: ['3.110 ha', '1.750 ha'], total: '4.860 ha', note: 'The two groups of varieties make the whole Hè Thu area; the total is the opening figure.' }),
    share({ id: 'varieties-main-share', quote: ['chiếm 64% diện tích'], x: '3.110', y: '4.860', stated: '64%', note: 'Whole-number percent: 63,99% → 64%.' }),
    // Prices
    difference({ id: 'paddy-price-vs-last-year', quote: ['cao hơn cùng kỳ 450 đồng/kg', '(tháng 9/2025: 6.100 đồng/kg)'], a: '6.550', b: '6.100', stated: '450', note: 'The same period\'s price in parentheses at the end of the sentence.' }),
    change({ id: 'paddy-price-change', quote: ['tương đương tăng 7,4% (tháng 9/2025'], x: '6.550', base: '6.100', stated: '7,4%', direction: 'tăng' }),
    product({ id: 'revenue-per-ha', quote: ['doanh thu bình quân đạt khoảng 38,4 triệu đồng/ha'], x: '58,6', y: '6.550', factor: '0,0001', stated: '38,4 triệu đồng', note: '58,6 tạ/ha = 5.860 kg/ha at 6.550 đồng/kg = 38.383.000 đồng/ha.' }),
    difference({ id: 'profit-per-ha', quote: ['nông dân có lãi 21,5 triệu đồng/ha', 'chi phí sản xuất bình quân 16,9 triệu đồng/ha'], a: '38,4', b: '16,9', stated: '21,5', trap: 'amounts per hectare, not parts of a total.' }),
    change({ id: 'urea-price', quote: ['tăng 3,5% so với tháng trước (11.400 đồng/kg)', 'phân urê 11.800 đồng/kg'], x: '11.800', base: '11.400', stated: '3,5%', direction: 'tăng' }),
    change({ id: 'dap-price', quote: ['so với tháng 8 là -2,1%', 'phân DAP 18.600 đồng/kg', '(tháng 8: 19.000 đồng/kg)'], x: '18.600', base: '19.000', stated: '2,1%', direction: 'giảm', note: 'A fall written as a negative percent ("-2,1%").' }),
    // Thu Đông
    cumulative({ id: 'thu-dong-cumulative', quote: ['nâng tổng diện tích lên 3.180 ha', 'xuống giống thêm 1.420 ha', 'vụ Thu Đông đã xuống giống 1.940 ha', '1.240'], previous: '1.940 ha', period: '1.420 ha', stated: '3.180 ha', mistake: 'planted', original: 'xuống giống thêm 1.240 ha', note: 'Class 6: footnote 1 gives 1.940 ha at 20/8; 1.940 + 1.420 = 3.360, not 3.180. The month\'s figure has two digits swapped: the table\'s "Tháng 9" column has the true 1.240.' }),
    ratio({ id: 'thu-dong-plan', quote: ['nâng tổng diện tích lên 3.180 ha, đạt 80,5% kế hoạch', 'có kế hoạch gieo sạ 3.950 ha'], x: '3.180 ha', y: '3.950 ha', stated: '80,5%', note: 'The plan in the previous sentence.' }),
    repeat({ id: 'thu-dong-summary', quote: ['vụ Thu Đông xuống giống đạt 80,5% kế hoạch'], values: ['80,5%', '80,5%'] }),
    // Chăn nuôi
    share({ id: 'ducks-share', quote: ['vịt chạy đồng 112.000 con, chiếm 60,1%', 'đàn gia cầm 186.500 con'], x: '112.000', y: '186.500', stated: '60,1%' }),
    share({ id: 'cattle-vaccinated', quote: ['1.020 con bò, đạt 89,9% tổng đàn bò', 'đàn bò 1.135 con'], x: '1.020', y: '1.135', stated: '89,9%', note: 'The herd given in the previous sentence.' }),
    // Thủy sản
    sum({ id: 'aquaculture-area', quote: ['Diện tích nuôi trồng thủy sản 312,5 ha', 'cá tra thâm canh 86,5 ha', 'tôm càng xanh luân canh trên ruộng lúa 178 ha', 'cá đồng và các loại khác 48 ha'], parts: ['86,5 ha', '178 ha', '48 ha'], total: '312,5 ha' }),
    sum({ id: 'aquaculture-month-parts', quote: ['Sản lượng thu hoạch trong tháng 2.146 tấn', 'cá tra 1.925 tấn', 'tôm càng xanh 138 tấn', 'cá đồng và các loại khác 83 tấn'], parts: ['1.925 tấn', '138 tấn', '83 tấn'], total: '2.146 tấn' }),
    share({ id: 'pangasius-share', quote: ['cá tra 1.925 tấn, chiếm 89,7%'], x: '1.925', y: '2.146', stated: '89,7%' }),
    share({ id: 'prawn-share', quote: ['tôm càng xanh 138 tấn, chiếm 6,4%'], x: '138', y: '2.146', stated: '6,4%' }),
    share({ id: 'other-fish-share', quote: ['cá đồng và các loại khác 83 tấn, chiếm 3,9%'], x: '83', y: '2.146', stated: '3,9%' }),
    sum({ id: 'aquaculture-shares-100', quote: ['cá tra 1.925 tấn, chiếm 89,7%', 'tôm càng xanh 138 tấn, chiếm 6,4%', 'cá đồng và các loại khác 83 tấn, chiếm 3,9%'], parts: ['89,7', '6,4', '3,9'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    cumulative({ id: 'aquaculture-cumulative', quote: ['Lũy kế 9 tháng sản lượng thủy sản đạt 14.870 tấn', 'sản lượng thủy sản 12.724 tấn'], previous: '12.724 tấn', period: '2.146 tấn', stated: '14.870 tấn', note: 'August\'s lũy kế in footnote 2.' }),
    ratio({ id: 'aquaculture-plan', quote: ['đạt 72% kế hoạch năm (20.500 tấn)', '72,5'], x: '14.870 tấn', y: '20.500 tấn', stated: '72%', mistake: 'planted', original: 'đạt 73% kế hoạch năm (20.500 tấn)', note: 'Class 7: 14.870/20.500 = 72,54%, which is 73% written whole; 72% truncates. The table\'s rate column has 72,5.' }),
    ratio({ id: 't-aquaculture-rate', quote: ['72,5'], x: '14.870', y: '20.500', stated: '72,5', note: 'The table\'s "So kế hoạch (%)" cell of the aquaculture row.' }),
    product({ id: 'livelihood-support', quote: ['tổng kinh phí hỗ trợ 384 triệu đồng', 'với 64 hộ tham gia trên diện tích 45ha', 'được hỗ trợ 6 triệu đồng/hộ'], x: '64', y: '6', stated: '384 triệu đồng', trap: 'a per-household amount ("6 triệu đồng/hộ"): not a part of the total; the area is glued ("45ha").', note: 'The total is also written in words.' }),
    // Thủy lợi, thiên tai
    ratio({ id: 'dredging-volume', quote: ['công tác nạo vét đạt 74,1% kế hoạch năm', 'khối lượng đất đào đắp 118.300 m³', 'khối lượng 164.000 m³'], x: '118.300 m³', y: '164.000 m³', stated: '74,1%', mistake: 'planted', original: 'công tác nạo vét đạt 72,1% kế hoạch năm', note: 'Class 2: the percent is a sentence of its own after a long one; the plan is two sentences back. 118.300/164.000 = 72,13%.' }),
    sum({ id: 'dredging-funds', quote: ['với kinh phí 2,1 tỷ đồng', 'Nhân dân đóng góp 1,26 tỷ đồng, ngân sách xã 840 triệu đồng'], parts: ['1,26 tỷ đồng', '840 triệu đồng'], total: '2,1 tỷ đồng', note: 'tỷ and triệu mixed.' }),
    sum({ id: 'dikes', quote: ['gia cố 12,6 km bờ bao', 'gồm 8.400 m bờ bao kiểm soát lũ triệt để và 4,2 km bờ bao tháng Tám'], parts: ['8.400 m', '4,2 km'], total: '12,6 km', note: 'm and km mixed.' }),
    difference({ id: 'flood-alarm', quote: ['thấp hơn mức báo động I (3,50 m) 0,08 m', 'đạt đỉnh 3,42 m'], a: '3,50', b: '3,42', stated: '0,08', trap: 'an alarm level (a threshold) in parentheses beside the water level.' }),
    atLeast({ id: 'life-jackets', quote: ['nâng tổng số áo phao cấp phát từ đầu năm lên 1.620 chiếc', 'đã cấp 1.850 áo phao'], big: '1.620', small: '1.850', kind: 'cumulative', mistake: 'planted', original: 'nâng tổng số áo phao cấp phát từ đầu năm lên 2.160 chiếc', note: 'Class 6: "từ đầu năm" (1.620) below "từ ngày 01/7" (1.850).' }),
    repeat({ id: 'dikes-direction', quote: ['bảo vệ an toàn 12,6 km bờ bao'], values: ['12,6 km', '12,6 km'] }),
    // 1.2 Ngân sách, đầu tư
    cumulative({ id: 'revenue-cumulative', quote: ['lũy kế 9 tháng đạt 3,94 tỷ đồng', 'Thu ngân sách nhà nước trên địa bàn trong tháng được 486 triệu đồng', 'thu ngân sách trên địa bàn 3.454 triệu đồng'], previous: '3.454 triệu đồng', period: '486 triệu đồng', stated: '3,94 tỷ đồng', note: 'August\'s lũy kế in footnote 3 in triệu, the new one in tỷ.' }),
    ratio({ id: 'revenue-plan', quote: ['bằng 84,2% dự toán năm (4.650 triệu đồng)', 'lũy kế 9 tháng đạt 3,94 tỷ đồng', '84,7'], x: '3,94 tỷ đồng', y: '4.650 triệu đồng', stated: '84,2%', mistake: 'planted', original: 'bằng 84,7% dự toán năm (4.650 triệu đồng)', note: 'Class 1: the estimate in parentheses after the percent and in another scale; 3.940/4.650 = 84,73%. The table\'s rate column has 84,7.' }),
    change({ id: 'revenue-same-period', quote: ['tăng 11,8% so với cùng kỳ', 'thu ngân sách trên địa bàn 3.524 triệu đồng'], x: '3,94 tỷ đồng', base: '3.524 triệu đồng', stated: '11,8%', direction: 'tăng', note: 'The same period in footnote 3, in triệu.' }),
    ratio({ id: 'spending-plan', quote: ['đạt 71,3% dự toán (13.846 triệu đồng)', 'Chi ngân sách xã lũy kế 9 tháng 9.872 triệu đồng'], x: '9.872', y: '13.846', stated: '71,3%' }),
    sum({ id: 'spending-parts', quote: ['Chi ngân sách xã lũy kế 9 tháng 9.872 triệu đồng', 'chi thường xuyên 8.215 triệu đồng, chi đầu tư phát triển 1.657 triệu đồng'], parts: ['8.215', '1.657'], total: '9.872' }),
    cumulative({ id: 'spending-cumulative', quote: ['Chi ngân sách xã lũy kế 9 tháng 9.872 triệu đồng', '1.105', 'chi ngân sách xã 8.767 triệu đồng'], previous: '8.767', period: '1.105', stated: '9.872', note: 'The month\'s spending is only in the table; August\'s lũy kế in footnote 3.' }),
    ratio({ id: 'disbursement', quote: ['Tỷ lệ giải ngân đạt 60,8%', 'đã giải ngân 11.248 triệu đồng', 'giao cho xã làm chủ đầu tư là 18,5 tỷ đồng'], x: '11.248 triệu đồng', y: '18,5 tỷ đồng', stated: '60,8%', note: 'Class 2 (consistent): the percent two sentences after its base, the plan in tỷ.' }),
    contradiction({ id: 'disbursement-rank', quote: ['xếp thứ 5/22 đơn vị cấp xã'], stated: '5/22', expected: 'a rank', consistent: true, reason: 'A rank written X/Y right after a percent; 5/22 is no share.', trap: 'a rank written X/Y.' }),
    cumulative({ id: 'disbursement-cumulative', quote: ['đã giải ngân 11.248 triệu đồng', '1.364', 'giải ngân vốn đầu tư công 9.884 triệu đồng'], previous: '9.884', period: '1.364', stated: '11.248', note: 'The month in the table, August in footnote 3.' }),
    repeat({ id: 'disbursement-summary', quote: ['giải ngân vốn đầu tư công còn chậm (60,8%)'], values: ['60,8%', '60,8%'] }),
    // 2.1 Giáo dục, y tế
    sum({ id: 'pupils', quote: ['Tổng số học sinh ra lớp 3.418 em', '(mầm non 782 cháu, tiểu học 1.596 em, THCS 1.040 em)'], parts: ['782', '1.596', '1.040'], total: '3.418' }),
    ratio({ id: 'grade-1-intake', quote: ['vào lớp 1 đạt 100% (338/338 em)'], x: '338', y: '338', stated: '100%' }),
    cumulative({ id: 'visits-cumulative', quote: ['lũy kế từ đầu năm 10.842 lượt', 'khám, điều trị cho 1.265 lượt người', 'khám, điều trị 9.577 lượt người'], previous: '9.577', period: '1.265', stated: '10.842', note: 'Footnote 4.' }),
    difference({ id: 'dengue', quote: ['giảm 5 ca so với cùng kỳ (12 ca)', 'Ghi nhận 7 ca sốt xuất huyết'], a: '12', b: '7', stated: '5' }),
    ratio({ id: 'insurance', quote: ['22.918/24.476 người tham gia bảo hiểm y tế, đạt 93,6% dân số'], x: '22.918', y: '24.476', stated: '93,6%' }),
    contradiction({ id: 'insurance-target', quote: ['(chỉ tiêu tỉnh giao năm 2026 là 95%)'], stated: '95%', expected: 'the province\'s target', consistent: true, reason: 'A target in parentheses after the X/Y and its rate.', trap: 'a target next to an X/Y.' }),
    repeat({ id: 'insurance-summary', quote: ['tỷ lệ tham gia bảo hiểm y tế (93,6%)'], values: ['93,6%', '93,6%'] }),
    // 2.2 Lao động, an sinh
    cumulative({ id: 'jobs-cumulative', quote: ['lũy kế 742 lao động', 'giải quyết việc làm cho 96 lao động', 'giải quyết việc làm 646 lao động'], previous: '646', period: '96', stated: '742' }),
    ratio({ id: 'jobs-plan', quote: ['đạt 92,8% kế hoạch năm (800 lao động)'], x: '742', y: '800', stated: '92,8%', note: 'The exact tie 92,75% → 92,8% (half-up).' }),
    share({ id: 'poor-share', quote: ['186 hộ nghèo, chiếm 2,58%', 'Xã có 11 ấp với 7.206 hộ'], x: '186', y: '7.206', stated: '2,58%', note: 'Class 3 (consistent): the households given in the opening paragraph.' }),
    share({ id: 'near-poor-share', quote: ['241 hộ cận nghèo, chiếm 3,44% tổng số hộ', 'Xã có 11 ấp với 7.206 hộ'], x: '241', y: '7.206', stated: '3,44%', mistake: 'planted', original: '241 hộ cận nghèo, chiếm 3,34% tổng số hộ', note: 'Class 3: share of the total given in the opening paragraph; 241/7.206 = 3,34%.' }),
    contradiction({ id: 'poor-groups-overlap', quote: ['52 hộ có người cao tuổi, 38 hộ có người khuyết tật và 121 hộ thiếu đất sản xuất'], stated: '52 + 38 + 121 = 211', expected: 'overlapping groups of the 186 poor households', consistent: true, reason: 'Characteristics of poor households, not a breakdown: a household can be in several groups.', trap: 'overlapping groups after "trong số".' }),
    product({ id: 'solidarity-houses', quote: ['tổng kinh phí 300 triệu đồng', 'bàn giao 5 căn nhà Đại đoàn kết, mỗi căn hỗ trợ 60 triệu đồng'], x: '5', y: '60', stated: '300 triệu đồng', trap: 'a per-house amount, not a part.' }),
    contradiction({ id: 'drowning', quote: ['không xảy ra trường hợp trẻ em bị đuối nước', 'xảy ra 01 vụ đuối nước làm 01 trẻ em tử vong'], stated: '01 trẻ em tử vong do đuối nước', expected: '0 (the children\'s section says no child drowned this month)', consistent: false, reason: 'The social section says no child drowned in the month; the security section reports one child drowned on 09/9.', mistake: 'planted', original: 'trong tháng, trên địa bàn xã xảy ra 01 trường hợp trẻ em bị đuối nước', note: 'Class 8: a count against a "none" statement of another section.' }),
    // 3. Cải cách hành chính
    share({ id: 'online-share', quote: ['(trực tuyến 1.046 hồ sơ, chiếm 81,5%)', 'Bộ phận Một cửa xã tiếp nhận 1.284 hồ sơ'], x: '1.046', y: '1.284', stated: '81,5%' }),
    sum({ id: 'files-by-field', quote: ['Bộ phận Một cửa xã tiếp nhận 1.284 hồ sơ', 'hộ tịch 512 hồ sơ, chứng thực 436 hồ sơ, đất đai 148 hồ sơ, bảo trợ xã hội 96 hồ sơ, lĩnh vực khác 92 hồ sơ'], parts: ['512', '436', '148', '96', '92'], total: '1.284' }),
    sum({ id: 'files-resolved', quote: ['Đã giải quyết 1.262 hồ sơ', 'trước hạn và đúng hạn 1.249 hồ sơ', 'quá hạn 15 hồ sơ'], parts: ['1.249', '15'], total: '1.262', mistake: 'planted', original: 'quá hạn 13 hồ sơ', note: 'Class 4: parts after "trong đó", the first of them "X, đạt Y%"; 1.249 + 15 = 1.264.' }),
    ratio({ id: 'files-on-time', quote: ['trước hạn và đúng hạn 1.249 hồ sơ, đạt 98,97%'], x: '1.249', y: '1.262', stated: '98,97%' }),
    contradiction({ id: 'service-index-score', quote: ['đạt 86,5/100 điểm (từ 80 điểm trở lên được xếp loại tốt)'], stated: '86,5/100 điểm', expected: 'a score with its grading rule', consistent: true, reason: 'A score out of 100 and the threshold of the grade; no ratio to check.', trap: 'a scoring rule next to an X/Y.' }),
    // Table and summary
    repeat({ id: 't-he-thu-output', quote: ['248.800', 'sản lượng ước đạt 28.480 tấn'], values: ['28.480 tấn', '248.800 tạ'], kind: 'unit', mistake: 'planted', original: '284.800', note: 'Class 5: the table gives the output in tạ; 28.480 tấn is 284.800 tạ, the table has two digits swapped.' }),
    repeat({ id: 'yield-summary', quote: ['năng suất bình quân 56,8 tạ/ha', 'năng suất bình quân 58,6 tạ/ha, tăng'], values: ['58,6 tạ', '56,8 tạ'], mistake: 'planted', original: 'năng suất bình quân 58,6 tạ/ha', note: 'Class 5: the summary restates the yield with two digits swapped.' }),
    contradiction({ id: 'disbursement-target', quote: ['giải ngân trên 95% kế hoạch vốn'], stated: 'trên 95%', expected: 'a target for 31/12', consistent: true, reason: 'A target in the tasks for next month, not a result.', trap: 'a target.' }),
  ],
});
