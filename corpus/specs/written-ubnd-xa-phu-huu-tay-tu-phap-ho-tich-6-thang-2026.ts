// Written for the corpus (batch K2): UBND xã Phú Hữu Tây (tỉnh An Giang; the commune is invented) to the
// provincial Sở Tư pháp, six months of 2026 (the justice sector's period from 01/12 to 31/5), justice,
// civil status and certification: legal documents issued and self-checked (X/Y, a "none"), documents of
// the former communes reviewed (parts after "gồm"), legal education (per session, X/Y of hamlets, a score
// with the previous year in parentheses, a date in a name), grassroots mediation (per team, overlapping
// women, cases as carried over + new, by kind with shares, by result, the success rate on the closed cases
// with the province's threshold, a fee per case), civil status (births against the same period only in the
// table, on time and late, by sex with the sex ratio at birth, the birth - residence - health insurance
// link written X/Y as a whole percent, deaths against the same period in parentheses, marriages with
// foreign marriages overlapping and their lũy kế since 01/7/2025 from a footnote, certificates of marital
// status against the table), a table by kind (TT column, same period, % that the text restates), online
// files as a share, certification (copies against the same period in a footnote, electronic copies as a
// share and a lũy kế from a footnote, signatures and contracts against the footnote, overlapping land
// contracts), forged papers against the summary's "none", fees that add, penalties; summary restating
// figures; tasks with a threshold.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-phu-huu-tay-tu-phap-ho-tich-6-thang-2026.md',
  prefix: 'pht',
  claims: [
    contradiction({ id: 'doc-number', quote: ['Công văn số 1256/STP-VP ngày 02/6/2026'], stated: '1256/STP-VP', expected: 'a document number', consistent: true, reason: 'The number and date of the department\'s letter.', trap: 'a document number written with a slash.' }),
    contradiction({ id: 'period-dates', quote: ['(kỳ số liệu từ ngày 01/12/2025 đến ngày 31/5/2026)'], stated: '01/12/2025', expected: 'dates', consistent: true, reason: 'The statistical period, not figures.', trap: 'dates written X/Y.' }),
    atLeast({ id: 'officers-law', quote: ['có 3 công chức, trong đó 2 công chức có trình độ cử nhân luật'], big: '3', small: '2' }),
    // II.1
    sum({ id: 'documents-issued', quote: ['tự kiểm tra 7/7 văn bản', 'ban hành 4 nghị quyết, Ủy ban nhân dân xã ban hành 3 quyết định'], parts: ['4', '3'], total: '7' }),
    contradiction({ id: 'documents-none', quote: ['không phát hiện văn bản trái pháp luật'], stated: 'không phát hiện', expected: 'none', consistent: true, reason: 'Nothing in the report counts an unlawful document.', trap: 'a "none" with nothing against it.' }),
    sum({ id: 'documents-reviewed', quote: ['rà soát 46 văn bản', 'gồm 22 nghị quyết của Hội đồng nhân dân và 26 quyết định của Ủy ban nhân dân'], parts: ['22', '26'], total: '46', mistake: 'planted', original: 'và 24 quyết định của Ủy ban nhân dân', note: 'Class 4: the two kinds after "gồm" add to 48, not 46.' }),
    atLeast({ id: 'documents-to-change', quote: ['rà soát 46 văn bản', 'đề nghị bãi bỏ 5 văn bản, sửa đổi, bổ sung 2 văn bản'], big: '46', small: '5 + 2' }),
    // II.2
    quotient({ id: 'per-session', quote: ['bình quân 83 người/cuộc', 'Tổ chức 58 cuộc tuyên truyền', 'với 4.826 lượt người tham dự'], x: '4.826', y: '58', stated: '83', trap: 'an average per session.' }),
    contradiction({ id: 'law-year', quote: ['Luật Đất đai năm 2024'], stated: '2024', expected: 'a year in a name', consistent: true, reason: 'The year of a law.', trap: 'a year in a name.' }),
    contradiction({ id: 'hamlets-x-of-y', quote: ['16/16 ấp duy trì tủ sách'], stated: '16/16', expected: 'all hamlets', consistent: true, reason: 'All hamlets, written X/Y.', trap: 'a count written X/Y.' }),
    contradiction({ id: 'score-2024', quote: ['với 92,5 điểm (năm 2024: 88 điểm)'], stated: '92,5', expected: 'a score; another year in parentheses', consistent: true, reason: 'A score against the previous year\'s, no change claimed.', trap: 'another year\'s figure in parentheses.' }),
    contradiction({ id: 'law-day', quote: ['Ngày Pháp luật Việt Nam (9/11)'], stated: '9/11', expected: 'a date', consistent: true, reason: 'The date of Vietnam Law Day, not a fraction.', trap: 'a date written X/Y.' }),
    // II.3
    quotient({ id: 'per-team', quote: ['bình quân 7 người/tổ', 'có 16 tổ hòa giải với 112 hòa giải viên'], x: '112', y: '16', stated: '7', trap: 'an average per team.' }),
    atLeast({ id: 'women-mediators', quote: ['trong đó 38 hòa giải viên là nữ', 'có 16 tổ hòa giải với 112 hòa giải viên'], big: '112', small: '38', trap: 'women after "trong đó": a subgroup, and the same 38 as the cases settled.' }),
    sum({ id: 'cases-sources', quote: ['tiếp nhận 47 vụ việc (kỳ trước chuyển sang 3 vụ, phát sinh mới 44 vụ)'], parts: ['3', '44'], total: '47' }),
    sum({ id: 'cases-by-kind', quote: ['tiếp nhận 47 vụ việc (', 'tranh chấp đất đai 18 vụ (38,3%), hôn nhân và gia đình 15 vụ (31,9%), dân sự 9 vụ (19,1%), lĩnh vực khác 5 vụ (10,6%)'], parts: ['18', '15', '9', '5'], total: '47' }),
    share({ id: 'land-share', quote: ['18 vụ (38,3%)', 'tiếp nhận 47 vụ việc ('], x: '18', y: '47', stated: '38,3%' }),
    share({ id: 'family-share', quote: ['15 vụ (31,9%)', 'tiếp nhận 47 vụ việc ('], x: '15', y: '47', stated: '31,9%' }),
    share({ id: 'civil-share', quote: ['9 vụ (19,1%)', 'tiếp nhận 47 vụ việc ('], x: '9', y: '47', stated: '19,1%' }),
    share({ id: 'other-share', quote: ['5 vụ (10,6%)', 'tiếp nhận 47 vụ việc ('], x: '5', y: '47', stated: '10,6%' }),
    sum({ id: 'kind-shares-100', quote: ['(38,3%)', '(31,9%)', '(19,1%)', '(10,6%)'], parts: ['38,3', '31,9', '19,1', '10,6'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    sum({ id: 'cases-by-result', quote: ['tiếp nhận 47 vụ việc (', 'hòa giải thành 38 vụ, hòa giải không thành 6 vụ', 'đang hòa giải 3 vụ'], parts: ['38', '6', '3'], total: '47' }),
    ratio({ id: 'success-rate', quote: ['đạt 86,4% trên số vụ việc đã kết thúc (chỉ tiêu tỉnh giao từ 85% trở lên)', 'hòa giải thành 38 vụ, hòa giải không thành 6 vụ'], x: '38', y: '38 + 6', stated: '86,4%', trap: 'the province\'s threshold in parentheses next to the rate; the base is the closed cases (44), the same number as the new cases.' }),
    product({ id: 'mediation-fee', quote: ['tổng số tiền 7,6 triệu đồng', 'mức 200.000 đồng/vụ việc hòa giải thành', 'hòa giải thành 38 vụ'], x: '38', y: '200.000', factor: '0,000001', stated: '7,6', trap: 'a fee per case times the cases.' }),
    contradiction({ id: 'mediation-none', quote: ['không có vụ việc sau hòa giải thành phát sinh thành án kiện'], stated: 'không có', expected: 'a "none" about another subject', consistent: true, reason: 'Lawsuits after mediation, not the 6 cases that failed.', trap: 'a "none" beside counts of another subject.' }),
    // II.4 a
    change({ id: 'births-same-period', quote: ['giảm 4,4% so với cùng kỳ; trong đó đăng ký đúng hạn', 'Đăng ký khai sinh cho 326 trường hợp', '341'], x: '326', base: '341', stated: '4,4%', direction: 'giảm', note: 'The same period only in the table.' }),
    sum({ id: 'births-on-time', quote: ['Đăng ký khai sinh cho 326 trường hợp', 'đăng ký đúng hạn 312 trường hợp, đăng ký quá hạn 14 trường hợp'], parts: ['312', '14'], total: '326' }),
    sum({ id: 'births-by-sex', quote: ['Đăng ký khai sinh cho 326 trường hợp', 'Trẻ nam 171 em, trẻ nữ 155 em'], parts: ['171', '155'], total: '326' }),
    quotient({ id: 'sex-ratio', quote: ['tỷ số giới tính khi sinh là 110,3 bé trai/100 bé gái', 'Trẻ nam 171 em, trẻ nữ 155 em'], x: '171', y: '155', factor: '100', stated: '110,3', trap: 'boys per 100 girls, not a percent.' }),
    ratio({ id: 'linked', quote: ['được 299/326 trường hợp, đạt 91%'], x: '299', y: '326', stated: '91%', mistake: 'planted', original: 'đạt 92%', note: 'Class 7: 299/326 = 91,72%, which is 92% written whole; 91% truncates.' }),
    // II.4 b
    change({ id: 'deaths-same-period', quote: ['tăng 8,5% so với cùng kỳ (130 trường hợp)', 'Đăng ký khai tử 142 trường hợp'], x: '142', base: '130', stated: '8,5%', direction: 'tăng', mistake: 'planted', original: 'tăng 9,2% so với cùng kỳ (130 trường hợp)', note: 'Class 1: the base is in parentheses after the percent; the increase of 12 was divided by the new 142 (8,45%) instead of 130 (9,23%).' }),
    sum({ id: 'deaths-on-time', quote: ['Đăng ký khai tử 142 trường hợp', 'trong đó đăng ký đúng hạn 129 trường hợp, quá hạn 13 trường hợp'], parts: ['129', '13'], total: '142' }),
    // II.4 c
    change({ id: 'marriages-same-period', quote: ['giảm 6,3% so với cùng kỳ; trong đó kết hôn', 'Đăng ký kết hôn cho 118 cặp', '126'], x: '118', base: '126', stated: '6,3%', direction: 'giảm' }),
    atLeast({ id: 'foreign-marriages', quote: ['trong đó kết hôn có yếu tố nước ngoài 6 cặp', 'Đăng ký kết hôn cho 118 cặp'], big: '118', small: '6', trap: 'a subgroup after "trong đó".' }),
    cumulative({ id: 'foreign-cumulative', quote: ['kết hôn có yếu tố nước ngoài cho 14 cặp', 'xã đăng ký kết hôn có yếu tố nước ngoài cho 8 cặp', 'trong đó kết hôn có yếu tố nước ngoài 6 cặp'], previous: '8', period: '6', stated: '14', note: 'Footnote 1 (01/7 - 30/11/2025) plus this period.' }),
    repeat({ id: 'marital-status', quote: ['Cấp giấy xác nhận tình trạng hôn nhân 247 trường hợp', '274'], values: ['274', '247'], mistake: 'planted', original: 'Cấp giấy xác nhận tình trạng hôn nhân 274 trường hợp', note: 'Class 5: the text gives 247, the table 274 (two digits swapped); the table\'s total 2.770 holds 274.' }),
    // II.4 d and the table
    repeat({ id: 't-births', quote: ['Khai sinh (trường hợp)', 'Đăng ký khai sinh cho 326 trường hợp'], values: ['326', '326'] }),
    repeat({ id: 't-deaths', quote: ['Khai tử (trường hợp)', 'tăng 8,5% so với cùng kỳ (130 trường hợp)'], values: ['130', '130'], note: 'The same period in the table against the parentheses of the text.' }),
    repeat({ id: 't-copies', quote: ['Cấp bản sao trích lục hộ tịch', 'cấp bản sao trích lục hộ tịch 1.864 bản'], values: ['1.864', '1.864'] }),
    sum({ id: 't-total', quote: ['Tổng số việc hộ tịch đã giải quyết là 2.770 việc', 'Tổng cộng', 'Khai sinh (trường hợp)', 'Khai tử (trường hợp)', 'Kết hôn (cặp)', '274', 'Nhận cha, mẹ, con', 'Thay đổi, cải chính, bổ sung thông tin hộ tịch', 'Cấp bản sao trích lục hộ tịch'], parts: ['326', '142', '118', '274', '9', '37', '1.864'], total: '2.770', note: 'The table\'s rows against its total row and the text.' }),
    sum({ id: 't-total-same-period', quote: ['2.609', '341', '126', '249', '1.712'], parts: ['341', '130', '126', '249', '7', '44', '1.712'], total: '2.609' }),
    ratio({ id: 't-births-pct', quote: ['95,6', '341'], x: '326', y: '341', stated: '95,6' }),
    ratio({ id: 't-deaths-pct', quote: ['109,2', 'Khai tử (trường hợp)'], x: '142', y: '130', stated: '109,2' }),
    ratio({ id: 't-marriages-pct', quote: ['93,7', '126'], x: '118', y: '126', stated: '93,7' }),
    ratio({ id: 't-status-pct', quote: ['110,0', '274', '249'], x: '274', y: '249', stated: '110,0' }),
    ratio({ id: 't-parent-pct', quote: ['128,6', 'Nhận cha, mẹ, con'], x: '9', y: '7', stated: '128,6' }),
    ratio({ id: 't-change-pct', quote: ['84,1', 'Thay đổi, cải chính, bổ sung thông tin hộ tịch'], x: '37', y: '44', stated: '84,1' }),
    ratio({ id: 't-extract-pct', quote: ['108,9', '1.712'], x: '1.864', y: '1.712', stated: '108,9' }),
    ratio({ id: 't-total-pct', quote: ['106,2', '2.609', 'Tổng cộng'], x: '2.770', y: '2.609', stated: '106,2' }),
    contradiction({ id: 't-tt', quote: ['Loại việc'], stated: 'TT', expected: 'row numbers', consistent: true, reason: 'The TT column numbers the rows 1 to 7.', trap: 'row numbers in a table.' }),
    change({ id: 'total-same-period', quote: ['tăng 6,2% so với cùng kỳ, 100% hồ sơ', 'Tổng số việc hộ tịch đã giải quyết là 2.770 việc', '2.609'], x: '2.770', base: '2.609', stated: '6,2%', direction: 'tăng' }),
    contradiction({ id: 'on-time-vs-late', quote: ['100% hồ sơ trả kết quả đúng hoặc trước hạn', 'đăng ký quá hạn 14 trường hợp'], stated: '100% đúng hoặc trước hạn', expected: 'processing on time; registration late is the citizen\'s', consistent: true, reason: 'Files returned on time by the office, while "quá hạn" registrations are births and deaths declared after the legal time limit.', trap: 'on time and late about two different things.' }),
    share({ id: 'online-share', quote: ['chiếm 82,3% tổng số việc hộ tịch', 'tiếp nhận trực tuyến 2.146 hồ sơ', 'Tổng số việc hộ tịch đã giải quyết là 2.770 việc', '2.609'], x: '2.146', y: '2.770', stated: '82,3%', mistake: 'planted', original: 'chiếm 77,5% tổng số việc hộ tịch', note: 'Class 3: the share is taken of the same period\'s 2.609 (82,25%) instead of this period\'s 2.770 (77,47%).' }),
    ratio({ id: 'online-full', quote: ['hồ sơ trực tuyến toàn trình 1.683 hồ sơ (78%)', 'tiếp nhận trực tuyến 2.146 hồ sơ'], x: '1.683', y: '2.146', stated: '78%' }),
    // II.5
    change({ id: 'copies-same-period', quote: ['tăng 4,9% so với cùng kỳ', 'Chứng thực bản sao từ bản chính 12.486 bản', 'chứng thực bản sao từ bản chính 11.902 bản'], x: '12.486', base: '11.902', stated: '4,9%', direction: 'tăng' }),
    share({ id: 'e-copies-share', quote: ['chiếm 25,7% tổng số bản sao đã chứng thực', 'chứng thực bản sao điện tử từ bản chính 3.214 bản', 'Chứng thực bản sao từ bản chính 12.486 bản'], x: '3.214', y: '12.486', stated: '25,7%' }),
    cumulative({ id: 'e-copies-cumulative', quote: ['đến nay được 7.582 bản', 'Lũy kế chứng thực bản sao điện tử đến ngày 30/11/2025: 4.638 bản', 'chứng thực bản sao điện tử từ bản chính 3.214 bản'], previous: '4.638', period: '3.214', stated: '7.582', mistake: 'planted', original: 'đến nay được 7.852 bản', note: 'Class 6: footnote 3\'s 4.638 plus this period\'s 3.214 is 7.852 (two digits swapped).' }),
    change({ id: 'signatures-same-period', quote: ['tăng 3,8% so với cùng kỳ. Chứng thực hợp đồng', 'Chứng thực chữ ký 436 việc', 'chứng thực chữ ký 402 việc'], x: '436', base: '402', stated: '3,8%', direction: 'tăng', mistake: 'planted', original: 'tăng 8,5% so với cùng kỳ', note: 'Class 1: the same period is in footnote 2 (402); 3,8% is 436 against 420, the base with two digits swapped; against 402 it is 8,46%.' }),
    change({ id: 'contracts-same-period', quote: ['giảm 5,6% so với cùng kỳ, trong đó hợp đồng', 'Chứng thực hợp đồng, giao dịch 218 việc', 'chứng thực hợp đồng, giao dịch 231 việc'], x: '218', base: '231', stated: '5,6%', direction: 'giảm' }),
    atLeast({ id: 'land-contracts', quote: ['liên quan đến quyền sử dụng đất 196 việc', 'Chứng thực hợp đồng, giao dịch 218 việc'], big: '218', small: '196', trap: 'a subgroup after "trong đó".' }),
    sum({ id: 'fees', quote: ['Tổng thu lệ phí hộ tịch, chứng thực trong kỳ là 53,45 triệu đồng', 'Thu lệ phí hộ tịch 14,85 triệu đồng', 'Thu lệ phí chứng thực 38,6 triệu đồng'], parts: ['14,85', '38,6'], total: '53,45' }),
    contradiction({ id: 'e-start', quote: ['chứng thực bản sao điện tử (tháng 3/2025)'], stated: 'tháng 3/2025', expected: 'a month', consistent: true, reason: 'A month and year.', trap: 'a date written X/Y.' }),
    // II.6
    sum({ id: 'violations', quote: ['Lập biên bản vi phạm hành chính 64 vụ, ban hành quyết định xử phạt 61 vụ', '3 vụ chuyển cơ quan có thẩm quyền'], parts: ['61', '3'], total: '64' }),
    contradiction({ id: 'compensation-none', quote: ['không có yêu cầu bồi thường nhà nước'], stated: 'không có', expected: 'none', consistent: true, reason: 'Nothing in the report counts a claim for state compensation.', trap: 'a "none" with nothing against it.' }),
    // III
    repeat({ id: 'summary-total', quote: ['Giải quyết 2.770 việc hộ tịch', 'Tổng số việc hộ tịch đã giải quyết là 2.770 việc'], values: ['2.770', '2.770'] }),
    repeat({ id: 'summary-copies', quote: ['chứng thực bản sao 12.486 bản; tỷ lệ', 'Chứng thực bản sao từ bản chính 12.486 bản'], values: ['12.486', '12.486'] }),
    ratio({ id: 'summary-on-time-births', quote: ['tỷ lệ đăng ký khai sinh đúng hạn đạt 91,5%', 'đăng ký đúng hạn 312 trường hợp', 'Đăng ký khai sinh cho 326 trường hợp'], x: '312', y: '326', stated: '91,5%', mistake: 'planted', original: 'tỷ lệ đăng ký khai sinh đúng hạn đạt 95,7%', note: 'Class 2: the rate is in the summary, its counts in section II.4; 91,5% is 312 divided by the same period\'s 341 births; 312/326 = 95,71%.' }),
    repeat({ id: 'summary-fees', quote: ['Tổng thu lệ phí hộ tịch, chứng thực 54,35 triệu đồng', 'Tổng thu lệ phí hộ tịch, chứng thực trong kỳ là 53,45 triệu đồng'], values: ['53,45', '54,35'], mistake: 'planted', original: 'Tổng thu lệ phí hộ tịch, chứng thực 53,45 triệu đồng', note: 'Class 5: the summary swaps two digits of the fees.' }),
    contradiction({ id: 'summary-no-forgery', quote: ['không phát hiện trường hợp sử dụng giấy tờ giả mạo', 'phát hiện 2 trường hợp xuất trình giấy tờ giả mạo'], stated: 'không phát hiện trường hợp sử dụng giấy tờ giả mạo', expected: '2 trường hợp (section II.5)', consistent: false, reason: 'The summary denies the forged papers that section II.5 counts.', mistake: 'planted', original: 'Phát hiện, ngăn chặn kịp thời 2 trường hợp sử dụng giấy tờ giả mạo để yêu cầu chứng thực', note: 'Class 8: a "none" statement against a count.' }),
    difference({ id: 'not-linked', quote: ['Còn 27 trường hợp trẻ em chưa được thực hiện liên thông', 'được 299/326 trường hợp'], a: '326', b: '299', stated: '27' }),
    sum({ id: 'late-registrations', quote: ['khai tử quá hạn còn 27 trường hợp', 'đăng ký quá hạn 14 trường hợp', 'quá hạn 13 trường hợp'], parts: ['14', '13'], total: '27' }),
    // IV
    repeat({ id: 'task-pending', quote: ['Giải quyết dứt điểm 3 vụ việc đang hòa giải', 'đang hòa giải 3 vụ'], values: ['3', '3'] }),
    contradiction({ id: 'task-threshold', quote: ['nâng tỷ lệ hòa giải thành lên trên 87%'], stated: 'trên 87%', expected: 'a target', consistent: true, reason: 'A threshold as a task.', trap: 'a threshold next to a rate.' }),
  ],
});
