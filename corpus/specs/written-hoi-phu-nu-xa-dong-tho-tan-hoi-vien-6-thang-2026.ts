// Written for the corpus (batch H2): Hội Liên hiệp Phụ nữ xã Đông Thọ Tân (tỉnh Thanh Hóa; the commune is
// invented), six-month report 2026: members against women over 18 with the congress's target, members by
// party membership and age, legal campaign, emulation movements, houses for poor members (per-house amount,
// lũy kế of the term in a footnote), the "Vì phụ nữ nghèo" fund against its target, loans entrusted by the
// social policy bank with a table by programme and a share column, savings groups (tỷ against triệu),
// households out of poverty against the plan, domestic violence (kinds, the same period in parentheses),
// mediation, Tết gifts, admissions and losses, branch classification and rank; summary restating figures;
// the 2025 year-end figures and the term's lũy kế in 3 footnotes.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-hoi-phu-nu-xa-dong-tho-tan-hoi-vien-6-thang-2026.md',
  prefix: 'dtt',
  claims: [
    // I. Đặc điểm tình hình
    difference({ id: 'members-vs-new-year', quote: ['tăng 74 hội viên so với đầu năm', 'Số liệu đến ngày 31/12/2025: 2.772 hội viên', '18 chi hội với 2.846 hội viên'], a: '2.846', b: '2.772', stated: '74', note: 'The start of the year in footnote 1.' }),
    ratio({ id: 'gathering-rate', quote: ['tỷ lệ tập hợp hội viên đạt 83,4% (chỉ tiêu', '18 chi hội với 2.846 hội viên', 'phụ nữ từ 18 tuổi trở lên 3.412 người'], x: '2.846', y: '3.412', stated: '83,4%' }),
    contradiction({ id: 'gathering-target', quote: ['là từ 82% trở lên'], stated: 'từ 82% trở lên', expected: 'the congress\'s target', consistent: true, reason: 'A target beside the rate 83,4%, which meets it.', trap: 'a target next to a rate.' }),
    share({ id: 'party-members-share', quote: ['386 hội viên là đảng viên, chiếm 13,9%', '18 chi hội với 2.846 hội viên', 'Số liệu đến ngày 31/12/2025: 2.772 hội viên'], x: '386', y: '2.846', stated: '13,9%', mistake: 'planted', original: '386 hội viên là đảng viên, chiếm 13,6%', note: 'Class 3: the share is taken of the year-start total in footnote 1 (386/2.772 = 13,93%); of today\'s 2.846 members it is 13,56%.' }),
    contradiction({ id: 'member-groups-overlap', quote: ['214 hội viên là người dân tộc Mường; 167 hội viên là cán bộ'], stated: '386, 214, 167', expected: 'overlapping groups of the 2.846 members', consistent: true, reason: 'Party members, Mường members and salaried members overlap; they are no breakdown of the members.', trap: 'overlapping groups, not parts.' }),
    sum({ id: 'members-by-age', quote: ['18 chi hội với 2.846 hội viên', 'từ 18 đến 30 tuổi 512 người', 'từ 31 đến 45 tuổi 968 người', 'từ 46 đến 60 tuổi 856 người', 'trên 60 tuổi 510 người'], parts: ['512', '968', '856', '510'], total: '2.846' }),
    share({ id: 'age-18-30', quote: ['từ 18 đến 30 tuổi 512 người (18,0%)'], x: '512', y: '2.846', stated: '18,0%' }),
    share({ id: 'age-31-45', quote: ['từ 31 đến 45 tuổi 968 người (34,0%)'], x: '968', y: '2.846', stated: '34,0%' }),
    share({ id: 'age-46-60', quote: ['từ 46 đến 60 tuổi 856 người (30,1%)'], x: '856', y: '2.846', stated: '30,1%' }),
    share({ id: 'age-over-60', quote: ['trên 60 tuổi 510 người (17,9%)'], x: '510', y: '2.846', stated: '17,9%' }),
    sum({ id: 'age-shares-100', quote: ['từ 18 đến 30 tuổi 512 người (18,0%)', 'từ 31 đến 45 tuổi 968 người (34,0%)', 'từ 46 đến 60 tuổi 856 người (30,1%)', 'trên 60 tuổi 510 người (17,9%)'], parts: ['18,0', '34,0', '30,1', '17,9'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    // II.1 Tuyên truyền
    quotient({ id: 'attendance-per-session', quote: ['bình quân 92 lượt người/buổi', 'Hội tổ chức 46 buổi tuyên truyền', 'với 4.218 lượt người tham dự'], x: '4.218', y: '46', stated: '92', trap: 'a per-session average, not a part.' }),
    atLeast({ id: 'members-among-attendance', quote: ['với 4.218 lượt người tham dự', 'trong đó có 3.705 lượt hội viên'], big: '4.218', small: '3.705', note: 'Members\' attendances are among all attendances.' }),
    sum({ id: 'contest-prizes', quote: ['trao giải cho 36 bài, gồm 2 giải nhất, 6 giải nhì, 10 giải ba và 18 giải khuyến khích'], parts: ['2', '6', '10', '18'], total: '36' }),
    // II.2 Phong trào thi đua
    share({ id: 'emulation-registered', quote: ['bằng 88,3% tổng số hội viên', 'có 2.513 hội viên đăng ký thực hiện', '18 chi hội với 2.846 hội viên'], x: '2.513', y: '2.846', stated: '88,3%' }),
    ratio({ id: 'five-no-three-clean', quote: ['đạt 86,2% số hộ đăng ký', 'có 3.021 hộ đăng ký, đến nay 2.604 hộ'], x: '2.604', y: '3.021', stated: '86,2%' }),
    product({ id: 'houses-cost', quote: ['tổng kinh phí 120 triệu đồng', 'xây dựng mới 02 Mái ấm tình thương', 'mức hỗ trợ 60 triệu đồng/căn'], x: '02', y: '60', stated: '120 triệu đồng', trap: 'a per-house amount times the houses.' }),
    cumulative({ id: 'houses-term', quote: ['toàn Hội đã xây dựng 19 Mái ấm tình thương', 'toàn Hội đã xây dựng 16 Mái ấm tình thương', 'xây dựng mới 02 Mái ấm tình thương'], previous: '16', period: '02', stated: '19', mistake: 'planted', original: 'toàn Hội đã xây dựng 18 Mái ấm tình thương', note: 'Class 6: the term\'s lũy kế to 31/12/2025 in footnote 2 (16) plus the 2 new houses is 18.' }),
    ratio({ id: 'poor-women-fund', quote: ['Kết quả đạt 71,2% chỉ tiêu được giao', 'đã vận động được 58,3 triệu đồng', 'Quỹ "Vì phụ nữ nghèo" 85 triệu đồng'], x: '58,3', y: '85', stated: '71,2%', mistake: 'planted', original: 'Kết quả đạt 68,6% chỉ tiêu được giao', note: 'Class 2: the percent stands in a sentence of its own, the target two sentences back; 58,3/85 = 68,59%.' }),
    // II.3.1 Ủy thác
    quotient({ id: 'loan-per-household', quote: ['bình quân 30,7 triệu đồng/hộ', 'với 1.386 hộ còn dư nợ', 'tổng dư nợ 42.618 triệu đồng, bình quân'], x: '42.618', y: '1.386', stated: '30,7', trap: 'a per-household average.' }),
    difference({ id: 'loans-increase', quote: ['dư nợ tăng 2.308 triệu đồng', 'tổng dư nợ 42.618 triệu đồng, bình quân', 'tổng dư nợ ủy thác 40.310 triệu đồng'], a: '42.618', b: '40.310', stated: '2.308' }),
    change({ id: 'loans-change', quote: ['tăng 2.308 triệu đồng, tăng 6,2%', 'tổng dư nợ 42.618 triệu đồng, bình quân', 'tổng dư nợ ủy thác 40.310 triệu đồng'], x: '42.618', base: '40.310', stated: '6,2%', direction: 'tăng', mistake: 'planted', original: 'tăng 2.308 triệu đồng, tăng 5,7%', note: 'Class 1: the base (40.310 triệu đồng) is only in footnote 1, cited three sentences earlier; 42.618/40.310 = 105,73%.' }),
    share({ id: 'overdue-share', quote: ['Nợ quá hạn 57 triệu đồng, chiếm 0,13% tổng dư nợ'], x: '57', y: '42.618', stated: '0,13%' }),
    contradiction({ id: 'overdue-ceiling', quote: ['tỷ lệ nợ quá hạn không quá 0,5%'], stated: '0,5%', expected: 'the bank\'s ceiling', consistent: true, reason: 'A ceiling beside the rate 0,13%.', trap: 'a threshold next to a rate.' }),
    sum({ id: 't-households', quote: ['với 1.386 hộ còn dư nợ'], parts: ['168', '215', '134', '402', '389', '18', '60'], total: '1.386', note: 'The table\'s column of households adds to the text\'s 1.386 and to its own total row.' }),
    sum({ id: 't-loans', quote: ['tổng dư nợ 42.618 triệu đồng, bình quân', '6.240', '9.105', '5.380', '13.460', '4.333', '2.950', '1.150'], parts: ['6.240', '9.105', '5.380', '13.460', '4.333', '2.950', '1.150'], total: '42.618' }),
    share({ id: 't-share-poor', quote: ['14,6', '6.240'], x: '6.240', y: '42.618', stated: '14,6' }),
    share({ id: 't-share-near-poor', quote: ['21,4', '9.105'], x: '9.105', y: '42.618', stated: '21,4' }),
    share({ id: 't-share-out-of-poverty', quote: ['12,6', '5.380'], x: '5.380', y: '42.618', stated: '12,6' }),
    share({ id: 't-share-jobs', quote: ['31,6', '13.460'], x: '13.460', y: '42.618', stated: '31,6' }),
    share({ id: 't-share-water', quote: ['10,2', '4.333'], x: '4.333', y: '42.618', stated: '10,2' }),
    share({ id: 't-share-housing', quote: ['6,9', '2.950'], x: '2.950', y: '42.618', stated: '6,9' }),
    share({ id: 't-share-students', quote: ['2,7', '1.150'], x: '1.150', y: '42.618', stated: '2,7' }),
    sum({ id: 't-shares-100', quote: ['14,6', '21,4', '12,6', '31,6', '10,2', '6,9', '2,7'], parts: ['14,6', '21,4', '12,6', '31,6', '10,2', '6,9', '2,7'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The rounded shares add to 99,9%, within their rounding.' }),
    repeat({ id: 'jobs-loans-text-table', quote: ['tỷ trọng lớn nhất với 13.640 triệu đồng', '13.460'], values: ['13.460 triệu đồng', '13.640 triệu đồng'], mistake: 'planted', original: 'tỷ trọng lớn nhất với 13.460 triệu đồng', note: 'Class 5: the text repeats the table\'s 13.460 with two digits swapped.' }),
    share({ id: 'women-borrowers', quote: ['chiếm 73%', 'giải ngân 342 lượt hộ vay, trong đó 253 lượt hộ'], x: '253', y: '342', stated: '73%', mistake: 'planted', original: 'chiếm 74%', note: 'Class 7: 253/342 = 73,98%, which is 74% written whole; 73% truncates.' }),
    // II.3.2 Tiết kiệm
    difference({ id: 'savings-increase', quote: ['tăng 415 triệu đồng, tăng 12,0%', 'đạt 3,46 tỷ đồng', '(3.045 triệu đồng)'], a: '3,46 tỷ đồng', b: '3.045 triệu đồng', stated: '415 triệu đồng', note: 'tỷ against triệu.' }),
    change({ id: 'savings-change', quote: ['tăng 12,0% so với đầu năm (3.045 triệu đồng)', 'đạt 3,46 tỷ đồng'], x: '3,46 tỷ đồng', base: '3.045 triệu đồng', stated: '12,0%', direction: 'tăng', mistake: 'planted', original: 'tăng 13,6% so với đầu năm (3.045 triệu đồng)', note: 'Class 1: the base in parentheses after the percent and in another scale (triệu against the tỷ of the balance); 415/3.045 = 13,63%, and 12,0% is 415 over the new balance 3.460.' }),
    contradiction({ id: 'savings-loan-range', quote: ['mức vay từ 5 đến 20 triệu đồng/lượt'], stated: '5 - 20 triệu đồng/lượt', expected: 'a per-loan range', consistent: true, reason: 'A range per loan, not parts of the savings.', trap: 'a per-item amount.' }),
    // II.3.3 Giảm nghèo
    ratio({ id: 'out-of-poverty-plan', quote: ['giúp 11 hộ thoát nghèo, đạt 73% kế hoạch năm (15 hộ)'], x: '11', y: '15', stated: '73%', note: 'Whole-number percent: 73,33% → 73%, correct; the plan in parentheses.' }),
    // II.4 Gia đình
    difference({ id: 'violence-vs-same-period', quote: ['giảm 3 vụ so với cùng kỳ (6 tháng đầu năm 2025: 8 vụ)', 'xảy ra 5 vụ bạo lực gia đình, giảm'], a: '8', b: '5', stated: '3', trap: 'the same period of 2025 in parentheses, not a part.' }),
    sum({ id: 'violence-kinds', quote: ['xảy ra 5 vụ bạo lực gia đình, giảm', 'gồm 2 vụ bạo lực tinh thần, 2 vụ bạo lực thể chất và 1 vụ bạo lực về kinh tế'], parts: ['2', '2', '1'], total: '5' }),
    sum({ id: 'violence-victims', quote: ['xảy ra 5 vụ bạo lực gia đình, giảm', 'nạn nhân là phụ nữ 4 người, là người cao tuổi 1 người'], parts: ['4', '1'], total: '5', note: 'One victim a case.' }),
    contradiction({ id: 'no-trafficking', quote: ['Không có vụ mua bán người, xâm hại tình dục trẻ em xảy ra trên địa bàn'], stated: 'không có vụ mua bán người', expected: 'a "none" about trafficking and abuse, not domestic violence', consistent: true, reason: 'The "none" is about trafficking and child abuse; the 5 cases of domestic violence are another subject.', trap: 'a "none" about another subject beside a count.' }),
    ratio({ id: 'mediation', quote: ['hòa giải thành 12 vụ, đạt 85,7%', 'hòa giải 14 vụ mâu thuẫn gia đình'], x: '12', y: '14', stated: '85,7%' }),
    contradiction({ id: 'child-marriage', quote: ['01 trường hợp tảo hôn ở thôn Đồng Lạc', 'không phát sinh trường hợp tảo hôn'], stated: '01 trường hợp tảo hôn', expected: '0 (section 4 says no child marriage arose in the six months)', consistent: false, reason: 'Section 4 says no child marriage arose in the first six months; the summary reports one in Đồng Lạc.', mistake: 'planted', original: 'vẫn còn 5 vụ bạo lực gia đình ở một số thôn', note: 'Class 8: a count against a "none" statement of the body.' }),
    // II.5 Chăm lo
    product({ id: 'tet-gifts', quote: ['tổng trị giá 107,5 triệu đồng', 'trao 215 suất quà', 'mỗi suất 500.000 đồng'], x: '215', y: '500.000', factor: '0,000001', stated: '107,5 triệu đồng', trap: 'a per-gift amount times the gifts.' }),
    contradiction({ id: 'foster-mothers', quote: ['27 trẻ em mồ côi được 24 hội viên'], stated: '27 trẻ em, 24 hội viên', expected: 'two counts of different things', consistent: true, reason: 'Children and the members who foster them; one member may foster two children.', trap: 'two counts side by side that are no part and whole.' }),
    // II.6 Tổ chức
    ratio({ id: 'admissions-target', quote: ['kết nạp mới 96 hội viên, đạt 80,0% chỉ tiêu năm (120 hội viên)'], x: '96', y: '120', stated: '80,0%' }),
    sum({ id: 'losses', quote: ['giảm 22 hội viên (từ trần 9, chuyển đi nơi khác 12)'], parts: ['9', '12'], total: '22', mistake: 'planted', original: 'giảm 22 hội viên (từ trần 9, chuyển đi nơi khác 13)', note: 'Class 4: the parts in parentheses add to 21, not 22; the net growth 96 − 22 = 74 agrees with the total.' }),
    difference({ id: 'net-growth', quote: ['tăng thực 74 hội viên', 'kết nạp mới 96 hội viên, đạt', 'giảm 22 hội viên'], a: '96', b: '22', stated: '74' }),
    cumulative({ id: 'admissions-term', quote: ['Hội kết nạp 710 hội viên', 'Hội kết nạp 614 hội viên', 'kết nạp mới 96 hội viên, đạt'], previous: '614', period: '96', stated: '710', note: 'The term\'s lũy kế to 31/12/2025 in footnote 3.' }),
    share({ id: 'branches-strong', quote: ['12 chi hội xếp loại vững mạnh (66,7%)', 'trong 18 chi hội có 12'], x: '12', y: '18', stated: '66,7%' }),
    share({ id: 'branches-good', quote: ['5 chi hội khá (27,8%)'], x: '5', y: '18', stated: '27,8%' }),
    share({ id: 'branches-average', quote: ['1 chi hội trung bình (5,6%)'], x: '1', y: '18', stated: '5,6%' }),
    sum({ id: 'branches-classified', quote: ['trong 18 chi hội có 12 chi hội xếp loại vững mạnh', '5 chi hội khá', '1 chi hội trung bình'], parts: ['12', '5', '1'], total: '18' }),
    contradiction({ id: 'rank', quote: ['xếp thứ 3/27 cơ sở Hội'], stated: '3/27', expected: 'a rank', consistent: true, reason: 'A rank written X/Y.', trap: 'a rank written X/Y.' }),
    // III. Đánh giá chung
    repeat({ id: 'admissions-summary', quote: ['kết nạp 96 hội viên mới', 'kết nạp mới 96 hội viên, đạt'], values: ['96', '96'] }),
    repeat({ id: 'gathering-summary', quote: ['tỷ lệ tập hợp hội viên đạt 83,4%;', 'tỷ lệ tập hợp hội viên đạt 83,4% (chỉ tiêu'], values: ['83,4%', '83,4%'] }),
    repeat({ id: 'loans-summary', quote: ['dư nợ ủy thác đạt 42,6 tỷ đồng', 'tổng dư nợ 42.618 triệu đồng, bình quân'], values: ['42.618 triệu đồng', '42,6 tỷ đồng'], kind: 'unit', note: 'triệu in the body, tỷ in the summary.' }),
    repeat({ id: 'overdue-summary', quote: ['nợ quá hạn chỉ chiếm 0,13%', 'chiếm 0,13% tổng dư nợ'], values: ['0,13%', '0,13%'] }),
    repeat({ id: 'out-of-poverty-summary', quote: ['giúp 12 hộ phụ nữ nghèo thoát nghèo', 'giúp 11 hộ thoát nghèo'], values: ['11', '12'], mistake: 'planted', original: 'giúp 11 hộ phụ nữ nghèo thoát nghèo', note: 'Class 5: the summary restates the households out of poverty as 12; the body says 11.' }),
    repeat({ id: 'violence-summary', quote: ['vẫn còn 5 vụ bạo lực gia đình', 'xảy ra 5 vụ bạo lực gia đình, giảm'], values: ['5', '5'] }),
    // IV. Phương hướng
    difference({ id: 'admissions-remaining', quote: ['Kết nạp thêm ít nhất 24 hội viên để hoàn thành chỉ tiêu năm', '(120 hội viên)'], a: '120', b: '96', stated: '24' }),
    difference({ id: 'out-of-poverty-remaining', quote: ['Giúp thêm ít nhất 4 hộ phụ nữ nghèo thoát nghèo', 'kế hoạch năm (15 hộ)'], a: '15', b: '11', stated: '4' }),
    contradiction({ id: 'targets-next', quote: ['Giữ tỷ lệ nợ quá hạn dưới 0,2%'], stated: 'dưới 0,2%', expected: 'a target', consistent: true, reason: 'A target for the second half of the year.', trap: 'a target.' }),
  ],
});
