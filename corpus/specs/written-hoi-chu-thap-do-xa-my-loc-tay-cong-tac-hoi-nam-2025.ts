// Written for the corpus (batch L2): Hội Chữ thập đỏ xã Mỹ Lộc Tây (tỉnh Tây Ninh; the commune is
// invented) to the provincial Red Cross, year-end report 2025 in the association's layout (Phần I - III,
// items a) to d)): branches by kind in parentheses, members as a stock and flow from a footnote (admissions
// by kind of branch in parentheses, departures), women as a share, overlapping party members, volunteers
// active as a whole percent, teams per member, branch grading with a share and a "none", dues X/Y times a
// rate, resources in tỷ against the previous year in triệu in the sentence before, cash and goods in triệu,
// shares by source with no amounts, Tết gifts (count, amount, per gift, kinds after "gồm"), houses (count ×
// support, the lũy kế since 2021 from a footnote that also gives 2024 alone), scholarships and patients
// (count × amount, per visit), a whirlwind (a "none" about people, per household), the address movement
// (overlapping new ones), a table of aid by activity with shares (rows, total, the rate of the resources and
// the remainder), blood donation (against the plan, per drive, first donors, a drive in the text against a
// table of four drives with dates, the lũy kế since 2021 from a footnote), first aid (against the plan, per
// class, the lũy kế since 2023 from a footnote), a summary restating figures (members of the population,
// young members of the pupils, a "none" of homes damaged), weaknesses and 2026 targets.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-hoi-chu-thap-do-xa-my-loc-tay-cong-tac-hoi-nam-2025.md',
  prefix: 'mlt',
  claims: [
    contradiction({ id: 'decision', quote: ['Quyết định số 15/QĐ-CTĐ ngày 10/7/2025'], stated: '15/QĐ-CTĐ', expected: 'a decision number and a date', consistent: true, reason: 'The number and date of the province\'s decision.', trap: 'a document number and a date written with slashes.' }),
    // 1
    sum({ id: 'branches', quote: ['có 19 chi hội (14 chi hội ấp, 5 chi hội trường học)'], parts: ['14', '5'], total: '19' }),
    repeat({ id: 'hamlet-branches', quote: ['14 chi hội ấp', 'Xã Mỹ Lộc Tây có 14 ấp'], values: ['14', '14'] }),
    repeat({ id: 'school-branches', quote: ['5 chi hội trường học)', 'có 5 trường tiểu học, trung học cơ sở'], values: ['5', '5'], note: 'One branch in each school.' }),
    change({ id: 'members-change', quote: ['tăng 6,5% so với cuối năm 2024', 'với 3.284 hội viên, tăng', 'có 3.084 hội viên'], x: '3.284', base: '3.084', stated: '6,5%', direction: 'tăng', note: 'The base is in footnote 1.' }),
    sum({ id: 'members-flow', quote: ['với 3.284 hội viên, tăng', 'có 3.084 hội viên', 'kết nạp mới 312 hội viên', '112 hội viên chuyển sinh hoạt'], parts: ['3.084', '312', '−112'], total: '3.284', note: 'Footnote 1\'s members, plus admissions, less departures.' }),
    sum({ id: 'admissions-by-branch', quote: ['kết nạp mới 312 hội viên (chi hội ấp 198 hội viên, chi hội trường học 104 hội viên)'], parts: ['198', '104'], total: '312', mistake: 'planted', original: 'chi hội trường học 114 hội viên', note: 'Class 4: the admissions by kind of branch in parentheses add to 302, not 312.' }),
    share({ id: 'women', quote: ['Hội viên nữ 1.902 người, chiếm 57,9%', 'với 3.284 hội viên, tăng'], x: '1.902', y: '3.284', stated: '57,9%' }),
    atLeast({ id: 'party-members', quote: ['trong tổng số hội viên có 268 đảng viên', 'với 3.284 hội viên, tăng'], big: '3.284', small: '268', trap: 'an overlapping group after "trong tổng số".' }),
    ratio({ id: 'active-volunteers', quote: ['617 tình nguyện viên tham gia hoạt động thường xuyên, đạt 72%', 'có 846 tình nguyện viên'], x: '617', y: '846', stated: '72%', mistake: 'planted', original: 'đạt 73%', note: 'Class 7: 617/846 = 72,93%, which is 73% written whole; 72% truncates.' }),
    quotient({ id: 'per-team', quote: ['bình quân 12 thành viên/đội', 'Thành lập 5 đội sơ cấp cứu với 60 thành viên'], x: '60', y: '5', stated: '12', trap: 'an average per team.' }),
    sum({ id: 'grading', quote: ['có 19 chi hội (', 'vững mạnh 13 chi hội (68,4%), khá 5 chi hội, trung bình 1 chi hội'], parts: ['13', '5', '1'], total: '19' }),
    share({ id: 'strong-share', quote: ['vững mạnh 13 chi hội (68,4%)', 'có 19 chi hội ('], x: '13', y: '19', stated: '68,4%' }),
    contradiction({ id: 'no-weak', quote: ['không có chi hội yếu kém'], stated: 'không có', expected: 'none', consistent: true, reason: 'The grading counts no weak branch.', trap: 'a "none" with nothing against it.' }),
    ratio({ id: 'dues-rate', quote: ['Thu hội phí 3.196/3.284 hội viên, đạt 97,3%'], x: '3.196', y: '3.284', stated: '97,3%' }),
    product({ id: 'dues-amount', quote: ['tổng số tiền 38,35 triệu đồng', 'mức 12.000 đồng/hội viên/năm', 'Thu hội phí 3.196/3.284'], x: '3.196', y: '12.000', factor: '0,000001', stated: '38,35', trap: 'a rate per member times the members who paid.' }),
    // 2
    ratio({ id: 'resources-plan', quote: ['đạt 121,5% kế hoạch (kế hoạch 4 tỷ đồng)', 'vận động được 4,86 tỷ đồng'], x: '4,86 tỷ đồng', y: '4 tỷ đồng', stated: '121,5%' }),
    change({ id: 'resources-change', quote: ['tăng 21,5% so với năm 2024', 'vận động được 4,86 tỷ đồng', 'Hội vận động được 4.120 triệu đồng'], x: '4,86 tỷ đồng', base: '4.120 triệu đồng', stated: '21,5%', direction: 'tăng', mistake: 'planted', original: 'tăng 18,0% so với năm 2024', note: 'Class 1: the base is in the sentence before, in triệu against tỷ; 21,5% is the excess over the plan (121,5% − 100%), not the change against 2024 (17,96%).' }),
    sum({ id: 'cash-goods', quote: ['vận động được 4,86 tỷ đồng', 'gồm tiền mặt 2.940 triệu đồng và hàng hóa quy đổi 1.920 triệu đồng'], parts: ['2.940 triệu đồng', '1.920 triệu đồng'], total: '4,86 tỷ đồng' }),
    sum({ id: 'source-shares-100', quote: ['doanh nghiệp 45,2%, nhà hảo tâm và con em xa quê 38,5%, cán bộ, hội viên, tình nguyện viên 17,3%'], parts: ['45,2', '38,5', '17,3'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'cán bộ, hội viên, tình nguyện viên 16,3%', note: 'Class 3: shares by source with no amounts add to 101,0%.' }),
    // 3 a
    quotient({ id: 'per-gift', quote: ['bình quân 600.000 đồng/phần', 'trao 1.350 phần quà', 'trị giá 810 triệu đồng'], x: '810.000.000', y: '1.350', stated: '600.000', trap: 'an average per gift.', note: 'The 810 triệu đồng written in đồng.' }),
    sum({ id: 'gift-kinds', quote: ['trao 1.350 phần quà', 'gồm 1.020 phần quà tiền mặt và 380 phần quà hàng hóa'], parts: ['1.020', '380'], total: '1.350', mistake: 'planted', original: 'và 330 phần quà hàng hóa', note: 'Class 4: the kinds of gifts after "gồm" add to 1.400, not 1.350.' }),
    // 3 b
    sum({ id: 'houses-cost', quote: ['tổng kinh phí 1,05 tỷ đồng', 'xây mới 7 căn, mức hỗ trợ 120 triệu đồng/căn', 'sửa chữa 5 căn, mức hỗ trợ 42 triệu đồng/căn'], parts: ['840 triệu đồng', '210 triệu đồng'], total: '1,05 tỷ đồng', note: '7 × 120 + 5 × 42 triệu đồng.' }),
    repeat({ id: 'houses-cost-table', quote: ['1.050', 'tổng kinh phí 1,05 tỷ đồng'], values: ['1.050 triệu đồng', '1,05 tỷ đồng'], kind: 'unit' }),
    sum({ id: 'houses-count', quote: ['xây mới, sửa chữa 12 căn nhà nhân đạo', 'Xây mới, sửa chữa nhà nhân đạo', 'xây mới 7 căn', 'sửa chữa 5 căn'], parts: ['7', '5'], total: '12' }),
    cumulative({ id: 'houses-cumulative', quote: ['lên 39 căn', 'xây mới, sửa chữa 31 căn nhà nhân đạo; riêng năm 2024: 8 căn', 'Xây mới, sửa chữa nhà nhân đạo'], previous: '31', period: '12', stated: '39', mistake: 'planted', original: 'lên 43 căn[^2]', note: 'Class 6: footnote 2\'s 31 houses to the end of 2024 plus this year\'s 12 is 43; 39 adds the footnote\'s 2024 alone (8) instead.' }),
    // 3 c
    product({ id: 'scholarships', quote: ['tổng số tiền 315 triệu đồng', 'Trao 210 suất học bổng', 'mỗi suất 1,5 triệu đồng'], x: '210', y: '1,5', stated: '315', trap: 'count × amount per scholarship.' }),
    quotient({ id: 'per-patient', quote: ['bình quân 1,5 triệu đồng/lượt', 'Hỗ trợ 324 lượt bệnh nhân', 'với số tiền 486 triệu đồng'], x: '486', y: '324', stated: '1,5', trap: 'an average per visit.' }),
    // 3 d
    contradiction({ id: 'no-casualties', quote: ['không có thiệt hại về người'], stated: 'không có', expected: 'a "none" about people beside houses damaged', consistent: true, reason: 'No one was hurt; the 26 households lost houses.', trap: 'a "none" about another subject beside a count.' }),
    quotient({ id: 'per-household', quote: ['bình quân 15 triệu đồng/hộ', 'làm 26 hộ bị sập', 'Hội hỗ trợ các hộ 390 triệu đồng'], x: '390', y: '26', stated: '15', trap: 'an average per household.' }),
    contradiction({ id: 'hamlet-names', quote: ['ấp Mỹ Lộc 1, ấp Mỹ Lộc 2 và ấp Cầu Tre'], stated: '1', expected: 'numbers in names', consistent: true, reason: 'Hamlets\' names, counted as 3 kitchens.', trap: 'numbers in names.' }),
    atLeast({ id: 'new-addresses', quote: ['trong đó 52 địa chỉ được kết nối mới', 'kết nối 148 địa chỉ nhân đạo'], big: '148', small: '52', trap: 'a subgroup after "trong đó".' }),
    // table
    repeat({ id: 't-gifts', quote: ['Quà Tết Nhân ái', 'trị giá 810 triệu đồng'], values: ['810', '810'] }),
    repeat({ id: 't-scholarships', quote: ['Học bổng', 'tổng số tiền 315 triệu đồng'], values: ['315', '315'] }),
    repeat({ id: 't-patients', quote: ['Hỗ trợ bệnh nhân nghèo, người khuyết tật', 'với số tiền 486 triệu đồng'], values: ['486', '486'] }),
    repeat({ id: 't-whirlwind', quote: ['Hỗ trợ hộ bị lốc xoáy', 'Hội hỗ trợ các hộ 390 triệu đồng'], values: ['390', '390'] }),
    repeat({ id: 't-meals', quote: ['Bếp ăn từ thiện', 'trao 7.300 suất cơm'], values: ['7.300', '7.300'] }),
    sum({ id: 't-total', quote: ['Tổng giá trị đã trao 3.355 triệu đồng', 'Tổng cộng', 'Quà Tết Nhân ái', '1.050', 'Học bổng', 'Hỗ trợ bệnh nhân nghèo, người khuyết tật', 'Hỗ trợ hộ bị lốc xoáy', 'Bếp ăn từ thiện'], parts: ['810', '1.050', '315', '486', '390', '304'], total: '3.355' }),
    share({ id: 't-gifts-pct', quote: ['24,1', 'Tổng cộng'], x: '810', y: '3.355', stated: '24,1' }),
    share({ id: 't-houses-pct', quote: ['31,3', 'Tổng cộng'], x: '1.050', y: '3.355', stated: '31,3' }),
    share({ id: 't-scholarships-pct', quote: ['9,4', 'Tổng cộng'], x: '315', y: '3.355', stated: '9,4' }),
    share({ id: 't-patients-pct', quote: ['14,5', 'Tổng cộng'], x: '486', y: '3.355', stated: '14,5' }),
    share({ id: 't-whirlwind-pct', quote: ['11,6', 'Tổng cộng'], x: '390', y: '3.355', stated: '11,6' }),
    share({ id: 't-meals-pct', quote: ['9,1', 'Tổng cộng'], x: '304', y: '3.355', stated: '9,1' }),
    sum({ id: 't-shares-100', quote: ['100,0', '24,1', '31,3', '9,4', '14,5', '11,6', '9,1'], parts: ['24,1', '31,3', '9,4', '14,5', '11,6', '9,1'], total: '100,0', rounded: true, kind: 'share_percent' }),
    repeat({ id: 'given-total', quote: ['Tổng giá trị đã trao 3.355 triệu đồng', 'Tổng cộng'], values: ['3.355', '3.355'] }),
    ratio({ id: 'given-rate', quote: ['bằng 69,0% tổng giá trị vận động', 'Tổng giá trị đã trao 3.355 triệu đồng', 'vận động được 4,86 tỷ đồng'], x: '3.355 triệu đồng', y: '4,86 tỷ đồng', stated: '69,0%' }),
    difference({ id: 'remainder', quote: ['số còn lại 1.505 triệu đồng', 'vận động được 4,86 tỷ đồng', 'Tổng giá trị đã trao 3.355 triệu đồng'], a: '4,86 tỷ đồng', b: '3.355 triệu đồng', stated: '1.505 triệu đồng' }),
    // 4
    ratio({ id: 'blood-plan', quote: ['đạt 114,6% kế hoạch (1.000 đơn vị)', 'tiếp nhận 1.146 đơn vị máu, đạt'], x: '1.146', y: '1.000', stated: '114,6%' }),
    quotient({ id: 'per-drive', quote: ['bình quân 286,5 đơn vị/đợt', 'tổ chức 4 đợt hiến máu', 'tiếp nhận 1.146 đơn vị máu, đạt'], x: '1.146', y: '4', stated: '286,5', trap: 'an average per drive.' }),
    atLeast({ id: 'first-donors', quote: ['trong đó 402 người hiến máu lần đầu', 'tiếp nhận 1.146 đơn vị máu, đạt'], big: '1.146', small: '402', trap: 'first-time donors after "trong đó": people among the units.' }),
    repeat({ id: 'drive-3', quote: ['Đợt 3 (ngày 15/8/2025) tiếp nhận 278 đơn vị', '287'], values: ['287', '278'], mistake: 'planted', original: 'Đợt 3 (ngày 15/8/2025) tiếp nhận 287 đơn vị', note: 'Class 5: the text swaps two digits of the table\'s 287, which the column total holds.' }),
    atLeast({ id: 'drive-3-forces', quote: ['trong đó có 31 đơn vị của lực lượng vũ trang xã', '287'], big: '287', small: '31', trap: 'a subgroup after "trong đó".' }),
    cumulative({ id: 'blood-cumulative', quote: ['toàn xã tiếp nhận 5.318 đơn vị máu', 'các xã cũ tiếp nhận 4.172 đơn vị máu', 'tiếp nhận 1.146 đơn vị máu, đạt'], previous: '4.172', period: '1.146', stated: '5.318' }),
    sum({ id: 't-units', quote: ['tiếp nhận 1.146 đơn vị máu, đạt', 'Cả năm', '298', '271', '287', '290'], parts: ['298', '271', '287', '290'], total: '1.146' }),
    sum({ id: 't-registered', quote: ['1.347', '336', '341', 'Cả năm'], parts: ['352', '318', '336', '341'], total: '1.347' }),
    ratio({ id: 't-drive-1', quote: ['84,7', '298'], x: '298', y: '352', stated: '84,7' }),
    ratio({ id: 't-drive-2', quote: ['85,2', '271'], x: '271', y: '318', stated: '85,2' }),
    ratio({ id: 't-drive-3', quote: ['85,4', '336', '287'], x: '287', y: '336', stated: '85,4' }),
    ratio({ id: 't-drive-4', quote: ['85,0', '341', '290'], x: '290', y: '341', stated: '85,0' }),
    ratio({ id: 't-drive-total', quote: ['85,1', 'Cả năm', '1.347'], x: '1.146', y: '1.347', stated: '85,1' }),
    contradiction({ id: 't-dates', quote: ['14/01/2025'], stated: '14/01/2025', expected: 'dates', consistent: true, reason: 'The drives\' dates.', trap: 'dates written X/Y in a table.' }),
    // 5
    ratio({ id: 'first-aid-plan', quote: ['đạt 112,4% kế hoạch (1.000 lượt)', 'cho 1.124 lượt người'], x: '1.124', y: '1.000', stated: '112,4%' }),
    quotient({ id: 'per-class', quote: ['bình quân 62 người/lớp', 'Tổ chức 18 lớp tập huấn', 'cho 1.124 lượt người'], x: '1.124', y: '18', stated: '62', trap: 'an average per class.' }),
    cumulative({ id: 'first-aid-cumulative', quote: ['tập huấn cho 3.352 lượt người', 'tập huấn sơ cấp cứu cho 2.352 lượt người', 'cho 1.124 lượt người'], previous: '2.352', period: '1.124', stated: '3.352', mistake: 'planted', original: 'tập huấn cho 3.476 lượt người[^4]', note: 'Class 6: footnote 4\'s 2.352 plus this year\'s 1.124 is 3.476; 3.352 adds the plan of 1.000 instead.' }),
    contradiction({ id: 'no-drowning', quote: ['không có sự cố đuối nước nào tại các điểm bơi'], stated: 'không có', expected: 'none', consistent: true, reason: 'Nothing in the report counts a drowning.', trap: 'a "none" with nothing against it.' }),
    // Phần II
    share({ id: 'members-population', quote: ['chiếm 9,6% dân số', '34.126 nhân khẩu', 'toàn xã có 3.284 hội viên'], x: '3.284', y: '34.126', stated: '9,6%' }),
    share({ id: 'summary-young', quote: ['1.215 em, đạt 37,0% số học sinh', 'với 3.302 học sinh'], x: '1.215', y: '3.302', stated: '37,0%', mistake: 'planted', original: '1.215 em, đạt 36,8% số học sinh', note: 'Class 2: the rate is in the summary, its base in the opening paragraph; 37,0% is 1.215 divided by the 3.284 members (37,00%) instead of the 3.302 pupils (36,80%).' }),
    repeat({ id: 'summary-resources', quote: ['Tổng giá trị vận động đạt 4,86 tỷ đồng', 'vận động được 4,86 tỷ đồng'], values: ['4,86', '4,86'] }),
    repeat({ id: 'summary-blood', quote: ['tiếp nhận 1.146 đơn vị máu; xây mới', 'tiếp nhận 1.146 đơn vị máu, đạt'], values: ['1.146', '1.146'] }),
    contradiction({ id: 'summary-no-damage', quote: ['không có hộ dân nào bị thiệt hại về nhà ở do thiên tai', 'làm 26 hộ bị sập, tốc mái nhà'], stated: 'không có hộ dân nào bị thiệt hại về nhà ở do thiên tai', expected: '26 hộ bị sập, tốc mái nhà (item 3 d)', consistent: false, reason: 'The summary denies the houses that the whirlwind of 18/6/2025 brought down or unroofed.', mistake: 'planted', original: 'Kịp thời hỗ trợ 26 hộ bị thiệt hại về nhà ở do lốc xoáy', note: 'Class 8: a "none" statement against a count.' }),
    contradiction({ id: 'summary-100', quote: ['100% chi hội tổ chức sinh hoạt định kỳ'], stated: '100%', expected: 'a percent with no base', consistent: true, reason: 'All branches, no count to check.', trap: 'a percent with no base.' }),
    difference({ id: 'unpaid-dues', quote: ['Còn 88 hội viên chưa đóng hội phí', 'Thu hội phí 3.196/3.284'], a: '3.284', b: '3.196', stated: '88' }),
    // Phần III
    contradiction({ id: 'targets', quote: ['Phát triển mới 300 hội viên; phấn đấu 100% chi hội xếp loại khá trở lên'], stated: '300', expected: 'targets', consistent: true, reason: 'Targets for 2026.', trap: 'targets of the next year.' }),
    change({ id: 'blood-target', quote: ['tăng 4,7% so với thực hiện năm 2025', 'tiếp nhận từ 1.200 đơn vị máu trở lên', 'tiếp nhận 1.146 đơn vị máu, đạt'], x: '1.200', base: '1.146', stated: '4,7%', direction: 'tăng', note: 'A target against this year\'s result, written with its base.' }),
  ],
});
