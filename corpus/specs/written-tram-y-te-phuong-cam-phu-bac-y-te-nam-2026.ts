// Written for the corpus (batch O2): Trạm Y tế phường Cam Phú Bắc (tỉnh Khánh Hòa; the ward is invented),
// the year-end report of 2026 (figures to 30/11) in parts I - III: the ward's people with the elderly and the
// infants to immunise, the staff by kind in parentheses, "100% khu phố"; visits (November on top of a
// footnote's ten months, against the year's plan in parentheses and against 2025 in a footnote, per
// inhabitant, insured visits, children and the elderly as overlapping groups with shares, referrals), the
// insurance payments in triệu against an estimate in tỷ with the drugs' share; full immunisation beside the
// province's target and a table of five vaccines (to vaccinate, vaccinated, %) with the text against it, a
// "none" of severe reactions; antenatal care, a "none" of maternal deaths, a stunting rate with no base;
// infectious cases by disease in parentheses, chronic patients after "gồm", the elderly checked as a share;
// wards X/Y as a whole percent; insurance coverage against the province's target with the remainder; food
// sites by kind after "gồm" with the share passed, certificates on top of a footnote's ten months, a "none" of
// poisoning; births by sex with the sex ratio and the crude rate per mille, third children as a share, the
// running budget in triệu against an estimate in tỷ with the remainder; the
// summary restating figures (two rates far from their bases) and the weaknesses (a severe reaction counted);
// 2027's targets.
import { atLeast, contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum, change } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-tram-y-te-phuong-cam-phu-bac-y-te-nam-2026.md',
  prefix: 'cpb',
  claims: [
    sum({ id: 'staff', quote: ['Trạm Y tế có 12 viên chức (3 bác sĩ, 4 y sĩ, 3 điều dưỡng, hộ sinh và 2 dược sĩ)'], parts: ['3', '4', '3', '2'], total: '12' }),
    contradiction({ id: 'all-wards', quote: ['100% khu phố có nhân viên y tế khu phố'], stated: '100%', expected: 'all wards', consistent: true, reason: 'All neighbourhoods; no figure against it.', trap: '"100%" with no base.' }),
    repeat({ id: 'infants', quote: ['386 trẻ dưới 1 tuổi thuộc đối tượng tiêm chủng', 'Số trẻ phải tiêm'], values: ['386', '386'], note: 'The infants of the opening are the table\'s children to vaccinate.' }),
    // I.1
    cumulative({ id: 'visits-cumulative', quote: ['lũy kế 11 tháng 21.836 lượt', 'khám bệnh 19.784 lượt', 'Tháng 11 khám bệnh cho 1.962 lượt người'], previous: '19.784', period: '1.962', stated: '21.836', mistake: 'planted', original: 'Lũy kế 10 tháng năm 2026 khám bệnh 19.874 lượt', note: 'Class 6: footnote 1\'s ten months (19.784) plus November\'s 1.962 is 21.746, not 21.836 (two digits of the footnote swapped).' }),
    ratio({ id: 'visits-plan', quote: ['đạt 99,3% kế hoạch năm (22.000 lượt)', 'lũy kế 11 tháng 21.836 lượt'], x: '21.836', y: '22.000', stated: '99,3%' }),
    change({ id: 'visits-2025', quote: ['tăng 7,9% so với cùng kỳ năm 2025', 'lũy kế 11 tháng 21.836 lượt', 'khám bệnh 20.108 lượt'], x: '21.836', base: '20.108', stated: '7,9%', direction: 'tăng', mistake: 'planted', original: 'tăng 8,6% so với cùng kỳ năm 2025', note: 'Class 1: the base is only in the cited footnote 2; (21.836 − 20.108)/20.108 = 8,59%; 7,9% divides the increase by this year\'s visits.' }),
    quotient({ id: 'per-person', quote: ['bình quân 0,77 lượt khám/người dân', 'lũy kế 11 tháng 21.836 lượt', '28.460 nhân khẩu'], x: '21.836', y: '28.460', stated: '0,77', trap: 'visits per inhabitant.' }),
    share({ id: 'insured', quote: ['khám bảo hiểm y tế 17.284 lượt, chiếm 79,2%', 'lũy kế 11 tháng 21.836 lượt'], x: '17.284', y: '21.836', stated: '79,2%' }),
    share({ id: 'children', quote: ['trẻ em dưới 6 tuổi 3.126 lượt, chiếm 15,5%', 'lũy kế 11 tháng 21.836 lượt', 'khám bệnh 20.108 lượt'], x: '3.126', y: '21.836', stated: '15,5%', mistake: 'planted', original: 'trẻ em dưới 6 tuổi 3.126 lượt, chiếm 14,3%', note: 'Class 3: a share of the visits given earlier in the paragraph; 3.126/21.836 = 14,32%; 15,5% divides by footnote 2\'s 20.108 visits of 2025.' }),
    atLeast({ id: 'elderly-visits', quote: ['người cao tuổi 4.980 lượt', 'lũy kế 11 tháng 21.836 lượt'], big: '21.836', small: '4.980', trap: 'the elderly overlap the insured visits in the same list.' }),
    share({ id: 'referrals', quote: ['Chuyển tuyến 612 lượt, chiếm 2,8% số lượt khám', 'lũy kế 11 tháng 21.836 lượt'], x: '612', y: '21.836', stated: '2,8%' }),
    ratio({ id: 'payment-estimate', quote: ['đạt 94,9% dự toán (3 tỷ đồng)', 'được thanh toán 2.846 triệu đồng'], x: '2.846 triệu đồng', y: '3 tỷ đồng', stated: '94,9%', trap: 'the estimate in tỷ in parentheses, the payment in triệu, agreeing.' }),
    share({ id: 'drugs', quote: ['tiền thuốc 1.264 triệu đồng, chiếm 44,4%', 'được thanh toán 2.846 triệu đồng'], x: '1.264', y: '2.846', stated: '44,4%' }),
    // I.2
    ratio({ id: 'full', quote: ['đạt 96,1% (chỉ tiêu', 'là 371 trẻ', '386 trẻ dưới 1 tuổi thuộc đối tượng'], x: '371', y: '386', stated: '96,1%' }),
    contradiction({ id: 'full-target', quote: ['chỉ tiêu của tỉnh từ 95% trở lên'], stated: 'từ 95% trở lên', expected: 'a threshold', consistent: true, reason: 'The province\'s target, met.', trap: 'a target in the rate\'s parentheses.' }),
    ratio({ id: 't-bcg', quote: ['98,2', '379'], x: '379', y: '386', stated: '98,2' }),
    ratio({ id: 't-hepb', quote: ['91,2', '352'], x: '352', y: '386', stated: '91,2' }),
    ratio({ id: 't-5in1', quote: ['96,9', '374'], x: '374', y: '386', stated: '96,9' }),
    ratio({ id: 't-ipv', quote: ['95,3', '368'], x: '368', y: '386', stated: '95,3' }),
    ratio({ id: 't-measles', quote: ['97,7', '377'], x: '377', y: '386', stated: '97,7' }),
    repeat({ id: 'measles-text', quote: ['Riêng vắc xin sởi mũi 1 đã tiêm cho 373 trẻ', '377'], values: ['377', '373'], mistake: 'planted', original: 'Riêng vắc xin sởi mũi 1 đã tiêm cho 377 trẻ', note: 'Class 5: the text counts 373 children against the table\'s 377 (97,7%).' }),
    contradiction({ id: 'lowest', quote: ['vắc xin viêm gan B sơ sinh đạt thấp nhất'], stated: 'thấp nhất', expected: '91,2% the lowest', consistent: true, reason: 'Hepatitis B at birth has the table\'s lowest rate.', trap: 'a ranking against the table.' }),
    contradiction({ id: 'dose', quote: ['5 trong 1 (mũi 3)'], stated: '5 trong 1', expected: 'a name', consistent: true, reason: 'A vaccine\'s name and dose.', trap: 'numbers in a name.' }),
    // I.3
    share({ id: 'antenatal', quote: ['376 người khám thai đủ 4 lần trở lên (91,3%)', 'Có 412 phụ nữ có thai'], x: '376', y: '412', stated: '91,3%' }),
    contradiction({ id: 'stunting', quote: ['suy dinh dưỡng thể thấp còi là 11,2%'], stated: '11,2%', expected: 'a rate with no count', consistent: true, reason: 'A rate with no base written.', trap: 'a percent with no base.' }),
    // I.4
    sum({ id: 'infectious', quote: ['Trong năm ghi nhận 146 ca mắc bệnh truyền nhiễm (sốt xuất huyết 58 ca, tay chân miệng 42 ca, thủy đậu 31 ca, cúm 17 ca)'], parts: ['58', '42', '31', '17'], total: '146', mistake: 'planted', original: 'thủy đậu 29 ca', note: 'Class 4: the four diseases in parentheses add to 148, not 146.' }),
    sum({ id: 'chronic', quote: ['Quản lý 1.486 người mắc bệnh không lây nhiễm', 'gồm tăng huyết áp 862 người, đái tháo đường 318 người, bệnh phổi tắc nghẽn mạn tính 96 người, rối loạn tâm thần 112 người và ung thư 78 người'], parts: ['862', '318', '96', '112', '78'], total: '1.486', mistake: 'planted', original: 'gồm tăng huyết áp 882 người', note: 'Class 4: the five diseases after "gồm" add to 1.466, not 1.486.' }),
    ratio({ id: 'elderly-checked', quote: ['đạt 88,7% số người cao tuổi', 'cho 3.412 người cao tuổi', 'trong đó 3.846 người cao tuổi'], x: '3.412', y: '3.846', stated: '88,7%' }),
    ratio({ id: 'wards', quote: ['Có 8/9 khu phố đạt tiêu chí vệ sinh môi trường, phòng chống dịch bệnh, đạt 88%'], x: '8', y: '9', stated: '88%', mistake: 'planted', original: 'đạt 89%', note: 'Class 7: 8/9 = 88,89%, which is 89% written whole; 88% truncates.' }),
    difference({ id: 'wards-left', quote: ['còn 1 khu phố chưa đạt tiêu chí vệ sinh môi trường', 'Có 8/9 khu phố'], a: '9', b: '8', stated: '1' }),
    // I.5
    share({ id: 'coverage', quote: ['đạt tỷ lệ bao phủ 93,6% dân số', 'có 26.639 người tham gia', '28.460 nhân khẩu'], x: '26.639', y: '28.460', stated: '93,6%' }),
    contradiction({ id: 'coverage-target', quote: ['chỉ tiêu năm 2026 của tỉnh là 95%'], stated: '95%', expected: 'a target', consistent: true, reason: 'The province\'s target, not met (as the weaknesses say).', trap: 'a target in the rate\'s parentheses.' }),
    difference({ id: 'uninsured', quote: ['còn 1.821 người chưa tham gia', '28.460 nhân khẩu', 'có 26.639 người tham gia'], a: '28.460', b: '26.639', stated: '1.821' }),
    // I.6
    sum({ id: 'food-sites', quote: ['kiểm tra 164 cơ sở sản xuất, kinh doanh thực phẩm', 'gồm 38 cơ sở sản xuất, chế biến, 86 cơ sở kinh doanh và 40 bếp ăn tập thể'], parts: ['38', '86', '40'], total: '164' }),
    share({ id: 'food-ok', quote: ['Có 151 cơ sở đạt yêu cầu, chiếm 92,1%', 'kiểm tra 164 cơ sở'], x: '151', y: '164', stated: '92,1%' }),
    difference({ id: 'food-warned', quote: ['yêu cầu khắc phục 13 cơ sở', 'kiểm tra 164 cơ sở', 'Có 151 cơ sở đạt'], a: '164', b: '151', stated: '13' }),
    cumulative({ id: 'food-cards', quote: ['lũy kế từ đầu năm 26 giấy', 'cấp 23 giấy xác nhận', 'hướng dẫn cấp 3 giấy xác nhận'], previous: '23', period: '3', stated: '26' }),
    contradiction({ id: 'poisoning', quote: ['Trong năm không xảy ra ngộ độc thực phẩm trên địa bàn'], stated: 'không', expected: 'none', consistent: true, reason: 'A "none" with nothing against it.', trap: 'a "none" beside the sites warned.' }),
    // I.7
    sum({ id: 'births', quote: ['có 312 trẻ được sinh ra', 'gồm 164 bé trai và 148 bé gái'], parts: ['164', '148'], total: '312' }),
    quotient({ id: 'sex-ratio', quote: ['tỷ số giới tính khi sinh 110,8 bé trai/100 bé gái', 'gồm 164 bé trai và 148 bé gái'], x: '164', y: '148', factor: '100', stated: '110,8', trap: 'boys per 100 girls.' }),
    quotient({ id: 'birth-rate', quote: ['tỷ suất sinh thô 10,96‰', 'có 312 trẻ được sinh ra', '28.460 nhân khẩu'], x: '312', y: '28.460', factor: '1000', stated: '10,96', trap: 'a rate per mille.' }),
    share({ id: 'third', quote: ['21 trẻ, chiếm 6,7% số trẻ sinh ra', 'có 312 trẻ được sinh ra'], x: '21', y: '312', stated: '6,7%' }),
    ratio({ id: 'budget', quote: ['đạt 87,2% dự toán', 'đã chi 1.612,4 triệu đồng', 'năm 2026 là 1,85 tỷ đồng'], x: '1.612,4 triệu đồng', y: '1,85 tỷ đồng', stated: '87,2%' }),
    difference({ id: 'budget-left', quote: ['còn lại 237,6 triệu đồng', 'năm 2026 là 1,85 tỷ đồng', 'đã chi 1.612,4 triệu đồng'], a: '1,85 tỷ đồng', b: '1.612,4 triệu đồng', stated: '237,6 triệu đồng' }),
    // II
    repeat({ id: 'summary-plan', quote: ['khám bệnh đạt 99,3% kế hoạch', 'đạt 99,3% kế hoạch năm'], values: ['99,3%', '99,3%'] }),
    repeat({ id: 'summary-full', quote: ['tỷ lệ tiêm chủng đầy đủ 96,1%', 'đạt 96,1% (chỉ tiêu'], values: ['96,1%', '96,1%'] }),
    share({ id: 'summary-elderly', quote: ['khám bệnh cho người cao tuổi chiếm 24,8% tổng lượt khám', 'người cao tuổi 4.980 lượt', 'lũy kế 11 tháng 21.836 lượt', 'khám bệnh 20.108 lượt'], x: '4.980', y: '21.836', stated: '24,8%', mistake: 'planted', original: 'khám bệnh cho người cao tuổi chiếm 22,8% tổng lượt khám', note: 'Class 2: the visits are in I.1; 4.980/21.836 = 22,81%; 24,8% divides by footnote 2\'s 20.108 visits of 2025.' }),
    share({ id: 'summary-referrals', quote: ['tỷ lệ chuyển tuyến 3,5%', 'Chuyển tuyến 612 lượt', 'lũy kế 11 tháng 21.836 lượt', 'khám bảo hiểm y tế 17.284 lượt'], x: '612', y: '21.836', stated: '3,5%', mistake: 'planted', original: 'tỷ lệ chuyển tuyến 2,8%', note: 'Class 2: the referrals and visits are in I.1; 612/21.836 = 2,80%, as I.1 says; 3,5% divides by the 17.284 insured visits.' }),
    repeat({ id: 'summary-payment', quote: ['kinh phí bảo hiểm y tế thanh toán 2,846 tỷ đồng', 'được thanh toán 2.846 triệu đồng'], values: ['2.846 triệu đồng', '2,846 tỷ đồng'], kind: 'unit', trap: 'the payment restated in tỷ, agreeing.' }),
    share({ id: 'weak-uninsured', quote: ['còn 6,4% dân số chưa tham gia', 'còn 1.821 người chưa tham gia', '28.460 nhân khẩu'], x: '1.821', y: '28.460', stated: '6,4%' }),
    contradiction({ id: 'reaction', quote: ['có 01 trường hợp trẻ bị phản ứng nặng sau tiêm chủng', 'không xảy ra tai biến nặng sau tiêm chủng'], stated: '01 trường hợp', expected: 'none (I.2)', consistent: false, reason: 'Section I.2 says no severe reaction followed vaccination; the weaknesses count a child referred after one.', mistake: 'planted', original: 'một số gia đình chưa đưa trẻ đi tiêm đúng lịch', note: 'Class 8: a count against a "none" statement.' }),
    contradiction({ id: 'hepb-weak', quote: ['sơ sinh còn thấp, chưa đạt 95%'], stated: 'chưa đạt 95%', expected: '91,2% < 95%', consistent: true, reason: 'The table\'s 91,2% is below 95%.', trap: 'a threshold beside a table\'s rate.' }),
    contradiction({ id: 'maternal', quote: ['Không có trường hợp tử vong mẹ'], stated: 'không', expected: 'none', consistent: true, reason: 'A "none" with nothing against it.', trap: 'a "none" no figure contradicts.' }),
    // III
    contradiction({ id: 'targets', quote: ['Phấn đấu khám bệnh 23.000 lượt; tỷ lệ tiêm chủng đầy đủ trên 96%'], stated: '23.000', expected: 'targets', consistent: true, reason: '2027\'s targets.', trap: 'targets beside this year\'s figures.' }),
  ],
});
