// Written for the corpus (batch S2): UBND xã Hải Thịnh Nam (tỉnh Ninh Bình, coastal; the commune is invented)
// to the provincial UBND and Sở Nông nghiệp và Môi trường, fisheries and salt production in the first nine months
// of 2026, in "Phần thứ nhất" (I - IV) and "Phần thứ hai": a table of fishing boats by length group (boats,
// horsepower, crew, catch of nine months, total row) with the text's totals and crew per boat, boats of 6 m and
// over as a sum of rows, licences as X/Y with a whole percent, boats under VMS as X/Y with the groups in
// parentheses and a group's own X/Y in parentheses, the province's 100% beside it; teams at sea per team and a
// whole share, the gear shares; the catch against the plan in the sentence before, quarter III against
// quarter III of 2025 in parentheses, the lũy kế from a footnote, the growth against 2025 only in a footnote,
// species with shares in parentheses, a group's catch in the text against the table, catch per boat, the value
// against a plan in tỷ in parentheses; a "none" of IUU violations and a count of another kind beside it;
// aquaculture area after "gồm" with a subset, output against a plan in a footnote and 2025 in parentheses, by
// species with yields per ha, the total aquatic output; salt area per household in m², the clean-salt share,
// quarter III and the lũy kế from a footnote, against the plan and 2025 in parentheses, yield, output × price
// = revenue, the total value; summary restating figures (the catch, the offshore share, value in tỷ) and
// weaknesses (a boat fined in July, remainders); targets for quarter IV with the plan's remainder.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-hai-thinh-nam-thuy-san-diem-nghiep-9-thang-2026.md',
  prefix: 'htn',
  claims: [
    contradiction({ id: 'cong-van', quote: ['Công văn số 2147/SNNMT-TSKN ngày 18/9/2026'], stated: '2147', expected: 'a document', consistent: true, reason: 'A letter\'s number and date.', trap: 'numbers in a document\'s name.' }),
    // I.1 fleet
    sum({ id: 't-boats', quote: ['toàn xã có 309 tàu cá đã đăng ký', 'Tổng cộng'], parts: ['46', '138', '57', '52', '16'], total: '309', kind: 'cross_total' }),
    sum({ id: 't-power', quote: ['tổng công suất 50.410 CV', 'Tổng cộng'], parts: ['690', '6.210', '8.550', '21.840', '13.120'], total: '50.410', kind: 'cross_total' }),
    sum({ id: 't-crew', quote: ['là 1.432 người', 'Tổng cộng', 'Từ 15 m đến dưới 24 m', '| 50.410 | 1.432 |'], parts: ['74', '412', '286', '486', '192'], total: '1.432', kind: 'cross_total', mistake: 'planted', original: '| Từ 15 m đến dưới 24 m | 52 | 21.840 | 468 | 3.962 |', note: 'Class 4: the crew by length group add to 1.450, not the total row\'s 1.432 (which the text repeats); the group of 15 - 24 m has 468 written 486.' }),
    sum({ id: 't-catch', quote: ['sản lượng khai thác đạt 10.717 tấn', 'Tổng cộng'], parts: ['318', '2.146', '1.874', '3.962', '2.417'], total: '10.717', kind: 'cross_total' }),
    quotient({ id: 'crew-per-boat', quote: ['bình quân 4,6 lao động/tàu', 'là 1.432 người', 'toàn xã có 309 tàu cá'], x: '1.432', y: '309', stated: '4,6', trap: 'crew per boat from the table\'s totals (4,63 → 4,6).' }),
    sum({ id: 'boats-6m', quote: ['Số tàu có chiều dài từ 6 m trở lên là 263 chiếc', 'Từ 6 m đến dưới 12 m', 'Từ 12 m đến dưới 15 m', 'Từ 15 m đến dưới 24 m', 'Từ 24 m trở lên'], parts: ['138', '57', '52', '16'], total: '263', note: 'The boats of 6 m and over are four rows of the table.' }),
    ratio({ id: 'licences', quote: ['trong đó 247 chiếc đã được cấp giấy phép khai thác thủy sản còn hiệu lực, đạt 93%', 'là 263 chiếc'], x: '247', y: '263', stated: '93%', mistake: 'planted', original: 'còn hiệu lực, đạt 94%', note: 'Class 7: 247/263 = 93,92%, which is 94% written whole; 93% truncates.' }),
    sum({ id: 'vms-groups', quote: ['là 68 chiếc (52 chiếc từ 15 m đến dưới 24 m và 16 chiếc từ 24 m trở lên)'], parts: ['52', '16'], total: '68' }),
    ratio({ id: 'vms', quote: ['đạt 97,1% (nhóm', 'đã có 66/68 tàu lắp đặt thiết bị'], x: '66', y: '68', stated: '97,1%' }),
    ratio({ id: 'vms-24m', quote: ['16/16 chiếc, đạt 100%'], x: '16', y: '16', stated: '100%', trap: 'a percent in parentheses that belongs to another X/Y (the group of 24 m and over), beside 97,1% of 66/68.' }),
    contradiction({ id: 'vms-target', quote: ['chưa đạt chỉ tiêu 100% tàu thuộc diện phải lắp đặt'], stated: '100%', expected: 'a target', consistent: true, reason: 'The province\'s target, beside the 97,1% reached; the text says it is not yet met.', trap: 'a threshold next to a rate.' }),
    quotient({ id: 'boats-per-team', quote: ['bình quân 7,5 tàu/tổ', 'Toàn xã duy trì 32 tổ đoàn kết sản xuất trên biển với 241 tàu tham gia'], x: '241', y: '32', stated: '7,5', trap: 'boats per team (7,53 → 7,5).' }),
    share({ id: 'teams-share', quote: ['chiếm 78% tổng số tàu cá của xã', 'với 241 tàu tham gia', 'toàn xã có 309 tàu cá'], x: '241', y: '309', stated: '78%', trap: 'a whole percent rounded up correctly (77,99 → 78), which a truncation would write 77.' }),
    sum({ id: 'gear-shares', quote: ['tàu làm nghề lưới rê chiếm 41,4%, lưới kéo 28,5%, nghề câu 12,6%, các nghề khác (lồng bẫy, chụp mực, vây) 18,5% tổng số tàu'], parts: ['41,4%', '28,5%', '12,6%', '18,5%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'các nghề khác (lồng bẫy, chụp mực, vây) 17,5% tổng số tàu', note: 'Class 3: the four gears\' shares add to 101,0%.' }),
    // I.2 catch
    ratio({ id: 'catch-plan', quote: ['bằng 73,9% kế hoạch năm, tăng', 'sản lượng khai thác đạt 10.717 tấn', 'Kế hoạch năm 2026 giao sản lượng khai thác thủy sản 14.500 tấn'], x: '10.717', y: '14.500', stated: '73,9%', note: 'The plan is in the paragraph\'s first sentence.' }),
    change({ id: 'q3-change', quote: ['tăng 3,6% so với quý III năm 2025 (3.712 tấn)', 'khai thác được 3.846 tấn'], x: '3.846', base: '3.712', stated: '3,6%', direction: 'tăng', trap: 'a change of the quarter against the same quarter of 2025, beside the nine months\' change against 2025.' }),
    contradiction({ id: 'september', quote: ['riêng tháng 9 chỉ đạt 1.126 tấn'], stated: '1.126 tấn', expected: 'a part of the quarter', consistent: true, reason: 'September\'s catch is one month of quarter III\'s 3.846 tấn, no part list to add up.', trap: 'a same-named figure of another span (a month inside the quarter).' }),
    cumulative({ id: 'catch-9m', quote: ['sản lượng khai thác đạt 10.717 tấn', 'Sản lượng khai thác 6 tháng đầu năm 2026: 6.871 tấn', 'khai thác được 3.846 tấn'], previous: '6.871', period: '3.846', stated: '10.717', note: 'The six months\' figure is only in footnote 1.' }),
    change({ id: 'catch-growth', quote: ['tăng 5,8% so với cùng kỳ năm trước', 'sản lượng khai thác đạt 10.717 tấn', 'Sản lượng khai thác thủy sản 9 tháng năm 2025: 10.126 tấn'], x: '10.717', base: '10.126', stated: '5,8%', direction: 'tăng', note: 'The base of 2025 is only in footnote 2.' }),
    sum({ id: 'species', quote: ['sản lượng khai thác đạt 10.717 tấn', 'cá các loại 7.962 tấn (74,3%), tôm 1.108 tấn (10,3%), mực 1.014 tấn (9,5%), hải sản khác 633 tấn (5,9%)'], parts: ['7.962', '1.108', '1.014', '633'], total: '10.717' }),
    share({ id: 'fish-share', quote: ['7.962 tấn (74,3%)', 'sản lượng khai thác đạt 10.717 tấn'], x: '7.962', y: '10.717', stated: '74,3%' }),
    share({ id: 'shrimp-share', quote: ['1.108 tấn (10,3%)', 'sản lượng khai thác đạt 10.717 tấn'], x: '1.108', y: '10.717', stated: '10,3%' }),
    share({ id: 'squid-share', quote: ['1.014 tấn (9,5%)', 'sản lượng khai thác đạt 10.717 tấn'], x: '1.014', y: '10.717', stated: '9,5%' }),
    share({ id: 'other-share', quote: ['633 tấn (5,9%)', 'sản lượng khai thác đạt 10.717 tấn'], x: '633', y: '10.717', stated: '5,9%' }),
    sum({ id: 'species-shares', quote: ['(74,3%), tôm 1.108 tấn (10,3%), mực 1.014 tấn (9,5%), hải sản khác 633 tấn (5,9%)'], parts: ['74,3%', '10,3%', '9,5%', '5,9%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    repeat({ id: 'group-text', quote: ['nhóm từ 15 m đến dưới 24 m đạt 3.926 tấn', '3.962'], values: ['3.962', '3.926'], mistake: 'planted', original: 'nhóm từ 15 m đến dưới 24 m đạt 3.962 tấn', note: 'Class 5: the text swaps two digits of the table\'s 3.962 tấn for the group of 15 - 24 m.' }),
    repeat({ id: 'group-24m-text', quote: ['nhóm từ 24 m trở lên đạt 2.417 tấn', 'Từ 24 m trở lên'], values: ['2.417', '2.417'] }),
    quotient({ id: 'catch-per-boat', quote: ['khai thác được 93,8 tấn trong 9 tháng', '3.962', 'Từ 24 m trở lên', 'là 68 chiếc'], x: '3.962 + 2.417', y: '68', stated: '93,8', trap: 'catch per boat of 15 m and over from the table\'s rows (6.379/68 = 93,81).' }),
    ratio({ id: 'value-plan', quote: ['bằng 79,1% kế hoạch năm (415 tỷ đồng)', 'Giá trị sản xuất khai thác 9 tháng ước đạt 298.460 triệu đồng'], x: '298.460 triệu đồng', y: '415 tỷ đồng', stated: '79,1%', mistake: 'planted', original: 'bằng 71,9% kế hoạch năm (415 tỷ đồng)', note: 'Class 1: the plan is in parentheses in tỷ; 298.460 triệu of 415.000 triệu is 71,9%, its digits swapped.' }),
    // I.3 IUU
    contradiction({ id: 'marked-all', quote: ['100% tàu cá đang hoạt động được đánh dấu'], stated: '100%', expected: 'all boats', consistent: true, reason: 'All of the boats at work; no count against it.', trap: '"100%" with no base.' }),
    contradiction({ id: 'breakdowns', quote: ['Trong kỳ có 3 tàu cá bị hỏng máy', 'không có tàu cá, ngư dân của xã bị nước ngoài bắt giữ'], stated: '3 tàu hỏng máy', expected: 'another kind', consistent: true, reason: 'Breakdowns at sea are no IUU violation and no arrest abroad.', trap: 'a count of another kind beside a "none" statement.' }),
    // II aquaculture
    sum({ id: 'aqua-area', quote: ['Tổng diện tích nuôi trồng thủy sản toàn xã là 486,5 ha', 'gồm nuôi ngao vùng bãi triều ven biển 312,0 ha, nuôi tôm thẻ chân trắng và tôm sú 118,6 ha, nuôi cá nước lợ và nuôi kết hợp 59,5 ha'], parts: ['312,0', '118,6', '59,5'], total: '486,5', mistake: 'planted', original: 'nuôi cá nước lợ và nuôi kết hợp 55,9 ha', note: 'Class 4: the three kinds of farming add to 490,1 ha, not 486,5.' }),
    atLeast({ id: 'greenhouse', quote: ['Riêng diện tích nuôi tôm thâm canh trong nhà màng, nhà lưới đạt 24,3 ha', 'nuôi tôm thẻ chân trắng và tôm sú 118,6 ha'], big: '118,6', small: '24,3', trap: 'a subset of the shrimp area, not a fourth part of the total.' }),
    contradiction({ id: 'aqua-plan-doc', quote: ['Quyết định số 25/QĐ-UBND ngày 14/01/2026'], stated: '25', expected: 'a document', consistent: true, reason: 'A decision\'s number and date.', trap: 'numbers in a document\'s name.' }),
    ratio({ id: 'aqua-plan', quote: ['bằng 76,2% kế hoạch năm', 'Sản lượng nuôi trồng 9 tháng đạt 6.248 tấn', 'nuôi trồng thủy sản năm 2026 là 8.200 tấn'], x: '6.248', y: '8.200', stated: '76,2%', note: 'The plan is only in footnote 3.' }),
    change({ id: 'aqua-growth', quote: ['tăng 4,1% so với cùng kỳ năm 2025 (6.002 tấn)', 'Sản lượng nuôi trồng 9 tháng đạt 6.248 tấn'], x: '6.248', base: '6.002', stated: '4,1%', direction: 'tăng' }),
    sum({ id: 'aqua-output', quote: ['Sản lượng nuôi trồng 9 tháng đạt 6.248 tấn', 'ngao thương phẩm 4.816 tấn', 'tôm các loại 862 tấn', 'cá và thủy sản khác 570 tấn'], parts: ['4.816', '862', '570'], total: '6.248' }),
    quotient({ id: 'clam-yield', quote: ['năng suất bình quân 15,4 tấn/ha', 'ngao thương phẩm 4.816 tấn', 'ven biển 312,0 ha'], x: '4.816', y: '312,0', stated: '15,4', trap: 'output ÷ area = yield (15,44 → 15,4).' }),
    quotient({ id: 'shrimp-yield', quote: ['năng suất bình quân 7,3 tấn/ha', 'tôm các loại 862 tấn', 'tôm sú 118,6 ha'], x: '862', y: '118,6', stated: '7,3', trap: 'output ÷ area = yield (7,27 → 7,3).' }),
    sum({ id: 'aquatic-total', quote: ['9 tháng năm 2026 của xã đạt 16.965 tấn', 'sản lượng khai thác đạt 10.717 tấn', 'Sản lượng nuôi trồng 9 tháng đạt 6.248 tấn'], parts: ['10.717', '6.248'], total: '16.965' }),
    // III salt
    quotient({ id: 'salt-per-household', quote: ['bình quân 2.858 m²/hộ', 'Toàn xã có 296 hộ diêm dân với diện tích sản xuất muối 84,6 ha'], x: '84,6', y: '296', factor: '10.000', stated: '2.858', trap: 'area per household, ha restated in m² (2.858,1 → 2.858).' }),
    share({ id: 'clean-salt', quote: ['là 21,4 ha, chiếm 25,3%', 'diện tích sản xuất muối 84,6 ha'], x: '21,4', y: '84,6', stated: '25,3%' }),
    cumulative({ id: 'salt-9m', quote: ['lũy kế 9 tháng đạt 6.318 tấn', 'Sản lượng muối 6 tháng đầu năm 2026 đạt 4.235 tấn', 'diêm dân sản xuất được 2.038 tấn muối'], previous: '4.235', period: '2.038', stated: '6.318', mistake: 'planted', original: 'diêm dân sản xuất được 2.083 tấn muối', note: 'Class 6: footnote 4\'s 4.235 tấn plus quarter III\'s 2.038 tấn is 6.273, not the lũy kế of 6.318; the quarter\'s 2.083 has two digits swapped.' }),
    ratio({ id: 'salt-plan', quote: ['bằng 84,2% kế hoạch năm (7.500 tấn)', 'lũy kế 9 tháng đạt 6.318 tấn'], x: '6.318', y: '7.500', stated: '84,2%' }),
    change({ id: 'salt-change', quote: ['giảm 3,6% so với cùng kỳ (6.554 tấn)', 'lũy kế 9 tháng đạt 6.318 tấn'], x: '6.318', base: '6.554', stated: '3,6%', direction: 'giảm' }),
    quotient({ id: 'salt-yield', quote: ['năng suất bình quân 74,7 tấn/ha', 'lũy kế 9 tháng đạt 6.318 tấn', 'diện tích sản xuất muối 84,6 ha'], x: '6.318', y: '84,6', stated: '74,7', trap: 'output ÷ area = yield (74,68 → 74,7).' }),
    contradiction({ id: 'salt-price-fall', quote: ['thấp hơn cùng kỳ khoảng 8%'], stated: '8%', expected: 'a rate', consistent: true, reason: 'No price of 2025 is given.', trap: 'a percent with no base.' }),
    product({ id: 'salt-revenue', quote: ['doanh thu từ sản xuất muối ước đạt 12.636 triệu đồng', 'lũy kế 9 tháng đạt 6.318 tấn', 'Giá muối bình quân tại ruộng 2.000 đồng/kg'], x: '6.318', y: '2.000', factor: '0,001', stated: '12.636 triệu đồng', trap: 'output × price, tấn × đồng/kg in triệu.' }),
    sum({ id: 'total-value', quote: ['Tổng giá trị sản xuất thủy sản và muối 9 tháng ước đạt 525.746 triệu đồng', 'ước đạt 298.460 triệu đồng', 'Giá trị sản xuất nuôi trồng ước đạt 214.650 triệu đồng', 'ước đạt 12.636 triệu đồng'], parts: ['298.460', '214.650', '12.636'], total: '525.746' }),
    // IV.1 summary
    repeat({ id: 'sum-catch', quote: ['Sản lượng khai thác đạt 10.717 tấn, bằng 73,9% kế hoạch', 'bằng 73,9% kế hoạch năm, tăng'], values: ['10.717', '10.717'] }),
    sum({ id: 'sum-offshore', quote: ['đội tàu từ 15 m trở lên khai thác 6.379 tấn', '3.962', 'Từ 24 m trở lên'], parts: ['3.962', '2.417'], total: '6.379', note: 'Agrees with the table\'s rows (not with the text\'s 3.926).' }),
    share({ id: 'sum-offshore-share', quote: ['chiếm 37,6% sản lượng khai thác toàn xã', 'đội tàu từ 15 m trở lên khai thác 6.379 tấn', 'sản lượng khai thác đạt 10.717 tấn', '9 tháng năm 2026 của xã đạt 16.965 tấn'], x: '6.379', y: '10.717', stated: '37,6%', mistake: 'planted', original: 'chiếm 59,5% sản lượng khai thác toàn xã', note: 'Class 2: a share far from its base and divided by the wrong whole; 6.379/10.717 = 59,5% of the catch; 37,6% divides by the 16.965 tấn of catch and aquaculture together (II).' }),
    repeat({ id: 'sum-aqua', quote: ['Sản lượng nuôi trồng đạt 6.248 tấn', 'Sản lượng nuôi trồng 9 tháng đạt 6.248 tấn'], values: ['6.248', '6.248'] }),
    repeat({ id: 'sum-salt', quote: ['sản lượng muối đạt 6.318 tấn', 'lũy kế 9 tháng đạt 6.318 tấn'], values: ['6.318', '6.318'] }),
    repeat({ id: 'sum-value', quote: ['Giá trị sản xuất khai thác ước đạt 289,5 tỷ đồng', 'Giá trị sản xuất khai thác 9 tháng ước đạt 298.460 triệu đồng'], values: ['298.460 triệu đồng', '289,5 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'Giá trị sản xuất khai thác ước đạt 298,5 tỷ đồng', note: 'Class 5: the summary, in tỷ, swaps two digits of the 298.460 triệu đồng of I.2 (298,5 tỷ).' }),
    repeat({ id: 'sum-salt-revenue', quote: ['doanh thu từ muối khoảng 12,6 tỷ đồng', 'doanh thu từ sản xuất muối ước đạt 12.636 triệu đồng'], values: ['12.636 triệu đồng', '12,6 tỷ đồng'], kind: 'unit', trap: 'revenue restated in tỷ, agreeing.' }),
    repeat({ id: 'sum-total-value', quote: ['tổng giá trị sản xuất thủy sản và muối ước đạt 525,7 tỷ đồng', 'ước đạt 525.746 triệu đồng'], values: ['525.746 triệu đồng', '525,7 tỷ đồng'], kind: 'unit', trap: 'the total value restated in tỷ, agreeing.' }),
    // IV.2 weaknesses
    contradiction({ id: 'iuu', quote: ['Vẫn còn 01 tàu cá (số đăng ký NB-91268-TS) bị xử phạt vi phạm hành chính trong tháng 7/2026', 'không có trường hợp tàu cá vi phạm quy định về chống khai thác IUU'], stated: '01 tàu bị xử phạt (tháng 7/2026)', expected: 'none (I.3)', consistent: false, reason: 'Section I.3 says no boat of the commune violated the anti-IUU rules in the nine months; the weaknesses count a boat fined in July for losing its VMS connection over 10 days without returning to port, an IUU violation inside the period.', mistake: 'planted', original: 'Vẫn còn 01 tàu cá (số đăng ký NB-91268-TS) bị nhắc nhở trong tháng 7/2026 do mất kết nối thiết bị giám sát hành trình quá 6 giờ chưa kịp báo cáo', note: 'Class 8: a count against a "none" statement.' }),
    contradiction({ id: 'reg-number', quote: ['NB-91268-TS'], stated: '91268', expected: 'a name', consistent: true, reason: 'A boat\'s registration number.', trap: 'a number in a name.' }),
    difference({ id: 'no-vms', quote: ['còn 2 tàu cá thuộc diện phải lắp thiết bị giám sát hành trình chưa lắp đặt', 'đã có 66/68 tàu'], a: '68', b: '66', stated: '2', trap: 'a remainder of X/Y.' }),
    difference({ id: 'no-licence', quote: ['Còn 16 tàu từ 6 m trở lên chưa được cấp giấy phép', 'là 263 chiếc, trong đó 247 chiếc'], a: '263', b: '247', stated: '16', trap: 'a remainder of X/Y (against the whole percent written wrong).' }),
    repeat({ id: 'clean-salt-weak', quote: ['diện tích muối sạch mới chiếm 25,3% diện tích sản xuất', 'là 21,4 ha, chiếm 25,3%'], values: ['25,3%', '25,3%'] }),
    // Phần thứ hai
    difference({ id: 'q4-needed', quote: ['quý IV cần khai thác thêm 3.783 tấn', 'đạt ít nhất 14.500 tấn', 'sản lượng khai thác đạt 10.717 tấn'], a: '14.500', b: '10.717', stated: '3.783', trap: 'the remainder of the year\'s plan.' }),
    contradiction({ id: 'targets', quote: ['sản lượng nuôi trồng đạt 8.200 tấn; sản lượng muối cả năm đạt trên 7.000 tấn', 'Bảo đảm 100% tàu cá thuộc diện phải lắp thiết bị giám sát hành trình'], stated: 'trên 7.000 tấn', expected: 'targets', consistent: true, reason: 'Targets for the year (the aquaculture plan of footnote 3, a salt target below the plan of 7.500 tấn, all boats under VMS), beside the nine months\' figures.', trap: 'targets next to figures.' }),
    contradiction({ id: 'dates', quote: ['duy trì kết nối 24/24 giờ', 'trước ngày 31/12/2026'], stated: '24/24', expected: 'a phrase and a date', consistent: true, reason: '"24/24 giờ" means round the clock and is no X/Y; a deadline\'s date.', trap: 'an X/Y-looking phrase and a date.' }),
  ],
});
