/**
 * The phrasing classes of the checker's second pass (issue 9): a base given apart from its percent
 * (same or previous sentence, parentheses, a cited footnote, another scale), a percent far from its
 * X/Y, shares of an earlier total and shares that must add to 100%, totals with their parts in
 * parentheses, the same indicator given twice, cumulative figures across footnotes, whole-number
 * percents, contradicting counts; and the alarms to avoid (targets, scoring rules, a percent that
 * belongs to another X/Y, per-item counts, weighted indices). Each case has a wrong and, where it
 * matters, a right version: the wrong one must be found, the right one must stay silent.
 */
import { checkText } from './support';

const CASES: Array<[name: string, text: string, wrong: boolean]> = [
  ['c1-plan-prev-clause', 'Kế hoạch năm xây dựng 18 nhà văn hóa thôn; đến nay hoàn thành 11 nhà, đạt 62,1% kế hoạch.', true],
  ['c1-plan-prev-clause-ok', 'Kế hoạch năm xây dựng 18 nhà văn hóa thôn; đến nay hoàn thành 11 nhà, đạt 61,1% kế hoạch.', false],
  ['c1-paren-after', 'Cấp 95 thẻ bảo hiểm y tế, vượt 6,6% kế hoạch (90 thẻ).', true],
  ['c1-paren-after-ok', 'Cấp 95 thẻ bảo hiểm y tế, vượt 5,6% kế hoạch (90 thẻ).', false],
  ['c1-change-paren', 'Thu ngân sách đạt 2.311 triệu đồng, tăng 10% so với cùng kỳ (2.120 triệu đồng).', true],
  ['c1-change-paren-ok', 'Thu ngân sách đạt 2.311 triệu đồng, tăng 9% so với cùng kỳ (2.120 triệu đồng).', false],
  ['c1-scale', 'Dự toán giao 980 triệu đồng. Thu ngân sách đạt 1,05 tỷ đồng, bằng 112% dự toán.', true],
  ['c1-scale-ok', 'Dự toán giao 980 triệu đồng. Thu ngân sách đạt 1,05 tỷ đồng, bằng 107,1% dự toán.', false],
  ['c1-footnote', 'Giải ngân vốn đầu tư công đạt 3.200 triệu đồng[footnoteRef:1], bằng 65% kế hoạch.\n[1: Kế hoạch vốn giao năm 2026 là 4.500 triệu đồng.]', true],
  ['c1-footnote-ok', 'Giải ngân vốn đầu tư công đạt 3.200 triệu đồng[footnoteRef:1], bằng 71,1% kế hoạch.\n[1: Kế hoạch vốn giao năm 2026 là 4.500 triệu đồng.]', false],
  ['c2-long', 'Có 17/25 thôn đã tổ chức ra quân tổng vệ sinh môi trường, khơi thông cống rãnh, phát quang đường làng ngõ xóm, thu gom rác thải đúng nơi quy định, đạt 70%.', true],
  ['c2-next-sentence', 'Diện tích gieo cấy lúa xuân là 97/98 ha. Đạt 96,98% so với kế hoạch.', true],
  ['c2-next-sentence-ok', 'Diện tích gieo cấy lúa xuân là 97/98 ha. Đạt 98,98% so với kế hoạch.', false],
  ['c3-share-earlier', 'Hội Phụ nữ có tổng số 540 hội viên; trong năm kết nạp mới 25 hội viên. Hội viên nữ dân tộc thiểu số 320 người, chiếm 60,3% tổng số.', true],
  ['c3-share-100', 'Tổng số 200 hộ được hỗ trợ, trong đó hộ nghèo 120 hộ, chiếm 60%; hộ cận nghèo 80 hộ, chiếm 45%.', true],
  ['c4-paren-parts', 'Giải quyết 4.210 hồ sơ (đúng hạn 4.180 hồ sơ, đạt 99,29%; quá hạn 40 hồ sơ).', true],
  ['c4-paren-parts-ok', 'Giải quyết 4.210 hồ sơ (đúng hạn 4.180 hồ sơ, đạt 99,29%; quá hạn 30 hồ sơ).', false],
    ['c5-summary', 'Số hộ nghèo toàn xã giảm còn 296 hộ.\nII. ĐÁNH GIÁ CHUNG\nSố hộ nghèo toàn xã giảm còn 269 hộ.', true],
  ['c5-unit', 'Sản lượng lương thực đạt 1.250 tấn.\nII. ĐÁNH GIÁ CHUNG\nSản lượng lương thực đạt 12.600 tạ.', true],
  ['c6-cum-footnote', 'Thu ngân sách trong tháng đạt 150 triệu đồng[footnoteRef:1], lũy kế đạt 1.300 triệu đồng.\n[1: Lũy kế đến hết tháng trước là 1.200 triệu đồng.]', true],
  ['c7-whole', 'Tiêm chủng đầy đủ cho 118/125 trẻ, đạt 95%.', true],
  ['c7-whole-ok', 'Tiêm chủng đầy đủ cho 119/125 trẻ, đạt 95%.', false],
  ['c8-contradiction', 'Trong tháng không có trường hợp nào bị kỷ luật.\nCông tác kiểm tra: có 01 trường hợp bị kỷ luật khiển trách.', true],
  ['t-target', 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi 12/80 trẻ (chỉ tiêu tối thiểu 25%).', false],
  ['t-score', 'Hoàn thành 15/20 tiêu chí; nếu đạt 100% thì được điểm tối đa.', false],
  ['t-other-xy', 'Số hộ sử dụng nước sạch là 142/700 hộ (21,4%, tương ứng 150/700 hộ theo chuẩn mới).', false],
  ['budget-paren-ok', 'Tổng thu ngân sách nhà nước trên địa bàn ước đạt 5.234 triệu đồng, đạt 52,3% dự toán huyện giao (10.000 triệu đồng).', false],
  ['budget-paren-bad', 'Tổng thu ngân sách nhà nước trên địa bàn ước đạt 5.234 triệu đồng, đạt 53,3% dự toán huyện giao (10.000 triệu đồng).', true],
  ['slash-units', 'Thu ngân sách ước đạt 5,2 tỷ đồng/10 tỷ đồng, đạt 52%.', false],
  ['change-of-rate', 'Tỷ lệ hộ dân sử dụng nước hợp vệ sinh đạt 98,5%, tăng 0,5% so với cùng kỳ.', false],
  ['members-ok', 'Kết nạp 12 đảng viên mới, đạt 120% chỉ tiêu Nghị quyết (chỉ tiêu 10 đảng viên).', false],
  ['members-bad', 'Kết nạp 12 đảng viên mới, đạt 125% chỉ tiêu Nghị quyết (chỉ tiêu 10 đảng viên).', true],
  ['all-villages', 'Có 8/8 thôn đạt chuẩn văn hóa, đạt 100%.', false],
  ['target-paren', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 98% (chỉ tiêu 95%).', false],
  ['trong-do-share-ok', 'Giải quyết 125 hồ sơ, trong đó đúng hạn 123 hồ sơ, đạt 98,4%; trễ hạn 2 hồ sơ.', false],
  ['trong-do-share-bad', 'Giải quyết 125 hồ sơ, trong đó đúng hạn 123 hồ sơ, đạt 97,4%; trễ hạn 2 hồ sơ.', true],
  ['structure-100', 'Cơ cấu kinh tế: nông, lâm nghiệp chiếm 55,2%; công nghiệp - xây dựng chiếm 20,3%; thương mại - dịch vụ chiếm 25,5%.', true],
  ['structure-100-ok', 'Cơ cấu kinh tế: nông, lâm nghiệp chiếm 55,2%; công nghiệp - xây dựng chiếm 19,3%; thương mại - dịch vụ chiếm 25,5%.', false],
  ['per-item', 'Mỗi thôn được hỗ trợ 20 triệu đồng; thôn Nà Hẩu 3 công trình, thôn Sín Chải 2 công trình.', false],
  ['index', 'Chỉ số cải cách hành chính (PAR Index) đạt 85,6 điểm, trong đó chỉ số thành phần 1 đạt 18 điểm, chỉ số thành phần 2 đạt 20 điểm.', false],
  ['two-periods', 'Trong tháng cấp 45 thẻ BHYT; lũy kế từ đầu năm cấp 320 thẻ BHYT.', false],
  ['plan-year-vs-month', 'Kế hoạch năm trồng 50 ha rừng; trong tháng trồng được 12 ha, lũy kế 35 ha, đạt 70% kế hoạch.', false],
  ['plan-year-vs-month-bad', 'Kế hoạch năm trồng 50 ha rừng; trong tháng trồng được 12 ha, lũy kế 35 ha, đạt 75% kế hoạch.', true],
  ['same-prev-sentence', 'Cùng kỳ năm trước thu được 800 triệu đồng. Năm nay thu được 920 triệu đồng, tăng 15% so với cùng kỳ.', false],
  ['same-prev-sentence-bad', 'Cùng kỳ năm trước thu được 800 triệu đồng. Năm nay thu được 920 triệu đồng, tăng 12% so với cùng kỳ.', true],
  ['decrease', 'Số vụ tai nạn giao thông xảy ra 4 vụ, giảm 50% so với cùng kỳ (cùng kỳ 8 vụ).', false],
  ['table-plan', 'Diện tích lúa đạt 509 ha, bằng 78,4% kế hoạch.\n\n| Chỉ tiêu | Kế hoạch | Thực hiện |\n|---|---|---|\n| Lúa (ha) | 650 | 509 |\n', true],
  ['table-plan-ok', 'Diện tích lúa đạt 509 ha, bằng 78,3% kế hoạch.\n\n| Chỉ tiêu | Kế hoạch | Thực hiện |\n|---|---|---|\n| Lúa (ha) | 650 | 509 |\n', false],
  ['table-row-vs-text', 'Diện tích lúa đạt 520/650 ha, bằng 80% kế hoạch.\n\n| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n|---|---|---|---|\n| Lúa (ha) | 650 | 509 | 78,3 |\n', true],
  ['table-row-vs-text-ok', 'Diện tích lúa đạt 509/650 ha, bằng 78,3% kế hoạch.\n\n| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n|---|---|---|---|\n| Lúa (ha) | 650 | 509 | 78,3 |\n', false],
  ['whole-earlier-ok', 'Toàn xã có 2.239 hộ. Hiện còn 570 hộ nghèo, chiếm 25,46%; 411 hộ cận nghèo, chiếm 18,36%.', false],
  ['group-is-no-whole', 'Toàn xã có 570 hộ nghèo, chiếm 25,46%; 411 hộ cận nghèo, chiếm 18,36%.', false],
  ['direction', 'Sản lượng đạt 420 tấn, tăng 5% so với cùng kỳ (cùng kỳ 440 tấn).', true],
  ['breakdown-semicolons', 'Đã giải quyết 643.272 hồ sơ; trong đó, số hồ sơ đúng hạn có 635.593 hồ sơ, chiếm tỷ lệ 98,81%; số hồ sơ quá hạn có 7.677 hồ sơ, chiếm 1,19%.', true],
  ['breakdown-semicolons-ok', 'Đã giải quyết 643.270 hồ sơ; trong đó, số hồ sơ đúng hạn có 635.593 hồ sơ, chiếm tỷ lệ 98,81%; số hồ sơ quá hạn có 7.677 hồ sơ, chiếm 1,19%.', false],
  ['breakdown-next-sentence', 'Vụ Hè thu: tổng diện tích gieo trồng 607,5/607,5 ha (đạt 100%). Trong đó: cây lương thực 406,5 ha, cây thực phẩm 189 ha, cây công nghiệp ngắn ngày 06 ha, cây thức ăn gia súc 02 ha.', true],
  ['breakdown-colon-ends-at-semicolon', 'Tổng diện tích gieo trồng 355,2/355,2 ha. Trong đó: cây lương thực 198,2 ha, cây thực phẩm 140 ha, cây công nghiệp ngắn ngày 15 ha, cây công nghiệp khác 2,0 ha; cây lâu năm 229,5 ha.', false],
  ['breakdown-co-va', 'Đang giải quyết gồm 7.172 hồ sơ, có 5.590 hồ sơ chưa đến hạn và 1.222 hồ sơ đã quá hạn.', true],
  ['subset-trong-do', 'Toàn xã có 45 đảng viên, trong đó 15 nữ, 12 người dân tộc thiểu số.', false],
  ['share-previous-sentence', 'Kết quả, có 206.885 hồ sơ đã được giải quyết. Trong đó, 99.558 hồ sơ giải quyết trước hạn đạt 48,2%.', true],
  ['count-change', 'Có 221 đơn thuộc thẩm quyền, so với cùng kỳ năm trước giảm 198 đơn (6 tháng đầu năm 2019 có 491 đơn thuộc thẩm quyền).', true],
  ['count-change-ok', 'Có 221 đơn thuộc thẩm quyền, so với cùng kỳ năm trước giảm 270 đơn (6 tháng đầu năm 2019 có 491 đơn thuộc thẩm quyền).', false],
  ['yield-is-no-mass', 'Kết quả: bắp đạt 75 tạ/ha (đạt 100% KH), rau các loại 160 tạ/ha (đạt 100% KH).', false],
  ['abbreviation-unit', 'Năm 2016, Đảng bộ thành phố có 709 tổ chức cơ sở đảng (TCCSĐ). Qua đánh giá có 439 TCCSĐ đạt trong sạch vững mạnh (chiếm 61,92%), trong đó có 107 TCCSĐ đạt trong sạch vững mạnh tiêu biểu (chiếm 24,37%).', false],
  ['ratio-la', 'Tổng số cử tri trong danh sách là 53.989 cử tri; số cử tri tham gia bỏ phiếu là 53.371 cử tri, đạt tỷ lệ cử tri tham gia bỏ phiếu là 98,85%.', true],
  ['ratio-la-ok', 'Tổng số cử tri trong danh sách là 53.989 cử tri; số cử tri tham gia bỏ phiếu là 53.371 cử tri, đạt tỷ lệ cử tri tham gia bỏ phiếu là 98,86%.', false],
  ['siblings', 'Đại biểu khối các cơ quan Đảng có 5 người, chiếm 16,67%; khối chính quyền có 8 người, chiếm 36,67%; khối Ủy ban MTTQ 3 người, chiếm 10%; khối lực lượng vũ trang 2 người, chiếm 6,67% và khối khác 12 người, chiếm 40%.', true],
  ['siblings-ok', 'Đại biểu khối các cơ quan Đảng có 5 người, chiếm 16,67%; khối chính quyền có 8 người, chiếm 26,67%; khối Ủy ban MTTQ 3 người, chiếm 10%; khối lực lượng vũ trang 2 người, chiếm 6,67% và khối khác 12 người, chiếm 40%.', false],
  ['two-siblings', 'Đảng viên 26 vị chiếm 89,65%, ngoài Đảng 03 vị chiếm 10,34%.', true],
  ['sibling-sum-explains', 'Toàn Đảng bộ có 10 đồng chí hoàn thành xuất sắc nhiệm vụ, bằng 10,1%; 78 đồng chí hoàn thành tốt nhiệm vụ, đạt 78,8%; 11 đồng chí hoàn thành nhiệm vụ.', false],
  ['other-period-paren', 'Tổng số đại biểu trúng cử là 496 người. Đại biểu tái cử 160 người (tỉ lệ 32,3%), thấp hơn khóa trước (khóa XII tái cử có 167 người, tỉ lệ 33,4%).', false],
  ['paragraph-base', 'Tổng số ĐBQH trúng cử là 496 người. ĐB trẻ 71 người (tỉ lệ 14,3%); ĐB là phụ nữ 133 người (tỉ lệ 26,80%); ĐB ngoài Đảng 21 người (tỉ lệ 4,2%); ĐB tái cử 160 người (tỉ lệ 32,3%); ĐB lần đầu 317 người (tỉ lệ 63,9%).', true],
  ['table-structure', '| | Tổng số | Bán lẻ | Dịch vụ |\n|---|---|---|---|\n| 2014 | 1.000 | 700 | 300 |\n| 2015 | 2.000 | 1.500 | 500 |\n\n| | Tổng số | Bán lẻ | Dịch vụ |\n|---|---|---|---|\n| 2014 | 100,00 | 70,00 | 30,00 |\n| 2015 | 100,00 | 75,00 | 26,00 |\n', true],
  ['table-row-sum', '| Năm | Tổng số | Nhà nước | Ngoài nhà nước |\n|---|---|---|---|\n| 2014 | 1.000 | 700 | 300 |\n| 2015 | 2.000 | 1.500 | 500 |\n| 2016 | 2.100 | 1.500 | 500 |\n', true],
  ['decrease-bad', 'Số vụ tai nạn giao thông xảy ra 4 vụ, giảm 40% so với cùng kỳ (cùng kỳ 8 vụ).', true],
];

test.each(CASES)('%s', (_name, text, wrong) => {
  const alarms = checkText(text).filter((f) => f.severity !== 'info');
  if (wrong) expect(alarms.length).toBeGreaterThan(0);
  else expect(alarms).toEqual([]);
});
