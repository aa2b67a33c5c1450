// Written for the corpus, blind: the Hội đồng quản trị of Hợp tác xã vận tải Hòa Phong Tây (an invented commune of
// tỉnh Đắk Lắk; the cooperative, its bus routes and its people are invented) to its annual members' congress (Đại
// hội thành viên thường niên năm 2027), the report on the year 2026 and the plan for 2027 (dated 12/01/2027), in parts
// I - IV, money in triệu đồng unless written in tỷ; the congress's six targets only in footnote 1. Members: start +
// admitted − left = end, individual and legal-person members after "gồm"; charter capital in tỷ with its increase in
// triệu and capital per member across scales; staff after "gồm", member-drivers' share of the drivers, drivers'
// income against 2025 and the target. Vehicles: the fleet change as a difference and as new less retired, a table by
// type (start, end, new; column totals), passenger vehicles as three rows, trucks by tonnage (a sum of products, tấn
// per truck), the new vehicles' value after "gồm" (counts × unit prices) and its funding, the new vehicles' share.
// Passengers: a route table (distance, trips, passengers, nghìn HK.km = passengers × km, the bus rows with average
// trips from footnote 2; a total row over seven routes), the year's passengers (the table's total plus the contract
// vehicles), against 2025 in footnote 3 and over the target of footnote 1 in triệu lượt, HK.km total, passengers per
// trip over four rows, a seat-use change in points, the Nha Trang route in the text against the table, per-trip
// figures, the bus passengers as three rows and their share of all, bare ticket-type shares, bus revenue after "gồm",
// the subsidy per bus trip in nghìn đồng, route 15's lũy kế with the previous in footnote 5, contract HK.km. Freight:
// against the target of footnote 1 in nghìn tấn, against 2025, tấn.km as tấn × km, goods after a list with a share,
// tấn per truck. Revenue: against the plan in tỷ and 2025, a table per activity (plan, done, percent; totals), the plan
// in tỷ and triệu. Costs after "gồm"; fuel as lít × đồng/lít in triệu, its share, lít/100 km, a price range;
// insurance after "gồm". Profit: revenue plus other income, less costs, its excess over the plan of footnote 1, tax
// as 17% of it, profit after tax; the budget paid and its change; the profit distribution (percents with amounts,
// their sums, a dividend as a percent of capital in tỷ); the development fund: footnote 8's balance + last year's 20%
// = the year-end balance, plus this year's share = the balance after the congress, a "not used" beside another fund.
// Safety: accidents and their change, injuries beside a "none" of deaths, GPS violations after "gồm" and per 1.000 km,
// discipline in parentheses, health checks 78/78. Licences by class, ages and limits, points per driver beside a
// "none" of full deductions; badges and GPS 74/74 (100%), data transmission above a minimum and in points, cameras
// 54/54 and 37/54, a "none" of badge withdrawals. A summary restating figures in tỷ, triệu lượt and nghìn tấn, the
// profit's change and 5/6 targets met; weaknesses (freight shortfall across scales, badges withdrawn); the 2027 plan
// (changes against 2026 across scales, a ceiling as a product, new vehicles, their funding and the fund's cover, the
// fleet at the year's end).
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the 48.620 tấn of freight written as 92,7% of the
// congress's 50 nghìn tấn given only in footnote 1 (97,24% → 97,2%, digits swapped); the bus passengers' 85,1%
// share of all passengers, computed against the route table's 1.203.450 instead of the 1.239.930 of the paragraph
// before (82,6%). Class 2: the summary's profit-after-tax growth 13,8% against the 1.992 and 1.684 triệu of II.6
// (18,29% → 18,3%). Class 3: bare bus ticket shares 46,2 + 41,3 + 13,5 = 101,0% (13,5 for 12,5). Class 4: the eight
// cost items add to 36.015 against 35.997 triệu (maintenance written 2.964, the contract revenue's figure, for
// 2.946). Class 5 ×2: the Nha Trang route's 63.120 passengers in the text against the table's 61.320; the summary's
// budget payment 2,05 tỷ (last year's 2.054 triệu) for the 2.186 triệu of II.6. Class 6: footnote 8's opening fund
// balance 1.284 + 336,8 = 1.620,8 ≠ the year-end 1.584,8 (1.248 with digits swapped). Class 7: 37/54 cameras written
// 68% (68,52% → 69%). Class 8: "không có xe nào ... bị thu hồi phù hiệu" in II.9 against the 02 buses whose badges
// were withdrawn in III.2. Traps (32): document numbers and dates; vehicles' service lives; a difference of tỷ
// written in triệu; capital per member across scales; member-drivers as a subset of the drivers; a total of counts ×
// unit prices; HK.km as a product rounded half-up at exactly 18.012,75; bus HK.km by the footnote's average trip, not
// the route length; a per-trip figure that agrees with the table, not the text; a subsidy per trip in nghìn đồng;
// targets and plans only in footnote 1, in triệu lượt and tỷ (passengers, revenue, profit); a seat-use change and a
// data-transmission change in percentage points; fuel as lít × a weighted average price, beside a price range; tax as
// a rate × profit; a dividend in triệu of capital in tỷ; "none" statements beside counts of another kind (deaths
// beside injuries, full deductions beside drivers with points, an unused fund beside another fund spent); speeding
// per 1.000 km; 100% of 74/74; a minimum beside a rate; ages and legal limits; 5/6 targets as a count; restatements in
// tỷ and triệu lượt that agree; an exact 12,5% across scales; a ceiling as 80% of a count; a fund draw in tỷ covered
// by a balance in triệu.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-htx-van-tai-xa-hoa-phong-tay-dai-hoi-thanh-vien-nam-2026.md',
  prefix: 'hpt',
  claims: [
    // Header and legal bases
    contradiction({ id: 'documents', quote: ['Số: 03/BC-HĐQT', 'Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023', '(sửa đổi, bổ sung ngày 26/3/2024)', 'Nghị quyết số 01/NQ-ĐHTV ngày 21/01/2026', 'thẩm tra ngày 08/01/2027', 'Nghị định số 158/2024/NĐ-CP ngày 18/12/2024'], stated: '03', expected: 'documents', consistent: true, reason: 'Numbers and dates of the report and of the law, charter, resolution and decree it rests on.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'footnote-documents', quote: ['Quyết định số 2874/QĐ-UBND ngày 19/12/2025', 'Luật Thuế thu nhập doanh nghiệp số 67/2025/QH15', 'Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15'], stated: '2874', expected: 'documents', consistent: true, reason: 'Documents cited in the footnotes.', note: 'numbers in documents\' names.' }),
    // I.1 members, capital, staff
    sum({ id: 'members-balance', quote: ['Hợp tác xã có 86 thành viên, gồm', 'Đầu năm 2026, Hợp tác xã có 81 thành viên', 'HĐQT xét kết nạp 7 thành viên mới và giải quyết cho 2 thành viên ra khỏi'], parts: ['81', '7', '−2'], total: '86', note: 'start + admitted − left = end.' }),
    sum({ id: 'members-kinds', quote: ['Hợp tác xã có 86 thành viên, gồm 83 thành viên cá nhân và 3 thành viên là pháp nhân'], parts: ['83', '3'], total: '86' }),
    difference({ id: 'capital-increase', quote: ['tăng 750 triệu đồng so với đầu năm (12,15 tỷ đồng)', 'Vốn điều lệ thực góp đến cuối năm là 12,9 tỷ đồng'], a: '12,9 tỷ đồng', b: '12,15 tỷ đồng', stated: '750 triệu đồng', trap: 'a difference of two figures in tỷ written in triệu.' }),
    quotient({ id: 'capital-per-member', quote: ['vốn góp bình quân đạt 150 triệu đồng/thành viên', 'là 12,9 tỷ đồng', 'Hợp tác xã có 86 thành viên'], x: '12,9', y: '86', factor: '1000', stated: '150', trap: 'capital in tỷ per member in triệu, a quotient across scales.' }),
    sum({ id: 'staff', quote: ['Tổng số lao động thường xuyên là 124 người, gồm 78 lái xe, 31 phụ xe và nhân viên bán vé, 15 người'], parts: ['78', '31', '15'], total: '124' }),
    share({ id: 'member-drivers', quote: ['chiếm 66,7% số lái xe', 'có 52 người là thành viên', 'gồm 78 lái xe'], x: '52', y: '78', stated: '66,7%', trap: 'a subset of the drivers, not a part of the staff breakdown.' }),
    change({ id: 'driver-income', quote: ['tăng 6,8% so với năm 2025 (13,3 triệu đồng/người/tháng)', 'Thu nhập bình quân của lái xe đạt 14,2 triệu đồng/người/tháng'], x: '14,2', base: '13,3', stated: '6,8%', direction: 'tăng' }),
    atLeast({ id: 'driver-income-target', quote: ['Thu nhập bình quân của lái xe đạt 14,2 triệu đồng/người/tháng', 'thu nhập bình quân của lái xe 14 triệu đồng/người/tháng'], big: '14,2', small: '14', note: 'a target of footnote 1 reached, no percent written.' }),
    // II.1 vehicles
    difference({ id: 'fleet-change', quote: ['tăng 3 xe so với đầu năm (71 xe)', 'Hợp tác xã quản lý 74 phương tiện'], a: '74', b: '71', stated: '3' }),
    difference({ id: 'fleet-new-retired', quote: ['tăng 3 xe so với đầu năm', 'do đầu tư mới 9 xe và thanh lý 6 xe hết niên hạn'], a: '9', b: '6', stated: '3' }),
    contradiction({ id: 'service-life', quote: ['(xe chở người 20 năm, xe tải 25 năm)'], stated: '20 năm', expected: 'service lives', consistent: true, reason: 'Legal service lives of vehicles, not counts.', trap: 'numbers of years beside counts of vehicles.' }),
    sum({ id: 't-start', quote: ['| Cộng | 71 | 74 | 9 |'], parts: ['24', '16', '12', '19'], total: '71', kind: 'cross_total' }),
    sum({ id: 't-end', quote: ['| Cộng | 71 | 74 | 9 |'], parts: ['25', '18', '11', '20'], total: '74', kind: 'cross_total' }),
    sum({ id: 't-new', quote: ['| Cộng | 71 | 74 | 9 |'], parts: ['3', '4', '0', '2'], total: '9', kind: 'cross_total', note: '"47 chỗ, 29 chỗ" and "16 chỗ" in the row labels are vehicle types.' }),
    sum({ id: 'passenger-vehicles', quote: ['Hợp tác xã có 54 xe chở khách các loại', '| Xe khách tuyến cố định (giường nằm, 29 chỗ) | 24 | 25 | 3 |', '| Xe buýt nội tỉnh (47 chỗ, 29 chỗ) | 16 | 18 | 4 |', '| Xe hợp đồng 16 chỗ | 12 | 11 | 0 |'], parts: ['25', '18', '11'], total: '54' }),
    sum({ id: 'truck-kinds', quote: ['| Xe tải | 19 | 20 | 2 |', 'Đoàn xe tải có 6 xe 15 tấn, 8 xe 8 tấn và 6 xe 2,5 tấn'], parts: ['6', '8', '6'], total: '20' }),
    sum({ id: 'truck-tonnage', quote: ['tổng tải trọng 169 tấn', '6 xe 15 tấn, 8 xe 8 tấn và 6 xe 2,5 tấn'], parts: ['90', '64', '15'], total: '169', note: 'a total of counts × tonnage (6 × 15 + 8 × 8 + 6 × 2,5), not of the counts.' }),
    quotient({ id: 'tonnage-per-truck', quote: ['bình quân 8,45 tấn/xe', 'tổng tải trọng 169 tấn', '| Xe tải | 19 | 20 | 2 |'], x: '169', y: '20', stated: '8,45', note: 'tấn per truck, a quotient.' }),
    sum({ id: 'new-value', quote: ['Chín xe đầu tư mới có tổng giá trị 17,46 tỷ đồng, gồm 3 xe giường nằm (3,25 tỷ đồng/xe), 4 xe buýt 47 chỗ (1,38 tỷ đồng/xe) và 2 xe tải 15 tấn (1,095 tỷ đồng/xe)'], parts: ['9,75', '5,52', '2,19'], total: '17,46', trap: 'a total of counts × unit prices (3 × 3,25 + 4 × 1,38 + 2 × 1,095), not of the unit prices.' }),
    sum({ id: 'new-funding', quote: ['tổng giá trị 17,46 tỷ đồng', 'chi nhánh Đắk Lắk 11,2 tỷ đồng và vốn tự có của các thành viên chủ xe 6,26 tỷ đồng'], parts: ['11,2', '6,26'], total: '17,46' }),
    share({ id: 'new-share', quote: ['Số xe mới chiếm 12,2% tổng số phương tiện cuối năm', 'do đầu tư mới 9 xe', 'Hợp tác xã quản lý 74 phương tiện'], x: '9', y: '74', stated: '12,2%' }),
    // II.2 passengers: route table
    product({ id: 'r-hcm', quote: ['| Hòa Phong Tây – TP. Hồ Chí Minh (Bến xe Miền Đông mới) | 350 | 2.190 | 51.465 | 18.012,8 |'], x: '51.465', y: '350', factor: '0,001', stated: '18.012,8', trap: 'passengers × km in nghìn HK.km, rounded half-up from exactly 18.012,75 (truncation gives 18.012,7).' }),
    product({ id: 'r-nha-trang', quote: ['| Hòa Phong Tây – Nha Trang (Bến xe phía Nam) | 190 | 2.920 | 61.320 | 11.650,8 |'], x: '61.320', y: '190', factor: '0,001', stated: '11.650,8' }),
    product({ id: 'r-da-lat', quote: ['| Hòa Phong Tây – Đà Lạt (Bến xe liên tỉnh Đà Lạt) | 205 | 1.825 | 38.325 | 7.856,6 |'], x: '38.325', y: '205', factor: '0,001', stated: '7.856,6' }),
    product({ id: 'r-quy-nhon', quote: ['| Hòa Phong Tây – Quy Nhơn (Bến xe Trung tâm Quy Nhơn) | 240 | 1.460 | 27.740 | 6.657,6 |'], x: '27.740', y: '240', factor: '0,001', stated: '6.657,6' }),
    product({ id: 'r-bus07', quote: ['| Buýt số 07: Hòa Phong Tây – Buôn Ma Thuột | 36 | 17.520 | 486.180 | 8.265,1 |', 'tuyến số 07 là 17 km'], x: '486.180', y: '17', factor: '0,001', stated: '8.265,1', trap: 'the bus HK.km uses the average trip of footnote 2 (17 km), not the route length (36 km); "số 07" is a route\'s name.' }),
    product({ id: 'r-bus12', quote: ['| Buýt số 12: Hòa Phong Tây – Ea Tân Hòa | 44 | 10.950 | 318.240 | 6.683,0 |', 'tuyến số 12 là 21 km'], x: '318.240', y: '21', factor: '0,001', stated: '6.683,0' }),
    product({ id: 'r-bus15', quote: ['| Buýt số 15: Hòa Phong Tây – Cụm công nghiệp Hòa Phong | 22 | 8.760 | 220.180 | 3.082,5 |', 'tuyến số 15 là 14 km'], x: '220.180', y: '14', factor: '0,001', stated: '3.082,5' }),
    sum({ id: 'r-total-trips', quote: ['| Tổng cộng | - | 45.625 | 1.203.450 | 62.208,4 |'], parts: ['2.190', '2.920', '1.825', '1.460', '17.520', '10.950', '8.760'], total: '45.625', kind: 'cross_total' }),
    sum({ id: 'r-total-pax', quote: ['| Tổng cộng | - | 45.625 | 1.203.450 | 62.208,4 |'], parts: ['51.465', '61.320', '38.325', '27.740', '486.180', '318.240', '220.180'], total: '1.203.450', kind: 'cross_total' }),
    sum({ id: 'r-total-hkkm', quote: ['| Tổng cộng | - | 45.625 | 1.203.450 | 62.208,4 |'], parts: ['18.012,8', '11.650,8', '7.856,6', '6.657,6', '8.265,1', '6.683,0', '3.082,5'], total: '62.208,4', kind: 'cross_total', rounded: true }),
    // II.2 passengers: text
    sum({ id: 'pax-total', quote: ['tổng số hành khách Hợp tác xã vận chuyển năm 2026 đạt 1.239.930 lượt', '| Tổng cộng | - | 45.625 | 1.203.450 | 62.208,4 |', 'vận chuyển 36.480 lượt khách'], parts: ['1.203.450', '36.480'], total: '1.239.930', note: 'the table\'s total plus the contract vehicles of a later paragraph.' }),
    change({ id: 'pax-change', quote: ['tăng 7,0% so với năm 2025', 'đạt 1.239.930 lượt', 'Hợp tác xã vận chuyển 1.158.400 lượt hành khách'], x: '1.239.930', base: '1.158.400', stated: '7,0%', direction: 'tăng', note: 'the base is only in footnote 3.' }),
    excess({ id: 'pax-target', quote: ['vượt 3,3% chỉ tiêu Đại hội giao', 'đạt 1.239.930 lượt', 'vận chuyển 1,2 triệu lượt hành khách'], x: '1.239.930', y: '1.200.000', stated: '3,3%', trap: 'a target only in footnote 1, written in triệu lượt (1,2 triệu = 1.200.000).' }),
    sum({ id: 'hkkm-total', quote: ['khối lượng luân chuyển đạt 67.315,6 nghìn HK.km', '| Tổng cộng | - | 45.625 | 1.203.450 | 62.208,4 |', 'luân chuyển 5.107,2 nghìn HK.km'], parts: ['62.208,4', '5.107,2'], total: '67.315,6', rounded: true }),
    quotient({ id: 'fixed-per-trip', quote: ['bình quân mỗi chuyến chở 21,3 hành khách', '| 350 | 2.190 | 51.465 |', '| 190 | 2.920 | 61.320 |', '| 205 | 1.825 | 38.325 |', '| 240 | 1.460 | 27.740 |'], x: '51.465 + 61.320 + 38.325 + 27.740', y: '2.190 + 2.920 + 1.825 + 1.460', stated: '21,3', note: 'passengers per trip over the four fixed routes of the table (178.850 / 8.395), a quotient of sums no row gives.' }),
    difference({ id: 'seat-use-pp', quote: ['tăng 2,4 điểm phần trăm so với năm 2025 (60,6%)', 'hệ số sử dụng ghế đạt 63,0%'], a: '63,0', b: '60,6', stated: '2,4', trap: 'a change in percentage points, not a relative one (4,0%).' }),
    repeat({ id: 'nha-trang-text', quote: ['Tuyến Hòa Phong Tây – Nha Trang đông khách nhất với 63.120 lượt', '| Hòa Phong Tây – Nha Trang (Bến xe phía Nam) | 190 | 2.920 | 61.320 | 11.650,8 |'], values: ['61.320', '63.120'], mistake: 'planted', original: 'Tuyến Hòa Phong Tây – Nha Trang đông khách nhất với 61.320 lượt', note: 'Class 5: the text gives the Nha Trang route 63.120 passengers, the table (whose column adds up, and against which its HK.km and the 21,0 khách/chuyến are computed) 61.320; two digits swapped.' }),
    quotient({ id: 'nha-trang-per-trip', quote: ['bình quân 21,0 khách/chuyến', '| Hòa Phong Tây – Nha Trang (Bến xe phía Nam) | 190 | 2.920 | 61.320 | 11.650,8 |'], x: '61.320', y: '2.920', stated: '21,0', trap: 'a per-trip figure that agrees with the table (the text\'s 63.120 would give 21,6).' }),
    quotient({ id: 'quy-nhon-per-trip', quote: ['chỉ đạt bình quân 19,0 khách/chuyến', '| Hòa Phong Tây – Quy Nhơn (Bến xe Trung tâm Quy Nhơn) | 240 | 1.460 | 27.740 | 6.657,6 |'], x: '27.740', y: '1.460', stated: '19,0' }),
    sum({ id: 'bus-pax', quote: ['3 tuyến vận chuyển 1.024.600 lượt', '| 36 | 17.520 | 486.180 |', '| 44 | 10.950 | 318.240 |', '| 22 | 8.760 | 220.180 |'], parts: ['486.180', '318.240', '220.180'], total: '1.024.600', note: 'the three bus rows of the table added up in the text.' }),
    share({ id: 'bus-share', quote: ['chiếm 85,1% tổng số hành khách của Hợp tác xã', '3 tuyến vận chuyển 1.024.600 lượt', 'tổng số hành khách Hợp tác xã vận chuyển năm 2026 đạt 1.239.930 lượt'], x: '1.024.600', y: '1.239.930', stated: '85,1%', mistake: 'planted', original: 'chiếm 82,6% tổng số hành khách của Hợp tác xã', note: 'Class 1: the whole is the 1.239.930 of the paragraph before (with the contract vehicles); 1.024.600 of it is 82,63% → 82,6%; 85,1% divides by the table\'s 1.203.450 instead.' }),
    sum({ id: 'ticket-shares', quote: ['vé lượt 46,2%, vé tháng (chủ yếu học sinh và công nhân Cụm công nghiệp Hòa Phong) 41,3% và đối tượng được miễn vé 13,5%'], parts: ['46,2%', '41,3%', '13,5%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'đối tượng được miễn vé 12,5%', note: 'Class 3: the three ticket types of the bus passengers add to 101,0%; the exempt passengers\' 12,5% is written 13,5%.' }),
    sum({ id: 'bus-revenue', quote: ['Doanh thu xe buýt 7.368 triệu đồng, gồm tiền vé 5.912 triệu đồng và kinh phí trợ giá của tỉnh 1.456 triệu đồng'], parts: ['5.912', '1.456'], total: '7.368' }),
    repeat({ id: 'bus-revenue-table', quote: ['Doanh thu xe buýt 7.368 triệu đồng', '| Xe buýt nội tỉnh (kể cả trợ giá) | 7.100 | 7.368 | 103,8 |'], values: ['7.368', '7.368'] }),
    quotient({ id: 'subsidy-per-trip', quote: ['(bình quân 39,1 nghìn đồng/chuyến)', 'kinh phí trợ giá của tỉnh 1.456 triệu đồng', '| 36 | 17.520 | 486.180 |', '| 44 | 10.950 | 318.240 |', '| 22 | 8.760 | 220.180 |'], x: '1.456', y: '17.520 + 10.950 + 8.760', factor: '1000', stated: '39,1', trap: 'triệu per bus trip written in nghìn đồng, over the table\'s bus trips (37.230).' }),
    cumulative({ id: 'bus15-cumulative', quote: ['đã vận chuyển lũy kế 391.460 lượt khách', 'tuyến buýt số 15 vận chuyển 171.280 lượt khách', '| Buýt số 15: Hòa Phong Tây – Cụm công nghiệp Hòa Phong | 22 | 8.760 | 220.180 | 3.082,5 |'], previous: '171.280', period: '220.180', stated: '391.460', note: 'the previous lũy kế only in footnote 5, the year\'s figure only in the table; the opening date 01/7/2024 is no relation.' }),
    product({ id: 'contract-hkkm', quote: ['luân chuyển 5.107,2 nghìn HK.km', 'vận chuyển 36.480 lượt khách', 'cự ly bình quân 140 km/lượt khách'], x: '36.480', y: '140', factor: '0,001', stated: '5.107,2', note: 'passengers × the average trip of footnote 2.' }),
    // II.3 freight
    ratio({ id: 'freight-target', quote: ['bằng 92,7% chỉ tiêu Đại hội giao', 'Hai mươi xe tải vận chuyển 48.620 tấn hàng hóa', 'vận chuyển 1,2 triệu lượt hành khách và 50 nghìn tấn hàng hóa'], x: '48.620 tấn', y: '50 nghìn tấn', stated: '92,7%', mistake: 'planted', original: 'bằng 97,2% chỉ tiêu Đại hội giao', note: 'Class 1: the target is only in footnote 1, in nghìn tấn; 48.620 tấn of 50 nghìn tấn is 97,24% → 97,2%; the digits are swapped.' }),
    change({ id: 'freight-change', quote: ['tăng 7,3% so với năm 2025 (45.300 tấn)', 'vận chuyển 48.620 tấn hàng hóa'], x: '48.620', base: '45.300', stated: '7,3%', direction: 'tăng' }),
    product({ id: 'freight-tkm', quote: ['khối lượng luân chuyển đạt 5.834,4 nghìn tấn.km', 'cự ly vận chuyển bình quân 120 km', 'vận chuyển 48.620 tấn hàng hóa'], x: '48.620', y: '120', factor: '0,001', stated: '5.834,4', note: 'tấn × km in nghìn tấn.km, a product.' }),
    sum({ id: 'freight-kinds', quote: ['vận chuyển 48.620 tấn hàng hóa', 'Hàng nông sản (cà phê, hồ tiêu, sầu riêng) 21.450 tấn, chiếm 44,1%; vật liệu xây dựng 18.930 tấn; hàng tiêu dùng và hàng khác 8.240 tấn'], parts: ['21.450', '18.930', '8.240'], total: '48.620' }),
    share({ id: 'farm-goods-share', quote: ['21.450 tấn, chiếm 44,1%', 'vận chuyển 48.620 tấn hàng hóa'], x: '21.450', y: '48.620', stated: '44,1%' }),
    quotient({ id: 'freight-per-truck', quote: ['Năng suất bình quân đạt 2.431 tấn/xe/năm', 'Hai mươi xe tải vận chuyển 48.620 tấn hàng hóa'], x: '48.620', y: '20', stated: '2.431', note: 'tấn per truck; the twenty trucks written in words.' }),
    // II.4 revenue
    ratio({ id: 'rev-plan', quote: ['Tổng doanh thu năm 2026 đạt 37.985 triệu đồng, bằng 104,1% kế hoạch', 'tổng doanh thu 36,5 tỷ đồng'], x: '37.985 triệu đồng', y: '36,5 tỷ đồng', stated: '104,1%', trap: 'a plan in tỷ (footnote 1; the table gives it in triệu).' }),
    change({ id: 'rev-change', quote: ['tăng 7,2% so với năm 2025 (35.435 triệu đồng)', 'đạt 37.985 triệu đồng'], x: '37.985', base: '35.435', stated: '7,2%', direction: 'tăng' }),
    ratio({ id: 't-fixed-plan', quote: ['| Vận tải khách tuyến cố định | 16.200 | 16.842 | 104,0 |'], x: '16.842', y: '16.200', stated: '104,0' }),
    ratio({ id: 't-bus-plan', quote: ['| Xe buýt nội tỉnh (kể cả trợ giá) | 7.100 | 7.368 | 103,8 |'], x: '7.368', y: '7.100', stated: '103,8' }),
    ratio({ id: 't-contract-plan', quote: ['| Xe hợp đồng, du lịch | 2.800 | 2.964 | 105,9 |'], x: '2.964', y: '2.800', stated: '105,9' }),
    ratio({ id: 't-freight-plan', quote: ['| Vận tải hàng hóa | 9.400 | 9.725 | 103,5 |'], x: '9.725', y: '9.400', stated: '103,5' }),
    ratio({ id: 't-other-plan', quote: ['| Dịch vụ khác (bến bãi, sửa chữa xe ngoài, ký gửi hàng) | 1.000 | 1.086 | 108,6 |'], x: '1.086', y: '1.000', stated: '108,6' }),
    ratio({ id: 't-total-plan', quote: ['| Tổng cộng | 36.500 | 37.985 | 104,1 |'], x: '37.985', y: '36.500', stated: '104,1' }),
    sum({ id: 't-plan-total', quote: ['| Tổng cộng | 36.500 | 37.985 | 104,1 |'], parts: ['16.200', '7.100', '2.800', '9.400', '1.000'], total: '36.500', kind: 'cross_total' }),
    sum({ id: 't-done-total', quote: ['| Tổng cộng | 36.500 | 37.985 | 104,1 |'], parts: ['16.842', '7.368', '2.964', '9.725', '1.086'], total: '37.985', kind: 'cross_total' }),
    repeat({ id: 'rev-plan-fn', quote: ['tổng doanh thu 36,5 tỷ đồng', '| Tổng cộng | 36.500 | 37.985 | 104,1 |'], values: ['36,5 tỷ đồng', '36.500 triệu đồng'], kind: 'unit', note: 'the plan in tỷ (footnote 1) and in triệu (table), agreeing.' }),
    // II.5 costs
    sum({ id: 'costs', quote: ['Tổng chi phí năm 2026 là 35.997 triệu đồng', 'nhiên liệu 13.515 triệu đồng; tiền lương, tiền công và bảo hiểm xã hội 9.420 triệu đồng; khấu hao phương tiện 5.860 triệu đồng; sửa chữa, bảo dưỡng, săm lốp 2.964 triệu đồng; bảo hiểm phương tiện và hành khách 812 triệu đồng; phí sử dụng đường bộ, phí qua trạm và phí bến bãi 1.644 triệu đồng; lãi vay 468 triệu đồng; chi phí quản lý và chi phí khác 1.332 triệu đồng'], parts: ['13.515', '9.420', '5.860', '2.964', '812', '1.644', '468', '1.332'], total: '35.997', mistake: 'planted', original: 'sửa chữa, bảo dưỡng, săm lốp 2.946 triệu đồng', note: 'Class 4: the eight items add to 36.015 triệu against 35.997; maintenance\'s 2.946 is written 2.964 (the contract vehicles\' revenue).' }),
    product({ id: 'fuel-cost', quote: ['gồm: nhiên liệu 13.515 triệu đồng', 'Lượng dầu diesel tiêu thụ cả năm là 648.200 lít, đơn giá bình quân 20.850 đồng/lít'], x: '648.200', y: '20.850', factor: '0,000001', stated: '13.515', trap: 'lít × đồng/lít in triệu đồng (13.514,97), a product at a weighted average price, with the cost in the paragraph before.' }),
    share({ id: 'fuel-share', quote: ['chi phí nhiên liệu chiếm 37,5% tổng chi phí', 'gồm: nhiên liệu 13.515 triệu đồng', 'Tổng chi phí năm 2026 là 35.997 triệu đồng'], x: '13.515', y: '35.997', stated: '37,5%' }),
    quotient({ id: 'fuel-per-100km', quote: ['bình quân 22,1 lít/100 km', 'Tổng quãng đường xe chạy là 2.938.600 km', 'là 648.200 lít'], x: '648.200', y: '2.938.600', factor: '100', stated: '22,1', note: 'litres per 100 km, a quotient.' }),
    contradiction({ id: 'diesel-range', quote: ['dao động từ 19.400 đến 22.300 đồng/lít'], stated: 'từ 19.400 đến 22.300', expected: 'a price range', consistent: true, reason: 'A range of retail prices; the 20.850 used is a weighted average of purchases, not the midpoint.', trap: 'a price range beside a weighted average.' }),
    sum({ id: 'insurance', quote: ['Chi phí bảo hiểm 812 triệu đồng gồm bảo hiểm bắt buộc trách nhiệm dân sự của chủ xe cho 74/74 xe 268 triệu đồng, bảo hiểm vật chất cho 51 xe 472 triệu đồng và bảo hiểm tai nạn người ngồi trên xe 72 triệu đồng'], parts: ['268', '472', '72'], total: '812', note: 'the 74/74 and 51 vehicles are counts, not parts.' }),
    repeat({ id: 'insurance-list', quote: ['Chi phí bảo hiểm 812 triệu đồng', 'bảo hiểm phương tiện và hành khách 812 triệu đồng'], values: ['812', '812'] }),
    // II.6 profit, budget, distribution, funds
    sum({ id: 'income-total', quote: ['Tổng doanh thu và thu nhập khác đạt 38.397 triệu đồng', 'đạt 37.985 triệu đồng', 'là 412 triệu đồng'], parts: ['37.985', '412'], total: '38.397' }),
    difference({ id: 'profit-before-tax', quote: ['lợi nhuận trước thuế đạt 2.400 triệu đồng', 'Tổng doanh thu và thu nhập khác đạt 38.397 triệu đồng', 'Tổng chi phí năm 2026 là 35.997 triệu đồng'], a: '38.397', b: '35.997', stated: '2.400' }),
    excess({ id: 'profit-plan', quote: ['vượt 9,1% kế hoạch. Thuế', 'lợi nhuận trước thuế đạt 2.400 triệu đồng', 'lợi nhuận trước thuế 2,2 tỷ đồng'], x: '2.400 triệu đồng', y: '2,2 tỷ đồng', stated: '9,1%', trap: 'an excess over a plan given only in footnote 1, in tỷ.' }),
    product({ id: 'tax', quote: ['Thuế thu nhập doanh nghiệp phải nộp 408 triệu đồng (thuế suất 17%', 'lợi nhuận trước thuế đạt 2.400 triệu đồng'], x: '2.400', y: '17', factor: '0,01', stated: '408', trap: 'the tax as a rate × profit; the 3 and 50 tỷ of footnote 7 are the rate\'s revenue band.' }),
    difference({ id: 'profit-after-tax', quote: ['lợi nhuận sau thuế còn 1.992 triệu đồng', 'lợi nhuận trước thuế đạt 2.400 triệu đồng', 'phải nộp 408 triệu đồng'], a: '2.400', b: '408', stated: '1.992' }),
    change({ id: 'budget-change', quote: ['tăng 6,4% so với năm 2025 (2.054 triệu đồng)', 'nộp ngân sách nhà nước 2.186 triệu đồng'], x: '2.186', base: '2.054', stated: '6,4%', direction: 'tăng' }),
    ratio({ id: 'fund-dev', quote: ['trích Quỹ đầu tư phát triển 20% (398,4 triệu đồng)', 'lợi nhuận sau thuế còn 1.992 triệu đồng'], x: '398,4', y: '1.992', stated: '20%', note: 'a percent followed by its amount in parentheses, of a base in the paragraph before.' }),
    ratio({ id: 'fund-reserve', quote: ['Quỹ dự phòng tài chính 5% (99,6 triệu đồng)', 'lợi nhuận sau thuế còn 1.992 triệu đồng'], x: '99,6', y: '1.992', stated: '5%' }),
    ratio({ id: 'fund-welfare', quote: ['Quỹ khen thưởng, phúc lợi 10% (199,2 triệu đồng)', 'lợi nhuận sau thuế còn 1.992 triệu đồng'], x: '199,2', y: '1.992', stated: '10%' }),
    ratio({ id: 'by-use', quote: ['theo mức độ sử dụng dịch vụ của Hợp tác xã 45% (896,4 triệu đồng)', 'lợi nhuận sau thuế còn 1.992 triệu đồng'], x: '896,4', y: '1.992', stated: '45%' }),
    ratio({ id: 'by-capital', quote: ['theo vốn góp 20% (398,4 triệu đồng)', 'lợi nhuận sau thuế còn 1.992 triệu đồng'], x: '398,4', y: '1.992', stated: '20%' }),
    sum({ id: 'distribution-shares', quote: ['trích Quỹ đầu tư phát triển 20% (398,4 triệu đồng); Quỹ dự phòng tài chính 5%', 'phúc lợi 10%', 'Hợp tác xã 45%', 'theo vốn góp 20%'], parts: ['20%', '5%', '10%', '45%', '20%'], total: '100%', implicitTotal: true, kind: 'share_percent' }),
    sum({ id: 'distribution-amounts', quote: ['lợi nhuận sau thuế còn 1.992 triệu đồng', '(398,4 triệu đồng); Quỹ dự phòng tài chính 5% (99,6 triệu đồng); Quỹ khen thưởng, phúc lợi 10% (199,2 triệu đồng)', '45% (896,4 triệu đồng) và theo vốn góp 20% (398,4 triệu đồng)'], parts: ['398,4', '99,6', '199,2', '896,4', '398,4'], total: '1.992', note: 'the amounts of the next paragraph against the profit after tax.' }),
    ratio({ id: 'dividend', quote: ['tương đương 3,09% vốn điều lệ', 'theo vốn góp 20% (398,4 triệu đồng)', 'Vốn điều lệ thực góp đến cuối năm là 12,9 tỷ đồng'], x: '398,4 triệu đồng', y: '12,9 tỷ đồng', stated: '3,09%', trap: 'a dividend in triệu as a percent of capital in tỷ given in section I.' }),
    cumulative({ id: 'fund-balance', quote: ['Quỹ đầu tư phát triển có số dư đến ngày 31/12/2026 là 1.584,8 triệu đồng', 'Số dư Quỹ đầu tư phát triển tại ngày 01/01/2026 là 1.284 triệu đồng', 'được bổ sung 336,8 triệu đồng'], previous: '1.284', period: '336,8', stated: '1.584,8', mistake: 'planted', original: 'Số dư Quỹ đầu tư phát triển tại ngày 01/01/2026 là 1.248 triệu đồng', note: 'Class 6: footnote 8\'s opening 1.284 plus the 336,8 added is 1.620,8, not the year-end 1.584,8 (which the 1.983,2 after this congress still carries); the footnote\'s 1.248 has two digits swapped.' }),
    product({ id: 'fund-2025-share', quote: ['bổ sung 336,8 triệu đồng trích từ lợi nhuận sau thuế năm 2025', '(20% của 1.684 triệu đồng)'], x: '1.684', y: '20', factor: '0,01', stated: '336,8', note: 'last year\'s 20% as a product, not this year\'s.' }),
    repeat({ id: 'profit-2025', quote: ['(20% của 1.684 triệu đồng)', '(năm 2025 là 1.684 triệu đồng)'], values: ['1.684', '1.684'] }),
    cumulative({ id: 'fund-after-congress', quote: ['số dư quỹ sẽ đạt 1.983,2 triệu đồng', 'là 1.584,8 triệu đồng', 'trích Quỹ đầu tư phát triển 20% (398,4 triệu đồng)'], previous: '1.584,8', period: '398,4', stated: '1.983,2' }),
    contradiction({ id: 'fund-unused', quote: ['trong năm quỹ chưa sử dụng', 'Quỹ dự phòng tài chính đã chi 46 triệu đồng'], stated: 'chưa sử dụng', expected: 'another fund', consistent: true, reason: 'The development fund was not drawn on; the 46 triệu spent came from the reserve fund.', trap: 'a "none" of use beside spending from another fund.' }),
    // II.7 safety
    difference({ id: 'accidents-fewer', quote: ['giảm 2 vụ (40,0%)', 'liên quan đến 3 vụ tai nạn giao thông (năm 2025: 5 vụ)'], a: '5', b: '3', stated: '2' }),
    change({ id: 'accidents-change', quote: ['(40,0%), làm bị thương', 'liên quan đến 3 vụ tai nạn giao thông (năm 2025: 5 vụ)'], x: '3', base: '5', stated: '40,0%', direction: 'giảm', note: 'a percent in parentheses after a difference in cases.' }),
    contradiction({ id: 'no-death', quote: ['làm bị thương 4 người, không có người chết', 'cả 3 vụ đều là va chạm'], stated: 'không có người chết', expected: 'another kind', consistent: true, reason: 'Four people injured, none killed; nothing in the report counts a death.', trap: 'a "none" beside a count of another kind (injuries).' }),
    sum({ id: 'violations', quote: ['ghi nhận 1.412 lượt vi phạm, gồm 1.286 lượt chạy quá tốc độ, 97 lượt lái xe liên tục quá 4 giờ và 29 lượt vượt thời gian lái xe trong ngày (10 giờ)'], parts: ['1.286', '97', '29'], total: '1.412', note: 'the 4 and 10 hours are legal limits, not parts.' }),
    change({ id: 'speeding-change', quote: ['Số lượt chạy quá tốc độ giảm 23,4% so với năm 2025 (1.679 lượt)', 'gồm 1.286 lượt chạy quá tốc độ'], x: '1.286', base: '1.679', stated: '23,4%', direction: 'giảm' }),
    quotient({ id: 'speeding-per-km', quote: ['tương đương 0,44 lượt/1.000 km xe chạy', 'gồm 1.286 lượt chạy quá tốc độ', 'Tổng quãng đường xe chạy là 2.938.600 km'], x: '1.286', y: '2.938.600', factor: '1000', stated: '0,44', trap: 'violations per 1.000 km, with the kilometres from II.5.' }),
    sum({ id: 'discipline', quote: ['xử lý kỷ luật 23 lượt lái xe (khiển trách 17 lượt, tạm đình chỉ lái xe từ 7 đến 15 ngày 6 lượt)'], parts: ['17', '6'], total: '23', note: 'the suspension\'s range of days is not a part.' }),
    ratio({ id: 'health-checks', quote: ['khám sức khỏe định kỳ cho 78/78 lái xe (100%)'], x: '78', y: '78', stated: '100%', note: '"100%" of X/X.' }),
    // II.8 drivers
    sum({ id: 'licence-classes', quote: ['Giấy phép lái xe của 78 lái xe', 'hạng D 31 người, hạng D2 22 người, hạng D1 9 người, hạng C và C1 16 người'], parts: ['31', '22', '9', '16'], total: '78', note: 'licence classes D2, D1, C1 carry digits that are names.' }),
    repeat({ id: 'drivers', quote: ['Giấy phép lái xe của 78 lái xe', 'gồm 78 lái xe'], values: ['78', '78'] }),
    contradiction({ id: 'licence-ages', quote: ['Có 9 giấy phép lái xe sẽ hết hạn trong năm 2027', 'đổi trước ít nhất 30 ngày', '4 lái xe từ 55 tuổi trở lên', 'mỗi giấy phép lái xe có 12 điểm', 'được lái đến đủ 57 tuổi đối với nam và đủ 55 tuổi đối với nữ'], stated: '55 tuổi', expected: 'counts, ages and legal limits', consistent: true, reason: 'Licences expiring, a notice period, ages and the licence\'s points as the law sets them; no relation between them.', trap: 'ages and legal limits beside counts of drivers.' }),
    quotient({ id: 'points-per-driver', quote: ['bình quân 3,2 điểm/người', '17 lái xe bị trừ điểm giấy phép lái xe với tổng số 54 điểm'], x: '54', y: '17', stated: '3,2', note: 'points per driver, a quotient.' }),
    contradiction({ id: 'no-full-deduction', quote: ['không có lái xe nào bị trừ hết 12 điểm', '17 lái xe bị trừ điểm giấy phép lái xe'], stated: 'không có lái xe nào bị trừ hết 12 điểm', expected: 'another kind', consistent: true, reason: '17 drivers lost some points (3,2 on average); none lost all twelve.', trap: 'a "none" beside a count of another kind.' }),
    // II.9 badges, GPS, cameras
    ratio({ id: 'badges-gps', quote: ['100% phương tiện (74/74 xe) có phù hiệu còn hiệu lực'], x: '74', y: '74', stated: '100%', trap: '"100%" of X/X.' }),
    atLeast({ id: 'data-min', quote: ['đạt 98,6%, cao hơn mức tối thiểu 95%'], big: '98,6%', small: '95%', trap: 'a threshold next to a rate (not an excess of 3,6%).' }),
    difference({ id: 'data-pp', quote: ['tăng 1,9 điểm phần trăm so với năm 2025 (96,7%)', 'đạt 98,6%, cao hơn'], a: '98,6', b: '96,7', stated: '1,9', trap: 'a change in percentage points.' }),
    repeat({ id: 'cameras-all', quote: ['Toàn bộ 54/54 xe chở khách đã lắp camera', 'Hợp tác xã có 54 xe chở khách các loại'], values: ['54', '54'] }),
    ratio({ id: 'cameras-ai', quote: ['cho 37/54 xe chở khách (68%)'], x: '37', y: '54', stated: '68%', mistake: 'planted', original: 'cho 37/54 xe chở khách (69%)', note: 'Class 7: 37/54 = 68,52%, which is 69% written whole; 68% truncates.' }),
    contradiction({ id: 'no-badge-withdrawal', quote: ['Trong năm, không có xe nào của Hợp tác xã bị thu hồi phù hiệu', 'Tháng 9/2026, 02 xe buýt tuyến số 12 bị Sở Xây dựng thu hồi phù hiệu 01 tháng'], stated: 'không có xe nào ... bị thu hồi phù hiệu', expected: '02 xe buýt bị thu hồi phù hiệu (III.2)', consistent: false, reason: 'II.9 says no vehicle had its badge withdrawn in the year; III.2 says two buses of route 12 had theirs withdrawn for a month in September 2026.', mistake: 'planted', original: 'Trong năm, có 02 xe của Hợp tác xã bị thu hồi phù hiệu có thời hạn', note: 'Class 8: a "không có" statement contradicted by a count in the weaknesses.' }),
    // III.1 summary
    contradiction({ id: 'targets-met', quote: ['hoàn thành và vượt 5/6 chỉ tiêu chủ yếu Đại hội giao', 'giao 6 chỉ tiêu chủ yếu năm 2026'], stated: '5/6', expected: '5 of 6', consistent: true, reason: 'Of footnote 1\'s six targets, revenue, profit, passengers, drivers\' income and the absence of a serious accident are met; freight (48.620 of 50 nghìn tấn) is not.', trap: 'an X/Y count of targets with no percent.' }),
    repeat({ id: 'sum-revenue', quote: ['Tổng doanh thu đạt 38,0 tỷ đồng', 'đạt 37.985 triệu đồng'], values: ['37.985 triệu đồng', '38,0 tỷ đồng'], kind: 'unit', trap: 'the revenue restated in tỷ, agreeing (37,985 → 38,0).' }),
    excess({ id: 'sum-revenue-excess', quote: ['vượt 4,1% kế hoạch; vận chuyển', 'đạt 37.985 triệu đồng', '| Tổng cộng | 36.500 | 37.985 | 104,1 |'], x: '37.985', y: '36.500', stated: '4,1%', note: 'the excess over the plan, where the body wrote 104,1%.' }),
    quotient({ id: 'sum-pax', quote: ['vận chuyển 1,24 triệu lượt hành khách', 'đạt 1.239.930 lượt'], x: '1.239.930', y: '1', factor: '0,000001', stated: '1,24', kind: 'unit', trap: 'passengers restated in triệu lượt, agreeing.' }),
    repeat({ id: 'sum-freight', quote: ['48,6 nghìn tấn hàng hóa', 'vận chuyển 48.620 tấn hàng hóa'], values: ['48.620 tấn', '48,6 nghìn tấn'], kind: 'unit', note: 'freight restated in nghìn tấn, agreeing.' }),
    change({ id: 'sum-profit-change', quote: ['lợi nhuận sau thuế 1.992 triệu đồng, tăng 13,8% so với năm 2025', '(năm 2025 là 1.684 triệu đồng)'], x: '1.992', base: '1.684', stated: '13,8%', direction: 'tăng', mistake: 'planted', original: 'lợi nhuận sau thuế 1.992 triệu đồng, tăng 18,3% so với năm 2025', note: 'Class 2: a percent only in the summary whose base is in II.6; 1.992 against 1.684 is 18,29% → 18,3%, written with digits swapped.' }),
    repeat({ id: 'sum-budget', quote: ['nộp ngân sách nhà nước 2,05 tỷ đồng', 'nộp ngân sách nhà nước 2.186 triệu đồng'], values: ['2.186 triệu đồng', '2,05 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'nộp ngân sách nhà nước 2,19 tỷ đồng', note: 'Class 5: the summary restates the budget paid in tỷ from last year\'s 2.054 triệu instead of this year\'s 2.186 (2,19).' }),
    // III.2 weaknesses
    difference({ id: 'weak-freight', quote: ['còn thiếu 1.380 tấn', 'vận chuyển 48.620 tấn hàng hóa', '50 nghìn tấn hàng hóa'], a: '50 nghìn tấn', b: '48.620 tấn', stated: '1.380 tấn', note: 'a shortfall in tấn against a target in nghìn tấn.' }),
    // IV plan 2027
    change({ id: 'plan-revenue', quote: ['Tổng doanh thu 41,5 tỷ đồng, tăng 9,3% so với thực hiện năm 2026', 'đạt 37.985 triệu đồng'], x: '41,5 tỷ đồng', base: '37.985 triệu đồng', stated: '9,3%', direction: 'tăng', note: 'a plan in tỷ against the year done in triệu.' }),
    change({ id: 'plan-pax', quote: ['Vận chuyển 1.320.000 lượt hành khách (tăng 6,5%)', 'đạt 1.239.930 lượt'], x: '1.320.000', base: '1.239.930', stated: '6,5%', direction: 'tăng' }),
    change({ id: 'plan-freight', quote: ['52.000 tấn hàng hóa (tăng 7,0%)', 'vận chuyển 48.620 tấn hàng hóa'], x: '52.000', base: '48.620', stated: '7,0%', direction: 'tăng' }),
    change({ id: 'plan-profit', quote: ['Lợi nhuận trước thuế 2,7 tỷ đồng, tăng 12,5%', 'lợi nhuận trước thuế đạt 2.400 triệu đồng'], x: '2,7 tỷ đồng', base: '2.400 triệu đồng', stated: '12,5%', direction: 'tăng', trap: 'an exact 12,5% across scales.' }),
    product({ id: 'plan-speeding-cap', quote: ['giảm ít nhất 20%, không quá 1.029 lượt', 'gồm 1.286 lượt chạy quá tốc độ'], x: '1.286', y: '80', factor: '0,01', stated: '1.029', trap: 'a ceiling as 80% of this year\'s count (1.028,8 to a whole count); the 99% and 15 triệu beside it are bare targets.' }),
    sum({ id: 'plan-investment', quote: ['Đầu tư xe mới với tổng vốn 19,2 tỷ đồng, gồm 4 xe buýt điện 47 chỗ (3,1 tỷ đồng/xe)', 'và 2 xe giường nằm 40 giường (3,4 tỷ đồng/xe)'], parts: ['12,4', '6,8'], total: '19,2', note: '4 × 3,1 + 2 × 3,4.' }),
    sum({ id: 'plan-funding', quote: ['tổng vốn 19,2 tỷ đồng', 'Nguồn vốn gồm vay tín dụng 11,5 tỷ đồng, Quỹ đầu tư phát triển 1,9 tỷ đồng và thành viên góp thêm 5,8 tỷ đồng'], parts: ['11,5', '1,9', '5,8'], total: '19,2' }),
    atLeast({ id: 'plan-fund-draw', quote: ['số dư quỹ sẽ đạt 1.983,2 triệu đồng', 'Quỹ đầu tư phát triển 1,9 tỷ đồng'], big: '1.983,2 triệu đồng', small: '1,9 tỷ đồng', trap: 'a planned draw in tỷ covered by a balance in triệu.' }),
    sum({ id: 'plan-fleet', quote: ['đến cuối năm 2027 đoàn xe có 77 xe', 'Hợp tác xã quản lý 74 phương tiện', 'gồm 4 xe buýt điện', 'và 2 xe giường nằm', 'Thanh lý 3 xe hết niên hạn'], parts: ['74', '4', '2', '−3'], total: '77' }),
  ],
});
