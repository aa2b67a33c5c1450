// Written for the corpus, blind: Ủy ban nhân dân xã Mỹ Thạnh Đông (tỉnh Vĩnh Long after the 2025 merger; the commune
// and its ấp are invented) to the provincial UBND (through the Sở Tài chính) and the commune's Đảng ủy and HĐND, the
// monthly socio-economic, defence and security report of November 2026 (15/10 - 14/11/2026) with the eleven months'
// lũy kế (from 15/12/2025, the ten months in footnotes), in parts I - IV; households and population given at the top.
// Rice: the summer-autumn crop against its plan in parentheses, area × yield (tạ → tấn) = output, change against last
// year's crop; the autumn-winter crop harvested X of Y, area × yield; the eleven months' rice output after "gồm" and
// against a plan in nghìn tấn; the winter-spring sowing (its percent only in the summary); rice varieties with numbers.
// Orchards after "gồm", durian fruiting share, a price range, coconut "trong đó"; shares of agricultural production
// value; pigs against cùng kỳ, vaccination share, a "none" of swine fever beside piglets with diarrhoea. Aquaculture
// area after "gồm" with nested parentheses, the month's harvest and the lũy kế from a footnote, a table of five
// products (plan, done, percent, total row, one row half-up at ,5), the cá tra output in the text against the table,
// tấn/ha; a "none" of salinity and tidal damage, a "none" of water shortage. Budget: the month's revenue after "gồm"
// and its change, the lũy kế from a footnote, percents of the HĐND's estimate (paragraph before, tỷ) and the
// province's (footnote, tỷ); spending after "gồm" and against an estimate in tỷ. Public investment plan and parts in
// tỷ, the disbursement lũy kế from a footnote and its percent, a minimum; roads in km with parts in m; people's share;
// new rural criteria X/Y, ấp 5/9 (56%), income change and excess, clean water X/Y. Schools and pupils after "gồm",
// 100% of X/X, standard schools 8/11 as a whole percent; health visits, vaccination above a minimum, disease cases
// beside a "none" of deaths, BHYT coverage of the population at the top, against the target and cùng kỳ in points.
// Jobs: the month with a "trong đó", the lũy kế from a footnote, against the year's target, labour export lũy kế;
// poor and near-poor shares of the households at the top, the reduction against a target; allowances after "gồm"
// and per person. One-stop records (online share and its change in points, per day, on time, late after
// parentheses, pending, eleven months' lũy kế from a footnote, online share of the year); thefts 2/2 (100%), a "none"
// of serious crimes; a traffic accident at a Km marker with "no death", its lũy kế and change; call-up (fit share,
// quota and parts). A summary restating figures (some in nghìn tấn and tỷ), weaknesses (a tidal-flood count, a loss
// range) and December's tasks with remainders and targets.
//
// (b) Mistakes and traps: 10 planted mistakes — the revenue's percent of the province's estimate (footnote 2, in tỷ)
// copied from the ten months (87,2% for 97,7%); the disbursement's percent of the plan in tỷ in the paragraph
// before with digits swapped (67,0% for 76,0%); the summary's winter-spring sowing percent against the figures of
// I.1 (26,4% for 24,6%); production-value shares adding to 101,0%; the orchards after "gồm" adding to 1.881 against
// 1.845 ha (chôm chôm 251 for 215); the cá tra output in the text (11.586) against the table (11.856); the summary's
// rice output in nghìn tấn (39,6 for 36,9); footnote 5's ten months of jobs (536 for 526) + the month's 86 ≠ the
// lũy kế 612; 8/11 schools written 72% (truncated from 72,73%); a "none" of tidal damage against the 18,5 ha flooded
// in IV.2. Traps: document numbers and dates, rice varieties, a price range, an address and a Km
// marker; area × yield, tấn/ha, records per day, allowance per person; a plan in nghìn tấn; a "trong đó"
// coconut subset; a row half-up at exactly 95,25; percents in parentheses of X/Y (17/19,
// 5/9 at 56%), 100% of 512/512; a minimum beside a rate twice; BHYT and online shares in percentage
// points; remainders (pending records, criteria left, capital in triệu against a plan in tỷ, revenue to
// 100%); agreeing restatements in nghìn tấn and tỷ; "none" statements with nothing against them (water) or
// beside a count of another kind (piglets, disease cases, thefts, injuries); a loss range "từ 30% đến 50%".
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-my-thanh-dong-kinh-te-xa-hoi-thang-11-2026.md',
  prefix: 'mtd',
  claims: [
    contradiction({ id: 'documents', quote: ['Kế hoạch số 145/KH-UBND ngày 06/01/2026', 'Nghị quyết số 18/NQ-HĐND ngày 19/12/2025'], stated: '145', expected: 'documents', consistent: true, reason: 'A plan\'s and a resolution\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    contradiction({ id: 'period-dates', quote: ['(số liệu tháng 11 tính từ ngày 15/10/2026 đến ngày 14/11/2026; số liệu 11 tháng là lũy kế từ ngày 15/12/2025 đến ngày 14/11/2026)'], stated: '15/10/2026', expected: 'dates', consistent: true, reason: 'The reporting period\'s dates.', note: 'numbers in dates.' }),
    repeat({ id: 'ap-count', quote: ['có 5/9 ấp đạt chuẩn', 'sinh sống tại 9 ấp'], values: ['9', '9'] }),
    // I.1a rice
    ratio({ id: 'he-thu-area', quote: ['đạt 100,4% kế hoạch (2.450 ha)', 'thu hoạch dứt điểm 2.460 ha'], x: '2.460', y: '2.450', stated: '100,4%' }),
    product({ id: 'he-thu-output', quote: ['sản lượng 14.391 tấn, tăng', 'năng suất bình quân 58,5 tạ/ha', 'thu hoạch dứt điểm 2.460 ha'], x: '2.460', y: '58,5', factor: '0,1', stated: '14.391', trap: 'area × yield (tạ → tấn), not a sum.' }),
    change({ id: 'he-thu-change', quote: ['tăng 3,9% so với vụ Hè Thu năm 2025 (13.857 tấn)', 'sản lượng 14.391 tấn, tăng'], x: '14.391', base: '13.857', stated: '3,9%', direction: 'tăng' }),
    ratio({ id: 'thu-dong-harvested', quote: ['đã thu hoạch 820 ha (60,7%)', 'Vụ Thu Đông 2026 xuống giống 1.350 ha'], x: '820', y: '1.350', stated: '60,7%' }),
    product({ id: 'thu-dong-output', quote: ['sản lượng thu được 4.264 tấn', 'năng suất ước đạt 52,0 tạ/ha', 'đã thu hoạch 820 ha (60,7%)'], x: '820', y: '52,0', factor: '0,1', stated: '4.264', note: 'area × yield (tạ → tấn) of the harvested part, not of the 1.350 ha sown.' }),
    sum({ id: 'rice-11m', quote: ['tổng sản lượng lúa toàn xã đạt 36.873 tấn', 'gồm vụ Đông Xuân 2025 - 2026 là 18.218 tấn, vụ Hè Thu 14.391 tấn và vụ Thu Đông 4.264 tấn'], parts: ['18.218', '14.391', '4.264'], total: '36.873' }),
    repeat({ id: 'rice-he-thu-again', quote: ['vụ Hè Thu 14.391 tấn', 'sản lượng 14.391 tấn, tăng'], values: ['14.391', '14.391'] }),
    repeat({ id: 'rice-thu-dong-again', quote: ['vụ Thu Đông 4.264 tấn', 'sản lượng thu được 4.264 tấn'], values: ['4.264', '4.264'] }),
    ratio({ id: 'rice-plan', quote: ['bằng 94,5% kế hoạch năm (39 nghìn tấn)', 'tổng sản lượng lúa toàn xã đạt 36.873 tấn'], x: '36.873 tấn', y: '39 nghìn tấn', stated: '94,5%', trap: 'a plan in another scale (nghìn tấn) in parentheses.' }),
    contradiction({ id: 'varieties', quote: ['OM 18, ST 25 và Đài Thơm 8', 'vụ Đông Xuân 2025 - 2026 là'], stated: 'OM 18', expected: 'names', consistent: true, reason: 'Rice varieties\' names and a season\'s years, no relation.', trap: 'numbers in names of varieties and seasons.' }),
    sum({ id: 'orchards', quote: ['Tổng diện tích cây ăn trái toàn xã 1.845 ha', 'gồm bưởi da xanh 726 ha, sầu riêng 468 ha, chôm chôm 251 ha và cây ăn trái khác (nhãn, măng cụt, cam sành) 436 ha'], parts: ['726', '468', '251', '436'], total: '1.845', mistake: 'planted', original: 'chôm chôm 215 ha', note: 'Class 4: the four kinds of orchard add to 1.881 ha against 1.845 ha; chôm chôm\'s 215 is written 251.' }),
    ratio({ id: 'durian-fruiting', quote: ['chiếm 66,7% diện tích sầu riêng', 'Diện tích sầu riêng cho trái 312 ha', 'sầu riêng 468 ha'], x: '312', y: '468', stated: '66,7%' }),
    contradiction({ id: 'pomelo-price', quote: ['dao động từ 32.000 đến 38.000 đồng/kg'], stated: '32.000 đến 38.000', expected: 'a price range', consistent: true, reason: 'A farm-gate price range, no relation.', trap: 'a range of prices per kg.' }),
    atLeast({ id: 'coconut', quote: ['trong đó dừa xiêm xanh 148 ha', 'Diện tích dừa 634 ha'], big: '634', small: '148', trap: 'a "trong đó" subset, not a breakdown.' }),
    sum({ id: 'structure', quote: ['trồng trọt 52,4%; chăn nuôi 14,7%; thủy sản 31,6%; dịch vụ nông nghiệp 2,3%'], parts: ['52,4%', '14,7%', '31,6%', '2,3%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'thủy sản 30,6%', note: 'Class 3: the four shares of production value add to 101,0%; fisheries\' 30,6% is written 31,6%.' }),
    // I.1b livestock
    change({ id: 'pigs', quote: ['giảm 4,2% so với cùng kỳ năm 2025 (6.665 con)', 'tổng đàn heo 6.385 con'], x: '6.385', base: '6.665', stated: '4,2%', direction: 'giảm' }),
    ratio({ id: 'vaccinated', quote: ['cho 1.086 con bò (87,0% tổng đàn)', 'đàn bò 1.248 con'], x: '1.086', y: '1.248', stated: '87,0%' }),
    contradiction({ id: 'no-asf', quote: ['Trong tháng không phát sinh ổ dịch tả heo châu Phi, cúm gia cầm', 'ghi nhận 23 con heo con bị tiêu chảy tại ấp Long Hưng'], stated: 'không phát sinh', expected: 'another kind', consistent: true, reason: 'Piglets with diarrhoea are not an outbreak of African swine fever or avian flu.', trap: 'a count of another kind beside a "none".' }),
    // I.1c aquaculture
    sum({ id: 'aqua-area', quote: ['Tổng diện tích nuôi trồng thủy sản 658 ha', 'gồm nuôi tôm 412 ha', 'nuôi cá tra thâm canh 38 ha, cá lóc, cá rô và thủy sản khác 208 ha'], parts: ['412', '38', '208'], total: '658' }),
    sum({ id: 'shrimp-area', quote: ['gồm nuôi tôm 412 ha', '(tôm càng xanh luân canh trên ruộng lúa 356 ha, tôm thẻ chân trắng 56 ha)'], parts: ['356', '56'], total: '412', note: 'a breakdown in parentheses nested inside a "gồm".' }),
    cumulative({ id: 'aqua-11m', quote: ['lũy kế 11 tháng đạt 15.381 tấn', 'sản lượng nuôi trồng thủy sản đạt 13.953 tấn', 'Trong tháng thu hoạch 1.428 tấn thủy sản'], previous: '13.953', period: '1.428', stated: '15.381', note: 'The ten months are only in footnote 1.' }),
    repeat({ id: 'aqua-text-table', quote: ['lũy kế 11 tháng đạt 15.381 tấn', '| Cộng | 16.590 | 15.381 | 92,7 |'], values: ['15.381', '15.381'] }),
    ratio({ id: 't-prawn', quote: ['| Tôm càng xanh | 540 | 498 | 92,2 |'], x: '498', y: '540', stated: '92,2' }),
    ratio({ id: 't-whiteleg', quote: ['| Tôm thẻ chân trắng | 400 | 381 | 95,3 |'], x: '381', y: '400', stated: '95,3', trap: 'rounded half-up from exactly 95,25 (truncation would give 95,2).' }),
    ratio({ id: 't-pangasius', quote: ['| Cá tra | 12.800 | 11.856 | 92,6 |'], x: '11.856', y: '12.800', stated: '92,6' }),
    ratio({ id: 't-snakehead', quote: ['| Cá lóc | 1.650 | 1.512 | 91,6 |'], x: '1.512', y: '1.650', stated: '91,6' }),
    ratio({ id: 't-other', quote: ['| Thủy sản khác | 1.200 | 1.134 | 94,5 |'], x: '1.134', y: '1.200', stated: '94,5' }),
    sum({ id: 't-plan-total', quote: ['| Cộng | 16.590 | 15.381 | 92,7 |'], parts: ['540', '400', '12.800', '1.650', '1.200'], total: '16.590', kind: 'cross_total' }),
    sum({ id: 't-done-total', quote: ['| Cộng | 16.590 | 15.381 | 92,7 |'], parts: ['498', '381', '11.856', '1.512', '1.134'], total: '15.381', kind: 'cross_total' }),
    ratio({ id: 't-total-rate', quote: ['| Cộng | 16.590 | 15.381 | 92,7 |'], x: '15.381', y: '16.590', stated: '92,7' }),
    repeat({ id: 'pangasius-text', quote: ['Sản lượng cá tra 11 tháng đạt 11.586 tấn', '| Cá tra | 12.800 | 11.856 | 92,6 |'], values: ['11.856', '11.586'], mistake: 'planted', original: 'Sản lượng cá tra 11 tháng đạt 11.856 tấn', note: 'Class 5: the text gives 11.586 tấn of cá tra, the table (whose column adds up, and against which 312 tấn/ha is computed) 11.856; two digits swapped.' }),
    quotient({ id: 'pangasius-per-ha', quote: ['năng suất bình quân 312 tấn/ha', '| Cá tra | 12.800 | 11.856 | 92,6 |', 'nuôi cá tra thâm canh 38 ha'], x: '11.856', y: '38', stated: '312', trap: 'tấn per ha, a quotient; it agrees with the table (the text\'s 11.586 would give 304,9).' }),
    contradiction({ id: 'fish-price', quote: ['ổn định ở mức 29.500 - 30.500 đồng/kg'], stated: '29.500 - 30.500', expected: 'a price range', consistent: true, reason: 'A price range, no relation.', note: 'a range of prices per kg.' }),
    // I.1d disasters
    contradiction({ id: 'no-tidal-damage', quote: ['không có diện tích cây trồng, thủy sản bị thiệt hại do xâm nhập mặn, triều cường', 'Đợt triều cường ngày 08/11/2026 làm ngập 18,5 ha lúa Thu Đông tại ấp Phú Thạnh, thiệt hại từ 30% đến 50%'], stated: 'không có diện tích ... bị thiệt hại do ... triều cường', expected: '18,5 ha lúa ngập do triều cường (IV.2)', consistent: false, reason: 'I.1 says no crop was damaged by salinity or tidal flooding since the rainy season began; IV.2 counts 18,5 ha of rice flooded by the tide of 08/11/2026 with 30 - 50% losses.', mistake: 'planted', original: 'không có diện tích cây trồng, thủy sản bị thiệt hại do xâm nhập mặn', note: 'Class 8: a "không có" statement contradicted by a count in the weaknesses.' }),
    contradiction({ id: 'no-water-shortage', quote: ['Không có hộ dân thiếu nước sinh hoạt', '14 cống ngăn triều'], stated: 'Không có', expected: 'none', consistent: true, reason: 'Nothing in the report counts a household short of water (the 84 households not on clean piped water are another matter); 14 sluices is a count of works.', trap: 'a "none" with nothing against it.' }),
    // I.2 budget
    atLeast({ id: 'estimates', quote: ['năm 2026 là 12,4 tỷ đồng, cao hơn dự toán tỉnh giao', 'tỉnh giao cho xã là 11,2 tỷ đồng'], big: '12,4 tỷ đồng', small: '11,2 tỷ đồng', note: 'The province\'s estimate is only in footnote 2.' }),
    contradiction({ id: 'footnote-documents', quote: ['Quyết định số 3105/QĐ-UBND ngày 15/12/2025', 'Báo cáo số 352/BC-UBND ngày 16/10/2026'], stated: '3105', expected: 'documents', consistent: true, reason: 'Numbers and dates of the documents cited in footnotes.', note: 'numbers in documents\' names.' }),
    sum({ id: 'revenue-month', quote: ['Thu ngân sách tháng 11 được 1.184 triệu đồng', 'thuế thu nhập cá nhân từ hộ kinh doanh 316 triệu đồng, lệ phí trước bạ 278 triệu đồng, thu tiền sử dụng đất 452 triệu đồng, phí, lệ phí và thu khác 138 triệu đồng'], parts: ['316', '278', '452', '138'], total: '1.184' }),
    change({ id: 'revenue-month-change', quote: ['giảm 5,1% so với cùng kỳ năm 2025 (1.248 triệu đồng)', 'Thu ngân sách tháng 11 được 1.184 triệu đồng'], x: '1.184', base: '1.248', stated: '5,1%', direction: 'giảm' }),
    cumulative({ id: 'revenue-11m', quote: ['Lũy kế 11 tháng thu ngân sách được 10.946 triệu đồng', 'thu ngân sách 9.762 triệu đồng', 'Thu ngân sách tháng 11 được 1.184 triệu đồng'], previous: '9.762', period: '1.184', stated: '10.946', note: 'The ten months are only in footnote 3.' }),
    ratio({ id: 'revenue-vs-council', quote: ['đạt 88,3% dự toán Hội đồng nhân dân xã giao', 'Lũy kế 11 tháng thu ngân sách được 10.946 triệu đồng', 'năm 2026 là 12,4 tỷ đồng'], x: '10.946 triệu đồng', y: '12,4 tỷ đồng', stated: '88,3%', note: 'The HĐND estimate is in the paragraph before, in tỷ.' }),
    ratio({ id: 'revenue-vs-province', quote: ['và 87,2% dự toán tỉnh giao', 'Lũy kế 11 tháng thu ngân sách được 10.946 triệu đồng', 'tỉnh giao cho xã là 11,2 tỷ đồng'], x: '10.946 triệu đồng', y: '11,2 tỷ đồng', stated: '87,2%', mistake: 'planted', original: 'và 97,7% dự toán tỉnh giao', note: 'Class 1: the province\'s estimate is only in footnote 2, in tỷ; 10.946 triệu of 11,2 tỷ is 97,7%; 87,2% is the ten months\' 9.762 triệu (footnote 3) against it — and below the percent of the higher HĐND estimate.' }),
    sum({ id: 'spending-parts', quote: ['lũy kế 11 tháng 17.835 triệu đồng', 'gồm chi đầu tư phát triển 5.942 triệu đồng và chi thường xuyên 11.893 triệu đồng'], parts: ['5.942', '11.893'], total: '17.835' }),
    ratio({ id: 'spending-rate', quote: ['đạt 81,4% dự toán Hội đồng nhân dân xã giao (21,9 tỷ đồng)', 'lũy kế 11 tháng 17.835 triệu đồng'], x: '17.835 triệu đồng', y: '21,9 tỷ đồng', stated: '81,4%' }),
    // I.3 public investment, new rural
    sum({ id: 'capital-parts', quote: ['là 18,5 tỷ đồng, gồm vốn ngân sách tỉnh phân cấp 12,6 tỷ đồng và vốn ngân sách xã 5,9 tỷ đồng'], parts: ['12,6', '5,9'], total: '18,5' }),
    cumulative({ id: 'disbursed-11m', quote: ['lũy kế 11 tháng giải ngân 14.060 triệu đồng', 'Lũy kế 10 tháng năm 2026 giải ngân 12.425 triệu đồng', 'Trong tháng giải ngân 1.635 triệu đồng'], previous: '12.425', period: '1.635', stated: '14.060' }),
    ratio({ id: 'disbursed-rate', quote: ['đạt 67,0% kế hoạch vốn', 'lũy kế 11 tháng giải ngân 14.060 triệu đồng', 'là 18,5 tỷ đồng, gồm'], x: '14.060 triệu đồng', y: '18,5 tỷ đồng', stated: '67,0%', mistake: 'planted', original: 'đạt 76,0% kế hoạch vốn', note: 'Class 1: the plan is in the paragraph before, in tỷ; 14.060 triệu of 18,5 tỷ is exactly 76,0%; the digits are swapped.' }),
    contradiction({ id: 'disbursed-min', quote: ['thấp hơn yêu cầu giải ngân tối thiểu 95% đến ngày 31/01/2027 của tỉnh'], stated: 'tối thiểu 95%', expected: 'a threshold', consistent: true, reason: 'The province\'s minimum and deadline beside the rate reached.', trap: 'a threshold next to a rate.' }),
    sum({ id: 'roads', quote: ['dài 4,26 km (tuyến ấp Mỹ Hòa 1.480 m, ấp Thạnh Lợi 1.350 m, ấp Tân Định 1.430 m)'], parts: ['1.480 m', '1.350 m', '1.430 m'], total: '4,26 km', note: 'Parts in m, the total in km.' }),
    share({ id: 'contribution', quote: ['chiếm 28,6% tổng kinh phí (4,34 tỷ đồng)', 'nhân dân đóng góp 1,24 tỷ đồng'], x: '1,24', y: '4,34', stated: '28,6%' }),
    ratio({ id: 'ntm-criteria', quote: ['Xã đạt 17/19 tiêu chí xã nông thôn mới nâng cao (89,5%)'], x: '17', y: '19', stated: '89,5%', trap: 'a percent in parentheses belonging to the X/Y beside it.' }),
    ratio({ id: 'model-ap', quote: ['có 5/9 ấp đạt chuẩn ấp nông thôn mới kiểu mẫu (56%)'], x: '5', y: '9', stated: '56%', trap: 'a whole percent rounded from 55,56.' }),
    change({ id: 'income-change', quote: ['tăng 8,0% so với năm 2025 (63,4 triệu đồng)', 'ước đạt 68,5 triệu đồng/người/năm'], x: '68,5', base: '63,4', stated: '8,0%', direction: 'tăng' }),
    excess({ id: 'income-excess', quote: ['vượt 1,5% chỉ tiêu Nghị quyết (67,5 triệu đồng)', 'ước đạt 68,5 triệu đồng/người/năm'], x: '68,5', y: '67,5', stated: '1,5%' }),
    ratio({ id: 'clean-water', quote: ['Có 8.388/8.472 hộ sử dụng nước sạch đạt quy chuẩn (99,0%)'], x: '8.388', y: '8.472', stated: '99,0%' }),
    repeat({ id: 'households', quote: ['Có 8.388/8.472 hộ', 'toàn xã có 8.472 hộ với 31.486 nhân khẩu'], values: ['8.472', '8.472'] }),
    // II.1 education
    sum({ id: 'schools', quote: ['Toàn xã có 11 trường (4 trường mầm non, 5 trường tiểu học, 2 trường trung học cơ sở)'], parts: ['4', '5', '2'], total: '11' }),
    sum({ id: 'pupils', quote: ['với 5.934 học sinh, gồm mầm non 1.268 cháu, tiểu học 2.795 em, trung học cơ sở 1.871 em'], parts: ['1.268', '2.795', '1.871'], total: '5.934' }),
    ratio({ id: 'five-year-olds', quote: ['Huy động 512/512 trẻ 5 tuổi ra lớp (100%)'], x: '512', y: '512', stated: '100%', trap: '"100%" of X/X.' }),
    ratio({ id: 'standard-schools', quote: ['Có 8/11 trường đạt chuẩn quốc gia (72%)'], x: '8', y: '11', stated: '72%', mistake: 'planted', original: 'Có 8/11 trường đạt chuẩn quốc gia (73%)', note: 'Class 7: 8/11 = 72,73%, which is 73% written whole; 72% truncates.' }),
    contradiction({ id: 'teachers-day', quote: ['Ngày Nhà giáo Việt Nam 20/11'], stated: '20/11', expected: 'a date', consistent: true, reason: 'A holiday\'s date, not a ratio.', note: 'a date written like X/Y.' }),
    // II.2 health
    ratio({ id: 'bhyt-visits', quote: ['có thẻ bảo hiểm y tế 1.298 lượt (83,1%)', 'khám, điều trị cho 1.562 lượt người'], x: '1.298', y: '1.562', stated: '83,1%' }),
    ratio({ id: 'immunised', quote: ['Tiêm chủng đầy đủ cho 412/425 trẻ em dưới 1 tuổi (96,9%)'], x: '412', y: '425', stated: '96,9%' }),
    atLeast({ id: 'immunised-min', quote: ['vượt mức tối thiểu 95% của tỉnh', 'trẻ em dưới 1 tuổi (96,9%)'], big: '96,9%', small: '95%', trap: 'a threshold next to a rate (not an excess of 1,9%).' }),
    contradiction({ id: 'no-disease-death', quote: ['Ghi nhận 7 ca sốt xuất huyết và 4 ca tay chân miệng, không có ca tử vong'], stated: '7 ca sốt xuất huyết', expected: 'another kind', consistent: true, reason: 'Cases of dengue and hand-foot-mouth disease are not deaths.', trap: 'a count of another kind beside a "none".' }),
    ratio({ id: 'bhyt', quote: ['đạt 91,2% dân số, thấp hơn', 'có 28.716 người tham gia bảo hiểm y tế', 'với 31.486 nhân khẩu'], x: '28.716', y: '31.486', stated: '91,2%', note: 'The population is given only at the top of the report.' }),
    difference({ id: 'bhyt-short', quote: ['thấp hơn 1,3 điểm phần trăm so với chỉ tiêu Nghị quyết (92,5%)', 'đạt 91,2% dân số, thấp hơn'], a: '92,5', b: '91,2', stated: '1,3', trap: 'a shortfall in percentage points beside the target.' }),
    difference({ id: 'bhyt-vs-2025', quote: ['tăng 0,8 điểm phần trăm', 'so với cùng kỳ năm 2025 (90,4%)', 'đạt 91,2% dân số, thấp hơn'], a: '91,2', b: '90,4', stated: '0,8', trap: 'a percentage-point change, not a relative one (0,9%).' }),
    // II.3 labour, social policy
    atLeast({ id: 'jobs-abroad-month', quote: ['(trong đó đi làm việc ở nước ngoài theo hợp đồng 14 lao động)', 'giải quyết việc làm cho 86 lao động'], big: '86', small: '14', note: 'a "trong đó" subset, not a breakdown.' }),
    cumulative({ id: 'jobs-11m', quote: ['lũy kế 11 tháng 612 lao động', 'giải quyết việc làm cho 536 lao động', 'giải quyết việc làm cho 86 lao động'], previous: '536', period: '86', stated: '612', mistake: 'planted', original: 'giải quyết việc làm cho 526 lao động', note: 'Class 6: footnote 5\'s 536 plus the month\'s 86 is 622, not the lũy kế 612 (which the 87,4%, the summary and the 88 still to go all carry); the footnote\'s 526 is written 536.' }),
    ratio({ id: 'jobs-target', quote: ['đạt 87,4% chỉ tiêu năm (700 lao động)', 'lũy kế 11 tháng 612 lao động'], x: '612', y: '700', stated: '87,4%' }),
    cumulative({ id: 'jobs-abroad-11m', quote: ['trong đó xuất khẩu lao động 55 lao động', 'trong đó xuất khẩu lao động 41 lao động', 'đi làm việc ở nước ngoài theo hợp đồng 14 lao động'], previous: '41', period: '14', stated: '55' }),
    share({ id: 'poor-share', quote: ['còn 96 hộ nghèo (1,13% tổng số hộ)', 'toàn xã có 8.472 hộ'], x: '96', y: '8.472', stated: '1,13%', note: 'The number of households is at the top of the report.' }),
    share({ id: 'near-poor-share', quote: ['174 hộ cận nghèo (2,05%)', 'toàn xã có 8.472 hộ'], x: '174', y: '8.472', stated: '2,05%' }),
    difference({ id: 'poor-reduction', quote: ['giảm 38 hộ nghèo, đạt', 'so với đầu năm (134 hộ nghèo)', 'còn 96 hộ nghèo'], a: '134', b: '96', stated: '38' }),
    ratio({ id: 'poor-target', quote: ['đạt 95,0% chỉ tiêu giảm hộ nghèo năm (40 hộ)', 'giảm 38 hộ nghèo, đạt'], x: '38', y: '40', stated: '95,0%' }),
    sum({ id: 'allowance-parts', quote: ['Chi trả trợ cấp xã hội hằng tháng cho 1.124 đối tượng', 'gồm người cao tuổi 683 người, người khuyết tật 372 người, trẻ em mồ côi và đối tượng khác 69 người'], parts: ['683', '372', '69'], total: '1.124' }),
    quotient({ id: 'allowance-per-head', quote: ['(bình quân 500 nghìn đồng/người)', 'tổng số tiền 562 triệu đồng', 'cho 1.124 đối tượng'], x: '562', y: '1.124', factor: '1000', stated: '500', trap: 'a per-person quotient (triệu → nghìn), not a percent.' }),
    // III.1 one-stop records
    contradiction({ id: 'address', quote: ['(số 25 đường tỉnh 902, ấp Mỹ Hòa)'], stated: '25', expected: 'an address', consistent: true, reason: 'A house number and a provincial road\'s number.', trap: 'numbers in an address.' }),
    ratio({ id: 'online-month', quote: ['hồ sơ trực tuyến 1.017 hồ sơ (79,2%)', 'tiếp nhận 1.284 hồ sơ'], x: '1.017', y: '1.284', stated: '79,2%' }),
    difference({ id: 'online-pp', quote: ['tăng 2,4 điểm phần trăm so với cùng kỳ (76,8%)', 'hồ sơ trực tuyến 1.017 hồ sơ (79,2%)'], a: '79,2', b: '76,8', stated: '2,4', trap: 'a change in percentage points.' }),
    quotient({ id: 'per-day', quote: ['bình quân 61 hồ sơ/ngày làm việc (21 ngày làm việc)', 'tiếp nhận 1.284 hồ sơ'], x: '1.284', y: '21', stated: '61', trap: 'records per working day (61,14 written whole).' }),
    ratio({ id: 'on-time', quote: ['đúng hạn 1.229 hồ sơ (99,4%)', 'Đã giải quyết 1.236 hồ sơ'], x: '1.229', y: '1.236', stated: '99,4%' }),
    difference({ id: 'late', quote: ['trễ hạn 7 hồ sơ (lĩnh vực', 'đúng hạn 1.229 hồ sơ (99,4%)', 'Đã giải quyết 1.236 hồ sơ'], a: '1.236', b: '1.229', stated: '7' }),
    sum({ id: 'late-parts', quote: ['trễ hạn 7 hồ sơ (lĩnh vực đất đai 5 hồ sơ, hộ tịch 2 hồ sơ)'], parts: ['5', '2'], total: '7' }),
    difference({ id: 'pending', quote: ['còn 48 hồ sơ đang giải quyết trong hạn', 'tiếp nhận 1.284 hồ sơ', 'Đã giải quyết 1.236 hồ sơ'], a: '1.284', b: '1.236', stated: '48', trap: 'a remainder: received less settled.' }),
    cumulative({ id: 'received-11m', quote: ['Lũy kế 11 tháng tiếp nhận 13.562 hồ sơ', 'tiếp nhận 12.278 hồ sơ', 'tiếp nhận 1.284 hồ sơ'], previous: '12.278', period: '1.284', stated: '13.562' }),
    cumulative({ id: 'online-11m', quote: ['(trực tuyến 10.700 hồ sơ, chiếm 78,9%)', '(trực tuyến 9.683 hồ sơ)', 'hồ sơ trực tuyến 1.017 hồ sơ (79,2%)'], previous: '9.683', period: '1.017', stated: '10.700' }),
    share({ id: 'online-11m-share', quote: ['chiếm 78,9%), đã giải quyết', '(trực tuyến 10.700 hồ sơ', 'Lũy kế 11 tháng tiếp nhận 13.562 hồ sơ'], x: '10.700', y: '13.562', stated: '78,9%' }),
    cumulative({ id: 'settled-11m', quote: ['đã giải quyết 13.470 hồ sơ', 'giải quyết 12.234 hồ sơ', 'Đã giải quyết 1.236 hồ sơ'], previous: '12.234', period: '1.236', stated: '13.470' }),
    // III.2 security, traffic
    ratio({ id: 'thefts-solved', quote: ['điều tra làm rõ 2/2 vụ (100%)', 'xảy ra 2 vụ trộm cắp tài sản'], x: '2', y: '2', stated: '100%', note: '"100%" of X/X.' }),
    contradiction({ id: 'no-serious-crime', quote: ['không xảy ra trọng án, không phát sinh điểm nóng', 'xảy ra 2 vụ trộm cắp tài sản', 'bắt giữ 3 đối tượng'], stated: 'không xảy ra trọng án', expected: 'another kind', consistent: true, reason: 'Two thefts (and 3 suspects arrested) are not serious crimes.', trap: 'a count of another kind beside a "none".' }),
    contradiction({ id: 'km-marker', quote: ['tại Km 34+200 Quốc lộ 57'], stated: 'Km 34+200', expected: 'a road marker', consistent: true, reason: 'A position on a national road.', trap: 'numbers in a Km marker and a road\'s name.' }),
    contradiction({ id: 'no-traffic-death', quote: ['làm bị thương 2 người, không có người chết', 'làm chết 3 người, bị thương 8 người', 'làm chết 3 người, bị thương 6 người'], stated: 'không có người chết', expected: 'none', consistent: true, reason: 'The month\'s accident injured 2 and killed nobody; the eleven months\' 3 deaths equal the ten months\' 3 of footnote 7.', trap: 'a "none" beside a count of another kind (injuries), and a lũy kế that rightly did not grow.' }),
    cumulative({ id: 'accidents-11m', quote: ['Lũy kế 11 tháng xảy ra 8 vụ tai nạn giao thông', 'xảy ra 7 vụ tai nạn giao thông', 'Trong tháng xảy ra 1 vụ tai nạn giao thông'], previous: '7', period: '1', stated: '8' }),
    cumulative({ id: 'injured-11m', quote: ['làm chết 3 người, bị thương 8 người', 'làm chết 3 người, bị thương 6 người', 'làm bị thương 2 người, không có người chết'], previous: '6', period: '2', stated: '8' }),
    difference({ id: 'accidents-fewer', quote: ['giảm 3 vụ (27,3%)', 'so với cùng kỳ năm 2025 (11 vụ)', 'Lũy kế 11 tháng xảy ra 8 vụ tai nạn giao thông'], a: '11', b: '8', stated: '3' }),
    change({ id: 'accidents-change', quote: ['(27,3%)', 'so với cùng kỳ năm 2025 (11 vụ)', 'Lũy kế 11 tháng xảy ra 8 vụ tai nạn giao thông'], x: '8', base: '11', stated: '27,3%', direction: 'giảm', note: 'a percent in parentheses after a difference in cases, a decrease.' }),
    // III.3 military
    ratio({ id: 'fit', quote: ['có 97 người đạt tiêu chuẩn (65,5%)', 'sơ tuyển sức khỏe cho 148 thanh niên'], x: '97', y: '148', stated: '65,5%' }),
    sum({ id: 'quota', quote: ['Chỉ tiêu giao quân năm 2027 là 36 công dân (nhập ngũ 33 công dân, thực hiện nghĩa vụ tham gia Công an nhân dân 3 công dân)'], parts: ['33', '3'], total: '36' }),
    // IV.1 summary
    repeat({ id: 'sum-rice', quote: ['Sản lượng lúa 11 tháng đạt khoảng 39,6 nghìn tấn', 'tổng sản lượng lúa toàn xã đạt 36.873 tấn'], values: ['36.873 tấn', '39,6 nghìn tấn'], kind: 'unit', mistake: 'planted', original: 'Sản lượng lúa 11 tháng đạt khoảng 36,9 nghìn tấn', note: 'Class 5: the summary restates the 36.873 tấn of I.1 in nghìn tấn with two digits swapped (39,6 for 36,9).' }),
    repeat({ id: 'sum-dong-xuan-area', quote: ['đã xuống giống 615 ha, đạt', 'đã xuống giống sớm 615 ha'], values: ['615', '615'] }),
    ratio({ id: 'sum-dong-xuan-rate', quote: ['đạt 26,4% kế hoạch gieo sạ', 'đã xuống giống sớm 615 ha', 'Kế hoạch gieo sạ vụ Đông Xuân 2026 - 2027 là 2.500 ha'], x: '615', y: '2.500', stated: '26,4%', mistake: 'planted', original: 'đạt 24,6% kế hoạch gieo sạ', note: 'Class 2: a percent in the summary whose figures are in I.1; 615 of 2.500 ha is 24,6%, written with digits swapped.' }),
    repeat({ id: 'sum-aqua', quote: ['sản lượng thủy sản 11 tháng đạt 15,4 nghìn tấn', 'lũy kế 11 tháng đạt 15.381 tấn'], values: ['15.381 tấn', '15,4 nghìn tấn'], kind: 'unit', trap: 'the aquaculture output restated in nghìn tấn, agreeing.' }),
    repeat({ id: 'sum-aqua-rate', quote: ['bằng 92,7% kế hoạch năm. Thu', '| Cộng | 16.590 | 15.381 | 92,7 |'], values: ['92,7', '92,7%'] }),
    repeat({ id: 'sum-revenue', quote: ['Thu ngân sách 11 tháng đạt 10,9 tỷ đồng', 'Lũy kế 11 tháng thu ngân sách được 10.946 triệu đồng'], values: ['10.946 triệu đồng', '10,9 tỷ đồng'], kind: 'unit', trap: 'the revenue restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-disbursed', quote: ['giải ngân vốn đầu tư công 14,1 tỷ đồng', 'lũy kế 11 tháng giải ngân 14.060 triệu đồng'], values: ['14.060 triệu đồng', '14,1 tỷ đồng'], kind: 'unit', trap: 'the disbursement restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-jobs', quote: ['Giải quyết việc làm cho 612 lao động', 'lũy kế 11 tháng 612 lao động'], values: ['612', '612'] }),
    repeat({ id: 'sum-bhyt', quote: ['tỷ lệ bao phủ bảo hiểm y tế đạt 91,2%', 'đạt 91,2% dân số, thấp hơn'], values: ['91,2%', '91,2%'] }),
    repeat({ id: 'sum-poor', quote: ['tỷ lệ hộ nghèo còn 1,13%', '(1,13% tổng số hộ)'], values: ['1,13%', '1,13%'] }),
    // IV.2 weaknesses
    repeat({ id: 'weak-bhyt', quote: ['Tỷ lệ bao phủ bảo hiểm y tế (91,2%)', 'đạt 91,2% dân số, thấp hơn'], values: ['91,2%', '91,2%'] }),
    difference({ id: 'weak-criteria', quote: ['Còn 2/19 tiêu chí xã nông thôn mới nâng cao chưa đạt', 'Xã đạt 17/19 tiêu chí'], a: '19', b: '17', stated: '2', trap: 'a remainder written as X/Y.' }),
    contradiction({ id: 'loss-range', quote: ['thiệt hại từ 30% đến 50%'], stated: 'từ 30% đến 50%', expected: 'a range of loss rates', consistent: true, reason: 'The loss on the flooded fields, a range, not a share of anything in the report.', trap: 'a range of percents with no base.' }),
    repeat({ id: 'weak-late', quote: ['còn 7 hồ sơ giải quyết trễ hạn trong tháng', 'trễ hạn 7 hồ sơ (lĩnh vực'], values: ['7', '7'] }),
    // IV.3 tasks
    difference({ id: 'task-thu-dong', quote: ['Thu hoạch dứt điểm 530 ha lúa Thu Đông còn lại', 'Vụ Thu Đông 2026 xuống giống 1.350 ha', 'đã thu hoạch 820 ha (60,7%)'], a: '1.350', b: '820', stated: '530', note: 'a remainder of the sown area.' }),
    difference({ id: 'task-dong-xuan', quote: ['phần diện tích còn lại 1.885 ha trước ngày 25/12/2026', 'Kế hoạch gieo sạ vụ Đông Xuân 2026 - 2027 là 2.500 ha', 'đã xuống giống sớm 615 ha'], a: '2.500', b: '615', stated: '1.885', note: 'a remainder of the plan, beside a deadline.' }),
    difference({ id: 'task-capital', quote: ['còn lại 4.440 triệu đồng; phấn đấu', 'là 18,5 tỷ đồng, gồm', 'lũy kế 11 tháng giải ngân 14.060 triệu đồng'], a: '18,5 tỷ đồng', b: '14.060 triệu đồng', stated: '4.440 triệu đồng', trap: 'a remainder in triệu against a plan in tỷ.' }),
    difference({ id: 'task-revenue', quote: ['tối thiểu 1.454 triệu đồng để đạt 100% dự toán Hội đồng nhân dân xã giao', 'năm 2026 là 12,4 tỷ đồng', 'Lũy kế 11 tháng thu ngân sách được 10.946 triệu đồng'], a: '12,4 tỷ đồng', b: '10.946 triệu đồng', stated: '1.454 triệu đồng', trap: 'a minimum that is the remainder to 100% of the estimate in tỷ.' }),
    difference({ id: 'task-jobs', quote: ['Giải quyết việc làm thêm 88 lao động', 'chỉ tiêu năm (700 lao động)', 'lũy kế 11 tháng 612 lao động'], a: '700', b: '612', stated: '88', note: 'a remainder to the year\'s target.' }),
    repeat({ id: 'task-bhyt', quote: ['phấn đấu đạt chỉ tiêu 92,5%', 'chỉ tiêu Nghị quyết (92,5%)'], values: ['92,5%', '92,5%'] }),
    repeat({ id: 'task-conscripts', quote: ['lễ giao nhận 36 công dân nhập ngũ', 'Chỉ tiêu giao quân năm 2027 là 36 công dân'], values: ['36', '36'] }),
  ],
});
