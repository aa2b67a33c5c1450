/*
 * (a) The report: Báo cáo số 136/BC-BQLDA ngày 05/12/2026 of the Ban Quản lý dự án đầu tư xây dựng of the
 * invented commune xã Cư Pơng Tây (tỉnh Đắk Lắk) to the UBND xã and the Sở Tài chính on the disbursement
 * of the 2026 public investment plan up to 30/11/2026 (11 months). Outline and key figures (triệu đồng):
 *   I.1 Plan given at the start of the year 40.560 (= 18.450 tỉnh + 6.320 xã + 9.860 MTQG + 4.750 tiền SDĐ
 *       + 1.180 nhân dân), up 11,18% on 2025 (36.480, footnote 2).
 *   I.2 Adjustments: +1.200 tỉnh (19.650), +380 xã (6.700), −950 tiền SDĐ (3.800), −240 MTQG (9.620 =
 *       4.120 + 2.300 + 3.200, footnote 3); adjusted plan 40.950 (+390, +0,96%); shares 47,99 / 16,36 /
 *       23,49 / 9,28 / 2,88%. Table 1 by source (initial, adjusted, disbursed, %).
 *   II.1 Disbursed to 30/11: 33.659 (82,20%; 82,99% of the initial plan); milestones 14.380 (30/6),
 *       25.126 (30/9), October 4.748 → 29.874 at 31/10 (footnote 4), November 3.785 → 33.659; denial that no
 *       project was stopped.
 *   II.2 Same period 2025: 27.316 / 36.480 = 74,88%; +6.343, +23,22%, 1,23 times, +7,32 points; target ≥ 95%
 *       by 31/01/2027 (footnote 5) = 38.902,5, still 5.243,5 to go (2.622 a month); province 78,6% (+3,6 points).
 *   II.3 By source, with MTQG parts 3.604 + 1.731 + 2.400 = 7.735; 2.460 ngày công (vượt 23% of 2.000).
 *   II.4 Table 2 by group: carried over 6 / 17.840 / 16.215 (90,89%), new 9 / 21.560 / 16.912 (78,44%),
 *       preparatory 4 / 1.550 / 532 (34,32%); main road cumulative 8.460 (footnote 6) + 5.200 = 13.660
 *       (97,57% of 14.000).
 *   II.5 Advances 6,84 tỷ, recovered 4.915 (71,86%), 1.925 outstanding.
 *   II.6 Settlement, Table 3 in nghìn đồng: 5 projects, submitted 12.486.400, approved 12.118.380, cut
 *       368.020 (2,95%).
 *   II.7 Land clearance: 37 households, 16.920 + 1.720 + 450 m² = 19.090 m²; compensation 4.286 (footnote 7:
 *       3.154 + 812 + 320), paid 3.957 to 34/37 households, 329 left for 3.
 *   II.8 Nợ đọng XDCB 1.846 at 31/12/2025 (footnote 8: 742 + 615 + 489), repaid 1.528 (82,77%), 318 left.
 *   III Summary restating figures; IV tasks for December and January (3.500 + 1.744 = 5.244).
 *
 * (b) The 10 planted mistakes:
 *   1. Class 1, dtcp-mtqg-ratio: "đạt 78,45% kế hoạch" for 7.735 against the adjusted 9.620 of the previous
 *      sentence (computed on the initial 9.860); right 80,41%.
 *   2. Class 1, dtcp-advance-ratio: "đạt 71,68%" for 4.915 triệu of 6,84 tỷ (digits swapped); right 71,86%.
 *   3. Class 2, dtcp-sum-gpmb-ratio: summary "92,23%" of compensation paid, base 3.957 / 4.286 in II.7;
 *      right 92,32%.
 *   4. Class 3, dtcp-new-share: "chiếm 53,16% tổng kế hoạch vốn năm 2026 sau điều chỉnh" (21.560 / 40.560,
 *      the initial plan); right 52,65% of 40.950.
 *   5. Class 4, dtcp-gpmb-area-sum: "18.640 m²" for 16.920 + 1.720 + 450 (the đất công part left out);
 *      right 19.090 m².
 *   6. Class 5, dtcp-qt-approved-sum-repeat: summary "12,11 tỷ đồng" (truncated) for 12.118.380 nghìn
 *      đồng; right 12,12 tỷ đồng.
 *   7. Class 5, dtcp-debt-left-repeat: summary "381 triệu đồng" for the 318 triệu đồng of II.8; right 318.
 *   8. Class 6, dtcp-cum-nov: November written "4.748" (October's figure copied): 29.874 + 4.748 ≠ 33.659;
 *      right 3.785.
 *   9. Class 7, dtcp-debt-ratio: "khoảng 82%" for 1.528 / 1.846 = 82,77%; right 83%.
 *  10. Class 8, dtcp-no-stop-denial: "không có dự án nào phải tạm dừng thi công" but the Nhà văn hóa buôn
 *      Pơng project was stopped 38 days.
 * Traps: 82,99% on another base (initial plan); 50,04% a share of the disbursed total, not of the plan;
 * 3.060 a month (33.659/11); remainder 7.291; 7,32 and 3,6 percentage points; 38.902,5 = 95% × 40.950 (a
 * threshold); 5.243,5 still to go and 2.622 a month (2.621,75 half-up); 1,23 times; vượt 23% ngày công;
 * 16.215 triệu → 16,22 tỷ (half-up of 16,215); 4/6 → 67%; 3/8 → 38% (37,5 half-up); 15/16 → 93,8% (93,75
 * half-up); 34/37 → 92%; 75% whole; 19 projects "trong đó 7" MTQG (overlapping subset, not a part);
 * 4.915 triệu vs 6,84 tỷ difference across scales; 12,49 tỷ, 368,02 triệu, 368 triệu restating nghìn đồng
 * figures; 2,95% from text figures in tỷ/triệu; cumulative 8.460 + 5.200 from a footnote; 115,8 triệu/hộ;
 * 90,7% target (33.659 + 3.500); 5.244 ≥ 5.243,5; shares adding to 100%; denials with nothing against them
 * (overdue advances, late settlement files, complaints, new debt). Not claims: Luật 58/2024/QH15, Nghị
 * định 99/2021/NĐ-CP, Kế hoạch số 47/KH-UBND ngày 01/3/2026, Công văn 2871/STC-ĐT, "từ 1,83% đến 4,08%"
 * (a range), "Km0+850 – Km2+300", "từ ngày 12/8 đến ngày 18/9/2026", 5.200 used for a project's allocation.
 */
import {
  atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum, times,
} from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ban-qlda-xa-cu-pong-tay-giai-ngan-dau-tu-cong-11-thang-2026.md',
  prefix: 'dtcp',
  claims: [
    // I.1 Initial plan
    sum({ id: 'init-sum', quote: ['40.560 triệu đồng[^1], gồm', 'vốn ngân sách tỉnh hỗ trợ 18.450 triệu đồng; vốn ngân sách xã 6.320 triệu đồng; vốn các Chương trình mục tiêu quốc gia (MTQG) 9.860 triệu đồng; nguồn thu tiền sử dụng đất 4.750 triệu đồng và vốn nhân dân đóng góp 1.180 triệu đồng'],
      parts: ['18.450 triệu đồng', '6.320 triệu đồng', '9.860 triệu đồng', '4.750 triệu đồng', '1.180 triệu đồng'], total: '40.560 triệu đồng',
      labels: ['ngân sách tỉnh', 'ngân sách xã', 'MTQG', 'tiền sử dụng đất', 'nhân dân đóng góp'] }),
    change({ id: 'init-vs-2025', quote: ['tăng 11,18%', '(36.480 triệu đồng)[^2]'], x: '40.560 triệu đồng', base: '36.480 triệu đồng', stated: '11,18%', direction: 'tăng' }),
    repeat({ id: 'init-repeat', quote: ['40,56 tỷ đồng vốn đầu tư công', '40.560 triệu đồng[^1]', 'tổng số 40.560 triệu đồng', '| **40.560** |'],
      values: ['40.560 triệu đồng', '40,56 tỷ đồng', '40.560 triệu đồng', '40.560 triệu đồng'], kind: 'unit', trap: 'the same plan in tỷ and in triệu, in the text, a footnote and the table' }),
    repeat({ id: '2025plan-repeat', quote: ['kế hoạch vốn năm 2025 là 36.480 triệu đồng', '(36.480 triệu đồng)[^2]', 'trên kế hoạch 36.480 triệu đồng'],
      values: ['36.480 triệu đồng', '36.480 triệu đồng', '36.480 triệu đồng'] }),

    // I.2 Adjustments
    sum({ id: 'adj-tinh', quote: ['vốn ngân sách tỉnh sau điều chỉnh là 19.650 triệu đồng', 'Bổ sung 1.200 triệu đồng vốn ngân sách tỉnh'], parts: ['18.450 triệu đồng', '1.200 triệu đồng'], total: '19.650 triệu đồng' }),
    sum({ id: 'adj-xa', quote: ['vốn ngân sách xã sau điều chỉnh là 6.700 triệu đồng', 'Bổ sung 380 triệu đồng vốn ngân sách xã'], parts: ['6.320 triệu đồng', '380 triệu đồng'], total: '6.700 triệu đồng' }),
    difference({ id: 'adj-sdd', quote: ['kế hoạch vốn từ nguồn này còn 3.800 triệu đồng', 'Cắt giảm 950 triệu đồng nguồn thu tiền sử dụng đất'], a: '4.750 triệu đồng', b: '950 triệu đồng', stated: '3.800 triệu đồng' }),
    ratio({ id: 'sdd-thu-ratio', quote: ['bằng 80,32% dự toán thu 4.750 triệu đồng', 'mới thu được 3.815 triệu đồng'], x: '3.815 triệu đồng', y: '4.750 triệu đồng', stated: '80,32%' }),
    difference({ id: 'adj-mtqg', quote: ['vốn các Chương trình MTQG sau điều chỉnh là 9.620 triệu đồng', 'Điều chuyển giảm 240 triệu đồng'], a: '9.860 triệu đồng', b: '240 triệu đồng', stated: '9.620 triệu đồng' }),
    difference({ id: 'adj-giamngheo', quote: ['Điều chuyển giảm 240 triệu đồng', 'giảm nghèo bền vững 2.300 triệu đồng (đầu năm 2.540 triệu đồng)'], a: '2.540 triệu đồng', b: '2.300 triệu đồng', stated: '240 triệu đồng' }),
    sum({ id: 'mtqg-plan-parts', quote: ['9.620 triệu đồng[^3]', 'xây dựng nông thôn mới 4.120 triệu đồng', 'giảm nghèo bền vững 2.300 triệu đồng', 'miền núi 3.200 triệu đồng'],
      parts: ['4.120 triệu đồng', '2.300 triệu đồng', '3.200 triệu đồng'], total: '9.620 triệu đồng', trap: 'the parts of a body total in a footnote' }),
    sum({ id: 'adj-total', quote: ['tổng kế hoạch vốn năm 2026 là 40.950 triệu đồng'], parts: ['19.650 triệu đồng', '6.700 triệu đồng', '9.620 triệu đồng', '3.800 triệu đồng', '1.180 triệu đồng'], total: '40.950 triệu đồng' }),
    repeat({ id: 'adj-repeat', quote: ['(40,95 tỷ đồng)', '40.950 triệu đồng (40,95', 'kế hoạch sau điều chỉnh 40.950 triệu đồng'], values: ['40.950 triệu đồng', '40,95 tỷ đồng', '40.950 triệu đồng'], kind: 'unit' }),
    difference({ id: 'adj-diff', quote: ['tăng 390 triệu đồng'], a: '40.950 triệu đồng', b: '40.560 triệu đồng', stated: '390 triệu đồng' }),
    change({ id: 'adj-change', quote: ['tăng 0,96% so với kế hoạch giao đầu năm'], x: '40.950 triệu đồng', base: '40.560 triệu đồng', stated: '0,96%', direction: 'tăng' }),
    share({ id: 'share-tinh', quote: ['ngân sách tỉnh chiếm 47,99%'], x: '19.650 triệu đồng', y: '40.950 triệu đồng', stated: '47,99%' }),
    share({ id: 'share-xa', quote: ['ngân sách xã chiếm 16,36%'], x: '6.700 triệu đồng', y: '40.950 triệu đồng', stated: '16,36%' }),
    share({ id: 'share-mtqg', quote: ['các Chương trình MTQG chiếm 23,49%'], x: '9.620 triệu đồng', y: '40.950 triệu đồng', stated: '23,49%' }),
    share({ id: 'share-sdd', quote: ['tiền sử dụng đất chiếm 9,28%'], x: '3.800 triệu đồng', y: '40.950 triệu đồng', stated: '9,28%' }),
    share({ id: 'share-dan', quote: ['nhân dân đóng góp chiếm 2,88%'], x: '1.180 triệu đồng', y: '40.950 triệu đồng', stated: '2,88%' }),
    sum({ id: 'shares-100', quote: ['ngân sách tỉnh chiếm 47,99%; ngân sách xã chiếm 16,36%; các Chương trình MTQG chiếm 23,49%; tiền sử dụng đất chiếm 9,28% và nhân dân đóng góp chiếm 2,88%'],
      parts: ['47,99%', '16,36%', '23,49%', '9,28%', '2,88%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'rounded shares that do add to 100%' }),

    // Table 1
    ratio({ id: 't1-tinh', quote: ['| 1 | Ngân sách tỉnh hỗ trợ | 18.450 | 19.650 | 16.842 | 85,71 |'], x: '16.842', y: '19.650', stated: '85,71' }),
    ratio({ id: 't1-xa', quote: ['| 2 | Ngân sách xã | 6.320 | 6.700 | 5.418 | 80,87 |'], x: '5.418', y: '6.700', stated: '80,87' }),
    ratio({ id: 't1-mtqg', quote: ['| 3 | Các Chương trình MTQG | 9.860 | 9.620 | 7.735 | 80,41 |'], x: '7.735', y: '9.620', stated: '80,41' }),
    ratio({ id: 't1-sdd', quote: ['| 4 | Thu tiền sử dụng đất | 4.750 | 3.800 | 2.610 | 68,68 |'], x: '2.610', y: '3.800', stated: '68,68' }),
    ratio({ id: 't1-dan', quote: ['| 5 | Nhân dân đóng góp | 1.180 | 1.180 | 1.054 | 89,32 |'], x: '1.054', y: '1.180', stated: '89,32' }),
    ratio({ id: 't1-total-ratio', quote: ['| **40.560** | **40.950** | **33.659** | **82,20** |'], x: '33.659', y: '40.950', stated: '82,20' }),
    sum({ id: 't1-sum-init', quote: ['| **40.560** | **40.950** |'], parts: ['18.450', '6.320', '9.860', '4.750', '1.180'], total: '40.560', kind: 'cross_total' }),
    sum({ id: 't1-sum-adj', quote: ['**40.560** | **40.950** | **33.659**'], parts: ['19.650', '6.700', '9.620', '3.800', '1.180'], total: '40.950', kind: 'cross_total' }),
    sum({ id: 't1-sum-dis', quote: ['**40.560** | **40.950** | **33.659** |'], parts: ['16.842', '5.418', '7.735', '2.610', '1.054'], total: '33.659', kind: 'cross_total' }),

    // II.1 Overall disbursement
    ratio({ id: 'total-ratio', quote: ['đạt 82,20% kế hoạch vốn sau điều chỉnh', 'đã giải ngân 33.659 triệu đồng'], x: '33.659 triệu đồng', y: '40.950 triệu đồng', stated: '82,20%' }),
    ratio({ id: 'total-ratio-init', quote: ['tỷ lệ giải ngân đạt 82,99%', 'nếu tính trên kế hoạch giao đầu năm'], x: '33.659 triệu đồng', y: '40.560 triệu đồng', stated: '82,99%', trap: 'the same result on another base (the initial plan), said so' }),
    ratio({ id: 'jun-ratio', quote: ['(đạt 35,12% kế hoạch)', 'đến 30/6/2026 giải ngân 14.380 triệu đồng'], x: '14.380 triệu đồng', y: '40.950 triệu đồng', stated: '35,12%' }),
    ratio({ id: 'sep-ratio', quote: ['25.126 triệu đồng (61,36%)'], x: '25.126 triệu đồng', y: '40.950 triệu đồng', stated: '61,36%' }),
    cumulative({ id: 'cum-oct', quote: ['nâng lũy kế đến 31/10/2026 lên 29.874 triệu đồng', 'riêng tháng 10/2026 giải ngân được 4.748 triệu đồng', 'đến 30/9/2026 đạt 25.126 triệu đồng'], previous: '25.126 triệu đồng', period: '4.748 triệu đồng', stated: '29.874 triệu đồng' }),
    repeat({ id: 'oct-repeat', quote: ['lũy kế giải ngân đến 31/10/2026 là 29.874 triệu đồng', 'lên 29.874 triệu đồng[^4]'], values: ['29.874 triệu đồng', '29.874 triệu đồng'] }),
    cumulative({ id: 'cum-nov', quote: ['đưa lũy kế giải ngân đến 30/11/2026 lên 33.659 triệu đồng', 'Trong tháng 11/2026, Ban QLDA giải ngân 4.748 triệu đồng', 'lũy kế giải ngân đến 31/10/2026 là 29.874 triệu đồng'],
      previous: '29.874 triệu đồng', period: '4.748 triệu đồng', stated: '33.659 triệu đồng',
      mistake: 'planted', original: 'Trong tháng 11/2026, Ban QLDA giải ngân 3.785 triệu đồng', note: "Class 6: November's figure is October's 4.748 copied; 29.874 + 4.748 = 34.622, not 33.659 (November was 3.785)." }),
    quotient({ id: 'avg-month', quote: ['khoảng 3.060 triệu đồng'], x: '33.659 triệu đồng', y: '11', stated: '3.060 triệu đồng', trap: 'per-month average over 11 months, rounded' }),
    difference({ id: 'remaining', quote: ['chưa giải ngân đến 30/11/2026 là 7.291 triệu đồng'], a: '40.950 triệu đồng', b: '33.659 triệu đồng', stated: '7.291 triệu đồng', trap: 'a remainder' }),
    share({ id: 'tinh-share-dis', quote: ['chiếm 50,04% tổng giá trị đã giải ngân', 'Riêng nguồn ngân sách tỉnh giải ngân 16.842 triệu đồng'], x: '16.842 triệu đồng', y: '33.659 triệu đồng', stated: '50,04%', trap: 'a share of the disbursed total, not of the plan' }),
    contradiction({ id: 'no-stop-denial', quote: ['không có dự án nào phải tạm dừng thi công', 'phải tạm dừng thi công 38 ngày'],
      stated: 'không có dự án nào phải tạm dừng thi công', expected: 'có 01 dự án (Nhà văn hóa cộng đồng buôn Pơng) tạm dừng thi công 38 ngày', consistent: false,
      reason: 'The denial in II.1 is contradicted in III.2, where one project was stopped for 38 days.',
      mistake: 'planted', original: 'Trong năm có 01 dự án phải tạm dừng thi công (nêu tại mục III); không có dự án nào phải điều chỉnh giãn tiến độ', note: 'Class 8: a denial contradicted later in the report.' }),

    // II.2 Same period and target
    ratio({ id: '2025-ratio', quote: ['đạt 74,88%[^2]', 'xã giải ngân 27.316 triệu đồng trên kế hoạch 36.480 triệu đồng'], x: '27.316 triệu đồng', y: '36.480 triệu đồng', stated: '74,88%' }),
    repeat({ id: '2025-dis-repeat', quote: ['giải ngân đến 30/11/2025 là 27.316 triệu đồng', 'xã giải ngân 27.316 triệu đồng'], values: ['27.316 triệu đồng', '27.316 triệu đồng'] }),
    difference({ id: 'yoy-diff', quote: ['cao hơn cùng kỳ 6.343 triệu đồng'], a: '33.659 triệu đồng', b: '27.316 triệu đồng', stated: '6.343 triệu đồng' }),
    change({ id: 'yoy-change', quote: ['tăng 23,22%, bằng'], x: '33.659 triệu đồng', base: '27.316 triệu đồng', stated: '23,22%', direction: 'tăng' }),
    times({ id: 'yoy-times', quote: ['bằng 1,23 lần cùng kỳ'], x: '33.659 triệu đồng', y: '27.316 triệu đồng', stated: '1,23 lần', trap: 'a multiple, not a percent' }),
    difference({ id: 'yoy-points', quote: ['cao hơn cùng kỳ 7,32 điểm phần trăm'], a: '82,20%', b: '74,88%', stated: '7,32', trap: 'percentage points, not a percent change' }),
    product({ id: 'target-amount', quote: ['tương ứng 38.902,5 triệu đồng', 'phải đạt tối thiểu 95%[^5]', 'kế hoạch sau điều chỉnh 40.950 triệu đồng'], x: '40.950 triệu đồng', y: '95%', factor: '0,01', stated: '38.902,5 triệu đồng', trap: 'a threshold applied to the plan' }),
    difference({ id: 'target-gap', quote: ['còn phải giải ngân 5.243,5 triệu đồng'], a: '38.902,5 triệu đồng', b: '33.659 triệu đồng', stated: '5.243,5 triệu đồng' }),
    quotient({ id: 'target-per-month', quote: ['bình quân 2.622 triệu đồng/tháng', 'trong 02 tháng còn lại'], x: '5.243,5 triệu đồng', y: '2', stated: '2.622 triệu đồng', trap: '2.621,75 rounded half-up' }),
    difference({ id: 'vs-province', quote: ['là 3,6 điểm phần trăm', '(78,6%)'], a: '82,20%', b: '78,6%', stated: '3,6', trap: 'percentage points against the province' }),

    // II.3 By source
    ratio({ id: 'tinh-ratio', quote: ['đạt 85,71%, là nguồn', 'kế hoạch 19.650 triệu đồng, giải ngân 16.842 triệu đồng'], x: '16.842 triệu đồng', y: '19.650 triệu đồng', stated: '85,71%' }),
    atLeast({ id: 'tinh-second', quote: ['cao thứ hai sau vốn nhân dân đóng góp', 'đạt 89,32%'], big: '89,32%', small: '85,71%' }),
    ratio({ id: 'xa-ratio', quote: ['giải ngân 5.418 triệu đồng, đạt 80,87%'], x: '5.418 triệu đồng', y: '6.700 triệu đồng', stated: '80,87%' }),
    ratio({ id: 'mtqg-ratio', quote: ['đạt 78,45% kế hoạch', 'kế hoạch sau điều chỉnh 9.620 triệu đồng. Đến 30/11/2026 đã giải ngân 7.735 triệu đồng'],
      x: '7.735 triệu đồng', y: '9.620 triệu đồng', stated: '78,45%',
      mistake: 'planted', original: 'đạt 80,41% kế hoạch', note: 'Class 1: the base (9.620, adjusted) is in the previous sentence; 78,45% is 7.735 over the initial 9.860.' }),
    sum({ id: 'mtqg-dis-parts', quote: ['đã giải ngân 7.735 triệu đồng', 'nông thôn mới 3.604 triệu đồng', 'giảm nghèo bền vững 1.731 triệu đồng', 'miền núi 2.400 triệu đồng'],
      parts: ['3.604 triệu đồng', '1.731 triệu đồng', '2.400 triệu đồng'], total: '7.735 triệu đồng' }),
    ratio({ id: 'ntm-ratio', quote: ['3.604 triệu đồng (đạt 87,48%)', 'xây dựng nông thôn mới 4.120 triệu đồng'], x: '3.604 triệu đồng', y: '4.120 triệu đồng', stated: '87,48%', trap: 'the plan figure is only in a footnote' }),
    ratio({ id: 'gn-ratio', quote: ['1.731 triệu đồng (đạt 75,26%)', 'giảm nghèo bền vững 2.300 triệu đồng'], x: '1.731 triệu đồng', y: '2.300 triệu đồng', stated: '75,26%' }),
    ratio({ id: 'dtts-ratio', quote: ['2.400 triệu đồng (đạt 75%)', 'miền núi 3.200 triệu đồng'], x: '2.400 triệu đồng', y: '3.200 triệu đồng', stated: '75%', trap: 'an exact whole percent' }),
    ratio({ id: 'sdd-ratio', quote: ['giải ngân 2.610 triệu đồng, đạt 68,68%'], x: '2.610 triệu đồng', y: '3.800 triệu đồng', stated: '68,68%' }),
    ratio({ id: 'dan-ratio', quote: ['đã huy động và giải ngân 1.054 triệu đồng, đạt 89,32%'], x: '1.054 triệu đồng', y: '1.180 triệu đồng', stated: '89,32%' }),
    excess({ id: 'ngaycong-excess', quote: ['vượt 23% so với kế hoạch 2.000 ngày công', '2.460 ngày công'], x: '2.460', y: '2.000', stated: '23%', trap: 'an excess over the plan, 123% of it' }),

    // II.4 By group
    atLeast({ id: 'mtqg-subset', quote: ['trong đó có 7 dự án sử dụng vốn các Chương trình MTQG', 'quản lý 19 dự án'], big: '19', small: '7', trap: 'an overlapping "trong đó" subset across the three groups, not a part' }),
    ratio({ id: 't2-ct', quote: ['| 1 | Dự án chuyển tiếp | 6 | 17.840 | 16.215 | 90,89 |'], x: '16.215', y: '17.840', stated: '90,89' }),
    ratio({ id: 't2-new', quote: ['| 2 | Dự án khởi công mới | 9 | 21.560 | 16.912 | 78,44 |'], x: '16.912', y: '21.560', stated: '78,44' }),
    ratio({ id: 't2-cbdt', quote: ['| 3 | Dự án chuẩn bị đầu tư | 4 | 1.550 | 532 | 34,32 |'], x: '532', y: '1.550', stated: '34,32' }),
    ratio({ id: 't2-total-ratio', quote: ['| **19** | **40.950** | **33.659** | **82,20** |'], x: '33.659', y: '40.950', stated: '82,20' }),
    sum({ id: 't2-sum-count', quote: ['| **19** | **40.950** |'], parts: ['6', '9', '4'], total: '19', kind: 'cross_total' }),
    sum({ id: 't2-sum-plan', quote: ['**Tổng cộng** | **19** | **40.950**'], parts: ['17.840', '21.560', '1.550'], total: '40.950', kind: 'cross_total' }),
    sum({ id: 't2-sum-dis', quote: ['| **19** | **40.950** | **33.659** |'], parts: ['16.215', '16.912', '532'], total: '33.659', kind: 'cross_total' }),
    repeat({ id: 'ct-repeat', quote: ['đã giải ngân 16,22 tỷ đồng', '| 17.840 | 16.215 |', 'Nhóm dự án chuyển tiếp giải ngân 16,22 tỷ đồng'],
      values: ['16.215 triệu đồng', '16,22 tỷ đồng', '16,22 tỷ đồng'], kind: 'unit', trap: '16,215 tỷ rounded half-up to 16,22' }),
    ratio({ id: 'ct-done', quote: ['4/6 dự án đã hoàn thành, đưa vào sử dụng (67%)'], x: '4', y: '6', stated: '67%', trap: '66,67 rounded to a whole percent' }),
    cumulative({ id: 'truc-cum', quote: ['đạt 13.660 triệu đồng[^6]', 'được bố trí 5.200 triệu đồng', 'đến 31/12/2025 là 8.460 triệu đồng'], previous: '8.460 triệu đồng', period: '5.200 triệu đồng', stated: '13.660 triệu đồng', trap: 'running total since the start of works, previous figure in a footnote' }),
    ratio({ id: 'truc-ratio', quote: ['bằng 97,57% tổng mức đầu tư 14.000 triệu đồng'], x: '13.660 triệu đồng', y: '14.000 triệu đồng', stated: '97,57%' }),
    share({ id: 'new-share', quote: ['chiếm 53,16% tổng kế hoạch vốn năm 2026 sau điều chỉnh', 'kế hoạch vốn 21.560 triệu đồng'],
      x: '21.560 triệu đồng', y: '40.950 triệu đồng', stated: '53,16%',
      mistake: 'planted', original: 'chiếm 52,65% tổng kế hoạch vốn năm 2026 sau điều chỉnh', note: 'Class 3: a share of a total given earlier, computed on the initial plan 40.560 instead of the adjusted 40.950.' }),
    ratio({ id: 'new-done', quote: ['3/8 dự án đã hoàn thành toàn bộ hạng mục (38%)'], x: '3', y: '8', stated: '38%', trap: '37,5 rounded half-up' }),
    ratio({ id: 'roads', quote: ['đạt 15/16 (93,8%)'], x: '15', y: '16', stated: '93,8%', trap: '93,75 rounded half-up' }),
    ratio({ id: 'cbdt-ratio', quote: ['giải ngân 532 triệu đồng, đạt 34,32%'], x: '532 triệu đồng', y: '1.550 triệu đồng', stated: '34,32%' }),
    sum({ id: 'cbdt-count', quote: ['4 dự án, kế hoạch vốn 1.550', 'hiện 2 dự án đã được phê duyệt', '2 dự án đang thẩm định'], parts: ['2', '2'], total: '4' }),

    // II.5 Advances
    ratio({ id: 'advance-ratio', quote: ['đạt 71,68% số tạm ứng', 'là 6,84 tỷ đồng (11 gói thầu)', 'đã thu hồi 4.915 triệu đồng'],
      x: '4.915 triệu đồng', y: '6,84 tỷ đồng', stated: '71,68%',
      mistake: 'planted', original: 'đạt 71,86% số tạm ứng', note: 'Class 1: the base is in the previous sentence in another scale (6,84 tỷ); digits swapped.' }),
    difference({ id: 'advance-left', quote: ['số còn lại chưa thu hồi là 1.925 triệu đồng'], a: '6,84 tỷ đồng', b: '4.915 triệu đồng', stated: '1.925 triệu đồng', trap: 'a remainder across scales (tỷ − triệu)' }),
    repeat({ id: 'advance-left-repeat', quote: ['Số tạm ứng chưa thu hồi còn 1.925 triệu đồng', 'chưa thu hồi là 1.925 triệu đồng'], values: ['1.925 triệu đồng', '1.925 triệu đồng'] }),
    contradiction({ id: 'no-overdue-advance', quote: ['Không có khoản tạm ứng nào quá thời hạn thu hồi theo hợp đồng'], stated: 'không có khoản tạm ứng quá hạn', expected: 'không có khoản tạm ứng quá hạn', consistent: true,
      reason: 'Nothing in the report mentions an overdue advance; the 1.925 triệu still to recover is within the contracts.', trap: 'a denial with nothing against it' }),

    // II.6 Settlement
    repeat({ id: 'qt-submitted-repeat', quote: ['tổng giá trị đề nghị 12,49 tỷ đồng', '| **12.486.400** |'], values: ['12.486.400 nghìn đồng', '12,49 tỷ đồng'], kind: 'unit', trap: 'nghìn đồng in the table, tỷ in the text' }),
    repeat({ id: 'qt-approved-repeat', quote: ['giá trị được phê duyệt 12.118,38 triệu đồng', '| **12.118.380** |'], values: ['12.118.380 nghìn đồng', '12.118,38 triệu đồng'], kind: 'unit' }),
    repeat({ id: 'qt-cut-repeat', quote: ['giảm trừ qua thẩm tra 368,02 triệu đồng', '| **368.020** |', 'giảm trừ 368 triệu đồng cho ngân sách'], values: ['368.020 nghìn đồng', '368,02 triệu đồng', '368 triệu đồng'], kind: 'unit', trap: 'restated in triệu, then rounded in the summary' }),
    ratio({ id: 'qt-cut-ratio-text', quote: ['bằng 2,95% giá trị đề nghị'], x: '368,02 triệu đồng', y: '12,49 tỷ đồng', stated: '2,95%', trap: 'part and base in different scales' }),
    difference({ id: 'qt-r1-cut', quote: ['| 3.845.620 | 3.731.200 | 114.420 |'], a: '3.845.620', b: '3.731.200', stated: '114.420' }),
    difference({ id: 'qt-r2-cut', quote: ['| 1.286.450 | 1.262.900 | 23.550 |'], a: '1.286.450', b: '1.262.900', stated: '23.550' }),
    difference({ id: 'qt-r3-cut', quote: ['| 2.417.380 | 2.318.650 | 98.730 |'], a: '2.417.380', b: '2.318.650', stated: '98.730' }),
    difference({ id: 'qt-r4-cut', quote: ['| 2.956.700 | 2.884.150 | 72.550 |'], a: '2.956.700', b: '2.884.150', stated: '72.550' }),
    difference({ id: 'qt-r5-cut', quote: ['| 1.980.250 | 1.921.480 | 58.770 |'], a: '1.980.250', b: '1.921.480', stated: '58.770' }),
    ratio({ id: 'qt-r1-ratio', quote: ['| 114.420 | 2,98 |'], x: '114.420', y: '3.845.620', stated: '2,98' }),
    ratio({ id: 'qt-r2-ratio', quote: ['| 23.550 | 1,83 |'], x: '23.550', y: '1.286.450', stated: '1,83' }),
    ratio({ id: 'qt-r3-ratio', quote: ['| 98.730 | 4,08 |'], x: '98.730', y: '2.417.380', stated: '4,08' }),
    ratio({ id: 'qt-r4-ratio', quote: ['| 72.550 | 2,45 |'], x: '72.550', y: '2.956.700', stated: '2,45' }),
    ratio({ id: 'qt-r5-ratio', quote: ['| 58.770 | 2,97 |'], x: '58.770', y: '1.980.250', stated: '2,97' }),
    sum({ id: 'qt-sum-submitted', quote: ['| **12.486.400** |'], parts: ['3.845.620', '1.286.450', '2.417.380', '2.956.700', '1.980.250'], total: '12.486.400', kind: 'cross_total' }),
    sum({ id: 'qt-sum-approved', quote: ['| **12.118.380** |'], parts: ['3.731.200', '1.262.900', '2.318.650', '2.884.150', '1.921.480'], total: '12.118.380', kind: 'cross_total' }),
    sum({ id: 'qt-sum-cut', quote: ['| **368.020** |'], parts: ['114.420', '23.550', '98.730', '72.550', '58.770'], total: '368.020', kind: 'cross_total' }),
    difference({ id: 'qt-total-cut', quote: ['| **12.486.400** | **12.118.380** | **368.020** |'], a: '12.486.400', b: '12.118.380', stated: '368.020' }),
    ratio({ id: 'qt-total-ratio', quote: ['| **368.020** | **2,95** |'], x: '368.020', y: '12.486.400', stated: '2,95' }),
    contradiction({ id: 'no-late-qt', quote: ['Không có dự án hoàn thành nào chậm lập hồ sơ quyết toán'], stated: 'không có dự án chậm lập hồ sơ quyết toán', expected: 'không có dự án chậm lập hồ sơ quyết toán', consistent: true,
      reason: 'The 3 projects still to settle are planned before 31/12/2026; no delay is reported.', trap: 'a denial with nothing against it' }),

    // II.7 Land clearance
    sum({ id: 'gpmb-area-sum', quote: ['tổng diện tích đất thu hồi 18.640 m²', 'đất nông nghiệp 16.920 m², đất ở 1.720 m² và đất công do UBND xã quản lý 450 m²'],
      parts: ['16.920 m²', '1.720 m²', '450 m²'], total: '18.640 m²', labels: ['đất nông nghiệp', 'đất ở', 'đất công'],
      mistake: 'planted', original: 'tổng diện tích đất thu hồi 19.090 m²', note: 'Class 4: the total leaves out the 450 m² of đất công; the parts add up to 19.090 m².' }),
    sum({ id: 'gpmb-money-parts', quote: ['4.286 triệu đồng, gồm bồi thường về đất 3.154 triệu đồng, bồi thường tài sản, cây trồng 812 triệu đồng và hỗ trợ ổn định đời sống, chuyển đổi nghề 320 triệu đồng'],
      parts: ['3.154 triệu đồng', '812 triệu đồng', '320 triệu đồng'], total: '4.286 triệu đồng' }),
    repeat({ id: 'gpmb-money-repeat', quote: ['được phê duyệt là 4.286 triệu đồng[^7]', 'hỗ trợ: 4.286 triệu đồng'], values: ['4.286 triệu đồng', '4.286 triệu đồng'] }),
    quotient({ id: 'gpmb-avg', quote: ['bình quân 115,8 triệu đồng/hộ', 'Tổng số hộ bị ảnh hưởng là 37 hộ'], x: '4.286 triệu đồng', y: '37', stated: '115,8 triệu đồng', trap: 'a per-household average' }),
    ratio({ id: 'gpmb-hh-ratio', quote: ['(đạt 92% số hộ)', 'cho 34/37 hộ'], x: '34', y: '37', stated: '92%', trap: '91,89 rounded to a whole percent' }),
    difference({ id: 'gpmb-money-left', quote: ['số tiền 329 triệu đồng chưa nhận', 'đã chi trả 3.957 triệu đồng'], a: '4.286 triệu đồng', b: '3.957 triệu đồng', stated: '329 triệu đồng' }),
    difference({ id: 'gpmb-hh-left', quote: ['còn 3 hộ với số tiền'], a: '37', b: '34', stated: '3' }),
    repeat({ id: 'gpmb-left-repeat', quote: ['chi trả 329 triệu đồng cho 3 hộ còn lại', 'số tiền 329 triệu đồng chưa nhận'], values: ['329 triệu đồng', '329 triệu đồng'] }),
    contradiction({ id: 'no-complaint', quote: ['Không có trường hợp nào khiếu nại vượt cấp về bồi thường, hỗ trợ'], stated: 'không có khiếu nại vượt cấp', expected: 'không có khiếu nại vượt cấp', consistent: true,
      reason: 'The 3 households left are in an inheritance dispute, not a complaint; nothing contradicts the denial.', trap: 'a denial with nothing against it' }),

    // II.8 Debt
    sum({ id: 'debt-parts', quote: ['1.846 triệu đồng[^8]', 'Trường Mầm non Hoa Sen 742 triệu đồng; Đường GTNT thôn 5 – thôn 7 615 triệu đồng; Nhà văn hóa thôn 2 489 triệu đồng'],
      parts: ['742 triệu đồng', '615 triệu đồng', '489 triệu đồng'], total: '1.846 triệu đồng', trap: 'the parts of a body total in a footnote' }),
    ratio({ id: 'debt-ratio', quote: ['bằng khoảng 82% số nợ', 'trả được 1.528 triệu đồng'],
      x: '1.528 triệu đồng', y: '1.846 triệu đồng', stated: '82%',
      mistake: 'planted', original: 'bằng khoảng 83% số nợ', note: 'Class 7: 82,77% truncated to 82% instead of rounded half-up to 83%.' }),
    difference({ id: 'debt-left', quote: ['số nợ đọng còn lại 318 triệu đồng'], a: '1.846 triệu đồng', b: '1.528 triệu đồng', stated: '318 triệu đồng' }),
    repeat({ id: 'debt-left-repeat', quote: ['chỉ còn 381 triệu đồng', 'số nợ đọng còn lại 318 triệu đồng', 'trả hết 318 triệu đồng nợ đọng'],
      values: ['318 triệu đồng', '381 triệu đồng', '318 triệu đồng'],
      mistake: 'planted', original: 'chỉ còn 318 triệu đồng', note: 'Class 5: the summary restates the remaining debt with two digits swapped.' }),
    contradiction({ id: 'no-new-debt', quote: ['Trong năm không phát sinh nợ đọng xây dựng cơ bản mới'], stated: 'không phát sinh nợ đọng mới', expected: 'không phát sinh nợ đọng mới', consistent: true,
      reason: 'The debt only falls (1.846 → 318); no new debt is mentioned anywhere.', trap: 'a denial with nothing against it' }),

    // III Summary
    repeat({ id: 'sum-total-repeat', quote: ['đạt 33,66 tỷ đồng', 'đã giải ngân 33.659 triệu đồng'], values: ['33.659 triệu đồng', '33,66 tỷ đồng'], kind: 'unit', trap: 'triệu restated in tỷ, rounded' }),
    ratio({ id: 'sum-total-ratio', quote: ['bằng 82,20% kế hoạch vốn, cao hơn'], x: '33.659 triệu đồng', y: '40.950 triệu đồng', stated: '82,20%' }),
    difference({ id: 'sum-points', quote: ['cao hơn cùng kỳ năm 2025 là 7,32 điểm phần trăm'], a: '82,20%', b: '74,88%', stated: '7,32', trap: 'percentage points restated' }),
    ratio({ id: 'sum-ct-ratio', quote: ['16,22 tỷ đồng, đạt 90,89%'], x: '16.215 triệu đồng', y: '17.840 triệu đồng', stated: '90,89%' }),
    ratio({ id: 'sum-new-ratio', quote: ['nhóm dự án khởi công mới đạt 78,44%'], x: '16.912 triệu đồng', y: '21.560 triệu đồng', stated: '78,44%', trap: 'a percent far from its base (Table 2), correct' }),
    repeat({ id: 'qt-approved-sum-repeat', quote: ['giá trị 12,11 tỷ đồng', '| **12.118.380** |'], values: ['12.118.380 nghìn đồng', '12,11 tỷ đồng'], kind: 'unit',
      mistake: 'planted', original: 'giá trị 12,12 tỷ đồng', note: 'Class 5: 12,118 tỷ truncated to 12,11 in the summary instead of 12,12.' }),
    ratio({ id: 'sum-gpmb-ratio', quote: ['đã chi trả đạt 92,23% số được phê duyệt', 'đã chi trả 3.957 triệu đồng', 'được phê duyệt là 4.286 triệu đồng'],
      x: '3.957 triệu đồng', y: '4.286 triệu đồng', stated: '92,23%',
      mistake: 'planted', original: 'đã chi trả đạt 92,32% số được phê duyệt', note: 'Class 2: a percent in the summary whose base is in section II.7; digits swapped.' }),
    ratio({ id: 'sum-sdd-ratio', quote: ['mới giải ngân 68,68% kế hoạch'], x: '2.610 triệu đồng', y: '3.800 triệu đồng', stated: '68,68%' }),
    ratio({ id: 'sum-cbdt-ratio', quote: ['chuẩn bị đầu tư mới đạt 34,32%'], x: '532 triệu đồng', y: '1.550 triệu đồng', stated: '34,32%' }),

    // IV Tasks
    ratio({ id: 'dec-target', quote: ['lên khoảng 90,7% kế hoạch', 'tối thiểu 3.500 triệu đồng trong tháng 12/2026'], x: '33.659 + 3.500 triệu đồng', y: '40.950 triệu đồng', stated: '90,7%', trap: 'a next-period target on the running total' }),
    sum({ id: 'two-month-sum', quote: ['tổng cộng hai tháng giải ngân 5.244 triệu đồng', 'Tiếp tục giải ngân 1.744 triệu đồng'], parts: ['3.500 triệu đồng', '1.744 triệu đồng'], total: '5.244 triệu đồng' }),
    atLeast({ id: 'two-month-enough', quote: ['5.244 triệu đồng, bảo đảm đạt chỉ tiêu tối thiểu 95%', '5.243,5 triệu đồng'], big: '5.244 triệu đồng', small: '5.243,5 triệu đồng', trap: 'a target that just covers the gap to the 95% threshold' }),
  ],
});
