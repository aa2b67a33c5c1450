/*
 * (a) The report: Văn phòng Đảng ủy xã Vĩnh Lộc Nam (tỉnh Thanh Hóa), Báo cáo số 86-BC/VPĐU ngày
 * 20/12/2026 to the Ban Thường vụ Đảng ủy and the Văn phòng Tỉnh ủy on collecting, paying up, managing
 * and using party dues (đảng phí) in 2026. Invented; written blind for the checker's corpus.
 * Outline and key figures:
 *   I.  Organisation: 36 chi bộ (22 thôn, 2 cơ quan, 6 trường học, 1 y tế, 1 công an, 1 quân sự, 3 doanh
 *       nghiệp); members 1.452 + 38 + 21 − 14 − 11 = 1.486; 112 exempt (87 + 19 + 6); 1.374 paying
 *       (412 salaried, 236 pensioners, 711 rural, 15 students).
 *   II. Dues: Bảng 1 by category (monthly 54.675, year 656.100 nghìn đồng; 2025: 612.450; plan 640 triệu
 *       in footnote 2), averages, payment frequency shares, bank transfer 23/36 chi bộ.
 *   III. Split 30% chi bộ / 63% Đảng ủy / 7% Tỉnh ủy; Bảng 2 by khối chi bộ (thu, giữ lại 30%, nộp 70%);
 *       Đảng ủy keeps 413.343, pays 45.927 (quarters in footnote 4), lũy kế paid up 67,58 triệu;
 *       chi bộ spent 181.450 of 196.830.
 *   IV. Timeliness: 137/144 lượt on time, 33/36 chi bộ (2025: 31/36), 3 late cells with 7 lượt.
 *   V.  Đảng ủy fund (Bảng 3): opening 38.615 (footnote 5: 38.615.400 đồng), income 413.343, spending
 *       392.600 by 7 items, balance 59.358; dự toán 410 triệu (footnote 5); Huy hiệu 48 (lũy kế 81);
 *       lũy kế dues since 01/7/2025 (previous 309.360 in footnote 3).
 *   VI. UBKT inspections of 12 chi bộ (187,42 triệu in scope), findings, denials.
 *   VII. Summary restating figures; VIII. 2027 tasks (680 triệu, 30/36 chi bộ by transfer…).
 *
 * (b) The 10 planted mistakes:
 *   1. Class 1  dpvl-tang-2025: "tăng 7,12%" — 656.100 vs 612.450 (given apart) is 7,1271% → 7,13% (truncated).
 *   2. Class 1  dpvl-du-toan: "bằng 94,98% dự toán" — 392,6 / 410 triệu (dự toán in footnote 5) = 95,76%;
 *               94,98% is the wrong base (the year's income 413.343).
 *   3. Class 2  dpvl-tl-mien-tomtat: summary "chiếm 7,45% tổng số đảng viên" — 112/1.486 (section I) = 7,54%.
 *   4. Class 3  dpvl-hinh-thuc: 71,5% + 24,3% + 5,2% = 101,0% of members; the last share should be 4,2%.
 *   5. Class 4  dpvl-ubkt-gom: 12 chi bộ "gồm 7 chi bộ thôn, 3 … trường học và 1 … doanh nghiệp" = 11;
 *               should be 8 chi bộ thôn.
 *   6. Class 5  dpvl-truong-rep: text "241,56 triệu đồng" for chi bộ trường học vs Bảng 2 214.560 nghìn đồng.
 *   7. Class 5  dpvl-sodu-tomtat: summary "59,58 triệu đồng" vs body/Bảng 3 59.358 nghìn đồng (59,36 triệu).
 *   8. Class 6  dpvl-luyke-dangphi: "lũy kế … 955,46 triệu đồng" — 309.360 (footnote 3) + 656.100 = 965,46 triệu.
 *   9. Class 7  dpvl-chuyen-khoan: "23/36 chi bộ (63%)" — 63,89% rounds to 64%.
 *  10. Class 8  dpvl-cham-15: "Không có chi bộ nào nộp chậm quá 15 ngày", but section VI: thôn Đông Hưng
 *               nộp quý III chậm 21 ngày (published: "quá 30 ngày").
 *
 * Traps (correct claims that look suspicious): 29,99% (29,985 half-up, not truncated); 38% for 18/48 = 37,5;
 * 93,8% for 15/16 = 93,75; 41% for 9/22; plan 640 triệu in a footnote and another scale (102,52%, vượt 2,52%);
 * 5,56 điểm phần trăm; chỉ tiêu tối thiểu 95% beside 95,14%; overlapping "trong đó" (452 nữ, 318 dưới 40 tuổi,
 * 236 hưu trí are not parts of 1.486); 63% = 90% × 70% and 7% = 10% × 70%; count × rate products
 * (236 × 20.000 đ); per-item averages (477.511 đ/ĐV, 103.811 đ/tháng, 5,47 triệu/chi bộ, 807 nghìn/đồng chí);
 * gấp 10,4 lần; cross-scale restatements (656,1 triệu, 43,65 triệu, 38,62 triệu vs 38.615.400 đồng, 187,42 triệu
 * vs 187.420 nghìn); cumulative 21.655.200 đồng + 45.927 nghìn = 67,58 triệu; Huy hiệu 33 + 48 = 81; remainders
 * (15.380, 59.358 in the table, 13 chi bộ thôn); balance 38.615 + 413.343 − 392.600; 2027 targets (680 triệu
 * ≈ +3,6%, 30/36 = 83,3%); range "từ 30% đến 35%" and "nhiệm kỳ 2025–2030"; document numbers
 * (86-BC/VPĐU, 342-QĐ/TW, 47-KH/ĐU, 09-KH/UBKT) and dates (01/7/2025, 12/3/2026); denials with nothing against
 * them (no discipline — only a reminder; no misuse; no one owes ≥ 3 months — two owed 2 months); the same
 * number for different things (21 đảng viên chuyển đến / 21 đảng viên Trạm Y tế; 12 chi bộ kiểm tra / 12 tổ
 * chức đảng khen thưởng / 12 tháng).
 */
import {
  atLeast, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum, times, change,
} from '../../scripts/corpus/relations';

export default report({
  doc: 'written-van-phong-dang-uy-xa-vinh-loc-nam-dang-phi-nam-2026.md',
  prefix: 'dpvl',
  claims: [
    // ---- I. Tổ chức và đảng viên
    sum({ id: 'chibo-36', quote: ['36 chi bộ trực thuộc, gồm: 22 chi bộ thôn', '2 chi bộ cơ quan', '6 chi bộ trường học', '1 chi bộ Trạm Y tế; 1 chi bộ Công an xã; 1 chi bộ Quân sự xã và 3 chi bộ doanh nghiệp'],
      parts: ['22', '2', '6', '1', '1', '1', '3'], total: '36', labels: ['thôn', 'cơ quan', 'trường học', 'y tế', 'công an', 'quân sự', 'doanh nghiệp'] }),
    sum({ id: 'dv-bien-dong', quote: ['toàn Đảng bộ có 1.486 đảng viên', 'Đảng bộ có 1.452 đảng viên', 'kết nạp mới 38 đảng viên, tiếp nhận 21 đảng viên chuyển đến; chuyển sinh hoạt đi 14 đảng viên và 11 đồng chí từ trần'],
      parts: ['1.452', '38', '21', '−14', '−11'], total: '1.486', labels: ['đầu năm', 'kết nạp', 'chuyển đến', 'chuyển đi', 'từ trần'] }),
    difference({ id: 'dv-tang', quote: ['tăng 34 đảng viên', '1.486 đảng viên', '1.452 đảng viên'], a: '1.486', b: '1.452', stated: '34' }),
    change({ id: 'dv-tang-pct', quote: ['tăng 2,34%', '1.486 đảng viên', '1.452 đảng viên'], x: '1.486', base: '1.452', stated: '2,34%', direction: 'tăng' }),
    atLeast({ id: 'trongdo-nu', quote: ['trong đó có 452 đảng viên nữ, 318 đảng viên dưới 40 tuổi và 236 đảng viên hưu trí', '1.486 đảng viên'], big: '1.486', small: '452',
      trap: 'Overlapping "trong đó" subsets (nữ, dưới 40 tuổi, hưu trí), not parts of 1.486.' }),
    sum({ id: 'mien-112', quote: ['112 đồng chí, gồm 87 đồng chí', '19 đồng chí có hoàn cảnh', '6 đồng chí ốm đau dài ngày'], parts: ['87', '19', '6'], total: '112' }),
    difference({ id: 'phai-dong', quote: ['Số đảng viên phải đóng đảng phí là 1.374 đồng chí', '1.486 đảng viên', 'miễn đóng đảng phí là 112 đồng chí'], a: '1.486', b: '112', stated: '1.374' }),
    sum({ id: 'phai-dong-gom', quote: ['phải đóng đảng phí là 1.374 đồng chí, gồm: 412 đảng viên', '236 đảng viên hưu trí; 711 đảng viên', '15 đảng viên là học sinh, sinh viên'],
      parts: ['412', '236', '711', '15'], total: '1.374', labels: ['hưởng lương', 'hưu trí', 'nông thôn', 'học sinh, sinh viên'] }),
    share({ id: 'tl-luong', quote: ['(chiếm 29,99%)', '412 đảng viên hưởng lương', '1.374 đồng chí'], x: '412', y: '1.374', stated: '29,99%',
      trap: '29,985…% rounds half-up to 29,99 (truncation gives 29,98).' }),
    share({ id: 'tl-nongthon', quote: ['(chiếm 51,75%)', '711 đảng viên ở nông thôn', '1.374 đồng chí'], x: '711', y: '1.374', stated: '51,75%' }),

    // ---- II. Bảng 1
    product({ id: 'b1-huutri-thang', quote: '| Hưu trí | 236 | 20.000 đ/tháng | 4.720 |', x: '236', y: '20.000', factor: '0,001', stated: '4.720', trap: 'Count × rate, đồng → nghìn đồng.' }),
    product({ id: 'b1-nongthon-thang', quote: '| Nông thôn không hưởng lương | 711 | 10.000 đ/tháng | 7.110 |', x: '711', y: '10.000', factor: '0,001', stated: '7.110', trap: 'Count × rate, đồng → nghìn đồng.' }),
    product({ id: 'b1-hssv-thang', quote: '| Học sinh, sinh viên | 15 | 5.000 đ/tháng | 75 |', x: '15', y: '5.000', factor: '0,001', stated: '75' }),
    product({ id: 'b1-luong-nam', quote: '| 42.770 | 513.240 |', x: '42.770', y: '12', stated: '513.240' }),
    product({ id: 'b1-huutri-nam', quote: '| 4.720 | 56.640 |', x: '4.720', y: '12', stated: '56.640' }),
    product({ id: 'b1-nongthon-nam', quote: '| 7.110 | 85.320 |', x: '7.110', y: '12', stated: '85.320' }),
    product({ id: 'b1-hssv-nam', quote: '| 75 | 900 |', x: '75', y: '12', stated: '900' }),
    sum({ id: 'b1-thang', quote: ['**54.675**', '| 42.770 |', '| 4.720 |', '| 7.110 |', '| 75 |'], parts: ['42.770', '4.720', '7.110', '75'], total: '54.675' }),
    sum({ id: 'b1-nam', quote: ['**656.100** | **100**', '| 513.240 |', '| 56.640 |', '| 85.320 |', '| 900 |'], parts: ['513.240', '56.640', '85.320', '900'], total: '656.100' }),
    sum({ id: 'b1-2025', quote: ['**612.450**', '| 473.550 |', '| 54.720 |', '| 83.400 |', '| 780 |'], parts: ['473.550', '54.720', '83.400', '780'], total: '612.450' }),
    share({ id: 'b1-tt-luong', quote: '| 513.240 | 78,23 |', x: '513.240', y: '656.100', stated: '78,23' }),
    share({ id: 'b1-tt-huutri', quote: '| 56.640 | 8,63 |', x: '56.640', y: '656.100', stated: '8,63' }),
    share({ id: 'b1-tt-nongthon', quote: '| 85.320 | 13,00 |', x: '85.320', y: '656.100', stated: '13,00' }),
    share({ id: 'b1-tt-hssv', quote: '| 900 | 0,14 |', x: '900', y: '656.100', stated: '0,14' }),
    sum({ id: 'b1-tt-100', quote: ['**656.100** | **100**', '| 78,23 |', '| 8,63 |', '| 13,00 |', '| 0,14 |'], parts: ['78,23', '8,63', '13,00', '0,14'], total: '100', rounded: true }),
    ratio({ id: 'b1-ss-luong', quote: '| 473.550 | 108,38 |', x: '513.240', y: '473.550', stated: '108,38' }),
    ratio({ id: 'b1-ss-huutri', quote: '| 54.720 | 103,51 |', x: '56.640', y: '54.720', stated: '103,51' }),
    ratio({ id: 'b1-ss-nongthon', quote: '| 83.400 | 102,30 |', x: '85.320', y: '83.400', stated: '102,30' }),
    ratio({ id: 'b1-ss-hssv', quote: '| 780 | 115,38 |', x: '900', y: '780', stated: '115,38' }),
    ratio({ id: 'b1-ss-tong', quote: '**612.450** | **107,13**', x: '656.100', y: '612.450', stated: '107,13' }),

    // ---- II. Text
    repeat({ id: 'tong-trieu', quote: ['656.100 nghìn đồng (656,1 triệu đồng)'], values: ['656.100 nghìn đồng', '656,1 triệu đồng'], kind: 'unit' }),
    ratio({ id: 'kehoach', quote: ['đạt 102,52% kế hoạch', '656.100 nghìn đồng', 'chỉ tiêu thu đảng phí năm 2026 là 640 triệu đồng'], x: '656.100 nghìn đồng', y: '640 triệu đồng', stated: '102,52%',
      trap: 'Plan in a footnote, in another scale (triệu vs nghìn đồng).' }),
    excess({ id: 'vuot-kh', quote: ['vượt 2,52%. Bình quân', '640 triệu đồng'], x: '656.100 nghìn đồng', y: '640 triệu đồng', stated: '2,52%' }),
    quotient({ id: 'bq-dv', quote: ['khoảng 477.511 đồng/năm', '656.100 nghìn đồng', '1.374 đồng chí'], x: '656.100', y: '1.374', factor: '1000', stated: '477.511', trap: 'Per-member average, nghìn → đồng.' }),
    difference({ id: 'tang-tien', quote: ['tăng 43.650 nghìn đồng', '656.100 nghìn đồng', '612.450 nghìn đồng'], a: '656.100', b: '612.450', stated: '43.650' }),
    change({ id: 'tang-2025', quote: ['tăng 7,12%', '656.100 nghìn đồng', '612.450 nghìn đồng'], x: '656.100', base: '612.450', stated: '7,12%', direction: 'tăng',
      mistake: 'planted', original: 'tăng 7,13%', note: 'Class 1: base 612.450 given in parentheses, result in the previous sentence; 7,1271% truncated to 7,12 instead of rounded to 7,13.' }),
    quotient({ id: 'bq-luong', quote: ['khoảng 103.811 đồng/người/tháng', '| 412 | 1% tiền lương | 42.770 |'], x: '42.770', y: '412', factor: '1000', stated: '103.811' }),
    times({ id: 'gap-104', quote: ['gấp 10,4 lần mức đóng', '103.811 đồng', '10.000 đồng/tháng'], x: '103.811', y: '10.000', stated: 'gấp 10,4 lần', trap: 'A multiple, not a percent.' }),
    repeat({ id: 'truong-rep', quote: ['241,56 triệu đồng', '| Chi bộ trường học | 6 | 164 | – | 164 | 214.560 |'], values: ['214.560 nghìn đồng', '241,56 triệu đồng'], kind: 'unit',
      mistake: 'planted', original: '214,56 triệu đồng', note: 'Class 5: text vs Bảng 2, in another scale; digits swapped.' }),
    repeat({ id: 'dn-rep', quote: ['116,68 triệu đồng', '| 116.680 |'], values: ['116.680 nghìn đồng', '116,68 triệu đồng'], kind: 'unit' }),
    sum({ id: 'hinh-thuc', quote: ['71,5% đảng viên đóng hằng tháng, 24,3% đóng theo quý và 5,2% đóng gộp 6 tháng'], parts: ['71,5%', '24,3%', '5,2%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent',
      mistake: 'planted', original: '4,2% đóng gộp 6 tháng', note: 'Class 3: shares of all members paying add to 101,0%.' }),
    ratio({ id: 'chuyen-khoan', quote: ['23/36 chi bộ (63%)'], x: '23', y: '36', stated: '63%',
      mistake: 'planted', original: '23/36 chi bộ (64%)', note: 'Class 7: 63,89% rounds to 64%, not 63%.' }),
    ratio({ id: 'ck-thon', quote: ['9/22 chi bộ (41%)'], x: '9', y: '22', stated: '41%', trap: '40,91% rounds to 41%.' }),
    difference({ id: 'ck-14', quote: ['14 chi bộ khối cơ quan', '23/36 chi bộ', '9/22 chi bộ'], a: '23', b: '9', stated: '14' }),

    // ---- III. Trích giữ lại
    share({ id: 'tl-chibo', quote: ['các chi bộ giữ lại 30%', '**656.100** | **196.830**'], x: '196.830', y: '656.100', stated: '30%' }),
    share({ id: 'tl-danguy', quote: ['Đảng ủy xã giữ lại 63%', '413.343 nghìn đồng', '**656.100** | **196.830**'], x: '413.343', y: '656.100', stated: '63%' }),
    share({ id: 'tl-captren', quote: ['nộp cấp trên 7%', '45.927 nghìn đồng', '**656.100** | **196.830**'], x: '45.927', y: '656.100', stated: '7%' }),
    sum({ id: 'tl-100', quote: ['các chi bộ giữ lại 30%, Đảng ủy xã giữ lại 63% và nộp cấp trên 7%'], parts: ['30%', '63%', '7%'], total: '100%', implicitTotal: true, kind: 'share_percent' }),
    product({ id: '63-tich', quote: ['Đảng ủy xã giữ lại 63%', 'nộp 70% về Đảng ủy xã', 'trích giữ lại 90% số đảng phí'], x: '90', y: '70', factor: '0,01', stated: '63%', trap: '63% = 90% × 70%, a share of a share.' }),
    product({ id: '7-tich', quote: ['nộp cấp trên 7%', 'nộp 70% về Đảng ủy xã', 'nộp 10% lên Tỉnh ủy'], x: '10', y: '70', factor: '0,01', stated: '7%', trap: '7% = 10% × 70%.' }),
    // Bảng 2 rows
    product({ id: 'b2-thon-gl', quote: '| 142.860 | 42.858 |', x: '142.860', y: '30', factor: '0,01', stated: '42.858' }),
    product({ id: 'b2-thon-nop', quote: '| 42.858 | 100.002 |', x: '142.860', y: '70', factor: '0,01', stated: '100.002' }),
    product({ id: 'b2-cq-gl', quote: '| 78.340 | 23.502 |', x: '78.340', y: '30', factor: '0,01', stated: '23.502' }),
    product({ id: 'b2-cq-nop', quote: '| 23.502 | 54.838 |', x: '78.340', y: '70', factor: '0,01', stated: '54.838' }),
    product({ id: 'b2-tr-gl', quote: '| 214.560 | 64.368 |', x: '214.560', y: '30', factor: '0,01', stated: '64.368' }),
    product({ id: 'b2-tr-nop', quote: '| 64.368 | 150.192 |', x: '214.560', y: '70', factor: '0,01', stated: '150.192' }),
    product({ id: 'b2-yt-gl', quote: '| 25.620 | 7.686 |', x: '25.620', y: '30', factor: '0,01', stated: '7.686' }),
    product({ id: 'b2-yt-nop', quote: '| 7.686 | 17.934 |', x: '25.620', y: '70', factor: '0,01', stated: '17.934' }),
    product({ id: 'b2-ca-gl', quote: '| 60.150 | 18.045 |', x: '60.150', y: '30', factor: '0,01', stated: '18.045' }),
    product({ id: 'b2-ca-nop', quote: '| 18.045 | 42.105 |', x: '60.150', y: '70', factor: '0,01', stated: '42.105' }),
    product({ id: 'b2-qs-gl', quote: '| 17.890 | 5.367 |', x: '17.890', y: '30', factor: '0,01', stated: '5.367' }),
    product({ id: 'b2-qs-nop', quote: '| 5.367 | 12.523 |', x: '17.890', y: '70', factor: '0,01', stated: '12.523' }),
    product({ id: 'b2-dn-gl', quote: '| 116.680 | 35.004 |', x: '116.680', y: '30', factor: '0,01', stated: '35.004' }),
    product({ id: 'b2-dn-nop', quote: '| 35.004 | 81.676 |', x: '116.680', y: '70', factor: '0,01', stated: '81.676' }),
    difference({ id: 'b2-thon-pd', quote: '| 1.074 | 112 | 962 |', a: '1.074', b: '112', stated: '962' }),
    sum({ id: 'b2-dv', quote: ['**1.486** | **112**', '| Chi bộ thôn | 22 | 1.074 |', '| Chi bộ cơ quan | 2 | 68 |', '| Chi bộ trường học | 6 | 164 |', '| Chi bộ Trạm Y tế | 1 | 21 |', '| Chi bộ Công an xã | 1 | 38 |', '| Chi bộ Quân sự xã | 1 | 17 |', '| Chi bộ doanh nghiệp | 3 | 104 |'], parts: ['1.074', '68', '164', '21', '38', '17', '104'], total: '1.486' }),
    sum({ id: 'b2-thu', quote: ['**656.100** | **196.830**', '| 142.860 |', '| 78.340 |', '| 214.560 |', '| 25.620 |', '| 60.150 |', '| 17.890 |', '| 116.680 |'],
      parts: ['142.860', '78.340', '214.560', '25.620', '60.150', '17.890', '116.680'], total: '656.100' }),
    sum({ id: 'b2-gl', quote: ['**196.830**', '| 42.858 |'], parts: ['42.858', '23.502', '64.368', '7.686', '18.045', '5.367', '35.004'], total: '196.830' }),
    sum({ id: 'b2-nop', quote: ['**459.270**', '| 100.002 |'], parts: ['100.002', '54.838', '150.192', '17.934', '42.105', '12.523', '81.676'], total: '459.270' }),
    share({ id: 'thon-tt', quote: ['chiếm 21,77% tổng số thu', '142.860 nghìn đồng', '**656.100** | **196.830**'], x: '142.860', y: '656.100', stated: '21,77%' }),
    sum({ id: 'thon-gom', quote: ['22 chi bộ thôn (142.860 nghìn đồng', '| 85.320 |', '| 56.640 |', '| 900 |'], parts: ['85.320', '56.640', '900'], total: '142.860',
      trap: 'Cross-table: Bảng 2 thôn row = the three non-salaried rows of Bảng 1.' }),
    sum({ id: 'luong-gom', quote: ['thu 513.240 nghìn đồng, là toàn bộ', '| 78.340 |', '| 214.560 |', '| 25.620 |', '| 60.150 |', '| 17.890 |', '| 116.680 |'],
      parts: ['78.340', '214.560', '25.620', '60.150', '17.890', '116.680'], total: '513.240' }),
    product({ id: 'du-90', quote: ['giữ lại 90% là 413.343 nghìn đồng', '459.270 nghìn đồng'], x: '459.270', y: '90', factor: '0,01', stated: '413.343' }),
    product({ id: 'tu-10', quote: ['nộp Tỉnh ủy 10% là 45.927 nghìn đồng', '459.270 nghìn đồng'], x: '459.270', y: '10', factor: '0,01', stated: '45.927' }),
    sum({ id: 'quy', quote: ['10% là 45.927 nghìn đồng', 'Quý I: 11.218 nghìn đồng; quý II: 11.384 nghìn đồng; quý III: 11.497 nghìn đồng; quý IV: 11.828 nghìn đồng'],
      parts: ['11.218', '11.384', '11.497', '11.828'], total: '45.927', labels: ['quý I', 'quý II', 'quý III', 'quý IV'] }),
    cumulative({ id: 'luyke-tu', quote: ['nộp Tỉnh ủy 67,58 triệu đồng', 'đã nộp Tỉnh ủy 21.655.200 đồng', '45.927 nghìn đồng'], previous: '21.655.200 đồng', period: '45.927 nghìn đồng', stated: '67,58 triệu đồng',
      trap: 'Previous lũy kế in đồng (footnote 4), period in nghìn đồng, total in triệu đồng.' }),
    quotient({ id: 'bq-chibo', quote: ['bình quân 5,47 triệu đồng/chi bộ', '196.830 nghìn đồng'], x: '196.830', y: '36', factor: '0,001', stated: '5,47', trap: '5,4675 rounds half-up to 5,47.' }),
    share({ id: 'chibo-chi', quote: ['bằng 92,19% số được giữ lại', '181.450 nghìn đồng', '196.830 nghìn đồng'], x: '181.450', y: '196.830', stated: '92,19%' }),
    difference({ id: 'chibo-con', quote: ['số còn lại 15.380 nghìn đồng', '181.450 nghìn đồng', '196.830 nghìn đồng'], a: '196.830', b: '181.450', stated: '15.380', trap: 'Remainder.' }),

    // ---- IV. Đúng hạn
    product({ id: 'luot-144', quote: ['144 lượt nộp (4 quý)', '36 chi bộ có'], x: '36', y: '4', stated: '144' }),
    ratio({ id: 'luot-dunghan', quote: ['đạt 95,14% (chỉ tiêu tối thiểu 95%)', 'trong đó 137/144 lượt'], x: '137', y: '144', stated: '95,14%' }),
    atLeast({ id: 'chitieu-95', quote: ['95,14% (chỉ tiêu tối thiểu 95%)'], big: '95,14%', small: '95%', trap: 'A threshold beside the result, not a second result.' }),
    ratio({ id: 'chibo-dunghan', quote: ['33/36 chi bộ nộp đúng hạn cả 4 quý (91,67%)'], x: '33', y: '36', stated: '91,67%' }),
    ratio({ id: 'chibo-2025', quote: ['31/36 chi bộ, 86,11%'], x: '31', y: '36', stated: '86,11%' }),
    difference({ id: 'diem-pt', quote: ['tăng 5,56 điểm phần trăm', '(91,67%)', '86,11%'], a: '91,67%', b: '86,11%', stated: '5,56', trap: 'Percentage points, not a relative change.' }),
    difference({ id: '7-luot', quote: ['7 lượt nộp chậm', '144 lượt nộp (4 quý)', 'trong đó 137/144 lượt'], a: '144', b: '137', stated: '7' }),
    sum({ id: '7-gom', quote: ['7 lượt nộp chậm: chi bộ thôn Đông Hưng 3 lượt, chi bộ thôn Tây Sơn 3 lượt và chi bộ Công ty TNHH May Vĩnh Lộc 1 lượt'], parts: ['3', '3', '1'], total: '7' }),
    ratio({ id: '15-16', quote: ['15/16 lượt nộp đúng hạn (93,8%)'], x: '15', y: '16', stated: '93,8%', trap: '93,75% rounds half-up to 93,8%.' }),
    contradiction({ id: 'cham-15', quote: ['Không có chi bộ nào nộp chậm quá 15 ngày so với thời hạn', 'nộp đảng phí quý III chậm 21 ngày'],
      stated: 'không có chi bộ nào nộp chậm quá 15 ngày', expected: 'chi bộ thôn Đông Hưng nộp quý III chậm 21 ngày', consistent: false,
      reason: 'Section VI reports a 21-day delay, beyond the 15 days the denial allows.',
      mistake: 'planted', original: 'Không có chi bộ nào nộp chậm quá 30 ngày so với thời hạn', note: 'Class 8: denial contradicted by the inspection findings.' }),
    contradiction({ id: 'no-3-thang', quote: ['không có đảng viên nào nợ đảng phí từ 3 tháng trở lên', 'Có 2 đảng viên nợ đảng phí 2 tháng'],
      stated: 'không có đảng viên nào nợ đảng phí từ 3 tháng trở lên', expected: '2 đảng viên nợ 2 tháng, đã đóng bù', consistent: true,
      reason: 'Two members owed 2 months (< 3) and paid up: the denial holds.', trap: 'A near-miss that does not contradict the denial.' }),

    // ---- V. Quỹ Đảng ủy
    repeat({ id: 'sodu-dau', quote: ['38,62 triệu đồng[^5]', 'là 38.615.400 đồng', '| 38.615 |'], values: ['38.615.400 đồng', '38,62 triệu đồng', '38.615 nghìn đồng'], kind: 'unit',
      trap: 'Same balance in đồng, triệu (rounded) and nghìn (table).' }),
    sum({ id: 'b3-chi', quote: ['**392.600**', '| 96.500 |', '| 64.200 |', '| 72.800 |', '| 58.640 |', '| 49.300 |', '| 38.750 |', '| 12.410 |'],
      parts: ['96.500', '64.200', '72.800', '58.640', '49.300', '38.750', '12.410'], total: '392.600' }),
    share({ id: 'b3-kt', quote: '| 96.500 | 24,58 |', x: '96.500', y: '392.600', stated: '24,58' }),
    share({ id: 'b3-th', quote: '| 64.200 | 16,35 |', x: '64.200', y: '392.600', stated: '16,35' }),
    share({ id: 'b3-hs', quote: '| 72.800 | 18,54 |', x: '72.800', y: '392.600', stated: '18,54' }),
    share({ id: 'b3-bao', quote: '| 58.640 | 14,94 |', x: '58.640', y: '392.600', stated: '14,94' }),
    share({ id: 'b3-hn', quote: '| 49.300 | 12,56 |', x: '49.300', y: '392.600', stated: '12,56' }),
    share({ id: 'b3-hh', quote: '| 38.750 | 9,87 |', x: '38.750', y: '392.600', stated: '9,87' }),
    share({ id: 'b3-khac', quote: '| 12.410 | 3,16 |', x: '12.410', y: '392.600', stated: '3,16' }),
    sum({ id: 'b3-100', quote: ['**392.600** | **100**', '| 24,58 |', '| 16,35 |', '| 18,54 |', '| 14,94 |', '| 12,56 |', '| 9,87 |', '| 3,16 |'],
      parts: ['24,58', '16,35', '18,54', '14,94', '12,56', '9,87', '3,16'], total: '100', rounded: true }),
    sum({ id: 'b3-sodu', quote: ['(I + II − III) | 59.358 |', '| 38.615 |', '| 413.343 |', '**392.600**'], parts: ['38.615', '413.343', '−392.600'], total: '59.358', trap: 'Balance = opening + income − spending.' }),
    sum({ id: 'nguon', quote: ['Tổng nguồn quỹ năm 2026 là 451.958 nghìn đồng', '| 38.615 |', '| 413.343 |'], parts: ['38.615', '413.343'], total: '451.958' }),
    repeat({ id: 'chi-trieu', quote: ['Tổng chi 392,6 triệu đồng', '**392.600**'], values: ['392.600 nghìn đồng', '392,6 triệu đồng'], kind: 'unit' }),
    ratio({ id: 'chi-nguon', quote: ['bằng 86,87% tổng nguồn', 'Tổng chi 392,6 triệu đồng', '451.958 nghìn đồng'], x: '392,6 triệu đồng', y: '451.958 nghìn đồng', stated: '86,87%', trap: 'Base in another scale.' }),
    ratio({ id: 'du-toan', quote: ['bằng 94,98% dự toán', 'Tổng chi 392,6 triệu đồng', 'là 410 triệu đồng'], x: '392,6 triệu đồng', y: '410 triệu đồng', stated: '94,98%',
      mistake: 'planted', original: 'bằng 95,76% dự toán', note: 'Class 1: dự toán 410 triệu only in footnote 5; 94,98% is 392.600/413.343 (income), the wrong base.' }),
    ratio({ id: 'kt-th', quote: ['chiếm 40,93% tổng chi', '| 96.500 |', '| 64.200 |', '**392.600**'], x: '96.500 + 64.200', y: '392.600', stated: '40,93%', kind: 'share_percent' }),
    sum({ id: 'hh-48', quote: ['Huy hiệu Đảng cho 48 đồng chí, gồm 18 đồng chí', '14 đồng chí Huy hiệu 40 năm, 9 đồng chí Huy hiệu 45 năm, 5 đồng chí Huy hiệu 50 năm và 2 đồng chí Huy hiệu 55 năm'],
      parts: ['18', '14', '9', '5', '2'], total: '48' }),
    share({ id: 'hh-30nam', quote: ['30 năm tuổi Đảng (38%)', '48 đồng chí', '18 đồng chí'], x: '18', y: '48', stated: '38%', trap: '37,5% rounds half-up to 38%.' }),
    quotient({ id: 'hh-bq', quote: ['khoảng 807 nghìn đồng/đồng chí', '| 38.750 |', '48 đồng chí'], x: '38.750', y: '48', stated: '807', trap: 'Per-item average.' }),
    cumulative({ id: 'hh-luyke', quote: ['Huy hiệu Đảng cho 81 đồng chí', 'Huy hiệu Đảng cho 33 đồng chí', 'cho 48 đồng chí'], previous: '33', period: '48', stated: '81' }),
    cumulative({ id: 'luyke-dangphi', quote: ['toàn Đảng bộ thu 955,46 triệu đồng đảng phí', '309.360 nghìn đồng cũng là lũy kế', '656.100 nghìn đồng'], previous: '309.360 nghìn đồng', period: '656.100 nghìn đồng', stated: '955,46 triệu đồng',
      mistake: 'planted', original: 'toàn Đảng bộ thu 965,46 triệu đồng đảng phí', note: 'Class 6: previous lũy kế 309.360 nghìn (footnote 3) + 656.100 nghìn = 965,46 triệu.' }),
    repeat({ id: 'sodu-rep', quote: ['chuyển sang năm 2027 là 59.358 nghìn đồng', '| 59.358 |'], values: ['59.358', '59.358'] }),
    sum({ id: '2025-gom', quote: ['(612.450 nghìn đồng', 'Số thu năm 2025 gồm 303.090 nghìn đồng', '309.360 nghìn đồng của Đảng bộ'], parts: ['303.090', '309.360'], total: '612.450' }),

    // ---- VI. Kiểm tra
    sum({ id: 'ubkt-gom', quote: ['12 chi bộ (bằng 33,33% số chi bộ trực thuộc), gồm 7 chi bộ thôn, 3 chi bộ trường học và 1 chi bộ doanh nghiệp'], parts: ['7', '3', '1'], total: '12',
      mistake: 'planted', original: 'gồm 8 chi bộ thôn, 3 chi bộ trường học và 1 chi bộ doanh nghiệp', note: 'Class 4: the parts add to 11, not 12.' }),
    share({ id: 'ubkt-tl', quote: ['bằng 33,33% số chi bộ trực thuộc', 'tại 12 chi bộ', '36 chi bộ trực thuộc'], x: '12', y: '36', stated: '33,33%' }),
    repeat({ id: 'ubkt-tien-rep', quote: ['là 187,42 triệu đồng', '187.420 nghìn đồng'], values: ['187.420 nghìn đồng', '187,42 triệu đồng'], kind: 'unit' }),
    share({ id: 'ubkt-tien-tl', quote: ['bằng 28,57% tổng số thu cả năm', '187,42 triệu đồng', '656.100 nghìn đồng'], x: '187,42 triệu đồng', y: '656.100 nghìn đồng', stated: '28,57%', trap: 'Part in triệu, base in nghìn đồng.' }),
    ratio({ id: 'ubkt-so', quote: ['10/12 chi bộ ghi chép sổ sách đầy đủ, kịp thời (83,33%)'], x: '10', y: '12', stated: '83,33%' }),
    contradiction({ id: 'kyluat', quote: ['Không có tổ chức đảng, đảng viên nào bị xử lý kỷ luật liên quan đến đảng phí', 'đã nhắc nhở chi ủy'],
      stated: 'không có tổ chức đảng, đảng viên nào bị xử lý kỷ luật', expected: 'chỉ nhắc nhở chi ủy thôn Đông Hưng', consistent: true,
      reason: 'A reminder (nhắc nhở) is not a disciplinary measure: the denial holds.', trap: 'Denial next to a late-payment finding that is not a discipline case.' }),
    contradiction({ id: 'sai-muc-dich', quote: ['không phát hiện trường hợp nào sử dụng đảng phí sai mục đích'],
      stated: 'không có trường hợp sử dụng đảng phí sai mục đích', expected: 'nothing in the report against it', consistent: true,
      reason: 'No misuse is reported anywhere.', trap: 'Denial with nothing against it.' }),

    // ---- VII. Đánh giá chung
    repeat({ id: 'tomtat-tong', quote: ['tổng số thu đạt 656,1 triệu đồng', '**656.100** | **100**'], values: ['656.100 nghìn đồng', '656,1 triệu đồng'], kind: 'unit' }),
    excess({ id: 'tomtat-vuot', quote: ['vượt kế hoạch 2,52%', '640 triệu đồng', 'tổng số thu đạt 656,1 triệu đồng'], x: '656,1 triệu đồng', y: '640 triệu đồng', stated: '2,52%' }),
    repeat({ id: 'tomtat-tang', quote: ['tăng 43,65 triệu đồng so với năm 2025', 'tăng 43.650 nghìn đồng'], values: ['43.650 nghìn đồng', '43,65 triệu đồng'], kind: 'unit' }),
    share({ id: 'tl-mien-tomtat', quote: ['chiếm 7,45% tổng số đảng viên', 'miễn đóng đảng phí là 112 đồng chí', '1.486 đảng viên'], x: '112', y: '1.486', stated: '7,45%',
      mistake: 'planted', original: 'chiếm 7,54% tổng số đảng viên', note: 'Class 2: base 112 and 1.486 only in section I, far from the summary; digits swapped.' }),
    repeat({ id: 'sodu-tomtat', quote: ['năm 2027 là 59,58 triệu đồng', '| 59.358 |'], values: ['59.358 nghìn đồng', '59,58 triệu đồng'], kind: 'unit',
      mistake: 'planted', original: 'năm 2027 là 59,36 triệu đồng', note: 'Class 5: summary vs body and Bảng 3 (59.358 nghìn đồng), in another scale.' }),
    difference({ id: '13-thon', quote: ['13 chi bộ thôn chưa thu, nộp qua tài khoản', '9/22 chi bộ'], a: '22', b: '9', stated: '13', trap: 'Remainder of a fraction.' }),

    // ---- VIII. Nhiệm vụ 2027
    change({ id: '2027-tang', quote: ['tăng khoảng 3,6% so với năm 2026', 'đạt trên 680 triệu đồng', '(656,1 triệu đồng)'], x: '680 triệu đồng', base: '656,1 triệu đồng', stated: '3,6%', direction: 'tăng', trap: 'Next-period target.' }),
    ratio({ id: '2027-ck', quote: ['30/36 chi bộ (83,3%)'], x: '30', y: '36', stated: '83,3%', trap: 'Target fraction.' }),
  ],
});
