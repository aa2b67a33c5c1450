// Written for the corpus (batch N2): UBND xã Đức Lân Tây (tỉnh Quảng Ngãi; the commune and the road are
// invented) to the province, the project board and Sở Nông nghiệp và Môi trường, land clearance for a road
// project to 30/11/2026: the decision's number, the project's total investment and the whole route's length
// beside the commune's section; the area taken by land type after "gồm" in ha with shares of the whole, a
// table in m² with the price per m² × area = compensation per row, households per row that overlap (the
// table says so), a total row; households affected with shares, those losing residential land split after
// "gồm"; the plan's compensation in tỷ against the table in triệu, land compensation as a share, one row
// restated in tỷ, support after "gồm"; agreements as a share; payment (two months on top of the footnote's
// 30/9 total, against the plan, households paid as a share, residential land paid against the table's row
// in triệu), hand-over of households and area, a "none" of coercion; resettlement (area in ha and m², lots
// and lot size with no relation, lots given X/Y as a whole percent, rent per household and month, lots
// given as a share of the lots); complaints by kind after "gồm", resolved, the lũy kế since 2025 from a
// footnote; the summary restating figures (the section in km, a hand-over rate far from its base, the
// area in m²) and the weaknesses (a coercion counted); December's tasks as remainders.
import { atLeast, contradiction, cumulative, difference, product, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-duc-lan-tay-giai-phong-mat-bang-du-an-nam-2026.md',
  prefix: 'dlt',
  claims: [
    contradiction({ id: 'decision', quote: ['Quyết định số 2145/QĐ-UBND ngày 12/3/2026'], stated: '2145', expected: 'a document number', consistent: true, reason: 'A decision\'s number and date; the road\'s name "ĐX.07" and "Quốc lộ 1" are names too.', trap: 'numbers in names and dates.' }),
    contradiction({ id: 'investment', quote: ['tổng mức đầu tư 1.286 tỷ đồng'], stated: '1.286 tỷ đồng', expected: 'the whole project', consistent: true, reason: 'The whole project\'s investment, not the commune\'s compensation.', trap: 'an amount of a wider scope beside the commune\'s figures.' }),
    atLeast({ id: 'route', quote: ['dài 5,4 km (tổng chiều dài toàn tuyến 12,8 km)'], big: '12,8', small: '5,4', trap: 'the whole route in parentheses beside the commune\'s section.' }),
    contradiction({ id: 'hamlets', quote: ['qua 4 thôn: An Phú, An Thạnh, Gò Cát và Thạnh Đức'], stated: '4', expected: '4 names', consistent: true, reason: 'Four hamlets, four names.', trap: 'a count followed by the names it counts, agreeing.' }),
    // 1
    sum({ id: 'area-kind', quote: ['Tổng diện tích đất thu hồi trên địa bàn xã là 24,86 ha', 'gồm: đất trồng lúa 12,34 ha, đất trồng cây hằng năm khác 4,18 ha, đất rừng sản xuất 5,62 ha, đất ở 1,26 ha'], parts: ['12,34', '4,18', '5,62', '1,26', '1,46'], total: '24,86' }),
    share({ id: 'share-rice', quote: ['đất trồng lúa chiếm 46,9%', 'đất trồng lúa 12,34 ha', 'là 24,86 ha'], x: '12,34', y: '24,86', stated: '46,9%', mistake: 'planted', original: 'đất trồng lúa chiếm 49,6%', note: 'Class 3: shares of the total area given in the sentence before; 12,34/24,86 = 49,64%; the digits are swapped, and the five shares add to 97,3% instead of 100%.' }),
    share({ id: 'share-forest', quote: ['đất rừng sản xuất chiếm 22,6%', 'đất rừng sản xuất 5,62 ha', 'là 24,86 ha'], x: '5,62', y: '24,86', stated: '22,6%' }),
    share({ id: 'share-annual', quote: ['đất trồng cây hằng năm khác chiếm 16,8%', 'đất trồng cây hằng năm khác 4,18 ha', 'là 24,86 ha'], x: '4,18', y: '24,86', stated: '16,8%' }),
    share({ id: 'share-residential', quote: ['đất ở chiếm 5,1%', 'đất ở 1,26 ha', 'là 24,86 ha'], x: '1,26', y: '24,86', stated: '5,1%' }),
    share({ id: 'share-other', quote: ['đất khác chiếm 5,9%', 'do Ủy ban nhân dân xã quản lý) 1,46 ha', 'là 24,86 ha'], x: '1,46', y: '24,86', stated: '5,9%' }),
    share({ id: 'rice-households', quote: ['chiếm 65,0% số hộ bị ảnh hưởng', '186 hộ bị thu hồi đất trồng lúa', 'Có 286 hộ gia đình'], x: '186', y: '286', stated: '65,0%' }),
    sum({ id: 'residential-households', quote: ['42 hộ bị thu hồi đất ở, gồm 31 hộ phải di dời, tái định cư và 11 hộ'], parts: ['31', '11'], total: '42' }),
    share({ id: 'relocated-share', quote: ['chiếm 73,8% số hộ bị thu hồi đất ở', '31 hộ phải di dời, tái định cư', '42 hộ bị thu hồi đất ở'], x: '31', y: '42', stated: '73,8%' }),
    // Table 1
    product({ id: 't-rice', quote: ['14.808', '123.400', '120.000'], x: '123.400', y: '120.000', factor: '0,000001', stated: '14.808', trap: 'area × price per m² in triệu.' }),
    product({ id: 't-annual', quote: ['3.971', '41.800', '95.000'], x: '41.800', y: '95.000', factor: '0,000001', stated: '3.971', trap: 'area × price per m² in triệu.' }),
    product({ id: 't-forest', quote: ['2.248', '56.200', '40.000'], x: '56.200', y: '40.000', factor: '0,000001', stated: '2.248', trap: 'area × price per m² in triệu.' }),
    product({ id: 't-residential', quote: ['35.280', '12.600', '2.800.000'], x: '12.600', y: '2.800.000', factor: '0,000001', stated: '35.280', trap: 'area × price per m² in triệu.' }),
    sum({ id: 't-area', quote: ['248.600', '123.400', '41.800', '56.200', '12.600', '14.600'], parts: ['123.400', '41.800', '56.200', '12.600', '14.600'], total: '248.600' }),
    sum({ id: 't-money', quote: ['72.587', '9.862', 'Các khoản hỗ trợ'], parts: ['14.808', '3.971', '2.248', '35.280', '9.862', '6.418'], total: '72.587' }),
    repeat({ id: 'rice-m2', quote: ['123.400', 'đất trồng lúa 12,34 ha'], values: ['12,34 ha', '123.400 m²'], kind: 'unit', trap: 'ha in the text, m² in the table, agreeing.' }),
    repeat({ id: 'forest-m2', quote: ['56.200', 'đất rừng sản xuất 5,62 ha'], values: ['5,62 ha', '56.200 m²'], kind: 'unit' }),
    repeat({ id: 'total-m2', quote: ['248.600', 'là 24,86 ha'], values: ['24,86 ha', '248.600 m²'], kind: 'unit' }),
    repeat({ id: 't-rice-households', quote: ['186 hộ bị thu hồi đất trồng lúa', 'Đất trồng lúa'], values: ['186', '186'] }),
    repeat({ id: 't-residential-households', quote: ['42 hộ bị thu hồi đất ở, gồm', 'Đất ở'], values: ['42', '42'] }),
    atLeast({ id: 't-support-households', quote: ['268', 'Có 286 hộ gia đình'], big: '286', small: '268', trap: 'a row\'s households, a part of the 286, not to be added to the other rows.' }),
    contradiction({ id: 't-households', quote: ['Số hộ ở các dòng của Biểu 1 không cộng dồn'], stated: '186 + 74 + 38 + 42 …', expected: 'overlapping', consistent: true, reason: 'A household can lose several kinds of land; the rows\' households (up to 268) are not parts of the 286.', trap: 'a column of households per row that does not add to the total row, as the note says.' }),
    // 2
    contradiction({ id: 'counted', quote: ['kiểm đếm 286/286 hộ và 4/4 tổ chức'], stated: '286/286', expected: 'all', consistent: true, reason: 'All households and organisations counted, no percent written.', trap: 'X/Y of all with no percent.' }),
    repeat({ id: 'plan-table', quote: ['theo phương án được phê duyệt là 72,587 tỷ đồng', '72.587'], values: ['72,587 tỷ đồng', '72.587 triệu đồng'], kind: 'unit', trap: 'tỷ in the text, triệu in the table.' }),
    sum({ id: 'land-compensation', quote: ['bồi thường về đất 56.307 triệu đồng', '14.808', '3.971', '2.248', '35.280'], parts: ['14.808', '3.971', '2.248', '35.280'], total: '56.307', note: 'The four land rows of the table.' }),
    share({ id: 'land-share', quote: ['chiếm 77,6%; riêng', 'bồi thường về đất 56.307 triệu đồng', 'là 72,587 tỷ đồng'], x: '56.307 triệu đồng', y: '72,587 tỷ đồng', stated: '77,6%' }),
    repeat({ id: 'rice-money', quote: ['riêng bồi thường đất trồng lúa 14,88 tỷ đồng', '14.808'], values: ['14.808 triệu đồng', '14,88 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'riêng bồi thường đất trồng lúa 14,808 tỷ đồng', note: 'Class 5: the text in tỷ drops a digit of the table\'s 14.808 triệu (14,808 tỷ).' }),
    sum({ id: 'support', quote: ['Kinh phí hỗ trợ 6.418 triệu đồng', 'gồm hỗ trợ ổn định đời sống 2.146 triệu đồng, hỗ trợ đào tạo, chuyển đổi nghề và tìm kiếm việc làm 3.912 triệu đồng, hỗ trợ di chuyển và thuê nhà tạm 630 triệu đồng'], parts: ['2.146', '3.912', '630'], total: '6.418', mistake: 'planted', original: 'hỗ trợ di chuyển và thuê nhà tạm 360 triệu đồng', note: 'Class 4: the parts after "gồm" add to 6.688, not 6.418 (the table\'s row).' }),
    repeat({ id: 'support-table', quote: ['Kinh phí hỗ trợ 6.418 triệu đồng', 'Các khoản hỗ trợ'], values: ['6.418', '6.418'] }),
    share({ id: 'agreed', quote: ['chiếm 97,6% số hộ bị ảnh hưởng', 'Có 279 hộ đã ký biên bản', 'Có 286 hộ gia đình'], x: '279', y: '286', stated: '97,6%' }),
    // 3
    cumulative({ id: 'paid-cumulative', quote: ['nâng tổng số đã chi trả lên 61,24 tỷ đồng', 'Đến ngày 30/9/2026 đã chi trả 52,28 tỷ đồng', 'chi trả 8,42 tỷ đồng'], previous: '52,28', period: '8,42', stated: '61,24', mistake: 'planted', original: 'Trong tháng 10 và tháng 11/2026 chi trả 8,96 tỷ đồng', note: 'Class 6: footnote 1\'s 52,28 tỷ at 30/9 plus the two months\' 8,42 tỷ is 60,70 tỷ, not the 61,24 tỷ of the new total.' }),
    ratio({ id: 'paid-rate', quote: ['đạt 84,4% tổng kinh phí theo phương án', 'lên 61,24 tỷ đồng', 'là 72,587 tỷ đồng'], x: '61,24', y: '72,587', stated: '84,4%' }),
    share({ id: 'paid-households', quote: ['chi trả cho 266 hộ, chiếm 93,0% số hộ bị ảnh hưởng', 'Có 286 hộ gia đình'], x: '266', y: '286', stated: '93,0%' }),
    ratio({ id: 'paid-residential', quote: ['đạt 89,3% kinh phí bồi thường đất ở theo phương án', 'Riêng bồi thường đất ở đã chi trả 29,61 tỷ đồng', '35.280'], x: '29,61 tỷ đồng', y: '35.280 triệu đồng', stated: '89,3%', mistake: 'planted', original: 'đạt 83,9% kinh phí bồi thường đất ở theo phương án', note: 'Class 1: the base is only in the table, in triệu; 29,61 tỷ/35.280 triệu = 83,93%; the digits are swapped.' }),
    ratio({ id: 'handed-households', quote: ['Đã có 262 hộ bàn giao mặt bằng, đạt 91,6%', 'Có 286 hộ gia đình'], x: '262', y: '286', stated: '91,6%' }),
    ratio({ id: 'handed-area', quote: ['22,48 ha, đạt 90,4% tổng diện tích thu hồi', 'là 24,86 ha'], x: '22,48', y: '24,86', stated: '90,4%' }),
    contradiction({ id: 'coercion', quote: ['đã phải tổ chức cưỡng chế thu hồi đất đối với 01 hộ', 'không có hộ nào phải áp dụng biện pháp cưỡng chế thu hồi đất'], stated: 'cưỡng chế … 01 hộ', expected: 'none (section 3)', consistent: false, reason: 'Section 3 says no household had to be coerced; the weaknesses count a coercion on 14/11/2026, before the report\'s date.', mistake: 'planted', original: 'Ủy ban nhân dân xã đã tổ chức đối thoại lần thứ ba với 01 hộ tại thôn An Phú chưa chấp hành quyết định thu hồi đất', note: 'Class 8: a count against a "none" statement.' }),
    // 4
    contradiction({ id: 'lots', quote: ['có diện tích 2,4 ha, quy hoạch 64 lô, diện tích mỗi lô 200 m²'], stated: '64 lô', expected: 'no product', consistent: true, reason: 'The lots cover part of the area; roads and green land take the rest.', trap: 'lots × lot size is not the area of the site.' }),
    contradiction({ id: 'resettle-price', quote: ['giá đất tái định cư 1.450.000 đồng/m²'], stated: '1.450.000', expected: 'a price', consistent: true, reason: 'A price per m², no total written.', trap: 'a per-unit price.' }),
    ratio({ id: 'resettled', quote: ['cho 26/31 hộ phải di dời, đạt 83%'], x: '26', y: '31', stated: '83%', mistake: 'planted', original: 'đạt 84%', note: 'Class 7: 26/31 = 83,87%, which is 84% written whole; 83% truncates.' }),
    difference({ id: 'not-resettled', quote: ['5 hộ chưa nhận đất', '26/31 hộ'], a: '31', b: '26', stated: '5' }),
    product({ id: 'rent', quote: ['tổng 15 triệu đồng/tháng', '5 hộ chưa nhận đất', '3 triệu đồng/hộ/tháng'], x: '5', y: '3', stated: '15', trap: 'households × rent per household and month.' }),
    ratio({ id: 'lots-given', quote: ['Tỷ lệ lô đã giao đạt 40,6% số lô', 'cho 26/31 hộ', 'quy hoạch 64 lô'], x: '26', y: '64', stated: '40,6%', trap: 'the same 26 against another base (the lots), next to an X/Y of households.' }),
    // 5
    sum({ id: 'complaints-kind', quote: ['tiếp nhận 38 đơn kiến nghị, khiếu nại', 'gồm 24 đơn về đơn giá bồi thường, 9 đơn về xác định nguồn gốc đất và 7 đơn về bố trí tái định cư'], parts: ['24', '9', '7'], total: '38', mistake: 'planted', original: '5 đơn về bố trí tái định cư', note: 'Class 4: the kinds after "gồm" add to 40, not 38.' }),
    ratio({ id: 'complaints-solved', quote: ['Đã giải quyết 34 đơn, đạt 89,5%', 'tiếp nhận 38 đơn'], x: '34', y: '38', stated: '89,5%' }),
    difference({ id: 'complaints-pending', quote: ['còn 4 đơn đang xác minh', 'tiếp nhận 38 đơn', 'Đã giải quyết 34 đơn'], a: '38', b: '34', stated: '4' }),
    cumulative({ id: 'complaints-cumulative', quote: ['Lũy kế từ khi triển khai dự án tiếp nhận 65 đơn', 'tiếp nhận 27 đơn', 'tiếp nhận 38 đơn'], previous: '27', period: '38', stated: '65' }),
    // 6
    repeat({ id: 'summary-length', quote: ['trên đoạn tuyến 5,6 km qua địa bàn xã', 'qua địa bàn xã dài 5,4 km'], values: ['5,4 km', '5,6 km'], mistake: 'planted', original: 'trên đoạn tuyến 5,4 km qua địa bàn xã', note: 'Class 5: the summary gives the commune\'s section as 5,6 km against 5,4 km in the opening.' }),
    ratio({ id: 'summary-handed', quote: ['đã có 262 hộ bàn giao mặt bằng, đạt 93,9%', 'Có 286 hộ gia đình', 'Có 279 hộ đã ký'], x: '262', y: '286', stated: '93,9%', mistake: 'planted', original: 'đạt 91,6%', note: 'Class 2: the households are counted in sections 1 and 3; 262/286 = 91,61%; 93,9% divides by the 279 households that signed.' }),
    repeat({ id: 'summary-paid', quote: ['kinh phí đã chi trả đạt 84,4% phương án', 'đạt 84,4% tổng kinh phí'], values: ['84,4%', '84,4%'] }),
    repeat({ id: 'summary-site', quote: ['khu tái định cư Gò Cát (24.000 m²)', 'có diện tích 2,4 ha'], values: ['2,4 ha', '24.000 m²'], kind: 'unit', trap: 'ha restated in m², agreeing.' }),
    difference({ id: 'left-households', quote: ['Còn 24 hộ chưa bàn giao mặt bằng', 'Có 286 hộ gia đình', 'Đã có 262 hộ bàn giao'], a: '286', b: '262', stated: '24' }),
    difference({ id: 'left-area', quote: ['với diện tích 2,38 ha (23.800 m²)', 'là 24,86 ha', 'đã bàn giao cho chủ đầu tư 22,48 ha'], a: '24,86', b: '22,48', stated: '2,38' }),
    repeat({ id: 'left-area-m2', quote: ['(23.800 m²)', 'với diện tích 2,38 ha'], values: ['2,38 ha', '23.800 m²'], kind: 'unit' }),
    contradiction({ id: 'mainly', quote: ['chủ yếu là hộ chưa thống nhất đơn giá'], stated: 'chủ yếu', expected: 'a cause', consistent: true, reason: 'The main cause, no count.', trap: '"chủ yếu" with nothing to add.' }),
    // 7
    difference({ id: 'task-pay', quote: ['Chi trả số kinh phí còn lại 11,347 tỷ đồng', 'là 72,587 tỷ đồng', 'lên 61,24 tỷ đồng'], a: '72,587', b: '61,24', stated: '11,347' }),
    contradiction({ id: 'task-target', quote: ['phấn đấu bàn giao 100% mặt bằng trước ngày 31/12/2026'], stated: '100%', expected: 'a target', consistent: true, reason: 'A target with its deadline.', trap: 'a target next to the count of households left.' }),
    repeat({ id: 'task-complaints', quote: ['Giải quyết dứt điểm 4 đơn', 'còn 4 đơn đang xác minh'], values: ['4', '4'] }),
    repeat({ id: 'task-households', quote: ['vận động 24 hộ còn lại', 'Còn 24 hộ chưa bàn giao'], values: ['24', '24'] }),
    repeat({ id: 'task-resettle', quote: ['cho 5 hộ còn lại', '5 hộ chưa nhận đất'], values: ['5', '5'] }),
  ],
});
