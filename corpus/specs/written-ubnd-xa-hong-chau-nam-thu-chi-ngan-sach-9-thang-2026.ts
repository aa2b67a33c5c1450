// Written for the corpus (batch Q2): UBND xã Hồng Châu Nam (tỉnh Hưng Yên; the commune is invented) to the
// commune's Đảng ủy and HĐND and the provincial Sở Tài chính, the commune's budget for the first nine months
// of 2026, in parts A - D: revenue on the territory against the year's estimate and 2025 in a footnote, per
// month, a table of six sources with estimate, nine months' revenue, % of the estimate, % of the same period
// and a total row, the main sources restated in the text (land-use money by lot, a remainder of villages as
// X/Y, "vượt" over the estimate, a debt-collection rate with no base); transfers from the province after
// "gồm", the 2025 surplus against the resolution in a footnote, total revenue with its three parts and in tỷ;
// spending against the estimate and 2025 in a footnote with its parts after "trong đó", investment as a
// lũy kế from a footnote against the capital plan, a "none" of construction debt, recurrent spending (against
// its estimate, share of all spending, wages "trong đó", its structure's shares), units publishing their
// budgets as X/Y with a whole percent, a "none" of spending outside the estimate, the reserve and what is left,
// the balance; summary restating figures in tỷ (revenue, spending, the investment share) and weaknesses
// (remainders, a construction debt); the last quarter's targets.
import { change, contradiction, cumulative, difference, excess, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-hong-chau-nam-thu-chi-ngan-sach-9-thang-2026.md',
  prefix: 'hcn',
  claims: [
    contradiction({ id: 'resolution', quote: ['Nghị quyết số 35/NQ-HĐND ngày 20/12/2025'], stated: '35', expected: 'a document', consistent: true, reason: 'A resolution\'s number and date.', trap: 'numbers in a document\'s name.' }),
    // A.1
    ratio({ id: 'rev-plan', quote: ['bằng 58,4% dự toán năm (22.700 triệu đồng)', 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 13.260 triệu đồng'], x: '13.260', y: '22.700', stated: '58,4%' }),
    change({ id: 'rev-growth', quote: ['tăng 12,0% so với cùng kỳ năm 2025', 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 13.260 triệu đồng', 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng năm 2025: 11.840 triệu đồng'], x: '13.260', base: '11.840', stated: '12,0%', direction: 'tăng', note: 'The base is only in footnote 1.' }),
    ratio({ id: 't-rev-same-period', quote: ['112,0', 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng năm 2025: 11.840 triệu đồng'], x: '13.260', y: '11.840', stated: '112,0', note: 'The table\'s total against the same period, whose base is in footnote 1.' }),
    quotient({ id: 'per-month', quote: ['bình quân mỗi tháng thu 1.473,3 triệu đồng', 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 13.260 triệu đồng'], x: '13.260', y: '9', stated: '1.473,3', trap: 'revenue per month.' }),
    sum({ id: 't-plan', quote: ['bằng 58,4% dự toán năm (22.700 triệu đồng)', 'Tổng cộng', '2.850'], parts: ['2.850', '620', '180', '18.500', '240', '310'], total: '22.700', kind: 'cross_total' }),
    sum({ id: 't-done', quote: ['Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 13.260 triệu đồng', 'Tổng cộng'], parts: ['2.214', '512', '96', '9.847', '205', '386'], total: '13.260', kind: 'cross_total' }),
    ratio({ id: 't-1', quote: ['bằng 77,7% dự toán', 'Thu từ khu vực kinh tế ngoài quốc doanh đạt 2.214 triệu đồng', '2.850'], x: '2.214', y: '2.850', stated: '77,7%' }),
    ratio({ id: 't-2', quote: ['82,6', 'Lệ phí trước bạ nhà, đất'], x: '512', y: '620', stated: '82,6' }),
    ratio({ id: 't-3', quote: ['Thuế sử dụng đất phi nông nghiệp mới đạt 53,3% dự toán'], x: '96', y: '180', stated: '53,3%' }),
    ratio({ id: 't-4', quote: ['mới bằng 53,2% dự toán', '9.847'], x: '9.847', y: '18.500', stated: '53,2%' }),
    ratio({ id: 't-5', quote: ['85,4', 'Thu phí, lệ phí'], x: '205', y: '240', stated: '85,4' }),
    ratio({ id: 't-6', quote: ['124,5', '310'], x: '386', y: '310', stated: '124,5' }),
    contradiction({ id: 't-same-period-rows', quote: ['131,5'], stated: '131,5', expected: 'a percent of an unstated base', consistent: true, reason: 'The rows\' percents of the same period have no base in the report.', trap: 'percents with no base.' }),
    contradiction({ id: 'debt-rate', quote: ['tỷ lệ thu nợ thuế đạt 65%'], stated: '65%', expected: 'a rate', consistent: true, reason: 'No tax debt is given.', trap: 'a percent with no base.' }),
    repeat({ id: 'land-text', quote: ['Thu tiền sử dụng đất 9.487 triệu đồng', '9.847'], values: ['9.847', '9.487'], mistake: 'planted', original: 'Thu tiền sử dụng đất 9.847 triệu đồng', note: 'Class 5: the text swaps two digits of the table\'s 9.847 triệu of land-use money.' }),
    quotient({ id: 'per-lot', quote: ['bình quân 703,4 triệu đồng/lô', '9.847', 'đấu giá quyền sử dụng 14 lô đất'], x: '9.847', y: '14', stated: '703,4', trap: 'money per lot (from the table\'s figure).' }),
    ratio({ id: 'villages-tax', quote: ['có 13/16 thôn hoàn thành thu nộp, đạt 81%'], x: '13', y: '16', stated: '81%', trap: 'a whole percent of X/Y (81,25 → 81).' }),
    excess({ id: 'other-excess', quote: ['vượt 24,5% dự toán', 'Thu khác ngân sách 386 triệu đồng', '310'], x: '386', y: '310', stated: '24,5%', trap: 'an excess over the estimate beside the table\'s 124,5% of it.' }),
    // A.2
    ratio({ id: 'transfer-plan', quote: ['bằng 75,0% dự toán (9.860 triệu đồng)', 'Thu bổ sung từ ngân sách tỉnh 7.395 triệu đồng'], x: '7.395', y: '9.860', stated: '75,0%' }),
    sum({ id: 'transfer-parts', quote: ['Thu bổ sung từ ngân sách tỉnh 7.395 triệu đồng', 'gồm bổ sung cân đối 5.820 triệu đồng và bổ sung có mục tiêu 1.675 triệu đồng'], parts: ['5.820', '1.675'], total: '7.395', mistake: 'planted', original: 'bổ sung có mục tiêu 1.575 triệu đồng', note: 'Class 4: the two transfers add to 7.495 triệu, not 7.395.' }),
    // A.3
    repeat({ id: 'surplus', quote: ['chuyển sang 1.286 triệu đồng', 'phê chuẩn quyết toán: 1.268 triệu đồng'], values: ['1.268', '1.286'], mistake: 'planted', original: 'chuyển sang 1.268 triệu đồng', note: 'Class 5: the body swaps two digits of the surplus approved in footnote 2.' }),
    contradiction({ id: 'surplus-resolution', quote: ['Nghị quyết số 12/NQ-HĐND ngày 25/6/2026'], stated: '12', expected: 'a document', consistent: true, reason: 'A resolution\'s number and date in a footnote.', trap: 'numbers in a document\'s name.' }),
    sum({ id: 'total-rev', quote: ['tổng thu ngân sách xã 9 tháng đạt 21.941 triệu đồng', 'gồm thu ngân sách trên địa bàn 13.260 triệu đồng, thu bổ sung từ ngân sách tỉnh 7.395 triệu đồng và thu kết dư 1.286 triệu đồng'], parts: ['13.260', '7.395', '1.286'], total: '21.941', note: 'Agrees with the surplus as the body writes it.' }),
    repeat({ id: 'total-rev-ty', quote: ['(21,94 tỷ đồng)', 'tổng thu ngân sách xã 9 tháng đạt 21.941 triệu đồng'], values: ['21.941 triệu đồng', '21,94 tỷ đồng'], kind: 'unit', trap: 'the total restated in tỷ, agreeing.' }),
    // B
    ratio({ id: 'spend-plan', quote: ['đạt 59,7% dự toán (26.600 triệu đồng)', 'Tổng chi ngân sách xã 9 tháng 15.870 triệu đồng'], x: '15.870', y: '26.600', stated: '59,7%' }),
    change({ id: 'spend-growth', quote: ['tăng 8,5% so với cùng kỳ', 'Tổng chi ngân sách xã 9 tháng 15.870 triệu đồng', 'Tổng chi ngân sách xã 9 tháng năm 2025: 14.520 triệu đồng'], x: '15.870', base: '14.520', stated: '8,5%', direction: 'tăng', mistake: 'planted', original: 'tăng 9,3% so với cùng kỳ', note: 'Class 1: the base is only in footnote 3; 1.350/14.520 = 9,3%; 8,5% divides the gain by this year\'s 15.870.' }),
    sum({ id: 'spend-parts', quote: ['Tổng chi ngân sách xã 9 tháng 15.870 triệu đồng', 'trong đó chi đầu tư phát triển 4.862 triệu đồng, chi thường xuyên 10.842 triệu đồng, chi từ nguồn dự phòng 166 triệu đồng'], parts: ['4.862', '10.842', '166'], total: '15.870' }),
    // B.1
    cumulative({ id: 'invest-9m', quote: ['lũy kế 9 tháng giải ngân 4.862 triệu đồng', 'đến ngày 30/6/2026: 2.817 triệu đồng', 'Trong quý III giải ngân 2.145 triệu đồng'], previous: '2.817', period: '2.145', stated: '4.862', mistake: 'planted', original: 'lũy kế 9 tháng giải ngân 4.962 triệu đồng', note: 'Class 6: footnote 4\'s 2.817 triệu to 30/6 plus the quarter\'s 2.145 triệu is 4.962, not 4.862 (the same figure is carried into the spending\'s parts, which agree with it as written).' }),
    ratio({ id: 'invest-plan', quote: ['đạt 40,5% kế hoạch vốn năm 2026 (12.000 triệu đồng)', 'lũy kế 9 tháng giải ngân 4.862 triệu đồng'], x: '4.862', y: '12.000', stated: '40,5%', note: 'Agrees with the lũy kế as written.' }),
    // B.2
    ratio({ id: 'recurrent-plan', quote: ['đạt 76,8% dự toán (14.120 triệu đồng)', 'Chi thường xuyên 10.842 triệu đồng'], x: '10.842', y: '14.120', stated: '76,8%' }),
    share({ id: 'recurrent-share', quote: ['chiếm 68,3% tổng chi ngân sách xã', 'Chi thường xuyên 10.842 triệu đồng', 'Tổng chi ngân sách xã 9 tháng 15.870 triệu đồng'], x: '10.842', y: '15.870', stated: '68,3%' }),
    share({ id: 'wages', quote: ['chiếm 57,3% chi thường xuyên', 'chi tiền lương và các khoản đóng góp theo lương 6.215 triệu đồng', 'Chi thường xuyên 10.842 triệu đồng'], x: '6.215', y: '10.842', stated: '57,3%' }),
    sum({ id: 'recurrent-structure', quote: ['quản lý hành chính 41,2%, sự nghiệp giáo dục 18,7%, sự nghiệp văn hóa - xã hội 22,4%, quốc phòng - an ninh 9,6%, sự nghiệp kinh tế, môi trường 9,1%'], parts: ['41,2%', '18,7%', '22,4%', '9,6%', '9,1%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'sự nghiệp kinh tế, môi trường 8,1%', note: 'Class 3: the five shares of recurrent spending add to 101,0%.' }),
    ratio({ id: 'units-public', quote: ['Có 7/8 đơn vị dự toán thuộc xã thực hiện công khai dự toán, quyết toán đúng thời hạn, đạt 87%'], x: '7', y: '8', stated: '87%', mistake: 'planted', original: 'đạt 88%', note: 'Class 7: 7/8 = 87,5%, which is 88% written whole (half-up); 87% truncates.' }),
    contradiction({ id: 'no-extra-spending', quote: ['Trong 9 tháng không phát sinh khoản chi nào ngoài dự toán được giao'], stated: 'không', expected: 'none', consistent: true, reason: 'The reserve\'s 166 triệu was spent within the estimate\'s reserve; nothing counts spending outside the estimate.', trap: 'a "none" with nothing against it.' }),
    // B.3
    ratio({ id: 'reserve', quote: ['bằng 34,6% dự toán dự phòng (480 triệu đồng)', 'Chi từ nguồn dự phòng ngân sách 166 triệu đồng'], x: '166', y: '480', stated: '34,6%' }),
    difference({ id: 'reserve-left', quote: ['số dự phòng còn lại 314 triệu đồng', '(480 triệu đồng)', 'Chi từ nguồn dự phòng ngân sách 166 triệu đồng'], a: '480', b: '166', stated: '314', trap: 'a remainder.' }),
    contradiction({ id: 'storm', quote: ['cơn bão số 5 (tháng 8/2026)'], stated: 'số 5', expected: 'a storm\'s name', consistent: true, reason: 'A storm\'s number in the year and its month.', trap: 'numbers in names and dates.' }),
    difference({ id: 'balance', quote: ['tổng thu ngân sách xã lớn hơn tổng chi 6.071 triệu đồng', 'tổng thu ngân sách xã 9 tháng đạt 21.941 triệu đồng', 'Tổng chi ngân sách xã 9 tháng 15.870 triệu đồng'], a: '21.941', b: '15.870', stated: '6.071' }),
    // C
    repeat({ id: 'summary-rev', quote: ['tổng thu ngân sách trên địa bàn 9 tháng đạt 13,62 tỷ đồng', 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 13.260 triệu đồng'], values: ['13.260 triệu đồng', '13,62 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'tổng thu ngân sách trên địa bàn 9 tháng đạt 13,26 tỷ đồng', note: 'Class 5: restated in tỷ with two digits swapped (13,26 → 13,62).' }),
    repeat({ id: 'summary-rev-plan', quote: ['bằng 58,4% dự toán năm;', 'bằng 58,4% dự toán năm (22.700 triệu đồng)'], values: ['58,4%', '58,4%'] }),
    ratio({ id: 'villages-fund', quote: ['15/16 thôn hoàn thành thu quỹ phòng, chống thiên tai, đạt 94%'], x: '15', y: '16', stated: '94%', trap: 'a whole percent rounded half-up (93,75 → 94).' }),
    repeat({ id: 'summary-spend', quote: ['tổng chi 15,87 tỷ đồng', 'Tổng chi ngân sách xã 9 tháng 15.870 triệu đồng'], values: ['15.870 triệu đồng', '15,87 tỷ đồng'], kind: 'unit', trap: 'spending restated in tỷ, agreeing.' }),
    share({ id: 'summary-invest-share', quote: ['chi đầu tư phát triển chiếm 36,7% tổng chi', 'trong đó chi đầu tư phát triển 4.862 triệu đồng', 'Tổng chi ngân sách xã 9 tháng 15.870 triệu đồng', 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 13.260 triệu đồng'], x: '4.862', y: '15.870', stated: '36,7%', mistake: 'planted', original: 'chi đầu tư phát triển chiếm 30,6% tổng chi', note: 'Class 2: far from its base in part B; 4.862/15.870 = 30,6%; 36,7% divides by the 13.260 triệu of revenue on the territory.' }),
    repeat({ id: 'summary-land', quote: ['Thu tiền sử dụng đất mới đạt 53,2% dự toán', 'mới bằng 53,2% dự toán'], values: ['53,2%', '53,2%'] }),
    difference({ id: 'villages-left', quote: ['còn 3/16 thôn chưa hoàn thành thu thuế sử dụng đất phi nông nghiệp', 'có 13/16 thôn hoàn thành thu nộp'], a: '16', b: '13', stated: '3', trap: 'a remainder written as X/Y.' }),
    difference({ id: 'rev-left', quote: ['còn phải thu 9.440 triệu đồng', 'bằng 58,4% dự toán năm (22.700 triệu đồng)', 'Tổng thu ngân sách nhà nước trên địa bàn 9 tháng đạt 13.260 triệu đồng'], a: '22.700', b: '13.260', stated: '9.440', trap: 'a remainder to the estimate.' }),
    contradiction({ id: 'construction-debt', quote: ['còn nợ khối lượng hoàn thành 1.240 triệu đồng', 'Đến nay xã không có nợ đọng xây dựng cơ bản'], stated: '1.240 triệu đồng', expected: 'none (B.1)', consistent: false, reason: 'Part B.1 says the commune has no construction debt; the weaknesses count 1.240 triệu owed for completed works on the Đào Xá cultural house.', mistake: 'planted', original: 'Công trình nhà văn hóa thôn Đào Xá còn chậm tiến độ', note: 'Class 8: a count against a "none" statement.' }),
    // D
    contradiction({ id: 'target-land', quote: ['thu tiền sử dụng đất tối thiểu 18.500 triệu đồng'], stated: '18.500', expected: 'a target', consistent: true, reason: 'The year\'s estimate for land-use money restated as a target.', trap: 'a target equal to the estimate.' }),
    contradiction({ id: 'target-saving', quote: ['tiết kiệm 10% chi thường xuyên'], stated: '10%', expected: 'a rule', consistent: true, reason: 'A saving rule with no base of this year.', trap: 'a percent with no base.' }),
  ],
});
