// Written for the corpus, blind: the Ban Quản lý chợ of xã Đông Sơn Hạ (an invented commune; its market, thôn,
// traders and signer are invented) to the commune's UBND, the report on the market fee (giá dịch vụ sử dụng diện
// tích bán hàng) and the market's operations for quý IV and the whole of 2026 (dated 09/01/2027), in parts I - VI.
// Stalls: the site area with a "trong đó" trading area, 412 points after "gồm" (kiosks as count × m²), kiosks let
// X/Y with a remainder, fixed points given X/Y; traders split fixed/non-fixed and fixed into kiosk/hall, arrivals
// less departures against the start of the year; a table per trade group (households, m², shares of the total
// households, total row of 100), m² per trader, bare shares of the goods' origin. Fee rates per m² per month and per
// lượt, a standard kiosk as m² × rate, a range of rates. Quý IV: collection against the quarter's estimate (ratio and
// excess), against quý IV 2025, as a share of the year's estimate in tỷ; a monthly table (estimate, collection,
// percent, lũy kế from the nine months of footnote 3, same quarter 2025, quarter row as the column sums), October
// below its estimate, December's collection restated in the text; the quarter by source after "gồm" with a nested
// parenthesis, the outdoor lượt as count × rate and per day, the outdoor share of the quarter (base paragraphs
// above); on-time rate above a minimum and in percentage points, QR payers X/Y at exactly 61,25%. Year: lũy kế from
// footnote 3, against the estimate (footnote 1 in triệu, text in tỷ) and 2025 (footnote 4), per month and per
// trader. Budget: 60% remitted (products of the quarter, the year and footnote 3's nine months), the 40% kept as a
// share, remitted + kept = collected, the remittance's lũy kế, the Treasury remainder, the kept money's spending
// after "gồm" with the wage share, staff after "gồm". Arrears: fall from the start of the year (difference and
// percent), share of the year, old arrears recovered and left + new = total; a table by trader (m² × rate × months
// on each row, column total) restated in triệu, a "không có" about arrears over 6 months. Waste: tấn and m³ (a
// density), per day, a "trong đó" organic part, the year's lũy kế from footnote 7, change on 2025, cost = tấn ×
// rate for the quarter and the year (the latter restating a spending line). Fire safety: 100% of X/X, kiosks X/Y as a
// whole percent, extinguishers start + added = now, a "none" of fires beside unsafe wiring cases. Food safety:
// samples of the quarter + footnote 8's nine months = year, passed + failed, failed after parentheses, their lũy
// kế, a "none" of poisoning. Renovation: plan in tỷ after "gồm", disbursed (triệu) against it, parts after a
// colon, cost per m² in nghìn, the remainder in triệu against tỷ, footnote 9's 2.400 triệu. Complaints after "gồm",
// settled X/Y and the remainder, a "none" of complaints beyond level. Summary restating figures (one in tỷ),
// weaknesses and tasks with remainders, a 2027 target as a change across scales and a sample target.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the quarter's 487,3 triệu written as 23,6% of the
// year's estimate given in tỷ in parentheses (26,34% → 26,3%, digits swapped); the outdoor points' 64,8 triệu as
// 31,3% of the quarter's 487,3 triệu given paragraphs above (13,3%). Class 2: the summary's 96,2% of food samples
// passed against III.3's 241 of 248 (97,2%). Class 3: the goods' origin shares 46,5 + 41,8 + 12,7 = 101,0%
// (11,7 written 12,7). Class 4: complaints 7 + 6 + 5 + 4 = 22 against 23 (6 written 5). Class 5 ×2: December's
// collection in the text 173,6 against the table's 176,3; the summary's 2,16 tỷ disbursed against III.4's 2.136
// triệu (2,14). Class 6: footnote 7's nine months of waste 1.162 + the quarter's 398 ≠ the year's 1.524 tấn (1.126).
// Class 7: 25/34 kiosks written 73% (73,53% → 74%). Class 8: "không có hộ nào nợ kéo dài quá 6 tháng" against the
// table's Trần Thị Lụa, 7 months. Traps (33): document numbers and dates in the body and the footnotes, the
// period's, the rain's and the deadlines' dates, opening hours, lunar market days and "mỗi quý 1 đợt"; a "trong
// đó" trading area; the trade table's total row of 100; m² per trader from the table's totals; a standard kiosk's
// fee as m² × rate; a range of rates; October below its estimate with no figure; outdoor lượt × rate in triệu; an
// on-time rate above a minimum and its change in percentage points; 147/240 at exactly 61,25% (half-up 61,3%);
// the year's estimate in triệu (footnote) and tỷ (text); the 60% remitted as a product and the 40,0% retained
// share; remainders (kiosks left, the Treasury balance, renovation capital in triệu against a plan in tỷ); the
// arrears in triệu and in đồng; waste density in tấn/m³, a "trong đó" organic part, the quarter's cost as tấn ×
// đồng/tấn; 100% of 386/386; "none" statements beside counts of another kind (fires against unsafe wiring,
// poisoning against failed samples) or with nothing against them (complaints beyond level); roof cost per m² in
// nghìn from triệu; the plan in tỷ and in triệu (footnote 9); the year restated in tỷ; a 2027 target in tỷ as a
// change on the year in triệu; a 2027 sample target above the year's count.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ban-quan-ly-cho-xa-dong-son-ha-thu-phi-cho-nam-2026.md',
  prefix: 'dsh',
  claims: [
    // Header
    contradiction({ id: 'documents', quote: ['Số: 03/BC-BQLC', 'Quyết định số 27/QĐ-UBND ngày 14/01/2026', 'Công văn số 512/UBND-TCKT ngày 22/12/2026', 'Nghị quyết số 36/2025/NQ-HĐND ngày 12/12/2025', 'Quyết định số 35/QĐ-UBND ngày 20/01/2026'], stated: '03', expected: 'documents', consistent: true, reason: 'Numbers and dates of the report and of the documents it rests on.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'footnote-documents', quote: ['Báo cáo số 41/BC-BQLC ngày 06/10/2026', 'Báo cáo số 02/BC-BQLC ngày 08/01/2026', 'Quyết định số 208/QĐ-UBND ngày 18/3/2026', 'áp dụng từ ngày 01/01/2026', 'phê duyệt ngày 25/01/2026'], stated: '41', expected: 'documents', consistent: true, reason: 'Documents and dates cited in the footnotes.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'dates', quote: ['tính từ ngày 01/10/2026 đến ngày 31/12/2026', 'từ ngày 06/10 đến ngày 12/10/2026', 'nộp trước ngày 15/01/2027', 'trước ngày 30/3/2027'], stated: '01/10/2026', expected: 'dates', consistent: true, reason: 'The period, a spell of rain and deadlines, written like X/Y.', trap: 'dates written like X/Y.' }),
    contradiction({ id: 'hours-days', quote: ['từ 5 giờ 00 đến 18 giờ 30', 'mùng 2, 7, 12, 17, 22 và 27 âm lịch', 'kiểm tra an toàn phòng cháy, chữa cháy 4 đợt (mỗi quý 1 đợt)'], stated: '5 giờ 00', expected: 'hours and market days', consistent: true, reason: 'Opening hours, lunar market days and a checking rhythm (one a quarter, four a year).', trap: 'times, lunar days and a per-quarter count.' }),
    // I.1 stalls
    atLeast({ id: 'trading-area', quote: ['tổng diện tích khuôn viên 8.450 m², trong đó diện tích bố trí kinh doanh 4.860 m²'], big: '8.450', small: '4.860', trap: 'a "trong đó" part, not a breakdown.' }),
    sum({ id: 'points', quote: ['Toàn chợ hiện bố trí 412 điểm kinh doanh, gồm 36 ki-ốt', '248 điểm kinh doanh cố định trong hai nhà lồng A, B và 128 điểm kinh doanh không cố định'], parts: ['36', '248', '128'], total: '412' }),
    product({ id: 'kiosk-area', quote: ['tổng cộng 432 m²', '36 ki-ốt mặt đường (mỗi ki-ốt 12 m²'], x: '36', y: '12', stated: '432', note: 'count × m² per kiosk, not a sum of listed parts.' }),
    ratio({ id: 'kiosks-let', quote: ['đã cho thuê 34/36 ki-ốt (94,4%)'], x: '34', y: '36', stated: '94,4%' }),
    difference({ id: 'kiosks-left', quote: ['còn 2 ki-ốt ở cuối dãy K', 'đã cho thuê 34/36 ki-ốt (94,4%)'], a: '36', b: '34', stated: '2', trap: 'a remainder of an X/Y.' }),
    ratio({ id: 'fixed-given', quote: ['đã giao 240/248 điểm kinh doanh cố định (96,8%)'], x: '240', y: '248', stated: '96,8%' }),
    // I.2 traders
    sum({ id: 'traders', quote: ['là 386 hộ, trong đó 274 hộ có vị trí cố định', 'và 112 hộ kinh doanh không cố định'], parts: ['274', '112'], total: '386' }),
    sum({ id: 'traders-fixed', quote: ['274 hộ có vị trí cố định (34 hộ thuê ki-ốt, 240 hộ sử dụng điểm trong nhà lồng)'], parts: ['34', '240'], total: '274' }),
    difference({ id: 'traders-net', quote: ['số hộ tăng thêm 8 hộ', 'Trong năm có 19 hộ mới vào chợ, 11 hộ thôi kinh doanh'], a: '19', b: '11', stated: '8' }),
    difference({ id: 'traders-vs-start', quote: ['số hộ tăng thêm 8 hộ', 'so với đầu năm (378 hộ)', 'là 386 hộ, trong đó'], a: '386', b: '378', stated: '8', note: 'a start-of-year base in parentheses, a difference in households.' }),
    sum({ id: 'table-traders', quote: ['| Tổng cộng | 386 | 2.324 | 100 |'], parts: ['92', '78', '54', '61', '47', '31', '23'], total: '386', kind: 'cross_total' }),
    sum({ id: 'table-area', quote: ['| Tổng cộng | 386 | 2.324 | 100 |'], parts: ['468', '352', '318', '542', '326', '214', '104'], total: '2.324', kind: 'cross_total' }),
    share({ id: 'share-fresh', quote: ['| Thực phẩm tươi sống (thịt, cá, hải sản) | 92 | 468 | 23,8 |', '| Tổng cộng | 386 | 2.324 | 100 |'], x: '92', y: '386', stated: '23,8' }),
    share({ id: 'share-veg', quote: ['| Rau, củ, quả | 78 | 352 | 20,2 |', '| Tổng cộng | 386 | 2.324 | 100 |'], x: '78', y: '386', stated: '20,2' }),
    share({ id: 'share-dry', quote: ['| Lương thực, thực phẩm khô | 54 | 318 | 14,0 |', '| Tổng cộng | 386 | 2.324 | 100 |'], x: '54', y: '386', stated: '14,0' }),
    share({ id: 'share-clothes', quote: ['| Quần áo, vải vóc, giày dép | 61 | 542 | 15,8 |', '| Tổng cộng | 386 | 2.324 | 100 |'], x: '61', y: '386', stated: '15,8' }),
    share({ id: 'share-grocery', quote: ['| Tạp hóa, đồ gia dụng | 47 | 326 | 12,2 |', '| Tổng cộng | 386 | 2.324 | 100 |'], x: '47', y: '386', stated: '12,2' }),
    share({ id: 'share-food', quote: ['| Ăn uống, giải khát | 31 | 214 | 8,0 |', '| Tổng cộng | 386 | 2.324 | 100 |'], x: '31', y: '386', stated: '8,0' }),
    share({ id: 'share-services', quote: ['| Dịch vụ khác (may đo, sửa chữa, cắt tóc) | 23 | 104 | 6,0 |', '| Tổng cộng | 386 | 2.324 | 100 |'], x: '23', y: '386', stated: '6,0' }),
    sum({ id: 'table-shares', quote: ['| Tổng cộng | 386 | 2.324 | 100 |'], parts: ['23,8', '20,2', '14,0', '15,8', '12,2', '8,0', '6,0'], total: '100', rounded: true, kind: 'share_percent', trap: 'the total row\'s 100 is the whole of the shares, not a count.' }),
    quotient({ id: 'm2-per-trader', quote: ['Diện tích sử dụng bình quân 6,0 m²/hộ', '| Tổng cộng | 386 | 2.324 | 100 |'], x: '2.324', y: '386', stated: '6,0', trap: 'm² per trader, a quotient of the table\'s totals.' }),
    sum({ id: 'origin-shares', quote: ['có nguồn gốc sản xuất trong tỉnh chiếm khoảng 46,5%, hàng từ các tỉnh khác chiếm 41,8%, hàng nhập khẩu chiếm 12,7%'], parts: ['46,5%', '41,8%', '12,7%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'hàng nhập khẩu chiếm 11,7%', note: 'Class 3: the three shares of the goods\' origin add to 101,0%; the imported share 11,7% is written 12,7%.' }),
    // II.1 rates
    product({ id: 'standard-kiosk', quote: ['một ki-ốt tiêu chuẩn 12 m² nộp 1.020.000 đồng/tháng', 'Ki-ốt mặt đường: 85.000 đồng/m²/tháng'], x: '12', y: '85.000', stated: '1.020.000', trap: 'm² × rate per m² per month, not a percent.' }),
    contradiction({ id: 'rate-range', quote: ['dao động từ 60.000 đến 85.000 đồng/m²/tháng tùy vị trí'], stated: 'từ 60.000 đến 85.000', expected: 'a range of the two rates', consistent: true, reason: 'The range runs from the hall rate to the kiosk rate listed above.', trap: 'a range of rates.' }),
    // II.2 quý IV
    repeat({ id: 'q4-estimate', quote: ['Dự toán thu quý IV Ủy ban nhân dân xã giao là 480 triệu đồng', 'trong đó quý IV là 480 triệu đồng', '| Quý IV | 480,0 | 487,3 | 101,5 | 1.889,8 | 441,8 |'], values: ['480', '480', '480,0'] }),
    ratio({ id: 'q4-vs-estimate', quote: ['đạt 101,5% dự toán quý', 'Trong quý, Ban thu được 487,3 triệu đồng', 'giao là 480 triệu đồng'], x: '487,3', y: '480', stated: '101,5%' }),
    excess({ id: 'q4-excess', quote: ['vượt 1,5%; so với quý IV', 'Trong quý, Ban thu được 487,3 triệu đồng', 'giao là 480 triệu đồng'], x: '487,3', y: '480', stated: '1,5%' }),
    change({ id: 'q4-vs-2025', quote: ['tăng 10,3%. Số thu của quý', 'so với quý IV năm 2025 (441,8 triệu đồng)', 'Trong quý, Ban thu được 487,3 triệu đồng'], x: '487,3', base: '441,8', stated: '10,3%', direction: 'tăng' }),
    ratio({ id: 'q4-of-year', quote: ['bằng 23,6% dự toán cả năm (1,85 tỷ đồng)', 'Trong quý, Ban thu được 487,3 triệu đồng'], x: '487,3 triệu đồng', y: '1,85 tỷ đồng', stated: '23,6%', mistake: 'planted', original: 'bằng 26,3% dự toán cả năm (1,85 tỷ đồng)', note: 'Class 1: the base is in parentheses in another scale; 0,4873 of 1,85 tỷ is 26,34% (→ 26,3%), written with digits swapped.' }),
    ratio({ id: 'row-oct', quote: ['| Tháng 10 | 155,0 | 152,6 | 98,5 | 1.555,1 | 138,2 |'], x: '152,6', y: '155,0', stated: '98,5' }),
    ratio({ id: 'row-nov', quote: ['| Tháng 11 | 155,0 | 158,4 | 102,2 | 1.713,5 | 145,9 |'], x: '158,4', y: '155,0', stated: '102,2' }),
    ratio({ id: 'row-dec', quote: ['| Tháng 12 | 170,0 | 176,3 | 103,7 | 1.889,8 | 157,7 |'], x: '176,3', y: '170,0', stated: '103,7' }),
    ratio({ id: 'row-q4', quote: ['| Quý IV | 480,0 | 487,3 | 101,5 | 1.889,8 | 441,8 |'], x: '487,3', y: '480,0', stated: '101,5' }),
    sum({ id: 'col-estimate', quote: ['| Quý IV | 480,0 | 487,3 | 101,5 | 1.889,8 | 441,8 |'], parts: ['155,0', '155,0', '170,0'], total: '480,0', kind: 'cross_total' }),
    sum({ id: 'col-collected', quote: ['| Quý IV | 480,0 | 487,3 | 101,5 | 1.889,8 | 441,8 |'], parts: ['152,6', '158,4', '176,3'], total: '487,3', kind: 'cross_total' }),
    sum({ id: 'col-2025', quote: ['| Quý IV | 480,0 | 487,3 | 101,5 | 1.889,8 | 441,8 |'], parts: ['138,2', '145,9', '157,7'], total: '441,8', kind: 'cross_total' }),
    cumulative({ id: 'cum-oct', quote: ['| Tháng 10 | 155,0 | 152,6 | 98,5 | 1.555,1 | 138,2 |', 'lũy kế 9 tháng năm 2026 thu được 1.402,5 triệu đồng'], previous: '1.402,5', period: '152,6', stated: '1.555,1' }),
    cumulative({ id: 'cum-nov', quote: ['| Tháng 11 | 155,0 | 158,4 | 102,2 | 1.713,5 | 145,9 |', '| Tháng 10 | 155,0 | 152,6 | 98,5 | 1.555,1 | 138,2 |'], previous: '1.555,1', period: '158,4', stated: '1.713,5' }),
    cumulative({ id: 'cum-dec', quote: ['| Tháng 12 | 170,0 | 176,3 | 103,7 | 1.889,8 | 157,7 |', '| Tháng 11 | 155,0 | 158,4 | 102,2 | 1.713,5 | 145,9 |'], previous: '1.713,5', period: '176,3', stated: '1.889,8' }),
    repeat({ id: 'q4-text-table', quote: ['Trong quý, Ban thu được 487,3 triệu đồng', '| Quý IV | 480,0 | 487,3 | 101,5 | 1.889,8 | 441,8 |'], values: ['487,3', '487,3'] }),
    atLeast({ id: 'oct-below', quote: ['Tháng 10 số thu chưa đạt dự toán', '| Tháng 10 | 155,0 | 152,6 | 98,5 | 1.555,1 | 138,2 |'], big: '155,0', small: '152,6', trap: 'a month below its estimate, stated without a figure.' }),
    repeat({ id: 'dec-text-table', quote: ['Riêng tháng 12, Ban thu được 173,6 triệu đồng', '| Tháng 12 | 170,0 | 176,3 | 103,7 | 1.889,8 | 157,7 |'], values: ['176,3', '173,6'], mistake: 'planted', original: 'Riêng tháng 12, Ban thu được 176,3 triệu đồng', note: 'Class 5: the text gives December 173,6 triệu, the table (whose column adds up to the quarter and whose lũy kế runs on) 176,3; two digits swapped.' }),
    sum({ id: 'q4-sources', quote: ['Trong quý, Ban thu được 487,3 triệu đồng', 'số thu quý IV gồm: ki-ốt 101,6 triệu đồng; điểm kinh doanh cố định trong nhà lồng 284,5 triệu đồng; điểm kinh doanh không cố định 64,8 triệu đồng; trông giữ xe và thu khác 36,4 triệu đồng'], parts: ['101,6', '284,5', '64,8', '36,4'], total: '487,3', note: 'the total is in the paragraph above the table.' }),
    sum({ id: 'q4-other', quote: ['trông giữ xe và thu khác 36,4 triệu đồng (trông giữ xe 27,2 triệu đồng, bốc xếp và thu khác 9,2 triệu đồng)'], parts: ['27,2', '9,2'], total: '36,4' }),
    product({ id: 'outdoor-lượt', quote: ['số tiền thu theo lượt là 64,8 triệu đồng', 'có 6.480 lượt tiểu thương vào bán', 'Điểm kinh doanh không cố định: 10.000 đồng/lượt'], x: '6.480', y: '10.000', factor: '0,000001', stated: '64,8', trap: 'lượt × rate in đồng, restated in triệu.' }),
    quotient({ id: 'outdoor-per-day', quote: ['bình quân 70 lượt/ngày trong 92 ngày', 'có 6.480 lượt tiểu thương vào bán'], x: '6.480', y: '92', stated: '70', note: 'lượt per day (70,43 written whole).' }),
    share({ id: 'outdoor-share', quote: ['chiếm tới 31,3% tổng số thu quý', 'số tiền thu theo lượt là 64,8 triệu đồng', 'Trong quý, Ban thu được 487,3 triệu đồng'], x: '64,8', y: '487,3', stated: '31,3%', mistake: 'planted', original: 'chiếm tới 13,3% tổng số thu quý', note: 'Class 1: the base, the quarter\'s 487,3 triệu, is given paragraphs above; 64,8 of it is 13,30% (→ 13,3%), written with digits swapped.' }),
    atLeast({ id: 'on-time-min', quote: ['cao hơn mức tối thiểu 95% theo kế hoạch', 'đúng hạn trong quý đạt 96,4%'], big: '96,4%', small: '95%', trap: 'a minimum beside a rate (not an excess of 1,4%).' }),
    difference({ id: 'on-time-pp', quote: ['tăng 1,8 điểm phần trăm so với quý IV năm 2025 (94,6%)', 'đúng hạn trong quý đạt 96,4%'], a: '96,4', b: '94,6', stated: '1,8', trap: 'a change in percentage points, not a relative one (1,9%).' }),
    ratio({ id: 'qr', quote: ['có 147/240 điểm kinh doanh cố định trong nhà lồng nộp tiền không dùng tiền mặt (61,3%)'], x: '147', y: '240', stated: '61,3%', trap: 'exactly 61,25%, half-up to 61,3%.' }),
    // II.3 the year
    cumulative({ id: 'year', quote: ['Cộng cả năm, Ban thu được 1.889,8 triệu đồng', 'lũy kế 9 tháng năm 2026 thu được 1.402,5 triệu đồng', 'Trong quý, Ban thu được 487,3 triệu đồng'], previous: '1.402,5', period: '487,3', stated: '1.889,8' }),
    ratio({ id: 'year-vs-estimate', quote: ['đạt 102,2% dự toán năm', 'Cộng cả năm, Ban thu được 1.889,8 triệu đồng', 'Dự toán thu năm 2026 giao cho Ban Quản lý chợ là 1.850 triệu đồng'], x: '1.889,8', y: '1.850', stated: '102,2%', note: 'the estimate is in footnote 1.' }),
    excess({ id: 'year-excess', quote: ['vượt 2,2%; tăng 10,1%', 'Cộng cả năm, Ban thu được 1.889,8 triệu đồng', 'giao cho Ban Quản lý chợ là 1.850 triệu đồng'], x: '1.889,8', y: '1.850', stated: '2,2%' }),
    change({ id: 'year-vs-2025', quote: ['tăng 10,1% so với năm 2025 (1.716,4 triệu đồng)', 'Cộng cả năm, Ban thu được 1.889,8 triệu đồng'], x: '1.889,8', base: '1.716,4', stated: '10,1%', direction: 'tăng' }),
    quotient({ id: 'per-month', quote: ['Bình quân mỗi tháng thu 157,5 triệu đồng', 'Cộng cả năm, Ban thu được 1.889,8 triệu đồng'], x: '1.889,8', y: '12', stated: '157,5', note: 'a monthly average of the year.' }),
    quotient({ id: 'per-trader', quote: ['bình quân mỗi hộ tiểu thương nộp 4,9 triệu đồng/năm', 'Cộng cả năm, Ban thu được 1.889,8 triệu đồng', 'là 386 hộ, trong đó'], x: '1.889,8', y: '386', stated: '4,9', note: 'an average per trader.' }),
    repeat({ id: 'estimate-scales', quote: ['dự toán cả năm (1,85 tỷ đồng)', 'giao cho Ban Quản lý chợ là 1.850 triệu đồng'], values: ['1.850 triệu đồng', '1,85 tỷ đồng'], kind: 'unit', trap: 'the year\'s estimate in triệu (footnote) and in tỷ (text), agreeing.' }),
    // II.4 budget and retained share
    product({ id: 'q4-remitted', quote: ['Quý IV, Ban đã nộp ngân sách xã 292,4 triệu đồng', 'Ban nộp ngân sách xã 60% số thu', 'Trong quý, Ban thu được 487,3 triệu đồng'], x: '487,3', y: '60', factor: '0,01', stated: '292,4', trap: '60% of the quarter as a product (292,38), not a percent to check.' }),
    share({ id: 'q4-kept-share', quote: ['bằng 40,0% số thu quý', 'phần để lại 194,9 triệu đồng', 'Trong quý, Ban thu được 487,3 triệu đồng'], x: '194,9', y: '487,3', stated: '40,0%', trap: 'the retained 40% of the rule, met to one decimal (39,996%).' }),
    sum({ id: 'q4-split', quote: ['Trong quý, Ban thu được 487,3 triệu đồng', 'nộp ngân sách xã 292,4 triệu đồng; phần để lại 194,9 triệu đồng'], parts: ['292,4', '194,9'], total: '487,3' }),
    product({ id: 'year-remitted', quote: ['Lũy kế năm 2026 nộp ngân sách 1.133,9 triệu đồng', 'Ban nộp ngân sách xã 60% số thu', 'Cộng cả năm, Ban thu được 1.889,8 triệu đồng'], x: '1.889,8', y: '60', factor: '0,01', stated: '1.133,9' }),
    cumulative({ id: 'remitted-cum', quote: ['Lũy kế năm 2026 nộp ngân sách 1.133,9 triệu đồng', 'đã nộp ngân sách xã 841,5 triệu đồng', 'Quý IV, Ban đã nộp ngân sách xã 292,4 triệu đồng'], previous: '841,5', period: '292,4', stated: '1.133,9' }),
    product({ id: 'nine-months-remitted', quote: ['đã nộp ngân sách xã 841,5 triệu đồng', 'lũy kế 9 tháng năm 2026 thu được 1.402,5 triệu đồng', 'Ban nộp ngân sách xã 60% số thu'], x: '1.402,5', y: '60', factor: '0,01', stated: '841,5', note: 'the footnote\'s nine months, 60% of their collection.' }),
    sum({ id: 'year-split', quote: ['Cộng cả năm, Ban thu được 1.889,8 triệu đồng', 'nộp ngân sách 1.133,9 triệu đồng, để lại 755,9 triệu đồng'], parts: ['1.133,9', '755,9'], total: '1.889,8' }),
    difference({ id: 'treasury-left', quote: ['còn 35,3 triệu đồng thu trong các ngày cuối tháng 12', 'tại Kho bạc Nhà nước khu vực là 1.098,6 triệu đồng', 'nộp ngân sách 1.133,9 triệu đồng'], a: '1.133,9', b: '1.098,6', stated: '35,3', trap: 'a remainder still to be paid in.' }),
    sum({ id: 'kept-spending', quote: ['Số tiền để lại năm 2026 đã chi 755,9 triệu đồng', 'hợp đồng 352,7 triệu đồng (chiếm 46,7%); thu gom, vận chuyển rác thải 243,8 triệu đồng; điện, nước 64,2 triệu đồng; phòng cháy, chữa cháy và sửa chữa nhỏ 60,7 triệu đồng; chi khác 34,5 triệu đồng'], parts: ['352,7', '243,8', '64,2', '60,7', '34,5'], total: '755,9' }),
    share({ id: 'wage-share', quote: ['(chiếm 46,7%)', 'hợp đồng 352,7 triệu đồng', 'đã chi 755,9 triệu đồng'], x: '352,7', y: '755,9', stated: '46,7%' }),
    repeat({ id: 'kept-spent', quote: ['Số tiền để lại năm 2026 đã chi 755,9 triệu đồng', 'để lại 755,9 triệu đồng. Đến ngày'], values: ['755,9', '755,9'] }),
    sum({ id: 'staff', quote: ['Bộ máy của Ban gồm 1 Trưởng ban, 1 Phó Trưởng ban, 1 kế toán, 2 nhân viên thu và 4 bảo vệ, tổng cộng 9 người'], parts: ['1', '1', '1', '2', '4'], total: '9' }),
    // II.5 arrears
    difference({ id: 'arrears-fall', quote: ['giảm 13,8 triệu đồng so với thời điểm đầu năm (52,4 triệu đồng)', 'với tổng số tiền 38,6 triệu đồng'], a: '52,4', b: '38,6', stated: '13,8' }),
    change({ id: 'arrears-change', quote: ['tức giảm 26,3%', 'thời điểm đầu năm (52,4 triệu đồng)', 'với tổng số tiền 38,6 triệu đồng'], x: '38,6', base: '52,4', stated: '26,3%', direction: 'giảm' }),
    ratio({ id: 'arrears-of-year', quote: ['số nợ còn lại bằng 2,0% số thu cả năm', 'với tổng số tiền 38,6 triệu đồng', 'Cộng cả năm, Ban thu được 1.889,8 triệu đồng'], x: '38,6', y: '1.889,8', stated: '2,0%' }),
    difference({ id: 'old-arrears-left', quote: ['số nợ cũ chưa thu hồi còn 20,6 triệu đồng', 'Ban thu hồi được 31,8 triệu đồng nợ cũ', 'thời điểm đầu năm (52,4 triệu đồng)'], a: '52,4', b: '31,8', stated: '20,6' }),
    sum({ id: 'arrears-parts', quote: ['với tổng số tiền 38,6 triệu đồng', 'nợ cũ chưa thu hồi còn 20,6 triệu đồng; số nợ mới phát sinh trong năm 18,0 triệu đồng'], parts: ['20,6', '18,0'], total: '38,6', note: 'old arrears left + new arrears = the total, given two sentences earlier.' }),
    product({ id: 'row-hanh', quote: ['| Bà Nguyễn Thị Hạnh | Ki-ốt K-07 | 12 | 85.000 | 5 | 5.100.000 |'], x: '12', y: '85.000', factor: '5', stated: '5.100.000' }),
    product({ id: 'row-tuong', quote: ['| Ông Lê Văn Tường | Ki-ốt K-21 | 12 | 85.000 | 4 | 4.080.000 |'], x: '12', y: '85.000', factor: '4', stated: '4.080.000' }),
    product({ id: 'row-duyen', quote: ['| Bà Phạm Thị Duyên | Điểm D-114, nhà lồng B | 8 | 60.000 | 6 | 2.880.000 |'], x: '8', y: '60.000', factor: '6', stated: '2.880.000' }),
    product({ id: 'row-lua', quote: ['| Bà Trần Thị Lụa | Điểm D-032, nhà lồng A | 6 | 60.000 | 7 | 2.520.000 |'], x: '6', y: '60.000', factor: '7', stated: '2.520.000' }),
    product({ id: 'row-khai', quote: ['| Ông Đỗ Văn Khải | Điểm D-205, nhà lồng B | 9 | 60.000 | 3 | 1.620.000 |'], x: '9', y: '60.000', factor: '3', stated: '1.620.000' }),
    sum({ id: 'arrears-table', quote: ['| Cộng | - | - | - | - | 38.600.000 |'], parts: ['5.100.000', '4.080.000', '2.880.000', '2.520.000', '1.620.000', '22.400.000'], total: '38.600.000', kind: 'cross_total' }),
    repeat({ id: 'arrears-scales', quote: ['với tổng số tiền 38,6 triệu đồng', '| Cộng | - | - | - | - | 38.600.000 |'], values: ['38,6 triệu đồng', '38.600.000 đồng'], kind: 'unit', trap: 'the arrears in triệu in the text and in đồng in the table, agreeing.' }),
    contradiction({ id: 'no-arrears-over-6', quote: ['không có hộ nào nợ kéo dài quá 6 tháng', '| Bà Trần Thị Lụa | Điểm D-032, nhà lồng A | 6 | 60.000 | 7 | 2.520.000 |'], stated: 'không có hộ nào nợ kéo dài quá 6 tháng', expected: '1 hộ nợ 7 tháng (bảng nợ đọng)', consistent: false, reason: 'The text says no trader owes more than 6 months; the arrears table shows Trần Thị Lụa owing 7 months.', mistake: 'planted', original: 'chỉ có 01 hộ nợ kéo dài quá 6 tháng (bà Trần Thị Lụa)', note: 'Class 8: a "không có" statement contradicted by a count in the table.' }),
    // III.1 waste
    quotient({ id: 'waste-density', quote: ['tỷ trọng bình quân 0,35 tấn/m³', 'được thu gom là 398 tấn (khoảng 1.140 m³'], x: '398', y: '1.140', stated: '0,35', trap: 'tấn per m³, a density, not a ratio in percent.' }),
    quotient({ id: 'waste-per-day', quote: ['bình quân 4,3 tấn/ngày', 'được thu gom là 398 tấn', 'trong 92 ngày'], x: '398', y: '92', stated: '4,3', note: 'tấn per day over the quarter\'s 92 days.' }),
    atLeast({ id: 'waste-organic', quote: ['trong đó rác hữu cơ (rau, củ, quả hư hỏng, phụ phẩm thủy sản) 251 tấn', 'được thu gom là 398 tấn'], big: '398', small: '251', trap: 'a "trong đó" part.' }),
    cumulative({ id: 'waste-year', quote: ['lượng rác thu gom đạt 1.524 tấn', 'Lũy kế 9 tháng năm 2026 thu gom 1.162 tấn rác thải', 'được thu gom là 398 tấn'], previous: '1.162', period: '398', stated: '1.524', mistake: 'planted', original: 'Lũy kế 9 tháng năm 2026 thu gom 1.126 tấn rác thải', note: 'Class 6: footnote 7\'s 1.162 tấn plus the quarter\'s 398 is 1.560, not the year\'s 1.524 (which the cost of 243,8 triệu and the summary carry); the footnote\'s 1.126 is written 1.162.' }),
    change({ id: 'waste-vs-2025', quote: ['tăng 6,2% so với năm 2025 (1.435 tấn)', 'lượng rác thu gom đạt 1.524 tấn'], x: '1.524', base: '1.435', stated: '6,2%', direction: 'tăng' }),
    product({ id: 'waste-cost-q4', quote: ['kinh phí quý IV là 63,7 triệu đồng', 'theo đơn giá 160.000 đồng/tấn', 'được thu gom là 398 tấn'], x: '398', y: '160.000', factor: '0,000001', stated: '63,7', trap: 'tấn × đồng/tấn, written in triệu.' }),
    product({ id: 'waste-cost-year', quote: ['cả năm 243,8 triệu đồng', 'theo đơn giá 160.000 đồng/tấn', 'lượng rác thu gom đạt 1.524 tấn'], x: '1.524', y: '160.000', factor: '0,000001', stated: '243,8', note: 'tấn × đồng/tấn, written in triệu.' }),
    repeat({ id: 'waste-cost-spending', quote: ['cả năm 243,8 triệu đồng', 'thu gom, vận chuyển rác thải 243,8 triệu đồng'], values: ['243,8', '243,8'] }),
    // III.2 fire safety
    ratio({ id: 'fire-pledges', quote: ['386/386 hộ tiểu thương ký cam kết bảo đảm an toàn phòng cháy, chữa cháy (100%)'], x: '386', y: '386', stated: '100%', trap: '"100%" of X/X.' }),
    ratio({ id: 'rcd-kiosks', quote: ['(73%)', 'có 25/34 ki-ốt đang hoạt động đã lắp thiết bị đóng cắt chống giật'], x: '25', y: '34', stated: '73%', mistake: 'planted', original: 'theo khuyến cáo (74%)', note: 'Class 7: 25/34 = 73,53%, which is 74% written whole; 73% truncates.' }),
    cumulative({ id: 'extinguishers', quote: ['nâng tổng số bình tại chợ lên 126 bình (đầu năm có 78 bình)', 'trang bị bổ sung 48 bình chữa cháy'], previous: '78', period: '48', stated: '126' }),
    contradiction({ id: 'no-fire', quote: ['Trong năm không xảy ra vụ cháy, nổ nào tại chợ', 'yêu cầu khắc phục 3 trường hợp câu móc điện không bảo đảm an toàn'], stated: 'không xảy ra vụ cháy, nổ', expected: 'another kind', consistent: true, reason: 'Three cases of unsafe wiring are hazards corrected, not fires.', trap: 'a "none" beside a count of another kind.' }),
    // III.3 food safety
    cumulative({ id: 'samples-year', quote: ['Cả năm 2026 đã kiểm tra nhanh 248 mẫu', 'kiểm tra nhanh 180 mẫu, trong đó 5 mẫu không đạt', 'lấy 68 mẫu thực phẩm kiểm tra nhanh trong quý IV'], previous: '180', period: '68', stated: '248' }),
    sum({ id: 'samples-split', quote: ['Cả năm 2026 đã kiểm tra nhanh 248 mẫu', 'trong đó 241 mẫu đạt và 7 mẫu không đạt'], parts: ['241', '7'], total: '248' }),
    sum({ id: 'failed-kinds', quote: ['7 mẫu không đạt (3 mẫu giò, chả có hàn the; 2 mẫu bún, bánh phở có formol; 2 mẫu hàng khô có phẩm màu ngoài danh mục)'], parts: ['3', '2', '2'], total: '7' }),
    cumulative({ id: 'failed-year', quote: ['241 mẫu đạt và 7 mẫu không đạt', 'trong đó 5 mẫu không đạt', 'phát hiện 2 mẫu không đạt'], previous: '5', period: '2', stated: '7' }),
    contradiction({ id: 'no-poisoning', quote: ['Trong năm không ghi nhận trường hợp ngộ độc thực phẩm nào', '241 mẫu đạt và 7 mẫu không đạt'], stated: 'không ghi nhận trường hợp ngộ độc thực phẩm', expected: 'another kind', consistent: true, reason: 'Failed rapid tests are samples, not poisoning cases.', trap: 'a "none" beside a count of another kind.' }),
    // III.4 renovation
    sum({ id: 'capital-sources', quote: ['Kế hoạch vốn cải tạo, sửa chữa chợ năm 2026 là 2,4 tỷ đồng', 'gồm ngân sách xã 1,6 tỷ đồng và nguồn thu để lại tích lũy các năm trước của Ban 0,8 tỷ đồng'], parts: ['1,6', '0,8'], total: '2,4' }),
    ratio({ id: 'disbursed-rate', quote: ['đạt 89,0% kế hoạch vốn', 'đã giải ngân 2.136 triệu đồng', 'sửa chữa chợ năm 2026 là 2,4 tỷ đồng'], x: '2.136 triệu đồng', y: '2,4 tỷ đồng', stated: '89,0%', note: 'triệu of tỷ.' }),
    sum({ id: 'disbursed-parts', quote: ['đã giải ngân 2.136 triệu đồng', 'thay mái tôn nhà lồng B 1.148 triệu đồng, cải tạo rãnh thoát nước 612 triệu đồng, lắp đặt hệ thống báo cháy tự động 376 triệu đồng'], parts: ['1.148', '612', '376'], total: '2.136' }),
    quotient({ id: 'roof-per-m2', quote: ['suất đầu tư bình quân khoảng 918 nghìn đồng/m²', 'Mái tôn nhà lồng B thay mới 1.250 m²', 'thay mái tôn nhà lồng B 1.148 triệu đồng'], x: '1.148', y: '1.250', factor: '1000', stated: '918', trap: 'cost per m² in nghìn from triệu (918,4).' }),
    difference({ id: 'capital-left', quote: ['Số vốn chưa giải ngân 264 triệu đồng', 'sửa chữa chợ năm 2026 là 2,4 tỷ đồng', 'đã giải ngân 2.136 triệu đồng'], a: '2,4 tỷ đồng', b: '2.136 triệu đồng', stated: '264 triệu đồng', trap: 'a remainder in triệu against a plan in tỷ.' }),
    repeat({ id: 'capital-scales', quote: ['tổng mức đầu tư 2.400 triệu đồng', 'sửa chữa chợ năm 2026 là 2,4 tỷ đồng'], values: ['2,4 tỷ đồng', '2.400 triệu đồng'], kind: 'unit', trap: 'the plan in tỷ (text) and triệu (footnote 9), agreeing.' }),
    // III.5 complaints
    sum({ id: 'complaints', quote: ['Ban tiếp nhận 23 đơn, ý kiến phản ánh', 'tranh chấp vị trí, lối đi 7 trường hợp; cân thiếu, hàng kém chất lượng 6 trường hợp; vệ sinh, thoát nước 5 trường hợp; mức thu, cách thu tiền 4 trường hợp'], parts: ['7', '6', '5', '4'], total: '23', mistake: 'planted', original: 'vệ sinh, thoát nước 6 trường hợp', note: 'Class 4: the four kinds after "gồm" add to 22, not 23 (which the 21/23 carries); the 6 cases of sanitation are written 5.' }),
    ratio({ id: 'complaints-settled', quote: ['Đã giải quyết dứt điểm 21/23 đơn (91,3%)'], x: '21', y: '23', stated: '91,3%' }),
    difference({ id: 'complaints-left', quote: ['còn 2 đơn về tranh chấp vị trí', 'Đã giải quyết dứt điểm 21/23 đơn (91,3%)'], a: '23', b: '21', stated: '2' }),
    contradiction({ id: 'no-escalation', quote: ['Không có đơn thư vượt cấp, kéo dài'], stated: 'Không có đơn thư vượt cấp', expected: 'none', consistent: true, reason: 'Nothing in the report counts complaints sent beyond the commune.', trap: 'a "none" with nothing against it.' }),
    // IV.1 summary
    repeat({ id: 'sum-q4', quote: ['quý IV thu 487,3 triệu đồng', 'Trong quý, Ban thu được 487,3 triệu đồng'], values: ['487,3', '487,3'] }),
    repeat({ id: 'sum-year', quote: ['cả năm thu 1,89 tỷ đồng', 'Cộng cả năm, Ban thu được 1.889,8 triệu đồng'], values: ['1.889,8 triệu đồng', '1,89 tỷ đồng'], kind: 'unit', trap: 'the year restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-year-rate', quote: ['đạt 102,2% dự toán, nộp', 'đạt 102,2% dự toán năm'], values: ['102,2%', '102,2%'] }),
    repeat({ id: 'sum-remitted', quote: ['nộp ngân sách xã 1.133,9 triệu đồng', 'Lũy kế năm 2026 nộp ngân sách 1.133,9 triệu đồng'], values: ['1.133,9', '1.133,9'] }),
    repeat({ id: 'sum-kiosks', quote: ['Tỷ lệ lấp đầy ki-ốt đạt 94,4%', 'đã cho thuê 34/36 ki-ốt (94,4%)'], values: ['94,4%', '94,4%'] }),
    repeat({ id: 'sum-waste', quote: ['thu gom 1.524 tấn rác trong năm', 'lượng rác thu gom đạt 1.524 tấn'], values: ['1.524', '1.524'] }),
    ratio({ id: 'sum-samples', quote: ['96,2% số mẫu thực phẩm kiểm tra nhanh đạt yêu cầu', 'trong đó 241 mẫu đạt và 7 mẫu không đạt', 'Cả năm 2026 đã kiểm tra nhanh 248 mẫu'], x: '241', y: '248', stated: '96,2%', mistake: 'planted', original: '97,2% số mẫu thực phẩm kiểm tra nhanh đạt yêu cầu', note: 'Class 2: a percent in the summary whose figures are in III.3; 241 of 248 is 97,18% (→ 97,2%).' }),
    repeat({ id: 'sum-disbursed', quote: ['đã giải ngân 2,16 tỷ đồng', 'đã giải ngân 2.136 triệu đồng'], values: ['2.136 triệu đồng', '2,16 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'đã giải ngân 2,14 tỷ đồng', note: 'Class 5: the summary restates III.4\'s 2.136 triệu in tỷ as 2,16 (2,14).' }),
    // IV.2 weaknesses
    difference({ id: 'weak-fixed-left', quote: ['Còn 2 ki-ốt và 8 điểm kinh doanh cố định trong nhà lồng chưa cho thuê', 'đã giao 240/248 điểm kinh doanh cố định (96,8%)'], a: '248', b: '240', stated: '8', note: 'a remainder of an X/Y.' }),
    repeat({ id: 'weak-arrears', quote: ['còn 14 hộ nợ đọng với số tiền 38,6 triệu đồng', 'còn 14 hộ nợ đọng với tổng số tiền 38,6 triệu đồng'], values: ['38,6', '38,6'] }),
    difference({ id: 'weak-rcd', quote: ['Vẫn còn 9 ki-ốt chưa lắp thiết bị đóng cắt chống giật', 'có 25/34 ki-ốt đang hoạt động'], a: '34', b: '25', stated: '9', note: 'a remainder of an X/Y.' }),
    // V tasks
    change({ id: 'target-2027', quote: ['tăng 5,8% so với thực hiện năm 2026', 'đạt tối thiểu 2,0 tỷ đồng', 'Cộng cả năm, Ban thu được 1.889,8 triệu đồng'], x: '2,0 tỷ đồng', base: '1.889,8 triệu đồng', stated: '5,8%', direction: 'tăng', trap: 'a target in tỷ as a change on the year in triệu.' }),
    repeat({ id: 'task-arrears', quote: ['thu hồi dứt điểm 38,6 triệu đồng nợ đọng', 'với tổng số tiền 38,6 triệu đồng'], values: ['38,6', '38,6'] }),
    difference({ id: 'task-cash-payers', quote: ['đối với 93 điểm cố định còn nộp tiền mặt', 'có 147/240 điểm kinh doanh cố định'], a: '240', b: '147', stated: '93', note: 'a remainder of an X/Y.' }),
    atLeast({ id: 'task-samples', quote: ['không dưới 260 mẫu trong năm', 'Cả năm 2026 đã kiểm tra nhanh 248 mẫu'], big: '260', small: '248', trap: 'a target for 2027 above the year\'s count, not a repeat.' }),
  ],
});
