// Written for the corpus (batch Q2): UBND xã Đông Lâm Hạ (tỉnh Thanh Hóa; the commune is invented) to the
// provincial Sở Công Thương and Sở Y tế, markets, household businesses and food safety in quarter III of 2026,
// parts I - IV: four markets by class in parentheses and their stalls by market after "gồm", stalls let as X/Y,
// "100%" with no base; market fees with the lũy kế from a footnote and against the year's estimate; household
// businesses (the change since quarter II with its base in parentheses, the growth against 2025 whose base is
// only in a footnote, sector shares, the food businesses "trong đó" with their kinds after "gồm", pledges as
// X/Y with a whole percent); certificates with the lũy kế from a footnote and valid ones as X/Y; training
// (people per meeting); inspections (rounds, per round, growth against a footnote, a table of five kinds of
// establishment with checked, passed, in breach, pass rate and a total row), breaches in the text against
// the table, how they were handled, fines by kind after "gồm", the nine months' fines as a lũy kế, goods
// destroyed; quick tests with pass and fail shares; food poisoning "none" this quarter with one in March in a
// footnote; summary restating figures (households, inspections, the breach share, goods in tấn, the fee's
// share) and weaknesses (remainders; a poisoning dated in August); the next quarter's targets.
import { atLeast, change, contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-dong-lam-ha-cho-an-toan-thuc-pham-quy-3-2026.md',
  prefix: 'dlh',
  claims: [
    contradiction({ id: 'plan-doc', quote: ['Kế hoạch số 45/KH-UBND ngày 20/01/2026'], stated: '45', expected: 'a document', consistent: true, reason: 'A plan\'s number and date.', trap: 'numbers in a document\'s name.' }),
    // I.1
    sum({ id: 'markets', quote: ['Toàn xã hiện có 4 chợ', '(1 chợ hạng II và 3 chợ hạng III)'], parts: ['1', '3'], total: '4' }),
    contradiction({ id: 'market-class', quote: ['1 chợ hạng II và'], stated: 'hạng II', expected: 'a market\'s class', consistent: true, reason: 'Hạng II and hạng III are classes of markets, not counts.', trap: 'numbers in names (Roman numerals of a class).' }),
    sum({ id: 'stalls', quote: ['tổng số 512 điểm kinh doanh cố định', 'gồm: chợ Đông Lâm 236 điểm, chợ Lâm Hạ 118 điểm, chợ Phố Mới 96 điểm và chợ Bến Đò 62 điểm'], parts: ['236', '118', '96', '62'], total: '512' }),
    ratio({ id: 'stalls-let', quote: ['đạt 93,9%', '481/512 điểm kinh doanh có người thuê'], x: '481', y: '512', stated: '93,9%' }),
    contradiction({ id: 'markets-all', quote: ['100% chợ đã thành lập tổ tự quản'], stated: '100%', expected: 'all four markets', consistent: true, reason: 'All of the four markets; no count against it.', trap: '"100%" with no base.' }),
    cumulative({ id: 'fee-9m', quote: ['lũy kế 9 tháng đạt 541,2 triệu đồng', '364,8 triệu đồng', 'trong quý III đạt 186,4 triệu đồng'], previous: '364,8', period: '186,4', stated: '541,2', mistake: 'planted', original: 'lũy kế 9 tháng đạt 551,2 triệu đồng', note: 'Class 6: footnote 1\'s 364,8 triệu plus the quarter\'s 186,4 triệu is 551,2, not 541,2.' }),
    ratio({ id: 'fee-plan', quote: ['bằng 72,2% dự toán năm (750 triệu đồng)', 'lũy kế 9 tháng đạt 541,2 triệu đồng'], x: '541,2', y: '750', stated: '72,2%', note: 'Agrees with the lũy kế as written (541,2); with the right 551,2 it would be 73,5%.' }),
    // I.2
    difference({ id: 'hh-q2', quote: ['tăng 57 hộ so với cuối quý II (1.191 hộ)', 'toàn xã có 1.248 hộ kinh doanh cá thể'], a: '1.248', b: '1.191', stated: '57' }),
    change({ id: 'hh-growth', quote: ['tăng 4,8% so với cùng kỳ năm 2025', 'toàn xã có 1.248 hộ kinh doanh cá thể', 'toàn xã có 1.176 hộ kinh doanh cá thể'], x: '1.248', base: '1.176', stated: '4,8%', direction: 'tăng', mistake: 'planted', original: 'tăng 6,1% so với cùng kỳ năm 2025', note: 'Class 1: the base of the same period of 2025 is only in footnote 2; 72/1.176 = 6,1%; 4,8% is the growth over quarter II (57/1.191).' }),
    sum({ id: 'sectors', quote: ['thương mại 52,4%, dịch vụ ăn uống, lưu trú 18,6%, dịch vụ khác 16,3%, sản xuất, tiểu thủ công nghiệp 13,7%'], parts: ['52,4%', '18,6%', '16,3%', '13,7%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'sản xuất, tiểu thủ công nghiệp 12,7%', note: 'Class 3: the four sectors\' shares add to 101,0%.' }),
    share({ id: 'food-share', quote: ['chiếm 30,9% tổng số hộ kinh doanh', 'hộ kinh doanh thực phẩm 386 hộ', 'toàn xã có 1.248 hộ kinh doanh cá thể'], x: '386', y: '1.248', stated: '30,9%' }),
    sum({ id: 'food-kinds', quote: ['hộ kinh doanh thực phẩm 386 hộ', 'gồm: kinh doanh thực phẩm tươi sống 164 hộ, dịch vụ ăn uống 138 hộ, kinh doanh thực phẩm bao gói sẵn 84 hộ'], parts: ['164', '138', '84'], total: '386' }),
    ratio({ id: 'pledges', quote: ['Đã có 342/386 hộ ký cam kết bảo đảm an toàn thực phẩm, đạt 88%'], x: '342', y: '386', stated: '88%', mistake: 'planted', original: 'đạt 89%', note: 'Class 7: 342/386 = 88,6%, which is 89% written whole; 88% truncates.' }),
    cumulative({ id: 'certs-9m', quote: ['lũy kế 9 tháng cấp 21 giấy', '6 tháng đầu năm 2026 cấp 12 giấy chứng nhận', 'cấp mới 9 giấy chứng nhận'], previous: '12', period: '9', stated: '21', note: 'The six months\' figure is only in footnote 3.' }),
    ratio({ id: 'certs-valid', quote: ['hiện có 23/27 cơ sở có giấy chứng nhận còn hiệu lực, đạt 85%'], x: '23', y: '27', stated: '85%', trap: 'a whole percent of X/Y rounded correctly (85,19 → 85).' }),
    difference({ id: 'certs-left', quote: ['Còn 4 cơ sở sản xuất, chế biến chưa có giấy chứng nhận', 'hiện có 23/27 cơ sở'], a: '27', b: '23', stated: '4', trap: 'a remainder of X/Y.' }),
    // II.1
    quotient({ id: 'per-meeting', quote: ['bình quân 70 người/hội nghị', 'với 420 lượt người tham dự', 'Tổ chức 6 hội nghị tuyên truyền'], x: '420', y: '6', stated: '70', trap: 'people per meeting.' }),
    contradiction({ id: 'kitchens-all', quote: ['100% bếp ăn tập thể trường học được hướng dẫn'], stated: '100%', expected: 'a rate', consistent: true, reason: 'No count of school kitchens is given.', trap: '"100%" with no base.' }),
    // II.2
    quotient({ id: 'per-round', quote: ['bình quân 75 cơ sở/đợt', 'kiểm tra 225 lượt cơ sở, bình quân', 'tổ chức 3 đợt kiểm tra'], x: '225', y: '3', stated: '75', trap: 'establishments per round.' }),
    contradiction({ id: 'mid-autumn', quote: ['(trong đó 1 đợt cao điểm dịp Tết Trung thu, từ ngày 01/9 đến 30/9/2026)'], stated: '01/9 đến 30/9/2026', expected: 'dates', consistent: true, reason: 'The dates of the peak round, one of the three.', trap: 'numbers in dates.' }),
    change({ id: 'inspect-growth', quote: ['tăng 13,6% so với cùng kỳ năm trước', 'kiểm tra 225 lượt cơ sở, bình quân', 'Quý III năm 2025 kiểm tra 198 lượt cơ sở'], x: '225', base: '198', stated: '13,6%', direction: 'tăng', note: 'The base is only in footnote 4.' }),
    sum({ id: 't-checked', quote: ['kiểm tra 225 lượt cơ sở, bình quân', 'Tổng cộng'], parts: ['18', '96', '64', '12', '35'], total: '225', kind: 'cross_total' }),
    sum({ id: 't-passed', quote: ['Số cơ sở đạt yêu cầu là 191 cơ sở', 'Tổng cộng'], parts: ['15', '84', '53', '12', '27'], total: '191', kind: 'cross_total' }),
    sum({ id: 't-breach', quote: ['Đã xử lý toàn bộ 34 cơ sở vi phạm', 'Tổng cộng'], parts: ['3', '12', '11', '0', '8'], total: '34', kind: 'cross_total' }),
    ratio({ id: 't-rate-1', quote: ['83,3', 'Sản xuất, chế biến thực phẩm'], x: '15', y: '18', stated: '83,3' }),
    ratio({ id: 't-rate-2', quote: ['87,5', 'Kinh doanh thực phẩm'], x: '84', y: '96', stated: '87,5' }),
    ratio({ id: 't-rate-3', quote: ['82,8', 'Dịch vụ ăn uống'], x: '53', y: '64', stated: '82,8' }),
    ratio({ id: 'street-food', quote: ['Thức ăn đường phố có tỷ lệ đạt thấp nhất (77,1%)'], x: '27', y: '35', stated: '77,1%', note: 'The weaknesses restate the table\'s row (27 of 35).' }),
    share({ id: 'pass-rate', quote: ['chiếm 84,9% số cơ sở được kiểm tra', 'Số cơ sở đạt yêu cầu là 191 cơ sở', 'kiểm tra 225 lượt cơ sở, bình quân'], x: '191', y: '225', stated: '84,9%' }),
    repeat({ id: 'breach-text', quote: ['phát hiện 43 cơ sở vi phạm', 'Đã xử lý toàn bộ 34 cơ sở vi phạm'], values: ['34', '43'], mistake: 'planted', original: 'phát hiện 34 cơ sở vi phạm', note: 'Class 5: the text swaps two digits of the table\'s total of 34 establishments in breach (225 − 191 = 34), restated as 34 in the next paragraph.' }),
    sum({ id: 'handled', quote: ['Đã xử lý toàn bộ 34 cơ sở vi phạm', 'nhắc nhở, yêu cầu cam kết khắc phục 22 cơ sở, xử phạt vi phạm hành chính 12 cơ sở'], parts: ['22', '12'], total: '34' }),
    contradiction({ id: 'decree', quote: ['Nghị định số 115/2018/NĐ-CP'], stated: '115/2018', expected: 'a decree', consistent: true, reason: 'A decree\'s number and year.', trap: 'numbers in a document\'s name.' }),
    sum({ id: 'fines', quote: ['Tổng số tiền phạt 46,5 triệu đồng', 'phạt 3 cơ sở sản xuất, chế biến 18 triệu đồng, 5 cơ sở kinh doanh thực phẩm 16,5 triệu đồng và 4 cơ sở dịch vụ ăn uống 14 triệu đồng'], parts: ['18 triệu đồng', '16,5 triệu đồng', '14 triệu đồng'], total: '46,5 triệu đồng', mistake: 'planted', original: '4 cơ sở dịch vụ ăn uống 12 triệu đồng', note: 'Class 4: the fines by kind add to 48,5 triệu, not 46,5.' }),
    sum({ id: 'fined-count', quote: ['xử phạt vi phạm hành chính 12 cơ sở theo', 'phạt 3 cơ sở sản xuất, chế biến', '5 cơ sở kinh doanh thực phẩm 16,5', '4 cơ sở dịch vụ ăn uống 14'], parts: ['3', '5', '4'], total: '12' }),
    atLeast({ id: 'fined-9m', quote: ['Lũy kế 9 tháng, xử phạt vi phạm hành chính 10 cơ sở', 'xử phạt vi phạm hành chính 12 cơ sở theo'], big: '10', small: '12', kind: 'cumulative', mistake: 'planted', original: 'Lũy kế 9 tháng, xử phạt vi phạm hành chính 19 cơ sở', note: 'Class 6: the nine months\' lũy kế (10, a stale figure) is below the quarter\'s 12.' }),
    atLeast({ id: 'fines-9m', quote: ['với tổng số tiền 71,5 triệu đồng', 'Tổng số tiền phạt 46,5 triệu đồng'], big: '71,5 triệu đồng', small: '46,5 triệu đồng', kind: 'cumulative' }),
    sum({ id: 'destroyed', quote: ['Buộc tiêu hủy 126 kg', '(trong đó 84 kg thịt gia cầm đông lạnh và 42 kg bánh trung thu)'], parts: ['84 kg', '42 kg'], total: '126 kg' }),
    // II.3
    sum({ id: 'samples', quote: ['lấy 48 mẫu thực phẩm', 'trong đó 45 mẫu đạt', '3 mẫu không đạt'], parts: ['45', '3'], total: '48' }),
    share({ id: 'samples-pass', quote: ['chiếm 93,8%', 'trong đó 45 mẫu đạt', 'lấy 48 mẫu thực phẩm'], x: '45', y: '48', stated: '93,8%', trap: 'a percent rounded half-up (93,75 → 93,8).' }),
    share({ id: 'samples-fail', quote: ['(chiếm 6,3%)', '3 mẫu không đạt', 'lấy 48 mẫu thực phẩm'], x: '3', y: '48', stated: '6,3%', trap: 'a percent rounded half-up (6,25 → 6,3).' }),
    contradiction({ id: 'no-fake', quote: ['Không phát hiện trường hợp nào kinh doanh thực phẩm giả'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts fake food.', trap: 'a "none" with nothing against it.' }),
    // II.4
    contradiction({ id: 'poison-9m', quote: ['Lũy kế 9 tháng năm 2026 toàn xã xảy ra 1 vụ ngộ độc thực phẩm với 9 người mắc'], stated: '1 vụ', expected: 'one, in March (footnote 5)', consistent: true, reason: 'The one case of the nine months was on 14/3/2026 (footnote 5), outside quarter III, so it does not deny the quarter\'s "none".', trap: 'a count of another period beside a "none".' }),
    // III
    repeat({ id: 'summary-hh', quote: ['Toàn xã có 1.284 hộ kinh doanh', 'toàn xã có 1.248 hộ kinh doanh cá thể'], values: ['1.248', '1.284'], mistake: 'planted', original: 'Toàn xã có 1.248 hộ kinh doanh', note: 'Class 5: the summary swaps two digits of the 1.248 households in I.2.' }),
    repeat({ id: 'summary-inspect', quote: ['trong quý kiểm tra 225 lượt cơ sở', 'kiểm tra 225 lượt cơ sở, bình quân'], values: ['225', '225'] }),
    share({ id: 'summary-breach', quote: ['tỷ lệ cơ sở vi phạm chiếm 8,8% số cơ sở được kiểm tra', 'Đã xử lý toàn bộ 34 cơ sở vi phạm', 'kiểm tra 225 lượt cơ sở, bình quân', 'hộ kinh doanh thực phẩm 386 hộ'], x: '34', y: '225', stated: '8,8%', mistake: 'planted', original: 'tỷ lệ cơ sở vi phạm chiếm 15,1% số cơ sở được kiểm tra', note: 'Class 2: far from its base in II.2; 34/225 = 15,1%; 8,8% divides by the 386 food businesses of I.2.' }),
    repeat({ id: 'summary-destroyed', quote: ['tiêu hủy 0,126 tấn', 'Buộc tiêu hủy 126 kg'], values: ['126 kg', '0,126 tấn'], kind: 'unit', trap: 'goods destroyed restated in tấn, agreeing.' }),
    repeat({ id: 'summary-fee', quote: ['Thu phí chợ 9 tháng bằng 72,2% dự toán năm', 'bằng 72,2% dự toán năm (750 triệu đồng)'], values: ['72,2%', '72,2%'] }),
    difference({ id: 'stalls-empty', quote: ['31 điểm kinh doanh tại các chợ còn bỏ trống', '481/512 điểm kinh doanh có người thuê'], a: '512', b: '481', stated: '31', trap: 'a remainder of X/Y.' }),
    difference({ id: 'unpledged', quote: ['44 hộ kinh doanh thực phẩm chưa ký cam kết', '342/386 hộ ký cam kết'], a: '386', b: '342', stated: '44', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'poison-august', quote: ['Ngày 22/8/2026 xảy ra 1 vụ ngộ độc thực phẩm tại đám cưới ở thôn Lâm Hạ 2 làm 14 người phải đi cấp cứu', 'trên địa bàn xã không xảy ra vụ ngộ độc thực phẩm nào'], stated: '1 vụ (14 người)', expected: 'none in quarter III (II.4)', consistent: false, reason: 'Section II.4 says no food poisoning happened in quarter III; the weaknesses count one on 22/8/2026, inside the quarter (and the nine months\' lũy kế counts only March\'s).', mistake: 'planted', original: 'Nguy cơ ngộ độc thực phẩm tại các đám cưới, đám giỗ ở khu dân cư còn cao', note: 'Class 8: a count against a "none" statement.' }),
    // IV
    contradiction({ id: 'target-samples', quote: ['tỷ lệ mẫu xét nghiệm nhanh đạt trên 95%'], stated: 'trên 95%', expected: 'a target', consistent: true, reason: 'Next quarter\'s target, beside this quarter\'s 93,8%.', trap: 'a threshold next to a rate.' }),
    contradiction({ id: 'target-inspect', quote: ['kiểm tra ít nhất 150 lượt cơ sở trong đợt cao điểm Tết Nguyên đán Đinh Mùi năm 2027'], stated: 'ít nhất 150', expected: 'a target', consistent: true, reason: 'A target for the Tết round.', trap: 'a target and a year in a name.' }),
  ],
});
