// Written for the corpus (batch D): Trạm Y tế xã Thạch Long (tỉnh Hà Tĩnh, an invented commune), monthly
// report of the commune health station for July 2026: visits, referrals, immunisation, reproductive
// health, contraception, nutrition, dengue, health insurance, food safety, hypertension. Many shares and
// rates; a table of plan / month / lũy kế / % plan; the previous lũy kế in three footnotes.
import { change, contradiction, cumulative, difference, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-tram-y-te-xa-thach-long-y-te-thang-7-2026.md',
  prefix: 'tlg',
  claims: [
    // I. Tình hình chung
    sum({ id: 'staff', quote: ['9 cán bộ (1 bác sĩ, 2 y sĩ, 3 điều dưỡng, 2 nữ hộ sinh, 1 dược sĩ)'], parts: ['1', '2', '3', '2', '1'], total: '9' }),
    contradiction({ id: 'no-epidemic-disease', quote: ['trên địa bàn không ghi nhận ca mắc bệnh truyền nhiễm gây dịch nào', 'ghi nhận 6 ca sốt xuất huyết'], stated: 'không ghi nhận ca mắc bệnh truyền nhiễm gây dịch nào', expected: '6 ca sốt xuất huyết và 3 ca tay chân miệng trong tháng (mục 5)', consistent: false, reason: 'Section I says no case of an epidemic infectious disease; section 5 records 6 dengue and 3 hand-foot-mouth cases in the month.', mistake: 'planted', original: 'trên địa bàn không ghi nhận ổ dịch lớn' }),
    // 1. Khám, chữa bệnh
    sum({ id: 'visits-insurance-split', quote: ['Trạm khám bệnh cho 1.284 lượt người', 'khám bảo hiểm y tế 1.126 lượt', 'khám không có thẻ bảo hiểm y tế 158 lượt'], parts: ['1.126', '158'], total: '1.284' }),
    share({ id: 'visits-insured', quote: ['1.126 lượt (chiếm 87,7%)'], x: '1.126', y: '1.284', stated: '87,7%' }),
    share({ id: 'visits-children', quote: ['236 lượt (18,4%)'], x: '236', y: '1.284', stated: '18,4%' }),
    share({ id: 'visits-elderly', quote: ['412 lượt (32,1%)'], x: '412', y: '1.284', stated: '32,1%' }),
    contradiction({ id: 'visit-groups-not-parts', quote: ['số lượt khám của trẻ em dưới 6 tuổi là 236 lượt'], stated: '236 + 412', expected: 'groups of the 1.284 visits, not a split with the insured ones', consistent: true, reason: 'Children and elderly visits are subgroups; the split of the total is insured/uninsured.', trap: 'per-item groups beside a real split of the same total.' }),
    change({ id: 'visits-same-period', quote: ['số lượt khám tăng 7,4%', 'So với cùng kỳ tháng 7/2025 (1.196 lượt)'], x: '1.284', base: '1.196', stated: '7,4%', direction: 'tăng', note: 'The same-period base in parentheses before the percent.' }),
    cumulative({ id: 'visits-cumulative', quote: ['Lũy kế 7 tháng khám cho 8.416 lượt người', 'Lũy kế 6 tháng đầu năm 2026 khám cho 7.132 lượt người'], previous: '7.132', period: '1.284', stated: '8.416' }),
    ratio({ id: 'visits-plan-text', quote: ['bằng 62,3% kế hoạch năm'], x: '8.416', y: '13.500', stated: '62,3%', note: 'Class 1: the plan (13.500 lượt) is only in the table.' }),
    share({ id: 'referrals', quote: ['Chuyển tuyến 46 lượt, chiếm 3,6% số lượt khám'], x: '46', y: '1.284', stated: '3,6%' }),
    contradiction({ id: 'referral-threshold', quote: ['(theo quy định tỷ lệ chuyển tuyến dưới 5%)'], stated: 'dưới 5%', expected: 'a threshold', consistent: true, reason: 'The ceiling for referrals, not a share of anything here.', trap: 'a threshold next to a share.' }),
    sum({ id: 'first-aid', quote: ['Sơ cứu, cấp cứu ban đầu 27 trường hợp (tai nạn giao thông 9, tai nạn lao động 6, ngã 8, các nguyên nhân khác 4)'], parts: ['9', '6', '8', '4'], total: '27' }),
    sum({ id: 'disease-structure', kind: 'share_percent', quote: ['các bệnh khác 22,9%', 'bệnh đường hô hấp 34,6%, tăng huyết áp 18,2%, bệnh tiêu hóa 12,5%, bệnh cơ xương khớp 10,8%'], parts: ['34,6', '18,2', '12,5', '10,8', '22,9'], total: '100', implicitTotal: true, rounded: true, mistake: 'planted', original: 'các bệnh khác 23,9%', note: 'Class 3: the shares of the month\'s diseases add to 99,0%.' }),
    change({ id: 'fees-vs-last-month', quote: ['18,6 triệu đồng, tăng 12,4% so với tháng trước (16,2 triệu đồng)'], x: '18,6', base: '16,2', stated: '12,4%', direction: 'tăng', mistake: 'planted', original: 'tăng 14,8% so với tháng trước (16,2 triệu đồng)', note: 'Class 1: last month\'s figure in parentheses after the percent.' }),
    // 2. Tiêm chủng mở rộng
    cumulative({ id: 'immunisation-cumulative', quote: ['lũy kế 7 tháng 126 trẻ', 'Lũy kế 6 tháng đầu năm 2026 tiêm chủng đầy đủ cho 107 trẻ', 'tiêm đầy đủ cho 19 trẻ'], previous: '107', period: '19', stated: '126' }),
    ratio({ id: 'immunisation-plan', quote: ['đạt 58,9% kế hoạch (theo tiến độ', 'tiêm chủng đầy đủ cho 214 trẻ dưới 1 tuổi'], x: '126', y: '214', stated: '58,9%', note: 'Class 2: the plan is two sentences up.' }),
    ratio({ id: 'immunisation-pace', quote: ['tối thiểu 58,3% kế hoạch năm, tương ứng 7/12 thời gian'], x: '7', y: '12', stated: '58,3%', trap: 'a pace threshold (7 of 12 months) in parentheses right after the real rate; its own arithmetic is right, it is not a base of 126 or 214.' }),
    ratio({ id: 'measles', quote: ['17/19 trẻ, đạt 89,5%'], x: '17', y: '19', stated: '89,5%' }),
    ratio({ id: 'tetanus', quote: ['22/24 người, đạt 91,7%'], x: '22', y: '24', stated: '91,7%' }),
    ratio({ id: 'vitamin-a', quote: ['962/1.018 trẻ, đạt 95%'], x: '962', y: '1.018', stated: '95%', mistake: 'planted', original: '962/1.018 trẻ, đạt 94%', note: 'Class 7: 94,499…% is 94% as a whole number; 95% comes from rounding twice (94,50 → 95).' }),
    difference({ id: 'immunisation-left', quote: ['hoàn thành tiêm chủng cho 88 trẻ còn lại'], a: '214', b: '126', stated: '88' }),
    // 3. Sức khỏe sinh sản, dân số
    sum({ id: 'births-place', quote: ['27 ca sinh (sinh tại Trạm 4 ca, tại bệnh viện 23 ca, tại nhà 0 ca)'], parts: ['4', '23', '0'], total: '27' }),
    ratio({ id: 'births-in-facility', quote: ['tỷ lệ sinh tại cơ sở y tế đạt 100%'], x: '4 + 23', y: '27', stated: '100%' }),
    ratio({ id: 'antenatal-4', quote: ['23/27 người, đạt 85,2%'], x: '23', y: '27', stated: '85,2%' }),
    share({ id: 'low-birth-weight', quote: ['1 trẻ, chiếm 3,7%'], x: '1', y: '27', stated: '3,7%' }),
    sum({ id: 'births-sex', quote: ['Trong 27 trẻ sinh ra có 15 bé trai, 12 bé gái'], parts: ['15', '12'], total: '27' }),
    ratio({ id: 'sex-ratio', kind: 'other', quote: ['tỷ số giới tính khi sinh là 125 bé trai/100 bé gái'], x: '15', y: '12', stated: '125', note: 'A ratio per 100, not a percent; the X/Y (125/100) is the ratio itself.' }),
    share({ id: 'third-child', quote: ['5 trường hợp, chiếm 18,5% (cùng kỳ 14,3%)'], x: '5', y: '27', stated: '18,5%' }),
    contradiction({ id: 'third-child-last-year', quote: ['(cùng kỳ 14,3%)'], stated: '14,3%', expected: 'the same-period rate', consistent: true, reason: 'A rate of another period in parentheses; it has no base here.', trap: 'a figure of another period in parentheses.' }),
    ratio({ id: 'contraception-rate', quote: ['2.486 cặp, đạt 70,8%', 'là 3.512 cặp'], x: '2.486', y: '3.512', stated: '70,8%' }),
    sum({ id: 'contraception-methods', quote: ['số cặp áp dụng biện pháp tránh thai hiện đại là 2.486 cặp', 'bao cao su 578 cặp', 'đặt vòng 1.024 cặp, thuốc uống 612 cặp', 'triệt sản 98 cặp, thuốc tiêm 165 cặp'], parts: ['1.024', '612', '578', '98', '165'], total: '2.486', labels: ['đặt vòng', 'thuốc uống', 'bao cao su', 'triệt sản', 'thuốc tiêm'], mistake: 'planted', original: 'bao cao su 587 cặp', note: 'Class 4: the methods after "trong đó" add to 2.477.' }),
    share({ id: 'iud-share', quote: ['Biện pháp đặt vòng chiếm 41,2% số cặp áp dụng'], x: '1.024', y: '2.486', stated: '41,2%', note: 'Class 3: a share of the total of the sentence before.' }),
    share({ id: 'pill-share', quote: ['thuốc uống chiếm 24,6%'], x: '612', y: '2.486', stated: '24,6%' }),
    repeat({ id: 'contraception-summary', quote: ['biện pháp tránh thai hiện đại đạt 78,0%', '2.486 cặp, đạt 70,8%'], values: ['70,8%', '78,0%'], mistake: 'planted', original: 'biện pháp tránh thai hiện đại đạt 70,8%', note: 'Class 5: the summary swaps two digits of the body\'s rate.' }),
    // 4. Dinh dưỡng
    ratio({ id: 'weighed', quote: ['1.187/1.236 trẻ dưới 5 tuổi, đạt 96,0%'], x: '1.187', y: '1.236', stated: '96,0%' }),
    share({ id: 'underweight', quote: ['98 trẻ, chiếm 8,3%'], x: '98', y: '1.187', stated: '8,3%', note: 'The base is the children weighed (1.187), not all children under 5 (1.236).' }),
    share({ id: 'stunting', quote: ['143 trẻ, chiếm 11,6%'], x: '143', y: '1.187', stated: '11,6%', mistake: 'planted', original: 'thể thấp còi 143 trẻ, chiếm 12,0%', note: 'Class 3: 11,6% is 143 of all 1.236 children; the shares of the sentence are of the 1.187 measured (8,3% is 98/1.187).' }),
    contradiction({ id: 'stunting-target', quote: ['(chỉ tiêu năm: thấp còi dưới 13%)'], stated: 'dưới 13%', expected: 'a target ceiling', consistent: true, reason: 'A target in parentheses, not a base or a repeat.', trap: 'a target next to a share.' }),
    ratio({ id: 'monthly-weighing', quote: ['Đạt 91,5%', 'là 541 trẻ', 'là 598 trẻ'], x: '541', y: '598', stated: '91,5%', mistake: 'planted', original: 'Đạt 90,5%', note: 'Class 2: the base is two sentences up, past a sentence of other activities; the percent is a sentence of its own.' }),
    // 5. Dịch bệnh
    sum({ id: 'dengue-villages', quote: ['6 ca sốt xuất huyết (thôn Long Sơn 4 ca, thôn Đồng Tâm 2 ca)'], parts: ['4', '2'], total: '6' }),
    cumulative({ id: 'dengue-cumulative', quote: ['lũy kế từ đầu năm 12 ca', 'đến hết tháng 6 năm 2026 ghi nhận 5 ca sốt xuất huyết', 'ghi nhận 6 ca sốt xuất huyết'], previous: '5', period: '6', stated: '12', mistake: 'planted', original: 'lũy kế từ đầu năm 11 ca', note: 'Class 6: footnote 3 (5 ca) plus the month (6 ca) is 11.' }),
    // 6. BHYT, ATTP, bệnh không lây nhiễm
    ratio({ id: 'insurance-coverage', quote: ['đạt 94,36% (17.387/18.426 người)'], x: '17.387', y: '18.426', stated: '94,36%', note: 'The X/Y in parentheses belongs to the percent before it.' }),
    repeat({ id: 'population', quote: ['17.387/18.426 người', '4.912 hộ, 18.426 nhân khẩu'], values: ['18.426', '18.426'] }),
    ratio({ id: 'food-safety', quote: ['38 cơ sở đạt yêu cầu, chiếm 90,5%'], x: '38', y: '42', stated: '90,5%' }),
    sum({ id: 'food-safety-split', quote: ['kiểm tra 42 cơ sở kinh doanh thực phẩm', 'có 38 cơ sở đạt yêu cầu', '4 cơ sở không đạt'], parts: ['38', '4'], total: '42' }),
    contradiction({ id: 'no-poisoning-four-failed', quote: ['Trong tháng không xảy ra vụ ngộ độc thực phẩm nào'], stated: 'không xảy ra vụ ngộ độc', expected: 'food poisoning and failed inspections are different', consistent: true, reason: 'Four shops failed an inspection; nobody was poisoned.', trap: 'a "none" statement near a count of another subject.' }),
    ratio({ id: 'hypertension-managed', quote: ['1.012 người tăng huyết áp, đạt 78,4% so với số người mắc ước tính (1.291 người)'], x: '1.012', y: '1.291', stated: '78,4%' }),
    ratio({ id: 'hypertension-screening', quote: ['Đạt 61% kế hoạch.', 'lũy kế từ đầu năm khám sàng lọc cho 2.196 người', 'khám sàng lọc tăng huyết áp cho 3.600 người'], x: '2.196', y: '3.600', stated: '61%', note: 'Class 2: plan two sentences up; an exact whole-number percent.' }),
    contradiction({ id: 'same-412', quote: ['trong tháng khám sàng lọc cho 412 người'], stated: '412 người', expected: 'not the 412 visits of the elderly', consistent: true, reason: 'The same number for two indicators (screenings and visits of the elderly).', trap: 'the same figure of two different indicators is not a repeat.' }),
    // III. Đánh giá chung
    repeat({ id: 'visits-summary', quote: ['khám bệnh cho 1.284 lượt người; tiêm'], values: ['1.284', '1.284'] }),
    repeat({ id: 'immunisation-summary', quote: ['lũy kế 126 trẻ, đạt 58,9%'], values: ['58,9%', '58,9%'] }),
    // Biểu
    ratio({ id: 't-visits', quote: ['62,34'], x: '8.416', y: '13.500', stated: '62,34' }),
    ratio({ id: 't-immunisation', quote: ['58,88'], x: '126', y: '214', stated: '58,88' }),
    ratio({ id: 't-tetanus', quote: ['56,69'], x: '131', y: '230', stated: '56,69', mistake: 'planted', original: '56,96', note: 'Class 1 (table): two digits swapped in the table\'s rate.' }),
    ratio({ id: 't-newborn-screening', quote: ['59,00'], x: '118', y: '200', stated: '59,00' }),
    ratio({ id: 't-elderly', quote: ['66,29'], x: '1.392', y: '2.100', stated: '66,29' }),
    ratio({ id: 't-hypertension', quote: ['61,00'], x: '2.196', y: '3.600', stated: '61,00' }),
  ],
});
