// Written for the corpus (batch O2): Ủy ban bầu cử xã Nghi Phong Hạ (tỉnh Nghệ An; the commune is invented),
// the report closing the election of 15/3/2026 (Quốc hội khóa XVI and the councils of 2026 - 2031) in parts
// I - IV: election bodies (members per team), voters with women as a share and first-time voters overlapping,
// candidates against seats, voter meetings in two rounds with an average; the election budget in tỷ with its
// spending in triệu, parts after "gồm", against 2021 in a footnote in tỷ, the remainder; turnout by the hour
// (11 o'clock and the rest on top of it), against the province's target and 2021 in a footnote, X/Y of the
// polling areas as whole percents; a table of the five constituencies (voters, voted, %, seats, candidates)
// with a total row; ballots valid and invalid, the national candidates' votes as shares of the valid ballots
// (which add to more than 100%, as the report says); the council elected by group with shares, by training
// and by sector; a "none" of complaints; the summary restating figures and the weaknesses (a complaint).
import { contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum, change, atLeast } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-uy-ban-bau-cu-xa-nghi-phong-ha-ket-qua-bau-cu-2026.md',
  prefix: 'nph',
  claims: [
    // I.1
    quotient({ id: 'per-team', quote: ['bình quân 11 thành viên/Tổ bầu cử', '16 Tổ bầu cử với 176 thành viên'], x: '176', y: '16', stated: '11', trap: 'members per polling team.' }),
    contradiction({ id: 'all-areas', quote: ['100% khu vực bỏ phiếu được bố trí tại nhà văn hóa thôn'], stated: '100%', expected: 'all areas', consistent: true, reason: 'All polling areas; no figure against it.', trap: '"100%" with no base.' }),
    repeat({ id: 'areas', quote: ['và 16 khu vực bỏ phiếu. Ủy ban', 'niêm yết đúng thời hạn tại 16 khu vực bỏ phiếu'], values: ['16', '16'] }),
    // I.2
    share({ id: 'women-voters', quote: ['cử tri nữ 9.486 người (50,9%)', 'Tổng số cử tri trong danh sách là 18.642 người'], x: '9.486', y: '18.642', stated: '50,9%' }),
    atLeast({ id: 'first-time', quote: ['cử tri lần đầu tham gia bầu cử 1.126 người', 'Tổng số cử tri trong danh sách là 18.642 người'], big: '18.642', small: '1.126', trap: 'first-time voters overlap the women in the same "trong đó".' }),
    difference({ id: 'surplus', quote: ['số dư 20 người', 'để bầu 30 đại biểu', 'Số người ứng cử'], a: '50', b: '30', stated: '20', note: 'The table\'s 50 candidates less 30 seats.' }),
    repeat({ id: 'candidates', quote: ['danh sách chính thức 51 người ứng cử', 'Số người ứng cử'], values: ['50', '51'], mistake: 'planted', original: 'danh sách chính thức 50 người ứng cử', note: 'Class 5: the text lists 51 candidates against the table\'s 50 (10 in each of the five constituencies) and the surplus of 20 over 30 seats.' }),
    sum({ id: 'meetings', quote: ['tổ chức 22 hội nghị tiếp xúc cử tri (đợt 1: 12 hội nghị, đợt 2: 10 hội nghị)'], parts: ['12', '10'], total: '22' }),
    quotient({ id: 'per-meeting', quote: ['bình quân 129,4 cử tri/hội nghị', 'với 2.846 lượt cử tri tham dự', 'tổ chức 22 hội nghị'], x: '2.846', y: '22', stated: '129,4', trap: 'an average per meeting.' }),
    // I.3
    ratio({ id: 'spending-estimate', quote: ['đạt 94,0% dự toán', 'Đã chi 1.184,6 triệu đồng', 'Dự toán kinh phí bầu cử của xã là 1,26 tỷ đồng'], x: '1.184,6 triệu đồng', y: '1,26 tỷ đồng', stated: '94,0%', trap: 'the estimate in tỷ, the spending in triệu.' }),
    change({ id: 'spending-2021', quote: ['tăng 12,0% so với cuộc bầu cử năm 2021', 'Đã chi 1.184,6 triệu đồng', 'là 1,042 tỷ đồng'], x: '1.184,6 triệu đồng', base: '1,042 tỷ đồng', stated: '12,0%', direction: 'tăng', mistake: 'planted', original: 'tăng 13,7% so với cuộc bầu cử năm 2021', note: 'Class 1: the base is only in footnote 1, in tỷ; (1.184,6 − 1.042)/1.042 = 13,69%; 12,0% divides the increase by this year\'s spending.' }),
    sum({ id: 'spending-parts', quote: ['Đã chi 1.184,6 triệu đồng', 'gồm in ấn tài liệu, phiếu bầu 312,4 triệu đồng, bồi dưỡng thành viên các tổ chức phụ trách bầu cử 586,2 triệu đồng và trang trí, hậu cần 286 triệu đồng'], parts: ['312,4', '586,2', '286'], total: '1.184,6' }),
    quotient({ id: 'per-area', quote: ['bình quân 36,64 triệu đồng/khu vực bỏ phiếu', 'bầu cử 586,2 triệu đồng', 'và 16 khu vực bỏ phiếu. Ủy ban'], x: '586,2', y: '16', stated: '36,64', trap: 'an allowance per polling area.' }),
    difference({ id: 'remainder', quote: ['Kinh phí còn lại 75,4 triệu đồng', 'là 1,26 tỷ đồng', 'Đã chi 1.184,6 triệu đồng'], a: '1,26 tỷ đồng', b: '1.184,6 triệu đồng', stated: '75,4 triệu đồng' }),
    ratio({ id: 'remainder-share', quote: ['bằng 6,0% dự toán', 'Kinh phí còn lại 75,4 triệu đồng', 'là 1,26 tỷ đồng'], x: '75,4 triệu đồng', y: '1,26 tỷ đồng', stated: '6,0%' }),
    // II.1
    ratio({ id: 'eleven', quote: ['đạt 81,75% tổng số cử tri', 'Đến 11 giờ đã có 15.240 cử tri đi bầu', 'là 18.642 người'], x: '15.240', y: '18.642', stated: '81,75%' }),
    cumulative({ id: 'by-hour', quote: ['lên 18.597 người', 'Đến 11 giờ đã có 15.240 cử tri', 'có thêm 3.375 cử tri'], previous: '15.240', period: '3.375', stated: '18.597', mistake: 'planted', original: 'có thêm 3.357 cử tri', note: 'Class 6: 15.240 voters by 11 o\'clock plus 3.375 after is 18.615, not the 18.597 who voted (two digits swapped).' }),
    ratio({ id: 'turnout', quote: ['đạt 99,76% (chỉ tiêu', 'lên 18.597 người', 'là 18.642 người'], x: '18.597', y: '18.642', stated: '99,76%' }),
    contradiction({ id: 'target', quote: ['chỉ tiêu của tỉnh là trên 98%'], stated: 'trên 98%', expected: 'a threshold', consistent: true, reason: 'The province\'s target, met.', trap: 'a target in the turnout\'s parentheses.' }),
    contradiction({ id: 'y2021', quote: ['Năm 2021, tỷ lệ cử tri đi bầu trên địa bàn đạt 99,52%'], stated: '99,52%', expected: 'another year', consistent: true, reason: '2021\'s turnout; lower than 99,76%, as the text says.', trap: 'another election\'s rate in a footnote.' }),
    difference({ id: 'not-voted', quote: ['chưa tham gia bỏ phiếu là 45 người', 'là 18.642 người', 'lên 18.597 người'], a: '18.642', b: '18.597', stated: '45' }),
    ratio({ id: 'areas-noon', quote: ['Có 15/16 khu vực bỏ phiếu kết thúc bỏ phiếu trước 12 giờ, đạt 94%'], x: '15', y: '16', stated: '94%', trap: 'a whole percent rounded up (93,75%).' }),
    ratio({ id: 'areas-count', quote: ['14/16 khu vực hoàn thành kiểm phiếu trước 22 giờ, đạt 87%'], x: '14', y: '16', stated: '87%', mistake: 'planted', original: 'đạt 88%', note: 'Class 7: 14/16 = 87,5%, which is 88% written whole; 87% truncates.' }),
    difference({ id: 'late-areas', quote: ['2 khu vực kiểm phiếu kết thúc muộn', '14/16 khu vực hoàn thành'], a: '16', b: '14', stated: '2' }),
    // table
    ratio({ id: 't1', quote: ['99,82', '3.912', '3.905'], x: '3.905', y: '3.912', stated: '99,82' }),
    ratio({ id: 't2', quote: ['99,72', '3.604', '3.594'], x: '3.594', y: '3.604', stated: '99,72' }),
    ratio({ id: 't3', quote: ['99,70', '4.018', '4.006'], x: '4.006', y: '4.018', stated: '99,70' }),
    ratio({ id: 't4', quote: ['99,80', '3.526', '3.519'], x: '3.519', y: '3.526', stated: '99,80' }),
    ratio({ id: 't5', quote: ['99,75', '3.582', '3.573'], x: '3.573', y: '3.582', stated: '99,75' }),
    sum({ id: 't-voters', quote: ['là 18.642 người', 'Tổng cộng', '3.912', '3.604', '4.018', '3.526', '3.582'], parts: ['3.912', '3.604', '4.018', '3.526', '3.582'], total: '18.642', kind: 'cross_total' }),
    sum({ id: 't-voted', quote: ['lên 18.597 người', 'Tổng cộng', '3.905', '3.594', '4.006', '3.519', '3.573'], parts: ['3.905', '3.594', '4.006', '3.519', '3.573'], total: '18.597', kind: 'cross_total' }),
    sum({ id: 't-seats', quote: ['Đã bầu đủ 30/30 đại biểu', 'Số đại biểu được bầu'], parts: ['6', '6', '6', '6', '6'], total: '30', kind: 'cross_total' }),
    repeat({ id: 'voters-table', quote: ['là 18.642 người', 'Tổng cộng'], values: ['18.642', '18.642'] }),
    ratio({ id: 'unit5', quote: ['Đơn vị bầu cử số 5 đạt 99,57%', '3.582', '3.573'], x: '3.573', y: '3.582', stated: '99,57%', mistake: 'planted', original: 'Đơn vị bầu cử số 5 đạt 99,75%', note: 'Class 1: the base is only in the table; 3.573/3.582 = 99,75%, as the table writes; the text swaps two digits.' }),
    contradiction({ id: 'unit-number', quote: ['Đơn vị bầu cử số 2 của tỉnh'], stated: 'số 2', expected: 'a name', consistent: true, reason: 'A constituency\'s number.', trap: 'a number in a name.' }),
    // II.2
    sum({ id: 'ballots', quote: ['thu vào 18.597 phiếu', 'phiếu hợp lệ 18.402 phiếu', 'phiếu không hợp lệ 195 phiếu'], parts: ['18.402', '195'], total: '18.597' }),
    repeat({ id: 'ballots-voters', quote: ['Tổng số phiếu phát ra 18.597 phiếu', 'lên 18.597 người'], values: ['18.597', '18.597'] }),
    share({ id: 'valid', quote: ['18.402 phiếu (98,95%)', 'thu vào 18.597 phiếu'], x: '18.402', y: '18.597', stated: '98,95%' }),
    share({ id: 'invalid', quote: ['195 phiếu (1,05%)', 'thu vào 18.597 phiếu'], x: '195', y: '18.597', stated: '1,05%' }),
    share({ id: 'cand1', quote: ['15.884 phiếu (86,32% số phiếu hợp lệ)', 'phiếu hợp lệ 18.402 phiếu'], x: '15.884', y: '18.402', stated: '86,32%' }),
    share({ id: 'cand2', quote: ['14.926 phiếu (81,11%)', 'phiếu hợp lệ 18.402 phiếu'], x: '14.926', y: '18.402', stated: '81,11%' }),
    share({ id: 'cand3', quote: ['13.518 phiếu (73,46%)', 'phiếu hợp lệ 18.402 phiếu'], x: '13.518', y: '18.402', stated: '73,46%' }),
    share({ id: 'cand4', quote: ['6.212 phiếu (33,76%)', 'phiếu hợp lệ 18.402 phiếu'], x: '6.212', y: '18.402', stated: '33,76%' }),
    share({ id: 'cand5', quote: ['3.964 phiếu (21,54%)', 'phiếu hợp lệ 18.402 phiếu'], x: '3.964', y: '18.402', stated: '21,54%' }),
    contradiction({ id: 'cand-total', quote: ['tổng các tỷ lệ trên vượt 100%'], stated: '296,19%', expected: 'more than 100%', consistent: true, reason: 'Each voter may choose up to 3 of 5; the shares of the valid ballots add to 296,19%, as the report says.', trap: 'shares that are not parts of one whole.' }),
    // II.3
    contradiction({ id: 'elected', quote: ['Đã bầu đủ 30/30 đại biểu'], stated: '30/30', expected: 'all seats', consistent: true, reason: 'All seats filled.', trap: 'X/Y of all with no percent.' }),
    share({ id: 'women', quote: ['nữ 11 người (36,7%)', 'Đã bầu đủ 30/30 đại biểu'], x: '11', y: '30', stated: '36,7%' }),
    share({ id: 'young', quote: ['dưới 40 tuổi 8 người (26,7%)', 'Đã bầu đủ 30/30 đại biểu'], x: '8', y: '30', stated: '26,7%' }),
    share({ id: 'non-party', quote: ['người ngoài Đảng 3 người (6,0%)', 'Đã bầu đủ 30/30 đại biểu', 'danh sách chính thức 51 người ứng cử'], x: '3', y: '30', stated: '6,0%', mistake: 'planted', original: 'người ngoài Đảng 3 người (10,0%)', note: 'Class 3: a share of the 30 deputies given earlier; 3/30 = 10,0%; 6,0% divides by the 50 candidates.' }),
    share({ id: 're-elected', quote: ['tái cử 12 người (40,0%)', 'Đã bầu đủ 30/30 đại biểu'], x: '12', y: '30', stated: '40,0%' }),
    sum({ id: 'training', quote: ['Đã bầu đủ 30/30 đại biểu', 'đại học trở lên 24 người, cao đẳng, trung cấp 6 người'], parts: ['24', '6'], total: '30' }),
    sum({ id: 'sectors', quote: ['Đã bầu đủ 30/30 đại biểu', 'khối Đảng 9 người, khối chính quyền 8 người, Mặt trận Tổ quốc và các đoàn thể 7 người, đại diện các thôn và thành phần khác 5 người'], parts: ['9', '8', '7', '5'], total: '30', mistake: 'planted', original: 'đại diện các thôn và thành phần khác 6 người', note: 'Class 4: the four sectors add to 29, not the 30 deputies.' }),
    // II.4
    contradiction({ id: 'complaint', quote: ['Tổ bầu cử số 7 nhận 01 đơn khiếu nại', 'không có đơn thư khiếu nại, tố cáo liên quan đến bầu cử'], stated: '01 đơn khiếu nại', expected: 'none (II.4)', consistent: false, reason: 'Section II.4 says no complaint was received during the election; the weaknesses count one about the voters\' list.', mistake: 'planted', original: 'một số Tổ bầu cử còn lúng túng khi hướng dẫn cử tri', note: 'Class 8: a count against a "none" statement.' }),
    // III
    repeat({ id: 'summary-turnout', quote: ['Tỷ lệ cử tri đi bầu đạt 99,67%', 'đạt 99,76% (chỉ tiêu'], values: ['99,76%', '99,67%'], mistake: 'planted', original: 'Tỷ lệ cử tri đi bầu đạt 99,76%', note: 'Class 5: the summary swaps two digits of the turnout in II.1 and the table.' }),
    share({ id: 'summary-valid', quote: ['tỷ lệ phiếu hợp lệ đạt 98,71%', 'phiếu hợp lệ 18.402 phiếu', 'thu vào 18.597 phiếu', 'là 18.642 người'], x: '18.402', y: '18.597', stated: '98,71%', mistake: 'planted', original: 'tỷ lệ phiếu hợp lệ đạt 98,95%', note: 'Class 2: the ballots are in II.2; 18.402/18.597 = 98,95%; 98,71% divides by the 18.642 voters on the list.' }),
    repeat({ id: 'summary-women', quote: ['trong đó 11 đại biểu nữ', 'nữ 11 người (36,7%)'], values: ['11', '11'] }),
    repeat({ id: 'summary-spending', quote: ['Kinh phí chi 1,1846 tỷ đồng', 'Đã chi 1.184,6 triệu đồng'], values: ['1.184,6 triệu đồng', '1,1846 tỷ đồng'], kind: 'unit', trap: 'the spending restated in tỷ, agreeing.' }),
    repeat({ id: 'weak-invalid', quote: ['còn 195 phiếu không hợp lệ', 'phiếu không hợp lệ 195 phiếu (1,05%)'], values: ['195', '195'] }),
    repeat({ id: 'weak-not-voted', quote: ['còn 45 cử tri chưa tham gia bỏ phiếu', 'chưa tham gia bỏ phiếu là 45 người'], values: ['45', '45'] }),
    contradiction({ id: 'dates', quote: ['trước ngày 25/3/2026'], stated: '25/3/2026', expected: 'a date', consistent: true, reason: 'A deadline.', trap: 'numbers in a date.' }),
  ],
});
