// Written for the corpus, blind: Ủy ban nhân dân xã Phúc Lộc Bắc (tỉnh Thanh Hóa; the commune, its nine thôn, its
// firms and people are invented) to the provincial Quỹ phòng, chống thiên tai and the Sở Nông nghiệp và Môi trường,
// the report of 24/11/2026 on collecting and remitting the 2026 disaster-prevention fund (figures to 20/11/2026), in
// parts I - VI. Who pays and how much (15.000 đồng per worker, one day's wage for civil servants, 0,2‰ of a firm's
// assets with a floor and a cap, a fixed sum per cooperative, footnote 1 the province's decision). Workers liable
// against 2025 (a difference and its percent), exemptions as a share of the workers in the table, six kinds after
// "gồm", against 2025; a cooperative's 50% reduction beside a "none" of firms asking; the liable workers as a
// difference and a product. A table per thôn (workers − exempted = liable on each row, liable × 15 = due in nghìn
// đồng, collected / due on each row with one row half-up at exactly 91,25, totals of five columns and the rate);
// text restating the table in triệu (one at exactly ,5), paid workers X/Y, the unpaid as a remainder and per thôn
// from the table's money, 7/9 thôn as a whole percent, a threshold. Agencies 186/186 with a per-head amount; a firm
// table (assets in tỷ × 0,2‰ = due in triệu on each row, a floor applied in footnote 2, totals), 5/6 firms, the
// money rate, the unpaid remainder, a "none" of firms' arrears; cooperatives 4/4, a product and a 50% reduction.
// Totals due and collected after "gồm" and in parentheses, the rate, the percent of the province's plan in tỷ
// (footnote 3), the workers' share, bare shares of payment channels, the change and percentage points against 2025
// from footnote 4, the shortfall of the amount due against the plan. Arrears from two years (parts, collected
// parts, percent, remainders per year, a "trong đó" firm); the year's total with arrears and the lũy kế since 2021
// from footnote 5. The 20% kept and the 80% remitted, two remittances and what is still due, an account number.
// Storm no. 5 (wind force, a rainfall range, evacuees, a "none" of deaths beside injuries, a "none" of collapsed
// houses beside damaged roofs); the commune's funds (kept part + footnote 6's balance), spending after "gồm" with
// per-household products, the housing share, spent against available, the balance. A summary restating figures
// (triệu, tỷ), weaknesses, and tasks with a remainder (as a product and as a difference) and a target.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the 812 exempted written as 7,9% of the 11.082 workers
// of the table (7,33% → 7,3%; 7,9% divides by the 10.270 liable instead); the 222.165.000 đồng collected written as
// 96,2% of the province's plan of 0,24 tỷ in footnote 3 (92,57% → 92,6%, digits swapped). Class 2: the summary's
// remittance percent 98,7% for 169.200.000 of the 188.580.000 đồng due in part III (89,72% → 89,7%). Class 3: bare
// shares of payment channels 71,4 + 22,9 + 6,7 = 101,0% (70,4 written 71,4). Class 4: the six kinds of exemption
// after "gồm" add to 830 against 812 (hộ nghèo 146 written 164). Class 5 ×2: Yên Lạc's collection in the text
// 17,23 triệu against the table's 17.325 nghìn đồng (17,33); the summary's spending 52,59 triệu against part IV's
// 52.950.000 đồng. Class 6: footnote 5's lũy kế 2021 - 2025 of 1.064.820.000 + the year's 235.725.000 ≠ the stated
// 1.282.545.000 (1.046.820.000 with digits swapped). Class 7: 7/9 thôn written 77% (77,78% → 78%). Class 8: "không
// có doanh nghiệp nào còn nợ đọng Quỹ của các năm trước" in II.3 against the 1.680.000 đồng the Yên Lạc company
// still owes for 2025 (II.5). Traps (35): document numbers and dates, an age range, the rates, a floor and a
// cap; an account number; a wind force and a rainfall range; nghìn đồng ↔ đồng ↔ triệu ↔ tỷ restatements that agree
// (two half-up at ,5: 19,37 and 222,17); a table row half-up at exactly 91,25; 100% rows and 100% of X/X twice; a
// percent in parentheses of the X/Y beside it (5/6); the unpaid per thôn as quotients of the table's money (counts
// per item, not parts of the 579); a per-head quotient; tỷ × ‰ = triệu products; a floor (360.000 below 500.000);
// a 50% reduction as a product; percentage points against 2025; percents against a base only in a footnote; a
// shortfall in triệu against a plan in tỷ; a "trong đó" subset; the 20%/80% products; remainders; "none" statements
// beside counts of another kind (a cooperative's reduction beside "no firm asked", injuries beside "no deaths",
// damaged roofs beside "no collapsed house") or with nothing against them (spending on wrong persons); a target.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-phuc-loc-bac-thu-nop-quy-phong-chong-thien-tai-nam-2026.md',
  prefix: 'plb',
  claims: [
    // Header, basis
    contradiction({ id: 'documents', quote: ['Số: 287/BC-UBND', 'Nghị định số 78/2021/NĐ-CP ngày 01/8/2021', 'Công văn số 1186/QPCTT-ĐH ngày 03/11/2026', 'Kế hoạch số 52/KH-UBND ngày 14/3/2026', 'Quyết định số 61/QĐ-UBND ngày 18/3/2026'], stated: '287', expected: 'documents', consistent: true, reason: 'Numbers and dates of the report and the documents it rests on.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'footnote-documents', quote: ['Quyết định số 1427/QĐ-UBND ngày 25/02/2026', 'Văn bản số 312/QPCTT-KH ngày 20/3/2026', 'Báo cáo số 301/BC-UBND ngày 10/12/2025'], stated: '1427', expected: 'documents', consistent: true, reason: 'Documents cited in the footnotes.', note: 'numbers in documents\' names.' }),
    contradiction({ id: 'age-dates', quote: ['Người lao động từ đủ 18 tuổi đến tuổi nghỉ hưu', '(số liệu tính đến hết ngày 20/11/2026)', 'trong 10 ngày trước khi tổ chức thu'], stated: '18', expected: 'an age and dates', consistent: true, reason: 'An age limit, the reporting date and a posting period, no relation.', trap: 'an age range and dates.' }),
    contradiction({ id: 'rates', quote: ['0,2‰ tổng giá trị tài sản theo báo cáo tài chính năm 2025, thấp nhất 500.000 đồng và cao nhất 100 triệu đồng/doanh nghiệp', '15.000 đồng/người/năm', 'mức cố định 1.000.000 đồng/hợp tác xã/năm'], stated: '0,2‰', expected: 'rates, a floor and a cap', consistent: true, reason: 'Contribution rates and the floor and cap of a firm\'s contribution, no relation by themselves.', trap: 'rates and limits, not shares.' }),
    // II.1 liable, exempted
    repeat({ id: 'workers-text-table', quote: ['toàn xã có 11.082 lao động trong độ tuổi', '| | Cộng | 11.082 | 812 | 10.270 | 154.050 | 145.365 | 94,4 |'], values: ['11.082', '11.082'] }),
    difference({ id: 'workers-fewer', quote: ['là 154 người, tức giảm 1,4%', 'ít hơn năm 2025 (11.236 người)', 'toàn xã có 11.082 lao động trong độ tuổi'], a: '11.236', b: '11.082', stated: '154' }),
    change({ id: 'workers-change', quote: ['tức giảm 1,4%', 'ít hơn năm 2025 (11.236 người)', 'toàn xã có 11.082 lao động trong độ tuổi'], x: '11.082', base: '11.236', stated: '1,4%', direction: 'giảm' }),
    share({ id: 'exempt-share', quote: ['chiếm 7,9% tổng số lao động trong độ tuổi', 'Số người được miễn đóng góp là 812 người', '| | Cộng | 11.082 | 812 | 10.270 | 154.050 | 145.365 | 94,4 |'], x: '812', y: '11.082', stated: '7,9%', mistake: 'planted', original: 'chiếm 7,3% tổng số lao động trong độ tuổi', note: 'Class 1: the base, the 11.082 workers, is in the sentence before and in Table 1; 812/11.082 = 7,33% → 7,3%. The 7,9% divides by the 10.270 liable workers (7,91%), a wrong base.' }),
    sum({ id: 'exempt-kinds', quote: ['Số người được miễn đóng góp là 812 người', 'thành viên hộ nghèo 164 người; người khuyết tật 118 người; học sinh, sinh viên đang học tập trung 305 người; quân nhân, công an đang thực hiện nghĩa vụ 57 người; người hưởng trợ cấp bảo hiểm xã hội hằng tháng do suy giảm khả năng lao động 137 người; lao động thuộc các hộ bị thiệt hại nặng về nhà ở do bão số 5 là 49 người'], parts: ['164', '118', '305', '57', '137', '49'], total: '812', labels: ['hộ nghèo', 'khuyết tật', 'học sinh, sinh viên', 'quân nhân, công an', 'trợ cấp BHXH', 'thiệt hại bão'], mistake: 'planted', original: 'thành viên hộ nghèo 146 người', note: 'Class 4: the six kinds after "gồm" add to 830 against 812 (the total Table 1\'s column carries); 146 is written 164.' }),
    difference({ id: 'exempt-more', quote: ['số được miễn tăng 76 người', 'So với năm 2025 (736 người)', 'Số người được miễn đóng góp là 812 người'], a: '812', b: '736', stated: '76' }),
    contradiction({ id: 'no-firm-reduction', quote: ['không có doanh nghiệp nào đề nghị miễn, giảm hoặc tạm hoãn', 'có 01 hợp tác xã được giảm 50%'], stated: 'không có doanh nghiệp nào đề nghị', expected: 'another kind', consistent: true, reason: 'The one reduction went to a cooperative, not a firm; no firm is exempted or reduced anywhere (the floor applied to Vạn Lộc is not a reduction).', trap: 'a "none" beside a count of another kind.' }),
    difference({ id: 'liable', quote: ['còn 10.270 lao động phải nộp', 'toàn xã có 11.082 lao động trong độ tuổi', 'Số người được miễn đóng góp là 812 người'], a: '11.082', b: '812', stated: '10.270' }),
    product({ id: 'due-workers', quote: ['số phải thu từ người lao động là 154.050.000 đồng (10.270 người × 15.000 đồng)'], x: '10.270', y: '15.000', stated: '154.050.000' }),
    repeat({ id: 'due-workers-table', quote: ['số phải thu từ người lao động là 154.050.000 đồng', '| | Cộng | 11.082 | 812 | 10.270 | 154.050 | 145.365 | 94,4 |'], values: ['154.050.000 đồng', '154.050 nghìn đồng'], kind: 'unit', trap: 'đồng in the text, nghìn đồng in the table, agreeing.' }),
    // Table 1 rows: workers − exempted = liable
    difference({ id: 't1-ds-liable', quote: ['| Đông Sơn | 1.482 | 96 | 1.386 | 20.790 | 20.790 | 100,0 |'], a: '1.482', b: '96', stated: '1.386' }),
    difference({ id: 't1-pt-liable', quote: ['| Phúc Thọ | 1.265 | 88 | 1.177 | 17.655 | 15.690 | 88,9 |'], a: '1.265', b: '88', stated: '1.177' }),
    difference({ id: 't1-ld-liable', quote: ['| Lộc Điền | 1.104 | 71 | 1.033 | 15.495 | 15.495 | 100,0 |'], a: '1.104', b: '71', stated: '1.033' }),
    difference({ id: 't1-th-liable', quote: ['| Thượng Hòa | 1.338 | 102 | 1.236 | 18.540 | 16.965 | 91,5 |'], a: '1.338', b: '102', stated: '1.236' }),
    difference({ id: 't1-tc-liable', quote: ['| Trung Chính | 976 | 64 | 912 | 13.680 | 13.680 | 100,0 |'], a: '976', b: '64', stated: '912' }),
    difference({ id: 't1-bh-liable', quote: ['| Bắc Hà | 1.217 | 93 | 1.124 | 16.860 | 15.780 | 93,6 |'], a: '1.217', b: '93', stated: '1.124' }),
    difference({ id: 't1-yl-liable', quote: ['| Yên Lạc | 1.409 | 118 | 1.291 | 19.365 | 17.325 | 89,5 |'], a: '1.409', b: '118', stated: '1.291' }),
    difference({ id: 't1-tp-liable', quote: ['| Tân Phúc | 1.156 | 85 | 1.071 | 16.065 | 15.405 | 95,9 |'], a: '1.156', b: '85', stated: '1.071' }),
    difference({ id: 't1-vl-liable', quote: ['| Vạn Lộc | 1.135 | 95 | 1.040 | 15.600 | 14.235 | 91,3 |'], a: '1.135', b: '95', stated: '1.040' }),
    // Table 1 rows: liable × 15 nghìn đồng = due
    product({ id: 't1-ds-due', quote: ['| Đông Sơn | 1.482 | 96 | 1.386 | 20.790 | 20.790 | 100,0 |', '15.000 đồng/người/năm'], x: '1.386', y: '15', stated: '20.790', note: 'persons × 15 nghìn đồng.' }),
    product({ id: 't1-pt-due', quote: ['| Phúc Thọ | 1.265 | 88 | 1.177 | 17.655 | 15.690 | 88,9 |'], x: '1.177', y: '15', stated: '17.655' }),
    product({ id: 't1-ld-due', quote: ['| Lộc Điền | 1.104 | 71 | 1.033 | 15.495 | 15.495 | 100,0 |'], x: '1.033', y: '15', stated: '15.495' }),
    product({ id: 't1-th-due', quote: ['| Thượng Hòa | 1.338 | 102 | 1.236 | 18.540 | 16.965 | 91,5 |'], x: '1.236', y: '15', stated: '18.540' }),
    product({ id: 't1-tc-due', quote: ['| Trung Chính | 976 | 64 | 912 | 13.680 | 13.680 | 100,0 |'], x: '912', y: '15', stated: '13.680' }),
    product({ id: 't1-bh-due', quote: ['| Bắc Hà | 1.217 | 93 | 1.124 | 16.860 | 15.780 | 93,6 |'], x: '1.124', y: '15', stated: '16.860' }),
    product({ id: 't1-yl-due', quote: ['| Yên Lạc | 1.409 | 118 | 1.291 | 19.365 | 17.325 | 89,5 |'], x: '1.291', y: '15', stated: '19.365' }),
    product({ id: 't1-tp-due', quote: ['| Tân Phúc | 1.156 | 85 | 1.071 | 16.065 | 15.405 | 95,9 |'], x: '1.071', y: '15', stated: '16.065' }),
    product({ id: 't1-vl-due', quote: ['| Vạn Lộc | 1.135 | 95 | 1.040 | 15.600 | 14.235 | 91,3 |'], x: '1.040', y: '15', stated: '15.600' }),
    // Table 1 rows: collected / due
    ratio({ id: 't1-ds-rate', quote: ['| Đông Sơn | 1.482 | 96 | 1.386 | 20.790 | 20.790 | 100,0 |'], x: '20.790', y: '20.790', stated: '100,0', trap: '100% of X/X.' }),
    ratio({ id: 't1-pt-rate', quote: ['| Phúc Thọ | 1.265 | 88 | 1.177 | 17.655 | 15.690 | 88,9 |'], x: '15.690', y: '17.655', stated: '88,9' }),
    ratio({ id: 't1-ld-rate', quote: ['| Lộc Điền | 1.104 | 71 | 1.033 | 15.495 | 15.495 | 100,0 |'], x: '15.495', y: '15.495', stated: '100,0' }),
    ratio({ id: 't1-th-rate', quote: ['| Thượng Hòa | 1.338 | 102 | 1.236 | 18.540 | 16.965 | 91,5 |'], x: '16.965', y: '18.540', stated: '91,5' }),
    ratio({ id: 't1-tc-rate', quote: ['| Trung Chính | 976 | 64 | 912 | 13.680 | 13.680 | 100,0 |'], x: '13.680', y: '13.680', stated: '100,0' }),
    ratio({ id: 't1-bh-rate', quote: ['| Bắc Hà | 1.217 | 93 | 1.124 | 16.860 | 15.780 | 93,6 |'], x: '15.780', y: '16.860', stated: '93,6' }),
    ratio({ id: 't1-yl-rate', quote: ['| Yên Lạc | 1.409 | 118 | 1.291 | 19.365 | 17.325 | 89,5 |'], x: '17.325', y: '19.365', stated: '89,5' }),
    ratio({ id: 't1-tp-rate', quote: ['| Tân Phúc | 1.156 | 85 | 1.071 | 16.065 | 15.405 | 95,9 |'], x: '15.405', y: '16.065', stated: '95,9' }),
    ratio({ id: 't1-vl-rate', quote: ['| Vạn Lộc | 1.135 | 95 | 1.040 | 15.600 | 14.235 | 91,3 |'], x: '14.235', y: '15.600', stated: '91,3', trap: 'rounded half-up from exactly 91,25 (truncation would give 91,2).' }),
    // Table 1 totals
    sum({ id: 't1-workers-total', quote: ['| | Cộng | 11.082 | 812 | 10.270 | 154.050 | 145.365 | 94,4 |'], parts: ['1.482', '1.265', '1.104', '1.338', '976', '1.217', '1.409', '1.156', '1.135'], total: '11.082', kind: 'cross_total' }),
    sum({ id: 't1-exempt-total', quote: ['| | Cộng | 11.082 | 812 | 10.270 | 154.050 | 145.365 | 94,4 |'], parts: ['96', '88', '71', '102', '64', '93', '118', '85', '95'], total: '812', kind: 'cross_total' }),
    sum({ id: 't1-liable-total', quote: ['| | Cộng | 11.082 | 812 | 10.270 | 154.050 | 145.365 | 94,4 |'], parts: ['1.386', '1.177', '1.033', '1.236', '912', '1.124', '1.291', '1.071', '1.040'], total: '10.270', kind: 'cross_total' }),
    sum({ id: 't1-due-total', quote: ['| | Cộng | 11.082 | 812 | 10.270 | 154.050 | 145.365 | 94,4 |'], parts: ['20.790', '17.655', '15.495', '18.540', '13.680', '16.860', '19.365', '16.065', '15.600'], total: '154.050', kind: 'cross_total' }),
    sum({ id: 't1-collected-total', quote: ['| | Cộng | 11.082 | 812 | 10.270 | 154.050 | 145.365 | 94,4 |'], parts: ['20.790', '15.690', '15.495', '16.965', '13.680', '15.780', '17.325', '15.405', '14.235'], total: '145.365', kind: 'cross_total' }),
    ratio({ id: 't1-total-rate', quote: ['| | Cộng | 11.082 | 812 | 10.270 | 154.050 | 145.365 | 94,4 |'], x: '145.365', y: '154.050', stated: '94,4' }),
    // II.2 text under the table
    ratio({ id: 'paid-workers', quote: ['9.691/10.270 lao động nộp Quỹ (94,4%)'], x: '9.691', y: '10.270', stated: '94,4%' }),
    quotient({ id: 'paid-from-money', quote: ['9.691/10.270 lao động nộp Quỹ', '| | Cộng | 11.082 | 812 | 10.270 | 154.050 | 145.365 | 94,4 |', '15.000 đồng/người/năm'], x: '145.365', y: '15', stated: '9.691', trap: 'the paid workers as the table\'s collected money (nghìn đồng) over 15 nghìn đồng a head.' }),
    difference({ id: 'unpaid', quote: ['còn 579 lao động chưa nộp. Ba thôn', '9.691/10.270 lao động nộp Quỹ'], a: '10.270', b: '9.691', stated: '579', note: 'a remainder of X/Y.' }),
    contradiction({ id: 'three-full', quote: ['Ba thôn Đông Sơn, Lộc Điền, Trung Chính hoàn thành thu 100% số phải thu', '| Đông Sơn | 1.482 | 96 | 1.386 | 20.790 | 20.790 | 100,0 |', '| Lộc Điền | 1.104 | 71 | 1.033 | 15.495 | 15.495 | 100,0 |', '| Trung Chính | 976 | 64 | 912 | 13.680 | 13.680 | 100,0 |'], stated: '100%', expected: 'three rows at 100,0', consistent: true, reason: 'Exactly the three thôn named have collected equal to due in Table 1.', trap: '"100%" per item, not a share of a whole.' }),
    repeat({ id: 'dong-son-million', quote: ['thôn Đông Sơn có số thu lớn nhất là 20,79 triệu đồng', '| Đông Sơn | 1.482 | 96 | 1.386 | 20.790 | 20.790 | 100,0 |'], values: ['20.790 nghìn đồng', '20,79 triệu đồng'], kind: 'unit', trap: 'the table\'s nghìn đồng restated in triệu, agreeing.' }),
    ratio({ id: 'thon-over-90', quote: ['7/9 thôn đạt tỷ lệ thu từ 90% trở lên (77%)'], x: '7', y: '9', stated: '77%', mistake: 'planted', original: '7/9 thôn đạt tỷ lệ thu từ 90% trở lên (78%)', note: 'Class 7: 7/9 = 77,78%, which is 78% written whole; 77% truncates. (Seven rows of Table 1 are at 90% or more, the threshold being a target, not a share.)' }),
    repeat({ id: 'phuc-tho-rate', quote: ['Phúc Thọ (88,9%)', '| Phúc Thọ | 1.265 | 88 | 1.177 | 17.655 | 15.690 | 88,9 |'], values: ['88,9%', '88,9'] }),
    repeat({ id: 'yen-lac-rate', quote: ['Yên Lạc (89,5%)', '| Yên Lạc | 1.409 | 118 | 1.291 | 19.365 | 17.325 | 89,5 |'], values: ['89,5%', '89,5'] }),
    quotient({ id: 'phuc-tho-unpaid', quote: ['Thôn Phúc Thọ còn 131 lao động chưa nộp', '| Phúc Thọ | 1.265 | 88 | 1.177 | 17.655 | 15.690 | 88,9 |'], x: '17.655 − 15.690', y: '15', stated: '131', trap: 'a count per thôn from the table\'s money (due − collected over 15 nghìn đồng); not a part to add up to the 579.' }),
    repeat({ id: 'yen-lac-collected', quote: ['thôn Yên Lạc mới thu được 17,23 triệu đồng', '| Yên Lạc | 1.409 | 118 | 1.291 | 19.365 | 17.325 | 89,5 |'], values: ['17.325 nghìn đồng', '17,23 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'thôn Yên Lạc mới thu được 17,33 triệu đồng', note: 'Class 5: the table\'s 17.325 nghìn đồng is 17,33 triệu; the text\'s 17,23 swaps two digits (the 89,5% beside it is the table\'s).' }),
    repeat({ id: 'yen-lac-due', quote: ['trên số phải thu 19,37 triệu đồng', '| Yên Lạc | 1.409 | 118 | 1.291 | 19.365 | 17.325 | 89,5 |'], values: ['19.365 nghìn đồng', '19,37 triệu đồng'], kind: 'unit', trap: '19.365 nghìn đồng rounded half-up at exactly ,5 to 19,37 triệu.' }),
    quotient({ id: 'yen-lac-unpaid', quote: ['còn 136 lao động chưa nộp do tổ thu', '| Yên Lạc | 1.409 | 118 | 1.291 | 19.365 | 17.325 | 89,5 |'], x: '19.365 − 17.325', y: '15', stated: '136', note: 'a count per thôn from the table\'s money.' }),
    atLeast({ id: 'unpaid-two-thon', quote: ['còn 579 lao động chưa nộp. Ba thôn', 'Thôn Phúc Thọ còn 131 lao động chưa nộp', 'còn 136 lao động chưa nộp do tổ thu'], big: '579', small: '131 + 136', trap: 'counts of two thôn, not a breakdown of the 579.' }),
    // II.3 agencies, firms, cooperatives
    ratio({ id: 'agencies-all', quote: ['đã nộp đủ cho 186/186 người (100%)'], x: '186', y: '186', stated: '100%', trap: '"100%" of X/X.' }),
    quotient({ id: 'agencies-per-head', quote: ['bình quân 255.000 đồng/người', 'số tiền 47.430.000 đồng', 'đã nộp đủ cho 186/186 người'], x: '47.430.000', y: '186', stated: '255.000', trap: 'a per-head quotient, not a rate.' }),
    product({ id: 't2-may', quote: ['| Công ty TNHH May Phúc Lộc | 62,5 | 12,5 | 12,5 |', '0,2‰ tổng giá trị tài sản'], x: '62,5', y: '0,2', stated: '12,5', trap: 'tỷ đồng × 0,2‰ = triệu đồng.' }),
    product({ id: 't2-vlxd', quote: ['| Công ty cổ phần Vật liệu xây dựng Bắc Hà | 38,4 | 7,68 | 7,68 |'], x: '38,4', y: '0,2', stated: '7,68' }),
    product({ id: 't2-nong-san', quote: ['| Công ty TNHH Chế biến nông sản Lộc Điền | 21,7 | 4,34 | 4,34 |'], x: '21,7', y: '0,2', stated: '4,34' }),
    product({ id: 't2-thuong-mai', quote: ['| Công ty TNHH Thương mại Yên Lạc | 9,6 | 1,92 | 0 |'], x: '9,6', y: '0,2', stated: '1,92' }),
    product({ id: 't2-xang-dau', quote: ['| Doanh nghiệp tư nhân Xăng dầu Tân Phúc | 4,25 | 0,85 | 0,85 |'], x: '4,25', y: '0,2', stated: '0,85' }),
    product({ id: 'floor-computed', quote: ['số phải nộp chỉ là 360.000 đồng', 'Tổng giá trị tài sản của Công ty TNHH Xây dựng Vạn Lộc là 1,8 tỷ đồng', 'tính theo tỷ lệ 0,2‰'], x: '1,8', y: '0,2', factor: '1.000.000', stated: '360.000', note: 'tỷ × ‰ gives triệu, written in đồng.' }),
    atLeast({ id: 'floor-applied', quote: ['| Công ty TNHH Xây dựng Vạn Lộc | 1,8 | 0,5 | 0,5 |', 'thấp hơn mức tối thiểu 500.000 đồng', 'số phải nộp chỉ là 360.000 đồng'], big: '500.000', small: '360.000', trap: 'a floor applied: the row\'s 0,5 triệu is not 1,8 × 0,2 (nor is the column total 138,25 × 0,2 = 27,65).' }),
    sum({ id: 't2-assets-total', quote: ['| | Cộng | 138,25 | 27,79 | 25,87 |'], parts: ['62,5', '38,4', '21,7', '9,6', '4,25', '1,8'], total: '138,25', kind: 'cross_total' }),
    sum({ id: 't2-due-total', quote: ['| | Cộng | 138,25 | 27,79 | 25,87 |'], parts: ['12,5', '7,68', '4,34', '1,92', '0,85', '0,5'], total: '27,79', kind: 'cross_total' }),
    sum({ id: 't2-paid-total', quote: ['| | Cộng | 138,25 | 27,79 | 25,87 |'], parts: ['12,5', '7,68', '4,34', '0', '0,85', '0,5'], total: '25,87', kind: 'cross_total' }),
    ratio({ id: 'firms-paid', quote: ['Đã có 5/6 doanh nghiệp nộp (83,3%)'], x: '5', y: '6', stated: '83,3%', trap: 'a percent in parentheses of the X/Y beside it.' }),
    ratio({ id: 'firms-money-rate', quote: ['số tiền đạt 93,1% số phải nộp', '| | Cộng | 138,25 | 27,79 | 25,87 |'], x: '25,87', y: '27,79', stated: '93,1%', note: 'the base is in Table 2.' }),
    difference({ id: 'firm-unpaid', quote: ['chưa nộp 1,92 triệu đồng mặc dù', '| | Cộng | 138,25 | 27,79 | 25,87 |'], a: '27,79', b: '25,87', stated: '1,92' }),
    contradiction({ id: 'no-firm-arrears', quote: ['không có doanh nghiệp nào còn nợ đọng Quỹ của các năm trước', 'trong số nợ năm 2025 có 1.680.000 đồng của Công ty TNHH Thương mại Yên Lạc'], stated: 'không có doanh nghiệp nào còn nợ đọng', expected: '1.680.000 đồng nợ năm 2025 của Công ty TNHH Thương mại Yên Lạc (II.5)', consistent: false, reason: 'II.3 says no firm owes the fund for earlier years; II.5 counts 1.680.000 đồng of 2025 still owed by the Yên Lạc company.', mistake: 'planted', original: 'Đến nay, ngoài Công ty TNHH Thương mại Yên Lạc, không có doanh nghiệp nào còn nợ đọng Quỹ của các năm trước.', note: 'Class 8: a "không có" statement contradicted by a count in the arrears section.' }),
    ratio({ id: 'coops-all', quote: ['4/4 hợp tác xã dịch vụ nông nghiệp đã nộp (100%)'], x: '4', y: '4', stated: '100%' }),
    product({ id: 'coops-full', quote: ['3 hợp tác xã nộp đủ mức cố định với 3.000.000 đồng', 'mức cố định 1.000.000 đồng/hợp tác xã/năm'], x: '3', y: '1.000.000', stated: '3.000.000' }),
    product({ id: 'coop-reduced', quote: ['chỉ nộp 500.000 đồng', 'được giảm 50% nên', 'mức cố định 1.000.000 đồng/hợp tác xã/năm'], x: '1.000.000', y: '50', factor: '0,01', stated: '500.000', trap: 'a 50% reduction as a product, not a share.' }),
    sum({ id: 'coops-total', quote: ['tổng số 3.500.000 đồng; trong đó', 'nộp đủ mức cố định với 3.000.000 đồng', 'chỉ nộp 500.000 đồng'], parts: ['3.000.000', '500.000'], total: '3.500.000' }),
    // II.4 totals
    sum({ id: 'due-total', quote: ['Tổng số phải thu Quỹ năm 2026 trên địa bàn xã là 232.770.000 đồng', 'gồm: người lao động 154.050.000 đồng, cơ quan, đơn vị 47.430.000 đồng, doanh nghiệp 27.790.000 đồng và hợp tác xã 3.500.000 đồng'], parts: ['154.050.000', '47.430.000', '27.790.000', '3.500.000'], total: '232.770.000' }),
    repeat({ id: 'firms-due-scale', quote: ['doanh nghiệp 27.790.000 đồng và', '| | Cộng | 138,25 | 27,79 | 25,87 |'], values: ['27.790.000 đồng', '27,79 triệu đồng'], kind: 'unit', note: 'Table 2 in triệu, the text in đồng.' }),
    sum({ id: 'collected-total', quote: ['Tổng số đã thu là 222.165.000 đồng', '(người lao động 145.365.000 đồng; cơ quan, đơn vị 47.430.000 đồng; doanh nghiệp 25.870.000 đồng; hợp tác xã 3.500.000 đồng)'], parts: ['145.365.000', '47.430.000', '25.870.000', '3.500.000'], total: '222.165.000' }),
    ratio({ id: 'collected-rate', quote: ['đạt 95,4% số phải thu và bằng', 'Tổng số đã thu là 222.165.000 đồng', 'là 232.770.000 đồng'], x: '222.165.000', y: '232.770.000', stated: '95,4%' }),
    ratio({ id: 'collected-plan', quote: ['bằng 96,2% kế hoạch thu tỉnh giao cho xã', 'Tổng số đã thu là 222.165.000 đồng', 'giao cho xã Phúc Lộc Bắc là 0,24 tỷ đồng'], x: '222.165.000 đồng', y: '0,24 tỷ đồng', stated: '96,2%', mistake: 'planted', original: 'bằng 92,6% kế hoạch thu tỉnh giao cho xã', note: 'Class 1: the base is the plan of 0,24 tỷ đồng, only in footnote 3 and in another scale; 222.165.000 đồng of 0,24 tỷ is 92,57% → 92,6%, written with digits swapped.' }),
    share({ id: 'workers-share', quote: ['chiếm 65,4% tổng số đã thu', '(người lao động 145.365.000 đồng;', 'Tổng số đã thu là 222.165.000 đồng'], x: '145.365.000', y: '222.165.000', stated: '65,4%' }),
    sum({ id: 'channels', quote: ['thu qua tổ thu ở thôn chiếm 71,4%, nộp bằng hình thức chuyển khoản qua ứng dụng ngân hàng chiếm 22,9% và nộp trực tiếp tại Bộ phận tiếp nhận và trả kết quả của xã chiếm 6,7%'], parts: ['71,4%', '22,9%', '6,7%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'thu qua tổ thu ở thôn chiếm 70,4%', note: 'Class 3: three shares of the workers\' money add to 101,0%; 70,4% is written 71,4%.' }),
    change({ id: 'collected-vs-2025', quote: ['số đã thu tăng 6,1%; tỷ lệ thu', 'số đã thu là 209.370.000 đồng', 'Tổng số đã thu là 222.165.000 đồng'], x: '222.165.000', base: '209.370.000', stated: '6,1%', direction: 'tăng', trap: 'a change whose base is only in footnote 4.' }),
    ratio({ id: 'rate-2025', quote: ['đạt 92,4% (Báo cáo số 301/BC-UBND', 'số phải thu của xã là 226.480.000 đồng', 'số đã thu là 209.370.000 đồng'], x: '209.370.000', y: '226.480.000', stated: '92,4%' }),
    difference({ id: 'rate-points', quote: ['tỷ lệ thu tăng 3,0 điểm phần trăm', 'đạt 92,4% (Báo cáo số 301/BC-UBND', 'đạt 95,4% số phải thu và bằng'], a: '95,4', b: '92,4', stated: '3,0', trap: 'a change in percentage points (a relative change would be 3,2%).' }),
    difference({ id: 'due-below-plan', quote: ['thấp hơn kế hoạch tỉnh giao 7,23 triệu đồng', 'giao cho xã Phúc Lộc Bắc là 0,24 tỷ đồng', 'là 232.770.000 đồng'], a: '0,24 tỷ đồng', b: '232.770.000 đồng', stated: '7,23 triệu đồng', trap: 'a shortfall in triệu between a plan in tỷ (footnote) and an amount in đồng.' }),
    // II.5 arrears
    sum({ id: 'arrears-in', quote: ['chuyển sang năm 2026 là 26.280.000 đồng', '(năm 2024: 11.460.000 đồng; năm 2025: 14.820.000 đồng)'], parts: ['11.460.000', '14.820.000'], total: '26.280.000' }),
    sum({ id: 'arrears-collected', quote: ['thu hồi được 13.560.000 đồng', 'gồm nợ năm 2024 là 4.200.000 đồng và nợ năm 2025 là 9.360.000 đồng'], parts: ['4.200.000', '9.360.000'], total: '13.560.000' }),
    ratio({ id: 'arrears-rate', quote: ['bằng 51,6% số nợ chuyển sang', 'thu hồi được 13.560.000 đồng', 'chuyển sang năm 2026 là 26.280.000 đồng'], x: '13.560.000', y: '26.280.000', stated: '51,6%', note: 'a percent after a long clause with the parts.' }),
    difference({ id: 'arrears-left', quote: ['Số nợ đọng còn lại là 12.720.000 đồng', 'chuyển sang năm 2026 là 26.280.000 đồng', 'thu hồi được 13.560.000 đồng'], a: '26.280.000', b: '13.560.000', stated: '12.720.000' }),
    difference({ id: 'arrears-2024-left', quote: ['nợ năm 2024 còn 7.260.000 đồng', '(năm 2024: 11.460.000 đồng;', 'gồm nợ năm 2024 là 4.200.000 đồng'], a: '11.460.000', b: '4.200.000', stated: '7.260.000' }),
    difference({ id: 'arrears-2025-left', quote: ['nợ năm 2025 còn 5.460.000 đồng', 'năm 2025: 14.820.000 đồng)', 'nợ năm 2025 là 9.360.000 đồng'], a: '14.820.000', b: '9.360.000', stated: '5.460.000' }),
    sum({ id: 'arrears-left-parts', quote: ['Số nợ đọng còn lại là 12.720.000 đồng', 'nợ năm 2024 còn 7.260.000 đồng', 'nợ năm 2025 còn 5.460.000 đồng'], parts: ['7.260.000', '5.460.000'], total: '12.720.000' }),
    atLeast({ id: 'arrears-firm', quote: ['có 1.680.000 đồng của Công ty TNHH Thương mại Yên Lạc', 'nợ năm 2025 còn 5.460.000 đồng'], big: '5.460.000', small: '1.680.000', trap: 'a "trong đó" subset of one year\'s arrears.' }),
    // II.6 the year's total and the lũy kế
    sum({ id: 'year-total', quote: ['kể cả thu nợ, là 235.725.000 đồng', 'Tổng số đã thu là 222.165.000 đồng', 'thu hồi được 13.560.000 đồng'], parts: ['222.165.000', '13.560.000'], total: '235.725.000' }),
    cumulative({ id: 'cumulative', quote: ['xã đã thu được 1.282.545.000 đồng', 'là 1.064.820.000 đồng', 'kể cả thu nợ, là 235.725.000 đồng'], previous: '1.064.820.000', period: '235.725.000', stated: '1.282.545.000', mistake: 'planted', original: 'là 1.046.820.000 đồng', note: 'Class 6: footnote 5\'s 1.064.820.000 plus the year\'s 235.725.000 is 1.300.545.000, not the lũy kế 1.282.545.000 (which the summary\'s 1,28 tỷ carries); the footnote\'s 1.046.820.000 is written with two digits swapped.' }),
    // III kept and remitted
    product({ id: 'kept', quote: ['phần để lại xã là 47.145.000 đồng', 'xã được để lại 20% số thu', 'Trên tổng số thu 235.725.000 đồng'], x: '235.725.000', y: '20', factor: '0,01', stated: '47.145.000', trap: '20% of a whole as a product.' }),
    product({ id: 'remit-due', quote: ['phần phải nộp Quỹ tỉnh là 188.580.000 đồng', '80% nộp về tài khoản', 'Trên tổng số thu 235.725.000 đồng'], x: '235.725.000', y: '80', factor: '0,01', stated: '188.580.000', trap: '80% of a whole as a product.' }),
    sum({ id: 'kept-remit', quote: ['Trên tổng số thu 235.725.000 đồng', 'phần để lại xã là 47.145.000 đồng', 'phần phải nộp Quỹ tỉnh là 188.580.000 đồng'], parts: ['47.145.000', '188.580.000'], total: '235.725.000' }),
    contradiction({ id: 'account', quote: ['(tài khoản số 3761.0.1058392 tại Kho bạc Nhà nước khu vực X)'], stated: '3761.0.1058392', expected: 'an account number', consistent: true, reason: 'A bank account number, no figure.', trap: 'digits of an account number.' }),
    sum({ id: 'remitted', quote: ['xã đã nộp về Quỹ tỉnh 169.200.000 đồng', 'gồm đợt 1 ngày 28/6/2026 là 96.400.000 đồng và đợt 2 ngày 30/9/2026 là 72.800.000 đồng'], parts: ['96.400.000', '72.800.000'], total: '169.200.000', note: 'parts beside dates.' }),
    difference({ id: 'remit-left', quote: ['số còn phải nộp là 19.380.000 đồng', 'phần phải nộp Quỹ tỉnh là 188.580.000 đồng', 'xã đã nộp về Quỹ tỉnh 169.200.000 đồng'], a: '188.580.000', b: '169.200.000', stated: '19.380.000' }),
    // IV storm and spending
    contradiction({ id: 'storm-figures', quote: ['gió mạnh cấp 9, giật cấp 11, kèm mưa lớn từ 180 đến 260 mm trong hai ngày 18 - 19/9/2026'], stated: 'cấp 9', expected: 'a wind force and a range', consistent: true, reason: 'Wind force on the Beaufort scale, a rainfall range and dates.', trap: 'a range and scale levels.' }),
    contradiction({ id: 'no-deaths', quote: ['không có người chết, mất tích; 02 người bị thương nhẹ'], stated: 'không có người chết', expected: 'another kind', consistent: true, reason: 'Two light injuries are not deaths or missing persons.', trap: 'a "none" beside a count of another kind.' }),
    contradiction({ id: 'no-collapse', quote: ['không có nhà bị sập đổ hoàn toàn', 'Bão làm 21 hộ bị tốc mái, hư hỏng nhà ở'], stated: 'không có nhà bị sập đổ hoàn toàn', expected: 'another kind', consistent: true, reason: 'Damaged roofs are not collapsed houses; the 49 exempted "thiệt hại nặng về nhà ở" are persons of the damaged households.', trap: 'a "none" beside a count of another kind.' }),
    sum({ id: 'funds', quote: ['tổng cộng 55.765.000 đồng', 'gồm phần để lại năm 2026 nêu tại mục III', 'phần để lại xã là 47.145.000 đồng', 'chuyển sang năm 2026 là 8.620.000 đồng'], parts: ['47.145.000', '8.620.000'], total: '55.765.000', note: 'one part only in footnote 6.' }),
    sum({ id: 'spending', quote: ['Xã đã chi 52.950.000 đồng, gồm', 'mức 200.000 đồng/hộ: 9.600.000 đồng', 'gia cố đoạn đê bao bị sạt lở: 14.350.000 đồng', 'mức 1.000.000 đồng/hộ: 21.000.000 đồng', 'phun khử khuẩn sau bão: 3.800.000 đồng', '= 4.200.000 đồng'], parts: ['9.600.000', '14.350.000', '21.000.000', '3.800.000', '4.200.000'], total: '52.950.000' }),
    product({ id: 'food', quote: ['mức 200.000 đồng/hộ: 9.600.000 đồng', 'cho 48 hộ sơ tán'], x: '48', y: '200.000', stated: '9.600.000', trap: 'households × amount per household.' }),
    repeat({ id: 'evacuated', quote: ['cho 48 hộ sơ tán', 'đã sơ tán 48 hộ với 162 nhân khẩu'], values: ['48', '48'] }),
    product({ id: 'roofs', quote: ['mức 1.000.000 đồng/hộ: 21.000.000 đồng', 'Hỗ trợ 21 hộ bị tốc mái'], x: '21', y: '1.000.000', stated: '21.000.000' }),
    repeat({ id: 'roofs-count', quote: ['Hỗ trợ 21 hộ bị tốc mái', 'Bão làm 21 hộ bị tốc mái'], values: ['21', '21'] }),
    product({ id: 'shifts', quote: ['42 lượt người × 100.000 đồng/lượt = 4.200.000 đồng'], x: '42', y: '100.000', stated: '4.200.000' }),
    share({ id: 'housing-share', quote: ['39,7% tổng số chi', 'mức 1.000.000 đồng/hộ: 21.000.000 đồng', 'Xã đã chi 52.950.000 đồng, gồm'], x: '21.000.000', y: '52.950.000', stated: '39,7%' }),
    ratio({ id: 'spent-of-funds', quote: ['Số đã chi bằng 95,0% nguồn kinh phí hiện có', 'Xã đã chi 52.950.000 đồng, gồm', 'tổng cộng 55.765.000 đồng'], x: '52.950.000', y: '55.765.000', stated: '95,0%' }),
    difference({ id: 'balance', quote: ['số dư còn lại 2.815.000 đồng', 'tổng cộng 55.765.000 đồng', 'Xã đã chi 52.950.000 đồng, gồm'], a: '55.765.000', b: '52.950.000', stated: '2.815.000', note: 'a remainder.' }),
    contradiction({ id: 'no-wrong-spending', quote: ['không có trường hợp chi sai đối tượng'], stated: 'không có', expected: 'none', consistent: true, reason: 'Nothing in the report counts spending on the wrong persons.', trap: 'a "none" with nothing against it.' }),
    // V.1 summary
    repeat({ id: 'sum-collected', quote: ['Tổng số đã thu năm 2026 đạt 222,17 triệu đồng', 'Tổng số đã thu là 222.165.000 đồng'], values: ['222.165.000 đồng', '222,17 triệu đồng'], kind: 'unit', trap: 'restated in triệu, half-up at exactly ,5 (222,165 → 222,17).' }),
    repeat({ id: 'sum-rate', quote: ['bằng 95,4% số phải thu, cao hơn năm 2025', 'đạt 95,4% số phải thu và bằng'], values: ['95,4%', '95,4%'] }),
    ratio({ id: 'sum-remitted-rate', quote: ['bằng 98,7% số phải nộp', 'phần phải nộp Quỹ tỉnh là 188.580.000 đồng', 'xã đã nộp về Quỹ tỉnh 169.200.000 đồng'], x: '169.200.000', y: '188.580.000', stated: '98,7%', mistake: 'planted', original: 'bằng 89,7% số phải nộp', note: 'Class 2: a percent only in the summary whose figures are in part III; 169.200.000 of 188.580.000 đồng is 89,72% → 89,7%, written with digits swapped.' }),
    repeat({ id: 'sum-cumulative', quote: ['đến nay đạt khoảng 1,28 tỷ đồng', 'xã đã thu được 1.282.545.000 đồng'], values: ['1.282.545.000 đồng', '1,28 tỷ đồng'], kind: 'unit', trap: 'the lũy kế restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-spending', quote: ['xã đã chi 52,59 triệu đồng để hỗ trợ', 'Xã đã chi 52.950.000 đồng, gồm'], values: ['52.950.000 đồng', '52,59 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'xã đã chi 52,95 triệu đồng để hỗ trợ', note: 'Class 5: the summary restates part IV\'s 52.950.000 đồng in triệu with two digits swapped.' }),
    // VI tasks
    product({ id: 'task-workers-amount', quote: ['tập trung thu 8.685.000 đồng còn phải thu của 579 lao động', '15.000 đồng/người/năm'], x: '579', y: '15.000', stated: '8.685.000' }),
    difference({ id: 'task-workers-left', quote: ['tập trung thu 8.685.000 đồng còn phải thu', 'số phải thu từ người lao động là 154.050.000 đồng', '(người lao động 145.365.000 đồng;'], a: '154.050.000', b: '145.365.000', stated: '8.685.000', trap: 'a remainder of due less collected.' }),
    contradiction({ id: 'task-target', quote: ['phấn đấu đến ngày 31/12/2026 tỷ lệ thu từ người lao động đạt 100% số phải thu'], stated: '100%', expected: 'a target', consistent: true, reason: 'A target with a deadline, not a share reached.', trap: 'a target percent.' }),
  ],
});
