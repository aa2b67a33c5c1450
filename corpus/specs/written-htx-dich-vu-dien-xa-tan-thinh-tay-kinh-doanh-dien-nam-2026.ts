// Written for the corpus, blind: the Hội đồng quản trị of the Hợp tác xã dịch vụ điện năng xã Tân Thịnh Tây (tỉnh
// Phú Thọ; the cooperative, its commune, thôn and people are invented) to the cooperative's annual Đại hội thành viên
// 2027 and the commune's UBND, the report on its electricity business in 2026 (meter readings 26/12/2025 - 25/12/2026,
// unaudited accounts) and the plan for 2027, in parts I - IV with seven footnotes. Energy is written in kWh, nghìn kWh
// and triệu kWh, money in triệu and tỷ đồng. I: the law's number, a 22/0,4 kV voltage pair, capacity against Table 1,
// staff after "gồm". II.1: energy received against 2025 (footnote 2, another scale), in triệu kWh; sales against the
// plan (footnote 3), the increase on 2025, the loss in kWh and its rate over the energy received, a ceiling, the fall
// in percentage points against footnote 2, whose 2025 rate is checked against its own figures; Table 1 per trạm biến áp (kVA, customers, received, sold, loss %
// per row from the row's figures, total row, four column totals, one row at exactly 7,325%), the stations below 8% as
// X/Y with a whole percent, the text restating a row, two transformers of one station. II.2: customers against the start of
// the year and the plan in parentheses; Table 2 per kind of customer (sinh hoạt, sản xuất, kinh doanh, dịch vụ công
// cộng: customers, sales, shares adding to 100,1 against 100,0, price, revenue = sales × price, totals, the weighted
// average price); kWh per household, a tariff range, the price against 2025 in đồng and %, a regulated reference
// price, the buy/sell margin, cashless payers X/Y, the collection rate from the unpaid debt. II.3: investment against
// the plan in tỷ in the sentence before, its parts and sources after "gồm", lines in km with routes in m, cost per km,
// the project's lũy kế from footnote 4 and its share of 40 km, meters (price per meter, lũy kế from footnote 5, share
// of customers), capacitors count × size. II.4: incidents after "gồm", against 2025 in vụ and %, hours per incident,
// outage hours, customer-hours per customer, a "none" of overloads, a "none" of accidents beside incidents, violations.
// II.5: revenue parts and change, power revenue against Table 2 and against the plan in tỷ (footnote 3), costs after
// "gồm", purchase = energy × price and its share, labour cost per worker, profit as a difference, above the plan and
// against 2025, margin, tax rate × profit, net profit. II.6: members (net change, lũy kế, leavers in footnote 6, kinds,
// share of customers), capital (lũy kế from footnote 7, the year's increase after "gồm", members × rate, per member,
// share of the charter capital in tỷ, the largest share under a legal maximum). II.7: the net profit split into five
// funds (share × profit for four, one at exactly 96,55) with legal minimums. III: a summary restating figures in triệu
// kWh and tỷ, weaknesses with remainders; IV: 2027 targets (change on 2026, planned loss rate and its ceiling, revenue
// as sales × price in tỷ, profit change, remainders of the project, meters and charter capital, members' lũy kế).
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the sales' percent of the plan in footnote 3 (in nghìn
// kWh against a text in kWh) with digits swapped (100,2% for 102,0%); the investment's percent of the 1,85 tỷ plan
// in the sentence before with digits swapped (78,8% for 87,8%); class 2: the summary's growth of sales on 2025, whose
// figures are in II.1 and footnote 2 (9,6% for 6,9%); class 3: the five shares of the net profit adding to 105%
// (the capital share 20% for 15%); class 4: the costs after "gồm" adding to 13.173,2 against 13.209,2 (depreciation
// 548,2 for 584,2); class 5 ×2: Tân Lập 2's loss in the text against Table 1 (11,42% for 11,24%), the summary's total
// revenue in tỷ against II.5's triệu (13,96 for 13,69); class 6: footnote 7's capital at the end of 2025 (2.651 for
// 2.615) + the year's 231 ≠ the 2.846 lũy kế; class 7: 7/9 stations written 77% (77,78% truncated); class 8: a "none"
// of overloaded stations in II.4 against the Bãi Bằng station overloaded 3 times in III.2. Traps (32): a law number,
// a voltage pair, kWh in triệu kWh (twice), the loss rate's ceiling and its fall in percentage points, Table 1's
// total rate and a row at exactly 7,325%, two transformers of one station, a plan in parentheses belonging to the new
// customers, rounded shares adding to 100,1, the weighted average price, kWh per household, a tariff range, a
// regulated reference price, lines in m against km, cable sizes 4x95, capacitors count × size, customer-hours per
// customer, a "none" of accidents beside incidents, the power revenue against a plan in tỷ in a footnote, energy ×
// price, the charter share after a per-member average, a legal maximum, a fund at exactly 96,55, two legal minimums
// (one a 10% beside another 10%), profit and capital restated in tỷ, the planned loss ceiling, the planned revenue in
// tỷ, a remainder in triệu of a capital in tỷ.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-htx-dich-vu-dien-xa-tan-thinh-tay-kinh-doanh-dien-nam-2026.md',
  prefix: 'ttt',
  claims: [
    // Header, I
    contradiction({ id: 'law-number', quote: ['Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023'], stated: '17/2023/QH15', expected: 'a law\'s number and date', consistent: true, reason: 'The number and date of the 2023 Law on Cooperatives, not a ratio.', trap: 'a document number and a date written like X/Y.' }),
    contradiction({ id: 'voltage', quote: ['9 trạm biến áp phân phối 22/0,4 kV'], stated: '22/0,4 kV', expected: 'a voltage ratio', consistent: true, reason: 'The transformers\' primary and secondary voltages, not a share (22/0,4 is no percent of anything).', trap: 'a voltage pair written as X/Y.' }),
    repeat({ id: 'capacity-text', quote: ['(tổng dung lượng 2.840 kVA)', '| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], values: ['2.840', '2.840'], note: 'the capacity in I against Table 1\'s total row.' }),
    sum({ id: 'staff', quote: ['có 14 lao động, gồm bộ phận quản lý, kế toán 3 người, tổ quản lý vận hành 9 người và tổ ghi chỉ số, thu ngân 2 người'], parts: ['3', '9', '2'], total: '14' }),
    // II.1 energy
    change({ id: 'received-change', quote: ['tăng 6,2% so với năm 2025', 'điện nhận đầu nguồn 6.441,6 nghìn kWh', '| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], x: '6.842,5', base: '6.441,6', stated: '6,2%', direction: 'tăng', note: 'the base is 2025\'s received energy in footnote 2 (nghìn kWh), the text gives 2026 in kWh.' }),
    quotient({ id: 'received-trieu', quote: ['(khoảng 6,84 triệu kWh)', 'Tổng điện năng nhận đầu nguồn tại 9 công tơ tổng trong năm là 6.842.500 kWh'], x: '6.842.500', y: '1.000.000', stated: '6,84', kind: 'unit', trap: 'kWh restated in triệu kWh, agreeing.' }),
    quotient({ id: 'received-table', quote: ['| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |', 'là 6.842.500 kWh (khoảng'], x: '6.842.500', y: '1.000', stated: '6.842,5', kind: 'unit', note: 'the text in kWh, the table in nghìn kWh: the same figure.' }),
    ratio({ id: 'sales-plan', quote: ['bằng 100,2% kế hoạch Đại hội giao', 'điện thương phẩm 6.200 nghìn kWh', '| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], x: '6.324,8', y: '6.200', stated: '100,2%', mistake: 'planted', original: 'bằng 102,0% kế hoạch Đại hội giao', note: 'Class 1: the plan is only in footnote 3 (in nghìn kWh, the text in kWh); 6.324,8 of 6.200 is 102,0%, written with digits swapped.' }),
    quotient({ id: 'sales-table', quote: ['| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |', 'Điện thương phẩm bán cho khách hàng đạt 6.324.800 kWh'], x: '6.324.800', y: '1.000', stated: '6.324,8', kind: 'unit', note: 'kWh against nghìn kWh, agreeing.' }),
    difference({ id: 'sales-increase', quote: ['cao hơn năm trước 406,4 nghìn kWh', 'điện thương phẩm 5.918,4 nghìn kWh', '| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], a: '6.324,8', b: '5.918,4', stated: '406,4', note: '2025 in footnote 2.' }),
    difference({ id: 'loss-kwh', quote: ['Lượng điện tổn thất trên lưới hạ áp là 517.700 kWh', 'là 6.842.500 kWh (khoảng', 'đạt 6.324.800 kWh'], a: '6.842.500', b: '6.324.800', stated: '517.700' }),
    ratio({ id: 'loss-rate', quote: ['tỷ lệ tổn thất 7,57%, đạt chỉ tiêu', 'là 517.700 kWh', 'là 6.842.500 kWh (khoảng'], x: '517.700', y: '6.842.500', stated: '7,57%', note: 'the loss over the energy received (not sold, which would give 8,19%).' }),
    atLeast({ id: 'loss-ceiling', quote: ['không vượt quá 8,0% do Đại hội đề ra', 'tỷ lệ tổn thất 7,57%, đạt chỉ tiêu'], big: '8,0%', small: '7,57%', trap: 'a ceiling beside the rate, not a share.' }),
    difference({ id: 'loss-pp', quote: ['giảm được 0,55 điểm phần trăm', 'tỷ lệ tổn thất 8,12%.', 'tỷ lệ tổn thất 7,57%, đạt chỉ tiêu'], a: '8,12', b: '7,57', stated: '0,55', trap: 'a fall in percentage points against 2025\'s rate in footnote 2, not a relative change (6,8%).' }),
    ratio({ id: 'loss-2025', quote: ['tỷ lệ tổn thất 8,12%.', 'điện nhận đầu nguồn 6.441,6 nghìn kWh', 'điện thương phẩm 5.918,4 nghìn kWh'], x: '6.441,6 − 5.918,4', y: '6.441,6', stated: '8,12%', note: 'footnote 2\'s rate from its own figures.' }),
    // Table 1
    ratio({ id: 't1-tan-thinh-1', quote: ['| 1 | Tân Thịnh 1 | 400 | 612 | 1.012,4 | 942,6 | 6,89 |'], x: '1.012,4 − 942,6', y: '1.012,4', stated: '6,89' }),
    ratio({ id: 't1-tan-thinh-2', quote: ['| 2 | Tân Thịnh 2 | 320 | 548 | 864,7 | 800,3 | 7,45 |'], x: '864,7 − 800,3', y: '864,7', stated: '7,45' }),
    ratio({ id: 't1-dong-moi', quote: ['| 3 | Đồng Mới | 250 | 431 | 652,8 | 602,1 | 7,77 |'], x: '652,8 − 602,1', y: '652,8', stated: '7,77' }),
    ratio({ id: 't1-go-cao', quote: ['| 4 | Gò Cao | 250 | 476 | 690,3 | 628,7 | 8,92 |'], x: '690,3 − 628,7', y: '690,3', stated: '8,92' }),
    ratio({ id: 't1-tan-lap-1', quote: ['| 5 | Tân Lập 1 | 320 | 503 | 781,6 | 724,9 | 7,25 |'], x: '781,6 − 724,9', y: '781,6', stated: '7,25' }),
    ratio({ id: 't1-tan-lap-2', quote: ['| 6 | Tân Lập 2 | 180 | 395 | 540,2 | 479,5 | 11,24 |'], x: '540,2 − 479,5', y: '540,2', stated: '11,24' }),
    ratio({ id: 't1-bai-bang', quote: ['| 7 | Bãi Bằng | 400 | 367 | 1.126,5 | 1.062,0 | 5,73 |'], x: '1.126,5 − 1.062,0', y: '1.126,5', stated: '5,73' }),
    ratio({ id: 't1-khe-mat', quote: ['| 8 | Khe Mát | 160 | 524 | 400,0 | 370,7 | 7,33 |'], x: '400,0 − 370,7', y: '400,0', stated: '7,33', trap: 'exactly 7,325% rounded half-up (truncation would give 7,32).' }),
    ratio({ id: 't1-lang-nghe', quote: ['| 9 | Cụm làng nghề | 560 | 530 | 774,0 | 714,0 | 7,75 |'], x: '774,0 − 714,0', y: '774,0', stated: '7,75' }),
    ratio({ id: 't1-total-loss', quote: ['| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], x: '6.842,5 − 6.324,8', y: '6.842,5', stated: '7,57', trap: 'the total row\'s rate is the rate of the totals, not the mean of the rows (7,59).' }),
    sum({ id: 't1-capacity', quote: ['| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], parts: ['400', '320', '250', '250', '320', '180', '400', '160', '560'], total: '2.840', kind: 'cross_total' }),
    sum({ id: 't1-customers', quote: ['| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], parts: ['612', '548', '431', '476', '503', '395', '367', '524', '530'], total: '4.386', kind: 'cross_total' }),
    sum({ id: 't1-received', quote: ['| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], parts: ['1.012,4', '864,7', '652,8', '690,3', '781,6', '540,2', '1.126,5', '400,0', '774,0'], total: '6.842,5', kind: 'cross_total' }),
    sum({ id: 't1-sold', quote: ['| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], parts: ['942,6', '800,3', '602,1', '628,7', '724,9', '479,5', '1.062,0', '370,7', '714,0'], total: '6.324,8', kind: 'cross_total' }),
    repeat({ id: 'loss-text-table', quote: ['tỷ lệ tổn thất 7,57%, đạt chỉ tiêu', '| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |', 'tỷ lệ tổn thất điện năng còn 7,57%'], values: ['7,57%', '7,57', '7,57%'], note: 'the text, Table 1 and the summary.' }),
    repeat({ id: 'avg-price-text', quote: ['Giá bán điện bình quân cả năm đạt 2.141 đồng/kWh', '| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |'], values: ['2.141', '2.141'] }),
    ratio({ id: 'below-8', quote: ['có 7/9 trạm giữ được tỷ lệ tổn thất dưới 8% (77%)'], x: '7', y: '9', stated: '77%', mistake: 'planted', original: 'có 7/9 trạm giữ được tỷ lệ tổn thất dưới 8% (78%)', note: 'Class 7: 7/9 = 77,78%, which is 78% written whole; 77% truncates. Table 1 has indeed 7 rows below 8% (Gò Cao and Tân Lập 2 above).' }),
    sum({ id: 'lang-nghe-transformers', quote: ['(400 kVA và 160 kVA), tổng dung lượng 560 kVA', '| 9 | Cụm làng nghề | 560 | 530 | 774,0 | 714,0 | 7,75 |'], parts: ['400', '160'], total: '560', trap: 'two transformers of one station, agreeing with its row; not parts of the 2.840 kVA beside other rows.' }),
    repeat({ id: 'tan-lap-2-text', quote: ['riêng trạm Tân Lập 2 lên tới 11,42%', '| 6 | Tân Lập 2 | 180 | 395 | 540,2 | 479,5 | 11,24 |'], values: ['11,24', '11,42%'], mistake: 'planted', original: 'riêng trạm Tân Lập 2 lên tới 11,24%', note: 'Class 5: the text restates Table 1\'s 11,24% for Tân Lập 2 with two digits swapped.' }),
    // II.2 customers, price
    difference({ id: 'new-customers', quote: ['tăng 164 khách hàng so với đầu năm (4.222 khách hàng)', 'hợp tác xã bán điện cho 4.386 khách hàng'], a: '4.386', b: '4.222', stated: '164' }),
    ratio({ id: 'new-customers-plan', quote: ['đạt 109,3% kế hoạch phát triển khách hàng mới (150 khách hàng)', 'tăng 164 khách hàng'], x: '164', y: '150', stated: '109,3%', trap: 'the plan in parentheses belongs to the new customers, not to the 4.386 or the 4.222 beside them.' }),
    repeat({ id: 'customers-text-tables', quote: ['hợp tác xã bán điện cho 4.386 khách hàng', '| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |', '| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], values: ['4.386', '4.386', '4.386'] }),
    sum({ id: 't2-customers', quote: ['| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |'], parts: ['3.972', '118', '241', '55'], total: '4.386', kind: 'cross_total' }),
    sum({ id: 't2-sales', quote: ['| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |'], parts: ['4.215,6', '1.402,3', '486,1', '220,8'], total: '6.324,8', kind: 'cross_total' }),
    sum({ id: 't2-shares', quote: ['| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |', '| Sinh hoạt | 3.972 | 4.215,6 | 66,7 | 2.105 | 8.873,8 |'], parts: ['66,7', '22,2', '7,7', '3,5'], total: '100,0', kind: 'share_percent', rounded: true, trap: 'rounded shares adding to 100,1 against a total of 100,0: within rounding.' }),
    share({ id: 't2-share-household', quote: ['| Sinh hoạt | 3.972 | 4.215,6 | 66,7 | 2.105 | 8.873,8 |', '| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |'], x: '4.215,6', y: '6.324,8', stated: '66,7' }),
    share({ id: 't2-share-production', quote: ['| Sản xuất | 118 | 1.402,3 | 22,2 | 1.953 | 2.738,7 |', '| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |'], x: '1.402,3', y: '6.324,8', stated: '22,2' }),
    share({ id: 't2-share-business', quote: ['| Kinh doanh | 241 | 486,1 | 7,7 | 3.062 | 1.488,4 |', '| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |'], x: '486,1', y: '6.324,8', stated: '7,7' }),
    share({ id: 't2-share-public', quote: ['| Dịch vụ công cộng | 55 | 220,8 | 3,5 | 1.986 | 438,5 |', '| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |'], x: '220,8', y: '6.324,8', stated: '3,5' }),
    product({ id: 't2-rev-household', quote: ['| Sinh hoạt | 3.972 | 4.215,6 | 66,7 | 2.105 | 8.873,8 |'], x: '4.215,6', y: '2.105', factor: '0,001', stated: '8.873,8', note: 'nghìn kWh × đồng/kWh in triệu đồng, not a sum.' }),
    product({ id: 't2-rev-production', quote: ['| Sản xuất | 118 | 1.402,3 | 22,2 | 1.953 | 2.738,7 |'], x: '1.402,3', y: '1.953', factor: '0,001', stated: '2.738,7' }),
    product({ id: 't2-rev-business', quote: ['| Kinh doanh | 241 | 486,1 | 7,7 | 3.062 | 1.488,4 |'], x: '486,1', y: '3.062', factor: '0,001', stated: '1.488,4' }),
    product({ id: 't2-rev-public', quote: ['| Dịch vụ công cộng | 55 | 220,8 | 3,5 | 1.986 | 438,5 |'], x: '220,8', y: '1.986', factor: '0,001', stated: '438,5' }),
    sum({ id: 't2-revenue', quote: ['| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |'], parts: ['8.873,8', '2.738,7', '1.488,4', '438,5'], total: '13.539,4', kind: 'cross_total' }),
    quotient({ id: 't2-avg-price', quote: ['| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |'], x: '13.539,4', y: '6.324,8', factor: '1000', stated: '2.141', trap: 'the total row\'s price is revenue over sales (a weighted mean), not the sum or plain mean of the row prices.' }),
    repeat({ id: 'household-share-text', quote: ['Điện sinh hoạt vẫn chiếm phần lớn sản lượng (66,7%)', '| Sinh hoạt | 3.972 | 4.215,6 | 66,7 | 2.105 | 8.873,8 |'], values: ['66,7%', '66,7'] }),
    quotient({ id: 'kwh-per-household', quote: ['bình quân mỗi hộ sử dụng 1.061 kWh/năm', '| Sinh hoạt | 3.972 | 4.215,6 | 66,7 | 2.105 | 8.873,8 |'], x: '4.215,6', y: '3.972', factor: '1000', stated: '1.061', trap: 'nghìn kWh per household, in kWh.' }),
    contradiction({ id: 'tariff-range', quote: ['biểu giá bậc thang 6 bậc, từ 1.984 đến 3.460 đồng/kWh'], stated: 'từ 1.984 đến 3.460 đồng/kWh', expected: 'a range of tariff steps', consistent: true, reason: 'The lowest and highest steps of the household tariff, a range around the 2.105 đồng/kWh average.', trap: 'a range of prices, not a difference or a sum.' }),
    difference({ id: 'price-increase', quote: ['tăng 54 đồng/kWh so với năm 2025 (2.087 đồng/kWh)', 'đạt 2.141 đồng/kWh'], a: '2.141', b: '2.087', stated: '54' }),
    change({ id: 'price-change', quote: ['tức tăng 2,6%', 'so với năm 2025 (2.087 đồng/kWh)', 'đạt 2.141 đồng/kWh'], x: '2.141', base: '2.087', stated: '2,6%', direction: 'tăng' }),
    atLeast({ id: 'price-ceiling', quote: ['thấp hơn giá bán lẻ điện bình quân theo quy định (2.204,07 đồng/kWh)', 'đạt 2.141 đồng/kWh'], big: '2.204,07', small: '2.141', trap: 'a regulated reference price beside the average, not a base of a percent.' }),
    difference({ id: 'price-margin', quote: ['chênh lệch giữa giá bán và giá mua bình quân là 543 đồng/kWh', 'Giá mua điện bình quân tại công tơ tổng là 1.598 đồng/kWh', 'đạt 2.141 đồng/kWh'], a: '2.141', b: '1.598', stated: '543', note: 'a margin per kWh between two prices.' }),
    ratio({ id: 'cashless', quote: ['có 2.614/4.386 khách hàng thanh toán qua ngân hàng, ví điện tử (59,6%)'], x: '2.614', y: '4.386', stated: '59,6%' }),
    ratio({ id: 'collection', quote: ['Tỷ lệ thu tiền điện đạt 99,6%', 'còn 37 khách hàng nợ tiền điện với số tiền 54,2 triệu đồng', 'doanh thu tiền điện 13.539,4 triệu đồng'], x: '13.539,4 − 54,2', y: '13.539,4', stated: '99,6%', note: 'the revenue less the unpaid 54,2 triệu, over the revenue (99,5997%).' }),
    // II.3 investment
    ratio({ id: 'invest-rate', quote: ['đạt 78,8%, gồm', 'thực hiện được 1.624 triệu đồng', 'kế hoạch đầu tư, cải tạo lưới điện là 1,85 tỷ đồng'], x: '1.624 triệu đồng', y: '1,85 tỷ đồng', stated: '78,8%', mistake: 'planted', original: 'đạt 87,8%, gồm', note: 'Class 1: the plan is in the sentence before, in tỷ; 1.624 triệu of 1,85 tỷ is 87,8%, written with digits swapped.' }),
    sum({ id: 'invest-parts', quote: ['thực hiện được 1.624 triệu đồng', 'cải tạo đường dây hạ áp 1.086 triệu đồng; thay công tơ 318 triệu đồng; lắp tụ bù và thiết bị đóng cắt 220 triệu đồng'], parts: ['1.086', '318', '220'], total: '1.624' }),
    sum({ id: 'invest-sources', quote: ['thực hiện được 1.624 triệu đồng', 'quỹ đầu tư phát triển của hợp tác xã 1.024 triệu đồng và vốn vay Quỹ hỗ trợ phát triển hợp tác xã tỉnh 600 triệu đồng'], parts: ['1.024', '600'], total: '1.624' }),
    sum({ id: 'lines-m-km', quote: ['Đã cải tạo 7,25 km đường dây hạ áp', 'tuyến trục thôn Tân Lập 2.450 m, tuyến Gò Cao - Đồng Mới 3.100 m và tuyến Khe Mát 1.700 m'], parts: ['2.450 m', '3.100 m', '1.700 m'], total: '7,25 km', trap: 'parts in m, total in km.' }),
    quotient({ id: 'cost-per-km', quote: ['suất đầu tư bình quân 149,8 triệu đồng/km', 'cải tạo đường dây hạ áp 1.086 triệu đồng', 'Đã cải tạo 7,25 km'], x: '1.086', y: '7,25', stated: '149,8', note: 'cost per km, not a percent.' }),
    contradiction({ id: 'cable-type', quote: ['cáp vặn xoắn ABC 4x95 và 4x70'], stated: '4x95', expected: 'cable sizes', consistent: true, reason: 'Conductor count × cross-section (mm²) of the cables, not a product to check.', trap: 'cable designations that look like products.' }),
    cumulative({ id: 'lines-cum', quote: ['giai đoạn 2022 - 2026 đạt 31,65 km', 'đã cải tạo 24,4 km đường dây hạ áp', 'Đã cải tạo 7,25 km'], previous: '24,4', period: '7,25', stated: '31,65', note: 'the previous lũy kế only in footnote 4.' }),
    ratio({ id: 'lines-project', quote: ['bằng 79,1% khối lượng Đề án (40 km)', 'đạt 31,65 km'], x: '31,65', y: '40', stated: '79,1%', note: '79,125% → 79,1.' }),
    quotient({ id: 'meter-price', quote: ['đơn giá bình quân 519,6 nghìn đồng/chiếc', 'Thay 612 công tơ cơ khí', 'thay công tơ 318 triệu đồng'], x: '318', y: '612', factor: '1000', stated: '519,6', note: 'triệu per meter, in nghìn đồng.' }),
    cumulative({ id: 'meters-cum', quote: ['lên 3.918 chiếc', 'trên lưới có 3.306 công tơ điện tử', 'Thay 612 công tơ cơ khí'], previous: '3.306', period: '612', stated: '3.918', note: 'the previous stock only in footnote 5.' }),
    ratio({ id: 'meters-share', quote: ['bằng 89,3% số khách hàng', 'lên 3.918 chiếc', 'bán điện cho 4.386 khách hàng'], x: '3.918', y: '4.386', stated: '89,3%' }),
    product({ id: 'capacitors', quote: ['tổng dung lượng bù 180 kVAr', 'Lắp mới 6 bộ tụ bù hạ áp, mỗi bộ 30 kVAr'], x: '6', y: '30', stated: '180', trap: 'count × size, not a sum of listed parts (the 3 stations are places, not parts).' }),
    // II.4 operation
    sum({ id: 'incidents', quote: ['Trong năm xảy ra 17 sự cố', '11 sự cố trên đường dây hạ áp', '4 sự cố tại trạm biến áp', '2 sự cố công tơ tổng'], parts: ['11', '4', '2'], total: '17' }),
    difference({ id: 'incidents-fewer', quote: ['giảm 6 vụ so với năm 2025 (23 vụ)', 'Trong năm xảy ra 17 sự cố'], a: '23', b: '17', stated: '6' }),
    change({ id: 'incidents-change', quote: ['tương ứng giảm 26,1%', 'so với năm 2025 (23 vụ)', 'Trong năm xảy ra 17 sự cố'], x: '17', base: '23', stated: '26,1%', direction: 'giảm' }),
    quotient({ id: 'hours-per-incident', quote: ['bình quân 2,44 giờ mỗi sự cố', 'Thời gian mất điện do sự cố là 41,5 giờ', 'Trong năm xảy ra 17 sự cố'], x: '41,5', y: '17', stated: '2,44', note: 'hours per incident.' }),
    sum({ id: 'outage-hours', quote: ['Tổng thời gian mất điện cả năm là 103,5 giờ', 'do sự cố là 41,5 giờ', 'với tổng thời gian 62,0 giờ'], parts: ['41,5', '62,0'], total: '103,5', note: 'the "14 lần" of planned cuts is a count, not a part.' }),
    quotient({ id: 'hours-per-customer', quote: ['bình quân mỗi khách hàng mất điện 8,4 giờ trong năm', 'là 36.842 khách hàng-giờ', 'bán điện cho 4.386 khách hàng'], x: '36.842', y: '4.386', stated: '8,4', trap: 'customer-hours per customer (an index), not the 103,5 hours.' }),
    contradiction({ id: 'no-overload', quote: ['trong năm không có trạm biến áp nào bị quá tải', 'trạm Bãi Bằng bị quá tải 3 lần vào giờ cao điểm buổi tối'], stated: 'không có trạm biến áp nào bị quá tải', expected: 'trạm Bãi Bằng quá tải 3 lần', consistent: false, reason: 'III.2 reports that the Bãi Bằng station was overloaded 3 times in June.', mistake: 'planted', original: 'trong năm chỉ có trạm Bãi Bằng bị quá tải 3 lần', note: 'Class 8: a "none" in II.4 contradicted by a count in the weaknesses.' }),
    contradiction({ id: 'no-accident', quote: ['không để xảy ra tai nạn lao động và tai nạn điện trong nhân dân', 'Trong năm xảy ra 17 sự cố'], stated: 'không để xảy ra tai nạn lao động', expected: 'another kind', consistent: true, reason: 'Grid incidents are not accidents to people.', trap: 'a "none" beside a count of another kind.' }),
    sum({ id: 'violations', quote: ['phát hiện 9 trường hợp vi phạm (3 trường hợp trộm điện, 6 trường hợp tự ý đấu nối sau công tơ)'], parts: ['3', '6'], total: '9' }),
    // II.5 finance
    sum({ id: 'revenue-parts', quote: ['Tổng doanh thu năm 2026 đạt 13.692,0 triệu đồng', 'gồm doanh thu tiền điện 13.539,4 triệu đồng và doanh thu dịch vụ khác', '152,6 triệu đồng'], parts: ['13.539,4', '152,6'], total: '13.692,0' }),
    change({ id: 'revenue-change', quote: ['tăng 9,7% so với năm 2025 (12.486,5 triệu đồng)', 'đạt 13.692,0 triệu đồng'], x: '13.692,0', base: '12.486,5', stated: '9,7%', direction: 'tăng' }),
    repeat({ id: 'power-revenue-table', quote: ['doanh thu tiền điện 13.539,4 triệu đồng', '| Cộng | 4.386 | 6.324,8 | 100,0 | 2.141 | 13.539,4 |'], values: ['13.539,4', '13.539,4'] }),
    ratio({ id: 'power-revenue-plan', quote: ['Riêng doanh thu tiền điện đạt 101,8% kế hoạch', 'doanh thu tiền điện 13,3 tỷ đồng', 'doanh thu tiền điện 13.539,4 triệu đồng'], x: '13.539,4 triệu đồng', y: '13,3 tỷ đồng', stated: '101,8%', trap: 'the plan only in footnote 3, in tỷ; exactly 101,8%.' }),
    sum({ id: 'cost-parts', quote: ['Tổng chi phí 13.209,2 triệu đồng', 'tiền mua điện 10.934,3 triệu đồng; tiền lương, phụ cấp và các khoản trích theo lương 1.126,4 triệu đồng; khấu hao tài sản cố định 548,2 triệu đồng; sửa chữa thường xuyên, vật tư 362,5 triệu đồng; chi phí quản lý và chi phí khác 201,8 triệu đồng'], parts: ['10.934,3', '1.126,4', '548,2', '362,5', '201,8'], total: '13.209,2', mistake: 'planted', original: 'khấu hao tài sản cố định 584,2 triệu đồng', note: 'Class 4: the listed costs add to 13.173,2, not the 13.209,2 total (which the profit and the 82,8% carry); the depreciation 584,2 is written 548,2.' }),
    product({ id: 'purchase', quote: ['tiền mua điện 10.934,3 triệu đồng', '| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |', 'Giá mua điện bình quân tại công tơ tổng là 1.598 đồng/kWh'], x: '6.842,5', y: '1.598', factor: '0,001', stated: '10.934,3', trap: 'energy received (Table 1) × the purchase price given in II.2 (nghìn kWh × đồng/kWh → triệu).' }),
    share({ id: 'purchase-share', quote: ['chiếm 82,8% tổng chi phí', 'tiền mua điện 10.934,3 triệu đồng', 'Tổng chi phí 13.209,2 triệu đồng'], x: '10.934,3', y: '13.209,2', stated: '82,8%' }),
    quotient({ id: 'wage', quote: ['Thu nhập bình quân của người lao động đạt 80,5 triệu đồng/người/năm', 'các khoản trích theo lương 1.126,4 triệu đồng', 'có 14 lao động'], x: '1.126,4', y: '14', stated: '80,5', note: 'labour cost per worker and year, the 14 workers given in I.' }),
    difference({ id: 'profit', quote: ['Lợi nhuận trước thuế đạt 482,8 triệu đồng', 'đạt 13.692,0 triệu đồng', 'Tổng chi phí 13.209,2 triệu đồng'], a: '13.692,0', b: '13.209,2', stated: '482,8' }),
    excess({ id: 'profit-plan', quote: ['vượt 7,3% kế hoạch', 'lợi nhuận trước thuế 450 triệu đồng', 'Lợi nhuận trước thuế đạt 482,8 triệu đồng'], x: '482,8', y: '450', stated: '7,3%', note: 'the plan in footnote 3.' }),
    change({ id: 'profit-change', quote: ['tăng 9,4% so với năm 2025 (441,5 triệu đồng)', 'đạt 482,8 triệu đồng'], x: '482,8', base: '441,5', stated: '9,4%', direction: 'tăng' }),
    ratio({ id: 'profit-margin', quote: ['trên tổng doanh thu là 3,53%', 'đạt 482,8 triệu đồng', 'đạt 13.692,0 triệu đồng'], x: '482,8', y: '13.692,0', stated: '3,53%' }),
    product({ id: 'cit', quote: ['(thuế suất 20%) là 96,6 triệu đồng', 'đạt 482,8 triệu đồng'], x: '482,8', y: '20', factor: '0,01', stated: '96,6', note: 'a tax rate applied to the profit (96,56), not a share stated of it.' }),
    difference({ id: 'net-profit', quote: ['lợi nhuận sau thuế còn 386,2 triệu đồng', 'đạt 482,8 triệu đồng', 'là 96,6 triệu đồng'], a: '482,8', b: '96,6', stated: '386,2' }),
    // II.6 members, capital
    difference({ id: 'members-net', quote: ['tăng thuần 26 thành viên', 'kết nạp mới 38 thành viên', 'cho 12 thành viên ra khỏi hợp tác xã'], a: '38', b: '12', stated: '26' }),
    cumulative({ id: 'members-end', quote: ['có 1.262 thành viên, tăng thuần', 'Đầu năm hợp tác xã có 1.236 thành viên', 'tăng thuần 26 thành viên'], previous: '1.236', period: '26', stated: '1.262' }),
    sum({ id: 'members-leaving', quote: ['cho 12 thành viên ra khỏi hợp tác xã', 'Gồm 7 thành viên chuyển nơi cư trú, 3 thành viên qua đời và 2 thành viên tự nguyện'], parts: ['7', '3', '2'], total: '12' }),
    sum({ id: 'members-kind', quote: ['có 1.262 thành viên, tăng thuần', 'có 1.241 thành viên là cá nhân, hộ gia đình và 21 thành viên là pháp nhân'], parts: ['1.241', '21'], total: '1.262' }),
    ratio({ id: 'members-share', quote: ['Số thành viên bằng 28,8% tổng số khách hàng', 'có 1.262 thành viên', 'bán điện cho 4.386 khách hàng'], x: '1.262', y: '4.386', stated: '28,8%' }),
    cumulative({ id: 'capital-cum', quote: ['đến ngày 31/12/2026 đạt 2.846 triệu đồng', 'đến ngày 31/12/2025 là 2.651 triệu đồng', 'trong năm tăng 231 triệu đồng'], previous: '2.651', period: '231', stated: '2.846', mistake: 'planted', original: 'đến ngày 31/12/2025 là 2.615 triệu đồng', note: 'Class 6: footnote 7\'s 2.651 plus the year\'s 231 is 2.882, not the 2.846 lũy kế (which the average, the 94,9% and the summary carry); the footnote\'s 2.615 has two digits swapped.' }),
    sum({ id: 'capital-increase', quote: ['trong năm tăng 231 triệu đồng, gồm 114 triệu đồng do 38 thành viên mới góp', '117 triệu đồng do thành viên hiện hữu góp bổ sung'], parts: ['114', '117'], total: '231' }),
    product({ id: 'new-member-capital', quote: ['114 triệu đồng do 38 thành viên mới góp (mức góp 3 triệu đồng/thành viên)'], x: '38', y: '3', stated: '114', note: 'members × contribution, not a sum.' }),
    quotient({ id: 'capital-per-member', quote: ['Vốn góp bình quân đạt 2,26 triệu đồng/thành viên', 'đạt 2.846 triệu đồng', 'có 1.262 thành viên'], x: '2.846', y: '1.262', stated: '2,26', note: 'capital per member, beside the 3 triệu rate of new members.' }),
    ratio({ id: 'charter', quote: ['bằng 94,9% vốn điều lệ đăng ký (3,0 tỷ đồng)', 'đạt 2.846 triệu đồng'], x: '2.846 triệu đồng', y: '3,0 tỷ đồng', stated: '94,9%', trap: 'the percent follows the per-member average but belongs to the total capital, in tỷ.' }),
    ratio({ id: 'largest-share', quote: ['85 triệu đồng (2,99% tổng vốn góp)', 'đạt 2.846 triệu đồng'], x: '85', y: '2.846', stated: '2,99%' }),
    atLeast({ id: 'largest-cap', quote: ['dưới mức tối đa 20% theo quy định', '(2,99% tổng vốn góp)'], big: '20%', small: '2,99%', trap: 'a legal maximum beside a share.' }),
    // II.7 distribution
    product({ id: 'fund-investment', quote: ['trích quỹ đầu tư phát triển 35% (135,2 triệu đồng)', 'lợi nhuận sau thuế còn 386,2 triệu đồng'], x: '386,2', y: '35', factor: '0,01', stated: '135,2' }),
    product({ id: 'fund-common', quote: ['quỹ chung không chia 10% (38,6 triệu đồng)', 'lợi nhuận sau thuế còn 386,2 triệu đồng'], x: '386,2', y: '10', factor: '0,01', stated: '38,6' }),
    product({ id: 'fund-welfare', quote: ['quỹ khen thưởng, phúc lợi 15% (57,9 triệu đồng)', 'lợi nhuận sau thuế còn 386,2 triệu đồng'], x: '386,2', y: '15', factor: '0,01', stated: '57,9' }),
    product({ id: 'fund-usage', quote: ['theo mức độ sử dụng dịch vụ 25% (96,6 triệu đồng)', 'lợi nhuận sau thuế còn 386,2 triệu đồng'], x: '386,2', y: '25', factor: '0,01', stated: '96,6', trap: 'exactly 96,55 rounded half-up.' }),
    sum({ id: 'fund-shares', quote: ['trích quỹ đầu tư phát triển 35%', 'quỹ chung không chia 10%', 'quỹ khen thưởng, phúc lợi 15%', 'theo mức độ sử dụng dịch vụ 25%', 'chia theo vốn góp 20%'], parts: ['35%', '10%', '15%', '25%', '20%'], total: '100%', implicitTotal: true, kind: 'share_percent', mistake: 'planted', original: 'chia theo vốn góp 15%', note: 'Class 3: the five shares of the net profit add to 105%; the capital share (15%, the remainder 57,9 triệu) is written 20%.' }),
    atLeast({ id: 'fund-investment-min', quote: ['cao hơn mức tối thiểu theo quy định (lần lượt 10% và 5%)', 'trích quỹ đầu tư phát triển 35%'], big: '35%', small: '10%', trap: 'legal minimums beside the shares, not shares themselves.' }),
    atLeast({ id: 'fund-common-min', quote: ['(lần lượt 10% và 5%)', 'quỹ chung không chia 10%'], big: '10%', small: '5%', trap: 'the 10% here is a minimum for another fund than the 10% share of the quỹ chung.' }),
    // III.1 summary
    quotient({ id: 'sum-sales', quote: ['Điện thương phẩm đạt 6,32 triệu kWh', 'đạt 6.324.800 kWh'], x: '6.324.800', y: '1.000.000', stated: '6,32', kind: 'unit', trap: 'kWh restated in triệu kWh, agreeing.' }),
    change({ id: 'sum-sales-change', quote: ['tăng 9,6% so với năm 2025; tỷ lệ tổn thất', 'điện thương phẩm 5.918,4 nghìn kWh', '| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], x: '6.324,8', base: '5.918,4', stated: '9,6%', direction: 'tăng', mistake: 'planted', original: 'tăng 6,9% so với năm 2025', note: 'Class 2: a percent only in the summary, its figures in II.1 and footnote 2 (which give the change only in nghìn kWh); 6,87% → 6,9%, written with digits swapped.' }),
    repeat({ id: 'sum-loss-pp', quote: ['giảm 0,55 điểm phần trăm. Tổng', 'giảm được 0,55 điểm phần trăm'], values: ['0,55', '0,55'] }),
    repeat({ id: 'sum-revenue', quote: ['Tổng doanh thu đạt 13,96 tỷ đồng', 'Tổng doanh thu năm 2026 đạt 13.692,0 triệu đồng'], values: ['13.692,0 triệu đồng', '13,96 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'Tổng doanh thu đạt 13,69 tỷ đồng', note: 'Class 5: the summary restates the 13.692,0 triệu of II.5 in tỷ with two digits swapped.' }),
    repeat({ id: 'sum-profit', quote: ['lợi nhuận trước thuế 0,48 tỷ đồng', 'Lợi nhuận trước thuế đạt 482,8 triệu đồng'], values: ['482,8 triệu đồng', '0,48 tỷ đồng'], kind: 'unit', trap: 'the profit restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-capital', quote: ['vốn góp của thành viên đạt 2,85 tỷ đồng', 'đạt 2.846 triệu đồng'], values: ['2.846 triệu đồng', '2,85 tỷ đồng'], kind: 'unit', trap: 'capital restated in tỷ, agreeing.' }),
    // III.2 weaknesses
    difference({ id: 'weak-above-8', quote: ['Tổn thất tại 2 trạm Gò Cao, Tân Lập 2 vẫn trên 8%', 'có 7/9 trạm'], a: '9', b: '7', stated: '2', note: 'a remainder of the stations (the 8% a threshold).' }),
    difference({ id: 'weak-meters', quote: ['còn 468 công tơ cơ khí chưa được thay thế', 'lên 3.918 chiếc', 'bán điện cho 4.386 khách hàng'], a: '4.386', b: '3.918', stated: '468', note: 'a remainder of customers without an electronic meter.' }),
    // IV plan 2027
    change({ id: 'plan-sales', quote: ['Điện thương phẩm 6.750 nghìn kWh, tăng 6,7% so với năm 2026', '| Toàn hợp tác xã | 2.840 | 4.386 | 6.842,5 | 6.324,8 | 7,57 |'], x: '6.750', base: '6.324,8', stated: '6,7%', direction: 'tăng' }),
    ratio({ id: 'plan-loss', quote: ['tương ứng tỷ lệ tổn thất 7,28%', 'điện nhận đầu nguồn dự kiến 7.280 nghìn kWh', 'Điện thương phẩm 6.750 nghìn kWh'], x: '7.280 − 6.750', y: '7.280', stated: '7,28%' }),
    atLeast({ id: 'plan-loss-ceiling', quote: ['không vượt quá 7,3%', 'tương ứng tỷ lệ tổn thất 7,28%'], big: '7,3%', small: '7,28%', trap: 'a ceiling beside the planned rate.' }),
    product({ id: 'plan-revenue', quote: ['Doanh thu tiền điện khoảng 14,5 tỷ đồng', '(giá bán bình quân dự kiến 2.148 đồng/kWh)', 'Điện thương phẩm 6.750 nghìn kWh'], x: '6.750', y: '2.148', factor: '0,000001', stated: '14,5', trap: 'nghìn kWh × price, in tỷ (14,499), "khoảng".' }),
    change({ id: 'plan-profit', quote: ['lợi nhuận trước thuế 520 triệu đồng, tăng 7,7%', 'Lợi nhuận trước thuế đạt 482,8 triệu đồng'], x: '520', base: '482,8', stated: '7,7%', direction: 'tăng' }),
    difference({ id: 'plan-lines', quote: ['cải tạo nốt 8,35 km đường dây hạ áp để hoàn thành Đề án', 'khối lượng Đề án (40 km)', 'đạt 31,65 km'], a: '40', b: '31,65', stated: '8,35', note: 'a remainder of the project.' }),
    cumulative({ id: 'plan-members', quote: ['nâng tổng số thành viên lên 1.312', 'Kết nạp thêm 50 thành viên', 'có 1.262 thành viên, tăng thuần'], previous: '1.262', period: '50', stated: '1.312' }),
    difference({ id: 'plan-capital', quote: ['huy động thêm 154 triệu đồng vốn góp để đủ vốn điều lệ đăng ký', 'vốn điều lệ đăng ký (3,0 tỷ đồng)', 'đạt 2.846 triệu đồng'], a: '3,0 tỷ đồng', b: '2.846 triệu đồng', stated: '154 triệu đồng', trap: 'a remainder in triệu of a charter capital in tỷ.' }),
  ],
});
