// Written for the corpus (batch M2): UBND xã Đông Quan Nam (tỉnh Hưng Yên; the commune is invented) to the
// provincial Sở Y tế, year 2026 (figures to 30/11/2026) in parts (Phần thứ nhất - ba) with items a) to d):
// population (women and children as shares), births from the start of the year on top of a footnote's nine
// months, by sex with the sex ratio at birth (2025 and the province's ceiling in parentheses), births against
// 2025 only in the table, crude birth and death rates per mille, natural increase, third children against
// 2025 (the share only in the summary), births at health facilities X/Y, screening before and after birth as
// shares of the births with the growth against 2025 in a footnote and the province's targets, contraception
// (the rate with a minimum target, the growth against 2025 in a footnote, users by method with shares that
// add to 100,1% by rounding), new users against the plan and against the table, gynaecological checks as a
// share of the couples, spending in triệu against 2025 in tỷ, a table against 2025; children (insurance cards
// X/Y and the remainder, children in special circumstances by group after "gồm" with overlapping under-sixes,
// support X/Y as a whole percent, abuse cases by kind, injuries against 2025 in parentheses with drownings,
// the children's fund in triệu against 2025 in tỷ, gifts as count × amount in nghìn đồng, play areas X/Y);
// gender equality (women in the party committee with a minimum target, the council and the staff as shares,
// domestic violence against 2025, vocational classes per class, jobs after training with X/Y in
// parentheses); summary restating figures (a "none" of drowning deaths); weaknesses and 2027 targets.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-dong-quan-nam-dan-so-tre-em-binh-dang-gioi-nam-2026.md',
  prefix: 'dqn',
  claims: [
    // I.1 a)
    share({ id: 'women-share', quote: ['nữ 12.538 người, chiếm 50,4%', 'Dân số trung bình năm 2026 của xã là 24.860 người'], x: '12.538', y: '24.860', stated: '50,4%' }),
    share({ id: 'children-share', quote: ['Trẻ em dưới 16 tuổi 6.184 em, chiếm 24,9% dân số', 'Dân số trung bình năm 2026 của xã là 24.860 người'], x: '6.184', y: '24.860', stated: '24,9%' }),
    contradiction({ id: 'elderly', quote: ['người từ 60 tuổi trở lên 4.127 người'], stated: '4.127', expected: 'a count with no share', consistent: true, reason: 'The elderly are counted, no share is written.', trap: 'an age group with no total claimed.' }),
    // I.1 b)
    cumulative({ id: 'births-cumulative', quote: ['tổng số trẻ sinh ra từ đầu năm lên 318 trẻ', 'Lũy kế 9 tháng đầu năm 2026 sinh 252 trẻ', 'Tháng 10 và tháng 11 sinh 58 trẻ'], previous: '252', period: '58', stated: '318', mistake: 'planted', original: 'Lũy kế 9 tháng đầu năm 2026 sinh 260 trẻ', note: 'Class 6: footnote 1\'s nine months (252) plus October and November (58) is 310, not the 318 born since the start of the year.' }),
    sum({ id: 'births-sex', quote: ['lên 318 trẻ', '(171 bé trai, 147 bé gái)'], parts: ['171', '147'], total: '318' }),
    change({ id: 'births-change', quote: ['giảm 9,5% so với năm 2025', 'lên 318 trẻ', 'Số trẻ sinh ra'], x: '318', base: '338', stated: '9,5%', direction: 'giảm', mistake: 'planted', original: 'giảm 5,9% so với năm 2025', note: 'Class 1: the 2025 births (338) are only in the table; (318 − 338)/338 = −5,92%, the text swaps two digits (9,5%).' }),
    quotient({ id: 'birth-rate', quote: ['Tỷ suất sinh thô 12,79‰', 'lên 318 trẻ', 'của xã là 24.860 người'], x: '318', y: '24.860', factor: '1000', stated: '12,79' }),
    quotient({ id: 'sex-ratio', quote: ['tỷ số giới tính khi sinh 116,3 bé trai/100 bé gái (năm 2025: 118,6; chỉ tiêu tỉnh giao dưới 115)', '(171 bé trai, 147 bé gái)'], x: '171', y: '147', factor: '100', stated: '116,3', trap: 'boys per 100 girls, with 2025\'s ratio and the province\'s ceiling in the parentheses beside it.' }),
    quotient({ id: 'death-rate', quote: ['tỷ suất chết thô 6,28‰', 'Số người chết 156 người', 'của xã là 24.860 người'], x: '156', y: '24.860', factor: '1000', stated: '6,28' }),
    ratio({ id: 'natural-increase', quote: ['tỷ lệ tăng dân số tự nhiên 0,65%', 'lên 318 trẻ', 'Số người chết 156 người', 'của xã là 24.860 người'], x: '318 − 156', y: '24.860', stated: '0,65%', note: 'Births less deaths over the population.' }),
    // I.1 c)
    difference({ id: 'third-child-fall', quote: ['giảm 6 trường hợp so với năm 2025 (47 trường hợp)', 'sinh con thứ 3 trở lên là 41 trường hợp'], a: '47', b: '41', stated: '6' }),
    contradiction({ id: 'third-child-cause', quote: ['nguyên nhân chủ yếu do tâm lý muốn có con trai'], stated: 'chủ yếu', expected: 'a cause, no parts', consistent: true, reason: 'The main cause with no counts.', trap: '"chủ yếu" with nothing to add.' }),
    ratio({ id: 'facility-births', quote: ['316/318 trường hợp sinh tại cơ sở y tế, đạt 99,4%'], x: '316', y: '318', stated: '99,4%' }),
    // I.2
    share({ id: 'prenatal-share', quote: ['bằng 78,9% số trẻ sinh ra', 'Sàng lọc trước sinh cho 251 bà mẹ mang thai', 'lên 318 trẻ'], x: '251', y: '318', stated: '78,9%', trap: 'the province\'s targets of 70% and 85% in the parentheses after both rates.' }),
    change({ id: 'prenatal-change', quote: ['tăng 15,1% so với năm 2025; sàng lọc sơ sinh', 'Sàng lọc trước sinh cho 251 bà mẹ mang thai', 'sàng lọc trước sinh 218 bà mẹ'], x: '251', base: '218', stated: '15,1%', direction: 'tăng', note: '2025 in footnote 2.' }),
    share({ id: 'newborn-share', quote: ['sàng lọc sơ sinh cho 274 trẻ, đạt 86,2%', 'lên 318 trẻ'], x: '274', y: '318', stated: '86,2%' }),
    change({ id: 'newborn-change', quote: ['đạt 86,2%, tăng 11,4%', 'sàng lọc sơ sinh cho 274 trẻ', 'sàng lọc sơ sinh 246 trẻ'], x: '274', base: '246', stated: '11,4%', direction: 'tăng', note: '2025 in footnote 2, which the percent cites.' }),
    contradiction({ id: 'elderly-100', quote: ['100% người cao tuổi được lập sổ theo dõi sức khỏe'], stated: '100%', expected: 'a percent with no base written', consistent: true, reason: 'All of them; no count beside.', trap: 'a percent with no base.' }),
    // I.3
    ratio({ id: 'contraception-rate', quote: ['3.486 người, tỷ lệ 77,1% (chỉ tiêu tối thiểu 70%)', 'có 4.520 cặp vợ chồng trong độ tuổi sinh đẻ'], x: '3.486', y: '4.520', stated: '77,1%', trap: 'the minimum target in parentheses beside the rate.' }),
    change({ id: 'contraception-change', quote: ['tăng 3,3% so với năm 2025', 'là 3.486 người, tỷ lệ', 'Năm 2025: 3.372 người sử dụng'], x: '3.486', base: '3.372', stated: '3,3%', direction: 'tăng', mistake: 'planted', original: 'tăng 3,4% so với năm 2025[^3]', note: 'Class 1: the base is in the footnote the percent cites; (3.486 − 3.372)/3.372 = 3,38%; 3,3% divides the increase by this year\'s 3.486 (3,27%).' }),
    ratio({ id: 'contraception-2025', quote: ['75,8', 'Năm 2025: 3.372 người sử dụng biện pháp tránh thai hiện đại; 4.448 cặp vợ chồng'], x: '3.372', y: '4.448', stated: '75,8', note: 'The table\'s 2025 rate from footnote 3.' }),
    sum({ id: 'methods', quote: ['là 3.486 người, tỷ lệ', 'đặt vòng 1.412 người', 'bao cao su 918 người', 'thuốc uống 846 người', 'triệt sản 128 người', 'thuốc tiêm 124 người', 'thuốc cấy 58 người'], parts: ['1.412', '918', '846', '128', '124', '58'], total: '3.486' }),
    share({ id: 'iud-share', quote: ['đặt vòng 1.412 người (40,5%)', 'là 3.486 người, tỷ lệ'], x: '1.412', y: '3.486', stated: '40,5%' }),
    share({ id: 'condom-share', quote: ['bao cao su 918 người (26,3%)', 'là 3.486 người, tỷ lệ'], x: '918', y: '3.486', stated: '26,3%' }),
    share({ id: 'pill-share', quote: ['thuốc uống 846 người (24,3%)', 'là 3.486 người, tỷ lệ'], x: '846', y: '3.486', stated: '24,3%' }),
    share({ id: 'sterilisation-share', quote: ['triệt sản 128 người (3,7%)', 'là 3.486 người, tỷ lệ'], x: '128', y: '3.486', stated: '3,7%' }),
    share({ id: 'injection-share', quote: ['thuốc tiêm 124 người (3,6%)', 'là 3.486 người, tỷ lệ'], x: '124', y: '3.486', stated: '3,6%' }),
    share({ id: 'implant-share', quote: ['thuốc cấy 58 người (1,7%)', 'là 3.486 người, tỷ lệ'], x: '58', y: '3.486', stated: '1,7%' }),
    sum({ id: 'method-shares', quote: ['(40,5%)', '(26,3%)', '(24,3%)', '(3,7%)', '(3,6%)', '(1,7%)'], parts: ['40,5%', '26,3%', '24,3%', '3,7%', '3,6%', '1,7%'], total: '100%', implicitTotal: true, rounded: true, trap: 'shares that add to 100,1%, each rounded correctly.' }),
    ratio({ id: 'new-users-plan', quote: ['trong năm 612 người, đạt 102,0% kế hoạch (600 người)'], x: '612', y: '600', stated: '102,0%' }),
    repeat({ id: 'new-users-table', quote: ['Số người mới sử dụng biện pháp tránh thai hiện đại', '621', 'trong năm 612 người, đạt'], values: ['612', '621'], mistake: 'planted', original: '612 in the table\'s 2026 column', note: 'Class 5: the table writes 621 against the text\'s 612 (which the plan\'s 102,0% confirms); the table\'s 105,6 follows its own 621.' }),
    ratio({ id: 't-new-users', quote: ['105,6', 'Số người mới sử dụng biện pháp tránh thai hiện đại'], x: '621', y: '588', stated: '105,6', note: 'The table\'s rate against its own (wrong) 621; the mistake is counted once, in new-users-table.' }),
    contradiction({ id: 'campaign-hamlets', quote: ['2 đợt chiến dịch chăm sóc sức khỏe sinh sản tại 22 thôn'], stated: '22', expected: 'the commune\'s hamlets', consistent: true, reason: 'Two rounds in all 22 hamlets.', trap: 'a count of rounds beside the hamlets.' }),
    share({ id: 'gynaecology', quote: ['khám phụ khoa cho 2.146 phụ nữ, chiếm 61,6%', 'có 4.520 cặp vợ chồng trong độ tuổi sinh đẻ', 'là 3.486 người, tỷ lệ'], x: '2.146', y: '4.520', stated: '61,6%', mistake: 'planted', original: 'chiếm 47,5% số phụ nữ có chồng trong độ tuổi sinh đẻ', note: 'Class 3: the married women of child-bearing age are the 4.520 couples given earlier (47,48%); 61,6% divides by the 3.486 contraceptive users instead.' }),
    atLeast({ id: 'gynaecology-treated', quote: ['điều trị viêm nhiễm đường sinh dục cho 538 trường hợp', 'khám phụ khoa cho 2.146 phụ nữ'], big: '2.146', small: '538' }),
    change({ id: 'spending-change', quote: ['312,4 triệu đồng, tăng 8,5% so với năm 2025 (0,288 tỷ đồng)'], x: '312,4 triệu đồng', base: '0,288 tỷ đồng', stated: '8,5%', direction: 'tăng', trap: 'the base in parentheses in tỷ against triệu.' }),
    // Table
    ratio({ id: 't-population', quote: ['100,6', '24.712'], x: '24.860', y: '24.712', stated: '100,6' }),
    ratio({ id: 't-births', quote: ['94,1', 'Số trẻ sinh ra'], x: '318', y: '338', stated: '94,1' }),
    ratio({ id: 't-third', quote: ['87,2', 'Trong đó: sinh con thứ 3 trở lên'], x: '41', y: '47', stated: '87,2' }),
    repeat({ id: 't-third-text', quote: ['Trong đó: sinh con thứ 3 trở lên', 'sinh con thứ 3 trở lên là 41 trường hợp'], values: ['41', '41'] }),
    repeat({ id: 't-rate-text', quote: ['Tỷ lệ sử dụng biện pháp tránh thai hiện đại', '3.486 người, tỷ lệ 77,1%'], values: ['77,1', '77,1%'] }),
    // II
    ratio({ id: 'insurance-cards', quote: ['2.031/2.046 trẻ, đạt 99,3%'], x: '2.031', y: '2.046', stated: '99,3%' }),
    difference({ id: 'cards-left', quote: ['còn 15 trẻ chưa được cấp thẻ', '2.031/2.046 trẻ'], a: '2.046', b: '2.031', stated: '15' }),
    contradiction({ id: 'free-care-100', quote: ['100% trẻ em dưới 6 tuổi được khám, chữa bệnh miễn phí'], stated: '100%', expected: 'a right by law', consistent: true, reason: 'The legal entitlement, no count.', trap: 'a percent with no base beside an X/Y.' }),
    sum({ id: 'special-children', quote: ['có 48 trẻ em có hoàn cảnh đặc biệt', 'gồm 9 em mồ côi cả cha và mẹ, 26 em khuyết tật nặng, 2 em nhiễm HIV/AIDS, 3 em bị xâm hại và 6 em bị bỏ rơi'], parts: ['9', '26', '2', '3', '6'], total: '48', mistake: 'planted', original: '8 em bị bỏ rơi hoặc không nơi nương tựa', note: 'Class 4: the groups after "gồm" add to 46, not 48.' }),
    atLeast({ id: 'special-under-6', quote: ['trong đó 24 em dưới 6 tuổi', 'có 48 trẻ em có hoàn cảnh đặc biệt'], big: '48', small: '24', trap: 'an age group after "trong đó" that overlaps the groups.' }),
    ratio({ id: 'special-supported', quote: ['NĐ-CP, đạt 93%', 'Có 45/48 em được hỗ trợ'], x: '45', y: '48', stated: '93%', mistake: 'planted', original: 'đạt 94%', note: 'Class 7: 45/48 = 93,75%, which is 94% written whole; 93% truncates. The decree\'s number stands between the X/Y and the percent.' }),
    contradiction({ id: 'decree-number', quote: ['Nghị định số 20/2021/NĐ-CP'], stated: '20/2021', expected: 'a number in a name', consistent: true, reason: 'A decree\'s number.', trap: 'a number written X/Y in a name.' }),
    sum({ id: 'abuse-cases', quote: ['xảy ra 3 vụ xâm hại trẻ em (2 vụ xâm hại tình dục, 1 vụ bạo lực)'], parts: ['2', '1'], total: '3' }),
    repeat({ id: 'abused-children', quote: ['3 em bị xâm hại', 'xảy ra 3 vụ xâm hại trẻ em'], values: ['3', '3'] }),
    change({ id: 'injuries-change', quote: ['giảm 15,6%; trong đó đuối nước', 'thương tích 27 trường hợp (năm 2025: 32 trường hợp)'], x: '27', base: '32', stated: '15,6%', direction: 'giảm' }),
    contradiction({ id: 'hamlet-name', quote: ['ao thôn Đông Quan 3'], stated: '3', expected: 'a number in a name', consistent: true, reason: 'A hamlet\'s name.', trap: 'a number in a name.' }),
    contradiction({ id: 'action-month', quote: ['(từ ngày 01/6 đến ngày 30/6/2026)'], stated: '01/6', expected: 'dates', consistent: true, reason: 'The month of action\'s dates.', trap: 'dates written X/Y.' }),
    change({ id: 'fund-change', quote: ['84,6 triệu đồng, tăng 12,8% so với năm 2025 (0,075 tỷ đồng)'], x: '84,6 triệu đồng', base: '0,075 tỷ đồng', stated: '12,8%', direction: 'tăng', trap: 'the base in parentheses in tỷ against triệu.' }),
    product({ id: 'gifts', quote: ['tổng trị giá 63,6 triệu đồng', 'tặng 212 suất quà', 'mỗi suất 300 nghìn đồng'], x: '212', y: '300', factor: '0,001', stated: '63,6', trap: 'gifts × the amount per gift in nghìn đồng, in triệu.' }),
    ratio({ id: 'play-areas', quote: ['17/22 thôn có điểm vui chơi, giải trí cho trẻ em đạt chuẩn, đạt 77,3%'], x: '17', y: '22', stated: '77,3%' }),
    // III
    share({ id: 'committee-women', quote: ['nữ 5 đồng chí, chiếm 26,3% (chỉ tiêu tối thiểu 25%)', 'có 19 đồng chí'], x: '5', y: '19', stated: '26,3%', trap: 'the minimum target in parentheses beside the share.' }),
    contradiction({ id: 'term', quote: ['nhiệm kỳ 2025 - 2030'], stated: '2025 - 2030', expected: 'a term', consistent: true, reason: 'The term\'s years.', trap: 'years in a name.' }),
    share({ id: 'council-women', quote: ['nữ 9 đại biểu, chiếm 32,1%', 'có 28 đại biểu'], x: '9', y: '28', stated: '32,1%' }),
    share({ id: 'staff-women', quote: ['nữ 17 người, chiếm 40,5%', 'có 42 người'], x: '17', y: '42', stated: '40,5%' }),
    change({ id: 'violence-change', quote: ['giảm 42,9% so với năm 2025 (7 vụ)', 'xảy ra 4 vụ bạo lực gia đình'], x: '4', base: '7', stated: '42,9%', direction: 'giảm' }),
    contradiction({ id: 'trusted-addresses', quote: ['tại 22 địa chỉ tin cậy ở cộng đồng'], stated: '22', expected: 'addresses, not victims', consistent: true, reason: 'The addresses are places; the victims are the 4 cases.', trap: 'a count beside the cases with no relation.' }),
    quotient({ id: 'per-class', quote: ['bình quân 32 học viên/lớp', 'Mở 3 lớp dạy nghề cho 96 lao động nữ'], x: '96', y: '3', stated: '32', trap: 'an average per class.' }),
    ratio({ id: 'jobs-after-training', quote: ['đạt 81,3% (78/96 học viên)'], x: '78', y: '96', stated: '81,3%', trap: 'the X/Y in parentheses after the percent it belongs to.' }),
    // Summary
    repeat({ id: 'summary-sex-ratio', quote: ['giảm còn 113,6 bé trai/100 bé gái', 'tỷ số giới tính khi sinh 116,3 bé trai'], values: ['116,3', '113,6'], mistake: 'planted', original: 'tỷ số giới tính khi sinh giảm còn 116,3 bé trai/100 bé gái', note: 'Class 5: the summary swaps two digits of the body\'s 116,3.' }),
    share({ id: 'summary-third-child', quote: ['tỷ lệ sinh con thứ 3 trở lên giảm còn 12,1%', 'sinh con thứ 3 trở lên là 41 trường hợp', 'lên 318 trẻ', 'Số trẻ sinh ra'], x: '41', y: '318', stated: '12,1%', mistake: 'planted', original: 'tỷ lệ sinh con thứ 3 trở lên giảm còn 12,9%', note: 'Class 2: the share is only in the summary, far from its counts; 12,1% divides the 41 by 2025\'s 338 births in the table (12,13%) instead of this year\'s 318 (12,89%).' }),
    repeat({ id: 'summary-contraception', quote: ['tỷ lệ sử dụng biện pháp tránh thai hiện đại đạt 77,1%, vượt chỉ tiêu', '3.486 người, tỷ lệ 77,1%'], values: ['77,1%', '77,1%'] }),
    contradiction({ id: 'summary-drowning', quote: ['Không để xảy ra trường hợp trẻ em tử vong do đuối nước', 'làm 1 em tử vong tại ao'], stated: 'không để xảy ra', expected: '1 em tử vong (section II c)', consistent: false, reason: 'The summary denies the drowning death that section II c) reports.', mistake: 'planted', original: 'Giảm số trẻ em bị tai nạn, thương tích so với năm 2025', note: 'Class 8: a "none" statement against a count.' }),
    repeat({ id: 'summary-cards', quote: ['99,3% trẻ em dưới 6 tuổi có thẻ', '2.031/2.046 trẻ, đạt 99,3%'], values: ['99,3%', '99,3%'] }),
    difference({ id: 'unsupported', quote: ['còn 3 trẻ em có hoàn cảnh đặc biệt chưa được hỗ trợ', 'Có 45/48 em'], a: '48', b: '45', stated: '3' }),
    difference({ id: 'play-left', quote: ['còn 5 thôn chưa có điểm vui chơi', '17/22 thôn có điểm vui chơi'], a: '22', b: '17', stated: '5' }),
    // Tasks
    contradiction({ id: 'task-ceiling', quote: ['xuống dưới 115 bé trai/100 bé gái', 'đạt trên 78%'], stated: 'dưới 115', expected: 'targets', consistent: true, reason: 'Targets for 2027.', trap: 'targets with no base.' }),
    repeat({ id: 'task-cards', quote: ['Cấp thẻ bảo hiểm y tế cho 15 trẻ dưới 6 tuổi còn lại', 'còn 15 trẻ chưa được cấp thẻ'], values: ['15', '15'] }),
  ],
});
