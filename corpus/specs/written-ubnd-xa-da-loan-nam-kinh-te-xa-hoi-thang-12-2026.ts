// Written for the corpus, blind: Ủy ban nhân dân xã Đà Loan Nam (tỉnh Lâm Đồng after the 2025 merger; the commune
// and its thôn are invented) to the provincial UBND (through the Sở Tài chính) and the commune's Đảng ủy and HĐND,
// the monthly socio-economic report of December 2026 (15/11 - 14/12/2026) with the whole year 2026 (lũy kế from
// 15/12/2025, the eleven months in footnotes), in parts I - IV: a crop table (plan, done, percent, total row, two
// rows half-up at ,5), the year's sown area against the plan given only in the table; coffee area after "gồm",
// harvest X against the business area, area × yield (tạ → tấn) = output, change against last season; vegetables
// against a plan in nghìn tấn, flowers in greenhouses "trong đó" with a percent, high-tech share; livestock totals
// in the text against a table of eight thôn (one swapped), a "trong đó" of dairy cows, a change against cùng kỳ,
// vaccination share, a "none" of swine fever beside lumpy-skin cases; budget revenue of the month after "gồm", its
// change, the year's lũy kế from a footnote, percents of the province's estimate (in a footnote, in tỷ) and the
// HĐND's (in the paragraph before, in tỷ), the excess in triệu, a footnote's eleven-month percent; spending after
// "gồm" and against an estimate in tỷ; public investment plan and its parts in tỷ, disbursement lũy kế and percent,
// a minimum; roads in km with parts in m, people's contribution share; new rural criteria X/Y, thôn 3/8 (38%),
// income change and excess, economic structure shares, clean water X/Y; schools and pupils after "gồm", 100% of
// X/X, a "none" of drop-outs, standard schools 7/9 as a whole percent; health (visits, vaccination against a
// minimum, dengue cases beside a "none" of deaths), BHYT coverage X/Y against the target in points and cùng kỳ;
// poor and near-poor households as shares, the reduction against a target, Tết gifts after "gồm" with
// count × rate and the funding in a footnote; one-stop records (online share, per day, on time, late, pending,
// lũy kế from a footnote, change against 2025); crimes, a "none" of serious crimes and of forest fires, traffic
// accidents with Km markers, their lũy kế and change; call-up (fit share, quota and parts); a summary
// restating figures (some in tỷ and nghìn tấn), weaknesses and January's tasks with remainders and targets.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-da-loan-nam-kinh-te-xa-hoi-thang-12-2026.md',
  prefix: 'dln',
  claims: [
    contradiction({ id: 'documents', quote: ['Quyết định số 2317/QĐ-UBND ngày 14/8/2025', 'Nghị quyết số 21/NQ-HĐND ngày 20/12/2025'], stated: '2317', expected: 'documents', consistent: true, reason: 'A decision\'s and a resolution\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    contradiction({ id: 'period-dates', quote: ['(số liệu tháng 12 tính từ ngày 15/11/2026 đến ngày 14/12/2026; số liệu cả năm là lũy kế từ ngày 15/12/2025 đến ngày 14/12/2026'], stated: '15/11/2026', expected: 'dates', consistent: true, reason: 'The reporting period\'s dates.', trap: 'numbers in dates.' }),
    // I.1a crops
    repeat({ id: 'area-total-text', quote: ['Tổng diện tích gieo trồng năm 2026 đạt 7.324 ha', '| Cộng | 7.280 | 7.324 | 100,6 |'], values: ['7.324', '7.324'] }),
    ratio({ id: 'area-vs-plan', quote: ['bằng 100,6% kế hoạch; diện tích rau', 'Tổng diện tích gieo trồng năm 2026 đạt 7.324 ha', '| Cộng | 7.280 | 7.324 | 100,6 |'], x: '7.324', y: '7.280', stated: '100,6%', note: 'The plan is given only in the table\'s total row.' }),
    ratio({ id: 't-coffee', quote: ['| Cà phê | 4.120 | 4.168 | 101,2 |'], x: '4.168', y: '4.120', stated: '101,2' }),
    ratio({ id: 't-veg', quote: ['| Rau các loại | 1.350 | 1.286 | 95,3 |'], x: '1.286', y: '1.350', stated: '95,3' }),
    ratio({ id: 't-flowers', quote: ['| Hoa các loại | 400 | 437 | 109,3 |'], x: '437', y: '400', stated: '109,3', trap: 'rounded half-up from exactly 109,25 (truncation would give 109,2).' }),
    ratio({ id: 't-rice', quote: ['| Lúa nước | 310 | 296 | 95,5 |'], x: '296', y: '310', stated: '95,5' }),
    ratio({ id: 't-fruit', quote: ['| Cây ăn quả (sầu riêng, bơ, hồng) | 860 | 912 | 106,0 |'], x: '912', y: '860', stated: '106,0' }),
    ratio({ id: 't-other', quote: ['| Cây hằng năm khác (ngô, khoai lang, dâu tằm) | 240 | 225 | 93,8 |'], x: '225', y: '240', stated: '93,8', trap: 'rounded half-up from exactly 93,75.' }),
    sum({ id: 't-plan-total', quote: ['| Cộng | 7.280 | 7.324 | 100,6 |'], parts: ['4.120', '1.350', '400', '310', '860', '240'], total: '7.280', kind: 'cross_total' }),
    sum({ id: 't-done-total', quote: ['| Cộng | 7.280 | 7.324 | 100,6 |'], parts: ['4.168', '1.286', '437', '296', '912', '225'], total: '7.324', kind: 'cross_total' }),
    ratio({ id: 't-total-rate', quote: ['| Cộng | 7.280 | 7.324 | 100,6 |'], x: '7.324', y: '7.280', stated: '100,6' }),
    sum({ id: 'coffee-parts', quote: ['Cà phê có 4.168 ha, gồm diện tích kinh doanh 3.952 ha và diện tích tái canh, kiến thiết cơ bản 216 ha'], parts: ['3.952', '216'], total: '4.168' }),
    repeat({ id: 'coffee-area-table', quote: ['Cà phê có 4.168 ha', '| Cà phê | 4.120 | 4.168 | 101,2 |'], values: ['4.168', '4.168'] }),
    ratio({ id: 'coffee-harvested', quote: ['chiếm 72,0% diện tích cà phê kinh doanh', 'đã thu hoạch 2.845 ha', 'gồm diện tích kinh doanh 3.952 ha'], x: '2.845', y: '3.952', stated: '72,0%', trap: 'a share of the business area (not of the 4.168 ha in all, which would give 68,3%).' }),
    product({ id: 'coffee-output', quote: ['sản lượng ước đạt 12.449 tấn cà phê nhân', 'Năng suất bình quân ước đạt 31,5 tạ nhân/ha', 'gồm diện tích kinh doanh 3.952 ha'], x: '3.952', y: '31,5', factor: '0,1', stated: '12.449', trap: 'area × yield (tạ → tấn), not a sum.' }),
    change({ id: 'coffee-vs-last', quote: ['tăng 4,6% so với niên vụ trước (11.902 tấn)', 'sản lượng ước đạt 12.449 tấn cà phê nhân'], x: '12.449', base: '11.902', stated: '4,6%', direction: 'tăng' }),
    contradiction({ id: 'coffee-price', quote: ['dao động từ 98 đến 104 nghìn đồng/kg'], stated: '98 đến 104', expected: 'a price range', consistent: true, reason: 'A market price range, no relation.', trap: 'a range of prices per kg.' }),
    ratio({ id: 'veg-output', quote: ['bằng 96,5% kế hoạch (50 nghìn tấn)', 'ước đạt 48.230 tấn'], x: '48.230 tấn', y: '50 nghìn tấn', stated: '96,5%', trap: 'a plan in another scale (nghìn tấn) in parentheses.' }),
    repeat({ id: 'flower-area', quote: ['Diện tích hoa 437 ha', '| Hoa các loại | 400 | 437 | 109,3 |'], values: ['437', '437'] }),
    ratio({ id: 'greenhouse', quote: ['nhà lưới 352 ha (80,5%)', 'Diện tích hoa 437 ha'], x: '352', y: '437', stated: '80,5%' }),
    share({ id: 'hi-tech', quote: ['chiếm 13,8% tổng diện tích gieo trồng', 'Toàn xã có 1.012 ha sản xuất nông nghiệp', 'Tổng diện tích gieo trồng năm 2026 đạt 7.324 ha'], x: '1.012', y: '7.324', stated: '13,8%' }),
    // I.1b livestock
    repeat({ id: 'cattle-text', quote: ['tổng đàn bò toàn xã có 2.154 con', '| Cộng | 2.154 | 13.648 | 58.605 |'], values: ['2.154', '2.154'] }),
    atLeast({ id: 'dairy', quote: ['(trong đó bò sữa 386 con)', 'tổng đàn bò toàn xã có 2.154 con'], big: '2.154', small: '386', trap: 'a "trong đó" subset, not a breakdown.' }),
    repeat({ id: 'pigs-text', quote: ['đàn heo 13.468 con', '| Cộng | 2.154 | 13.648 | 58.605 |'], values: ['13.648', '13.468'], mistake: 'planted', original: 'đàn heo 13.648 con', note: 'Class 5: the text gives 13.468 pigs, the table (whose column adds to 13.648, and against which the 6,8% is computed) 13.648; two digits swapped.' }),
    change({ id: 'pigs-vs-2025', quote: ['tăng 6,8% so với cùng kỳ năm 2025 (12.784 con)', '| Cộng | 2.154 | 13.648 | 58.605 |'], x: '13.648', base: '12.784', stated: '6,8%', direction: 'tăng', note: 'Agrees with the table\'s total; the text\'s swapped 13.468 would give 5,4%.' }),
    repeat({ id: 'poultry-text', quote: ['đàn gia cầm 58.605 con', '| Cộng | 2.154 | 13.648 | 58.605 |'], values: ['58.605', '58.605'] }),
    sum({ id: 't-cattle', quote: ['| Cộng | 2.154 | 13.648 | 58.605 |'], parts: ['312', '268', '195', '341', '226', '287', '254', '271'], total: '2.154', kind: 'cross_total' }),
    sum({ id: 't-pigs', quote: ['| Cộng | 2.154 | 13.648 | 58.605 |'], parts: ['1.845', '1.236', '2.410', '1.128', '1.562', '2.087', '1.354', '2.026'], total: '13.648', kind: 'cross_total' }),
    sum({ id: 't-poultry', quote: ['| Cộng | 2.154 | 13.648 | 58.605 |'], parts: ['7.850', '6.420', '9.130', '5.960', '8.240', '7.310', '6.780', '6.915'], total: '58.605', kind: 'cross_total' }),
    ratio({ id: 'vaccinated', quote: ['đạt 86,9% tổng đàn', 'cho 1.872 con bò', 'tổng đàn bò toàn xã có 2.154 con'], x: '1.872', y: '2.154', stated: '86,9%' }),
    contradiction({ id: 'no-swine-fever', quote: ['Trong năm không xảy ra dịch tả heo châu Phi, cúm gia cầm trên địa bàn', 'phát sinh rải rác trên 6 con bò tại thôn Ma Đanh'], stated: 'không xảy ra', expected: 'another kind', consistent: true, reason: 'Six cattle with lumpy-skin disease are not swine fever or avian flu.', trap: 'a count of another kind beside a "none".' }),
    // I.2 budget
    sum({ id: 'revenue-month-parts', quote: ['Thu ngân sách tháng 12 được 2.146 triệu đồng', 'thuế sử dụng đất phi nông nghiệp 184 triệu đồng, lệ phí trước bạ 726 triệu đồng, thu tiền sử dụng đất 938 triệu đồng, phí, lệ phí và thu khác 298 triệu đồng'], parts: ['184', '726', '938', '298'], total: '2.146' }),
    change({ id: 'revenue-month-vs-2025', quote: ['tăng 8,0% so với cùng kỳ năm 2025 (1.987 triệu đồng)', 'Thu ngân sách tháng 12 được 2.146 triệu đồng'], x: '2.146', base: '1.987', stated: '8,0%', direction: 'tăng' }),
    cumulative({ id: 'revenue-year', quote: ['Lũy kế cả năm thu ngân sách được 19.284 triệu đồng', 'thu ngân sách 17.138 triệu đồng', 'Thu ngân sách tháng 12 được 2.146 triệu đồng'], previous: '17.138', period: '2.146', stated: '19.284', note: 'The eleven months are only in footnote 2.' }),
    ratio({ id: 'revenue-vs-province', quote: ['đạt 114,1% dự toán tỉnh giao', 'Lũy kế cả năm thu ngân sách được 19.284 triệu đồng', 'tỉnh giao cho xã là 16,9 tỷ đồng'], x: '19.284 triệu đồng', y: '16,9 tỷ đồng', stated: '114,1%', note: 'The province\'s estimate is only in footnote 1, in tỷ.' }),
    ratio({ id: 'revenue-vs-council', quote: ['103,7% dự toán Hội đồng nhân dân xã giao', 'Lũy kế cả năm thu ngân sách được 19.284 triệu đồng', 'năm 2026 là 18,6 tỷ đồng'], x: '19.284 triệu đồng', y: '18,6 tỷ đồng', stated: '103,7%', note: 'The HĐND estimate is in the paragraph before, in tỷ.' }),
    difference({ id: 'revenue-excess', quote: ['vượt 2.384 triệu đồng so với dự toán tỉnh giao', 'Lũy kế cả năm thu ngân sách được 19.284 triệu đồng', 'tỉnh giao cho xã là 16,9 tỷ đồng'], a: '19.284 triệu đồng', b: '16,9 tỷ đồng', stated: '2.384 triệu đồng', trap: 'an excess in triệu against an estimate in tỷ in a footnote.' }),
    ratio({ id: 'revenue-11m-rate', quote: ['đạt 101,4% dự toán Hội đồng nhân dân xã giao', 'thu ngân sách 17.138 triệu đồng', 'năm 2026 là 18,6 tỷ đồng'], x: '17.138 triệu đồng', y: '18,6 tỷ đồng', stated: '101,4%', mistake: 'planted', original: 'đạt 92,1% dự toán Hội đồng nhân dân xã giao', note: 'Class 1: the footnote\'s base is the HĐND estimate of 18,6 tỷ in the text; 17.138 triệu of it is 92,1%; 101,4% divides by the province\'s 16,9 tỷ (footnote 1).' }),
    contradiction({ id: 'footnote-documents', quote: ['Quyết định số 2864/QĐ-UBND ngày 18/12/2025', 'Nghị quyết số 23/NQ-HĐND ngày 20/12/2025', 'Báo cáo số 389/BC-UBND ngày 17/11/2026'], stated: '2864', expected: 'documents', consistent: true, reason: 'Numbers and dates of the documents cited in footnotes.', trap: 'numbers in documents\' names.' }),
    sum({ id: 'spending-parts', quote: ['lũy kế cả năm 39.652 triệu đồng', 'gồm chi đầu tư phát triển 12.418 triệu đồng và chi thường xuyên 27.234 triệu đồng'], parts: ['12.418', '27.234'], total: '39.652' }),
    ratio({ id: 'spending-rate', quote: ['đạt 93,6% dự toán Hội đồng nhân dân xã giao (42,35 tỷ đồng)', 'lũy kế cả năm 39.652 triệu đồng'], x: '39.652 triệu đồng', y: '42,35 tỷ đồng', stated: '93,6%' }),
    // I.3 public investment, new rural
    sum({ id: 'capital-parts', quote: ['là 24,8 tỷ đồng (vốn ngân sách tỉnh phân cấp 16,2 tỷ đồng, vốn ngân sách xã 8,6 tỷ đồng)'], parts: ['16,2', '8,6'], total: '24,8' }),
    cumulative({ id: 'disbursed-year', quote: ['lũy kế cả năm giải ngân 21.436 triệu đồng', 'giải ngân 17.824 triệu đồng', 'Trong tháng giải ngân 3.612 triệu đồng'], previous: '17.824', period: '3.612', stated: '21.436' }),
    ratio({ id: 'disbursed-rate', quote: ['đạt 84,6% kế hoạch, chưa đạt', 'lũy kế cả năm giải ngân 21.436 triệu đồng', 'do xã làm chủ đầu tư là 24,8 tỷ đồng'], x: '21.436 triệu đồng', y: '24,8 tỷ đồng', stated: '84,6%', mistake: 'planted', original: 'đạt 86,4% kế hoạch', note: 'Class 1: the plan is in the sentence before, in tỷ; 21.436 triệu of 24.800 triệu is 86,4%; the digits are swapped.' }),
    ratio({ id: 'disbursed-11m', quote: ['bằng 71,9% kế hoạch vốn', 'giải ngân 17.824 triệu đồng', 'do xã làm chủ đầu tư là 24,8 tỷ đồng'], x: '17.824 triệu đồng', y: '24,8 tỷ đồng', stated: '71,9%', trap: 'the eleven months\' rate in a footnote, a same-named indicator of another period, against the plan in tỷ.' }),
    contradiction({ id: 'disbursed-min', quote: ['chưa đạt yêu cầu giải ngân tối thiểu 95% của tỉnh'], stated: 'tối thiểu 95%', expected: 'a threshold', consistent: true, reason: 'The province\'s minimum beside the rate reached.', trap: 'a threshold next to a rate.' }),
    sum({ id: 'roads', quote: ['bê tông hóa 7,64 km đường giao thông nông thôn (thôn Đà Thọ 1.850 m, thôn Tân Hòa 2.315 m, thôn K\'Rèn 1.960 m, thôn Liên Phú 1.515 m)'], parts: ['1.850 m', '2.315 m', '1.960 m', '1.515 m'], total: '7,64 km', trap: 'a total in km with its parts in m, agreeing.' }),
    ratio({ id: 'contribution', quote: ['chiếm 23,5% tổng kinh phí các tuyến đường (7,92 tỷ đồng)', 'Nhân dân đóng góp 1,86 tỷ đồng'], x: '1,86', y: '7,92', stated: '23,5%' }),
    ratio({ id: 'ntm-criteria', quote: ['Xã đạt 16/19 tiêu chí xã nông thôn mới nâng cao (84,2%)'], x: '16', y: '19', stated: '84,2%' }),
    ratio({ id: 'model-thon', quote: ['có 3/8 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu (38%)'], x: '3', y: '8', stated: '38%', trap: 'a whole percent rounded half-up from exactly 37,5.' }),
    change({ id: 'income-change', quote: ['tăng 7,9% so với năm 2025 (67,1 triệu đồng)', 'ước đạt 72,4 triệu đồng/người/năm, tăng'], x: '72,4', base: '67,1', stated: '7,9%', direction: 'tăng' }),
    excess({ id: 'income-excess', quote: ['vượt 3,4% chỉ tiêu Nghị quyết (70 triệu đồng/người/năm)', 'ước đạt 72,4 triệu đồng/người/năm, tăng'], x: '72,4', y: '70', stated: '3,4%' }),
    sum({ id: 'structure', quote: ['nông, lâm nghiệp 61,3%; công nghiệp - xây dựng 14,6%; thương mại - dịch vụ 22,8%'], parts: ['61,3%', '14,6%', '22,8%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'thương mại - dịch vụ 24,1%', note: 'Class 3: the three sectors\' shares add to 98,7%; trade and services\' 24,1% is written 22,8%.' }),
    ratio({ id: 'clean-water', quote: ['Có 6.712/6.892 hộ sử dụng nước sinh hoạt hợp vệ sinh (97,4%)'], x: '6.712', y: '6.892', stated: '97,4%' }),
    // II.1 education
    sum({ id: 'schools', quote: ['Toàn xã có 9 trường (3 trường mầm non, 4 trường tiểu học, 2 trường trung học cơ sở)'], parts: ['3', '4', '2'], total: '9' }),
    sum({ id: 'pupils', quote: ['với 6.214 học sinh, gồm mầm non 1.526 cháu, tiểu học 2.871 em, trung học cơ sở 1.817 em'], parts: ['1.526', '2.871', '1.817'], total: '6.214' }),
    ratio({ id: 'five-year-olds', quote: ['huy động 468/468 trẻ 5 tuổi ra lớp (100%)'], x: '468', y: '468', stated: '100%', trap: '"100%" of X/X.' }),
    contradiction({ id: 'no-dropout', quote: ['trong học kỳ không có học sinh bỏ học'], stated: 'không có', expected: 'none', consistent: true, reason: 'Nothing in the report counts a pupil who dropped out.', trap: 'a "none" with nothing against it.' }),
    ratio({ id: 'standard-schools', quote: ['Có 7/9 trường đạt chuẩn quốc gia (77%)'], x: '7', y: '9', stated: '77%', mistake: 'planted', original: 'Có 7/9 trường đạt chuẩn quốc gia (78%)', note: 'Class 7: 7/9 = 77,78%, which is 78% written whole; 77% truncates.' }),
    // II.2 health
    ratio({ id: 'bhyt-visits', quote: ['khám bảo hiểm y tế 1.072 lượt (79,5%)', 'khám, chữa bệnh cho 1.348 lượt người'], x: '1.072', y: '1.348', stated: '79,5%' }),
    ratio({ id: 'immunised', quote: ['Tiêm chủng đầy đủ cho 386/398 trẻ dưới 1 tuổi, đạt 97,0%'], x: '386', y: '398', stated: '97,0%' }),
    contradiction({ id: 'immunised-min', quote: ['(chỉ tiêu tối thiểu 95%). Trong tháng'], stated: 'tối thiểu 95%', expected: 'a threshold', consistent: true, reason: 'The minimum beside the 97,0% reached.', trap: 'a threshold next to a rate.' }),
    contradiction({ id: 'no-dengue-death', quote: ['ghi nhận 5 ca sốt xuất huyết, không có ca tử vong', 'không xảy ra ngộ độc thực phẩm trên địa bàn'], stated: '5 ca sốt xuất huyết', expected: 'another kind', consistent: true, reason: 'Five dengue cases are not deaths; nothing counts a food poisoning.', trap: 'a count of another kind beside a "none", and a "none" with nothing against it.' }),
    ratio({ id: 'bhyt', quote: ['đạt tỷ lệ bao phủ 90,7% dân số', 'có 24.863/27.415 người tham gia bảo hiểm y tế'], x: '24.863', y: '27.415', stated: '90,7%' }),
    difference({ id: 'bhyt-short', quote: ['thấp hơn 1,3 điểm phần trăm so với chỉ tiêu tỉnh giao năm 2026 (92,0%)', 'đạt tỷ lệ bao phủ 90,7% dân số'], a: '92,0', b: '90,7', stated: '1,3', trap: 'a shortfall in percentage points beside the target.' }),
    difference({ id: 'bhyt-vs-2025', quote: ['tăng 1,2 điểm phần trăm', 'so với cùng kỳ năm 2025 (89,5%)', 'đạt tỷ lệ bao phủ 90,7% dân số'], a: '90,7', b: '89,5', stated: '1,2', trap: 'a percentage-point change, not a relative one (1,3%).' }),
    // II.3 social policy
    share({ id: 'poor-share', quote: ['chiếm 1,71% tổng số hộ', 'còn 118 hộ nghèo', 'Có 6.712/6.892 hộ'], x: '118', y: '6.892', stated: '1,71%', note: 'The number of households is in I.3 (clean water).' }),
    share({ id: 'near-poor-share', quote: ['203 hộ cận nghèo (2,95%)', 'Có 6.712/6.892 hộ'], x: '203', y: '6.892', stated: '2,95%' }),
    difference({ id: 'poor-reduction', quote: ['giảm 68 hộ nghèo, vượt chỉ tiêu', 'so với đầu năm (186 hộ nghèo)', 'còn 118 hộ nghèo'], a: '186', b: '118', stated: '68' }),
    atLeast({ id: 'poor-target', quote: ['vượt chỉ tiêu giảm 50 hộ nghèo Nghị quyết giao', 'giảm 68 hộ nghèo, vượt chỉ tiêu'], big: '68', small: '50', trap: 'a target beside the result.' }),
    sum({ id: 'gifts-parts', quote: ['tặng 1.236 suất quà', 'người có công với cách mạng và thân nhân 214 suất, hộ nghèo 118 suất, hộ cận nghèo 203 suất, người cao tuổi, người khuyết tật thuộc diện bảo trợ xã hội 486 suất, trẻ em có hoàn cảnh khó khăn 251 suất'], parts: ['214', '118', '203', '486', '251'], total: '1.236', mistake: 'planted', original: 'trẻ em có hoàn cảnh khó khăn 215 suất', note: 'Class 4: the five groups add to 1.272 against 1.236 (which the 618 triệu at 500 nghìn a gift carries); the children\'s 215 is written 251.' }),
    product({ id: 'gifts-value', quote: ['tổng kinh phí 618 triệu đồng', 'tặng 1.236 suất quà', 'mức quà 500 nghìn đồng/suất'], x: '1.236', y: '500', factor: '0,001', stated: '618', trap: 'count × rate (nghìn → triệu), not a sum.' }),
    sum({ id: 'gifts-funding', quote: ['tổng kinh phí 618 triệu đồng', 'ngân sách xã 372 triệu đồng và kinh phí vận động xã hội hóa 246 triệu đồng'], parts: ['372', '246'], total: '618', note: 'The parts are in footnote 4, the total in the text.' }),
    repeat({ id: 'gifts-poor', quote: ['hộ nghèo 118 suất', 'còn 118 hộ nghèo'], values: ['118', '118'], trap: 'the same figure in another role (one gift per poor household), agreeing.' }),
    repeat({ id: 'gifts-near-poor', quote: ['hộ cận nghèo 203 suất', '203 hộ cận nghèo (2,95%)'], values: ['203', '203'], trap: 'the same figure in another role, agreeing.' }),
    // III.1 one-stop records
    contradiction({ id: 'address', quote: ['(số 186 Quốc lộ 20, thôn Hiệp Thành)'], stated: '186', expected: 'an address', consistent: true, reason: 'A house number and a national road\'s number (186 is also the poor households at the start of the year).', trap: 'numbers in an address.' }),
    ratio({ id: 'online-month', quote: ['hồ sơ trực tuyến 824 hồ sơ (73,2%)', 'tiếp nhận 1.126 hồ sơ'], x: '824', y: '1.126', stated: '73,2%' }),
    quotient({ id: 'per-day', quote: ['bình quân 51 hồ sơ/ngày làm việc (22 ngày làm việc)', 'tiếp nhận 1.126 hồ sơ'], x: '1.126', y: '22', stated: '51', trap: 'records per working day (51,18 written whole).' }),
    ratio({ id: 'on-time-month', quote: ['đúng hạn 1.087 hồ sơ (99,4%)', 'Đã giải quyết 1.094 hồ sơ'], x: '1.087', y: '1.094', stated: '99,4%' }),
    difference({ id: 'late-month', quote: ['trễ hạn 7 hồ sơ thuộc lĩnh vực đất đai', 'đúng hạn 1.087 hồ sơ (99,4%)', 'Đã giải quyết 1.094 hồ sơ'], a: '1.094', b: '1.087', stated: '7' }),
    difference({ id: 'pending', quote: ['còn 32 hồ sơ đang giải quyết', 'tiếp nhận 1.126 hồ sơ', 'Đã giải quyết 1.094 hồ sơ'], a: '1.126', b: '1.094', stated: '32', trap: 'a remainder: received less settled.' }),
    cumulative({ id: 'received-year', quote: ['Trung tâm tiếp nhận 12.840 hồ sơ', 'tiếp nhận 11.714 hồ sơ', 'tiếp nhận 1.126 hồ sơ'], previous: '11.714', period: '1.126', stated: '12.840' }),
    cumulative({ id: 'online-year', quote: ['(trực tuyến 9.236 hồ sơ)', '(trực tuyến 8.412 hồ sơ)', 'hồ sơ trực tuyến 824 hồ sơ'], previous: '8.412', period: '824', stated: '9.236' }),
    change({ id: 'received-vs-2025', quote: ['tăng 12,4% so với năm 2025 (11.423 hồ sơ)', 'Trung tâm tiếp nhận 12.840 hồ sơ'], x: '12.840', base: '11.423', stated: '12,4%', direction: 'tăng' }),
    cumulative({ id: 'settled-year', quote: ['đã giải quyết 12.750 hồ sơ', 'giải quyết 11.611 hồ sơ', 'Đã giải quyết 1.094 hồ sơ'], previous: '11.611', period: '1.094', stated: '12.750', mistake: 'planted', original: 'đã giải quyết 12.705 hồ sơ', note: 'Class 6: footnote 5\'s 11.611 plus the month\'s 1.094 is 12.705; the lũy kế says 12.750 (two digits swapped), and the summary copies it.' }),
    cumulative({ id: 'on-time-year', quote: ['đúng hạn 12.619 hồ sơ', 'đúng hạn 11.532 hồ sơ', 'đúng hạn 1.087 hồ sơ (99,4%)'], previous: '11.532', period: '1.087', stated: '12.619' }),
    // III.2 security, traffic
    sum({ id: 'crimes', quote: ['xảy ra 3 vụ phạm pháp hình sự (2 vụ trộm cắp tài sản, 1 vụ cố ý gây thương tích)'], parts: ['2', '1'], total: '3' }),
    ratio({ id: 'crimes-solved', quote: ['điều tra làm rõ 2/3 vụ (67%)'], x: '2', y: '3', stated: '67%', trap: 'a whole percent rounded from 66,67.' }),
    contradiction({ id: 'no-serious-crime', quote: ['3 vụ phạm pháp hình sự', 'không xảy ra trọng án'], stated: '3 vụ phạm pháp hình sự', expected: 'another kind', consistent: true, reason: 'Thefts and an assault are not serious crimes (trọng án).', trap: 'a count of another kind beside a "none".' }),
    contradiction({ id: 'no-forest-fire', quote: ['thường trực 24/24 giờ; từ đầu mùa khô đến nay không xảy ra cháy rừng'], stated: 'không xảy ra cháy rừng', expected: 'none', consistent: true, reason: 'Nothing in the report counts a forest fire; "24/24 giờ" is a duty schedule, not a ratio.', trap: 'a "none" with nothing against it, beside a 24/24 that is not X/Y.' }),
    contradiction({ id: 'km-markers', quote: ['(đoạn Km 218+600 và Km 221+300)'], stated: 'Km 218+600', expected: 'road markers', consistent: true, reason: 'Positions on a national road.', trap: 'numbers in Km markers.' }),
    cumulative({ id: 'accidents-year', quote: ['Lũy kế cả năm xảy ra 13 vụ tai nạn giao thông', 'xảy ra 11 vụ tai nạn giao thông', 'Trong tháng xảy ra 2 vụ tai nạn giao thông'], previous: '11', period: '2', stated: '13' }),
    cumulative({ id: 'deaths-year', quote: ['làm chết 5 người, bị thương 12 người', 'làm chết 4 người, bị thương 10 người', 'làm chết 1 người, bị thương 2 người'], previous: '4', period: '1', stated: '5' }),
    cumulative({ id: 'injured-year', quote: ['làm chết 5 người, bị thương 12 người', 'làm chết 4 người, bị thương 10 người', 'làm chết 1 người, bị thương 2 người'], previous: '10', period: '2', stated: '12' }),
    difference({ id: 'accidents-fewer', quote: ['giảm 3 vụ, tương ứng', 'so với năm 2025 (16 vụ)', 'Lũy kế cả năm xảy ra 13 vụ tai nạn giao thông'], a: '16', b: '13', stated: '3', trap: 'a difference in cases beside the percent.' }),
    change({ id: 'accidents-change', quote: ['tương ứng giảm 18,8%', 'so với năm 2025 (16 vụ)', 'Lũy kế cả năm xảy ra 13 vụ tai nạn giao thông'], x: '13', base: '16', stated: '18,8%', direction: 'giảm', trap: 'rounded half-up from exactly 18,75.' }),
    // III.3 military
    ratio({ id: 'fit', quote: ['có 91 người đạt tiêu chuẩn sức khỏe (58,3%)', 'khám sức khỏe cho 156 công dân'], x: '91', y: '156', stated: '58,3%' }),
    sum({ id: 'quota', quote: ['Chỉ tiêu giao quân năm 2027 là 42 công dân (nhập ngũ 38 công dân, thực hiện nghĩa vụ tham gia Công an nhân dân 4 công dân)'], parts: ['38', '4'], total: '42' }),
    // IV.1 summary
    repeat({ id: 'sum-area', quote: ['Tổng diện tích gieo trồng 7.324 ha; sản lượng', 'Tổng diện tích gieo trồng năm 2026 đạt 7.324 ha'], values: ['7.324', '7.324'] }),
    repeat({ id: 'sum-coffee', quote: ['ước đạt khoảng 14,2 nghìn tấn', 'sản lượng ước đạt 12.449 tấn cà phê nhân'], values: ['12.449 tấn', '14,2 nghìn tấn'], kind: 'unit', mistake: 'planted', original: 'ước đạt khoảng 12,4 nghìn tấn', note: 'Class 5: the summary restates the 12.449 tấn of I.1 in nghìn tấn with two digits swapped (14,2 for 12,4).' }),
    repeat({ id: 'sum-revenue', quote: ['thu ngân sách cả năm đạt 19,3 tỷ đồng', 'Lũy kế cả năm thu ngân sách được 19.284 triệu đồng'], values: ['19.284 triệu đồng', '19,3 tỷ đồng'], kind: 'unit', trap: 'the year\'s revenue restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-disbursed', quote: ['giải ngân vốn đầu tư công 21,4 tỷ đồng', 'lũy kế cả năm giải ngân 21.436 triệu đồng'], values: ['21.436 triệu đồng', '21,4 tỷ đồng'], kind: 'unit', trap: 'the disbursement restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-income', quote: ['Thu nhập bình quân đầu người đạt 72,4 triệu đồng/người/năm', 'ước đạt 72,4 triệu đồng/người/năm, tăng'], values: ['72,4', '72,4'] }),
    repeat({ id: 'sum-poor', quote: ['giảm 68 hộ nghèo, tỷ lệ hộ nghèo còn 1,71%', 'chiếm 1,71% tổng số hộ'], values: ['1,71%', '1,71%'] }),
    repeat({ id: 'sum-settled', quote: ['cả năm giải quyết 12.750 hồ sơ', 'đã giải quyết 12.750 hồ sơ'], values: ['12.750', '12.750'], trap: 'the wrong lũy kế copied consistently into the summary.' }),
    ratio({ id: 'sum-online-year', quote: ['tỷ lệ hồ sơ trực tuyến cả năm đạt 73,2%', '(trực tuyến 9.236 hồ sơ)', 'Trung tâm tiếp nhận 12.840 hồ sơ'], x: '9.236', y: '12.840', stated: '73,2%', mistake: 'planted', original: 'tỷ lệ hồ sơ trực tuyến cả năm đạt 71,9%', note: 'Class 2: far from its base in III.1; 9.236 of the 12.840 records of the year is 71,9%; 73,2% is the month\'s share (824/1.126).' }),
    contradiction({ id: 'no-traffic-death', quote: ['làm chết 1 người, bị thương 2 người', 'trong tháng không xảy ra tai nạn giao thông làm chết người'], stated: '1 người', expected: 'none (IV.1)', consistent: false, reason: 'The summary says no traffic accident killed anyone in the month; III.2 counts 1 death in the month\'s 2 accidents.', mistake: 'planted', original: 'trong tháng không xảy ra trọng án', note: 'Class 8: a count against a "không xảy ra" statement in the summary.' }),
    // IV.2 weaknesses
    repeat({ id: 'weak-veg', quote: ['diện tích rau các loại chỉ đạt 95,3% kế hoạch', '| Rau các loại | 1.350 | 1.286 | 95,3 |'], values: ['95,3', '95,3%'] }),
    repeat({ id: 'weak-bhyt', quote: ['Tỷ lệ bao phủ bảo hiểm y tế (90,7%)', 'đạt tỷ lệ bao phủ 90,7% dân số'], values: ['90,7%', '90,7%'] }),
    difference({ id: 'weak-criteria', quote: ['Còn 3/19 tiêu chí xã nông thôn mới nâng cao chưa đạt', 'Xã đạt 16/19 tiêu chí'], a: '19', b: '16', stated: '3', trap: 'a remainder written as X/Y.' }),
    repeat({ id: 'weak-late', quote: ['còn 7 hồ sơ giải quyết trễ hạn trong tháng', 'trễ hạn 7 hồ sơ thuộc lĩnh vực đất đai'], values: ['7', '7'] }),
    // IV.3 tasks
    difference({ id: 'task-coffee', quote: ['thu hoạch dứt điểm 1.107 ha cà phê kinh doanh còn lại', 'gồm diện tích kinh doanh 3.952 ha', 'đã thu hoạch 2.845 ha'], a: '3.952', b: '2.845', stated: '1.107', trap: 'a remainder of the business area.' }),
    difference({ id: 'task-capital', quote: ['còn lại 3.364 triệu đồng trước ngày 31/01/2027', 'do xã làm chủ đầu tư là 24,8 tỷ đồng', 'lũy kế cả năm giải ngân 21.436 triệu đồng'], a: '24,8 tỷ đồng', b: '21.436 triệu đồng', stated: '3.364 triệu đồng', trap: 'a remainder in triệu against a plan in tỷ.' }),
    contradiction({ id: 'task-targets', quote: ['tối thiểu 1,5 tỷ đồng', 'phấn đấu đạt tỷ lệ bao phủ 92,0% trong quý I năm 2027', 'trước ngày 30/01/2027'], stated: 'tối thiểu 1,5 tỷ đồng', expected: 'targets', consistent: true, reason: 'January\'s targets and deadlines, with no base of their own.', trap: 'targets and dates.' }),
    repeat({ id: 'task-gifts', quote: ['Trao đủ 1.236 suất quà Tết', 'tặng 1.236 suất quà'], values: ['1.236', '1.236'] }),
    repeat({ id: 'task-conscripts', quote: ['lễ giao nhận 42 công dân nhập ngũ', 'Chỉ tiêu giao quân năm 2027 là 42 công dân'], values: ['42', '42'] }),
  ],
});
