/*
 * (a) The report: "Báo cáo sơ kết hoạt động Công đoàn cơ sở 6 tháng đầu năm và phương hướng, nhiệm vụ
 * 6 tháng cuối năm 2026" of the (invented) Công đoàn cơ sở cơ quan Đảng ủy, HĐND, UBND xã Hòa An Tây,
 * tỉnh Đồng Tháp (a commune formed by the 2025 merger), sent to the Liên đoàn Lao động khu vực Cao Lãnh
 * and the commune's Đảng ủy, dated 20/6/2026. The chair is also the commune's accountant.
 *   - Opening: answers Công văn 125/LĐLĐKV-TC of 02/6/2026; data cut-offs 15/6 (money) and 20/6 (members).
 *   - I. Đặc điểm: founding decision, BCH 7 members (1 + 1 + 5), UBKT, 5 tổ công đoàn.
 *   - II.1 Members: 62 at the start (footnote 2: 29 women, 46,8%), +5 (3 + 2), −3 (1 + 2), 64 at the end;
 *     women 31 (share), 64/67 staff unionised; Table 1 by tổ (members, women, party members, dues);
 *     education shares (4,7 / 76,6 / 18,8, adding to 100,1 by rounding); member rating of 2025 as shares;
 *     BCH/UBKT activity; one member reprimanded (QĐ 58/QĐ-UBND 16/3/2026).
 *   - II.2 Welfare: 16 visits = 9 + 4 + 2 + 1 with count × amount, 9.800 nghìn đồng, average 612,5;
 *     against cùng kỳ (footnote 3); Tết gifts 63 × 200; 1/6 gifts 41 × 100; HSG 12 × 150; Mái ấm
 *     64 × 150 = 9.600, 2,3 times cùng kỳ, lũy kế over term 2023-2028 (footnote 4: 48.300 = 17.500 +
 *     18.000 + 12.800); Hội nghị CBCC 61/63; 13 = 11 + 2 pay raises; no labour dispute.
 *   - II.3 Training 58/64 (target ≥ 90%, +2,3 points vs 88,3% in footnote 3), 6 absent; footnote 5: 7/7;
 *     emulation 44/64, 28/31, 56/64 (88%, exact half), sáng kiến 6 of which 4; rewards 3 × 500, 8 × 150.
 *   - II.4 Finance: KPCĐ 2% of 2.912.400 = 58.248 (+9,0% vs cùng kỳ); đoàn phí 1% of 2.748.600 = 27.486
 *     (378 member-months, averages 7.271,4 and 72,7; +9,4%); split 75/25 and 60/40 with amounts in nghìn
 *     đồng and đồng; Table 2 (plan, actual, %, kept, sent up, Cộng row); total source 77.527,6 = 12.350 +
 *     43.686 + 16.491,6 + 5.000; spending 46.250 = 52,8% of estimate 87.600, 59,7% of source; structure
 *     shares; breakdowns after "gồm"; Table 3 (estimate, actual, % by line, Cộng); balance 31.277,6 =
 *     29.850 + 1.427,6.
 *   - III. Summary (restatements in triệu đồng / đồng, party-member share, counts) with denials;
 *     tồn tại (3 staff not yet members, "trên 50%" of plan).
 *   - IV. Tasks: remaining dues 26.514, KPCĐ 53.752, estimate 41.350; targets 67/67, ≥ 20% xuất sắc.
 *   - V. Kiến nghị: 60.000 − 10.000 = 50.000. Nơi nhận, signer, 7 footnotes.
 *
 * (b) Mistakes and traps.
 * Planted mistakes (10):
 *   Class 1: cdha-nu-ty-le — women 31 of 64 written "chiếm 50,0%" (31/62, the start-of-year base); right 48,4%.
 *   Class 1: cdha-t3-qlhc — Table 3 row "Quản lý hành chính" 2.160/5.000 written 42,3 (digits swapped); right 43,2.
 *   Class 2: cdha-tk-dang-vien — summary "đảng viên chiếm 87,3%" (55/63); the base 55 and 64 is in Table 1; right 85,9%.
 *   Class 3: cdha-xep-loai-tong — rating shares 19,4% + 66,4% + 11,3% = 97,1%; "hoàn thành tốt" should be 69,4% (sum 100,1 by rounding).
 *   Class 4: cdha-phong-trao-gom — 21.750 "gồm" 12.600 + 4.100 + 5.500 = 22.200; the hội thao part should be 5.050.
 *   Class 5: cdha-tk-so-du — balance 31.277,6 nghìn đồng restated in the summary as 31.727.600 đồng; right 31.277.600 đồng.
 *   Class 5: cdha-tk-chau — 41 children given 1/6 gifts in II.2.b, restated as 44 cháu in the summary; right 41.
 *   Class 6: cdha-mai-am-luy-ke — lũy kế 48.300 (footnote 4) + 9.600 stated 59.700; right 57.900.
 *   Class 7: cdha-ldg-ty-le — 44/64 = 68,75% written "68%" (truncated); right 69%.
 *   Class 8: cdha-ky-luat — "không có đoàn viên nào vi phạm kỷ luật" against the 01 member reprimanded in II.1.b.
 * Traps (labelled trap:): exact half-ups 18,75 → 18,8 and 87,5 → 88%; education shares adding to 100,1;
 *   the 90% target next to 58/64; percentage points (90,6 − 88,3); remainders (64 − 58, 67 − 64); the
 *   300–1.000 range; 63 gifts vs 64 members (other date); 72,7 per member-month (not per member); 59,7% of
 *   another base; weighted Cộng-row percents in Tables 2 and 3; 75%/25%/60%/40% shares of their own base;
 *   restatements in đồng / triệu đồng that agree; "trên 50%" against 51,6%; "trong đó" subsets (women and
 *   party members, sáng kiến); targets (20% xuất sắc, 67/67); dates and document numbers; denials with
 *   nothing against them (đơn thư, tranh chấp lao động, không hoàn thành nhiệm vụ).
 */
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum, times } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-cong-doan-co-so-xa-hoa-an-tay-cong-doan-6-thang-2026.md',
  prefix: 'cdha',
  claims: [
    // ---- Opening, dates, documents ----
    contradiction({
      id: 'date-cv', quote: ['Công văn số 125/LĐLĐKV-TC ngày 02/6/2026', 'Hòa An Tây, ngày 20 tháng 6 năm 2026'],
      stated: '02/6/2026', expected: 'before 20/6/2026', consistent: true,
      reason: 'The request (02/6/2026) precedes the report (20/6/2026).', trap: 'date and document number, consistent',
    }),
    contradiction({
      id: 'date-cutoff', quote: ['Số liệu tài chính tính đến hết ngày 15/6/2026; số liệu đoàn viên tính đến ngày 20/6/2026'],
      stated: '15/6/2026', expected: 'not after 20/6/2026', consistent: true,
      reason: 'Financial cut-off 15/6 and member cut-off 20/6 are both no later than the report date.', trap: 'two cut-off dates, both valid',
    }),
    contradiction({
      id: 'nhiem-ky', quote: ['nhiệm kỳ 2023-2028 và Chương trình công tác năm 2026'],
      stated: '2023-2028', expected: 'a five-year term containing 2026', consistent: true,
      reason: 'A range of years (term), not a subtraction.', trap: 'range 2023-2028',
    }),
    contradiction({
      id: 'date-thanh-lap', quote: ['Quyết định số 312/QĐ-LĐLĐKV ngày 08/7/2025', 'chính thức hoạt động từ ngày 01/7/2025'],
      stated: '08/7/2025', expected: 'on or after 01/7/2025', consistent: true,
      reason: 'The union was set up a week after the new commune began on 01/7/2025.', trap: 'dates across body and footnote, consistent',
    }),
    sum({
      id: 'bch', quote: ['Ban Chấp hành có 07 ủy viên, gồm 01 Chủ tịch, 01 Phó Chủ tịch và 05 ủy viên'],
      parts: ['01', '01', '05'], total: '07',
    }),

    // ---- II.1 Members ----
    sum({
      id: 'dv-ket-nap', quote: ['kết nạp, tiếp nhận 05 đoàn viên (gồm 03 công chức mới tuyển dụng và 02 người lao động hợp đồng)'],
      parts: ['03', '02'], total: '05',
    }),
    sum({
      id: 'dv-giam', quote: ['giảm 03 đoàn viên, trong đó 01 người nghỉ hưu và 02 người chuyển công tác'],
      parts: ['01', '02'], total: '03',
    }),
    difference({
      id: 'dv-tang-rong', quote: ['tăng 02 đoàn viên so với đầu năm', 'tiếp nhận 05 đoàn viên', 'giảm 03 đoàn viên'],
      a: '05', b: '03', stated: '02',
    }),
    cumulative({
      id: 'dv-cuoi-ky', quote: ['tổng số đoàn viên là 64 người', 'Công đoàn cơ sở có 62 đoàn viên[^2]', 'tăng 02 đoàn viên so với đầu năm'],
      previous: '62', period: '02', stated: '64',
    }),
    share({
      id: 'nu-ty-le', quote: ['nữ có 31 người, chiếm 50,0%', 'Trong tổng số 64 đoàn viên'],
      x: '31', y: '64', stated: '50,0%',
      mistake: 'planted', original: 'nữ có 31 người, chiếm 48,4%',
      note: 'Class 1: the base 64 is in the same sentence but not written as X/Y; 31/62 (start-of-year base) was used; right 48,4%.',
    }),
    difference({
      id: 'nu-tang', quote: ['số đoàn viên nữ tăng 02 người so với đầu năm', 'trong đó nữ 29 người (46,8%)'],
      a: '31', b: '29', stated: '02',
    }),
    share({
      id: 'nu-dau-ky', quote: ['trong đó nữ 29 người (46,8%)', 'đến ngày 31/12/2025 Công đoàn cơ sở có 62 đoàn viên'],
      x: '29', y: '62', stated: '46,8%',
    }),
    ratio({
      id: 'dv-bao-phu', quote: ['64/67 cán bộ, công chức, người lao động là đoàn viên công đoàn, đạt 95,5%'],
      x: '64', y: '67', stated: '95,5%',
    }),
    atLeast({
      id: 'dv-trong-do', quote: ['Trong tổng số 64 đoàn viên, nữ có 31 người', 'Đoàn viên là đảng viên có 55 người'],
      big: '64', small: '55', trap: '"trong đó" subsets (31 women, 55 party members) overlap; 31 + 55 = 86 is not meant to be 64',
    }),
    // Table 1
    sum({
      id: 't1-dv', kind: 'cross_total', quote: ['| | Tổng cộng | 64 | 31 | 55 | 27.486 |', '| 1 | Tổ Khối Đảng - Mặt trận | 14 | 7 | 14 | 6.120 |'],
      parts: ['14', '18', '12', '11', '9'], total: '64',
    }),
    sum({
      id: 't1-nu', kind: 'cross_total', quote: ['| | Tổng cộng | 64 | 31 | 55 | 27.486 |', '| 2 | Tổ Văn phòng HĐND và UBND | 18 | 8 | 16 | 7.854 |'],
      parts: ['7', '8', '4', '6', '6'], total: '31',
    }),
    sum({
      id: 't1-dang', kind: 'cross_total', quote: ['| | Tổng cộng | 64 | 31 | 55 | 27.486 |', '| 3 | Tổ Phòng Kinh tế | 12 | 4 | 10 | 5.210 |'],
      parts: ['14', '16', '10', '9', '6'], total: '55',
    }),
    sum({
      id: 't1-doan-phi', kind: 'cross_total', quote: ['| | Tổng cộng | 64 | 31 | 55 | 27.486 |', '| 4 | Tổ Phòng Văn hóa - Xã hội | 11 | 6 | 9 | 4.530 |', '| 5 | Tổ Trung tâm Phục vụ hành chính công | 9 | 6 | 6 | 3.772 |'],
      parts: ['6.120', '7.854', '5.210', '4.530', '3.772'], total: '27.486',
    }),
    repeat({
      id: 't1-nu-text', quote: ['| | Tổng cộng | 64 | 31 | 55 | 27.486 |', 'nữ có 31 người'],
      values: ['31', '31'],
    }),
    // Education
    sum({
      id: 'trinh-do-tong', quote: ['Trong tổng số 64 đoàn viên', '03 đoàn viên có trình độ thạc sĩ', '49 đoàn viên trình độ đại học', '12 đoàn viên trình độ cao đẳng, trung cấp'],
      parts: ['03', '49', '12'], total: '64',
    }),
    share({
      id: 'trinh-do-ths', quote: ['trình độ thạc sĩ (4,7%)'], x: '03', y: '64', stated: '4,7%',
    }),
    share({
      id: 'trinh-do-dh', quote: ['trình độ đại học (76,6%)'], x: '49', y: '64', stated: '76,6%',
    }),
    share({
      id: 'trinh-do-cd', quote: ['trình độ cao đẳng, trung cấp (18,8%)'], x: '12', y: '64', stated: '18,8%',
      trap: '12/64 = 18,75% exactly; half-up gives 18,8%',
    }),
    sum({
      id: 'trinh-do-100', kind: 'share_percent', implicitTotal: true, rounded: true,
      quote: ['thạc sĩ (4,7%), 49 đoàn viên trình độ đại học (76,6%) và 12 đoàn viên trình độ cao đẳng, trung cấp (18,8%)'],
      parts: ['4,7%', '76,6%', '18,8%'], total: '100%',
      trap: 'rounded shares add to 100,1%, within rounding',
    }),
    // Rating
    sum({
      id: 'xep-loai-tong', kind: 'share_percent', implicitTotal: true, rounded: true,
      quote: ['hoàn thành tốt nhiệm vụ 66,4%', 'hoàn thành xuất sắc nhiệm vụ 19,4%', 'hoàn thành nhiệm vụ 11,3%; không có'],
      parts: ['19,4%', '66,4%', '11,3%'], total: '100%',
      mistake: 'planted', original: 'hoàn thành tốt nhiệm vụ 69,4%',
      note: 'Class 3: shares of the 62 members add to 97,1%; "hoàn thành tốt" should be 69,4% (43/62), giving 100,1% by rounding.',
    }),
    contradiction({
      id: 'khong-htnv', quote: ['không có đoàn viên nào xếp loại không hoàn thành nhiệm vụ'],
      stated: 'không có', expected: 'no member rated "không hoàn thành" for 2025', consistent: true,
      reason: 'Nothing in the report puts a member in that rating; the 2026 reprimand does not bear on the 2025 rating.',
      trap: 'denial with nothing against it',
    }),
    // Discipline
    contradiction({
      id: 'ky-luat', quote: ['Trong 6 tháng đầu năm không có đoàn viên nào vi phạm kỷ luật', 'có 01 đoàn viên thuộc Tổ Trung tâm Phục vụ hành chính công bị Chủ tịch UBND xã xử lý kỷ luật bằng hình thức khiển trách'],
      stated: 'không có đoàn viên nào vi phạm kỷ luật', expected: '01 đoàn viên bị kỷ luật khiển trách (QĐ 58/QĐ-UBND ngày 16/3/2026)', consistent: false,
      reason: 'Section II.1.b reports one member reprimanded in March 2026, inside the period.',
      mistake: 'planted', original: 'Trong 6 tháng đầu năm, ngoài 01 trường hợp nêu tại điểm b mục 1, không có đoàn viên nào vi phạm kỷ luật',
      note: 'Class 8: the denial is contradicted by the count of 01 disciplined member.',
    }),
    contradiction({
      id: 'don-thu', quote: ['Không có đơn thư khiếu nại, tố cáo liên quan đến đoàn viên'],
      stated: 'không có', expected: 'no complaint mentioned anywhere', consistent: true,
      reason: 'No complaint or denunciation is counted anywhere in the report.', trap: 'denial with nothing against it',
    }),
    contradiction({
      id: 'tranh-chap', quote: ['Trong kỳ không xảy ra tranh chấp lao động tại cơ quan'],
      stated: 'không xảy ra', expected: 'no labour dispute mentioned', consistent: true,
      reason: 'No dispute is reported elsewhere.', trap: 'denial with nothing against it',
    }),

    // ---- II.2 Welfare ----
    sum({
      id: 'tham-hoi-luot', quote: ['16 lượt đoàn viên với tổng số tiền 9.800', 'ốm đau, nằm viện 09 lượt', 'đoàn viên 04 lượt × 1.000', 'kết hôn 02 lượt × 500', 'đột xuất 01 lượt cho đoàn viên'],
      parts: ['09', '04', '02', '01'], total: '16',
    }),
    sum({
      id: 'tham-hoi-tien', quote: ['tổng số tiền 9.800 nghìn đồng (bình quân', '= 4.500 nghìn đồng; viếng tang', '= 4.000 nghìn đồng; mừng', '= 1.000 nghìn đồng; trợ cấp đột xuất', 'hoàn cảnh khó khăn 300 nghìn đồng'],
      parts: ['4.500', '4.000', '1.000', '300'], total: '9.800',
    }),
    quotient({
      id: 'tham-hoi-bq', quote: ['bình quân 612,5 nghìn đồng/lượt', '16 lượt đoàn viên với tổng số tiền 9.800 nghìn đồng'],
      x: '9.800', y: '16', stated: '612,5',
    }),
    product({
      id: 'om-dau', quote: ['09 lượt × 500 nghìn đồng = 4.500 nghìn đồng'], x: '09', y: '500', stated: '4.500',
    }),
    product({
      id: 'hieu', quote: ['04 lượt × 1.000 nghìn đồng = 4.000 nghìn đồng'], x: '04', y: '1.000', stated: '4.000',
    }),
    product({
      id: 'hi', quote: ['02 lượt × 500 nghìn đồng = 1.000 nghìn đồng'], x: '02', y: '500', stated: '1.000',
    }),
    contradiction({
      id: 'muc-chi', quote: ['(từ 300 nghìn đồng đến 1.000 nghìn đồng/lượt)'],
      stated: '300–1.000 nghìn đồng/lượt', expected: 'every rate used (300, 500, 1.000) lies in the range', consistent: true,
      reason: 'A range of rates, not a difference; all rates used fall inside it.', trap: 'range',
    }),
    difference({
      id: 'tham-hoi-tang-luot', quote: ['số lượt thăm hỏi tăng 04 lượt', 'thăm hỏi 12 lượt với số tiền 6.900 nghìn đồng'],
      a: '16', b: '12', stated: '04',
    }),
    change({
      id: 'tham-hoi-tang-tien', quote: ['số tiền chi thăm hỏi tăng 42,0%', 'thăm hỏi 12 lượt với số tiền 6.900 nghìn đồng'],
      x: '9.800', base: '6.900', stated: '42,0%', direction: 'tăng',
    }),
    product({
      id: 'qua-tet', quote: ['thành tiền 12.600 nghìn đồng', 'tặng 63 suất quà', 'mỗi suất 200 nghìn đồng'],
      x: '63', y: '200', stated: '12.600',
    }),
    contradiction({
      id: 'qua-tet-63', quote: ['tặng 63 suất quà cho toàn bộ đoàn viên tại thời điểm tháng 02/2026', 'tổng số đoàn viên là 64 người'],
      stated: '63', expected: 'members in February 2026, between 62 (start) and 64 (20/6)', consistent: true,
      reason: 'The 63 gifts count members at Tết, not at the report date.', trap: 'same indicator at another date',
    }),
    product({
      id: 'qua-1-6', quote: ['tổng cộng 4.100 nghìn đồng', 'tặng quà cho 41 cháu', 'mỗi cháu 100 nghìn đồng'],
      x: '41', y: '100', stated: '4.100',
    }),
    product({
      id: 'hsg', quote: ['thành tiền 1.800 nghìn đồng', 'khen thưởng 12 cháu', 'mỗi cháu 150 nghìn đồng'],
      x: '12', y: '150', stated: '1.800',
    }),
    product({
      id: 'mai-am', quote: ['tổng số 9.600 nghìn đồng', 'vận động 64 đoàn viên đóng góp, mỗi người 150 nghìn đồng'],
      x: '64', y: '150', stated: '9.600',
    }),
    times({
      id: 'mai-am-gap', quote: ['gấp 2,3 lần cùng kỳ năm 2025', 'Quỹ "Mái ấm Công đoàn" 4.200 nghìn đồng'],
      x: '9.600', y: '4.200', stated: 'gấp 2,3 lần',
    }),
    cumulative({
      id: 'mai-am-luy-ke', quote: ['đã đóng góp 59.700 nghìn đồng cho Quỹ', 'đến ngày 31/12/2025 là 48.300 nghìn đồng', 'tổng số 9.600 nghìn đồng'],
      previous: '48.300', period: '9.600', stated: '59.700',
      mistake: 'planted', original: 'đã đóng góp 57.900 nghìn đồng cho Quỹ',
      note: 'Class 6: lũy kế 48.300 (footnote 4) + 9.600 this period = 57.900, written with digits swapped as 59.700.',
    }),
    sum({
      id: 'mai-am-fn', quote: ['đến ngày 31/12/2025 là 48.300 nghìn đồng (năm 2023: 17.500 nghìn đồng; năm 2024: 18.000 nghìn đồng; năm 2025: 12.800 nghìn đồng)'],
      parts: ['17.500', '18.000', '12.800'], total: '48.300',
    }),
    ratio({
      id: 'hoi-nghi', quote: ['61/63 đại biểu tham dự, đạt 96,8%'], x: '61', y: '63', stated: '96,8%',
    }),
    sum({
      id: 'nang-luong', quote: ['13 đoàn viên được nâng bậc lương đúng thời hạn, gồm 11 người nâng lương thường xuyên và 02 người'],
      parts: ['11', '02'], total: '13',
    }),

    // ---- II.3 Training, emulation ----
    ratio({
      id: 'hoc-tap', quote: ['58/64 đoàn viên tham dự đầy đủ, đạt 90,6%'], x: '58', y: '64', stated: '90,6%',
    }),
    atLeast({
      id: 'hoc-tap-chi-tieu', quote: ['đạt 90,6% (chỉ tiêu Nghị quyết Đại hội đề ra tối thiểu 90%)'],
      big: '90,6%', small: '90%', trap: 'a threshold next to an X/Y, met',
    }),
    difference({
      id: 'hoc-tap-diem', quote: ['tăng 2,3 điểm phần trăm so với cùng kỳ', 'tham gia học tập nghị quyết 88,3%'],
      a: '90,6%', b: '88,3%', stated: '2,3', trap: 'percentage points, not a relative change (2,6%)',
    }),
    difference({
      id: 'hoc-tap-con-lai', quote: ['06 đoàn viên còn lại vắng', '58/64 đoàn viên tham dự đầy đủ'],
      a: '64', b: '58', stated: '06', trap: 'remainder 64 − 58',
    }),
    ratio({
      id: 'tap-huan', quote: ['07/07 học viên của Công đoàn cơ sở được cấp giấy chứng nhận, đạt 100%'], x: '07', y: '07', stated: '100%',
    }),
    ratio({
      id: 'ldg-ty-le', quote: ['44/64 đoàn viên đăng ký, đạt 68%'], x: '44', y: '64', stated: '68%',
      mistake: 'planted', original: '44/64 đoàn viên đăng ký, đạt 69%',
      note: 'Class 7: 44/64 = 68,75%, truncated to 68%; rounded half-up it is 69%.',
    }),
    atLeast({
      id: 'sang-kien', quote: ['06 sáng kiến cải tiến trong giải quyết thủ tục hành chính, trong đó 04 sáng kiến'],
      big: '06', small: '04', trap: '"trong đó" subset, not a part list',
    }),
    ratio({
      id: 'gvn', quote: ['28/31 nữ đoàn viên đăng ký thực hiện, đạt 90,3%'], x: '28', y: '31', stated: '90,3%',
    }),
    ratio({
      id: 'chuyen-doi-so', quote: ['56/64 đoàn viên đã cài đặt và sử dụng ứng dụng "Công đoàn Việt Nam", đạt 88%'],
      x: '56', y: '64', stated: '88%', trap: '56/64 = 87,5% exactly; half-up gives 88%',
    }),
    product({
      id: 'kt-tap-the', quote: ['thành tiền 1.500 nghìn đồng', 'khen thưởng 03 tập thể tổ công đoàn, mỗi tổ 500 nghìn đồng'],
      x: '03', y: '500', stated: '1.500',
    }),
    product({
      id: 'kt-ca-nhan', quote: ['thành tiền 1.200 nghìn đồng', '08 cá nhân, mỗi cá nhân 150 nghìn đồng'],
      x: '08', y: '150', stated: '1.200',
    }),

    // ---- II.4 Finance: receipts ----
    product({
      id: 'kpcd', quote: ['kinh phí công đoàn 2% đã trích nộp 58.248 nghìn đồng', 'là 2.912.400 nghìn đồng'],
      x: '2.912.400', y: '2%', factor: '0,01', stated: '58.248',
    }),
    change({
      id: 'kpcd-tang', quote: ['tăng 9,0% so với cùng kỳ', 'kinh phí công đoàn 53.460 nghìn đồng'],
      x: '58.248', base: '53.460', stated: '9,0%', direction: 'tăng',
    }),
    product({
      id: 'doan-phi', quote: ['đoàn phí công đoàn 1% thu được 27.486 nghìn đồng', 'đoàn viên là 2.748.600 nghìn đồng'],
      x: '2.748.600', y: '1%', factor: '0,01', stated: '27.486',
    }),
    quotient({
      id: 'luong-bq', quote: ['bình quân 7.271,4 nghìn đồng/người/tháng', 'đoàn viên là 2.748.600 nghìn đồng (tương ứng 378 lượt đoàn viên - tháng'],
      x: '2.748.600', y: '378', stated: '7.271,4',
    }),
    quotient({
      id: 'doan-phi-bq', quote: ['bình quân 72,7 nghìn đồng/đoàn viên/tháng', '378 lượt đoàn viên - tháng'],
      x: '27.486', y: '378', stated: '72,7',
      trap: 'per member-month (378), not per member (64 × 6 = 384 would give 71,6)',
    }),
    product({
      id: 'doan-phi-bq-1pt', quote: ['bình quân 72,7 nghìn đồng/đoàn viên/tháng', 'bình quân 7.271,4 nghìn đồng/người/tháng'],
      x: '7.271,4', y: '1%', factor: '0,01', stated: '72,7',
    }),
    change({
      id: 'doan-phi-tang', quote: ['tăng 9,4% so với cùng kỳ', 'thu đoàn phí 25.120 nghìn đồng'],
      x: '27.486', base: '25.120', stated: '9,4%', direction: 'tăng',
    }),
    repeat({
      id: 'doan-phi-rep', quote: ['1% thu được 27.486 nghìn đồng', '| | Tổng cộng | 64 | 31 | 55 | 27.486 |', '| Đoàn phí công đoàn (1%) | 54.000 | 27.486 |'],
      values: ['27.486', '27.486', '27.486'],
    }),
    share({
      id: 'kpcd-75', quote: ['được sử dụng 75% số kinh phí công đoàn (43.686 nghìn đồng)', 'đã trích nộp 58.248 nghìn đồng'],
      x: '43.686', y: '58.248', stated: '75%', trap: 'share of KPCĐ, not of total receipts',
    }),
    share({
      id: 'doan-phi-60', quote: ['60% số đoàn phí (16.491.600 đồng)', 'thu được 27.486 nghìn đồng'],
      x: '16.491.600 đồng', y: '27.486 nghìn đồng', stated: '60%', trap: 'share in đồng of a base in nghìn đồng',
    }),
    share({
      id: 'kpcd-25', quote: ['25% kinh phí công đoàn là 14.562 nghìn đồng'], x: '14.562', y: '58.248', stated: '25%',
    }),
    share({
      id: 'doan-phi-40', quote: ['40% đoàn phí là 10.994.400 đồng'], x: '10.994.400 đồng', y: '27.486 nghìn đồng', stated: '40%',
      trap: 'percent of the đoàn phí base, not of the 25.556.400 sent up',
    }),
    sum({
      id: 'nop-cap-tren', quote: ['tổng cộng 25.556.400 đồng', '25% kinh phí công đoàn là 14.562 nghìn đồng', '40% đoàn phí là 10.994.400 đồng'],
      parts: ['14.562 nghìn đồng', '10.994.400 đồng'], total: '25.556.400 đồng',
    }),
    repeat({
      id: 'nop-rep', kind: 'unit', quote: ['tổng cộng 25.556.400 đồng', '| 166.000 | 85.734 | 51,6 | 60.177,6 | 25.556,4 |'],
      values: ['25.556.400 đồng', '25.556,4 nghìn đồng'], trap: 'restated in another scale, agrees',
    }),
    repeat({
      id: 'dp-sd-rep', kind: 'unit', quote: ['60% số đoàn phí (16.491.600 đồng)', '| 27.486 | 50,9 | 16.491,6 | 10.994,4 |', 'đoàn phí được sử dụng 16.491,6 nghìn đồng'],
      values: ['16.491.600 đồng', '16.491,6 nghìn đồng', '16.491,6 nghìn đồng'], trap: 'đồng vs nghìn đồng, agrees',
    }),
    repeat({
      id: 'dp-nop-rep', kind: 'unit', quote: ['40% đoàn phí là 10.994.400 đồng', '| 16.491,6 | 10.994,4 |'],
      values: ['10.994.400 đồng', '10.994,4 nghìn đồng'], trap: 'đồng vs nghìn đồng, agrees',
    }),
    repeat({
      id: 'kpcd-sd-rep', quote: ['75% số kinh phí công đoàn (43.686 nghìn đồng)', '| 58.248 | 52,0 | 43.686 | 14.562 |', 'kinh phí công đoàn được sử dụng 43.686 nghìn đồng'],
      values: ['43.686', '43.686', '43.686'],
    }),
    // Table 2
    ratio({
      id: 't2-kpcd', quote: ['| Kinh phí công đoàn (2%) | 112.000 | 58.248 | 52,0 |'], x: '58.248', y: '112.000', stated: '52,0',
    }),
    ratio({
      id: 't2-dp', quote: ['| Đoàn phí công đoàn (1%) | 54.000 | 27.486 | 50,9 |'], x: '27.486', y: '54.000', stated: '50,9',
    }),
    ratio({
      id: 't2-cong-tyle', quote: ['| Cộng | 166.000 | 85.734 | 51,6 |'], x: '85.734', y: '166.000', stated: '51,6',
      trap: 'total-row percent is total/total (51,6), not the average of 52,0 and 50,9 (51,5)',
    }),
    sum({
      id: 't2-kh', kind: 'cross_total', quote: ['| Cộng | 166.000 | 85.734 |', '| Kinh phí công đoàn (2%) | 112.000 |', '| Đoàn phí công đoàn (1%) | 54.000 |'],
      parts: ['112.000', '54.000'], total: '166.000',
    }),
    sum({
      id: 't2-th', kind: 'cross_total', quote: ['| 166.000 | 85.734 | 51,6 |', '| 112.000 | 58.248 | 52,0 |', '| 54.000 | 27.486 | 50,9 |'],
      parts: ['58.248', '27.486'], total: '85.734',
    }),
    sum({
      id: 't2-sd', kind: 'cross_total', quote: ['| 51,6 | 60.177,6 | 25.556,4 |', '| 52,0 | 43.686 | 14.562 |', '| 50,9 | 16.491,6 | 10.994,4 |'],
      parts: ['43.686', '16.491,6'], total: '60.177,6',
    }),
    sum({
      id: 't2-nop', kind: 'cross_total', quote: ['| 60.177,6 | 25.556,4 |', '| 43.686 | 14.562 |', '| 16.491,6 | 10.994,4 |'],
      parts: ['14.562', '10.994,4'], total: '25.556,4',
    }),
    sum({
      id: 't2-row-kpcd', quote: ['| Kinh phí công đoàn (2%) | 112.000 | 58.248 | 52,0 | 43.686 | 14.562 |'],
      parts: ['43.686', '14.562'], total: '58.248',
    }),
    sum({
      id: 't2-row-dp', quote: ['| Đoàn phí công đoàn (1%) | 54.000 | 27.486 | 50,9 | 16.491,6 | 10.994,4 |'],
      parts: ['16.491,6', '10.994,4'], total: '27.486',
    }),
    atLeast({
      id: 'tren-50', quote: ['Kinh phí công đoàn và đoàn phí 6 tháng mới đạt trên 50% kế hoạch năm', '| Cộng | 166.000 | 85.734 | 51,6 |'],
      big: '51,6%', small: '50%', trap: '"trên 50%" is a threshold; 52,0%, 50,9% and 51,6% are all above it',
    }),

    // ---- II.4 Finance: sources and spending ----
    sum({
      id: 'nguon', quote: ['trong 6 tháng là 77.527,6 nghìn đồng, gồm', 'chuyển sang 12.350 nghìn đồng[^7]', 'kinh phí công đoàn được sử dụng 43.686 nghìn đồng', 'đoàn phí được sử dụng 16.491,6 nghìn đồng', 'thu khác 5.000 nghìn đồng'],
      parts: ['12.350', '43.686', '16.491,6', '5.000'], total: '77.527,6',
    }),
    repeat({
      id: 'so-du-2025', kind: 'unit', quote: ['Số dư năm 2025 chuyển sang (12.350.000 đồng)', 'chuyển sang 12.350 nghìn đồng[^7]'],
      values: ['12.350.000 đồng', '12.350 nghìn đồng'], trap: 'footnote in đồng, body in nghìn đồng, agree',
    }),
    ratio({
      id: 'chi-du-toan', quote: ['Tổng chi 6 tháng là 46.250 nghìn đồng, đạt 52,8% dự toán năm được duyệt (87.600 nghìn đồng)'],
      x: '46.250', y: '87.600', stated: '52,8%',
    }),
    ratio({
      id: 'chi-nguon', quote: ['bằng 59,7% tổng nguồn được sử dụng', 'Tổng chi 6 tháng là 46.250 nghìn đồng', 'trong 6 tháng là 77.527,6 nghìn đồng'],
      x: '46.250', y: '77.527,6', stated: '59,7%', trap: 'percent of another base (the source, not the estimate)',
    }),
    share({
      id: 'co-cau-phong-trao', quote: ['chiếm tỷ trọng lớn nhất (47,0%)', 'Chi tổ chức hoạt động phong trào 21.750 nghìn đồng'],
      x: '21.750', y: '46.250', stated: '47,0%',
    }),
    share({
      id: 'co-cau-tham-hoi', quote: ['thăm hỏi đoàn viên (21,2%)', 'Chi trợ cấp, thăm hỏi đoàn viên 9.800 nghìn đồng'],
      x: '9.800', y: '46.250', stated: '21,2%',
    }),
    quotient({
      id: 'phu-cap-bq', quote: ['bình quân 1.200 nghìn đồng/người', 'Chi phụ cấp cho 04 cán bộ công đoàn kiêm nhiệm trong 6 tháng 4.800 nghìn đồng'],
      x: '4.800', y: '04', stated: '1.200',
    }),
    repeat({
      id: 'tham-hoi-rep', quote: ['Chi trợ cấp, thăm hỏi đoàn viên 9.800 nghìn đồng', '| 18.000 | 9.800 | 54,4 |', 'tổng số tiền 9.800 nghìn đồng'],
      values: ['9.800', '9.800', '9.800'],
    }),
    sum({
      id: 'phong-trao-gom', quote: ['Chi tổ chức hoạt động phong trào 21.750 nghìn đồng, gồm', 'quà Tết cho đoàn viên 12.600 nghìn đồng', 'quà Quốc tế Thiếu nhi 4.100 nghìn đồng', '26/3 và 30/4 là 5.500 nghìn đồng'],
      parts: ['12.600', '4.100', '5.500'], total: '21.750',
      mistake: 'planted', original: '26/3 và 30/4 là 5.050 nghìn đồng',
      note: 'Class 4: 12.600 + 4.100 + 5.500 = 22.200 ≠ 21.750; the hội thao part should be 5.050.',
    }),
    repeat({
      id: 'phong-trao-rep', quote: ['| 38.000 | 21.750 | 57,2 |', 'Chi tổ chức hoạt động phong trào 21.750 nghìn đồng'],
      values: ['21.750', '21.750'],
    }),
    sum({
      id: 'chi-khac', quote: ['Chi khác 4.500 nghìn đồng, gồm', 'khen thưởng tập thể 1.500 nghìn đồng', 'khen thưởng cá nhân 1.200 nghìn đồng', 'đạt học sinh giỏi 1.800 nghìn đồng'],
      parts: ['1.500', '1.200', '1.800'], total: '4.500',
    }),
    repeat({
      id: 'qlhc-rep', quote: ['chi quản lý hành chính 2.160 nghìn đồng', '| 5.000 | 2.160 |'],
      values: ['2.160', '2.160'],
    }),
    // Table 3
    ratio({ id: 't3-phu-cap', quote: ['| 9.600 | 4.800 | 50,0 |'], x: '4.800', y: '9.600', stated: '50,0' }),
    ratio({ id: 't3-tham-hoi', quote: ['| 18.000 | 9.800 | 54,4 |'], x: '9.800', y: '18.000', stated: '54,4' }),
    ratio({ id: 't3-phong-trao', quote: ['| 38.000 | 21.750 | 57,2 |'], x: '21.750', y: '38.000', stated: '57,2' }),
    ratio({ id: 't3-tuyen-truyen', quote: ['| 8.000 | 3.240 | 40,5 |'], x: '3.240', y: '8.000', stated: '40,5' }),
    ratio({
      id: 't3-qlhc', quote: ['| Quản lý hành chính | 5.000 | 2.160 | 42,3 |'], x: '2.160', y: '5.000', stated: '42,3',
      mistake: 'planted', original: '| Quản lý hành chính | 5.000 | 2.160 | 43,2 |',
      note: 'Class 1: the base (dự toán 5.000) is in the table row, not written as X/Y; 2.160/5.000 = 43,2%, digits swapped to 42,3.',
    }),
    ratio({ id: 't3-khac', quote: ['| 9.000 | 4.500 | 50,0 |'], x: '4.500', y: '9.000', stated: '50,0' }),
    ratio({
      id: 't3-cong-tyle', quote: ['| Cộng | 87.600 | 46.250 | 52,8 |'], x: '46.250', y: '87.600', stated: '52,8',
      trap: 'total-row percent is total/total, not the average of the row percents',
    }),
    sum({
      id: 't3-du-toan', kind: 'cross_total', quote: ['| Cộng | 87.600 | 46.250 | 52,8 |', '| Phụ cấp cán bộ công đoàn | 9.600 |', '| Trợ cấp, thăm hỏi đoàn viên | 18.000 |', '| Tổ chức hoạt động phong trào | 38.000 |', '| Tuyên truyền, đào tạo | 8.000 |', '| Quản lý hành chính | 5.000 |', '| Chi khác (khen thưởng) | 9.000 |'],
      parts: ['9.600', '18.000', '38.000', '8.000', '5.000', '9.000'], total: '87.600',
    }),
    sum({
      id: 't3-thuc-hien', kind: 'cross_total', quote: ['| 87.600 | 46.250 | 52,8 |', '| 9.600 | 4.800 |', '| 18.000 | 9.800 |', '| 38.000 | 21.750 |', '| 8.000 | 3.240 |', '| 5.000 | 2.160 |', '| 9.000 | 4.500 |'],
      parts: ['4.800', '9.800', '21.750', '3.240', '2.160', '4.500'], total: '46.250',
    }),
    repeat({
      id: 'chi-rep', quote: ['Tổng chi 6 tháng là 46.250 nghìn đồng', '| Cộng | 87.600 | 46.250 | 52,8 |'],
      values: ['46.250', '46.250'],
    }),
    // Balance
    difference({
      id: 'so-du', quote: ['ngày 15/6/2026 là 31.277,6 nghìn đồng (77.527,6 − 46.250)'], a: '77.527,6', b: '46.250', stated: '31.277,6',
    }),
    sum({
      id: 'so-du-gom', quote: ['là 31.277,6 nghìn đồng (77.527,6', 'tiền gửi ngân hàng 29.850 nghìn đồng', 'tiền mặt tồn quỹ 1.427,6 nghìn đồng'],
      parts: ['29.850', '1.427,6'], total: '31.277,6',
    }),

    // ---- III. Summary ----
    repeat({
      id: 'tk-dv', quote: ['Tổng số đoàn viên đạt 64 người', 'tổng số đoàn viên là 64 người'], values: ['64', '64'],
    }),
    share({
      id: 'tk-dang-vien', quote: ['đoàn viên là đảng viên chiếm 87,3%', '| | Tổng cộng | 64 | 31 | 55 | 27.486 |'],
      x: '55', y: '64', stated: '87,3%',
      mistake: 'planted', original: 'đoàn viên là đảng viên chiếm 85,9%',
      note: 'Class 2: the base (55 party members of 64) is in Table 1, far from the summary; 55/63 was used; right 85,9%.',
    }),
    repeat({
      id: 'tk-doan-phi', kind: 'unit', quote: ['thu đoàn phí khoảng 27,5 triệu đồng', 'thu được 27.486 nghìn đồng'],
      values: ['27.486 nghìn đồng', '27,5 triệu đồng'], trap: 'rounded restatement in triệu đồng, agrees',
    }),
    repeat({
      id: 'tk-kpcd', kind: 'unit', quote: ['kinh phí công đoàn hơn 58,2 triệu đồng', 'đã trích nộp 58.248 nghìn đồng'],
      values: ['58.248 nghìn đồng', '58,2 triệu đồng'], trap: '"hơn 58,2 triệu" for 58,248 triệu, agrees',
    }),
    repeat({
      id: 'tk-chi', kind: 'unit', quote: ['tổng chi 46,25 triệu đồng', 'Tổng chi 6 tháng là 46.250 nghìn đồng'],
      values: ['46.250 nghìn đồng', '46,25 triệu đồng'], trap: 'restated in triệu đồng, agrees',
    }),
    repeat({
      id: 'tk-so-du', kind: 'unit', quote: ['số dư chuyển kỳ sau 31.727.600 đồng', 'ngày 15/6/2026 là 31.277,6 nghìn đồng'],
      values: ['31.277,6 nghìn đồng', '31.727.600 đồng'],
      mistake: 'planted', original: 'số dư chuyển kỳ sau 31.277.600 đồng',
      note: 'Class 5: the balance 31.277,6 nghìn đồng restated in đồng with two digits swapped; right 31.277.600 đồng.',
    }),
    repeat({
      id: 'tk-tham-hoi', quote: ['với 16 lượt thăm hỏi, trợ cấp', 'trợ cấp 16 lượt đoàn viên'], values: ['16', '16'],
    }),
    repeat({
      id: 'tk-qua-tet', quote: ['63 suất quà Tết', 'tặng 63 suất quà cho toàn bộ đoàn viên'], values: ['63', '63'],
    }),
    repeat({
      id: 'tk-chau', quote: ['quà Quốc tế Thiếu nhi cho 44 cháu', 'tặng quà cho 41 cháu là con đoàn viên'],
      values: ['41', '44'],
      mistake: 'planted', original: 'quà Quốc tế Thiếu nhi cho 41 cháu',
      note: 'Class 5: 41 children in II.2.b (41 × 100 = 4.100) restated as 44 in the summary.',
    }),

    // ---- Tồn tại, tasks, kiến nghị ----
    difference({
      id: 'chua-dv', quote: ['Còn 03 cán bộ, công chức, người lao động của cơ quan chưa là đoàn viên', '64/67 cán bộ'],
      a: '67', b: '64', stated: '03', trap: 'remainder 67 − 64',
    }),
    contradiction({
      id: 'muc-tieu-67', quote: ['phấn đấu đến ngày 31/12/2026 có 67/67 cán bộ'],
      stated: '67/67', expected: 'a target, 64 + 03 = 67', consistent: true,
      reason: 'A year-end target, not a result; 64 members now plus the 03 to be admitted gives 67.', trap: 'target written as X/Y',
    }),
    contradiction({
      id: 'muc-tieu-20', quote: ['phấn đấu có tối thiểu 20% đoàn viên hoàn thành xuất sắc nhiệm vụ'],
      stated: 'tối thiểu 20%', expected: 'a 2026 target; the 2025 result (19,4%) is not claimed to meet it', consistent: true,
      reason: 'Threshold for the coming rating, not a statement about 19,4%.', trap: 'target threshold next to a lower past share',
    }),
    difference({
      id: 'con-doan-phi', quote: ['Thu đủ đoàn phí còn lại 26.514 nghìn đồng', '| Đoàn phí công đoàn (1%) | 54.000 | 27.486 |'],
      a: '54.000', b: '27.486', stated: '26.514',
    }),
    difference({
      id: 'con-kpcd', quote: ['kinh phí công đoàn còn lại 53.752 nghìn đồng', '| Kinh phí công đoàn (2%) | 112.000 | 58.248 |'],
      a: '112.000', b: '58.248', stated: '53.752',
    }),
    difference({
      id: 'con-du-toan', quote: ['dự toán còn lại 41.350 nghìn đồng', '| Cộng | 87.600 | 46.250 |'],
      a: '87.600', b: '46.250', stated: '41.350',
    }),
    difference({
      id: 'kien-nghi', quote: ['đề nghị cấp trên hỗ trợ 50.000 nghìn đồng', 'tổng dự toán 60.000 nghìn đồng, Công đoàn cơ sở vận động đối ứng 10.000 nghìn đồng'],
      a: '60.000', b: '10.000', stated: '50.000', trap: 'remainder of a cost after the base share',
    }),
    contradiction({
      id: 'thong-bao-37', quote: ['Thông báo số 37/TB-LĐLĐKV ngày 28/3/2026'],
      stated: '28/3/2026', expected: 'after the end of 2025, before the report', consistent: true,
      reason: 'The 2025 settlement was approved in March 2026, consistent with the carry-over.', trap: 'document number and date',
    }),
  ],
});
