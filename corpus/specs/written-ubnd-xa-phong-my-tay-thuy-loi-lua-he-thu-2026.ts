// Written for the corpus (batch P2): UBND xã Phong Mỹ Tây (tỉnh Đồng Tháp; the commune is invented) to the
// provincial Sở Nông nghiệp và Môi trường, irrigation and the Hè Thu rice crop of 2026 in parts I - IV: canals
// dredged (by hamlet in parentheses, length per canal, volume against a plan only in a footnote), funds in tỷ
// with their sources in triệu after "gồm"; dykes with the lũy kế since 2021 from a footnote, sluices X/Y as a
// whole percent, pumping stations (area per station, X/Y as a whole percent, "100%" with no base); the crop
// (area against the plan in parentheses and 2025 in a footnote, a table of five hamlets with area, yield in
// tạ/ha and output in tấn and a total row, the yield's growth in tạ/ha and in % against the footnote, the
// output's growth, one hamlet's output in the text against the table, the value of the output in tỷ from a
// price in đồng/kg); certified seed as a share, the varieties' shares, "1 Phải 5 Giảm", mechanisation rates
// with no base, contracts; pests by kind with their total and share, a "none" of losses and one of drought;
// the summary restating figures (the dredged volume, the funds in triệu, the output in tạ, the seed's share)
// and the weaknesses (sluices left, a pest loss counted); the Thu Đông targets.
import { change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-phong-my-tay-thuy-loi-lua-he-thu-2026.md',
  prefix: 'pmt',
  claims: [
    contradiction({ id: 'decision', quote: ['Quyết định số 215/QĐ-UBND ngày 12/3/2026'], stated: '215', expected: 'a document', consistent: true, reason: 'A decision\'s number and date.', trap: 'numbers in a document\'s name.' }),
    // I.1
    sum({ id: 'canals', quote: ['nạo vét 14 tuyến kênh mương nội đồng', '(ấp Mỹ Hòa 4 tuyến, ấp Mỹ Lợi 3 tuyến, ấp Tân Thạnh 3 tuyến, ấp Phú Hữu 2 tuyến, ấp Bình Lợi 3 tuyến)'], parts: ['4', '3', '3', '2', '3'], total: '14', mistake: 'planted', original: 'ấp Bình Lợi 2 tuyến', note: 'Class 4: the canals by hamlet in parentheses add to 15, not 14.' }),
    quotient({ id: 'per-canal', quote: ['bình quân 1.331 m/tuyến', 'tổng chiều dài 18.640 m', 'nạo vét 14 tuyến kênh mương nội đồng'], x: '18.640', y: '14', stated: '1.331', trap: 'length per canal.' }),
    ratio({ id: 'dredge-plan', quote: ['đạt 104,8% kế hoạch', 'Khối lượng đất nạo vét 52.380 m³', 'Kế hoạch nạo vét kênh mương nội đồng năm 2026 (Quyết định số 215/QĐ-UBND): 50.000 m³'], x: '52.380', y: '50.000', stated: '104,8%', note: 'The plan is only in footnote 1.' }),
    sum({ id: 'funds', quote: ['Tổng kinh phí thực hiện 1,86 tỷ đồng', 'gồm ngân sách tỉnh hỗ trợ 1.120 triệu đồng, ngân sách xã 410 triệu đồng và nhân dân đóng góp 330 triệu đồng'], parts: ['1.120 triệu đồng', '410 triệu đồng', '330 triệu đồng'], total: '1,86 tỷ đồng', trap: 'a total in tỷ of parts in triệu, agreeing.' }),
    // I.2
    cumulative({ id: 'dykes', quote: ['đã gia cố được 37,7 km bờ bao', 'toàn xã đã gia cố 32,3 km bờ bao', 'Gia cố, nâng cấp 6,4 km bờ bao'], previous: '32,3', period: '6,4', stated: '37,7', mistake: 'planted', original: 'đã gia cố được 38,7 km bờ bao', note: 'Class 6: footnote 2\'s 32,3 km plus this year\'s 6,4 km is 38,7 km, not 37,7.' }),
    ratio({ id: 'sluices', quote: ['Có 5/8 cống đầu mối được sửa chữa, thay cửa cống trước mùa lũ, đạt 62%'], x: '5', y: '8', stated: '62%', mistake: 'planted', original: 'đạt 63%', note: 'Class 7: 5/8 = 62,5%, which is 63% written whole (half-up); 62% truncates.' }),
    difference({ id: 'sluices-left', quote: ['Còn 3/8 cống đầu mối xuống cấp', 'Có 5/8 cống đầu mối'], a: '8', b: '5', stated: '3', trap: 'a remainder written as X/Y.' }),
    difference({ id: 'sluices-task', quote: ['sửa chữa 3 cống đầu mối còn lại', 'Có 5/8 cống đầu mối'], a: '8', b: '5', stated: '3' }),
    quotient({ id: 'per-station', quote: ['bình quân 223,6 ha/trạm', 'Toàn xã có 11 trạm bơm điện phục vụ tưới tiêu cho 2.460 ha'], x: '2.460', y: '11', stated: '223,6', trap: 'area per pumping station.' }),
    ratio({ id: 'stations', quote: ['có 10/11 trạm bơm vận hành ổn định suốt vụ, đạt 91%'], x: '10', y: '11', stated: '91%', trap: 'a whole percent of X/Y rounded correctly (90,91 → 91).' }),
    contradiction({ id: 'all-irrigated', quote: ['100% diện tích lúa Hè Thu được chủ động tưới tiêu'], stated: '100%', expected: 'all the area', consistent: true, reason: 'The stations serve 2.460 ha, the whole area sown.', trap: '"100%" with no base.' }),
    // II.1
    ratio({ id: 'area-plan', quote: ['đạt 102,5% kế hoạch (2.400 ha)', 'xuống giống 2.460 ha lúa Hè Thu'], x: '2.460', y: '2.400', stated: '102,5%' }),
    difference({ id: 'area-2025', quote: ['giảm 35 ha so với vụ Hè Thu năm 2025', 'Vụ Hè Thu năm 2025: diện tích 2.495 ha', 'xuống giống 2.460 ha lúa Hè Thu'], a: '2.495', b: '2.460', stated: '35', note: 'The 2025 area is only in footnote 3.' }),
    product({ id: 'fn-2025', quote: ['sản lượng 14.021,9 tấn', 'diện tích 2.495 ha, năng suất 56,2 tạ/ha'], x: '2.495', y: '56,2', factor: '0,1', stated: '14.021,9', trap: 'area × yield in tạ, written in tấn, in a footnote.' }),
    product({ id: 't-1', quote: ['3.574,1', '612', '58,4'], x: '612', y: '58,4', factor: '0,1', stated: '3.574,1' }),
    product({ id: 't-2', quote: ['3.134,6', '548', '57,2'], x: '548', y: '57,2', factor: '0,1', stated: '3.134,6' }),
    product({ id: 't-3', quote: ['2.872,3', '486'], x: '486', y: '59,1', factor: '0,1', stated: '2.872,3' }),
    product({ id: 't-4', quote: ['2.442,4', '430', '56,8'], x: '430', y: '56,8', factor: '0,1', stated: '2.442,4' }),
    product({ id: 't-5', quote: ['2.227,2', '384', '58,0'], x: '384', y: '58,0', factor: '0,1', stated: '2.227,2' }),
    sum({ id: 't-area', quote: ['xuống giống 2.460 ha lúa Hè Thu', '612', '548', '486', '430', '384'], parts: ['612', '548', '486', '430', '384'], total: '2.460', kind: 'cross_total' }),
    sum({ id: 't-output', quote: ['sản lượng đạt 14.250,6 tấn', '3.574,1', '3.134,6', '2.872,3', '2.442,4', '2.227,2'], parts: ['3.574,1', '3.134,6', '2.872,3', '2.442,4', '2.227,2'], total: '14.250,6', kind: 'cross_total' }),
    quotient({ id: 'yield', quote: ['Năng suất bình quân toàn xã đạt 57,9 tạ/ha', 'sản lượng đạt 14.250,6 tấn', 'xuống giống 2.460 ha lúa Hè Thu'], x: '14.250,6', y: '2.460', factor: '10', stated: '57,9', trap: 'the average yield is the output over the area, not the mean of the hamlets\' yields.' }),
    difference({ id: 'yield-gain', quote: ['tăng 1,7 tạ/ha', 'đạt 57,9 tạ/ha', 'năng suất 56,2 tạ/ha'], a: '57,9', b: '56,2', stated: '1,7' }),
    change({ id: 'yield-growth', quote: ['(tăng 2,9%)', 'đạt 57,9 tạ/ha', 'năng suất 56,2 tạ/ha'], x: '57,9', base: '56,2', stated: '2,9%', direction: 'tăng', mistake: 'planted', original: '(tăng 3,0%)', note: 'Class 1 and 10: the base is only in the cited footnote 3; 1,7/56,2 = 3,02%; 2,9% divides the gain by this year\'s 57,9.' }),
    change({ id: 'output-growth', quote: ['tăng 1,6% so với cùng kỳ', 'sản lượng đạt 14.250,6 tấn', 'sản lượng 14.021,9 tấn'], x: '14.250,6', base: '14.021,9', stated: '1,6%', direction: 'tăng' }),
    repeat({ id: 'tan-thanh-output', quote: ['sản lượng 2.827,3 tấn', '2.872,3'], values: ['2.872,3', '2.827,3'], mistake: 'planted', original: 'sản lượng 2.872,3 tấn', note: 'Class 5: the text swaps two digits of the table\'s 2.872,3 tấn for Tân Thạnh.' }),
    product({ id: 'value', quote: ['ước đạt 96,9 tỷ đồng', 'giá lúa tươi bình quân tại ruộng 6.800 đồng/kg', 'sản lượng đạt 14.250,6 tấn'], x: '14.250,6', y: '6.800', factor: '0,000001', stated: '96,9', trap: 'tấn × đồng/kg written in tỷ.' }),
    // II.2
    share({ id: 'certified', quote: ['chiếm 90,0% diện tích xuống giống', 'giống lúa cấp xác nhận trên 2.214 ha', 'xuống giống 2.460 ha lúa Hè Thu'], x: '2.214', y: '2.460', stated: '90,0%' }),
    sum({ id: 'varieties', quote: ['OM 18 chiếm 42,5%, Đài Thơm 8 chiếm 31,2%, OM 5451 chiếm 18,8%, các giống khác 5,7% diện tích'], parts: ['42,5%', '31,2%', '18,8%', '5,7%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'các giống khác 7,5% diện tích', note: 'Class 3: the four varieties\' shares of the area add to 98,2%; the last one\'s two digits swapped.' }),
    contradiction({ id: 'variety-names', quote: ['OM 18 chiếm 42,5%'], stated: 'OM 18', expected: 'a variety\'s name', consistent: true, reason: 'OM 18, Đài Thơm 8 and OM 5451 are names of rice varieties.', trap: 'numbers in names.' }),
    share({ id: 'ipm', quote: ['chiếm 50,0% diện tích gieo sạ', 'quy trình "1 Phải 5 Giảm" đạt 1.230 ha', 'xuống giống 2.460 ha lúa Hè Thu'], x: '1.230', y: '2.460', stated: '50,0%' }),
    contradiction({ id: 'ipm-name', quote: ['"1 Phải 5 Giảm"'], stated: '1 Phải 5 Giảm', expected: 'a method\'s name', consistent: true, reason: 'The name of a farming method.', trap: 'numbers in a name.' }),
    contradiction({ id: 'mechanised', quote: ['khâu thu hoạch đạt 98,6%'], stated: '98,6%', expected: 'a rate', consistent: true, reason: 'Mechanisation rates with no counts given.', trap: 'percents with no base.' }),
    share({ id: 'contracts', quote: ['chiếm 45,5% diện tích gieo sạ', 'liên kết tiêu thụ với doanh nghiệp 1.120 ha', 'xuống giống 2.460 ha lúa Hè Thu'], x: '1.120', y: '2.460', stated: '45,5%' }),
    // II.3
    sum({ id: 'pests', quote: ['tổng diện tích nhiễm sâu bệnh 328 ha', 'nhiễm rầy nâu 186 ha, nhiễm bệnh đạo ôn lá 142 ha'], parts: ['186', '142'], total: '328' }),
    share({ id: 'pests-share', quote: ['chiếm 13,3% diện tích gieo sạ', 'tổng diện tích nhiễm sâu bệnh 328 ha', 'xuống giống 2.460 ha lúa Hè Thu'], x: '328', y: '2.460', stated: '13,3%' }),
    contradiction({ id: 'no-drought', quote: ['Trong vụ không có diện tích lúa bị ảnh hưởng do hạn, mặn'], stated: 'không có', expected: 'none', consistent: true, reason: 'Nothing in the report counts drought or salinity damage.', trap: 'a "none" with nothing against it.' }),
    // III
    repeat({ id: 'summary-dredge', quote: ['khối lượng nạo vét đạt 52.830 m³', 'Khối lượng đất nạo vét 52.380 m³'], values: ['52.380', '52.830'], mistake: 'planted', original: 'khối lượng nạo vét đạt 52.380 m³', note: 'Class 5: the summary swaps two digits of the dredged volume.' }),
    repeat({ id: 'summary-funds', quote: ['tổng kinh phí nạo vét 186 triệu đồng', 'Tổng kinh phí thực hiện 1,86 tỷ đồng'], values: ['1,86 tỷ đồng', '186 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'tổng kinh phí nạo vét 1.860 triệu đồng', note: 'Class 5: the summary restates 1,86 tỷ as 186 triệu, a scale slip (1.860 triệu).' }),
    repeat({ id: 'summary-plan', quote: ['diện tích xuống giống đạt 102,5% kế hoạch', 'đạt 102,5% kế hoạch (2.400 ha)'], values: ['102,5%', '102,5%'] }),
    repeat({ id: 'summary-output', quote: ['tổng sản lượng 142.506 tạ', 'sản lượng đạt 14.250,6 tấn'], values: ['14.250,6 tấn', '142.506 tạ'], kind: 'unit', trap: 'the output restated in tạ, agreeing.' }),
    share({ id: 'summary-certified', quote: ['tỷ lệ sử dụng giống xác nhận đạt 92,3%', 'giống lúa cấp xác nhận trên 2.214 ha', 'xuống giống 2.460 ha lúa Hè Thu', '(2.400 ha)'], x: '2.214', y: '2.460', stated: '92,3%', mistake: 'planted', original: 'tỷ lệ sử dụng giống xác nhận đạt 90,0%', note: 'Class 2: far from its base in II.1; 2.214/2.460 = 90,0%; 92,3% divides by the planned 2.400 ha.' }),
    contradiction({ id: 'pest-loss', quote: ['Còn 12 ha lúa tại ấp Bình Lợi bị rầy nâu gây cháy rầy cục bộ', 'không có diện tích lúa bị thiệt hại do sâu bệnh'], stated: '12 ha', expected: 'none (II.3)', consistent: false, reason: 'Section II.3 says no rice area was damaged by pests; the weaknesses count 12 ha burnt by brown planthoppers.', mistake: 'planted', original: 'Một số diện tích lúa tại ấp Bình Lợi bị rầy nâu gây hại ở mức nhẹ', note: 'Class 8: a count against a "none" statement.' }),
    contradiction({ id: 'loss-rate', quote: ['giảm năng suất trên 40%'], stated: 'trên 40%', expected: 'a rate', consistent: true, reason: 'Part of the planted pest loss; no base of its own.', trap: 'a percent with no base.' }),
    contradiction({ id: 'station-broken', quote: ['1 trạm bơm thường xuyên hư hỏng'], stated: '1', expected: '11 − 10', consistent: true, reason: 'The one station of 10/11 not running smoothly.', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'targets', quote: ['phấn đấu năng suất trên 55 tạ/ha'], stated: 'trên 55 tạ/ha', expected: 'a target', consistent: true, reason: 'The Thu Đông crop\'s target, beside its planned 1.800 ha.', trap: 'a threshold as a task.' }),
  ],
});
