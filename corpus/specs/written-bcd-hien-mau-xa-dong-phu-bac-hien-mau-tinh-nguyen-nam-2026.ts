/*
 * (a) The report. Báo cáo số 09/BC-BCĐ, 15/12/2026, of the Ban Chỉ đạo vận động hiến máu tình nguyện xã
 * Đông Phú Bắc (tỉnh Hưng Yên, formerly Thái Bình; formed 01/7/2025 from three old communes) to the
 * provincial Ban Chỉ đạo and the commune Đảng ủy/UBND: blood donation in 2026 and tasks for 2027, written by
 * the Red Cross chair who is the board's standing deputy.
 *   Header, Kính gửi, opening citing Công văn 215/BCĐ-HMTN and Kế hoạch 07/KH-BCĐ.
 *   I.1 commune (08 thôn, 17.936 people, target 420 units, footnote 1); I.2 board of 17 = 1 + 3 + 13,
 *       Kế hoạch 07/KH-BCĐ (04 rounds); I.3 propaganda bullets (1.460 listeners / 12 sessions = 122).
 *   II.1.a overall: 554 registered, 527 screened (95,1%, ≥ 90% required), 27 no-shows, 446/527 accepted
 *       (84,6%), 446 units = 106,2% of 420, vượt 6,2%; changes vs 2025 (footnote 2); 2,49% of population;
 *       268 × 250 ml, 178 × 350 ml, 129.300 ml; lũy kế since 2015 (footnote 3).
 *   II.1.b rounds: bullets + Bảng 1 (by round: date, registered, screened, accepted, rate); mean 111,5.
 *   II.1.c screening: 81 deferred "gồm" five reasons; 42,0% Hb; +1,7 points vs 2025; 03 mild reactions
 *       (0,67%), denials (no severe reaction, no sample mix-up).
 *   II.2 structure: five donor groups with counts and shares; repeat donors 263 = 104 + 88 + 71, 09 ≥ 10
 *       times, gấp 1,3 lần 2025; 183 first-time; blood-group shares (add to 99,9%); age shares.
 *   II.3 by thôn/unit: text + Bảng 2 (target, registered, units, 350 ml bags, % of target).
 *   II.4 money: 95 triệu allocated (footnote 5), 150.000 đồng × 446 = 66,9 triệu, overspend 3,9 triệu
 *       for 26 extra donors, spending 93 triệu "gồm" five items, 97,9%, remainder 2 triệu, Bảng 3 in
 *       nghìn đồng (dự toán/thực hiện), xã hội hóa 24,5 triệu "gồm" four firms, 55 nghìn per donor.
 *   II.5 honours: four levels, 08 collectives + 27 individuals = 35; prize money 2 + 2,8 = 4,8 triệu;
 *       footnote 7 names the three ≥ 15-time donors.
 *   III.1 summary (restates 446, 129,3 lít, 106,2%, 93 triệu); III.2 tồn tại; IV 2027 targets
 *       (460 units: +9,5% vs 420, +3,1% vs 446; 105 triệu +10,5%; 200.000 × 460 = 92 triệu); V kiến nghị;
 *       Nơi nhận, signer, footnotes 1–7.
 *
 * (b) Mistakes and traps.
 * Planted (10):
 *   Class 1  hmdp-026: 350 ml share "42,4%" computed on the target 420; 178/446 = 39,9%.
 *   Class 1  hmdp-041: deferred "chiếm 14,6%" computed on the 554 registered; 81/527 = 15,4%.
 *   Class 2  hmdp-110: summary "tỷ lệ người đăng ký được tiếp nhận máu đạt 84,6%" copies the screened rate;
 *            446/554 = 80,5%.
 *   Class 3  hmdp-063: age shares 46,8 + 31,5 + 18,1 = 96,4% (31,5 typed for 35,1).
 *   Class 4  hmdp-040: deferred 81 "gồm" 34 + 19 + 12 + 10 + 8 = 83 (19 typed for 17).
 *   Class 5  hmdp-030: Đợt 1 text "123 người đủ điều kiện" vs Bảng 1 row 132.
 *   Class 5  hmdp-084: footnote 5 "90.000.000 đồng" (last year's figure) vs 95 triệu đồng in text and Bảng 3.
 *   Class 6  hmdp-029: lũy kế 3.874 + 446 = 4.320, stated 4.302 (digits swapped).
 *   Class 7  hmdp-055: repeat donors "chiếm 58%" truncated; 263/446 = 58,97% → 59%.
 *   Class 8  hmdp-112: summary "không có trường hợp nào xảy ra tai biến" vs 03 mild reactions in II.1.c.
 * Traps (marked `trap`): 95,1% vs the 90% minimum; 04 rounds vs "tối thiểu 03 đợt"; 2,49% vs the 2% WHO level;
 *   the 2027 target of 2,5%; +1,7 points (not a percent change); 86,0% (85,95… rounds up); 5/8 = 62,5% → 63%
 *   (exact half up); pooled total-row percents (84,6%, 106,2%) that are not means of rows; blood-group shares
 *   adding to 99,9%; 09 (≥ 10 times) and 03 (≥ 15 times) as "trong đó" subsets, not parts; 72,9% and 2,49% on
 *   other bases; restatements across scales/units that agree (66,9 triệu = 66.900 nghìn, 95 triệu = 95.000,
 *   129.300 ml = 129,3 lít); +9,5% vs the 2026 target and +3,1% vs the 2026 result (two bases); +10,5% budget;
 *   remainders (27, 81, 183, 2 triệu, 3,9 triệu two ways); averages (111,5; 122; 55 nghìn); document number and
 *   round dates restated identically; 8/10 and 5/8 counts checked against Bảng 2; the mild-vs-severe denial;
 *   denials with nothing against them (no sample mix-up, no one charged, no thôn below 90%).
 */
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum, times } from '../../scripts/corpus/relations';

const T1_R1 = '| Đợt 1 | 07/4/2026 | 165 | 158 | 132 | 83,5 |';
const T1_R2 = '| Đợt 2 | 14/6/2026 | 128 | 121 | 104 | 86,0 |';
const T1_R3 = '| Đợt 3 | 20/9/2026 | 142 | 136 | 115 | 84,6 |';
const T1_R4 = '| Đợt 4 | 06/12/2026 | 119 | 112 | 95 | 84,8 |';
const T1_TOT = '| Tổng cộng | | 554 | 527 | 446 | 84,6 |';

const T2 = [
  '| 1 | Thôn Phú Hưng | 42 | 55 | 45 | 17 | 107,1 |',
  '| 2 | Thôn Đông Thịnh | 38 | 47 | 37 | 14 | 97,4 |',
  '| 3 | Thôn Bắc Sơn | 40 | 52 | 43 | 16 | 107,5 |',
  '| 4 | Thôn An Lạc | 35 | 44 | 36 | 13 | 102,9 |',
  '| 5 | Thôn Thượng Phú | 36 | 42 | 33 | 11 | 91,7 |',
  '| 6 | Thôn Hạ Phú | 34 | 45 | 37 | 14 | 108,8 |',
  '| 7 | Thôn Tân Lập | 30 | 38 | 31 | 10 | 103,3 |',
  '| 8 | Thôn Quang Minh | 32 | 40 | 32 | 12 | 100,0 |',
  '| 9 | Khối cơ quan, trường học, lực lượng vũ trang | 45 | 63 | 52 | 27 | 115,6 |',
  '| 10 | Khối doanh nghiệp Cụm công nghiệp Đông Phú | 88 | 128 | 100 | 44 | 113,6 |',
];
const T2_TOT = '| | Toàn xã | 420 | 554 | 446 | 178 | 106,2 |';

const T3_R1 = '| 1 | Hỗ trợ người hiến máu | 63.000 | 66.900 |';
const T3_R2 = '| 2 | Bồi dưỡng lực lượng phục vụ các đợt hiến máu | 9.600 | 9.600 |';
const T3_R3 = '| 3 | Tuyên truyền, cổ động | 10.000 | 8.450 |';
const T3_R4 = '| 4 | Khen thưởng | 7.400 | 4.800 |';
const T3_R5 = '| 5 | Nước uống, suất ăn nhẹ | 5.000 | 3.250 |';
const T3_TOT = '| | Cộng | 95.000 | 93.000 |';

// [target, registered, units, 350 ml, percent]
const T2V: [string, string, string, string, string][] = [
  ['42', '55', '45', '17', '107,1'],
  ['38', '47', '37', '14', '97,4'],
  ['40', '52', '43', '16', '107,5'],
  ['35', '44', '36', '13', '102,9'],
  ['36', '42', '33', '11', '91,7'],
  ['34', '45', '37', '14', '108,8'],
  ['30', '38', '31', '10', '103,3'],
  ['32', '40', '32', '12', '100,0'],
  ['45', '63', '52', '27', '115,6'],
  ['88', '128', '100', '44', '113,6'],
];
const T2_NAMES = ['Phú Hưng', 'Đông Thịnh', 'Bắc Sơn', 'An Lạc', 'Thượng Phú', 'Hạ Phú', 'Tân Lập', 'Quang Minh', 'khối cơ quan', 'khối doanh nghiệp'];

const t2Ratios = T2V.map(([target, , units, , pct], i) =>
  ratio({ id: `t2-${i + 1}`, quote: [T2[i]], x: units, y: target, stated: `${pct}%`, note: `Bảng 2, ${T2_NAMES[i]}: units / target.` }));

export default report({
  doc: 'written-bcd-hien-mau-xa-dong-phu-bac-hien-mau-tinh-nguyen-nam-2026.md',
  prefix: 'hmdp',
  claims: [
    // ---------- I. Leadership, propaganda ----------
    repeat({ id: '001', quote: ['chỉ tiêu Ban Chỉ đạo tỉnh giao cho xã là 420 đơn vị máu', 'giao xã Đông Phú Bắc chỉ tiêu 420 đơn vị máu', T2_TOT], values: ['420', '420', '420'], note: 'The provincial target: text, footnote 1 and the Bảng 2 total row.' }),
    sum({ id: '002', quote: ['gồm 17 thành viên (01 Trưởng ban là Phó Chủ tịch UBND xã, 03 Phó Trưởng ban và 13 ủy viên)'], parts: ['01', '03', '13'], total: '17', labels: ['Trưởng ban', 'Phó Trưởng ban', 'ủy viên'] }),
    contradiction({ id: '003', quote: ['Ban Chỉ đạo xã ban hành Kế hoạch số 07/KH-BCĐ ngày 15/01/2026', 'căn cứ Kế hoạch số 07/KH-BCĐ ngày 15/01/2026'], stated: '07/KH-BCĐ ngày 15/01/2026', expected: '07/KH-BCĐ ngày 15/01/2026', consistent: true, reason: 'The commune plan is cited twice with the same number and date.', trap: 'document number and date repeated identically' }),
    atLeast({ id: '004', quote: ['xác định tổ chức 04 đợt hiến máu tập trung trong năm', 'tổ chức tối thiểu 03 đợt hiến máu trong năm'], big: '04', small: '03', trap: 'a minimum (tối thiểu 03 đợt) next to the plan of 04 rounds; met' }),
    quotient({ id: '005', quote: ['bình quân 122 người/buổi', 'Tổ chức 12 buổi tuyên truyền trực tiếp với 1.460 lượt người nghe'], x: '1.460', y: '12', stated: '122', note: 'Average per session (121,67 → 122).' }),

    // ---------- II.1.a overall ----------
    ratio({ id: '010', quote: ['527 người được khám sàng lọc, đạt 95,1% số người đăng ký', 'Tổng số có 554 người đăng ký hiến máu'], x: '527', y: '554', stated: '95,1%' }),
    atLeast({ id: '011', quote: ['đạt 95,1% số người đăng ký, cao hơn yêu cầu tối thiểu 90%'], big: '95,1%', small: '90%', trap: 'a threshold (tối thiểu 90%) next to the screening rate; not a computed percent' }),
    difference({ id: '012', quote: ['27 người đã đăng ký nhưng không đến', 'Tổng số có 554 người đăng ký hiến máu, trong đó 527 người được khám sàng lọc'], a: '554', b: '527', stated: '27', trap: 'a remainder (registered minus screened), not a part list' }),
    ratio({ id: '013', quote: ['446/527 người được khám đủ điều kiện hiến máu, chiếm 84,6%'], x: '446', y: '527', stated: '84,6%' }),
    ratio({ id: '014', quote: ['toàn xã tiếp nhận 446 đơn vị máu, đạt 106,2% chỉ tiêu tỉnh giao', 'chỉ tiêu Ban Chỉ đạo tỉnh giao cho xã là 420 đơn vị máu'], x: '446', y: '420', stated: '106,2%' }),
    excess({ id: '015', quote: ['vượt 6,2% so với chỉ tiêu', 'toàn xã tiếp nhận 446 đơn vị máu'], x: '446', y: '420', stated: '6,2%' }),
    change({ id: '016', quote: ['số người đăng ký tăng 11,2%', 'có tổng số 498 người đăng ký'], x: '554', base: '498', stated: '11,2%', direction: 'tăng', note: '2025 base from footnote 2.' }),
    change({ id: '017', quote: ['số đơn vị máu tiếp nhận tăng 13,8%', 'tiếp nhận 392 đơn vị máu; tỷ lệ đủ điều kiện'], x: '446', base: '392', stated: '13,8%', direction: 'tăng', note: '2025 base from footnote 2.' }),
    ratio({ id: '018', quote: ['Số người hiến máu trong năm bằng 2,49% dân số toàn xã', '17.936 nhân khẩu'], x: '446', y: '17.936', stated: '2,49%', trap: 'a percent of another base (population), two decimals' }),
    atLeast({ id: '019', quote: ['bằng 2,49% dân số toàn xã, cao hơn mức khuyến cáo 2% dân số'], big: '2,49%', small: '2%', trap: 'the WHO 2% level is a threshold, not a computed share' }),
    product({ id: '020', quote: ['268 đơn vị loại 250 ml (tổng 67.000 ml)'], x: '268', y: '250', stated: '67.000 ml' }),
    product({ id: '021', quote: ['178 đơn vị loại 350 ml (tổng 62.300 ml)'], x: '178', y: '350', stated: '62.300 ml' }),
    sum({ id: '022', quote: ['tổng lượng máu tiếp nhận trong năm là 129.300 ml', '(tổng 67.000 ml)', '(tổng 62.300 ml)'], parts: ['67.000 ml', '62.300 ml'], total: '129.300 ml' }),
    sum({ id: '023', quote: ['toàn xã tiếp nhận 446 đơn vị máu, đạt', 'có 268 đơn vị loại 250 ml', 'và 178 đơn vị loại 350 ml'], parts: ['268', '178'], total: '446', labels: ['250 ml', '350 ml'] }),
    quotient({ id: '024', quote: ['tương đương 129,3 lít máu', 'tổng lượng máu tiếp nhận trong năm là 129.300 ml'], x: '129.300', y: '1.000', stated: '129,3', kind: 'unit', trap: 'restatement in another unit (ml → lít) that agrees' }),
    repeat({ id: '025', quote: ['178 đơn vị loại 350 ml (tổng', T2_TOT], values: ['178', '178'], note: '350 ml bags: text and the Bảng 2 total row.' }),
    share({ id: '026', quote: ['loại 350 ml chiếm 42,4% tổng số đơn vị máu', 'toàn xã tiếp nhận 446 đơn vị máu'], x: '178', y: '446', stated: '42,4%', mistake: 'planted', original: 'loại 350 ml chiếm 39,9% tổng số đơn vị máu', note: 'Class 1: the share was computed on the target 420 (178/420 = 42,4%); of the 446 units received it is 39,9%.' }),
    repeat({ id: '028', quote: [T2_TOT, 'toàn xã tiếp nhận 446 đơn vị máu', T1_TOT, 'tiếp nhận 446 đơn vị máu, tương đương'], values: ['446', '446', '446', '446'], note: 'Units received: Bảng 2, text, Bảng 1, summary.' }),
    cumulative({ id: '029', quote: ['từ năm 2015 đến nay là 4.302 đơn vị', 'đã vận động được 3.874 đơn vị máu'], previous: '3.874', period: '446', stated: '4.302', mistake: 'planted', original: 'từ năm 2015 đến nay là 4.320 đơn vị', note: 'Class 6: 3.874 (footnote 3) + 446 = 4.320; the text says 4.302 (digits swapped).' }),

    // ---------- II.1.b rounds, Bảng 1 ----------
    repeat({ id: '030', quote: ['158 người được khám sàng lọc và 123 người đủ điều kiện hiến máu', T1_R1], values: ['132', '123'], mistake: 'planted', original: '158 người được khám sàng lọc và 132 người đủ điều kiện hiến máu', note: 'Class 5: Đợt 1 accepted donors are 132 in Bảng 1; the bullet says 123.' }),
    repeat({ id: '032', quote: ['tiếp nhận 104 đơn vị, kết hợp gặp mặt', T1_R2], values: ['104', '104'], note: 'Đợt 2 units, bullet vs Bảng 1.' }),
    ratio({ id: '034', quote: ['tiếp nhận 115 đơn vị máu, tỷ lệ đủ điều kiện đạt 84,6% số người được khám', T1_R3], x: '115', y: '136', stated: '84,6%', note: 'Đợt 3: 115/136 from Bảng 1 (the bullet does not give 136).' }),
    repeat({ id: '035', quote: ['tiếp nhận 95 đơn vị trên tổng số 112 người được khám sàng lọc', T1_R4], values: ['95', '95'], note: 'Đợt 4 units, bullet vs Bảng 1.' }),
    contradiction({ id: '036', quote: ['Đợt 1 (ngày 07/4/2026', 'Đợt 2 (ngày 14/6/2026', 'Đợt 3 (ngày 20/9/2026)', 'Đợt 4 (ngày 06/12/2026', T1_R1], stated: '07/4, 14/6, 20/9, 06/12/2026', expected: '07/4, 14/6, 20/9, 06/12/2026 (Bảng 1)', consistent: true, reason: 'The round dates in the bullets match the dates in Bảng 1.', trap: 'dates restated in a table, identical' }),
    repeat({ id: '030a', quote: ['có 158 người được khám sàng lọc và 123', T1_R1], values: ['158', '158'], note: 'Đợt 1 screened, bullet vs Bảng 1.' }),
    repeat({ id: '035a', quote: ['trên tổng số 112 người được khám sàng lọc', T1_R4], values: ['112', '112'], note: 'Đợt 4 screened, bullet vs Bảng 1.' }),
    quotient({ id: '037', quote: ['Bình quân mỗi đợt tiếp nhận 111,5 đơn vị máu'], x: '446', y: '4', stated: '111,5', trap: 'average per round, not a part' }),
    sum({ id: '038', quote: [T1_TOT, T1_R1, T1_R2, T1_R3, T1_R4], parts: ['165', '128', '142', '119'], total: '554', kind: 'cross_total', note: 'Bảng 1, registered column.' }),
    sum({ id: '039', quote: [T1_TOT], parts: ['158', '121', '136', '112'], total: '527', kind: 'cross_total', note: 'Bảng 1, screened column.' }),
    sum({ id: '039a', quote: [T1_TOT], parts: ['132', '104', '115', '95'], total: '446', kind: 'cross_total', note: 'Bảng 1, accepted column.' }),
    ratio({ id: '039i', quote: [T1_R1], x: '132', y: '158', stated: '83,5%', note: 'Bảng 1 rate, Đợt 1.' }),
    ratio({ id: '039j', quote: [T1_R2], x: '104', y: '121', stated: '86,0%', trap: '104/121 = 85,950…% rounds up to 86,0' }),
    ratio({ id: '039k', quote: [T1_R3], x: '115', y: '136', stated: '84,6%', note: 'Bảng 1 rate, Đợt 3.' }),
    ratio({ id: '039l', quote: [T1_R4], x: '95', y: '112', stated: '84,8%', note: 'Bảng 1 rate, Đợt 4.' }),
    ratio({ id: '039m', quote: [T1_TOT], x: '446', y: '527', stated: '84,6%', trap: 'total-row rate is the pooled ratio, not the mean of the round rates' }),

    // ---------- II.1.c screening, safety ----------
    sum({ id: '040', quote: ['có 81 người tạm hoãn hiến máu vì lý do sức khỏe', '34 người có nồng độ huyết sắc tố thấp', '19 người huyết áp không ổn định', '12 người không đủ cân nặng', '10 người đang dùng thuốc', '08 người có kết quả xét nghiệm nhanh HBsAg'], parts: ['34', '19', '12', '10', '08'], total: '81', mistake: 'planted', original: '17 người huyết áp không ổn định', note: 'Class 4: the five reasons add to 83, not 81; the blood-pressure count should be 17.' }),
    ratio({ id: '041', quote: ['vì lý do sức khỏe, chiếm 14,6%', 'Trong số 527 người được khám sàng lọc, có 81 người tạm hoãn'], x: '81', y: '527', stated: '14,6%', mistake: 'planted', original: 'vì lý do sức khỏe, chiếm 15,4%', note: 'Class 1: computed on the 554 registered (81/554 = 14,6%); of the 527 screened named in the same sentence it is 15,4%.' }),
    difference({ id: '042', quote: ['có 81 người tạm hoãn hiến máu', T1_TOT], a: '527', b: '446', stated: '81', trap: 'screened minus accepted; a remainder that agrees' }),
    ratio({ id: '043', quote: ['(chiếm 42,0% số người tạm hoãn)', 'có 81 người tạm hoãn hiến máu'], x: '34', y: '81', stated: '42,0%', note: 'Hb-low share of the deferred.' }),
    difference({ id: '044', quote: ['tăng 1,7 điểm phần trăm so với năm 2025', 'tỷ lệ đủ điều kiện hiến máu trên số người được khám là 82,9%'], a: '84,6%', b: '82,9%', stated: '1,7', trap: 'percentage points (84,6 − 82,9), not a percent change' }),
    ratio({ id: '046', quote: ['chiếm 0,67% số người hiến máu', 'có 03 trường hợp tai biến nhẹ'], x: '03', y: '446', stated: '0,67%', note: 'Mild reactions per donor, two decimals.' }),
    contradiction({ id: '047', quote: ['không có trường hợp nào bị tai biến nặng phải chuyển lên tuyến trên', 'có 03 trường hợp tai biến nhẹ'], stated: 'không có trường hợp nào bị tai biến nặng', expected: 'no severe case reported; the 03 cases are mild', consistent: true, reason: 'The denial is limited to severe reactions; the three reactions counted are mild and treated on site.', trap: 'a denial next to a count of a different (milder) category' }),
    contradiction({ id: '048', quote: ['Không xảy ra trường hợp nào nhầm lẫn mẫu hoặc thất lạc túi máu'], stated: 'không xảy ra trường hợp nào nhầm lẫn mẫu', expected: 'no such case anywhere in the report', consistent: true, reason: 'Nothing in the report counts a sample mix-up or lost bag.', trap: 'denial with nothing against it' }),

    // ---------- II.2.a donor groups ----------
    sum({ id: '050', quote: ['Trong tổng số 446 người hiến máu năm 2026, cơ cấu', 'vũ trang: 58 người', 'Đoàn viên thanh niên: 124 người', 'tuổi trở lên): 41 người', 'tại các doanh nghiệp: 97 người', 'Nhân dân ở các thôn: 126 người'], parts: ['58', '124', '41', '97', '126'], total: '446', labels: ['cán bộ', 'đoàn viên', 'học sinh, sinh viên', 'công nhân', 'nhân dân'] }),
    share({ id: '051', quote: ['vũ trang: 58 người, chiếm 13,0%'], x: '58', y: '446', stated: '13,0%' }),
    share({ id: '052', quote: ['Đoàn viên thanh niên: 124 người, chiếm 27,8%'], x: '124', y: '446', stated: '27,8%' }),
    share({ id: '053', quote: ['41 người, chiếm 9,2%'], x: '41', y: '446', stated: '9,2%' }),
    share({ id: '054', quote: ['97 người, chiếm 21,7%'], x: '97', y: '446', stated: '21,7%' }),
    share({ id: '054a', quote: ['126 người, chiếm 28,3%'], x: '126', y: '446', stated: '28,3%' }),
    sum({ id: '054b', quote: ['chiếm 13,0%', 'chiếm 27,8%', 'chiếm 9,2%', 'chiếm 21,7%', 'chiếm 28,3%'], parts: ['13,0%', '27,8%', '9,2%', '21,7%', '28,3%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'Donor-group shares add to 100,0%.' }),
    ratio({ id: '054c', quote: ['tỷ lệ hiến được đạt 72,9% số đăng ký', 'số đoàn viên đăng ký là 170 người'], x: '124', y: '170', stated: '72,9%', trap: 'a percent of another base (đoàn viên registered), next to a share of all donors' }),

    // ---------- II.2.b repeat donors ----------
    share({ id: '055', quote: ['là 263 người, chiếm 58% tổng số người hiến'], x: '263', y: '446', stated: '58%', mistake: 'planted', original: 'là 263 người, chiếm 59% tổng số người hiến', note: 'Class 7: 263/446 = 58,97%, which rounds half-up to 59%; 58% is truncated.' }),
    sum({ id: '056', quote: ['(từ lần thứ 2 trở lên) là 263 người', 'hiến lần thứ 2 có 104 người', 'từ 3 đến 4 lần có 88 người', 'từ 5 lần trở lên có 71 người'], parts: ['104', '88', '71'], total: '263', labels: ['lần 2', '3–4 lần', '≥ 5 lần'] }),
    atLeast({ id: '057', quote: ['từ 5 lần trở lên có 71 người, trong đó 09 người đã hiến từ 10 lần trở lên'], big: '71', small: '09', trap: '"trong đó" subset (≥ 10 times) of the ≥ 5 times group, not a part list' }),
    atLeast({ id: '058', quote: ['09 người đã hiến từ 10 lần trở lên', '03 cá nhân có thành tích hiến máu từ 15 lần trở lên'], big: '09', small: '03', trap: 'the three ≥ 15-time donors honoured are a subset of the nine ≥ 10-time donors' }),
    times({ id: '060', quote: ['gấp 1,3 lần năm 2025', 'có 55 người hiến máu từ 5 lần trở lên'], x: '71', y: '55', stated: '1,3 lần', note: 'Base 55 from footnote 2.' }),
    difference({ id: '061', quote: ['Số người hiến máu lần đầu là 183 người'], a: '446', b: '263', stated: '183', trap: 'first-time donors as the remainder of all donors minus repeat donors' }),

    // ---------- II.2.c blood groups, age ----------
    sum({ id: '063', quote: ['từ 31 đến 45 tuổi chiếm 31,5%', 'từ 18 đến 30 tuổi chiếm 46,8%', 'từ 46 đến 60 tuổi chiếm 18,1%'], parts: ['46,8%', '31,5%', '18,1%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'từ 31 đến 45 tuổi chiếm 35,1%', note: 'Class 3: the age shares add to 96,4%; the 31–45 share should be 35,1% (digits swapped).' }),
    sum({ id: '069', quote: ['nhóm O chiếm 43,9%, nhóm B 27,6%, nhóm A 22,6%, nhóm AB 5,8%'], parts: ['43,9%', '27,6%', '22,6%', '5,8%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'rounded shares add to 99,9%, within rounding of 100%' }),

    // ---------- II.3 by thôn, Bảng 2 ----------
    ...t2Ratios,
    ratio({ id: '071a', quote: [T2_TOT], x: '446', y: '420', stated: '106,2%', trap: 'total-row percent is the pooled ratio, not the mean of the row percents' }),
    sum({ id: '072a', quote: [T2_TOT, ...T2], parts: T2V.map((r) => r[0]), total: '420', kind: 'cross_total', note: 'Bảng 2, target column.' }),
    sum({ id: '072b', quote: [T2_TOT], parts: T2V.map((r) => r[1]), total: '554', kind: 'cross_total', note: 'Bảng 2, registered column.' }),
    sum({ id: '072c', quote: [T2_TOT], parts: T2V.map((r) => r[2]), total: '446', kind: 'cross_total', note: 'Bảng 2, units column.' }),
    sum({ id: '072d', quote: [T2_TOT], parts: T2V.map((r) => r[3]), total: '178', kind: 'cross_total', note: 'Bảng 2, 350 ml column.' }),
    repeat({ id: '073', quote: [T2_TOT, T1_TOT, 'Tổng số có 554 người đăng ký hiến máu'], values: ['554', '554', '554'], note: 'Registered: Bảng 2, Bảng 1, text.' }),
    repeat({ id: '074', quote: ['thôn Đông Thịnh (đạt 97,4%)', T2[1]], values: ['97,4%', '97,4%'], note: 'Text vs Bảng 2.' }),
    repeat({ id: '075', quote: ['thôn Thượng Phú (đạt 91,7%)', T2[4]], values: ['91,7%', '91,7%'], note: 'Text vs Bảng 2.' }),
    repeat({ id: '076', quote: ['cao nhất là thôn Hạ Phú với 108,8%', T2[5]], values: ['108,8%', '108,8%'], note: 'Highest thôn: text vs Bảng 2 (highest among the 8 thôn, correct).' }),
    ratio({ id: '077', quote: ['tiếp nhận 52 đơn vị, đạt 115,6% chỉ tiêu', T2[8]], x: '52', y: '45', stated: '115,6%', note: 'Khối cơ quan: base 45 from Bảng 2.' }),
    excess({ id: '078', quote: ['khối doanh nghiệp tiếp nhận 100 đơn vị, vượt 13,6% chỉ tiêu', T2[9]], x: '100', y: '88', stated: '13,6%', note: 'Base 88 from Bảng 2.' }),
    contradiction({ id: '079', quote: ['Kết quả có 8/10 thôn, đơn vị đạt và vượt chỉ tiêu', ...T2], stated: '8/10 thôn, đơn vị đạt và vượt', expected: '8 of 10 rows at or above 100,0% in Bảng 2', consistent: true, reason: 'In Bảng 2 only Đông Thịnh (97,4%) and Thượng Phú (91,7%) are below 100%.', trap: 'a count X/Y checked against the table; agrees' }),
    contradiction({ id: '079a', quote: ['không có thôn, đơn vị nào đạt dưới 90% chỉ tiêu được giao', T2[4]], stated: 'không có thôn, đơn vị nào đạt dưới 90%', expected: 'lowest row 91,7%', consistent: true, reason: 'The lowest percent in Bảng 2 is 91,7% (Thượng Phú).', trap: 'denial with a threshold; nothing contradicts it' }),
    ratio({ id: '079b', quote: ['có 5/8 thôn vượt chỉ tiêu (khoảng 63%)'], x: '5', y: '8', stated: '63%', trap: '5/8 = 62,5% exactly; half-up to a whole percent gives 63%' }),
    contradiction({ id: '079c', quote: ['có 5/8 thôn vượt chỉ tiêu', T2[0], T2[2], T2[3], T2[5], T2[6], T2[7]], stated: '5/8 thôn vượt', expected: 'Phú Hưng, Bắc Sơn, An Lạc, Hạ Phú, Tân Lập above 100%; Quang Minh exactly 100,0%', consistent: true, reason: 'Five of the eight thôn are above 100%; Quang Minh meets but does not exceed the target.', trap: 'count against the table; agrees' }),

    // ---------- II.4 money, Bảng 3 ----------
    repeat({ id: '084', quote: ['tổng số 90.000.000 đồng', 'Tổng kinh phí UBND xã phân bổ năm 2026 là 95 triệu đồng'], values: ['95 triệu đồng', '90.000.000 đồng'], kind: 'unit', mistake: 'planted', original: 'tổng số 95.000.000 đồng', note: 'Class 5: footnote 5 gives last year\'s 90.000.000 đồng; the allocation is 95 triệu đồng (text, Bảng 3).' }),
    repeat({ id: '085', quote: [T3_TOT, 'Tổng kinh phí UBND xã phân bổ năm 2026 là 95 triệu đồng'], values: ['95 triệu đồng', '95.000 nghìn đồng'], kind: 'unit', trap: 'restatement in another scale (triệu vs nghìn đồng) that agrees' }),
    product({ id: '086', quote: ['tổng tiền hỗ trợ là 66,9 triệu đồng', 'hỗ trợ thêm 150.000 đồng/người', 'với 446 người hiến máu'], x: '150.000', y: '446', factor: '0,000001', stated: '66,9 triệu đồng', note: '150.000 đồng × 446 people = 66.900.000 đồng.' }),
    difference({ id: '088', quote: ['vượt chỉ tiêu 26 người', 'toàn xã tiếp nhận 446 đơn vị máu'], a: '446', b: '420', stated: '26', note: 'Donors over target (446 − 420).' }),
    difference({ id: '089', quote: ['vượt dự toán 3,9 triệu đồng', T3_R1], a: '66,9 triệu đồng', b: '63.000 nghìn đồng', stated: '3,9 triệu đồng', note: 'Overspend on support: 66,9 triệu − 63.000 nghìn (Bảng 3).' }),
    product({ id: '090', quote: ['vượt dự toán 3,9 triệu đồng', 'vượt chỉ tiêu 26 người'], x: '26', y: '150.000', factor: '0,000001', stated: '3,9 triệu đồng', note: 'The overspend also equals extra donors × rate.' }),
    sum({ id: '091', quote: ['Tổng kinh phí đã thực hiện là 93 triệu đồng', 'hỗ trợ người hiến máu 66,9 triệu đồng; bồi dưỡng', 'lực lượng phục vụ 9,6 triệu đồng', 'tuyên truyền 8,45 triệu đồng', 'khen thưởng 4,8 triệu đồng; nước', 'suất ăn nhẹ 3,25 triệu đồng'], parts: ['66,9 triệu đồng', '9,6 triệu đồng', '8,45 triệu đồng', '4,8 triệu đồng', '3,25 triệu đồng'], total: '93 triệu đồng' }),
    ratio({ id: '092', quote: ['đạt 97,9% dự toán', 'Tổng kinh phí đã thực hiện là 93 triệu đồng', 'phân bổ năm 2026 là 95 triệu đồng'], x: '93 triệu đồng', y: '95 triệu đồng', stated: '97,9%' }),
    product({ id: '093', quote: ['9,6 triệu đồng (80.000 đồng/người/đợt cho 120 lượt người'], x: '80.000', y: '120', factor: '0,000001', stated: '9,6 triệu đồng' }),
    quotient({ id: '094', quote: ['bình quân 30 người/đợt', 'cho 120 lượt người'], x: '120', y: '4', stated: '30', note: 'Average per round (120 lượt over 4 rounds).' }),
    difference({ id: '095', quote: ['Số kinh phí còn lại 2 triệu đồng'], a: '95 triệu đồng', b: '93 triệu đồng', stated: '2 triệu đồng', trap: 'remainder of the allocation' }),
    contradiction({ id: '096', quote: ['Không có trường hợp nào người hiến máu bị thu tiền hoặc nhận hỗ trợ không đúng đối tượng, định mức'], stated: 'không có trường hợp nào bị thu tiền', expected: 'nothing in the report says otherwise', consistent: true, reason: 'No figure in the report counts a donor charged or paid wrongly.', trap: 'denial with nothing against it' }),
    sum({ id: '097', quote: [T3_TOT, T3_R1, T3_R2, T3_R3, T3_R4, T3_R5], parts: ['63.000', '9.600', '10.000', '7.400', '5.000'], total: '95.000', kind: 'cross_total', note: 'Bảng 3, dự toán column.' }),
    sum({ id: '098', quote: [T3_TOT], parts: ['66.900', '9.600', '8.450', '4.800', '3.250'], total: '93.000', kind: 'cross_total', note: 'Bảng 3, thực hiện column.' }),
    repeat({ id: '100', quote: [T3_R1, 'tổng tiền hỗ trợ là 66,9 triệu đồng'], values: ['66.900 nghìn đồng', '66,9 triệu đồng'], kind: 'unit', trap: 'nghìn đồng in the table vs triệu đồng in the text; agree' }),
    repeat({ id: '100a', quote: [T3_TOT, 'Tổng kinh phí đã thực hiện là 93 triệu đồng', 'Kinh phí 93 triệu đồng được sử dụng'], values: ['93.000 nghìn đồng', '93 triệu đồng', '93 triệu đồng'], kind: 'unit', note: 'Spending: Bảng 3, text, summary.' }),
    repeat({ id: '100b', quote: [T3_R2, 'lực lượng phục vụ 9,6 triệu đồng'], values: ['9.600 nghìn đồng', '9,6 triệu đồng'], kind: 'unit' }),
    repeat({ id: '100c', quote: [T3_R3, 'tuyên truyền 8,45 triệu đồng'], values: ['8.450 nghìn đồng', '8,45 triệu đồng'], kind: 'unit' }),
    repeat({ id: '100d', quote: [T3_R4, 'khen thưởng 4,8 triệu đồng; nước', 'tổng cộng 4,8 triệu đồng'], values: ['4.800 nghìn đồng', '4,8 triệu đồng', '4,8 triệu đồng'], kind: 'unit', note: 'Prize money: Bảng 3, spending list, honours section.' }),
    repeat({ id: '100e', quote: [T3_R5, 'suất ăn nhẹ 3,25 triệu đồng'], values: ['3.250 nghìn đồng', '3,25 triệu đồng'], kind: 'unit' }),
    sum({ id: '101', quote: ['vận động được 24,5 triệu đồng kinh phí xã hội hóa', 'May Phú Thành 10 triệu đồng', 'Hưng Phát 6,5 triệu đồng', 'Cơ khí Đông Phú 5 triệu đồng', 'Phú Lương 3 triệu đồng'], parts: ['10 triệu đồng', '6,5 triệu đồng', '5 triệu đồng', '3 triệu đồng'], total: '24,5 triệu đồng' }),
    quotient({ id: '102', quote: ['trị giá khoảng 55 nghìn đồng', 'vận động được 24,5 triệu đồng kinh phí xã hội hóa'], x: '24,5', y: '446', factor: '1.000', stated: '55 nghìn đồng', trap: 'per-donor average rounded, in another scale (24,5 triệu / 446 = 54,9 nghìn)' }),

    // ---------- II.5 honours ----------
    repeat({ id: '103', quote: ['tôn vinh 71 người hiến máu từ 5 lần trở lên', 'từ 5 lần trở lên có 71 người'], values: ['71', '71'], note: 'Honoured ≥ 5-time donors = the ≥ 5-time group.' }),
    contradiction({ id: '103a', quote: ['03 cá nhân có thành tích hiến máu từ 15 lần trở lên', 'thôn Phú Hưng (21 lần); bà Vũ Thị Lan', '(17 lần)', 'Công ty TNHH May Phú Thành (15 lần)'], stated: '03 cá nhân từ 15 lần trở lên', expected: 'footnote 7 names 3 people with 21, 17 and 15 donations', consistent: true, reason: 'Footnote 7 lists exactly three people, each with at least 15 donations (15 counts: "từ 15 lần trở lên").', trap: 'a count and a threshold checked against a footnote list; 15 is on the boundary and included' }),
    sum({ id: '104', quote: ['gồm 08 lượt tập thể và 27 lượt cá nhân', '01 tập thể (Hội Chữ thập đỏ xã)', '02 tập thể, 06 cá nhân', '05 tập thể, 14 cá nhân'], parts: ['01', '02', '05'], total: '08', labels: ['Bằng khen tỉnh', 'Giấy khen BCĐ tỉnh', 'Giấy khen xã'] }),
    sum({ id: '105', quote: ['và 27 lượt cá nhân', '03 cá nhân có thành tích', '02 tập thể, 06 cá nhân', '04 cá nhân;', '05 tập thể, 14 cá nhân'], parts: ['03', '06', '04', '14'], total: '27', labels: ['Bằng khen tỉnh', 'Giấy khen BCĐ tỉnh', 'Giấy khen Hội CTĐ tỉnh', 'Giấy khen xã'] }),
    sum({ id: '106', quote: ['Tổng số có 35 lượt tập thể, cá nhân được khen thưởng, gồm 08 lượt tập thể và 27 lượt cá nhân'], parts: ['08', '27'], total: '35' }),
    product({ id: '107', quote: ['gồm 2 triệu đồng cho tập thể (05 tập thể × 400.000 đồng)'], x: '05', y: '400.000', factor: '0,000001', stated: '2 triệu đồng' }),
    product({ id: '108', quote: ['2,8 triệu đồng cho cá nhân (14 cá nhân × 200.000 đồng)'], x: '14', y: '200.000', factor: '0,000001', stated: '2,8 triệu đồng' }),
    sum({ id: '109', quote: ['tổng cộng 4,8 triệu đồng', 'gồm 2 triệu đồng cho tập thể', '2,8 triệu đồng cho cá nhân'], parts: ['2 triệu đồng', '2,8 triệu đồng'], total: '4,8 triệu đồng' }),

    // ---------- III.1 summary ----------
    ratio({ id: '110', quote: ['tỷ lệ người đăng ký được tiếp nhận máu đạt 84,6%', 'Tổng số có 554 người đăng ký hiến máu', 'toàn xã tiếp nhận 446 đơn vị máu'], x: '446', y: '554', stated: '84,6%', mistake: 'planted', original: 'tỷ lệ người đăng ký được tiếp nhận máu đạt 80,5%', note: 'Class 2: the summary copies the screened-acceptance rate 84,6% (446/527); of the 554 registered (section II.1.a) it is 80,5%.' }),
    ratio({ id: '111', quote: ['tương đương 129,3 lít máu, đạt 106,2% chỉ tiêu tỉnh giao'], x: '446', y: '420', stated: '106,2%', note: 'Summary restates the target achievement.' }),
    contradiction({ id: '112', quote: ['không có trường hợp nào xảy ra tai biến sau hiến máu', 'có 03 trường hợp tai biến nhẹ'], stated: 'không có trường hợp nào xảy ra tai biến', expected: '03 trường hợp tai biến nhẹ', consistent: false, reason: 'Section II.1.c counts three mild reactions after donation; the summary denies any reaction.', mistake: 'planted', original: 'không có trường hợp nào xảy ra tai biến nặng sau hiến máu', note: 'Class 8: the denial is contradicted by the 03 mild reactions.' }),

    // ---------- IV. 2027 ----------
    change({ id: '120', quote: ['tối thiểu 460 đơn vị máu, tăng 9,5% so với chỉ tiêu năm 2026'], x: '460', base: '420', stated: '9,5%', direction: 'tăng', trap: 'change against the 2026 target, not the 2026 result' }),
    change({ id: '121', quote: ['tăng 3,1% so với kết quả thực hiện năm 2026'], x: '460', base: '446', stated: '3,1%', direction: 'tăng', trap: 'same target against a second base (the 2026 result)' }),
    change({ id: '122', quote: ['dự toán năm 2027 là 105 triệu đồng, tăng 10,5% so với năm 2026'], x: '105 triệu đồng', base: '95 triệu đồng', stated: '10,5%', direction: 'tăng', trap: 'planned budget change; base from section II.4' }),
    product({ id: '123', quote: ['dự kiến 92 triệu đồng cho 460 người hiến máu', 'lên 200.000 đồng/người'], x: '200.000', y: '460', factor: '0,000001', stated: '92 triệu đồng' }),
    atLeast({ id: '124', quote: ['số người hiến máu đạt tối thiểu 2,5% dân số', 'Số người hiến máu trong năm bằng 2,49% dân số'], big: '2,5%', small: '2,49%', trap: 'a 2027 target threshold next to the 2026 rate; not a computed percent' }),
  ],
});
