// Written for the corpus (batch H2): UBND xã Phúc Sơn Hạ (tỉnh Bắc Ninh; the commune is invented), nine-month
// report 2026 on land management and the environment: land use by type (ha, with shares and the subtypes of
// agricultural and non-agricultural land), the 2026 land-use plan with a table (plan / done / %), land files
// and first certificates (lũy kế from a footnote), land violations by kind with shares and against the same
// period, disputes and mediation, the industrial cluster's clearance and compensation (tỷ against triệu),
// household waste (tấn/ngày, lũy kế from a footnote, fees and their funding), sorting at source in
// "điểm phần trăm", clean water, latrines, biogas, trees against the plan; summary restating figures.
import { change, contradiction, cumulative, difference, excess, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

const NON_AGRI = ['186,52', '521,36', '6,84', '42,18', '148,50'];

export default report({
  doc: 'written-ubnd-xa-phuc-son-ha-dat-dai-moi-truong-9-thang-2026.md',
  prefix: 'psh',
  claims: [
    contradiction({ id: 'plan-document', quote: ['Kế hoạch số 14/KH-UBND ngày 20/01/2026'], stated: '14/KH-UBND; 20/01/2026', expected: 'a document number and a date', consistent: true, reason: 'A document\'s number and date, not a ratio.', trap: 'a document number and a date written with slashes.' }),
    // I. Hiện trạng
    sum({ id: 'land-by-type', quote: ['tổng diện tích tự nhiên của xã là 2.864,52 ha', 'đất nông nghiệp 1.932,18 ha', 'đất phi nông nghiệp 896,40 ha', 'đất chưa sử dụng 35,94 ha'], parts: ['1.932,18', '896,40', '35,94'], total: '2.864,52' }),
    share({ id: 'agri-share', quote: ['đất nông nghiệp 1.932,18 ha (67,5%)'], x: '1.932,18', y: '2.864,52', stated: '67,5%' }),
    share({ id: 'non-agri-share', quote: ['đất phi nông nghiệp 896,40 ha (31,3%)'], x: '896,40', y: '2.864,52', stated: '31,3%' }),
    share({ id: 'unused-share', quote: ['đất chưa sử dụng 35,94 ha (1,3%)'], x: '35,94', y: '2.864,52', stated: '1,3%' }),
    sum({ id: 'land-shares-100', quote: ['đất nông nghiệp 1.932,18 ha (67,5%)', 'đất phi nông nghiệp 896,40 ha (31,3%)', 'đất chưa sử dụng 35,94 ha (1,3%)'], parts: ['67,5', '31,3', '1,3'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The rounded shares add to 100,1%, within their rounding.' }),
    sum({ id: 'agri-subtypes', quote: ['đất nông nghiệp 1.932,18 ha', 'đất trồng lúa 812,45 ha', 'đất trồng cây hàng năm khác 146,20 ha', 'đất trồng cây lâu năm 388,63 ha', 'đất rừng sản xuất 524,70 ha', 'đất nuôi trồng thủy sản 60,20 ha'], parts: ['812,45', '146,20', '388,63', '524,70', '60,20'], total: '1.932,18' }),
    sum({ id: 'non-agri-subtypes', quote: ['đất phi nông nghiệp 896,40 ha', 'đất ở 186,52 ha', 'đất chuyên dùng 521,36 ha', 'đất cơ sở tôn giáo, tín ngưỡng 6,84 ha', 'đất nghĩa trang, nhà tang lễ 42,18 ha', 'mặt nước chuyên dùng 148,50 ha'], parts: NON_AGRI, total: '896,40', mistake: 'planted', original: 'đất chuyên dùng 512,36 ha', note: 'Class 4: the five kinds of non-agricultural land add to 905,40 ha, not 896,40; two digits of "đất chuyên dùng" are swapped.' }),
    // II.1 Kế hoạch sử dụng đất
    ratio({ id: 'plan-done', quote: ['diện tích đã thực hiện 42,91 ha, đạt 69% so với kế hoạch', 'tổng diện tích chuyển mục đích sử dụng 62,10 ha'], x: '42,91', y: '62,10', stated: '69%', note: 'Whole-number percent: 69,10% → 69%, correct.' }),
    sum({ id: 't-plan-total', quote: ['tổng diện tích chuyển mục đích sử dụng 62,10 ha', '12,50', '18,30', '4,50'], parts: ['12,50', '18,30', '4,50', '25,00', '1,80'], total: '62,10' }),
    sum({ id: 't-done-total', quote: ['diện tích đã thực hiện 42,91 ha', '11,62', '1,05', '18,60'], parts: ['9,84', '11,62', '1,05', '18,60', '1,80'], total: '42,91' }),
    ratio({ id: 't-residential', quote: ['78,7', '12,50'], x: '9,84', y: '12,50', stated: '78,7' }),
    ratio({ id: 't-roads', quote: ['63,5', '18,30', '11,62'], x: '11,62', y: '18,30', stated: '63,5' }),
    ratio({ id: 't-commerce', quote: ['23,3', '4,50'], x: '1,05', y: '4,50', stated: '23,3' }),
    ratio({ id: 't-cluster', quote: ['74,4', '18,60'], x: '18,60', y: '25,00', stated: '74,4' }),
    ratio({ id: 't-total-rate', quote: ['69,1'], x: '42,91', y: '62,10', stated: '69,1', note: 'The table\'s total row with one decimal; the text writes the same rate whole (69%).' }),
    ratio({ id: 't-schools', quote: ['100', 'Đất xây dựng cơ sở giáo dục và đào tạo'], x: '1,80', y: '1,80', stated: '100' }),
    repeat({ id: 'residential-m2', quote: ['đã giao 9,84 ha (98.400 m²)'], values: ['9,84 ha', '98.400 m²'], kind: 'unit', note: 'The same area in ha and in m².' }),
    repeat({ id: 'roads-text-table', quote: ['Đất giao thông thực hiện 11,26 ha', '11,62'], values: ['11,62 ha', '11,26 ha'], mistake: 'planted', original: 'Đất giao thông thực hiện 11,62 ha', note: 'Class 5: the text repeats the table\'s 11,62 ha with two digits swapped.' }),
    // II.2 Cấp giấy chứng nhận
    sum({ id: 'files-by-kind', quote: ['tiếp nhận 426 hồ sơ đất đai', 'cấp giấy chứng nhận lần đầu 58 hồ sơ', 'cấp đổi, cấp lại 97 hồ sơ', 'thừa kế) 271 hồ sơ'], parts: ['58', '97', '271'], total: '426' }),
    share({ id: 'files-online', quote: ['187 hồ sơ nộp trực tuyến, chiếm 43,9%', 'tiếp nhận 426 hồ sơ đất đai'], x: '187', y: '426', stated: '43,9%' }),
    ratio({ id: 'files-resolved', quote: ['Đã giải quyết 398 hồ sơ, đạt 93,4%', 'tiếp nhận 426 hồ sơ đất đai'], x: '398', y: '426', stated: '93,4%' }),
    contradiction({ id: 'files-target', quote: ['chỉ tiêu tỉnh giao từ 95% trở lên'], stated: 'từ 95% trở lên', expected: 'the province\'s target', consistent: true, reason: 'A target in parentheses beside the rate 93,4%, which falls short of it (as the summary says).', trap: 'a target next to a rate.' }),
    sum({ id: 'files-by-state', quote: ['tiếp nhận 426 hồ sơ đất đai', 'Đã giải quyết 398 hồ sơ', 'đang giải quyết trong hạn 21 hồ sơ', 'trả lại 7 hồ sơ'], parts: ['398', '21', '7'], total: '426' }),
    cumulative({ id: 'certificates-cumulative', quote: ['cấp giấy chứng nhận lần đầu cho 11.242 thửa', 'Lũy kế đến ngày 30/6/2026: 11.219 thửa', 'quý III cấp lần đầu 23 giấy chứng nhận'], previous: '11.219', period: '23', stated: '11.242', note: 'The lũy kế to 30/6 in footnote 1 plus quarter III.' }),
    ratio({ id: 'certificates-rate', quote: ['đạt 97,5% số thửa đủ điều kiện', 'cấp giấy chứng nhận lần đầu cho 11.242 thửa', '11.526 thửa đất đủ điều kiện'], x: '11.242', y: '11.526', stated: '97,5%', note: 'The base is in section I.' }),
    // II.3 Vi phạm
    sum({ id: 'violations-by-kind', quote: ['phát hiện 17 trường hợp vi phạm', 'lấn, chiếm đất công 6 trường hợp', 'sang đất ở 8 trường hợp', 'trên đất nông nghiệp 3 trường hợp'], parts: ['6', '8', '3'], total: '17' }),
    share({ id: 'violations-encroach', quote: ['lấn, chiếm đất công 6 trường hợp (35,3%)', 'phát hiện 17 trường hợp vi phạm'], x: '6', y: '17', stated: '35,3%' }),
    share({ id: 'violations-conversion', quote: ['sang đất ở 8 trường hợp (41,7%)', 'phát hiện 17 trường hợp vi phạm', 'lấn, chiếm đất công 6 trường hợp (35,3%)', 'trên đất nông nghiệp 3 trường hợp (17,6%)'], x: '8', y: '17', stated: '41,7%', mistake: 'planted', original: 'sang đất ở 8 trường hợp (47,1%)', note: 'Class 3: 8/17 = 47,06%; with 41,7% the three shares add to 94,6%, not 100%.' }),
    share({ id: 'violations-building', quote: ['trên đất nông nghiệp 3 trường hợp (17,6%)'], x: '3', y: '17', stated: '17,6%' }),
    difference({ id: 'violations-fewer', quote: ['giảm 6 trường hợp, giảm 35,3% so với cùng kỳ', 'phát hiện 17 trường hợp vi phạm', 'so với cùng kỳ (23 trường hợp)'], a: '23', b: '17', stated: '6' }),
    change({ id: 'violations-change', quote: ['giảm 35,3% so với cùng kỳ (23 trường hợp)', 'phát hiện 17 trường hợp vi phạm'], x: '17', base: '23', stated: '35,3%', direction: 'giảm', mistake: 'planted', original: 'giảm 26,1% so với cùng kỳ (23 trường hợp)', note: 'Class 1: the base in parentheses after the percent; 6/23 = 26,09%, and 35,3% is the fall divided by this year\'s 17.' }),
    ratio({ id: 'violations-handled', quote: ['Đã xử lý 14 trường hợp, đạt 82,4%', 'phát hiện 17 trường hợp vi phạm'], x: '14', y: '17', stated: '82,4%' }),
    difference({ id: 'violations-pending', quote: ['Còn 3 trường hợp đang hoàn thiện hồ sơ', 'phát hiện 17 trường hợp vi phạm', 'Đã xử lý 14 trường hợp'], a: '17', b: '14', stated: '3' }),
    ratio({ id: 'disputes-mediated', quote: ['đã hòa giải thành 7 đơn, đạt 63,6%', 'Tiếp nhận 11 đơn đề nghị'], x: '7', y: '11', stated: '63,6%' }),
    difference({ id: 'disputes-failed', quote: ['4 đơn hòa giải không thành', 'Tiếp nhận 11 đơn đề nghị', 'đã hòa giải thành 7 đơn'], a: '11', b: '7', stated: '4' }),
    contradiction({ id: 'no-complaints-beyond', quote: ['không có đơn khiếu nại vượt cấp về đất đai'], stated: 'không có đơn khiếu nại vượt cấp', expected: 'a "none" about complaints sent above the commune', consistent: true, reason: 'The 11 dispute petitions were received by the commune; the "none" is about complaints sent over its head.', trap: 'a "none" about another subject beside a count.' }),
    contradiction({ id: 'sand-mining', quote: ['lập biên bản 02 trường hợp khai thác cát trái phép trên sông Thương', 'không phát sinh trường hợp khai thác khoáng sản (cát, sỏi, đất san lấp) trái phép'], stated: '02 trường hợp khai thác cát trái phép (tháng 8)', expected: '0 (section 3 says no illegal mining arose in the nine months)', consistent: false, reason: 'Section 3 says no case of illegal mining of sand, gravel or fill arose in the nine months; the summary reports two cases of illegal sand mining in August.', mistake: 'planted', original: 'trong tháng 8, lực lượng chức năng nhắc nhở 02 phương tiện neo đậu trái phép trên sông Thương', note: 'Class 8: a count against a "none" statement of the body.' }),
    // II.4 Giải phóng mặt bằng
    ratio({ id: 'cluster-handed-over', quote: ['đã bàn giao mặt bằng 20,40 ha, đạt 81,6%', 'tổng diện tích thu hồi 25,00 ha'], x: '20,40', y: '25,00', stated: '81,6%' }),
    share({ id: 'households-paid', quote: ['268 hộ đã nhận tiền bồi thường, hỗ trợ, chiếm 85,9%', 'đất nông nghiệp của 312 hộ'], x: '268', y: '312', stated: '85,9%' }),
    contradiction({ id: 'unit-price', quote: ['85.000 đồng/m², hỗ trợ chuyển đổi nghề nghiệp bằng 3 lần giá đất nông nghiệp'], stated: '85.000 đồng/m²; 3 lần', expected: 'a unit price and a legal multiple', consistent: true, reason: 'A price per m² and the support as a multiple of the land price: rules, not figures to check.', trap: 'a per-m² amount and a multiple of a rule.' }),
    ratio({ id: 'compensation-paid', quote: ['đã chi trả 68.420 triệu đồng, đạt 89,0%', 'được phê duyệt 84,6 tỷ đồng'], x: '68.420 triệu đồng', y: '84,6 tỷ đồng', stated: '89,0%', mistake: 'planted', original: 'đã chi trả 68.420 triệu đồng, đạt 80,9%', note: 'Class 1: the base is in the sentence before and in another scale (tỷ against triệu); 68.420/84.600 = 80,87%.' }),
    // II.5 Môi trường
    ratio({ id: 'waste-collected', quote: ['thu gom 13,2 tấn/ngày, đạt 90,4%', 'phát sinh bình quân 14,6 tấn/ngày'], x: '13,2', y: '14,6', stated: '90,4%' }),
    contradiction({ id: 'waste-target', quote: ['chỉ tiêu năm 2026 từ 90% trở lên'], stated: 'từ 90% trở lên', expected: 'a target', consistent: true, reason: 'A target in parentheses beside the rate 90,4%.', trap: 'a target next to a rate.' }),
    cumulative({ id: 'waste-cumulative', quote: ['lũy kế 9 tháng 3.604 tấn', 'Lũy kế 8 tháng đầu năm 2026: 3.216 tấn', 'Tháng 9 thu gom 398 tấn'], previous: '3.216', period: '398', stated: '3.604', mistake: 'planted', original: 'lũy kế 9 tháng 3.614 tấn', note: 'Class 6: the eight months\' lũy kế in footnote 2 plus September\'s 398 tấn is 3.614 tấn.' }),
    contradiction({ id: 'waste-fee', quote: ['20.000 đồng/hộ/tháng'], stated: '20.000 đồng/hộ/tháng', expected: 'a per-household fee', consistent: true, reason: 'A fee per household and month, not a part of the funding.', trap: 'a per-item amount.' }),
    sum({ id: 'waste-funding', quote: ['Kinh phí thu gom, vận chuyển 9 tháng là 1,284 tỷ đồng', 'ngân sách xã hỗ trợ 486 triệu đồng', 'các hộ dân đóng góp 798 triệu đồng'], parts: ['486 triệu đồng', '798 triệu đồng'], total: '1,284 tỷ đồng', note: 'Parts in triệu, the total in tỷ.' }),
    ratio({ id: 'fee-rate', quote: ['Tỷ lệ hộ nộp tiền dịch vụ đạt 87,4%', 'có 4.180 hộ nộp đủ tiền', 'Toàn xã có 4.936 hộ'], x: '4.180', y: '4.936', stated: '87,4%', mistake: 'planted', original: 'Tỷ lệ hộ nộp tiền dịch vụ đạt 84,7%', note: 'Class 2: the percent stands a paragraph after its numerator, the households far back in section I; 4.180/4.936 = 84,68%.' }),
    contradiction({ id: 'sorting-villages', quote: ['nhân rộng ra 12/14 thôn'], stated: '12/14 thôn', expected: 'villages reached out of all', consistent: true, reason: 'A count written X/Y with no percent to check.', trap: 'an X/Y count without a percent.' }),
    share({ id: 'sorting-share', quote: ['2.184 hộ thực hiện, chiếm 44,2% tổng số hộ', 'Toàn xã có 4.936 hộ'], x: '2.184', y: '4.936', stated: '44,2%' }),
    difference({ id: 'sorting-points', quote: ['tăng 12,5 điểm phần trăm so với cuối năm 2025 (31,7%)', 'chiếm 44,2% tổng số hộ'], a: '44,2', b: '31,7', stated: '12,5', kind: 'change_percent', note: 'A change in percentage points against the end-2025 rate in parentheses.' }),
    // II.5.2
    ratio({ id: 'clean-water', quote: ['đạt quy chuẩn là 78,3% (3.865 hộ)', 'Toàn xã có 4.936 hộ'], x: '3.865', y: '4.936', stated: '78,3%' }),
    ratio({ id: 'latrines', quote: ['nhà tiêu hợp vệ sinh 4.512 hộ, đạt 91%', 'Toàn xã có 4.936 hộ'], x: '4.512', y: '4.936', stated: '91%', note: 'Whole-number percent: 91,41% → 91%, correct.' }),
    ratio({ id: 'biogas', quote: ['đạt 73%.', 'Trong số 387 hộ chăn nuôi lợn', 'có 286 hộ đã xây hầm biogas'], x: '286', y: '387', stated: '73%', mistake: 'planted', original: 'đạt 74%', note: 'Class 7: 286/387 = 73,90%, which is 74% written whole; 73% truncates.' }),
    ratio({ id: 'trees-plan', quote: ['đạt 122,5% kế hoạch năm (2.000 cây)', 'Trồng mới 2.450 cây xanh'], x: '2.450', y: '2.000', stated: '122,5%' }),
    excess({ id: 'trees-excess', quote: ['vượt 22,5% kế hoạch', 'Trồng mới 2.450 cây xanh', 'kế hoạch năm (2.000 cây)'], x: '2.450', y: '2.000', stated: '22,5%' }),
    // III. Đánh giá chung
    repeat({ id: 'plan-summary', quote: ['đạt 69% kế hoạch năm', 'đạt 69% so với kế hoạch'], values: ['69%', '69%'] }),
    repeat({ id: 'files-summary', quote: ['giải quyết 398 hồ sơ đất đai (93,4%)', 'Đã giải quyết 398 hồ sơ, đạt 93,4%'], values: ['398', '398'] }),
    repeat({ id: 'violations-handled-summary', quote: ['đã xử lý 15/17 trường hợp', 'Đã xử lý 14 trường hợp'], values: ['14', '15'], mistake: 'planted', original: 'đã xử lý 14/17 trường hợp', note: 'Class 5: the summary restates the violations handled as 15; the body says 14 (and 3 still pending).' }),
    repeat({ id: 'waste-summary', quote: ['tỷ lệ thu gom rác thải sinh hoạt đạt 90,4%', 'thu gom 13,2 tấn/ngày, đạt 90,4%'], values: ['90,4%', '90,4%'] }),
    repeat({ id: 'cluster-summary', quote: ['bàn giao 20,40 ha mặt bằng cụm công nghiệp', 'đã bàn giao mặt bằng 20,40 ha'], values: ['20,40 ha', '20,40 ha'] }),
    repeat({ id: 'violations-pending-summary', quote: ['còn 3 trường hợp vi phạm đất đai chưa xử lý dứt điểm', 'Còn 3 trường hợp đang hoàn thiện hồ sơ'], values: ['3', '3'] }),
    // IV. Nhiệm vụ
    difference({ id: 'plan-remaining', quote: ['còn lại 19,19 ha theo kế hoạch', 'tổng diện tích chuyển mục đích sử dụng 62,10 ha', 'diện tích đã thực hiện 42,91 ha'], a: '62,10', b: '42,91', stated: '19,19' }),
    repeat({ id: 'pending-files-tasks', quote: ['Giải quyết dứt điểm 21 hồ sơ đất đai', 'đang giải quyết trong hạn 21 hồ sơ'], values: ['21', '21'] }),
    contradiction({ id: 'sorting-target', quote: ['lên từ 50% trở lên'], stated: 'từ 50% trở lên', expected: 'a target', consistent: true, reason: 'A target for quarter IV.', trap: 'a target.' }),
  ],
});
