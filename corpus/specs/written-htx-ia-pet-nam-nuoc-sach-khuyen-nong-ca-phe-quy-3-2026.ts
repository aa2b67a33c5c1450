// Written for the corpus (batch R2): Hợp tác xã Nông nghiệp dịch vụ Ia Pết Nam (tỉnh Gia Lai; the cooperative
// and its commune are invented) to the commune's UBND, rural water supply, agricultural extension and the
// marketing of coffee and pepper in quarter III of 2026 with the nine months, in parts A - C: members and the
// ethnic-minority share, capital per member (tỷ against triệu), a water plant's design capacity; households
// served as X/Y with the villages in parentheses, new connections with the lũy kế from a footnote, water
// produced and sold with the loss rate, per day and against the capacity, the nine months' water sold as a
// lũy kế from a footnote, the price per m³ and the bill as volume × price, collected with its rate, samples as
// X/Y with "100%", a "none" of outages over 24 hours; training per class, seedlings per ha, a table of three
// crops (area, certified area, rate, yield, output as area × yield, total row), the coffee area in the text
// against the table, fertiliser after "gồm", sales of inputs against the year's plan in tỷ in the sentence
// before; sales contracts as X/Y with a whole percent, coffee bought against 2025 only in a footnote, the sales
// structure's shares; revenue after "gồm", profit against the plan in tỷ in parentheses; summary restating
// figures (the bill in tỷ, fertiliser in kg, the certified share, coffee bought) and weaknesses (remainders,
// a two-day outage in August, the debt); proposals and targets.
import { change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-htx-ia-pet-nam-nuoc-sach-khuyen-nong-ca-phe-quy-3-2026.md',
  prefix: 'ipn',
  claims: [
    contradiction({ id: 'resolution', quote: ['Nghị quyết số 12/NQ-ĐHTV ngày 28/02/2026'], stated: '12', expected: 'a document', consistent: true, reason: 'A resolution\'s number and date.', trap: 'numbers in a document\'s name.' }),
    // A
    share({ id: 'ethnic', quote: ['chiếm 75,7%', 'trong đó 112 thành viên là đồng bào dân tộc thiểu số', 'Hợp tác xã có 148 thành viên'], x: '112', y: '148', stated: '75,7%' }),
    quotient({ id: 'capital-per-member', quote: ['bình quân 21,96 triệu đồng/thành viên', 'Vốn điều lệ 3,25 tỷ đồng', 'Hợp tác xã có 148 thành viên'], x: '3.250', y: '148', stated: '21,96', note: '3,25 tỷ is 3.250 triệu.', trap: 'capital per member, across tỷ and triệu.' }),
    contradiction({ id: 'capacity', quote: ['(công suất thiết kế 600 m³/ngày đêm)'], stated: '600', expected: 'a capacity', consistent: true, reason: 'The plant\'s design capacity, not a volume supplied.', trap: 'a per-item figure (a capacity).' }),
    // B.I
    ratio({ id: 'served', quote: ['đạt 72,2% (thôn 1', 'công trình cấp nước cho 1.386/1.920 hộ'], x: '1.386', y: '1.920', stated: '72,2%' }),
    sum({ id: 'served-villages', quote: ['công trình cấp nước cho 1.386/1.920 hộ', '(thôn 1: 402 hộ, thôn 2: 356 hộ, làng Ia Pết: 298 hộ, làng Bông: 187 hộ, thôn Hòa Bình: 134 hộ)'], parts: ['402', '356', '298', '187', '134'], total: '1.386', mistake: 'planted', original: 'thôn Hòa Bình: 143 hộ', note: 'Class 4: the households by village in parentheses add to 1.377, not 1.386.' }),
    contradiction({ id: 'village-numbers', quote: ['thôn 1: 402 hộ, thôn 2: 356 hộ'], stated: 'thôn 1, thôn 2', expected: 'names', consistent: true, reason: 'Villages\' names beside their households.', trap: 'numbers in names.' }),
    cumulative({ id: 'connections-9m', quote: ['lũy kế 9 tháng đấu nối mới 186 hộ', '6 tháng đầu năm 2026 đấu nối mới 112 hộ', 'Trong quý đấu nối mới 74 hộ'], previous: '112', period: '74', stated: '186', note: 'The six months\' figure is only in footnote 1.' }),
    ratio({ id: 'loss', quote: ['tỷ lệ thất thoát 13,9%', 'Sản lượng nước sản xuất quý III là 48.600 m³, nước thương phẩm 41.850 m³'], x: '48.600 − 41.850', y: '48.600', stated: '13,9%' }),
    quotient({ id: 'per-day', quote: ['Bình quân công trình cấp 454,9 m³/ngày đêm', 'nước thương phẩm 41.850 m³'], x: '41.850', y: '92', stated: '454,9', trap: 'water sold per day over the 92 days of quarter III.' }),
    ratio({ id: 'use-capacity', quote: ['bằng 75,8% công suất thiết kế', 'Bình quân công trình cấp 454,9 m³/ngày đêm', '(công suất thiết kế 600 m³/ngày đêm)'], x: '454,9', y: '600', stated: '75,8%' }),
    cumulative({ id: 'water-9m', quote: ['sản lượng nước thương phẩm đạt 118.640 m³', 'Lũy kế 6 tháng đầu năm 2026, sản lượng nước thương phẩm đạt 77.290 m³', 'nước thương phẩm 41.850 m³'], previous: '77.290', period: '41.850', stated: '118.640', mistake: 'planted', original: 'sản lượng nước thương phẩm đạt 119.140 m³', note: 'Class 6: footnote 2\'s 77.290 m³ plus the quarter\'s 41.850 m³ is 119.140, not 118.640.' }),
    contradiction({ id: 'price', quote: ['6.500 đồng/m³'], stated: '6.500', expected: 'a price', consistent: true, reason: 'The price per m³, not an amount.', trap: 'a per-item figure (a price).' }),
    product({ id: 'bill', quote: ['Tiền nước phát hành quý III là 272,0 triệu đồng', 'nước thương phẩm 41.850 m³', '6.500 đồng/m³'], x: '41.850', y: '6.500', factor: '0,000001', stated: '272,0 triệu đồng', trap: 'volume × price, in triệu (272,025 → 272,0).' }),
    ratio({ id: 'collected', quote: ['đã thu 259,4 triệu đồng, đạt 95,4%', 'Tiền nước phát hành quý III là 272,0 triệu đồng'], x: '259,4', y: '272,0', stated: '95,4%' }),
    ratio({ id: 'samples', quote: ['12/12 mẫu nước xét nghiệm trong quý đạt Quy chuẩn QCVN 01-1:2024/BYT, đạt 100%'], x: '12', y: '12', stated: '100%' }),
    contradiction({ id: 'qcvn', quote: ['QCVN 01-1:2024/BYT'], stated: '01-1:2024', expected: 'a standard', consistent: true, reason: 'A national standard\'s number and year.', trap: 'numbers in a document\'s name.' }),
    // B.II
    quotient({ id: 'per-class', quote: ['bình quân 44 người/lớp', 'với 352 lượt thành viên tham dự', 'tổ chức 8 lớp tập huấn'], x: '352', y: '8', stated: '44', trap: 'people per class.' }),
    quotient({ id: 'replant-area', quote: ['tái canh 11,3 ha, theo mật độ 1.100 cây/ha', 'hỗ trợ 12.400 cây cà phê giống'], x: '12.400', y: '1.100', stated: '11,3', trap: 'seedlings ÷ density = area (11,27 → 11,3).' }),
    contradiction({ id: 'replant-all', quote: ['100% diện tích tái canh được cán bộ kỹ thuật hướng dẫn'], stated: '100%', expected: 'all of it', consistent: true, reason: 'All of the replanted area; no count against it.', trap: '"100%" with no base.' }),
    sum({ id: 't-area', quote: ['372,5', '286,4'], parts: ['286,4', '64,5', '21,6'], total: '372,5', kind: 'cross_total' }),
    sum({ id: 't-certified', quote: ['258,9', '214,8'], parts: ['214,8', '38,7', '5,4'], total: '258,9', kind: 'cross_total' }),
    sum({ id: 't-output', quote: ['1.280,7', '916,5'], parts: ['916,5', '180,6', '183,6'], total: '1.280,7', kind: 'cross_total' }),
    ratio({ id: 't-rate-1', quote: ['75,0', '214,8', '286,4'], x: '214,8', y: '286,4', stated: '75,0' }),
    ratio({ id: 't-rate-2', quote: ['60,0', '38,7'], x: '38,7', y: '64,5', stated: '60,0' }),
    ratio({ id: 't-rate-3', quote: ['25,0'], x: '5,4', y: '21,6', stated: '25,0' }),
    ratio({ id: 't-rate-total', quote: ['69,5', '258,9', '372,5'], x: '258,9', y: '372,5', stated: '69,5' }),
    product({ id: 't-out-1', quote: ['916,5', '286,4'], x: '286,4', y: '3,2', stated: '916,5', trap: 'area × yield (916,48 → 916,5).' }),
    product({ id: 't-out-2', quote: ['180,6'], x: '64,5', y: '2,8', stated: '180,6', trap: 'area × yield.' }),
    product({ id: 't-out-3', quote: ['183,6'], x: '21,6', y: '8,5', stated: '183,6', trap: 'area × yield.' }),
    repeat({ id: 'coffee-text', quote: ['Diện tích cà phê của thành viên là 268,4 ha', '286,4'], values: ['286,4', '268,4'], mistake: 'planted', original: 'Diện tích cà phê của thành viên là 286,4 ha', note: 'Class 5: the text swaps two digits of the table\'s 286,4 ha of coffee.' }),
    sum({ id: 'fertiliser', quote: ['cung ứng 186,5 tấn phân bón cho thành viên', 'gồm phân hữu cơ vi sinh 112,5 tấn, phân NPK 58 tấn và vôi bột 16 tấn'], parts: ['112,5', '58', '16'], total: '186,5' }),
    contradiction({ id: 'cheaper', quote: ['thấp hơn giá thị trường khoảng 5%'], stated: '5%', expected: 'a rate', consistent: true, reason: 'No price is given.', trap: 'a percent with no base.' }),
    ratio({ id: 'inputs-plan', quote: ['bằng 78,0% kế hoạch năm', 'doanh thu dịch vụ vật tư đạt 1.638 triệu đồng', 'Kế hoạch năm 2026 giao doanh thu dịch vụ vật tư 2,1 tỷ đồng'], x: '1.638 triệu đồng', y: '2,1 tỷ đồng', stated: '78,0%', note: 'The plan is in the sentence before, in tỷ.' }),
    // B.III
    ratio({ id: 'contracts', quote: ['Đã có 131/148 thành viên ký hợp đồng tiêu thụ cà phê với Hợp tác xã, đạt 88%'], x: '131', y: '148', stated: '88%', mistake: 'planted', original: 'đạt 89%', note: 'Class 7: 131/148 = 88,51%, which is 89% written whole; 88% truncates.' }),
    change({ id: 'coffee-growth', quote: ['tăng 13,6% so với cùng kỳ năm 2025', 'liên kết thu mua 412,6 tấn cà phê nhân, tăng', '9 tháng năm 2025 Hợp tác xã liên kết thu mua 356,4 tấn cà phê nhân'], x: '412,6', base: '356,4', stated: '13,6%', direction: 'tăng', mistake: 'planted', original: 'tăng 15,8% so với cùng kỳ năm 2025', note: 'Class 1: the base of 2025 is only in footnote 3; 56,2/356,4 = 15,8%; 13,6% divides the gain by this year\'s 412,6 tấn.' }),
    sum({ id: 'sales-shares', quote: ['xuất khẩu qua doanh nghiệp liên kết 64,5%, bán cho đại lý trong tỉnh 27,8%, thành viên tự tiêu thụ 8,7%'], parts: ['64,5%', '27,8%', '8,7%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'thành viên tự tiêu thụ 7,7%', note: 'Class 3: the three channels\' shares add to 101,0%.' }),
    // B.IV
    sum({ id: 'revenue', quote: ['Tổng doanh thu 9 tháng đạt 3.974 triệu đồng', 'gồm: dịch vụ nước (tiền nước và phí đấu nối) 786 triệu đồng, dịch vụ vật tư 1.638 triệu đồng, liên kết tiêu thụ 1.550 triệu đồng'], parts: ['786', '1.638', '1.550'], total: '3.974' }),
    repeat({ id: 'inputs-revenue', quote: ['dịch vụ vật tư 1.638 triệu đồng, liên kết', 'doanh thu dịch vụ vật tư đạt 1.638 triệu đồng'], values: ['1.638', '1.638'] }),
    ratio({ id: 'profit-plan', quote: ['đạt 84,2% kế hoạch năm (0,5 tỷ đồng)', 'Lợi nhuận trước thuế 412 triệu đồng'], x: '412 triệu đồng', y: '0,5 tỷ đồng', stated: '84,2%', mistake: 'planted', original: 'đạt 82,4% kế hoạch năm (0,5 tỷ đồng)', note: 'Class 1: the plan is in parentheses in tỷ; 412 triệu of 500 triệu is 82,4%, its digits swapped.' }),
    // C.1
    repeat({ id: 'summary-bill', quote: ['Tiền nước quý III phát hành 0,27 tỷ đồng', 'Tiền nước phát hành quý III là 272,0 triệu đồng'], values: ['272,0 triệu đồng', '0,27 tỷ đồng'], kind: 'unit', trap: 'the bill restated in tỷ, agreeing.' }),
    repeat({ id: 'summary-fertiliser', quote: ['cung ứng 186.500 kg phân bón', 'cung ứng 186,5 tấn phân bón cho thành viên'], values: ['186,5 tấn', '186.500 kg'], kind: 'unit', trap: 'fertiliser restated in kg, agreeing.' }),
    share({ id: 'summary-certified', quote: ['tỷ lệ diện tích sản xuất theo tiêu chuẩn chứng nhận đạt 90,4%', '258,9', '372,5', '286,4'], x: '258,9', y: '372,5', stated: '90,4%', mistake: 'planted', original: 'tỷ lệ diện tích sản xuất theo tiêu chuẩn chứng nhận đạt 69,5%', note: 'Class 2: far from its base in the table; 258,9/372,5 = 69,5%; 90,4% divides by the coffee area only (286,4 ha).' }),
    repeat({ id: 'summary-coffee', quote: ['thu mua 421,6 tấn cà phê nhân cho thành viên', 'liên kết thu mua 412,6 tấn cà phê nhân, tăng'], values: ['412,6', '421,6'], mistake: 'planted', original: 'thu mua 412,6 tấn cà phê nhân cho thành viên', note: 'Class 5: the summary swaps two digits of the 412,6 tấn of coffee bought in B.III.' }),
    // C.2
    difference({ id: 'unconnected', quote: ['Còn 534 hộ trong vùng phục vụ chưa đấu nối', 'công trình cấp nước cho 1.386/1.920 hộ'], a: '1.920', b: '1.386', stated: '534', trap: 'a remainder of X/Y.' }),
    difference({ id: 'uncontracted', quote: ['còn 17 thành viên chưa ký hợp đồng', 'Đã có 131/148 thành viên'], a: '148', b: '131', stated: '17', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'outage', quote: ['các hộ làng Bông mất nước 2 ngày', 'không để xảy ra sự cố mất nước kéo dài trên 24 giờ'], stated: 'mất nước 2 ngày (12/8/2026)', expected: 'no outage over 24 hours (B.I)', consistent: false, reason: 'Section B.I says no outage lasted over 24 hours in the quarter; the weaknesses count a two-day outage from 12/8/2026, inside quarter III.', mistake: 'planted', original: 'các hộ làng Bông mất nước 10 giờ', note: 'Class 8: a count against a "none" statement.' }),
    difference({ id: 'debt', quote: ['Tiền nước còn nợ 12,6 triệu đồng', 'Tiền nước phát hành quý III là 272,0 triệu đồng', 'đã thu 259,4 triệu đồng'], a: '272,0', b: '259,4', stated: '12,6', trap: 'a remainder of a bill.' }),
    // C.3
    contradiction({ id: 'targets', quote: ['đạt tối thiểu 80%; thu mua tối thiểu 500 tấn cà phê nhân niên vụ 2026 - 2027'], stated: 'tối thiểu 80%', expected: 'targets', consistent: true, reason: 'Targets for 2027 and the coming crop, beside the 72,2% and 412,6 tấn reached.', trap: 'targets next to figures, and a crop year.' }),
  ],
});
