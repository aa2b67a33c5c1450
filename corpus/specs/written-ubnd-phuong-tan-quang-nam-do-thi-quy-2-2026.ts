// Written for the corpus (batch F2): UBND phường Tân Quang Nam (thành phố Hải Phòng; the ward is
// invented), quarterly report for quarter II and six months 2026 on urban order (pavements cleared in
// m², fines, model streets, a weighted score of the "civilised ward" criteria), building permits and
// floor area, land titles and clearance for a road project (ha), waste collected (tấn, kg), drains
// (km against m), trees, household businesses and new firms, state budget revenue and tax arrears
// (triệu against tỷ) against the estimate and the same period; a table of revenue by source (estimate /
// quarter / six months / % estimate / % same period); quarter I figures in 3 footnotes; "-3,2%".
import { atLeast, change, contradiction, cumulative, difference, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-phuong-tan-quang-nam-do-thi-quy-2-2026.md',
  prefix: 'tqn',
  claims: [
    // 1. Trật tự đô thị
    sum({ id: 'violations-handled', quote: ['lập biên bản 186 trường hợp', 'xử phạt vi phạm hành chính 172 trường hợp', '14 trường hợp chuyển cơ quan có thẩm quyền xử lý'], parts: ['172', '14'], total: '186', note: 'Parts after "trong đó", the first with its fine.' }),
    atLeast({ id: 'pavement-since-january', quote: ['nâng tổng diện tích giải tỏa từ đầu năm lên 2.064 m²', 'Quý II giải tỏa 2.460m² vỉa hè'], big: '2.064 m²', small: '2.460 m²', kind: 'cumulative', mistake: 'planted', original: 'nâng tổng diện tích giải tỏa từ đầu năm lên 2.640 m²', note: 'Class 6: the area cleared since the start of the year (2.064 m²) is below the quarter\'s (2.460m², glued).' }),
    sum({ id: 'model-streets-met', quote: ['11/14 tuyến đạt chuẩn', 'các tuyến Lạch Tray, Văn Cao, Đà Nẵng và 8 tuyến nội phường'], parts: ['3', '8'], total: '11', note: 'Three named streets and eight others.' }),
    difference({ id: 'model-streets-left', quote: ['3 tuyến còn lại chưa đạt', 'phường đăng ký xây dựng 14 tuyến'], a: '14', b: '11', stated: '3' }),
    ratio({ id: 'model-streets-rate', quote: ['11/14 tuyến đạt chuẩn, đạt 78%'], x: '11', y: '14', stated: '78%', mistake: 'planted', original: '11/14 tuyến đạt chuẩn, đạt 79%', note: 'Class 7: 11/14 = 78,57%, which is 79% written whole; 78% truncates.' }),
    contradiction({ id: 'civilised-ward-score', quote: ['quý II đạt 88,4 điểm (trật tự đô thị 86 điểm, hệ số 0,4; vệ sinh môi trường 92 điểm, hệ số 0,35; mỹ quan đô thị 87 điểm, hệ số 0,25)'], stated: '88,4 điểm', expected: '0,4 × 86 + 0,35 × 92 + 0,25 × 87 = 88,35 → 88,4', consistent: true, reason: 'A weighted score: its components add to 265 and their plain mean is 88,3; the weights give 88,35.', trap: 'a weighted index with its components (not a sum, not a plain mean).' }),
    contradiction({ id: 'unlicensed-none-then-two', quote: ['trên địa bàn phường không phát sinh công trình xây dựng không phép', 'đình chỉ thi công 02 công trình xây dựng không phép'], stated: '02 công trình xây dựng không phép', expected: '0 (section 2 says no unlicensed building arose in the quarter)', consistent: false, reason: 'Section 1 reports two unlicensed buildings stopped in the quarter; section 2 says none arose.', mistake: 'planted', original: 'trên địa bàn phường phát sinh 02 công trình xây dựng không phép (đã đình chỉ thi công)', note: 'Class 8: a count against a "none" statement.' }),
    // 2. Xây dựng
    sum({ id: 'permit-files', quote: ['tiếp nhận 148 hồ sơ đề nghị cấp giấy phép xây dựng', 'đã cấp 136 giấy phép', 'trả lại 7 hồ sơ chưa đủ điều kiện, đang thẩm định 5 hồ sơ'], parts: ['136', '7', '5'], total: '148' }),
    sum({ id: 'permits-by-kind', quote: ['đã cấp 136 giấy phép (nhà ở riêng lẻ 128 giấy, công trình thương mại, dịch vụ 8 giấy)'], parts: ['128', '8'], total: '136', note: 'Parts in parentheses.' }),
    cumulative({ id: 'permits-six-months', quote: ['Lũy kế 6 tháng cấp 261 giấy phép xây dựng', 'Quý I/2026 cấp 125 giấy phép xây dựng', 'đã cấp 136 giấy phép'], previous: '125', period: '136', stated: '261', note: 'Quarter I in footnote 1.' }),
    change({ id: 'floor-area-same-period', quote: ['tăng 16,2% so với quý II/2025 (34.315 m²)', 'được cấp phép trong quý là 38.640 m²'], x: '38.640 m²', base: '34.315 m²', stated: '16,2%', direction: 'tăng', mistake: 'planted', original: 'tăng 12,6% so với quý II/2025 (34.315 m²)', note: 'Class 1: the same period in parentheses after the percent; 38.640/34.315 = 112,60%, an increase of 12,6%.' }),
    contradiction({ id: 'fines-per-building', quote: ['(mức phạt từ 7,5 đến 10 triệu đồng/công trình tùy diện tích sai phép)'], stated: '7,5 - 10 triệu đồng/công trình', expected: 'a per-building range; 9 buildings give 67,5 to 90 triệu, and 76,5 lies inside', consistent: true, reason: 'A per-item range beside a total; no product is stated.', trap: 'a per-item amount.' }),
    // 3. Đất đai
    cumulative({ id: 'land-titles-six-months', quote: ['lũy kế 6 tháng 312 giấy', 'Trong quý cấp 174 giấy chứng nhận', '138 giấy chứng nhận quyền sử dụng đất'], previous: '138', period: '174', stated: '312', note: 'Quarter I in footnote 1, which the land section does not cite.' }),
    ratio({ id: 'land-titles-plan', quote: ['312 giấy, đạt 62,4% kế hoạch năm (500 giấy)'], x: '312', y: '500', stated: '62,4%' }),
    difference({ id: 'clearance-area-left', quote: ['10 hộ còn lại với 0,49 ha', 'bàn giao 4,37 ha mặt bằng', 'với diện tích 4,86 ha'], a: '4,86', b: '4,37', stated: '0,49' }),
    difference({ id: 'clearance-households-left', quote: ['10 hộ còn lại với', 'thu hồi đất của 128 hộ', 'đã có 118 hộ nhận tiền bồi thường'], a: '128', b: '118', stated: '10' }),
    ratio({ id: 'clearance-rate', quote: ['Tỷ lệ hộ bàn giao mặt bằng đạt 93,2%', 'đã có 118 hộ nhận tiền bồi thường', 'thu hồi đất của 128 hộ'], x: '118', y: '128', stated: '93,2%', mistake: 'planted', original: 'Tỷ lệ hộ bàn giao mặt bằng đạt 92,2%', note: 'Class 2: the rate is a sentence of its own after a long one, its base two sentences back; 118/128 = 92,19%.' }),
    repeat({ id: 'clearance-summary', quote: ['còn 10 hộ chưa bàn giao mặt bằng'], values: ['10', '10'] }),
    // 4. Môi trường
    change({ id: 'waste-same-period', quote: ['tăng 3,1% so với cùng kỳ (4.236 tấn)', 'trong quý II là 4.368 tấn'], x: '4.368 tấn', base: '4.236 tấn', stated: '3,1%', direction: 'tăng' }),
    contradiction({ id: 'waste-per-day', quote: ['bình quân 48 tấn/ngày'], stated: '48 tấn/ngày', expected: '4.368 tấn / 91 ngày = 48', consistent: true, reason: 'A daily average over the quarter\'s 91 days, not a part.', trap: 'a per-day rate beside a total.' }),
    repeat({ id: 'recycled-kg-tonnes', quote: ['thu hồi 286.500 kg rác tái chế, tương đương 286,5 tấn'], values: ['286.500 kg', '286,5 tấn'], kind: 'unit' }),
    share({ id: 'recycled-share', quote: ['chiếm 6,6% khối lượng rác thu gom', 'trong quý II là 4.368 tấn'], x: '286,5 tấn', y: '4.368 tấn', stated: '6,6%' }),
    share({ id: 'sorting-share', quote: ['6.840 hộ thực hiện phân loại rác tại nguồn, chiếm 75% tổng số hộ', 'có 12 khu phố với 9.120 hộ'], x: '6.840', y: '9.120', stated: '75%', note: 'Class 3 (consistent): the households given in the opening paragraph; exactly 75,0%.' }),
    sum({ id: 'drains', quote: ['Nạo vét 3,6 km cống thoát nước', 'tuyến Lê Lợi 1.450 m, tuyến Trần Phú 1.280 m và các ngõ, hẻm 780 m'], parts: ['1.450 m', '1.280 m', '780 m'], total: '3,6 km', mistake: 'planted', original: 'các ngõ, hẻm 870 m', note: 'Class 4: parts in m after "gồm" add to 3.510 m, not to the 3,6 km total.' }),
    sum({ id: 'greenery-funds', quote: ['với kinh phí 1,35 tỷ đồng', 'ngân sách phường 820 triệu đồng, xã hội hóa 530 triệu đồng'], parts: ['820 triệu đồng', '530 triệu đồng'], total: '1,35 tỷ đồng' }),
    contradiction({ id: 'aqi-band', quote: ['(mức trung bình theo thang đánh giá: từ 51 đến 100)'], stated: '51 - 100', expected: 'the band of the index', consistent: true, reason: 'A scale band after an index of 68.', trap: 'a threshold next to a figure.' }),
    repeat({ id: 'waste-summary', quote: ['thu gom 4.368 tấn rác thải sinh hoạt'], values: ['4.368 tấn', '4.368 tấn'] }),
    // 5. Kinh doanh
    cumulative({ id: 'household-businesses', quote: ['lũy kế 6 tháng 158 hộ', 'Quý II cấp mới 86 giấy chứng nhận', 'Quý I/2026 cấp mới 76 giấy chứng nhận'], previous: '76', period: '86', stated: '158', mistake: 'planted', original: 'Quý I/2026 cấp mới 72 giấy chứng nhận đăng ký hộ kinh doanh', note: 'Class 6: quarter I in footnote 2 plus quarter II is 162, not 158.' }),
    change({ id: 'new-firms-capital', quote: ['tăng 15,2% so với cùng kỳ (161.800 triệu đồng)', 'tổng vốn đăng ký 186,4 tỷ đồng'], x: '186,4 tỷ đồng', base: '161.800 triệu đồng', stated: '15,2%', direction: 'tăng', note: 'tỷ against a base in triệu, in parentheses.' }),
    // 6. Thu ngân sách (text)
    cumulative({ id: 'revenue-six-months', quote: ['lũy kế 6 tháng 27,94 tỷ đồng', 'quý II đạt 14.286 triệu đồng', 'thu ngân sách trên địa bàn 13.654 triệu đồng'], previous: '13.654 triệu đồng', period: '14.286 triệu đồng', stated: '27,94 tỷ đồng', note: 'Quarter I in footnote 3, in triệu.' }),
    ratio({ id: 'revenue-estimate', quote: ['đạt 53,7% dự toán năm (52.000 triệu đồng)', 'lũy kế 6 tháng 27,94 tỷ đồng'], x: '27,94 tỷ đồng', y: '52.000 triệu đồng', stated: '53,7%', note: 'tỷ against an estimate in triệu, in parentheses.' }),
    change({ id: 'revenue-same-period', quote: ['tăng 9,8% so với cùng kỳ (25.446 triệu đồng)'], x: '27,94 tỷ đồng', base: '25.446 triệu đồng', stated: '9,8%', direction: 'tăng' }),
    repeat({ id: 'non-state-tax-text-table', quote: ['thuế công thương nghiệp ngoài quốc doanh 16,28 tỷ đồng, chiếm 60,2% tổng thu', '16.820'], values: ['16.820 triệu đồng', '16,28 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'thuế công thương nghiệp ngoài quốc doanh 16,82 tỷ đồng', note: 'Class 5: the text gives the table\'s 16.820 triệu as 16,28 tỷ (two digits swapped); its 60,2% share still fits 16.820 (16,28 would be 58,3%).' }),
    share({ id: 'registration-fee-share', quote: ['lệ phí trước bạ 5.340 triệu đồng, chiếm 17,1%', 'lũy kế 6 tháng 27,94 tỷ đồng'], x: '5.340 triệu đồng', y: '27,94 tỷ đồng', stated: '17,1%', mistake: 'planted', original: 'lệ phí trước bạ 5.340 triệu đồng, chiếm 19,1%', note: 'Class 3: share of the total given earlier in the paragraph in tỷ; 5.340/27.940 = 19,11%.' }),
    share({ id: 'income-tax-share', quote: ['thuế thu nhập cá nhân 3.915 triệu đồng, chiếm 14,0%'], x: '3.915 triệu đồng', y: '27,94 tỷ đồng', stated: '14,0%' }),
    change({ id: 'land-use-tax-same-period', quote: ['so với cùng kỳ -3,2% (1.157 triệu đồng)', 'Thuế sử dụng đất phi nông nghiệp đạt 1.120 triệu đồng'], x: '1.120', base: '1.157', stated: '3,2%', direction: 'giảm', note: 'A fall written "-3,2%", the same period in parentheses after it.' }),
    difference({ id: 'tax-arrears', quote: ['giảm 640 triệu đồng so với ngày 31/3 (2,82 tỷ đồng)', 'Nợ thuế đến ngày 30/6 còn 2,18 tỷ đồng'], a: '2,82 tỷ đồng', b: '2,18 tỷ đồng', stated: '640 triệu đồng', note: 'tỷ and triệu.' }),
    // Table
    sum({ id: 't-estimate-column', quote: ['(52.000 triệu đồng)', '31.500', '9.800', '7.200', '2.100', '1.400'], parts: ['31.500', '9.800', '7.200', '2.100', '1.400'], total: '52.000' }),
    sum({ id: 't-quarter-column', quote: ['quý II đạt 14.286 triệu đồng', '8.610', '2.760', '2.040', '506', '370'], parts: ['8.610', '2.760', '2.040', '506', '370'], total: '14.286' }),
    sum({ id: 't-six-months-column', quote: ['lũy kế 6 tháng 27,94 tỷ đồng', '16.820', '5.340 triệu đồng', '3.915 triệu đồng', '1.120 triệu đồng'], parts: ['16.820 triệu đồng', '5.340 triệu đồng', '3.915 triệu đồng', '1.120 triệu đồng', '745 triệu đồng'], total: '27,94 tỷ đồng', note: 'The table\'s six-month column adds to the text\'s total.' }),
    ratio({ id: 't-non-state-tax-estimate', quote: ['53,4'], x: '16.820', y: '31.500', stated: '53,4' }),
    ratio({ id: 't-registration-fee-estimate', quote: ['54,5'], x: '5.340', y: '9.800', stated: '54,5' }),
    ratio({ id: 't-income-tax-estimate', quote: ['54,4'], x: '3.915', y: '7.200', stated: '54,4', note: '54,375 → 54,4 (half-up).' }),
    ratio({ id: 't-land-use-tax-estimate', quote: ['53,3'], x: '1.120', y: '2.100', stated: '53,3' }),
    ratio({ id: 't-other-estimate', quote: ['53,2'], x: '745', y: '1.400', stated: '53,2' }),
    ratio({ id: 't-land-use-tax-same-period', quote: ['96,8'], x: '1.120', y: '1.157', stated: '96,8', note: 'The table\'s % of the same period agrees with the text\'s "-3,2%" and its base.' }),
    ratio({ id: 't-total-same-period', quote: ['109,8'], x: '27.940', y: '25.446', stated: '109,8' }),
    // Summary and tasks
    repeat({ id: 'revenue-summary', quote: ['thu ngân sách 6 tháng đạt 27,49 tỷ đồng', 'lũy kế 6 tháng 27,94 tỷ đồng'], values: ['27,94 tỷ đồng', '27,49 tỷ đồng'], mistake: 'planted', original: 'thu ngân sách 6 tháng đạt 27,94 tỷ đồng', note: 'Class 5: the summary restates the six months\' revenue with two digits swapped.' }),
    repeat({ id: 'permits-summary', quote: ['cấp 136 giấy phép xây dựng, giải tỏa'], values: ['136', '136'] }),
    repeat({ id: 'model-streets-summary', quote: ['mới có 11/14 tuyến phố đạt chuẩn văn minh'], values: ['11', '11'] }),
    contradiction({ id: 'targets-next-quarter', quote: ['14/14 tuyến phố đạt chuẩn văn minh đô thị', 'vượt 5% dự toán', 'đưa nợ thuế xuống dưới 1,5 tỷ đồng'], stated: '14/14; vượt 5%; dưới 1,5 tỷ', expected: 'targets', consistent: true, reason: 'Targets for the rest of the year.', trap: 'targets (one written X/Y).' }),
  ],
});
