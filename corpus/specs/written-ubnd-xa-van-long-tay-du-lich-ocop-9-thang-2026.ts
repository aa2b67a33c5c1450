// Written for the corpus (batch L2): UBND xã Vân Long Tây (tỉnh Ninh Bình; the commune is invented) to the
// provincial Sở Du lịch and Sở Nông nghiệp và Môi trường, nine months of 2026, tourism and the OCOP
// programme: the year's targets in the opening paragraph (visitors, revenue) with rates far below them,
// visitors against the plan and the same period, foreign and domestic visitors with a share, overnight
// guests as a share and against the same period in parentheses (a ratio written as an increase), a stay per
// guest, revenue against the plan and the same period with its parts after "gồm", spending per visitor in
// nghìn đồng from tỷ, quarter III against quarter II, a table by quarter (rows that add, the same period, %),
// lodgings after "gồm" with overlapping three-star hotels, homestays up to standard X/Y as a whole percent,
// boat visitors as a share with overlapping foreigners, fields in ha and m² (a name with a number), a
// festival's dates, tourism workers with overlapping regular ones, trained workers (a rate only in the
// summary), infrastructure capital after "gồm" in tỷ with a road in km and a car park in m², disbursement,
// safety (a "none" of accidents beside touting), complaints on the hotline by kind and X/Y, promotion and
// digital tourism (online booking as a share, cashless X/Y, e-tickets of the boat visitors, an ordinal and
// dates, per trip), OCOP products by
// star with a share, owners by kind, the stock and flow from a footnote (new, expired), OCOP revenue as a
// share of the quarter's tourism revenue in the table and its lũy kế from a footnote of quarters, support per
// owner; summary restating figures (tỷ in triệu, ha in m², a "none" of complaints); tasks as the remainder
// of the year's targets.
import { atLeast, change, contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-van-long-tay-du-lich-ocop-9-thang-2026.md',
  prefix: 'vlt',
  claims: [
    // I.1
    ratio({ id: 'visitors-plan', quote: ['đón 486.250 lượt khách, đạt 81,0% kế hoạch năm', 'phấn đấu đón 600.000 lượt khách'], x: '486.250', y: '600.000', stated: '81,0%' }),
    change({ id: 'visitors-change', quote: ['tăng 14,6% so với cùng kỳ; trong đó khách quốc tế', 'đón 486.250 lượt khách, đạt', '424.300'], x: '486.250', base: '424.300', stated: '14,6%', direction: 'tăng', note: 'The same period only in the table.' }),
    share({ id: 'foreign-share', quote: ['khách quốc tế 72.940 lượt, chiếm 15,0%', 'đón 486.250 lượt khách, đạt'], x: '72.940', y: '486.250', stated: '15,0%' }),
    sum({ id: 'foreign-domestic', quote: ['đón 486.250 lượt khách, đạt', 'khách quốc tế 72.940 lượt', 'khách nội địa 413.310 lượt'], parts: ['72.940', '413.310'], total: '486.250' }),
    share({ id: 'overnight-share', quote: ['58.350 lượt, chiếm 12,0% tổng lượt khách', 'đón 486.250 lượt khách, đạt'], x: '58.350', y: '486.250', stated: '12,0%' }),
    change({ id: 'overnight-change', quote: ['tăng 111,9% so với cùng kỳ (52.140 lượt)', 'Khách lưu trú qua đêm 58.350 lượt'], x: '58.350', base: '52.140', stated: '111,9%', direction: 'tăng', mistake: 'planted', original: 'tăng 11,9% so với cùng kỳ (52.140 lượt)', note: 'Class 1: the base is in parentheses after the percent; 111,9% is the ratio 58.350/52.140 written as an increase, which is 11,91%.' }),
    contradiction({ id: 'stay-length', quote: ['thời gian lưu trú bình quân 1,6 ngày/khách'], stated: '1,6 ngày/khách', expected: 'an average with no base', consistent: true, reason: 'Nights are not written, so the average cannot be checked.', trap: 'a per-guest average with no base.' }),
    ratio({ id: 'revenue-plan', quote: ['đạt 312,6 tỷ đồng, đạt 86,8% kế hoạch năm', 'doanh thu du lịch 360 tỷ đồng'], x: '312,6', y: '360', stated: '86,8%' }),
    change({ id: 'revenue-change', quote: ['tăng 18,2% so với cùng kỳ; gồm', 'đạt 312,6 tỷ đồng, đạt', '264,5'], x: '312,6', base: '264,5', stated: '18,2%', direction: 'tăng' }),
    sum({ id: 'revenue-parts', quote: ['đạt 312,6 tỷ đồng, đạt', 'gồm dịch vụ lưu trú 96,4 tỷ đồng, ăn uống 118,3 tỷ đồng, vé tham quan và vận chuyển 61,7 tỷ đồng, bán hàng lưu niệm, sản phẩm OCOP 36,2 tỷ đồng'], parts: ['96,4', '118,3', '61,7', '36,2'], total: '312,6' }),
    quotient({ id: 'spending-per-visitor', quote: ['chi tiêu khoảng 643 nghìn đồng', 'đạt 312,6 tỷ đồng, đạt', 'đón 486.250 lượt khách, đạt'], x: '312,6', y: '486.250', factor: '1000000', stated: '643', trap: 'revenue per visitor in nghìn đồng from tỷ.' }),
    repeat({ id: 'q3-visitors', quote: ['Riêng quý III đón 132.290 lượt khách', 'Lượt khách (lượt)'], values: ['132.290', '132.290'] }),
    change({ id: 'q3-against-q2', quote: ['giảm 22,9% so với quý II', 'Riêng quý III đón 132.290 lượt khách', '171.560'], x: '132.290', base: '171.560', stated: '22,9%', direction: 'giảm' }),
    contradiction({ id: 'storm-name', quote: ['mưa lớn và bão số 3'], stated: '3', expected: 'a number in a name', consistent: true, reason: 'The storm\'s number.', trap: 'a number in a name.' }),
    repeat({ id: 'q3-revenue', quote: ['doanh thu quý III đạt 92,1 tỷ đồng', '91,2'], values: ['91,2', '92,1'], mistake: 'planted', original: 'doanh thu quý III đạt 91,2 tỷ đồng', note: 'Class 5: the text swaps two digits of the table\'s 91,2, which the row\'s total holds.' }),
    // table
    sum({ id: 't-visitors', quote: ['đón 486.250 lượt khách, đạt', 'Lượt khách (lượt)', '182.400', '171.560'], parts: ['182.400', '171.560', '132.290'], total: '486.250' }),
    sum({ id: 't-foreign', quote: ['khách quốc tế 72.940 lượt', 'Trong đó: khách quốc tế (lượt)', '31.250', '22.870', '18.280'], parts: ['31.250', '22.870', '18.280'], total: '72.940', mistake: 'planted', original: '18.820 in the quarter III column', note: 'Class 4: the quarters of foreign visitors add to 72.400, not the 72.940 of the nine months (quarter III\'s 18.820 written 18.280).' }),
    sum({ id: 't-revenue', quote: ['đạt 312,6 tỷ đồng, đạt', 'Doanh thu du lịch (tỷ đồng)', '108,5', '112,9', '91,2'], parts: ['108,5', '112,9', '91,2'], total: '312,6' }),
    ratio({ id: 't-visitors-pct', quote: ['114,6', 'Lượt khách (lượt)', '424.300'], x: '486.250', y: '424.300', stated: '114,6' }),
    ratio({ id: 't-foreign-pct', quote: ['118,6', 'Trong đó: khách quốc tế (lượt)', '61.480'], x: '72.940', y: '61.480', stated: '118,6' }),
    ratio({ id: 't-revenue-pct', quote: ['118,2', 'Doanh thu du lịch (tỷ đồng)', '264,5'], x: '312,6', y: '264,5', stated: '118,2' }),
    repeat({ id: 't-foreign-text', quote: ['Trong đó: khách quốc tế (lượt)', 'khách quốc tế 72.940 lượt'], values: ['72.940', '72.940'] }),
    // I.2
    sum({ id: 'lodgings', quote: ['có 146 cơ sở lưu trú với 1.932 phòng, gồm 22 khách sạn, 98 homestay và 26 nhà nghỉ'], parts: ['22', '98', '26'], total: '146' }),
    atLeast({ id: 'three-star', quote: ['trong đó 4 khách sạn 3 sao với 312 phòng', 'với 1.932 phòng, gồm 22 khách sạn'], big: '1.932', small: '312', trap: 'rooms of the three-star hotels after "trong đó"; "3 sao" is a rank in a name.' }),
    ratio({ id: 'homestay-standard', quote: ['74/98 homestay được công nhận đạt tiêu chuẩn phục vụ khách du lịch, đạt 75%'], x: '74', y: '98', stated: '75%', mistake: 'planted', original: 'đạt 76%', note: 'Class 7: 74/98 = 75,51%, which is 76% written whole; 75% truncates.' }),
    share({ id: 'boat-share', quote: ['164.820 lượt khách đi thuyền, chiếm 33,9% tổng lượt khách', 'đón 486.250 lượt khách, đạt'], x: '164.820', y: '486.250', stated: '33,9%' }),
    atLeast({ id: 'boat-foreign', quote: ['trong đó 20.360 lượt khách quốc tế', 'khách quốc tế 72.940 lượt'], big: '72.940', small: '20.360', trap: 'foreign boat visitors after "trong đó": a part of the foreign visitors and of the boat visitors.' }),
    contradiction({ id: 'boats-rowers', quote: ['bến có 412 thuyền với 438 người chèo thuyền'], stated: '438', expected: 'rowers and boats', consistent: true, reason: 'Two counts of different things; no total or average claimed.', trap: 'two near counts with no relation.' }),
    repeat({ id: 'lotus-area', quote: ['diện tích sen (185.000 m²)', 'Cánh đồng sen 18,5 ha'], values: ['18,5 ha', '185.000 m²'], kind: 'unit', trap: 'the same area in ha and m².' }),
    contradiction({ id: 'coop-name', quote: ['Hợp tác xã Vân Long 2'], stated: '2', expected: 'a number in a name', consistent: true, reason: 'A cooperative\'s name.', trap: 'a number in a name.' }),
    contradiction({ id: 'festival-date', quote: ['(mùng 10 tháng Giêng, tức ngày 26/02/2026)'], stated: '26/02/2026', expected: 'dates', consistent: true, reason: 'A lunar and a solar date of the festival.', trap: 'a date written X/Y and a lunar date.' }),
    atLeast({ id: 'regular-workers', quote: ['trong đó 2.060 lao động thường xuyên', 'có 2.140 lao động làm việc trực tiếp'], big: '2.140', small: '2.060', trap: 'regular workers after "trong đó", a near number that a rate may be taken of.' }),
    atLeast({ id: 'trained-workers', quote: ['1.286 lao động đã qua đào tạo', 'có 2.140 lao động làm việc trực tiếp'], big: '2.140', small: '1.286' }),
    // I.3
    sum({ id: 'capital', quote: ['3 công trình hạ tầng du lịch với tổng vốn 18,75 tỷ đồng', 'dài 2,8 km (9,6 tỷ đồng), bãi đỗ xe 6.500 m² (5,15 tỷ đồng), nhà vệ sinh công cộng và hệ thống biển chỉ dẫn (4,0 tỷ đồng)'], parts: ['9,6', '5,15', '4,0'], total: '18,75' }),
    ratio({ id: 'disbursed', quote: ['đã giải ngân 12,4 tỷ đồng, đạt 66,1%', 'với tổng vốn 18,75 tỷ đồng'], x: '12,4', y: '18,75', stated: '66,1%' }),
    contradiction({ id: 'road-car-park', quote: ['dài 2,8 km (9,6 tỷ đồng), bãi đỗ xe 6.500 m²'], stated: '2,8 km', expected: 'sizes of works', consistent: true, reason: 'A length and an area beside their costs; no relation between them.', trap: 'km and m² beside amounts in tỷ.' }),
    contradiction({ id: 'safety-none', quote: ['không xảy ra sự cố mất an toàn đối với khách du lịch; lực lượng chức năng nhắc nhở, xử lý 14 trường hợp'], stated: 'không xảy ra', expected: 'a "none" about accidents beside touting', consistent: true, reason: 'Touting is not an accident.', trap: 'a "none" about another subject beside a count.' }),
    sum({ id: 'hotline', quote: ['tiếp nhận 6 phản ánh của du khách (về giá dịch vụ 4 phản ánh, về vệ sinh môi trường 2 phản ánh)'], parts: ['4', '2'], total: '6' }),
    contradiction({ id: 'hotline-settled', quote: ['đã xử lý dứt điểm 6/6 phản ánh'], stated: '6/6', expected: 'all complaints', consistent: true, reason: 'All six, written X/Y.', trap: 'a count written X/Y.' }),
    // I.4
    share({ id: 'online-booking', quote: ['chiếm 58,9% tổng số cơ sở lưu trú', 'Có 86 cơ sở lưu trú bán phòng', 'có 146 cơ sở lưu trú với'], x: '86', y: '146', stated: '58,9%' }),
    ratio({ id: 'cashless', quote: ['132/146 cơ sở lưu trú áp dụng thanh toán không dùng tiền mặt, đạt 90,4%'], x: '132', y: '146', stated: '90,4%' }),
    share({ id: 'e-tickets', quote: ['bằng 80,0% số lượt khách đi thuyền', '131.856 lượt khách mua vé điện tử', '164.820 lượt khách đi thuyền'], x: '131.856', y: '164.820', stated: '80,0%' }),
    contradiction({ id: 'festival-week', quote: ['lần thứ 5 (từ ngày 18 đến ngày 22/5/2026)'], stated: '5', expected: 'an ordinal and dates', consistent: true, reason: 'The fifth edition and its dates.', trap: 'an ordinal and a date range.' }),
    quotient({ id: 'per-famtrip', quote: ['bình quân 32 doanh nghiệp/đoàn', '2 đoàn khảo sát (famtrip) cho 64 doanh nghiệp'], x: '64', y: '2', stated: '32', trap: 'an average per trip.' }),
    // II
    sum({ id: 'ocop-stars', quote: ['có 27 sản phẩm OCOP còn hiệu lực chứng nhận, gồm 2 sản phẩm 4 sao (chiếm 8,7%) và 25 sản phẩm 3 sao'], parts: ['2', '25'], total: '27' }),
    share({ id: 'four-star-share', quote: ['2 sản phẩm 4 sao (chiếm 8,7%)', 'có 27 sản phẩm OCOP còn hiệu lực', 'xã có 23 sản phẩm OCOP'], x: '2', y: '27', stated: '8,7%', mistake: 'planted', original: '2 sản phẩm 4 sao (chiếm 7,4%)', note: 'Class 3: the share is taken of the 23 products at the end of 2025 in footnote 1 (8,70%) instead of this 27 (7,41%).' }),
    sum({ id: 'owners', quote: ['của 14 chủ thể (3 hợp tác xã, 4 doanh nghiệp và 7 hộ kinh doanh)'], parts: ['3', '4', '7'], total: '14' }),
    sum({ id: 'new-products', quote: ['công nhận mới 6 sản phẩm (1 sản phẩm 4 sao, 5 sản phẩm 3 sao)'], parts: ['1', '5'], total: '6' }),
    sum({ id: 'products-flow', quote: ['có 27 sản phẩm OCOP còn hiệu lực', 'xã có 23 sản phẩm OCOP', 'công nhận mới 6 sản phẩm', '2 sản phẩm 3 sao hết hạn chứng nhận'], parts: ['23', '6', '−2'], total: '27', note: 'Footnote 1\'s 23, plus the new, less the expired.' }),
    sum({ id: 'four-star-flow', quote: ['gồm 2 sản phẩm 4 sao (', '(1 sản phẩm 4 sao, 22 sản phẩm 3 sao)', '(1 sản phẩm 4 sao, 5 sản phẩm 3 sao)'], parts: ['1', '1'], total: '2' }),
    sum({ id: 'three-star-flow', quote: ['và 25 sản phẩm 3 sao, của', '(1 sản phẩm 4 sao, 22 sản phẩm 3 sao)', '(1 sản phẩm 4 sao, 5 sản phẩm 3 sao)', '2 sản phẩm 3 sao hết hạn chứng nhận'], parts: ['22', '5', '−2'], total: '25' }),
    sum({ id: 'footnote-stars', quote: ['xã có 23 sản phẩm OCOP (1 sản phẩm 4 sao, 22 sản phẩm 3 sao)'], parts: ['1', '22'], total: '23' }),
    share({ id: 'ocop-of-tourism', quote: ['bằng 19,1% doanh thu du lịch của quý', 'quý III đạt 17,4 tỷ đồng', '91,2'], x: '17,4', y: '91,2', stated: '19,1%', note: 'The quarter\'s tourism revenue is in the table (91,2), not the text\'s 92,1.' }),
    cumulative({ id: 'ocop-cumulative', quote: ['lũy kế 9 tháng đạt 34,0 tỷ đồng', '6 tháng đầu năm: 31,2 tỷ đồng', 'quý III đạt 17,4 tỷ đồng'], previous: '31,2', period: '17,4', stated: '34,0', mistake: 'planted', original: 'lũy kế 9 tháng đạt 48,6 tỷ đồng[^2]', note: 'Class 6: footnote 2\'s six months (31,2) plus quarter III (17,4) is 48,6; 34,0 adds quarter II alone (16,6) instead.' }),
    sum({ id: 'footnote-half-year', quote: ['6 tháng đầu năm: 31,2 tỷ đồng', 'quý I: 14,6 tỷ đồng; quý II: 16,6 tỷ đồng'], parts: ['14,6', '16,6'], total: '31,2' }),
    quotient({ id: 'support-per-owner', quote: ['bình quân 15 triệu đồng/chủ thể', 'Hỗ trợ 3 chủ thể', 'với kinh phí 45 triệu đồng'], x: '45', y: '3', stated: '15', trap: 'an average per owner.' }),
    contradiction({ id: 'ocop-100', quote: ['100% sản phẩm OCOP được giới thiệu'], stated: '100%', expected: 'a percent with no base written', consistent: true, reason: 'All products, no count written with it.', trap: 'a percent with no base.' }),
    // III
    repeat({ id: 'summary-visitors', quote: ['toàn xã đón 486.250 lượt khách, doanh thu', 'đón 486.250 lượt khách, đạt'], values: ['486.250', '486.250'] }),
    repeat({ id: 'summary-revenue', quote: ['doanh thu du lịch đạt 312.600 triệu đồng', 'đạt 312,6 tỷ đồng, đạt'], values: ['312,6 tỷ đồng', '312.600 triệu đồng'], kind: 'unit', trap: 'tỷ restated in triệu, agreeing.' }),
    share({ id: 'summary-foreign', quote: ['khách quốc tế chiếm 17,2% tổng lượt khách', 'khách quốc tế 72.940 lượt', 'đón 486.250 lượt khách, đạt', '424.300'], x: '72.940', y: '486.250', stated: '17,2%', mistake: 'planted', original: 'khách quốc tế chiếm 15,0% tổng lượt khách', note: 'Class 2: the share is in the summary, far from its counts; 17,2% is 72.940 divided by the same period\'s 424.300 visitors in the table (17,19%) instead of this year\'s 486.250 (15,00%).' }),
    share({ id: 'summary-trained', quote: ['qua đào tạo, bồi dưỡng đạt 62,4%', '1.286 lao động đã qua đào tạo', 'có 2.140 lao động làm việc trực tiếp', 'trong đó 2.060 lao động thường xuyên'], x: '1.286', y: '2.140', stated: '62,4%', mistake: 'planted', original: 'qua đào tạo, bồi dưỡng đạt 60,1%', note: 'Class 2: the rate is only in the summary, its counts in section I.2; 62,4% is 1.286 divided by the 2.060 regular workers instead of all 2.140 (60,09%).' }),
    repeat({ id: 'summary-daisy', quote: ['mở rộng lên 2.400 m²', 'cánh đồng hoa cúc họa mi 2,4 ha'], values: ['2,4 ha', '2.400 m²'], kind: 'unit', mistake: 'planted', original: 'mở rộng lên 24.000 m²', note: 'Class 5: 2,4 ha is 24.000 m²; the summary writes 2.400 m² (a factor of ten lost).' }),
    repeat({ id: 'summary-new-ocop', quote: ['Có thêm 6 sản phẩm được công nhận OCOP', 'công nhận mới 6 sản phẩm'], values: ['6', '6'] }),
    contradiction({ id: 'summary-no-complaints', quote: ['Trong kỳ không có phản ánh, kiến nghị của du khách về chất lượng dịch vụ', 'tiếp nhận 6 phản ánh của du khách'], stated: 'không có phản ánh, kiến nghị của du khách', expected: '6 phản ánh (section I.3)', consistent: false, reason: 'The summary denies the 6 complaints about prices and hygiene that the hotline received.', mistake: 'planted', original: 'Các phản ánh, kiến nghị của du khách đều được tiếp nhận, xử lý dứt điểm', note: 'Class 8: a "none" statement against a count.' }),
    difference({ id: 'homestays-below', quote: ['còn 24 homestay chưa đạt tiêu chuẩn', '74/98 homestay'], a: '98', b: '74', stated: '24' }),
    // IV
    difference({ id: 'task-visitors', quote: ['đón thêm 113.750 lượt khách', 'phấn đấu đón 600.000 lượt khách', 'đón 486.250 lượt khách, đạt'], a: '600.000', b: '486.250', stated: '113.750' }),
    difference({ id: 'task-revenue', quote: ['doanh thu thêm 47,4 tỷ đồng', 'doanh thu du lịch 360 tỷ đồng', 'đạt 312,6 tỷ đồng, đạt'], a: '360', b: '312,6', stated: '47,4' }),
    sum({ id: 'task-ocop', quote: ['đến cuối năm có 30 sản phẩm OCOP', 'phân hạng 3 sản phẩm OCOP mới', 'có 27 sản phẩm OCOP còn hiệu lực'], parts: ['27', '3'], total: '30', note: 'A target: this 27 and the 3 to be ranked.' }),
    difference({ id: 'task-disbursement', quote: ['Giải ngân 6,35 tỷ đồng vốn còn lại', 'với tổng vốn 18,75 tỷ đồng', 'đã giải ngân 12,4 tỷ đồng'], a: '18,75', b: '12,4', stated: '6,35' }),
    contradiction({ id: 'task-date', quote: ['trước ngày 31/12/2026'], stated: '31/12/2026', expected: 'a date', consistent: true, reason: 'The deadline of a task.', trap: 'a date written X/Y.' }),
  ],
});
