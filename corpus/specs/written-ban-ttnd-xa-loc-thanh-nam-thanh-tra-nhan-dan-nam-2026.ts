/*
 * (a) What the report is. A written (invented, blind) annual report of the Ban Thanh tra nhân dân (TTND)
 * of xã Lộc Thành Nam, tỉnh Lâm Đồng (commune formed on 01/7/2025 from xã Lộc Thành and xã Lộc Nam), to the
 * Ban Thường trực Ủy ban MTTQ Việt Nam xã and the Hội nghị đại biểu nhân dân: results of 2026 and tasks for
 * 2027, dated 26/12/2026, signed by the head of the board (terse style of a retired teacher).
 *   Header, "Số: 21/BC-BTTND", opening citing Kế hoạch 47/KH-MTTQ-BTT, Luật THDC ở cơ sở 2022, NĐ 59/2023;
 *   16 thôn, TDP = 13 + 3; footnote 1: 28.690 people / 7.126 households = 4,0.
 *   I.1 Board members: 11 (1 + 2 + 8), 9 thôn + 2 TDP, 5/16 places without a member; women 4 (36%),
 *       party members 7 (63%), overlapping "trong đó" subsets.
 *   I.2 Ban GSĐTCĐ: 16 boards, 74 members (footnote 2: 13 boards/60 people + 3/14), 4,6 per board;
 *       funding 16 × 1.500.000 = 24.000.000 đồng, 15 boards paid 22,5 triệu (93,8%).
 *   I.3 Funding: 250.000 × 11 × 12 = 33.000.000 đồng; dự toán 43 = 33 + 10 triệu; spent 41,6 triệu
 *       (% of dự toán), 1,4 triệu returned; Bảng 1 in nghìn đồng (dự toán / thực hiện, total row).
 *   II.1 Supervisions: 17/18 planned (94,4%), 1 not done, 2 ad hoc, 19 in all by field after "gồm";
 *       +35,7% on 2025 (14, footnote 3).
 *     a) social policy: 6/16 thôn (38%), 412 hộ = 236 + 58 + 94 + 24, 3.218,4 triệu by kind; footnote 4 on
 *        housing (18 × 60 + 6 × 30 = 1.260); 3 wrong cases, 6 × 1.000.000 + 1.800.000 = 7,8 triệu recovered.
 *     b) investment: 9 works, 14,86 tỷ, people 1.663 triệu (11,2%), 10–15% range, 1.260 ngày công ×
 *        200.000 = 252 triệu; 6/9 done (66,7%), 3 ongoing; roads 3.210 m = 1.250 + 860 + 1.100, concrete
 *        3.210 × 3,5 × 0,18 = 2.022,3 m³; 38,6 triệu deducted; Bảng 2 (capital, contribution, progress %).
 *     c) land: 5 encroachments 1.236 m², 4 recovered 1.048 m² (% of area), 1 left 188 m²; 186 m² returned.
 *     d) budget: 12,4 triệu wrong spending; 50.000 × 490 = 24.500.000 đồng refunded (24,5 triệu).
 *     đ) one-stop: 2.791/2.846 on time (98,1%) against ≥ 98%; 55 late; a denial.
 *   II.2 Petitions: 38 (+22,6% on 31), kinds with shares; sources as bare shares (must add to 100%);
 *       21 examined (55,3%) + 17 transferred (44,7%); 38/38 with results, "không có đơn thư tồn đọng";
 *       36/38 on time (94,7%), +4,4 pp on 2025 (90,3% = 28/31); 2 late; 3 tố cáo = 2 + 1, one sent to the
 *       police investigators; Bảng 3 (rows and columns, total row).
 *   II.3 Recommendations: 26 (+36,8% on 19), by field after "Theo lĩnh vực"; 23/26 accepted (88,5%),
 *       3 pending (2 + 1); +9,6 pp on 2025 (78,9% = 15/19), 1,5 pp under the 90% target; lũy kế since the
 *       term 41 + 26 = 67, 35 + 23 = 58 (86,6%) (footnote 5, which also holds the money lũy kế).
 *   II.4 Money: 83,3 triệu (footnote 6: 7,8 + 38,6 + 24,5 + 12,4), +58,1% on 52,7; 70,9 done (85,1%),
 *       12,4 pending; land restated.
 *   III.1 Summary restating 19 supervisions, plan %, 38 petitions 100%, 23 accepted, 412 hộ in tỷ,
 *       14,86 tỷ, 1,66 tỷ, 83,3 triệu, 1.048 m²; two denials. III.2 shortcomings (restating 01/18, 3/26).
 *   IV targets 2027 (20 supervisions = 18 + 2, ≥95%, ≥90%, 46,2 = 33 + 13,2 triệu, +7,4% on 43). V proposals.
 *
 * (b) Mistakes and traps.
 * Planted (10):
 *   Class 1: funding-pct — "đạt 97,6% dự toán": 41,6/43 = 96,7% (digits swapped).
 *   Class 1: land-pct — "đạt 88,4% diện tích lấn chiếm": 1.048/1.236 m² = 84,8% (digits swapped).
 *   Class 2: summary-plan-pct — summary "theo kế hoạch đạt 89,5%": 17/18 = 94,4% (89,5% is 17/19,
 *            the wrong base), far from the body's figures.
 *   Class 3: source-shares — sources 52,6% + 21,1% + 23,6% = 97,3%, not 100%; right third share 26,3%.
 *   Class 4: rec-fields — recommendations by field 6 + 7 + 6 + 4 + 4 = 27 ≠ 26; đất đai should be 5.
 *   Class 5: bl-capital — text gives the Bằng Lăng road 2.420 triệu, Bảng 2 gives 2.240 (swap).
 *   Class 5: summary-policy-money — summary "3,12 tỷ đồng" vs body 3.218,4 triệu (= 3,22 tỷ).
 *   Class 6: money-lk — footnote 5: 146,2 + 83,3 = 229,5 triệu, written 239,5.
 *   Class 7: party-pct — "đảng viên 7 người (63%)": 7/11 = 63,64% → 64% (truncated).
 *   Class 8: denial-police — "không có vụ việc nào ... phải chuyển cơ quan điều tra" while II.2 says
 *            one tố cáo case was sent to the Cơ quan Cảnh sát điều tra Công an tỉnh.
 * Traps (33): 4/11 (36%) whole percent right; 6/16 = 37,5 → 38% (half-up); 22,5/24 = 93,75 → 93,8%
 *   (half-up, across scales); 11,2% against a base in tỷ; overlapping "trong đó" subsets; ≥ 98% threshold;
 *   percentage points 4,4 / 9,6 / 1,5; target 90% next to 88,5%; 2027 targets; ranges 10%–15%, 15-16 cm,
 *   2024-2029; document numbers 47/KH, 59/2023; remainders 5, 55, 188, 3, 70,9; averages 4,0 người/hộ,
 *   4,6 người/ban; cross-scale restatements (41,6 triệu = 41.600 nghìn; 14,86 tỷ = 14.860; 1,66 tỷ =
 *   1.663 triệu; 10 triệu = 5.000 + 2.500 + 2.500 nghìn); 252 triệu from ngày công × rate; denials with
 *   nothing against them (no backlog, no mass complaints, no harassment, no member violation);
 *   17 đơn (44,7%) twice for two different things.
 */
import { ratio, share, change, sum, difference, cumulative, product, quotient, atLeast, repeat, contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ban-ttnd-xa-loc-thanh-nam-thanh-tra-nhan-dan-nam-2026.md',
  prefix: 'ttln',
  claims: [
    // ---- opening, documents, commune
    contradiction({ id: 'docno-kh', quote: ['Kế hoạch số 47/KH-MTTQ-BTT ngày 01/12/2026'], stated: '47/KH-MTTQ-BTT ngày 01/12/2026', expected: 'a document number and date', consistent: true, reason: 'A plan number and date, not a fraction or a count.', trap: 'document number and date, not X/Y' }),
    contradiction({ id: 'docno-nd', quote: ['Nghị định số 59/2023/NĐ-CP ngày 14/8/2023'], stated: '59/2023/NĐ-CP', expected: 'a decree number', consistent: true, reason: 'A decree number with its year, not a ratio.', trap: 'document number that looks like a fraction' }),
    sum({ id: 'thon-tdp', quote: ['Xã có 16 thôn, tổ dân phố (13 thôn, 3 tổ dân phố)'], parts: ['13', '3'], total: '16' }),
    quotient({ id: 'nguoi-ho', quote: ['bình quân 4,0 người/hộ', '7.126 hộ, 28.690 nhân khẩu'], x: '28.690', y: '7.126', stated: '4,0', trap: 'per-household average, not a percent' }),

    // ---- I.1 board members
    sum({ id: 'members-roles', quote: ['Ban có 11 thành viên, gồm: 01 Trưởng ban; 02 Phó Trưởng ban; 08 ủy viên'], parts: ['01', '02', '08'], total: '11' }),
    sum({ id: 'members-place', quote: ['Ban có 11 thành viên', 'Thành viên ở 9 thôn và 2 tổ dân phố'], parts: ['9', '2'], total: '11' }),
    difference({ id: 'places-without', quote: ['còn 5/16 thôn, tổ dân phố chưa có thành viên', 'Thành viên ở 9 thôn và 2 tổ dân phố'], a: '16', b: '11', stated: '5', trap: 'remainder 16 − 11, written as 5/16 without a percent' }),
    ratio({ id: 'women-pct', quote: ['nữ 4 người (36%)', 'Trong 11 thành viên'], x: '4', y: '11', stated: '36%', trap: 'whole percent correctly rounded (36,36 → 36)' }),
    ratio({ id: 'party-pct', quote: ['đảng viên 7 người (63%)', 'Trong 11 thành viên'], x: '7', y: '11', stated: '63%', mistake: 'planted', original: 'đảng viên 7 người (64%)', note: 'Class 7: 7/11 = 63,64% rounds half-up to 64%, the 63% is truncated.' }),
    atLeast({ id: 'members-subsets', quote: ['Trong 11 thành viên: nữ 4 người (36%); đảng viên 7 người (63%); nhà giáo, cán bộ nghỉ hưu 5 người; người dân tộc thiểu số 2 người'], big: '11', small: '7', trap: 'overlapping "trong đó" subsets (4 + 7 + 5 + 2 = 18), not parts of 11; each is at most 11' }),

    // ---- I.2 Ban GSĐTCĐ
    sum({ id: 'gs-boards', quote: ['thành lập Ban GSĐTCĐ (16 ban)', 'Gồm 13 ban ở 13 thôn (60 người) và 3 ban ở 3 tổ dân phố (14 người)'], parts: ['13', '3'], total: '16', note: 'total in the body, parts in footnote 2' }),
    sum({ id: 'gs-members', quote: ['tổng 74 thành viên[^2]', 'Gồm 13 ban ở 13 thôn (60 người) và 3 ban ở 3 tổ dân phố (14 người)'], parts: ['60', '14'], total: '74' }),
    quotient({ id: 'gs-avg', quote: ['bình quân 4,6 người/ban', 'tổng 74 thành viên[^2]'], x: '74', y: '16', stated: '4,6', trap: 'per-board average 4,625 → 4,6, not a percent' }),
    product({ id: 'gs-fund', quote: ['24.000.000 đồng (16 ban × 1.500.000 đồng/ban/năm)'], x: '16', y: '1.500.000 đồng', stated: '24.000.000 đồng' }),
    ratio({ id: 'gs-paid-pct', quote: ['(đạt 93,8%)', 'số tiền 22,5 triệu đồng', 'là 24.000.000 đồng'], x: '22,5 triệu đồng', y: '24.000.000 đồng', stated: '93,8%', trap: 'exact half-up 93,75 → 93,8, base in another scale' }),

    // ---- I.3 funding and Bảng 1
    product({ id: 'thulao', quote: ['250.000 đồng × 11 người × 12 tháng = 33.000.000 đồng'], x: '250.000', y: '11', factor: '12', stated: '33.000.000 đồng' }),
    sum({ id: 'dutoan-parts', quote: ['Tổng dự toán được giao 43 triệu đồng (thù lao 33 triệu đồng; kinh phí hoạt động 10 triệu đồng)'], parts: ['33 triệu đồng', '10 triệu đồng'], total: '43 triệu đồng' }),
    ratio({ id: 'funding-pct', quote: ['đạt 97,6% dự toán', 'Tổng dự toán được giao 43 triệu đồng', 'Thực hiện chi 41,6 triệu đồng'], x: '41,6', y: '43', stated: '97,6%', mistake: 'planted', original: 'đạt 96,7% dự toán', note: 'Class 1: base (dự toán 43 triệu) in the previous sentence; 41,6/43 = 96,74% → 96,7%, the digits were swapped.' }),
    difference({ id: 'funding-left', quote: ['Còn 1,4 triệu đồng nộp trả ngân sách', 'Tổng dự toán được giao 43 triệu đồng', 'Thực hiện chi 41,6 triệu đồng'], a: '43', b: '41,6', stated: '1,4' }),
    sum({ id: 'b1-dutoan', kind: 'cross_total', quote: ['| | Cộng | 43.000 | 41.600 |', '| Thù lao thành viên (11 người × 12 tháng) | 33.000 | 33.000 |', '| Hội nghị, họp, tập huấn | 5.000 | 4.200 |', '| Văn phòng phẩm, tài liệu | 2.500 | 2.100 |', '| Công tác phí đi giám sát, xác minh | 2.500 | 2.300 |'], parts: ['33.000', '5.000', '2.500', '2.500'], total: '43.000' }),
    sum({ id: 'b1-thuchien', kind: 'cross_total', quote: ['| | Cộng | 43.000 | 41.600 |', '| Hội nghị, họp, tập huấn | 5.000 | 4.200 |'], parts: ['33.000', '4.200', '2.100', '2.300'], total: '41.600' }),
    sum({ id: 'b1-hoatdong', quote: ['kinh phí hoạt động 10 triệu đồng', '| Hội nghị, họp, tập huấn | 5.000 | 4.200 |', '| Văn phòng phẩm, tài liệu | 2.500 | 2.100 |', '| Công tác phí đi giám sát, xác minh | 2.500 | 2.300 |'], parts: ['5.000 nghìn đồng', '2.500 nghìn đồng', '2.500 nghìn đồng'], total: '10 triệu đồng', trap: 'parts in nghìn đồng (Bảng 1), total in triệu in the text' }),
    repeat({ id: 'rep-chi', kind: 'unit', quote: ['Thực hiện chi 41,6 triệu đồng', '| | Cộng | 43.000 | 41.600 |'], values: ['41,6 triệu đồng', '41.600 nghìn đồng'], trap: 'same figure in triệu and nghìn đồng' }),
    repeat({ id: 'rep-dutoan', kind: 'unit', quote: ['Tổng dự toán được giao 43 triệu đồng', '| | Cộng | 43.000 | 41.600 |'], values: ['43 triệu đồng', '43.000 nghìn đồng'] }),
    repeat({ id: 'rep-thulao', kind: 'unit', quote: ['= 33.000.000 đồng', 'Tổng dự toán được giao 43 triệu đồng (thù lao 33 triệu đồng;', '| Thù lao thành viên (11 người × 12 tháng) | 33.000 | 33.000 |'], values: ['33.000.000 đồng', '33 triệu đồng', '33.000 nghìn đồng'] }),

    // ---- II.1 supervisions overview
    ratio({ id: 'plan-pct', quote: ['Đã thực hiện 17/18 cuộc (94,4%)'], x: '17', y: '18', stated: '94,4%' }),
    difference({ id: 'plan-left', quote: ['Còn 01 cuộc chưa thực hiện', 'Đã thực hiện 17/18 cuộc'], a: '18', b: '17', stated: '01' }),
    sum({ id: 'sup-total', quote: ['Tổng cộng 19 cuộc, gồm', 'Đã thực hiện 17/18 cuộc', 'Ban thực hiện 02 cuộc giám sát đột xuất'], parts: ['17', '02'], total: '19' }),
    sum({ id: 'sup-fields', quote: ['Tổng cộng 19 cuộc, gồm: thực hiện chính sách xã hội 5 cuộc; đầu tư xây dựng, công trình công cộng 4 cuộc; quản lý, sử dụng đất đai 3 cuộc; thu, chi ngân sách và các khoản đóng góp 3 cuộc; dân chủ ở cơ sở, cải cách hành chính 2 cuộc; giải quyết đơn thư 2 cuộc'], parts: ['5', '4', '3', '3', '2', '2'], total: '19' }),
    change({ id: 'sup-change', quote: ['số cuộc giám sát tăng 35,7%', 'Tổng cộng 19 cuộc', 'thực hiện 14 cuộc giám sát; tiếp nhận 31 đơn'], x: '19', base: '14', stated: '35,7%', direction: 'tăng' }),

    // ---- II.1 a) social policy
    ratio({ id: 'policy-thon', quote: ['tại 6/16 thôn, tổ dân phố (38%)'], x: '6', y: '16', stated: '38%', trap: 'exact half-up 37,5 → 38 (whole percent)' }),
    sum({ id: 'policy-ho', quote: ['danh sách chi trả của 412 hộ', 'trợ cấp xã hội hằng tháng 236 hộ', 'người có công 58 hộ', 'hộ chính sách 94 hộ', 'nhà dột nát 24 hộ'], parts: ['236', '58', '94', '24'], total: '412' }),
    sum({ id: 'policy-money', quote: ['tổng số tiền 3.218,4 triệu đồng', '(1.284,5 triệu đồng)', '(612,8 triệu đồng)', '(61,1 triệu đồng)', '(1.260 triệu đồng)[^4]'], parts: ['1.284,5', '612,8', '61,1', '1.260'], total: '3.218,4' }),
    product({ id: 'fn4-new', quote: ['mức 60 triệu đồng/hộ (1.080 triệu đồng)', '18 hộ xây mới'], x: '18', y: '60', stated: '1.080' }),
    product({ id: 'fn4-repair', quote: ['mức 30 triệu đồng/hộ (180 triệu đồng)', '06 hộ sửa chữa'], x: '06', y: '30', stated: '180' }),
    sum({ id: 'fn4-money', quote: ['(1.260 triệu đồng)[^4]', '(1.080 triệu đồng)', 'mức 30 triệu đồng/hộ (180 triệu đồng)'], parts: ['1.080', '180'], total: '1.260', note: 'body total, parts in footnote 4' }),
    sum({ id: 'fn4-ho', quote: ['nhà dột nát 24 hộ', '18 hộ xây mới', '06 hộ sửa chữa'], parts: ['18', '06'], total: '24' }),
    product({ id: 'btxh-over', quote: ['(6.000.000 đồng)', 'nhận thừa 6 tháng với mức 1.000.000 đồng/tháng'], x: '6', y: '1.000.000', stated: '6.000.000 đồng' }),
    sum({ id: 'recover-policy', quote: ['thu hồi 7,8 triệu đồng. Đến ngày 15/12/2026', '(6.000.000 đồng)', 'hỗ trợ tiền điện (1.800.000 đồng)'], parts: ['6.000.000 đồng', '1.800.000 đồng'], total: '7,8 triệu đồng' }),
    sum({ id: 'wrong-cases', quote: ['Phát hiện 03 trường hợp hưởng sai', 'Một là 01 đối tượng', 'Hai là 02 hộ'], parts: ['01', '02'], total: '03' }),

    // ---- II.1 b) investment and Bảng 2
    repeat({ id: 'rep-capital', kind: 'unit', quote: ['giám sát 9 công trình, tổng mức đầu tư 14,86 tỷ đồng', '| | Tổng cộng | | 14.860 | 1.663 | |'], values: ['14,86 tỷ đồng', '14.860 triệu đồng'], trap: 'tỷ in the text, triệu in the table' }),
    ratio({ id: 'contrib-pct', quote: ['chiếm 11,2% tổng mức đầu tư', 'Nhân dân đóng góp 1.663 triệu đồng', 'tổng mức đầu tư 14,86 tỷ đồng'], x: '1.663 triệu đồng', y: '14,86 tỷ đồng', stated: '11,2%', trap: 'base given in tỷ in the previous sentence' }),
    repeat({ id: 'rep-contrib', quote: ['Nhân dân đóng góp 1.663 triệu đồng', '| | Tổng cộng | | 14.860 | 1.663 | |'], values: ['1.663', '1.663'] }),
    contradiction({ id: 'contrib-range', quote: ['Mức đóng góp từng công trình từ 10% đến 15%'], stated: 'từ 10% đến 15%', expected: 'a range of the rows 10,0–15,0 (school 0%, state-funded)', consistent: true, reason: 'A range of per-work rates; Bảng 2 rows are 10,0 or 15,0, the school is fully state-funded.', trap: 'range of percentages, not a computed share' }),
    product({ id: 'ngaycong', quote: ['tương đương 252 triệu đồng', 'góp 1.260 ngày công (quy đổi 200.000 đồng/ngày công'], x: '1.260', y: '200.000', factor: '0,000001', stated: '252 triệu đồng', trap: 'count × rate in đồng restated in triệu' }),
    ratio({ id: 'done-pct', quote: ['6/9 công trình hoàn thành (66,7%)'], x: '6', y: '9', stated: '66,7%' }),
    difference({ id: 'ongoing', quote: ['3 công trình đang thi công', '6/9 công trình hoàn thành'], a: '9', b: '6', stated: '3' }),
    sum({ id: 'road-length', quote: ['tổng chiều dài 3.210 m (thôn Lộc Hòa 1.250 m; thôn Tân Lập 860 m; thôn Bằng Lăng 1.100 m)'], parts: ['1.250', '860', '1.100'], total: '3.210' }),
    product({ id: 'concrete', quote: ['khối lượng bê tông khoảng 2.022,3 m³', 'tổng chiều dài 3.210 m', 'mặt đường rộng 3,5 m, dày 0,18 m'], x: '3.210', y: '3,5', factor: '0,18', stated: '2.022,3' }),
    contradiction({ id: 'thickness-range', quote: ['chỉ dày 15-16 cm, không đạt thiết kế (18 cm)'], stated: '15-16 cm', expected: 'a range below the 18 cm design', consistent: true, reason: 'A thickness range compared with the design value; not a subtraction.', trap: 'range "15-16"' }),
    repeat({ id: 'bl-capital', quote: ['tổng mức đầu tư 2.420 triệu đồng', '| 5 | Đường giao thông thôn Bằng Lăng | 1.100 m | 2.240 | 336 | 70 |'], values: ['2.240', '2.420'], mistake: 'planted', original: 'tổng mức đầu tư 2.240 triệu đồng', note: 'Class 5: the text gives the Bằng Lăng road 2.420 triệu, Bảng 2 row 5 gives 2.240 (two digits swapped); right value 2.240.' }),
    repeat({ id: 'bl-progress', quote: ['mới đạt 70% khối lượng', '| 5 | Đường giao thông thôn Bằng Lăng | 1.100 m | 2.240 | 336 | 70 |'], values: ['70%', '70'] }),
    sum({ id: 'b2-capital', kind: 'cross_total', quote: ['| | Tổng cộng | | 14.860 | 1.663 | |'], parts: ['2.480', '1.720', '1.150', '1.890', '2.240', '1.960', '1.420', '980', '1.020'], total: '14.860' }),
    sum({ id: 'b2-contrib', kind: 'cross_total', quote: ['| | Tổng cộng | | 14.860 | 1.663 | |'], parts: ['372', '258', '115', '189', '336', '0', '142', '98', '153'], total: '1.663' }),

    // ---- II.1 c) land
    ratio({ id: 'land-pct', quote: ['đạt 88,4% diện tích lấn chiếm', 'tổng diện tích 1.236 m²', 'diện tích 1.048 m², đạt'], x: '1.048', y: '1.236', stated: '88,4%', mistake: 'planted', original: 'đạt 84,8% diện tích lấn chiếm', note: 'Class 1: the base (1.236 m²) is in the previous sentence; 1.048/1.236 = 84,79% → 84,8%, the digits were swapped.' }),
    difference({ id: 'land-left', quote: ['Còn 01 trường hợp (188 m², thôn Hòa Bình)', 'tổng diện tích 1.236 m²', 'diện tích 1.048 m², đạt'], a: '1.236', b: '1.048', stated: '188', trap: 'remainder area (close to the 186 m² returned, a different figure)' }),
    sum({ id: 'land-cases', quote: ['Phát hiện 5 trường hợp lấn chiếm đất công', 'đã thu hồi 04 trường hợp', 'Còn 01 trường hợp (188 m²'], parts: ['04', '01'], total: '5' }),
    repeat({ id: 'rep-land-recovered', quote: ['đã thu hồi 1.048 m² đất công bị lấn chiếm', 'diện tích 1.048 m², đạt', 'thu hồi 1.048 m² đất công.'], values: ['1.048 m²', '1.048 m²', '1.048 m²'] }),
    repeat({ id: 'rep-land-left', quote: ['xử lý dứt điểm 188 m² đất lấn chiếm', 'Còn 01 trường hợp (188 m²'], values: ['188 m²', '188 m²'] }),

    // ---- II.1 d) budget
    product({ id: 'tanlap-over', quote: ['tổng số tiền thu vượt 24.500.000 đồng', 'đã thống nhất 50.000 đồng/hộ; 490 hộ đã nộp'], x: '50.000', y: '490', stated: '24.500.000 đồng' }),
    repeat({ id: 'rep-tanlap', kind: 'unit', quote: ['hoàn trả 24,5 triệu đồng cho các hộ', 'tổng số tiền thu vượt 24.500.000 đồng', 'hoàn trả cho 490 hộ thôn Tân Lập 24,5 triệu đồng'], values: ['24,5 triệu đồng', '24.500.000 đồng', '24,5 triệu đồng'] }),
    repeat({ id: 'rep-ctp', quote: ['không đúng định mức 12,4 triệu đồng', 'thu hồi 12,4 triệu đồng nộp ngân sách', 'còn 12,4 triệu đồng đang thu hồi', 'Thu hồi xong 12,4 triệu đồng chi sai', 'thu hồi chi sai công tác phí, hội nghị 12,4 triệu đồng'], values: ['12,4 triệu đồng', '12,4 triệu đồng', '12,4 triệu đồng', '12,4 triệu đồng', '12,4 triệu đồng'] }),

    // ---- II.1 đ) one-stop
    ratio({ id: 'onestop-pct', quote: ['trả đúng hạn 2.791 hồ sơ (98,1%)', 'tiếp nhận 2.846 hồ sơ'], x: '2.791', y: '2.846', stated: '98,1%' }),
    atLeast({ id: 'onestop-target', quote: ['đạt chỉ tiêu tỉnh giao (từ 98% trở lên)', 'trả đúng hạn 2.791 hồ sơ (98,1%)'], big: '98,1%', small: '98%', trap: 'threshold next to a rate: 98,1% ≥ 98%' }),
    difference({ id: 'onestop-late', quote: ['trễ hạn 55 hồ sơ', 'tiếp nhận 2.846 hồ sơ', 'trả đúng hạn 2.791 hồ sơ'], a: '2.846', b: '2.791', stated: '55', trap: 'remainder' }),
    contradiction({ id: 'denial-harass', quote: ['Không có trường hợp nào cán bộ gây phiền hà, sách nhiễu bị phản ánh'], stated: 'không có trường hợp nào', expected: 'no such case anywhere in the report', consistent: true, reason: 'No harassment complaint is counted anywhere; the 12 phản ánh are about land, policy, works and environment.', trap: 'denial with nothing against it' }),

    // ---- II.2 petitions and Bảng 3
    change({ id: 'don-change', quote: ['tăng 22,6% so với năm 2025. Phân loại', 'tiếp nhận 38 đơn, thư', 'tiếp nhận 31 đơn, giải quyết đúng hạn 28 đơn'], x: '38', base: '31', stated: '22,6%', direction: 'tăng', note: 'base 2025 in footnote 3' }),
    share({ id: 'don-kn', quote: ['khiếu nại 6 đơn (15,8%)', 'tiếp nhận 38 đơn, thư'], x: '6', y: '38', stated: '15,8%' }),
    share({ id: 'don-tc', quote: ['tố cáo 3 đơn (7,9%)'], x: '3', y: '38', stated: '7,9%' }),
    share({ id: 'don-kng', quote: ['kiến nghị 17 đơn (44,7%)'], x: '17', y: '38', stated: '44,7%' }),
    share({ id: 'don-pa', quote: ['phản ánh 12 đơn (31,6%)'], x: '12', y: '38', stated: '31,6%' }),
    sum({ id: 'don-shares', kind: 'share_percent', implicitTotal: true, rounded: true, quote: ['khiếu nại 6 đơn (15,8%); tố cáo 3 đơn (7,9%); kiến nghị 17 đơn (44,7%); phản ánh 12 đơn (31,6%)'], parts: ['15,8%', '7,9%', '44,7%', '31,6%'], total: '100%' }),
    sum({ id: 'don-kinds', quote: ['tiếp nhận 38 đơn, thư', 'khiếu nại 6 đơn (15,8%); tố cáo 3 đơn (7,9%); kiến nghị 17 đơn (44,7%); phản ánh 12 đơn (31,6%)'], parts: ['6', '3', '17', '12'], total: '38' }),
    sum({ id: 'source-shares', kind: 'share_percent', implicitTotal: true, rounded: true, quote: ['trực tiếp tại các buổi tiếp công dân chiếm 52,6%; qua hòm thư góp ý chiếm 21,1%; do Ban công tác Mặt trận thôn, tổ dân phố chuyển đến chiếm 23,6%'], parts: ['52,6%', '21,1%', '23,6%'], total: '100%', mistake: 'planted', original: 'chuyển đến chiếm 26,3%', note: 'Class 3: the source shares add to 97,3%, not 100%; the third share is 26,3% (10/38), two digits swapped.' }),
    share({ id: 'examined-pct', quote: ['xác minh 21 đơn (55,3%)'], x: '21', y: '38', stated: '55,3%' }),
    share({ id: 'transfer-pct', quote: ['chuyển cơ quan có thẩm quyền 17 đơn (44,7%)'], x: '17', y: '38', stated: '44,7%', trap: 'the same 17 (44,7%) as the kiến nghị count, a different subset of 38' }),
    sum({ id: 'examined-transfer', quote: ['tiếp nhận 38 đơn, thư', 'xác minh 21 đơn (55,3%)', 'chuyển cơ quan có thẩm quyền 17 đơn (44,7%)'], parts: ['21', '17'], total: '38' }),
    contradiction({ id: 'denial-backlog', quote: ['không có đơn thư tồn đọng', '38/38 đơn đã có kết quả'], stated: 'không có đơn thư tồn đọng', expected: '38/38 with results; Bảng 3 "Đã có kết quả" 38', consistent: true, reason: 'All 38 petitions have results (text and Bảng 3), so none is pending.', trap: 'denial backed by 38/38' }),
    ratio({ id: 'ontime-pct', quote: ['Giải quyết đúng thời hạn 36/38 đơn (94,7%)'], x: '36', y: '38', stated: '94,7%' }),
    ratio({ id: 'ontime-2025', quote: ['so với năm 2025 (90,3%)', 'tiếp nhận 31 đơn, giải quyết đúng hạn 28 đơn'], x: '28', y: '31', stated: '90,3%', note: 'counts in footnote 3' }),
    difference({ id: 'ontime-pp', quote: ['tăng 4,4 điểm phần trăm so với năm 2025', 'Giải quyết đúng thời hạn 36/38 đơn (94,7%)', 'so với năm 2025 (90,3%)'], a: '94,7', b: '90,3', stated: '4,4', trap: 'percentage points, not a relative change' }),
    difference({ id: 'late', quote: ['Có 02 đơn quá hạn', 'Giải quyết đúng thời hạn 36/38 đơn'], a: '38', b: '36', stated: '02' }),
    sum({ id: 'toca', quote: ['Trong 3 đơn tố cáo: 02 đơn tố cáo không đúng. 01 đơn tố cáo'], parts: ['02', '01'], total: '3' }),
    contradiction({ id: 'denial-mass', quote: ['Không xảy ra khiếu nại đông người, vượt cấp'], stated: 'không xảy ra', expected: 'no mass complaint counted', consistent: true, reason: 'The 6 khiếu nại are individual; no mass or over-level complaint is reported.', trap: 'denial with nothing against it' }),
    sum({ id: 'b3-received', kind: 'cross_total', quote: ['| Cộng | 38 | 21 | 17 | 36 |', '| Khiếu nại | 6 | 1 | 5 | 5 |', '| Tố cáo | 3 | 0 | 3 | 3 |', '| Kiến nghị | 17 | 11 | 6 | 16 |', '| Phản ánh | 12 | 9 | 3 | 12 |'], parts: ['6', '3', '17', '12'], total: '38' }),
    sum({ id: 'b3-examined', kind: 'cross_total', quote: ['| Cộng | 38 | 21 | 17 | 36 |'], parts: ['1', '0', '11', '9'], total: '21' }),
    sum({ id: 'b3-transfer', kind: 'cross_total', quote: ['| Cộng | 38 | 21 | 17 | 36 |'], parts: ['5', '3', '6', '3'], total: '17' }),
    sum({ id: 'b3-ontime', kind: 'cross_total', quote: ['| Cộng | 38 | 21 | 17 | 36 |'], parts: ['5', '3', '16', '12'], total: '36' }),
    sum({ id: 'b3-row-kn', quote: ['| Khiếu nại | 6 | 1 | 5 | 5 |'], parts: ['1', '5'], total: '6' }),
    sum({ id: 'b3-row-tc', quote: ['| Tố cáo | 3 | 0 | 3 | 3 |'], parts: ['0', '3'], total: '3' }),
    sum({ id: 'b3-row-kng', quote: ['| Kiến nghị | 17 | 11 | 6 | 16 |'], parts: ['11', '6'], total: '17' }),
    sum({ id: 'b3-row-pa', quote: ['| Phản ánh | 12 | 9 | 3 | 12 |'], parts: ['9', '3'], total: '12' }),

    // ---- II.3 recommendations
    change({ id: 'rec-change', quote: ['tăng 36,8% so với năm 2025. Theo lĩnh vực', 'kiến nghị UBND xã 26 nội dung', 'kiến nghị 19 nội dung, được tiếp thu 15 nội dung'], x: '26', base: '19', stated: '36,8%', direction: 'tăng' }),
    sum({ id: 'rec-fields', quote: ['kiến nghị UBND xã 26 nội dung', 'Theo lĩnh vực: chính sách xã hội 6; đầu tư xây dựng 7; đất đai 6; tài chính, ngân sách 4; cải cách hành chính, dân chủ cơ sở 4'], parts: ['6', '7', '6', '4', '4'], total: '26', mistake: 'planted', original: 'đất đai 5', note: 'Class 4: 6 + 7 + 6 + 4 + 4 = 27, not 26; the đất đai part should be 5.' }),
    ratio({ id: 'rec-pct', quote: ['giải quyết 23/26 kiến nghị (88,5%)'], x: '23', y: '26', stated: '88,5%' }),
    difference({ id: 'rec-pending', quote: ['Còn 3 kiến nghị đang xem xét', 'giải quyết 23/26 kiến nghị'], a: '26', b: '23', stated: '3', trap: 'remainder' }),
    sum({ id: 'rec-pending-kinds', quote: ['Còn 3 kiến nghị đang xem xét (2 về đất đai, 1 về đầu tư)'], parts: ['2', '1'], total: '3' }),
    ratio({ id: 'rec-2025', quote: ['được tiếp thu 15 nội dung (78,9%)'], x: '15', y: '19', stated: '78,9%' }),
    difference({ id: 'rec-pp', quote: ['Tỷ lệ tiếp thu tăng 9,6 điểm phần trăm so với năm 2025', 'giải quyết 23/26 kiến nghị (88,5%)', 'được tiếp thu 15 nội dung (78,9%)'], a: '88,5', b: '78,9', stated: '9,6', trap: 'percentage points against a footnote figure' }),
    difference({ id: 'rec-target-gap', quote: ['thấp hơn chỉ tiêu (90%) 1,5 điểm phần trăm', 'giải quyết 23/26 kiến nghị (88,5%)'], a: '90', b: '88,5', stated: '1,5', trap: 'target next to an X/Y; gap in percentage points' }),
    cumulative({ id: 'rec-lk', quote: ['Ban đã kiến nghị 67 nội dung', 'Ban TTND đã kiến nghị 41 nội dung', 'kiến nghị UBND xã 26 nội dung'], previous: '41', period: '26', stated: '67' }),
    cumulative({ id: 'rec-lk-accepted', quote: ['được tiếp thu 58 nội dung (86,6%)', 'được tiếp thu 35 nội dung; số tiền', 'giải quyết 23/26 kiến nghị'], previous: '35', period: '23', stated: '58' }),
    ratio({ id: 'rec-lk-pct', quote: ['được tiếp thu 58 nội dung (86,6%)', 'Ban đã kiến nghị 67 nội dung'], x: '58', y: '67', stated: '86,6%' }),
    contradiction({ id: 'term-range', quote: ['Lũy kế từ đầu nhiệm kỳ 2024-2029'], stated: '2024-2029', expected: 'a term of years', consistent: true, reason: 'A range of years (the term), not a subtraction.', trap: 'year range' }),

    // ---- II.4 money
    sum({ id: 'money-parts', quote: ['giảm trừ là 83,3 triệu đồng[^6]', 'thu hồi chi sai chính sách xã hội 7,8 triệu đồng; giảm trừ thanh toán đường bê tông thôn Lộc Hòa 38,6 triệu đồng; hoàn trả cho 490 hộ thôn Tân Lập 24,5 triệu đồng; thu hồi chi sai công tác phí, hội nghị 12,4 triệu đồng'], parts: ['7,8', '38,6', '24,5', '12,4'], total: '83,3' }),
    repeat({ id: 'rep-deduct', quote: ['giảm trừ giá trị thanh toán 38,6 triệu đồng', 'đường bê tông thôn Lộc Hòa 38,6 triệu đồng'], values: ['38,6 triệu đồng', '38,6 triệu đồng'] }),
    repeat({ id: 'rep-policy-recover', quote: ['Ban kiến nghị UBND xã thu hồi 7,8 triệu đồng', 'chi sai chính sách xã hội 7,8 triệu đồng'], values: ['7,8 triệu đồng', '7,8 triệu đồng'] }),
    change({ id: 'money-change', quote: ['tăng 58,1% so với năm 2025. Đã thực hiện', 'giảm trừ là 83,3 triệu đồng', 'thu hồi, hoàn trả 52,7 triệu đồng'], x: '83,3', base: '52,7', stated: '58,1%', direction: 'tăng', note: 'base 2025 in footnote 3' }),
    difference({ id: 'money-done', quote: ['Đã thực hiện 70,9 triệu đồng (85,1%); còn 12,4 triệu đồng', 'giảm trừ là 83,3 triệu đồng'], a: '83,3', b: '12,4', stated: '70,9', trap: 'done = total − pending' }),
    ratio({ id: 'money-done-pct', quote: ['(85,1%); còn 12,4 triệu đồng', 'Đã thực hiện 70,9 triệu đồng', 'giảm trừ là 83,3 triệu đồng'], x: '70,9', y: '83,3', stated: '85,1%' }),
    cumulative({ id: 'money-lk', quote: ['lũy kế số tiền từ đầu nhiệm kỳ là 239,5 triệu đồng', 'thu hồi, hoàn trả 146,2 triệu đồng', 'Cộng năm 2026 (83,3 triệu đồng)'], previous: '146,2', period: '83,3', stated: '239,5', mistake: 'planted', original: 'lũy kế số tiền từ đầu nhiệm kỳ là 229,5 triệu đồng', note: 'Class 6: 146,2 + 83,3 = 229,5 triệu, not 239,5.' }),
    repeat({ id: 'rep-money', quote: ['hoàn trả 83,3 triệu đồng và thu hồi', 'giảm trừ là 83,3 triệu đồng', 'Cộng năm 2026 (83,3 triệu đồng)'], values: ['83,3 triệu đồng', '83,3 triệu đồng', '83,3 triệu đồng'] }),

    // ---- III summary
    repeat({ id: 'sum-sup', quote: ['thực hiện 19 cuộc giám sát, trong đó', 'Tổng cộng 19 cuộc, gồm'], values: ['19', '19'] }),
    ratio({ id: 'summary-plan-pct', quote: ['các cuộc theo kế hoạch đạt 89,5%', 'Đã thực hiện 17/18 cuộc (94,4%)'], x: '17', y: '18', stated: '89,5%', mistake: 'planted', original: 'các cuộc theo kế hoạch đạt 94,4%', note: 'Class 2: the summary percent is far from its base (17 of 18 planned, section II.1): 17/18 = 94,4%; 89,5% is 17/19, the total including ad hoc supervisions.' }),
    ratio({ id: 'sum-don', quote: ['38 đơn thư, 100% có kết quả', '38/38 đơn đã có kết quả'], x: '38', y: '38', stated: '100%' }),
    repeat({ id: 'sum-rec', quote: ['kiến nghị 26 nội dung, 23 nội dung được tiếp thu', 'giải quyết 23/26 kiến nghị'], values: ['23', '23'] }),
    repeat({ id: 'sum-policy-ho', quote: ['chi trả chính sách cho 412 hộ', 'danh sách chi trả của 412 hộ'], values: ['412', '412'] }),
    repeat({ id: 'summary-policy-money', kind: 'unit', quote: ['cho 412 hộ (3,12 tỷ đồng)', 'tổng số tiền 3.218,4 triệu đồng'], values: ['3.218,4 triệu đồng', '3,12 tỷ đồng'], mistake: 'planted', original: 'cho 412 hộ (3,22 tỷ đồng)', note: 'Class 5: body 3.218,4 triệu = 3,22 tỷ; the summary writes 3,12 tỷ.' }),
    repeat({ id: 'sum-capital', kind: 'unit', quote: ['giám sát 9 công trình, tổng vốn 14,86 tỷ đồng', '| | Tổng cộng | | 14.860 | 1.663 | |'], values: ['14,86 tỷ đồng', '14.860 triệu đồng'] }),
    repeat({ id: 'sum-contrib', kind: 'unit', quote: ['nhân dân góp 1,66 tỷ đồng', 'Nhân dân đóng góp 1.663 triệu đồng'], values: ['1.663 triệu đồng', '1,66 tỷ đồng'], trap: 'rounded restatement in tỷ (1,663 → 1,66)' }),
    contradiction({ id: 'denial-police', quote: ['không có vụ việc nào phát hiện sai phạm phải chuyển cơ quan điều tra', 'UBND xã đã chuyển Cơ quan Cảnh sát điều tra Công an tỉnh xử lý theo thẩm quyền'], stated: 'không có vụ việc nào phải chuyển cơ quan điều tra', expected: '01 vụ việc đã chuyển Cơ quan Cảnh sát điều tra Công an tỉnh', consistent: false, reason: 'Section II.2 says one tố cáo case (kè suối thôn Hòa Bình) with signs of violation was sent to the Cơ quan Cảnh sát điều tra Công an tỉnh.', mistake: 'planted', original: 'có 01 vụ việc có dấu hiệu sai phạm đã chuyển cơ quan điều tra (nêu tại mục II.2)', note: 'Class 8: a denial contradicted by a count elsewhere in the report.' }),
    contradiction({ id: 'denial-member', quote: ['Không có thành viên nào vi phạm quy chế hoạt động của Ban'], stated: 'không có thành viên nào', expected: 'no member violation reported', consistent: true, reason: 'No violation by a member is mentioned anywhere (the one member left because of moving house).', trap: 'denial with nothing against it' }),
    repeat({ id: 'rep-shortfall', quote: ['còn 01/18 cuộc giám sát chưa thực hiện', 'Còn 01 cuộc chưa thực hiện'], values: ['01', '01'] }),
    repeat({ id: 'rep-pending3', quote: ['3/26 kiến nghị chưa được trả lời', 'Còn 3 kiến nghị đang xem xét', 'trả lời 3 kiến nghị còn lại', 'trả lời 3 kiến nghị còn tồn'], values: ['3', '3', '3', '3'] }),
    repeat({ id: 'rep-late', quote: ['02 đơn giải quyết quá hạn', 'Có 02 đơn quá hạn'], values: ['02', '02'] }),

    // ---- IV targets 2027
    difference({ id: '2027-sup', quote: ['(nhiều hơn kế hoạch năm 2026 là 2 cuộc)', 'Thực hiện 20 cuộc giám sát theo kế hoạch', 'Ban TTND xây dựng 18 cuộc giám sát'], a: '20', b: '18', stated: '2' }),
    contradiction({ id: '2027-target-rec', quote: ['Từ 90% kiến nghị trở lên được UBND xã tiếp thu'], stated: 'từ 90% trở lên', expected: 'a 2027 target', consistent: true, reason: 'A target threshold for 2027, not a result to compare with 23/26.', trap: 'target threshold' }),
    contradiction({ id: '2027-target-ontime', quote: ['tỷ lệ đúng hạn từ 95% trở lên'], stated: 'từ 95% trở lên', expected: 'a 2027 target', consistent: true, reason: 'A target threshold, not computed from 36/38.', trap: 'target threshold next to last year’s 94,7%' }),
    sum({ id: '2027-fund', quote: ['Kinh phí đề nghị 46,2 triệu đồng (thù lao 33 triệu đồng; hoạt động 13,2 triệu đồng)'], parts: ['33', '13,2'], total: '46,2' }),
    change({ id: '2027-fund-change', quote: ['tăng 7,4% so với dự toán năm 2026', 'Kinh phí đề nghị 46,2 triệu đồng', 'Tổng dự toán được giao 43 triệu đồng'], x: '46,2', base: '43', stated: '7,4%', direction: 'tăng' }),
  ],
});
