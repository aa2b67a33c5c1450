// Written for the corpus (batch K2): UBND xã Tuy Đức Đông (tỉnh Lâm Đồng; the commune is invented) to the
// provincial departments of finance and construction, quarter IV and year 2026, public investment, roads
// and irrigation: the year's capital by source in tỷ with shares and its adjustment in a footnote, capital
// carried over from 2025 in triệu, people's contributions in tỷ and triệu after "gồm", disbursement against
// the plan with the province's target and against the same period in triệu, quarter IV against the lũy kế
// to quarter III in a footnote, by source (triệu against tỷ, one rate only in the summary), the remainder,
// shares by sector with no amounts, projects (carried over + new, finished + under way, overlapping
// multi-source ones), settlement (the deduction in triệu against tỷ), outstanding debt against the
// summary's "none", a table of six key projects in triệu (plan, disbursed, rate; a row's plan updated but
// not the total; numbers in project names), their shares of the commune's totals, roads in km after "gồm"
// (restated in m in the summary), cement per km, the lũy kế since 2021 from a footnote, maintenance per
// km, canals in m against a plan in km as a whole percent, irrigated area against the area needing water
// and 2025 in parentheses; summary restating figures; the 2027 plan against 2026.
import { atLeast, change, contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-tuy-duc-dong-xay-dung-co-ban-giao-thong-thuy-loi-nam-2026.md',
  prefix: 'tdd',
  claims: [
    // I
    sum({ id: 'capital-sources', quote: ['Tổng kế hoạch vốn đầu tư công năm 2026 của xã là 48,65 tỷ đồng', 'vốn ngân sách tỉnh phân cấp 31,2 tỷ đồng', 'vốn ngân sách xã 9,85 tỷ đồng', 'vốn các chương trình mục tiêu quốc gia 7,6 tỷ đồng'], parts: ['31,2', '9,85', '7,6'], total: '48,65' }),
    share({ id: 'province-share', quote: ['31,2 tỷ đồng (64,1%)', 'Tổng kế hoạch vốn đầu tư công năm 2026 của xã là 48,65 tỷ đồng'], x: '31,2', y: '48,65', stated: '64,1%' }),
    share({ id: 'commune-share', quote: ['9,85 tỷ đồng (20,2%)', 'Tổng kế hoạch vốn đầu tư công năm 2026 của xã là 48,65 tỷ đồng'], x: '9,85', y: '48,65', stated: '20,2%' }),
    share({ id: 'ntp-share', quote: ['7,6 tỷ đồng (15,6%)', 'Tổng kế hoạch vốn đầu tư công năm 2026 của xã là 48,65 tỷ đồng'], x: '7,6', y: '48,65', stated: '15,6%' }),
    sum({ id: 'source-shares-100', quote: ['(64,1%)', '(20,2%)', '(15,6%)'], parts: ['64,1', '20,2', '15,6'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    sum({ id: 'capital-adjusted', quote: ['Tổng kế hoạch vốn đầu tư công năm 2026 của xã là 48,65 tỷ đồng', 'Kế hoạch giao đầu năm 46,8 tỷ đồng; ngày 20/7/2026 được điều chỉnh tăng 1,85 tỷ đồng'], parts: ['46,8', '1,85'], total: '48,65', note: 'Footnote 1: the plan at the start of the year plus the adjustment.' }),
    contradiction({ id: 'carried-over', quote: ['sang năm 2026 là 3.420 triệu đồng, đã giải ngân hết trong quý III'], stated: '3.420 triệu đồng', expected: 'capital of another year', consistent: true, reason: '2025 capital extended into 2026, not part of the 48,65 tỷ nor of its disbursement.', trap: 'another year\'s capital beside the year\'s plan.' }),
    sum({ id: 'contributions', quote: ['1,86 tỷ đồng, gồm tiền mặt 1,24 tỷ đồng và ngày công, hiến đất quy đổi 620 triệu đồng'], parts: ['1,24 tỷ đồng', '620 triệu đồng'], total: '1,86 tỷ đồng', note: 'Parts in tỷ and triệu.' }),
    quotient({ id: 'land-per-household', quote: ['bình quân 77 m²/hộ', 'có 146 hộ hiến 11.250 m² đất'], x: '11.250', y: '146', stated: '77', trap: 'an average per household.' }),
    contradiction({ id: 'adjustment-date', quote: ['ngày 20/7/2026 được điều chỉnh tăng'], stated: '20/7/2026', expected: 'a date', consistent: true, reason: 'The date of the adjustment.', trap: 'a date written X/Y in a footnote.' }),
    // II
    ratio({ id: 'disbursed-plan', quote: ['giải ngân 39,42 tỷ đồng, đạt 81,0% kế hoạch (chỉ tiêu tỉnh giao đến ngày 31/01/2027 giải ngân trên 95%)', 'Tổng kế hoạch vốn đầu tư công năm 2026 của xã là 48,65 tỷ đồng'], x: '39,42', y: '48,65', stated: '81,0%', trap: 'the province\'s target (above 95%, with a date) in parentheses next to the rate.' }),
    change({ id: 'disbursed-same-period', quote: ['tăng 12,7% so với cùng kỳ năm 2025 (34.400 triệu đồng)', 'toàn xã giải ngân 39,42 tỷ đồng'], x: '39,42 tỷ đồng', base: '34.400 triệu đồng', stated: '12,7%', direction: 'tăng', mistake: 'planted', original: 'tăng 14,6% so với cùng kỳ năm 2025 (34.400 triệu đồng)', note: 'Class 1: the base is in parentheses in triệu against tỷ; the increase of 5,02 tỷ was divided by the new 39,42 (12,73%) instead of 34,4 (14,59%).' }),
    share({ id: 'q4-share', quote: ['chiếm 42,7% số vốn đã giải ngân trong năm', 'Riêng quý IV giải ngân 16,85 tỷ đồng', 'toàn xã giải ngân 39,42 tỷ đồng'], x: '16,85', y: '39,42', stated: '42,7%' }),
    cumulative({ id: 'disbursed-cumulative', quote: ['lũy kế đến nay 39,42 tỷ đồng', 'Lũy kế giải ngân đến ngày 30/9/2026 là 22,57 tỷ đồng', 'Riêng quý IV giải ngân 16,85 tỷ đồng'], previous: '22,57', period: '16,85', stated: '39,42' }),
    ratio({ id: 'q3-plan', quote: ['là 22,57 tỷ đồng, đạt 46,4% kế hoạch', 'Tổng kế hoạch vốn đầu tư công năm 2026 của xã là 48,65 tỷ đồng'], x: '22,57', y: '48,65', stated: '46,4%' }),
    ratio({ id: 'province-disbursed', quote: ['giải ngân 26,4 tỷ đồng, đạt 84,6% kế hoạch', 'vốn ngân sách tỉnh phân cấp 31,2 tỷ đồng'], x: '26,4', y: '31,2', stated: '84,6%' }),
    ratio({ id: 'commune-disbursed', quote: ['giải ngân 7.820 triệu đồng, đạt 79,4% kế hoạch', 'vốn ngân sách xã 9,85 tỷ đồng'], x: '7.820 triệu đồng', y: '9,85 tỷ đồng', stated: '79,4%', note: 'Triệu against tỷ.' }),
    sum({ id: 'disbursed-by-source', quote: ['toàn xã giải ngân 39,42 tỷ đồng', 'giải ngân 26,4 tỷ đồng', 'giải ngân 7.820 triệu đồng', 'giải ngân 5,2 tỷ đồng'], parts: ['26,4 tỷ đồng', '7.820 triệu đồng', '5,2 tỷ đồng'], total: '39,42 tỷ đồng' }),
    difference({ id: 'remaining', quote: ['Vốn còn phải giải ngân đến hết niên độ là 9,23 tỷ đồng', 'Tổng kế hoạch vốn đầu tư công năm 2026 của xã là 48,65 tỷ đồng', 'toàn xã giải ngân 39,42 tỷ đồng'], a: '48,65', b: '39,42', stated: '9,23' }),
    sum({ id: 'sector-shares', quote: ['giao thông 52,4%, thủy lợi 21,8%, giáo dục 13,3%, văn hóa 7,6%, lĩnh vực khác 5,9%'], parts: ['52,4', '21,8', '13,3', '7,6', '5,9'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'giáo dục 12,3%', note: 'Class 3: the five sectors\' shares add to 101,0%, with no amounts given; with education at 12,3% they add to 100,0%.' }),
    // III.1
    sum({ id: 'projects-kind', quote: ['triển khai 14 công trình, gồm 5 công trình chuyển tiếp và 9 công trình khởi công mới'], parts: ['5', '9'], total: '14' }),
    atLeast({ id: 'multi-source', quote: ['(trong đó 3 công trình sử dụng vốn lồng ghép nhiều nguồn)', 'triển khai 14 công trình'], big: '14', small: '3', trap: 'projects with several sources after "trong đó": a subgroup.' }),
    sum({ id: 'projects-state', quote: ['triển khai 14 công trình', 'đưa vào sử dụng 8 công trình, đang thi công 6 công trình'], parts: ['8', '6'], total: '14' }),
    contradiction({ id: 'no-accident', quote: ['Trong năm không xảy ra tai nạn lao động tại các công trường.'], stated: 'không xảy ra', expected: 'a "none" about another subject', consistent: true, reason: 'Work accidents, a subject nothing in the report counts.', trap: 'a "none" with nothing against it.' }),
    atLeast({ id: 'settled-finished', quote: ['Đã phê duyệt quyết toán 7 công trình hoàn thành', 'đưa vào sử dụng 8 công trình'], big: '8', small: '7' }),
    difference({ id: 'settlement', quote: ['với giá trị 18,64 tỷ đồng; giá trị giảm trừ', 'là 312 triệu đồng, bằng', '(18,952 tỷ đồng)'], a: '18,952 tỷ đồng', b: '312 triệu đồng', stated: '18,64 tỷ đồng', note: 'The value proposed less the deduction, tỷ less triệu.' }),
    ratio({ id: 'deduction-rate', quote: ['bằng 1,6% giá trị đề nghị quyết toán (18,952 tỷ đồng)', 'là 312 triệu đồng, bằng'], x: '312 triệu đồng', y: '18,952 tỷ đồng', stated: '1,6%' }),
    // table
    ratio({ id: 't-road-rate', quote: ['95,6', '11.850', '12.400'], x: '11.850', y: '12.400', stated: '95,6' }),
    ratio({ id: 't-dam-rate', quote: ['70,1', '6.240', '8.900'], x: '6.240', y: '8.900', stated: '70,1' }),
    ratio({ id: 't-canal-rate', quote: ['95,3', '2.810', '2.950'], x: '2.810', y: '2.950', stated: '95,3' }),
    ratio({ id: 't-school-rate', quote: ['60,0', '3.120', '5.200'], x: '3.120', y: '5.200', stated: '60,0' }),
    ratio({ id: 't-village-roads-rate', quote: ['81,6', '3.960', '4.850'], x: '3.960', y: '4.850', stated: '81,6' }),
    ratio({ id: 't-culture-house-rate', quote: ['81,4', '1.180', '1.450'], x: '1.180', y: '1.450', stated: '81,4' }),
    sum({ id: 't-plan-total', quote: ['35.450', '12.400', '8.900', '2.950', '5.200', '4.850', '1.450'], parts: ['12.400', '8.900', '2.950', '5.200', '4.850', '1.450'], total: '35.450', mistake: 'planted', original: '8.600 (the dam\'s plan before the adjustment, which the total still holds)', note: 'Class 4: the six rows add to 35.750 triệu, not the 35.450 of the total row; the dam\'s row was updated to 8.900 (its rate 70,1 with it) but not the total.' }),
    sum({ id: 't-disbursed-total', quote: ['29.160', '11.850', '6.240', '2.810', '3.120', '3.960', '1.180'], parts: ['11.850', '6.240', '2.810', '3.120', '3.960', '1.180'], total: '29.160' }),
    ratio({ id: 't-total-rate', quote: ['82,3', '29.160', '35.450'], x: '29.160', y: '35.450', stated: '82,3' }),
    contradiction({ id: 't-names', quote: ["Nâng cấp đập dâng Đắk R'Tang 2", 'Kiên cố hóa kênh mương thôn 4, thôn 7 (1.840 m)', 'Trường Mầm non Hoa Sen, điểm thôn Bu Prăng (4 phòng học)', 'Nhà văn hóa thôn 9'], stated: '2', expected: 'numbers in names', consistent: true, reason: 'Numbers of a dam, hamlets and classrooms in the projects\' names.', trap: 'numbers in names in a table\'s rows.' }),
    contradiction({ id: 't-tt', quote: ['Tên công trình'], stated: 'TT', expected: 'row numbers', consistent: true, reason: 'The TT column numbers the rows 1 to 6.', trap: 'row numbers in a table.' }),
    share({ id: 'key-plan-share', quote: ['chiếm 72,9% tổng kế hoạch vốn của xã', '35.450', 'Tổng kế hoạch vốn đầu tư công năm 2026 của xã là 48,65 tỷ đồng'], x: '35.450 triệu đồng', y: '48,65 tỷ đồng', stated: '72,9%', note: 'The table\'s total row (as written) against the commune\'s plan, triệu against tỷ.' }),
    share({ id: 'key-disbursed-share', quote: ['chiếm 74,0% tổng số vốn đã giải ngân', '29.160', 'toàn xã giải ngân 39,42 tỷ đồng'], x: '29.160 triệu đồng', y: '39,42 tỷ đồng', stated: '74,0%' }),
    // III.2
    ratio({ id: 'roads-plan', quote: ['cứng hóa 7,25 km đường giao thông, đạt 90,6% kế hoạch (8 km)'], x: '7,25', y: '8', stated: '90,6%' }),
    sum({ id: 'roads-kinds', quote: ['cứng hóa 7,25 km đường giao thông, đạt', 'gồm: đường trục xã 3,1 km, đường thôn 2,85 km, đường nội đồng 1,3 km'], parts: ['3,1', '2,85', '1,3'], total: '7,25' }),
    repeat({ id: 'axis-road-table', quote: ['Đường trục xã Đắk Ngo Đông - Quảng Tân Đông (3,1 km)', 'đường trục xã 3,1 km'], values: ['3,1 km', '3,1 km'] }),
    sum({ id: 'village-roads-table', quote: ['Đường thôn, đường nội đồng (4,15 km)', 'đường thôn 2,85 km, đường nội đồng 1,3 km'], parts: ['2,85', '1,3'], total: '4,15', note: 'The table\'s row name against the text\'s two kinds.' }),
    contradiction({ id: 'road-dimensions', quote: ['mặt đường rộng 3,5 m, kết cấu bê tông xi măng dày 18 cm'], stated: '3,5 m', expected: 'dimensions', consistent: true, reason: 'Width and thickness of the road, not lengths built.', trap: 'dimensions beside lengths.' }),
    quotient({ id: 'cement-per-km', quote: ['bình quân 299 tấn/km', 'đã hỗ trợ 1.240 tấn xi măng cho 4,15 km'], x: '1.240', y: '4,15', stated: '299', trap: 'an average per km.' }),
    contradiction({ id: 'start-date', quote: ['khởi công ngày 15/3/2026'], stated: '15/3/2026', expected: 'a date', consistent: true, reason: 'A date.', trap: 'a date written X/Y.' }),
    repeat({ id: 'axis-road-disbursed', quote: ['đã hoàn thành phần mặt đường, giải ngân 11.580 triệu đồng', '11.850'], values: ['11.850', '11.580'], mistake: 'planted', original: 'giải ngân 11.850 triệu đồng', note: 'Class 5: the text gives the axis road\'s disbursement as 11.580 triệu, the table 11.850 (two digits swapped).' }),
    cumulative({ id: 'roads-cumulative', quote: ['xã đã cứng hóa 68,59 km đường giao thông', 'đã cứng hóa 61,7 km đường giao thông nông thôn', 'cứng hóa 7,25 km đường giao thông, đạt'], previous: '61,7', period: '7,25', stated: '68,59', mistake: 'planted', original: 'xã đã cứng hóa 68,95 km đường giao thông', note: 'Class 6: footnote 3\'s 61,7 km for 2021 - 2025 plus the year\'s 7,25 km is 68,95 km (two digits swapped).' }),
    quotient({ id: 'maintenance-per-km', quote: ['bình quân 27,2 triệu đồng/km', 'Duy tu, bảo dưỡng thường xuyên 23,5 km', 'kinh phí 640 triệu đồng'], x: '640', y: '23,5', stated: '27,2', trap: 'an average per km.' }),
    // III.3
    ratio({ id: 'canals-plan', quote: ['Kiên cố hóa 1.840 m kênh mương, đạt 76% kế hoạch năm (2,4 km)'], x: '1.840 m', y: '2,4 km', stated: '76%', mistake: 'planted', original: 'đạt 77% kế hoạch năm', note: 'Class 7: 1.840 m of 2,4 km is 76,67%, which is 77% written whole; 76% truncates. The plan is in km, the result in m.' }),
    repeat({ id: 'canals-table', quote: ['Kiên cố hóa kênh mương thôn 4, thôn 7 (1.840 m)', 'Kiên cố hóa 1.840 m kênh mương, đạt'], values: ['1.840 m', '1.840 m'] }),
    contradiction({ id: 'dam-area', quote: ['bảo đảm nước tưới cho 185 ha cà phê và lúa nước'], stated: '185 ha', expected: 'an area served by one dam', consistent: true, reason: 'Part of the irrigated area, not an addition to the 146 ha.', trap: 'an area beside the irrigated total.' }),
    contradiction({ id: 'dredging', quote: ['Nạo vét 12,6 km kênh mương trước mùa khô'], stated: '12,6 km', expected: 'another kind of work', consistent: true, reason: 'Dredging existing canals, not the lining of canals planned at 2,4 km.', trap: 'a length of another kind of work beside a plan in km.' }),
    share({ id: 'irrigated-share', quote: ['chiếm 71,4% diện tích cây trồng cần tưới (1.802 ha)', 'được tưới chủ động đạt 1.286 ha'], x: '1.286', y: '1.802', stated: '71,4%' }),
    difference({ id: 'irrigated-increase', quote: ['tăng 146 ha so với năm 2025 (1.140 ha)', 'được tưới chủ động đạt 1.286 ha'], a: '1.286', b: '1.140', stated: '146' }),
    // IV
    repeat({ id: 'summary-disbursed', quote: ['giải ngân 39,42 tỷ đồng, đạt 81,0% kế hoạch, cao hơn', 'toàn xã giải ngân 39,42 tỷ đồng'], values: ['39,42', '39,42'] }),
    contradiction({ id: 'summary-2025-rate', quote: ['(năm 2025: 76,2%)'], stated: '76,2%', expected: 'another year\'s rate', consistent: true, reason: 'The previous year\'s disbursement rate, whose plan is not given.', trap: 'another year\'s rate in parentheses.' }),
    repeat({ id: 'summary-roads', quote: ['Cứng hóa 7.520 m đường giao thông', 'cứng hóa 7,25 km đường giao thông, đạt'], values: ['7,25 km', '7.520 m'], kind: 'unit', mistake: 'planted', original: 'Cứng hóa 7.250 m đường giao thông', note: 'Class 5: 7,25 km restated in m with two digits swapped (7.520 m).' }),
    repeat({ id: 'summary-canals', quote: ['kiên cố hóa 1.840 m kênh mương;', 'Kiên cố hóa 1.840 m kênh mương, đạt'], values: ['1.840', '1.840'] }),
    repeat({ id: 'summary-contributions', quote: ['nhân dân đóng góp 1.680 triệu đồng', 'Nhân dân đóng góp xây dựng đường giao thông, kênh mương nội đồng 1,86 tỷ đồng'], values: ['1,86 tỷ đồng', '1.680 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'nhân dân đóng góp 1.860 triệu đồng', note: 'Class 5: 1,86 tỷ restated in triệu with two digits swapped (1.680).' }),
    repeat({ id: 'summary-land-donated', quote: ['hiến 11.250 m² đất. Đến nay', 'có 146 hộ hiến 11.250 m² đất'], values: ['11.250', '11.250'] }),
    contradiction({ id: 'summary-no-debt', quote: ['không có nợ đọng xây dựng cơ bản', 'Còn nợ khối lượng hoàn thành của 2 công trình với số tiền 1,28 tỷ đồng'], stated: 'không có nợ đọng xây dựng cơ bản', expected: '1,28 tỷ đồng owed on 2 projects (section III.1)', consistent: false, reason: 'The summary denies the debt for finished work that section III.1 counts.', mistake: 'planted', original: 'Nợ đọng xây dựng cơ bản còn 1,28 tỷ đồng của 2 công trình', note: 'Class 8: a "none" statement against a count.' }),
    ratio({ id: 'summary-ntp-rate', quote: ['mới giải ngân 52,8% kế hoạch', 'giải ngân 5,2 tỷ đồng', 'vốn các chương trình mục tiêu quốc gia 7,6 tỷ đồng'], x: '5,2', y: '7,6', stated: '52,8%', mistake: 'planted', original: 'mới giải ngân 68,4% kế hoạch', note: 'Class 2: the rate is only in the summary, its amounts in sections I and II; 52,8% is 5,2 tỷ divided by the commune budget\'s 9,85 tỷ; of the programmes\' 7,6 tỷ it is 68,42%.' }),
    repeat({ id: 'summary-school', quote: ['chậm tiến độ do vướng mặt bằng, mới giải ngân 60%', '60,0'], values: ['60,0', '60'] }),
    // V
    repeat({ id: 'task-remaining', quote: ['Giải ngân 9,23 tỷ đồng vốn còn lại', 'Vốn còn phải giải ngân đến hết niên độ là 9,23 tỷ đồng'], values: ['9,23', '9,23'] }),
    change({ id: 'plan-2027', quote: ['là 52,4 tỷ đồng, tăng 7,7% so với năm 2026', 'Tổng kế hoạch vốn đầu tư công năm 2026 của xã là 48,65 tỷ đồng'], x: '52,4', base: '48,65', stated: '7,7%', direction: 'tăng' }),
    contradiction({ id: 'school-year', quote: ['trước năm học 2027 - 2028'], stated: '2027 - 2028', expected: 'a school year', consistent: true, reason: 'A school year, not figures.', trap: 'years in a name.' }),
  ],
});
