/*
 * (a) An invented report (Báo cáo số 09/BC-UBBC, 25/3/2026) of the Ủy ban bầu cử xã Thanh Hà Đông (tỉnh Phú
 * Thọ) to the Ủy ban bầu cử tỉnh, the Đảng ủy and the HĐND xã on the election of deputies to the HĐND xã,
 * term 2026–2031 (election day 15/3/2026). Outline and key figures:
 *   I.1  30 seats in 11 electoral units (8 × 3 + 3 × 2), 24 polling areas (870 voters each on average),
 *        11 Ban bầu cử (99 members = 11 × 9), 24 Tổ bầu cử (264 = 24 × 11).
 *   I.2  52 candidates, số dư 22 (2 per unit, 1,73 times the seats); candidate structure (women 19/52,
 *        ethnic 7, under 40 14, party 41 = 78,85%, non-party 11 = 21,15%, re-standing 13); 32 meetings with
 *        voters, 4.736 attendances (148 per meeting), 30/32 meetings over 100 voters (93,8%).
 *   I.3  Voter list: posted 04/02 with 20.767 (footnote 2, with 118 added and 39 removed up to 28/02);
 *        01/3–14/3 +53 (31 + 15 + 7, written with 17), −14; lũy kế +171, −53; final 20.885 (+118, +0,57%).
 *   II   20.700 voted (99,11%, +0,35 points on 98,76% in 2021), 20.522 valid (99,14%), 178 invalid;
 *        Bảng 1 per unit (turnout 98,87%–99,42%); votes per candidate in units 1 (2.012 valid) and 9 (1.428
 *        valid, whole percents); highest 1.738 votes = 94,77% and lowest 1.263 = 55,52% (bases in Bảng 1).
 *        30/30 elected: women 11 (36,67%; 2021: 25/80 = 31,25%; +5,42 points), ethnic 4 (13,33%), party 27
 *        (90%), non-party 3 (10%), re-elected 12 (40%, 12/13 = 92,31%), new 18 (60%), age shares;
 *        Bảng 2 education (5/22/3 of 30; 7/36/9 of 52).
 *   III  Budget 1,25 tỷ (footnote 5: 780 + 470 triệu), spent 1.117.500 nghìn đồng (Bảng 3, 8 items),
 *        +7,97% on 1.035 triệu in 2021 (footnote 6), 46,56 triệu per polling area, bồi dưỡng share 31,83%,
 *        132,5 triệu returned.
 *   IV   Complaints: 5 before the election (footnote 7: 3 + 2), 2 after; lũy kế; none on the result.
 *   V    Summary restating voters, turnout, invalid share, women 37%, party 90%, top 95%, 1,12 tỷ, 132,5 triệu;
 *        Tồn tại (polling area 17 kept open to 19 giờ 45); VI tasks (confirm 30 deputies, first session by
 *        29/4/2026, return 132,5 triệu).
 *
 * (b) Planted mistakes (10):
 *   1. Class 1  bcth-cand-u1-lan      "85,97%" for 1.726 votes; base 2.012 valid ballots is in the previous
 *                                      sentence: right 85,79%.
 *   2. Class 1  bcth-budget-pct       "84,9% dự toán" for 1.117.500 nghìn đồng against 1,25 tỷ đồng (another
 *                                      scale): right 89,4%.
 *   3. Class 2  bcth-sum-invalid-pct  summary "0,68%" invalid ballots; base 178/20.700 is in section II: right 0,86%.
 *   4. Class 3  bcth-age-shares       age shares 26,67% + 46,67% + 30% = 103,34%; the last should be 26,67%.
 *   5. Class 4  bcth-added-parts      53 added "gồm 31 + 17 + 7" = 55; the part should be 15.
 *   6. Class 5  bcth-sum-voters       summary "20.858" voters vs 20.885 in the body and Bảng 1.
 *   7. Class 5  bcth-printing-repeat  text "186,4 triệu đồng" for printing vs 168.400 nghìn đồng in Bảng 3:
 *                                      right 168,4 triệu đồng.
 *   8. Class 6  bcth-complaints-cum   lũy kế "8 đơn" = 5 (footnote 7) + 2 = 7.
 *   9. Class 7  bcth-cand-women-pct   women candidates 19/52 = 36,54% written "36%": right 37%.
 *  10. Class 8  bcth-deny-extend      "không có khu vực bỏ phiếu nào phải kéo dài thời gian bỏ phiếu", yet
 *                                      Tồn tại says polling area 17 stayed open to 19 giờ 45 phút.
 *
 * Traps (33 claims marked): 30/32 = 93,75 → 93,8%; 7/52 = 13,46 → 13%; 14/52 = 26,92 → 27%; 224/1.428 = 15,69 → 16%
 * (whole percents in unit 9); the base of the highest result only in Bảng 1; 36,67% restated as 37% and 94,77%
 * as 95% in the summary; 1.117.500 nghìn đồng restated as 1,12 tỷ đồng; 1,25 tỷ vs 1.250 triệu (footnote);
 * percentage points (0,35; 5,42); targets/thresholds beside results (trên 98%, tối thiểu 35%, đúng mức tối
 * thiểu 10%, 11/11 units above 98%); overlapping "có 11 nữ, 4…, 8…, 27…" that are not parts of 30; per-item
 * averages (870 voters per polling area, 46,56 triệu per polling area across scales, 1,73 lần); products
 * (24 × 11 = 264, 264 × 150 × 3 = 118.800 in a table row); remainder 132,5 triệu across scales; change on a
 * footnote base in another scale (7,97%); running totals of the voter list on a footnote (118 + 53, 39 + 14);
 * the net increase 118 equal to the 118 added up to 28/02 (two different things); 37 voters using the mobile box
 * and 37 ballots in it; footnote parts 20.663 + 37; the 2021 base 31,25% in a footnote; denials with nothing
 * against them (no re-vote, no lost ballots, no disorder, no complaint on the result beside two petitions that
 * are not about it). Document numbers and dates that look like fractions (04/NQ-UBBC, 168/QĐ-UBND, 27/KH-UBBC,
 * 09/BC-UBBC, 15/3/2026, 29/4/2026) are not claims.
 */
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum, times } from '../../scripts/corpus/relations';

const T1 = {
  u1: '| Số 1 | 2 | 3 | 5 | 2.046 | 2.031 | 99,27 | 2.012 |',
  u2: '| Số 2 | 2 | 3 | 5 | 1.918 | 1.902 | 99,17 | 1.885 |',
  u3: '| Số 3 | 3 | 3 | 5 | 2.274 | 2.250 | 98,94 | 2.231 |',
  u4: '| Số 4 | 2 | 3 | 5 | 1.862 | 1.851 | 99,41 | 1.834 |',
  u5: '| Số 5 | 2 | 3 | 5 | 2.105 | 2.083 | 98,95 | 2.066 |',
  u6: '| Số 6 | 3 | 3 | 5 | 2.318 | 2.296 | 99,05 | 2.275 |',
  u7: '| Số 7 | 2 | 3 | 5 | 1.976 | 1.959 | 99,14 | 1.943 |',
  u8: '| Số 8 | 2 | 3 | 5 | 2.037 | 2.014 | 98,87 | 1.997 |',
  u9: '| Số 9 | 2 | 2 | 4 | 1.452 | 1.440 | 99,17 | 1.428 |',
  u10: '| Số 10 | 2 | 2 | 4 | 1.389 | 1.381 | 99,42 | 1.370 |',
  u11: '| Số 11 | 2 | 2 | 4 | 1.508 | 1.493 | 99,01 | 1.481 |',
  total: '| **Tổng cộng** | **24** | **30** | **52** | **20.885** | **20.700** | **99,11** | **20.522** |',
};

const units: Array<[string, string, string, string]> = [
  ['u1', '2.031', '2.046', '99,27'], ['u2', '1.902', '1.918', '99,17'], ['u3', '2.250', '2.274', '98,94'],
  ['u4', '1.851', '1.862', '99,41'], ['u5', '2.083', '2.105', '98,95'], ['u6', '2.296', '2.318', '99,05'],
  ['u7', '1.959', '1.976', '99,14'], ['u8', '2.014', '2.037', '98,87'], ['u9', '1.440', '1.452', '99,17'],
  ['u10', '1.381', '1.389', '99,42'], ['u11', '1.493', '1.508', '99,01'],
];

const B3 = {
  i1: '| 1 | Tập huấn, hội nghị triển khai, hội nghị hiệp thương | 96.500 |',
  i2: '| 2 | In ấn tài liệu, phiếu bầu, thẻ cử tri, danh sách niêm yết | 168.400 |',
  i3: '| 3 | Hòm phiếu, khánh tiết, trang trí khu vực bỏ phiếu | 214.750 |',
  i4: '| 4 | Bồi dưỡng Tổ bầu cử (264 người × 150 nghìn đồng/ngày × 3 ngày) | 118.800 |',
  i5: '| 5 | Bồi dưỡng Ủy ban bầu cử, Ban bầu cử, lực lượng bảo đảm an ninh | 236.900 |',
  i6: '| 6 | Tuyên truyền, cổ động | 142.300 |',
  i7: '| 7 | Kiểm tra, giám sát | 58.600 |',
  i8: '| 8 | Văn phòng phẩm, chi khác | 81.250 |',
  total: '|  | **Tổng cộng** | **1.117.500** |',
};

const B2 = {
  ms: '| Thạc sĩ | 7 | 5 | 16,67 | 71,43 |',
  dh: '| Đại học | 36 | 22 | 73,33 | 61,11 |',
  cd: '| Cao đẳng, trung cấp | 9 | 3 | 10,00 | 33,33 |',
  total: '| **Cộng** | **52** | **30** | **100** | **57,69** |',
};

export default report({
  doc: 'written-ubbc-xa-thanh-ha-dong-ket-qua-bau-cu-hdnd-2026-2031.md',
  prefix: 'bcth',
  claims: [
    // I.1 Units, polling areas, committees
    contradiction({ id: 'seats-formula', quote: ['(8 × 3 + 3 × 2 = 30 đại biểu)'], stated: '30', expected: '30', consistent: true, reason: '8 × 3 + 3 × 2 = 24 + 6 = 30 seats: consistent.' }),
    repeat({ id: 'seats-repeat', quote: ['toàn xã được bầu 30 đại biểu', 'đã bầu đủ 30/30 đại biểu', 'Bầu đủ 30 đại biểu ngay lần đầu', 'xác nhận tư cách 30 đại biểu'], values: ['30', '30', '30', '30'] }),
    quotient({ id: 'voters-per-kvbp', quote: ['bình quân mỗi khu vực bỏ phiếu có 870 cử tri', '**20.885**', 'thành lập 24 khu vực bỏ phiếu'], x: '20.885', y: '24', stated: '870', trap: 'per-item average: 870,2 voters per polling area, base from the final list given later' }),
    product({ id: 'ban-members', quote: ['11 Ban bầu cử với 99 thành viên (mỗi Ban 9 người)'], x: '11', y: '9', stated: '99' }),
    product({ id: 'to-members', quote: ['24 Tổ bầu cử với 264 thành viên (mỗi Tổ 11 người)'], x: '24', y: '11', stated: '264', trap: 'count × size product' }),
    contradiction({ id: 'deny-replace', quote: ['không có trường hợp nào phải thay thế thành viên do vi phạm'], stated: 'không có trường hợp nào phải thay thế thành viên do vi phạm', expected: 'no replacement mentioned anywhere', consistent: true, reason: 'Nothing in the report mentions a committee member replaced: consistent.' }),

    // I.2 Candidates
    difference({ id: 'so-du', quote: ['nhiều hơn số đại biểu được bầu 22 người', 'danh sách chính thức 52 người ứng cử'], a: '52', b: '30', stated: '22' }),
    quotient({ id: 'so-du-avg', quote: ['bình quân mỗi đơn vị bầu cử có số dư 2 người'], x: '22', y: '11', stated: '2' }),
    times({ id: 'cand-times', quote: ['gấp 1,73 lần số đại biểu được bầu'], x: '52', y: '30', stated: 'gấp 1,73 lần', trap: 'a multiple, not a percent' }),
    contradiction({ id: 'cand-formula', quote: ['(8 × 5 + 3 × 4 = 52 người)'], stated: '52', expected: '52', consistent: true, reason: '8 × 5 + 3 × 4 = 40 + 12 = 52 candidates: consistent.' }),
    ratio({ id: 'cand-women-pct', quote: ['Nữ: 19/52 người, chiếm 36%'], x: '19', y: '52', stated: '36%', mistake: 'planted', original: 'Nữ: 19/52 người, chiếm 37%', note: 'Class 7: 19/52 = 36,54% truncated to 36% instead of rounded half-up to 37%.' }),
    ratio({ id: 'cand-ethnic-pct', quote: ['7 người, chiếm 13%', 'danh sách chính thức 52 người ứng cử'], x: '7', y: '52', stated: '13%', trap: '13,46% correctly rounded down to 13%' }),
    ratio({ id: 'cand-young-pct', quote: ['14 người, chiếm 27%'], x: '14', y: '52', stated: '27%', trap: '26,92% correctly rounded up to 27%' }),
    ratio({ id: 'cand-party-pct', quote: ['41 người (78,85%)'], x: '41', y: '52', stated: '78,85%' }),
    ratio({ id: 'cand-nonparty-pct', quote: ['11 người (21,15%)'], x: '11', y: '52', stated: '21,15%' }),
    sum({ id: 'cand-party-sum', quote: ['danh sách chính thức 52 người ứng cử', 'Đảng viên: 41 người (78,85%); người ngoài Đảng: 11 người (21,15%)'], parts: ['41', '11'], total: '52' }),
    sum({ id: 'cand-party-shares', quote: ['Đảng viên: 41 người (78,85%); người ngoài Đảng: 11 người (21,15%)'], parts: ['78,85%', '21,15%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    quotient({ id: 'meeting-avg', quote: ['bình quân 148 lượt cử tri/hội nghị', 'thu hút 4.736 lượt cử tri tham dự', 'đã tổ chức 32 hội nghị'], x: '4.736', y: '32', stated: '148' }),
    ratio({ id: 'meeting-100', quote: ['có 30/32 hội nghị có trên 100 cử tri dự (93,8%)'], x: '30', y: '32', stated: '93,8%', trap: '93,75% correctly rounded half-up to 93,8%; "trên 100 cử tri" is a threshold' }),

    // I.3 Voter list
    cumulative({ id: 'added-cum', quote: ['Lũy kế từ khi niêm yết đã bổ sung 171 cử tri', 'đã bổ sung 118 cử tri', 'tiếp tục bổ sung 53 cử tri'], previous: '118', period: '53', stated: '171', trap: 'running total with the previous figure in footnote 2' }),
    cumulative({ id: 'removed-cum', quote: ['xóa tên 53 cử tri.', 'xóa tên 39 cử tri', 'xóa tên 14 cử tri'], previous: '39', period: '14', stated: '53', trap: 'running total; 53 is also the number added in the period (two different things)' }),
    sum({ id: 'added-parts', quote: ['bổ sung 53 cử tri, gồm 31 người đủ 18 tuổi, 17 người chuyển đến cư trú và 7 người hoàn thành nghĩa vụ quân sự'], parts: ['31', '17', '7'], total: '53', labels: ['đủ 18 tuổi', 'chuyển đến', 'xuất ngũ'], mistake: 'planted', original: 'gồm 31 người đủ 18 tuổi, 15 người chuyển đến cư trú và 7 người', note: 'Class 4: the parts add to 55, not the 53 added; the "chuyển đến" part should be 15.' }),
    difference({ id: 'net-from-list', quote: ['tăng 118 cử tri so với danh sách niêm yết', 'là 20.885 cử tri', 'có 20.767 cử tri'], a: '20.885', b: '20.767', stated: '118', trap: 'the base list is only in footnote 2' }),
    difference({ id: 'net-formula', quote: ['(171 − 53 = 118 cử tri)'], a: '171', b: '53', stated: '118' }),
    change({ id: 'list-change', quote: ['(tăng 0,57%)', 'là 20.885 cử tri', 'có 20.767 cử tri'], x: '20.885', base: '20.767', stated: '0,57%', direction: 'tăng' }),
    contradiction({ id: '118-twice', quote: ['đã bổ sung 118 cử tri', 'tăng 118 cử tri so với danh sách niêm yết'], stated: '118', expected: '118 (two different figures)', consistent: true, reason: '118 added up to 28/02 (footnote 2) and the net increase 171 − 53 = 118 are different figures that happen to coincide: consistent.', trap: 'the same number used twice for two different things' }),
    contradiction({ id: 'deny-double', quote: ['Không có trường hợp nào cử tri có tên trong hai danh sách cử tri'], stated: 'Không có trường hợp nào cử tri có tên trong hai danh sách cử tri', expected: 'no double listing mentioned', consistent: true, reason: 'Nothing in the report mentions a voter listed twice: consistent.' }),

    // II.1 Election day
    repeat({ id: 'mobile-37', quote: ['phục vụ 37 cử tri ốm đau', '37 phiếu ở hòm phiếu phụ'], values: ['37', '37'], trap: 'voters served by the mobile box and ballots in it, the same figure' }),
    contradiction({ id: 'deny-extend', quote: ['không có khu vực bỏ phiếu nào phải kéo dài thời gian bỏ phiếu', 'Khu vực bỏ phiếu số 17 (thôn Đồng Láng) phải kéo dài thời gian bỏ phiếu đến 19 giờ 45 phút'], stated: 'không có khu vực bỏ phiếu nào phải kéo dài thời gian bỏ phiếu', expected: '1 khu vực bỏ phiếu (số 17) kéo dài đến 19 giờ 45 phút', consistent: false, reason: 'Section II denies any polling area kept open longer; Tồn tại, hạn chế says polling area 17 was kept open to 19 giờ 45 phút: MISTAKE.', mistake: 'planted', original: 'chỉ có Khu vực bỏ phiếu số 17 phải kéo dài thời gian bỏ phiếu thêm 45 phút', note: 'Class 8: a denial contradicted later in the report.' }),
    contradiction({ id: 'deny-lost', quote: ['không có phiếu bầu bị mất hoặc phải in bổ sung'], stated: 'không có phiếu bầu bị mất hoặc phải in bổ sung', expected: 'ballots issued = collected (20.700)', consistent: true, reason: '20.700 ballots issued and 20.700 collected, nothing lost: consistent.', trap: 'denial with nothing against it' }),
    contradiction({ id: 'deny-disorder', quote: ['không xảy ra sự cố mất an ninh, trật tự'], stated: 'không xảy ra sự cố mất an ninh, trật tự', expected: 'no incident mentioned', consistent: true, reason: 'No incident is mentioned anywhere: consistent.', trap: 'denial with nothing against it' }),

    // II.2 Overall count
    repeat({ id: 'voters-repeat', quote: ['Tổng số cử tri trong danh sách: 20.885 cử tri', 'Danh sách cử tri chính thức của toàn xã là 20.885 cử tri', '**20.885**'], values: ['20.885', '20.885', '20.885'] }),
    ratio({ id: 'turnout', quote: ['20.700 cử tri, đạt 99,11%', 'Tổng số cử tri trong danh sách: 20.885 cử tri'], x: '20.700', y: '20.885', stated: '99,11%' }),
    difference({ id: 'turnout-points', quote: ['cao hơn 0,35 điểm phần trăm', 'cử tri, đạt 99,11%', 'tỷ lệ cử tri đi bỏ phiếu 98,76%'], a: '99,11', b: '98,76', stated: '0,35', trap: 'percentage points against a footnote figure, not a percent change' }),
    repeat({ id: 'ballots-repeat', quote: ['Số phiếu phát ra: 20.700 phiếu; số phiếu thu vào: 20.700 phiếu', '**20.700**'], values: ['20.700', '20.700', '20.700'] }),
    sum({ id: 'ballots-boxes', quote: ['số phiếu thu vào: 20.700 phiếu', 'gồm 20.663 phiếu ở hòm phiếu chính và 37 phiếu ở hòm phiếu phụ'], parts: ['20.663', '37'], total: '20.700', trap: 'parts of a body total given in footnote 4' }),
    ratio({ id: 'valid-pct', quote: ['20.522 phiếu, chiếm 99,14% số phiếu thu vào'], x: '20.522', y: '20.700', stated: '99,14%' }),
    sum({ id: 'valid-invalid', quote: ['số phiếu thu vào: 20.700 phiếu', 'Số phiếu hợp lệ: 20.522 phiếu', 'Số phiếu không hợp lệ: 178 phiếu'], parts: ['20.522', '178'], total: '20.700' }),

    // Bảng 1
    ...units.map(([k, x, y, st]) => ratio({ id: `t1-turnout-${k}`, quote: [T1[k as keyof typeof T1]], x, y, stated: st })),
    ratio({ id: 't1-turnout-total', quote: [T1.total], x: '20.700', y: '20.885', stated: '99,11' }),
    sum({ id: 't1-kvbp', quote: [T1.total, T1.u1, T1.u11], parts: ['2', '2', '3', '2', '2', '3', '2', '2', '2', '2', '2'], total: '24', kind: 'cross_total' }),
    sum({ id: 't1-seats', quote: [T1.total, T1.u1, T1.u11], parts: ['3', '3', '3', '3', '3', '3', '3', '3', '2', '2', '2'], total: '30', kind: 'cross_total' }),
    sum({ id: 't1-cands', quote: [T1.total, T1.u1, T1.u11], parts: ['5', '5', '5', '5', '5', '5', '5', '5', '4', '4', '4'], total: '52', kind: 'cross_total' }),
    sum({ id: 't1-voters', quote: [T1.total, T1.u1, T1.u11], parts: ['2.046', '1.918', '2.274', '1.862', '2.105', '2.318', '1.976', '2.037', '1.452', '1.389', '1.508'], total: '20.885', kind: 'cross_total' }),
    sum({ id: 't1-voted', quote: [T1.total, T1.u1, T1.u11], parts: ['2.031', '1.902', '2.250', '1.851', '2.083', '2.296', '1.959', '2.014', '1.440', '1.381', '1.493'], total: '20.700', kind: 'cross_total' }),
    sum({ id: 't1-valid', quote: [T1.total, T1.u1, T1.u11], parts: ['2.012', '1.885', '2.231', '1.834', '2.066', '2.275', '1.943', '1.997', '1.428', '1.370', '1.481'], total: '20.522', kind: 'cross_total' }),
    repeat({ id: 'range-min', quote: ['từ 98,87% (Đơn vị bầu cử số 8)', T1.u8], values: ['98,87%', '98,87'] }),
    repeat({ id: 'range-max', quote: ['đến 99,42% (Đơn vị bầu cử số 10)', T1.u10], values: ['99,42%', '99,42'] }),
    atLeast({ id: 'units-target', quote: ['cả 11/11 đơn vị đều vượt chỉ tiêu phấn đấu trên 98%', 'từ 98,87% (Đơn vị bầu cử số 8)'], big: '98,87%', small: '98%', trap: '11/11 beside a target threshold "trên 98%", not a percent' }),

    // II.3 Votes per candidate, unit 1
    ratio({ id: 'cand-u1-hung', quote: ['1.843 phiếu, đạt 91,60% số phiếu hợp lệ', 'số phiếu hợp lệ là 2.012 phiếu'], x: '1.843', y: '2.012', stated: '91,60%' }),
    ratio({ id: 'cand-u1-lan', quote: ['1.726 phiếu, đạt 85,97%', 'số phiếu hợp lệ là 2.012 phiếu'], x: '1.726', y: '2.012', stated: '85,97%', mistake: 'planted', original: '1.726 phiếu, đạt 85,79%', note: 'Class 1: the base (2.012 valid ballots) is given in the previous sentence; 1.726/2.012 = 85,79%, digits swapped.' }),
    ratio({ id: 'cand-u1-tuan', quote: ['1.512 phiếu, đạt 75,15%'], x: '1.512', y: '2.012', stated: '75,15%' }),
    ratio({ id: 'cand-u1-son', quote: ['548 phiếu, đạt 27,24%'], x: '548', y: '2.012', stated: '27,24%' }),
    ratio({ id: 'cand-u1-hoa', quote: ['371 phiếu, đạt 18,44%'], x: '371', y: '2.012', stated: '18,44%' }),
    repeat({ id: 'valid-u1-repeat', quote: ['số phiếu hợp lệ là 2.012 phiếu', T1.u1], values: ['2.012', '2.012'] }),
    // unit 9 (whole percents)
    ratio({ id: 'cand-u9-hang', quote: ['1.301 phiếu (91%)', 'trên tổng số 1.428 phiếu hợp lệ'], x: '1.301', y: '1.428', stated: '91%' }),
    ratio({ id: 'cand-u9-khai', quote: ['1.187 phiếu (83%)'], x: '1.187', y: '1.428', stated: '83%' }),
    ratio({ id: 'cand-u9-mo', quote: ['224 phiếu (16%)'], x: '224', y: '1.428', stated: '16%', trap: '15,69% correctly rounded up to 16%' }),
    ratio({ id: 'cand-u9-binh', quote: ['131 phiếu (9%)'], x: '131', y: '1.428', stated: '9%' }),
    repeat({ id: 'valid-u9-repeat', quote: ['trên tổng số 1.428 phiếu hợp lệ', T1.u9], values: ['1.428', '1.428'] }),
    // highest / lowest
    ratio({ id: 'cand-top', trap: 'the base (1.834 valid ballots) is only in Bảng 1', quote: ['1.738 phiếu, đạt 94,77%', T1.u4], x: '1.738', y: '1.834', stated: '94,77%' }),
    ratio({ id: 'cand-lowest', quote: ['1.263 phiếu, đạt 55,52%', T1.u6], x: '1.263', y: '2.275', stated: '55,52%' }),
    atLeast({ id: 'lowest-half', quote: ['đạt 55,52%', 'Tất cả người trúng cử đều đạt quá một nửa tổng số phiếu hợp lệ'], big: '55,52%', small: '50%' }),

    // II.4 Elected deputies
    contradiction({ id: 'deny-revote', quote: ['không có đơn vị bầu cử nào phải tổ chức bầu thêm hoặc bầu lại'], stated: 'không có đơn vị bầu cử nào phải tổ chức bầu thêm hoặc bầu lại', expected: '30/30 elected in the first round', consistent: true, reason: '30/30 seats filled in the first round and every elected deputy above half the valid ballots: consistent.', trap: 'denial with nothing against it' }),
    atLeast({ id: 'overlap', quote: ['Trong số 30 đại biểu trúng cử có 11 nữ, 4 người dân tộc thiểu số, 8 người dưới 40 tuổi, 27 đảng viên'], big: '30', small: '27', trap: 'overlapping "có" subsets (11 + 4 + 8 + 27 = 50 > 30) that are not parts' }),
    share({ id: 'women-pct', quote: ['Đại biểu nữ: 11 người, chiếm 36,67%'], x: '11', y: '30', stated: '36,67%' }),
    atLeast({ id: 'women-target', quote: ['vượt dự kiến cơ cấu tối thiểu 35%', 'chiếm 36,67%'], big: '36,67%', small: '35%', trap: 'a target threshold beside the result' }),
    ratio({ id: 'women-2021', quote: ['trong đó 25 đại biểu nữ, chiếm 31,25%', 'bầu 80 đại biểu'], x: '25', y: '80', stated: '31,25%' }),
    repeat({ id: 'women-2021-repeat', quote: ['so với nhiệm kỳ 2021–2026 (31,25%)', 'chiếm 31,25%'], values: ['31,25%', '31,25%'] }),
    difference({ id: 'women-points', quote: ['tỷ lệ nữ tăng 5,42 điểm phần trăm', 'chiếm 36,67%', '(31,25%)'], a: '36,67', b: '31,25', stated: '5,42', trap: 'percentage points, not a percent change' }),
    ratio({ id: 'women-elected-rate', quote: ['11/19 người (57,89%)'], x: '11', y: '19', stated: '57,89%' }),
    share({ id: 'ethnic-pct', quote: ['Đại biểu là người dân tộc thiểu số: 4 người, chiếm 13,33%'], x: '4', y: '30', stated: '13,33%' }),
    share({ id: 'party-pct', quote: ['Đại biểu là đảng viên: 27 người, chiếm 90%'], x: '27', y: '30', stated: '90%' }),
    share({ id: 'nonparty-pct', quote: ['đại biểu ngoài Đảng: 3 người, chiếm 10%'], x: '3', y: '30', stated: '10%' }),
    atLeast({ id: 'nonparty-target', quote: ['đạt đúng mức tối thiểu 10% theo dự kiến cơ cấu', 'chiếm 10%,'], big: '10%', small: '10%', trap: 'result exactly at the threshold' }),
    sum({ id: 'party-sum', quote: ['toàn xã được bầu 30 đại biểu', 'đảng viên: 27 người', 'ngoài Đảng: 3 người'], parts: ['27', '3'], total: '30' }),
    sum({ id: 'party-shares', quote: ['chiếm 90%; đại biểu ngoài Đảng: 3 người, chiếm 10%'], parts: ['90%', '10%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    share({ id: 'reelected-pct', quote: ['Đại biểu tái cử: 12 người, chiếm 40%'], x: '12', y: '30', stated: '40%' }),
    ratio({ id: 'reelected-rate', quote: ['có 12/13 người tái cử trúng cử, đạt 92,31%', 'tái cử: 13 người'], x: '12', y: '13', stated: '92,31%' }),
    share({ id: 'new-pct', quote: ['đại biểu tham gia lần đầu: 18 người, chiếm 60%'], x: '18', y: '30', stated: '60%' }),
    sum({ id: 'reelected-sum', quote: ['toàn xã được bầu 30 đại biểu', 'Đại biểu tái cử: 12 người', 'lần đầu: 18 người'], parts: ['12', '18'], total: '30' }),
    share({ id: 'young-pct', quote: ['dưới 40 tuổi chiếm 26,67%', '8 người dưới 40 tuổi'], x: '8', y: '30', stated: '26,67%' }),
    atLeast({ id: 'young-target', quote: ['dưới 40 tuổi chiếm 26,67%', 'người dưới 40 tuổi tối thiểu 15%'], big: '26,67%', small: '15%' }),
    sum({ id: 'age-shares', quote: ['dưới 40 tuổi chiếm 26,67%; từ 40 đến dưới 50 tuổi chiếm 46,67%; từ 50 tuổi trở lên chiếm 30%'], parts: ['26,67%', '46,67%', '30%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'từ 50 tuổi trở lên chiếm 26,67%', note: 'Class 3: the age shares add to 103,34%; 8 deputies aged 50 and over are 26,67%.' }),

    // Bảng 2
    sum({ id: 't2-cands', quote: [B2.total, B2.ms, B2.dh, B2.cd], parts: ['7', '36', '9'], total: '52', kind: 'cross_total' }),
    sum({ id: 't2-elected', quote: [B2.total, B2.ms, B2.dh, B2.cd], parts: ['5', '22', '3'], total: '30', kind: 'cross_total' }),
    sum({ id: 't2-shares', quote: [B2.total, B2.ms, B2.dh, B2.cd], parts: ['16,67', '73,33', '10,00'], total: '100', rounded: true, kind: 'share_percent' }),
    share({ id: 't2-ms-share', quote: [B2.ms], x: '5', y: '30', stated: '16,67' }),
    share({ id: 't2-dh-share', quote: [B2.dh], x: '22', y: '30', stated: '73,33' }),
    share({ id: 't2-cd-share', quote: [B2.cd], x: '3', y: '30', stated: '10,00' }),
    ratio({ id: 't2-ms-rate', quote: [B2.ms], x: '5', y: '7', stated: '71,43' }),
    ratio({ id: 't2-dh-rate', quote: [B2.dh], x: '22', y: '36', stated: '61,11' }),
    ratio({ id: 't2-cd-rate', quote: [B2.cd], x: '3', y: '9', stated: '33,33' }),
    ratio({ id: 't2-total-rate', quote: [B2.total], x: '30', y: '52', stated: '57,69' }),

    // III.1 Budget
    sum({ id: 'alloc-parts', quote: ['tổng 1.250 triệu đồng, gồm ngân sách tỉnh hỗ trợ 780 triệu đồng và ngân sách xã 470 triệu đồng'], parts: ['780 triệu đồng', '470 triệu đồng'], total: '1.250 triệu đồng' }),
    repeat({ id: 'alloc-repeat', quote: ['là 1,25 tỷ đồng', 'tổng 1.250 triệu đồng'], values: ['1,25 tỷ đồng', '1.250 triệu đồng'], kind: 'unit', trap: 'the same allocation in tỷ and triệu' }),
    sum({ id: 't3-total', quote: [B3.total, B3.i1, B3.i8], parts: ['96.500', '168.400', '214.750', '118.800', '236.900', '142.300', '58.600', '81.250'], total: '1.117.500', kind: 'cross_total' }),
    repeat({ id: 'spent-repeat', quote: ['đã chi 1.117.500 nghìn đồng', B3.total], values: ['1.117.500', '1.117.500'] }),
    ratio({ id: 'budget-pct', quote: ['bằng 84,9% dự toán', 'đã chi 1.117.500 nghìn đồng', 'là 1,25 tỷ đồng'], x: '1.117.500 nghìn đồng', y: '1,25 tỷ đồng', stated: '84,9%', mistake: 'planted', original: 'bằng 89,4% dự toán', note: 'Class 1: the plan is given in another scale (1,25 tỷ đồng) in the previous sentence; 1.117,5/1.250 = 89,4%.' }),
    change({ id: 'budget-change', quote: ['tăng 7,97% so với tổng chi', 'là 1.035 triệu đồng'], x: '1.117.500 nghìn đồng', base: '1.035 triệu đồng', stated: '7,97%', direction: 'tăng', trap: 'base in another scale in footnote 6' }),
    quotient({ id: 'budget-per-kvbp', quote: ['bình quân 46,56 triệu đồng/khu vực bỏ phiếu'], x: '1.117.500', y: '24', factor: '0,001', stated: '46,56 triệu đồng', trap: 'per-item average in another scale (nghìn → triệu)' }),
    product({ id: 't3-boiduong-to', quote: [B3.i4], x: '264', y: '150', factor: '3', stated: '118.800', trap: 'count × rate × days product inside a table row' }),
    repeat({ id: 'printing-repeat', quote: ['chi in ấn tài liệu, phiếu bầu và thẻ cử tri là 186,4 triệu đồng', B3.i2], values: ['168.400 nghìn đồng', '186,4 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'chi in ấn tài liệu, phiếu bầu và thẻ cử tri là 168,4 triệu đồng', note: 'Class 5: Bảng 3 gives 168.400 nghìn đồng = 168,4 triệu đồng; the text drifted to 186,4.' }),
    repeat({ id: 'ballotbox-repeat', quote: ['chi hòm phiếu, khánh tiết, trang trí khu vực bỏ phiếu là 214,75 triệu đồng', B3.i3], values: ['214.750 nghìn đồng', '214,75 triệu đồng'], kind: 'unit' }),
    ratio({ id: 'boiduong-share', quote: ['chiếm 31,83% tổng số đã chi', B3.i4, B3.i5], x: '118.800 + 236.900', y: '1.117.500', stated: '31,83%', kind: 'share_percent' }),
    difference({ id: 'returned', quote: ['Số kinh phí còn lại 132,5 triệu đồng'], a: '1,25 tỷ đồng', b: '1.117.500 nghìn đồng', stated: '132,5 triệu đồng', trap: 'a remainder across scales' }),

    // III.2 Security
    contradiction({ id: 'deny-riot', quote: ['Không có trường hợp nào lợi dụng bầu cử để gây rối, tụ tập đông người'], stated: 'Không có trường hợp nào lợi dụng bầu cử để gây rối', expected: 'no such case mentioned', consistent: true, reason: 'No such case is mentioned anywhere: consistent.' }),

    // IV Complaints
    sum({ id: 'complaints-before', quote: ['đã tiếp nhận 5 đơn, gồm 3 đơn liên quan đến danh sách cử tri và 2 đơn liên quan đến người ứng cử'], parts: ['3', '2'], total: '5' }),
    cumulative({ id: 'complaints-cum', quote: ['đã tiếp nhận 8 đơn', 'đã tiếp nhận 5 đơn', 'tiếp nhận thêm 2 đơn kiến nghị'], previous: '5', period: '2', stated: '8', mistake: 'planted', original: 'Lũy kế từ khi công bố danh sách người ứng cử đến nay đã tiếp nhận 7 đơn', note: 'Class 6: the previous total is in footnote 7; 5 + 2 = 7, not 8.' }),
    contradiction({ id: 'complaints-solved', quote: ['đã giải quyết 5/5 đơn'], stated: '5/5', expected: '5/5', consistent: true, reason: '5 petitions received before the election, 5 settled: consistent.' }),
    contradiction({ id: 'deny-result-complaint', quote: ['Không có đơn khiếu nại về kết quả bầu cử'], stated: 'Không có đơn khiếu nại về kết quả bầu cử', expected: 'the 2 post-election petitions concern voter cards and a polling place', consistent: true, reason: 'The post-election petitions are about late voter cards and the siting of a polling place, not the result: consistent.', trap: 'denial beside petitions that are not about the result' }),

    // V Summary
    repeat({ id: 'sum-voters', quote: ['Tổng số 20.858 cử tri', 'Tổng số cử tri trong danh sách: 20.885 cử tri'], values: ['20.885', '20.858'], mistake: 'planted', original: 'Tổng số 20.885 cử tri có tên trong danh sách', note: 'Class 5: the summary transposes digits of the 20.885 voters of the body and Bảng 1.' }),
    repeat({ id: 'sum-turnout', quote: ['tỷ lệ cử tri đi bỏ phiếu toàn xã đạt 99,11%', '20.700 cử tri, đạt 99,11%'], values: ['99,11%', '99,11%'] }),
    atLeast({ id: 'turnout-target', quote: ['đạt 99,11%, vượt chỉ tiêu phấn đấu', 'tỷ lệ cử tri đi bỏ phiếu phấn đấu trên 98%'], big: '99,11%', small: '98%', trap: 'target threshold in footnote 1' }),
    ratio({ id: 'sum-invalid-pct', quote: ['chỉ chiếm 0,68% tổng số phiếu thu vào', 'Số phiếu không hợp lệ: 178 phiếu', 'số phiếu thu vào: 20.700 phiếu'], x: '178', y: '20.700', stated: '0,68%', mistake: 'planted', original: 'chỉ chiếm 0,86% tổng số phiếu thu vào', note: 'Class 2: a percent in the summary far from its base in section II; 178/20.700 = 0,86%.' }),
    repeat({ id: 'sum-women', quote: ['tỷ lệ đại biểu nữ đạt 37%', 'chiếm 36,67%'], values: ['36,67%', '37%'], trap: '36,67% correctly restated as a whole 37%' }),
    repeat({ id: 'sum-party', quote: ['đại biểu là đảng viên chiếm 90%', 'Đại biểu là đảng viên: 27 người, chiếm 90%'], values: ['90%', '90%'] }),
    repeat({ id: 'sum-top', quote: ['người có tỷ lệ phiếu cao nhất đạt 95% số phiếu hợp lệ', 'đạt 94,77%'], values: ['94,77%', '95%'], trap: '94,77% correctly restated as a whole 95%' }),
    repeat({ id: 'sum-spent', quote: ['tổng chi 1,12 tỷ đồng', 'đã chi 1.117.500 nghìn đồng'], values: ['1.117.500 nghìn đồng', '1,12 tỷ đồng'], kind: 'unit', trap: 'nghìn đồng restated in tỷ, rounded half-up (1,1175 → 1,12)' }),
    repeat({ id: 'sum-returned', quote: ['còn lại 132,5 triệu đồng nộp trả ngân sách', 'Số kinh phí còn lại 132,5 triệu đồng', 'nộp trả ngân sách 132,5 triệu đồng trước ngày 30/4/2026'], values: ['132,5 triệu đồng', '132,5 triệu đồng', '132,5 triệu đồng'] }),
  ],
});
