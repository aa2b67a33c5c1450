// Written for the corpus (batch M2): UBND xã Tân Xuân Hội (tỉnh Vĩnh Long; the commune is invented) to the
// provincial tax office, Sở Tài chính and Sở Công Thương, quarter III and nine months of 2026, the state
// budget revenue, household businesses' tax in the first year without presumptive tax, and markets: two
// estimates in tỷ in the opening paragraph, a table opening the report (estimate, quarter III, nine months,
// % of the estimate, the same period, %) in triệu with an overlapping "trong đó" row and a total row, the
// nine months in tỷ on top of a footnote's six months in triệu, against both estimates and the same period
// in tỷ in parentheses, a rank X/Y; items (household tax against the same period in tỷ, quarter III against
// the table, a fall whose base is only in the table, a rate whose estimate is in tỷ in parentheses, land sales
// per lot); household businesses as a stock and flow from a footnote with kinds after "gồm", tax codes X/Y as
// a whole percent, the legal thresholds of 200 triệu and 1 tỷ, households liable as a share, switching X/Y,
// e-invoices as shares (one of the wrong total), tax per household, QR payment only as a count (its rate in
// the summary), a "none" of under-declaration; tax debt by debtor kind in parentheses, against the end of
// 2025 in a footnote in tỷ, as a share of revenue beside the province's ceiling, hard debt after "trong đó",
// recovery against the debt at the start of the year; markets (occupancy, one market's share of the points,
// rent per m², fees per month, against the same quarter in tỷ, the lũy kế from a footnote, against the plan
// in triệu), inspections by kind after "gồm" and by result; the summary restating figures (tỷ in triệu);
// weaknesses (under-declaration counted); quarter IV's tasks as the remainders of both estimates.
import { atLeast, change, contradiction, cumulative, difference, excess, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-tan-xuan-hoi-thu-thue-ho-kinh-doanh-quy-3-2026.md',
  prefix: 'txh',
  claims: [
    repeat({ id: 'estimate-table', quote: ['tỉnh giao cho xã là 14,5 tỷ đồng', '14.500'], values: ['14,5 tỷ đồng', '14.500 triệu đồng'], kind: 'unit', trap: 'the estimate in tỷ in the text and in triệu in the table.' }),
    // Table
    sum({ id: 't-estimate', quote: ['14.500', '6.800', '3.000', '3.500'], parts: ['6.800', '3.000', '320', '3.500', '400', '480'], total: '14.500', note: 'The household row is "trong đó" of row 1 and stays out of the sum.' }),
    sum({ id: 't-quarter', quote: ['Quý III thu ngân sách nhà nước trên địa bàn được 3.862 triệu đồng', '1.742', '1.120'], parts: ['1.742', '712', '38', '1.120', '136', '114'], total: '3.862' }),
    sum({ id: 't-nine-months', quote: ['11.240', '5.128'], parts: ['5.128', '2.264', '186', '2.850', '412', '400'], total: '11.240' }),
    sum({ id: 't-same-period', quote: ['10.174', '4.486', '2.430', '2.340'], parts: ['4.486', '2.430', '172', '2.340', '386', '360'], total: '10.174' }),
    atLeast({ id: 't-household-part', quote: ['Trong đó: thuế hộ kinh doanh', '5.128'], big: '5.128', small: '3.416', trap: 'a "trong đó" row inside row 1 of the table, not a row of its own.' }),
    ratio({ id: 't-nqd-est', quote: ['75,4', 'Thu từ khu vực ngoài quốc doanh'], x: '5.128', y: '6.800', stated: '75,4' }),
    ratio({ id: 't-nqd-cy', quote: ['114,3', 'Thu từ khu vực ngoài quốc doanh'], x: '5.128', y: '4.486', stated: '114,3' }),
    ratio({ id: 't-hkd-est', quote: ['74,3', 'Trong đó: thuế hộ kinh doanh'], x: '3.416', y: '4.600', stated: '74,3' }),
    ratio({ id: 't-hkd-cy', quote: ['121,4', 'Trong đó: thuế hộ kinh doanh'], x: '3.416', y: '2.814', stated: '121,4' }),
    ratio({ id: 't-lptb-est', quote: ['75,5', '2.430'], x: '2.264', y: '3.000', stated: '75,5' }),
    ratio({ id: 't-lptb-cy', quote: ['93,2', '2.430'], x: '2.264', y: '2.430', stated: '93,2' }),
    ratio({ id: 't-pnn-est', quote: ['58,1', '172'], x: '186', y: '320', stated: '58,1' }),
    ratio({ id: 't-pnn-cy', quote: ['108,1', '172'], x: '186', y: '172', stated: '108,1' }),
    ratio({ id: 't-sdd-est', quote: ['đạt 81,4% dự toán', 'Thu tiền sử dụng đất 2,85 tỷ đồng', '3.500'], x: '2,85 tỷ đồng', y: '3.500 triệu đồng', stated: '81,4%', note: 'The text restates the table\'s rate; the estimate is only in the table, in triệu.' }),
    ratio({ id: 't-sdd-cy', quote: ['121,8', '2.340'], x: '2.850', y: '2.340', stated: '121,8' }),
    ratio({ id: 't-phi-est', quote: ['103,0', '106,7'], x: '412', y: '400', stated: '103,0' }),
    ratio({ id: 't-phi-cy', quote: ['106,7', '103,0'], x: '412', y: '386', stated: '106,7' }),
    ratio({ id: 't-khac-est', quote: ['83,3', 'Thu khác ngân sách'], x: '400', y: '480', stated: '83,3' }),
    ratio({ id: 't-khac-cy', quote: ['111,1', 'Thu khác ngân sách'], x: '400', y: '360', stated: '111,1' }),
    ratio({ id: 't-total-cy', quote: ['110,5', '10.174'], x: '11.240', y: '10.174', stated: '110,5' }),
    // I.1
    cumulative({ id: 'revenue-cumulative', quote: ['tổng thu 9 tháng lên 11,24 tỷ đồng', '6 tháng đầu năm 2026: 7.378 triệu đồng', 'được 3.862 triệu đồng, nâng'], previous: '7.378 triệu đồng', period: '3.862 triệu đồng', stated: '11,24 tỷ đồng' }),
    ratio({ id: 'revenue-province', quote: ['đạt 77,5% dự toán tỉnh giao', 'tổng thu 9 tháng lên 11,24 tỷ đồng', 'tỉnh giao cho xã là 14,5 tỷ đồng'], x: '11,24', y: '14,5', stated: '77,5%' }),
    ratio({ id: 'revenue-council', quote: ['73,9% dự toán Hội đồng nhân dân xã giao', 'tổng thu 9 tháng lên 11,24 tỷ đồng', 'giao phấn đấu 15,2 tỷ đồng'], x: '11,24', y: '15,2', stated: '73,9%', trap: 'two estimates of the same revenue, each with its own rate.' }),
    change({ id: 'revenue-change', quote: ['tăng 10,5% so với cùng kỳ (10,174 tỷ đồng)', 'tổng thu 9 tháng lên 11,24 tỷ đồng'], x: '11,24', base: '10,174', stated: '10,5%', direction: 'tăng' }),
    repeat({ id: 'same-period-table', quote: ['(10,174 tỷ đồng)', '10.174'], values: ['10,174 tỷ đồng', '10.174 triệu đồng'], kind: 'unit', trap: 'the same period in tỷ in the text, in triệu in the table.' }),
    contradiction({ id: 'rank', quote: ['xếp thứ 8/124 xã, phường'], stated: '8/124', expected: 'a rank', consistent: true, reason: 'A rank among the province\'s communes.', trap: 'a rank written X/Y.' }),
    // I.2
    change({ id: 'household-tax-change', quote: ['3.416 triệu đồng, tăng 21,4% so với cùng kỳ (2,814 tỷ đồng)'], x: '3.416 triệu đồng', base: '2,814 tỷ đồng', stated: '21,4%', direction: 'tăng', trap: 'the base in parentheses in tỷ against triệu.' }),
    repeat({ id: 'household-q3', quote: ['riêng quý III thu 1.168 triệu đồng', '1.186'], values: ['1.186', '1.168'], mistake: 'planted', original: 'riêng quý III thu 1.186 triệu đồng', note: 'Class 5: the text swaps two digits of the table\'s 1.186.' }),
    contradiction({ id: 'household-1ty', quote: ['là quý đầu tiên có số thu vượt 1 tỷ đồng'], stated: '1 tỷ đồng', expected: 'a threshold', consistent: true, reason: 'A round threshold, not an amount collected.', trap: 'a round amount as a threshold.' }),
    change({ id: 'lptb-change', quote: ['giảm 6,8% so với cùng kỳ, chủ yếu', 'Lệ phí trước bạ 2.264 triệu đồng', '2.430'], x: '2.264', base: '2.430', stated: '6,8%', direction: 'giảm', note: 'The same period only in the table.' }),
    contradiction({ id: 'lptb-mainly', quote: ['chủ yếu do lệ phí trước bạ xe máy giảm'], stated: 'chủ yếu', expected: 'a cause', consistent: true, reason: 'A cause with no amount.', trap: '"chủ yếu" with nothing to add.' }),
    ratio({ id: 'pnn-estimate', quote: ['186 triệu đồng, đạt 62,0% dự toán (0,32 tỷ đồng)'], x: '186 triệu đồng', y: '0,32 tỷ đồng', stated: '62,0%', mistake: 'planted', original: '186 triệu đồng, đạt 58,1% dự toán (0,32 tỷ đồng)', note: 'Class 1: the estimate in parentheses in tỷ; 186/320 = 58,13% (the table\'s 58,1); 62,0% divides by 300.' }),
    repeat({ id: 'sdd-table', quote: ['Thu tiền sử dụng đất 2,85 tỷ đồng', '2.850'], values: ['2,85 tỷ đồng', '2.850 triệu đồng'], kind: 'unit' }),
    quotient({ id: 'per-lot', quote: ['bình quân 475 triệu đồng/lô', 'Thu tiền sử dụng đất 2,85 tỷ đồng', 'đấu giá 6 lô đất'], x: '2.850', y: '6', stated: '475', trap: 'an average per lot in triệu from tỷ.' }),
    contradiction({ id: 'hamlet-name', quote: ['khu dân cư Ấp 3'], stated: '3', expected: 'a number in a name', consistent: true, reason: 'A hamlet\'s name.', trap: 'a number in a name.' }),
    // II.1
    sum({ id: 'households-kind', quote: ['có 1.286 hộ kinh doanh đang hoạt động', 'gồm thương mại 612 hộ, dịch vụ ăn uống 284 hộ, dịch vụ khác 236 hộ và sản xuất, chế biến 154 hộ'], parts: ['612', '284', '236', '154'], total: '1.286' }),
    sum({ id: 'households-flow', quote: ['có 1.286 hộ kinh doanh đang hoạt động', 'Đến ngày 30/6/2026, toàn xã có 1.259 hộ kinh doanh', 'có 48 hộ đăng ký kinh doanh mới và 21 hộ ngừng'], parts: ['1.259', '48', '−21'], total: '1.286', note: 'Footnote 2\'s households at 30/6, plus the new, less those that stopped.' }),
    atLeast({ id: 'new-nine-months', quote: ['Trong 9 tháng có 136 hộ đăng ký kinh doanh mới', 'có 48 hộ đăng ký kinh doanh mới'], big: '136', small: '48' }),
    ratio({ id: 'tax-codes', quote: ['118/136 hộ được cấp mã số thuế, đạt 86%'], x: '118', y: '136', stated: '86%', mistake: 'planted', original: 'đạt 87%', note: 'Class 7: 118/136 = 86,76%, which is 87% written whole; 86% truncates.' }),
    // II.2
    share({ id: 'liable-share', quote: ['chiếm 57,7% số hộ đang hoạt động', 'Có 742 hộ có doanh thu từ 200 triệu đồng/năm trở lên', 'có 1.286 hộ kinh doanh đang hoạt động'], x: '742', y: '1.286', stated: '57,7%', trap: 'the legal threshold of 200 triệu đồng/năm beside the count.' }),
    ratio({ id: 'switched', quote: ['718/742 hộ chuyển sang kê khai, đạt 96,8%'], x: '718', y: '742', stated: '96,8%' }),
    share({ id: 'e-invoice-share', quote: ['chiếm 52,0% số hộ phải nộp thuế', 'Có 386 hộ sử dụng hóa đơn điện tử', 'Có 742 hộ có doanh thu'], x: '386', y: '742', stated: '52,0%' }),
    share({ id: 'mandatory-share', quote: ['chiếm 16,6% số hộ phải nộp thuế', 'trong đó 214 hộ có doanh thu trên 1 tỷ đồng/năm', 'Có 742 hộ có doanh thu', 'có 1.286 hộ kinh doanh đang hoạt động'], x: '214', y: '742', stated: '16,6%', mistake: 'planted', original: 'chiếm 28,8% số hộ phải nộp thuế', note: 'Class 3: the households liable (742) are given earlier; 214/742 = 28,84%; 16,6% divides by all 1.286 households.' }),
    atLeast({ id: 'mandatory-part', quote: ['trong đó 214 hộ có doanh thu trên 1 tỷ đồng/năm', 'Có 386 hộ sử dụng hóa đơn điện tử'], big: '386', small: '214', trap: 'a part after "trong đó" with the legal threshold of 1 tỷ đồng/năm in it.' }),
    quotient({ id: 'tax-per-household', quote: ['đã nộp 4,6 triệu đồng trong 9 tháng', 'Thuế từ hộ kinh doanh 9 tháng đạt 3.416 triệu đồng', 'Có 742 hộ có doanh thu'], x: '3.416', y: '742', stated: '4,6', trap: 'tax per liable household.' }),
    atLeast({ id: 'qr-count', quote: ['Có 1.104 hộ kinh doanh chấp nhận thanh toán', 'có 1.286 hộ kinh doanh đang hoạt động'], big: '1.286', small: '1.104' }),
    // II.3
    sum({ id: 'debtors', quote: ['của 96 người nộp thuế (31 doanh nghiệp, 65 hộ kinh doanh)'], parts: ['31', '65'], total: '96' }),
    change({ id: 'debt-change', quote: ['tăng 8,2% so với ngày 31/12/2025', 'Nợ thuế đến ngày 30/9/2026 là 1.184 triệu đồng', 'Nợ thuế đến ngày 31/12/2025: 1,094 tỷ đồng'], x: '1.184 triệu đồng', base: '1,094 tỷ đồng', stated: '8,2%', direction: 'tăng', note: 'The base in footnote 3, in tỷ.' }),
    share({ id: 'debt-of-revenue', quote: ['nợ thuế chiếm 10,5% tổng thu 9 tháng (ngưỡng kiểm soát của tỉnh: dưới 8%)', 'Nợ thuế đến ngày 30/9/2026 là 1.184 triệu đồng', 'tổng thu 9 tháng lên 11,24 tỷ đồng'], x: '1.184 triệu đồng', y: '11,24 tỷ đồng', stated: '10,5%', trap: 'the province\'s ceiling "dưới 8%" in parentheses beside the share.' }),
    atLeast({ id: 'hard-debt', quote: ['trong đó nợ khó thu 312 triệu đồng', 'Nợ thuế đến ngày 30/9/2026 là 1.184 triệu đồng'], big: '1.184', small: '312', trap: 'a part after "trong đó" following "chủ yếu".' }),
    ratio({ id: 'debt-recovered', quote: ['thu hồi 648 triệu đồng nợ thuế, đạt 59,2% số nợ đầu năm', 'Nợ thuế đến ngày 31/12/2025: 1,094 tỷ đồng'], x: '648 triệu đồng', y: '1,094 tỷ đồng', stated: '59,2%' }),
    // III
    ratio({ id: 'occupancy', quote: ['tỷ lệ lấp đầy đạt 88,0%', 'với 468 điểm kinh doanh cố định, trong đó 412 điểm'], x: '412', y: '468', stated: '88,0%' }),
    contradiction({ id: 'market-grades', quote: ['chợ Tân Xuân hạng II, chợ Ấp 3 và chợ Rạch Gừa hạng III'], stated: 'hạng II', expected: 'grades', consistent: true, reason: 'Market grades and a number in a name.', trap: 'ranks in names.' }),
    contradiction({ id: 'rent-rate', quote: ['150.000 đồng/m²/tháng'], stated: '150.000', expected: 'a rate', consistent: true, reason: 'A rent per m² and month with no area.', trap: 'a per-unit rate, not an amount.' }),
    share({ id: 'tan-xuan-share', quote: ['chiếm 64,1% tổng số điểm kinh doanh cố định của 3 chợ', 'riêng chợ này có 264 điểm kinh doanh cố định', 'với 468 điểm kinh doanh cố định, trong đó 412 điểm'], x: '264', y: '468', stated: '64,1%', mistake: 'planted', original: 'chiếm 56,4% tổng số điểm kinh doanh cố định của 3 chợ', note: 'Class 2: the points of the 3 markets are counted in the sentence before; 264/468 = 56,41%; 64,1% divides by the 412 points rented.' }),
    quotient({ id: 'fees-per-month', quote: ['bình quân 154 triệu đồng/tháng', 'chợ quý III được 462 triệu đồng'], x: '462', y: '3', stated: '154', trap: 'an average per month of the quarter.' }),
    change({ id: 'fees-change', quote: ['tăng 10,0% so với quý III năm 2025 (0,42 tỷ đồng)', 'chợ quý III được 462 triệu đồng'], x: '462 triệu đồng', base: '0,42 tỷ đồng', stated: '10,0%', direction: 'tăng', trap: 'the base in parentheses in tỷ against triệu.' }),
    cumulative({ id: 'fees-cumulative', quote: ['lũy kế 9 tháng 1,386 tỷ đồng', 'phí dịch vụ chợ 6 tháng đầu năm 2026: 942 triệu đồng', 'chợ quý III được 462 triệu đồng'], previous: '942 triệu đồng', period: '462 triệu đồng', stated: '1,386 tỷ đồng', mistake: 'planted', original: 'phí dịch vụ chợ 6 tháng đầu năm 2026: 924 triệu đồng', note: 'Class 6: footnote 4\'s six months (942) plus quarter III (462) is 1.404 triệu, not the 1,386 tỷ of the lũy kế; the footnote swaps two digits of 924.' }),
    ratio({ id: 'fees-plan', quote: ['đạt 84,0% kế hoạch năm (1.650 triệu đồng)', 'lũy kế 9 tháng 1,386 tỷ đồng'], x: '1,386 tỷ đồng', y: '1.650 triệu đồng', stated: '84,0%' }),
    sum({ id: 'inspections', quote: ['kiểm tra 36 cơ sở kinh doanh (gồm 14 cơ sở kinh doanh thực phẩm, 9 cơ sở kinh doanh xăng dầu, khí gas và 15 cơ sở kinh doanh hàng hóa khác)'], parts: ['14', '9', '15'], total: '36', mistake: 'planted', original: '13 cơ sở kinh doanh thực phẩm', note: 'Class 4: the kinds after "gồm" add to 38, not 36.' }),
    sum({ id: 'violations', quote: ['phát hiện 7 cơ sở vi phạm, xử phạt vi phạm hành chính 5 cơ sở', 'nhắc nhở 2 cơ sở'], parts: ['5', '2'], total: '7' }),
    contradiction({ id: 'fine-and-food', quote: ['với số tiền 38,5 triệu đồng, nhắc nhở 2 cơ sở; tiêu hủy 126 kg'], stated: '38,5 triệu đồng', expected: 'a fine and a mass', consistent: true, reason: 'The fines and the food destroyed; no relation.', trap: 'an amount beside a mass.' }),
    // IV
    repeat({ id: 'summary-revenue', quote: ['Thu ngân sách nhà nước 9 tháng đạt 11.420 triệu đồng', 'tổng thu 9 tháng lên 11,24 tỷ đồng'], values: ['11,24 tỷ đồng', '11.420 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'Thu ngân sách nhà nước 9 tháng đạt 11.240 triệu đồng', note: 'Class 5: the summary in triệu swaps two digits of the body\'s 11,24 tỷ (the table\'s 11.240).' }),
    share({ id: 'summary-qr', quote: ['thanh toán không dùng tiền mặt đạt 87,7%', 'Có 1.104 hộ kinh doanh chấp nhận thanh toán', 'có 1.286 hộ kinh doanh đang hoạt động', 'toàn xã có 1.259 hộ kinh doanh'], x: '1.104', y: '1.286', stated: '87,7%', mistake: 'planted', original: 'thanh toán không dùng tiền mặt đạt 85,8%', note: 'Class 2: the rate is only in the summary, its counts in section II; 87,7% divides the 1.104 by footnote 2\'s 1.259 households at 30/6 instead of the 1.286 at 30/9 (85,85%).' }),
    contradiction({ id: 'under-declared', quote: ['06 hộ kinh doanh kê khai doanh thu thấp hơn thực tế', 'chưa phát hiện hộ kinh doanh nào kê khai thiếu doanh thu'], stated: '06 hộ kinh doanh kê khai doanh thu thấp hơn thực tế', expected: 'none (section II.2)', consistent: false, reason: 'Section II.2 says no household was found under-declaring; the weaknesses count 6 of them, with back taxes.', mistake: 'planted', original: 'một số hộ kinh doanh chưa xuất hóa đơn điện tử theo từng lần bán hàng', note: 'Class 8: a count against a "none" statement.' }),
    difference({ id: 'not-switched', quote: ['còn 24 hộ thuộc diện phải kê khai chưa chuyển đổi', '718/742 hộ'], a: '742', b: '718', stated: '24' }),
    difference({ id: 'points-empty', quote: ['còn 56 điểm kinh doanh tại các chợ chưa có người thuê', 'với 468 điểm kinh doanh cố định, trong đó 412 điểm'], a: '468', b: '412', stated: '56' }),
    // V
    difference({ id: 'task-province', quote: ['thu thêm 3,26 tỷ đồng', 'tỉnh giao cho xã là 14,5 tỷ đồng', 'tổng thu 9 tháng lên 11,24 tỷ đồng'], a: '14,5', b: '11,24', stated: '3,26' }),
    difference({ id: 'task-council', quote: ['3.960 triệu đồng để hoàn thành', 'giao phấn đấu 15,2 tỷ đồng', 'tổng thu 9 tháng lên 11,24 tỷ đồng'], a: '15,2 tỷ đồng', b: '11,24 tỷ đồng', stated: '3.960 triệu đồng' }),
    repeat({ id: 'task-switch', quote: ['đối với 24 hộ còn lại', 'còn 24 hộ thuộc diện'], values: ['24', '24'] }),
    contradiction({ id: 'task-ceiling', quote: ['giảm nợ thuế xuống dưới 8% tổng thu'], stated: 'dưới 8%', expected: 'a target', consistent: true, reason: 'A target.', trap: 'a ceiling as a task.' }),
  ],
});
