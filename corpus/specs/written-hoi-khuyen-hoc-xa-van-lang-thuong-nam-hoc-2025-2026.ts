// Written for the corpus (batch N2): Hội Khuyến học xã Văn Lang Thượng (tỉnh Phú Thọ; the commune is
// invented), the year-end report of the school year 2025 - 2026 in parts A - D: hamlets, households and
// people, schools by level in parentheses; branches by kind in parentheses, members as a stock and flow from
// a footnote (the year's admissions, the losses in the footnote), members as a share of the population,
// women in parentheses, the school branches' members as a share (of the footnote's old total), a five-year
// lũy kế below the year's admissions, clans with a study board; the fund (the balance at the start, receipts
// against the plan in parentheses and against the previous year in tỷ in parentheses, parts after "gồm",
// donors as a share, the commune fund against its plan in a footnote in tỷ, spending after "gồm", the
// balance carried over, a "none" of misuse); awards and scholarships (a table of six kinds: count × amount
// per award in nghìn đồng = triệu, a total row; the rows of awards against the spending's first part, pupils
// awarded as a share of the pupils, new students against the table, "chủ yếu"); learning families (of the
// registered and of all households, against the previous year), learning clans (against the plan, the lũy
// kế from a footnote), communities and units X/Y (one a whole percent), a rank X/Y; the summary restating
// figures (a rate far from its base) and the weaknesses (a misuse counted); next year's targets.
import { atLeast, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum, change } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-hoi-khuyen-hoc-xa-van-lang-thuong-nam-hoc-2025-2026.md',
  prefix: 'vlt',
  claims: [
    sum({ id: 'schools', quote: ['có 9 trường học (3 trường mầm non, 3 trường tiểu học, 2 trường trung học cơ sở và 1 trường trung học phổ thông)'], parts: ['3', '3', '2', '1'], total: '9' }),
    sum({ id: 'pupils', quote: ['với 3.126 học sinh phổ thông, gồm tiểu học 1.512 em, trung học cơ sở 1.046 em và trung học phổ thông 568 em'], parts: ['1.512', '1.046', '568'], total: '3.126' }),
    // B.1
    sum({ id: 'branches', quote: ['Hội có 22 chi hội (12 chi hội thôn, 9 chi hội trường học và 1 chi hội cơ quan)'], parts: ['12', '9', '1'], total: '22' }),
    repeat({ id: 'branches-hamlets', quote: ['(12 chi hội thôn', 'có 12 thôn với 4.215 hộ'], values: ['12', '12'], trap: 'one branch per hamlet, agreeing.' }),
    sum({ id: 'members-flow', quote: ['nâng tổng số hội viên lên 3.846 người', 'Đến ngày 31/5/2025 Hội có 3.702 hội viên', 'giảm 70 hội viên', 'phát triển mới 214 hội viên, nâng'], parts: ['3.702', '214', '−70'], total: '3.846', note: 'Footnote 1\'s members at 31/5/2025, plus the new, less the losses the footnote gives.' }),
    difference({ id: 'members-change', quote: ['tăng 144 hội viên so với năm học trước', 'nâng tổng số hội viên lên 3.846 người', 'Hội có 3.702 hội viên'], a: '3.846', b: '3.702', stated: '144', note: 'The previous year\'s members in footnote 1.' }),
    share({ id: 'members-population', quote: ['chiếm 24,3% dân số', 'nâng tổng số hội viên lên 3.846 người', '15.820 nhân khẩu'], x: '3.846', y: '15.820', stated: '24,3%' }),
    share({ id: 'women', quote: ['hội viên nữ 2.118 người (55,1%)', 'nâng tổng số hội viên lên 3.846 người'], x: '2.118', y: '3.846', stated: '55,1%' }),
    share({ id: 'school-members', quote: ['chiếm 11,1% tổng số hội viên', 'Các chi hội trường học có 412 hội viên', 'nâng tổng số hội viên lên 3.846 người', 'Hội có 3.702 hội viên'], x: '412', y: '3.846', stated: '11,1%', mistake: 'planted', original: 'chiếm 10,7% tổng số hội viên', note: 'Class 3: the members (3.846) are given in the sentence before; 412/3.846 = 10,71%; 11,1% divides by footnote 1\'s 3.702 members of the year before.' }),
    atLeast({ id: 'five-years', quote: ['toàn xã phát triển mới 196 hội viên', 'phát triển mới 214 hội viên, nâng'], big: '196', small: '214', kind: 'cumulative', mistake: 'planted', original: 'toàn xã phát triển mới 1.096 hội viên', note: 'Class 6: the lũy kế of five years (196) is below this school year\'s 214 new members alone.' }),
    atLeast({ id: 'party-members', quote: ['612 hội viên là đảng viên', 'nâng tổng số hội viên lên 3.846 người'], big: '3.846', small: '612', trap: 'an overlapping group (party members) beside women.' }),
    quotient({ id: 'per-branch', quote: ['bình quân mỗi chi hội có 174,8 hội viên', 'Hội có 22 chi hội', 'nâng tổng số hội viên lên 3.846 người'], x: '3.846', y: '22', stated: '174,8', trap: 'an average per branch.' }),
    contradiction({ id: 'clans-board', quote: ['Có 46 dòng họ thành lập Ban khuyến học'], stated: '46', expected: 'a count', consistent: true, reason: 'Clans with a study board; not the learning clans recognised.', trap: 'a count of clans beside the learning clans counted later.' }),
    // B.2
    sum({ id: 'balance', quote: ['Số dư Quỹ chuyển sang năm học 2026 - 2027 là 224,7 triệu đồng', 'đầu năm học là 186,4 triệu đồng', 'huy động được 612,5 triệu đồng', 'Tổng chi trong năm học 574,2 triệu đồng'], parts: ['186,4', '612,5', '−574,2'], total: '224,7', kind: 'cumulative', note: 'The balance at the start, plus receipts, less spending.' }),
    share({ id: 'spending-awards', quote: ['chiếm 93,1% tổng chi', 'tổng số tiền 534,6 triệu đồng', 'Tổng chi trong năm học 574,2 triệu đồng'], x: '534,6', y: '574,2', stated: '93,1%', note: 'Awards, scholarships and support are the table\'s 534,6 triệu.' }),
    share({ id: 'spending-running', quote: ['chỉ chiếm 6,9%', 'chi hội nghị, hoạt động của Hội 39,6 triệu đồng', 'Tổng chi trong năm học 574,2 triệu đồng'], x: '39,6', y: '574,2', stated: '6,9%' }),
    ratio({ id: 'spending-receipts', quote: ['tổng chi bằng 93,7% số huy động', 'Tổng chi trong năm học 574,2 triệu đồng', 'huy động được 612,5 triệu đồng'], x: '574,2', y: '612,5', stated: '93,7%' }),
    quotient({ id: 'per-person', quote: ['bình quân mỗi người dân đóng góp 38,7 nghìn đồng', 'huy động được 612,5 triệu đồng', '15.820 nhân khẩu'], x: '612,5', y: '15.820', factor: '1000', stated: '38,7', trap: 'receipts per inhabitant in nghìn đồng from triệu.' }),
    ratio({ id: 'receipts-plan', quote: ['đạt 122,5% kế hoạch (500 triệu đồng)', 'huy động được 612,5 triệu đồng'], x: '612,5', y: '500', stated: '122,5%' }),
    change({ id: 'receipts-change', quote: ['tăng 15,6% so với năm học trước (0,5172 tỷ đồng)', 'huy động được 612,5 triệu đồng'], x: '612,5 triệu đồng', base: '0,5172 tỷ đồng', stated: '15,6%', direction: 'tăng', mistake: 'planted', original: 'tăng 18,4% so với năm học trước (0,5172 tỷ đồng)', note: 'Class 1: the base in parentheses, in tỷ; (612,5 − 517,2)/517,2 = 18,43%; 15,6% divides the increase by this year\'s 612,5.' }),
    sum({ id: 'receipts-parts', quote: ['huy động được 612,5 triệu đồng', 'gồm quỹ khuyến học cấp xã 248,6 triệu đồng, quỹ của các chi hội thôn 196,4 triệu đồng, quỹ khuyến học dòng họ 123,8 triệu đồng và quỹ tại các trường học 34,7 triệu đồng'], parts: ['248,6', '196,4', '123,8', '34,7'], total: '612,5', mistake: 'planted', original: 'quỹ khuyến học dòng họ 132,8 triệu đồng', note: 'Class 4: the parts after "gồm" add to 603,5, not 612,5.' }),
    share({ id: 'donors', quote: ['chiếm 35,6% tổng số huy động', 'nhà hảo tâm 218 triệu đồng', 'huy động được 612,5 triệu đồng'], x: '218', y: '612,5', stated: '35,6%', trap: 'a share by source across the parts by level, followed by "chủ yếu" with no amount.' }),
    ratio({ id: 'commune-fund-plan', quote: ['đạt 106,3% kế hoạch', 'quỹ khuyến học cấp xã 248,6 triệu đồng', 'năm học 2025 - 2026: 0,24 tỷ đồng'], x: '248,6 triệu đồng', y: '0,24 tỷ đồng', stated: '106,3%', mistake: 'planted', original: 'đạt 103,6% kế hoạch', note: 'Class 1: the plan is only in footnote 2, in tỷ; 248,6/240 = 103,58%; the digits are swapped.' }),
    sum({ id: 'spending-parts', quote: ['Tổng chi trong năm học 574,2 triệu đồng', 'khen thưởng học sinh giỏi, học sinh đạt giải 312,6 triệu đồng; học bổng cho học sinh nghèo vượt khó 158 triệu đồng; hỗ trợ tân sinh viên 64 triệu đồng; chi hội nghị, hoạt động của Hội 39,6 triệu đồng'], parts: ['312,6', '158', '64', '39,6'], total: '574,2' }),
    // B.3 table
    product({ id: 't-primary', quote: ['43,8', '146', '300'], x: '146', y: '300', factor: '0,001', stated: '43,8', trap: 'count × amount per award in nghìn đồng = triệu.' }),
    product({ id: 't-lower', quote: ['51,2', '128', '400'], x: '128', y: '400', factor: '0,001', stated: '51,2', trap: 'count × amount per award.' }),
    product({ id: 't-upper', quote: ['38,4', '600', 'Học sinh giỏi trung học phổ thông'], x: '64', y: '600', factor: '0,001', stated: '38,4', trap: 'count × amount per award.' }),
    product({ id: 't-province', quote: ['179,2', '3.200', 'Học sinh đạt giải cấp tỉnh trở lên'], x: '56', y: '3.200', factor: '0,001', stated: '179,2', trap: 'count × amount per award.' }),
    product({ id: 't-poor', quote: ['158,0', 'Học bổng học sinh nghèo vượt khó'], x: '158', y: '1.000', factor: '0,001', stated: '158,0', trap: 'count × amount per award.' }),
    product({ id: 't-students', quote: ['64,0', 'Hỗ trợ tân sinh viên'], x: '64', y: '1.000', factor: '0,001', stated: '64,0', trap: 'count × amount per award.' }),
    sum({ id: 't-count', quote: ['với tổng số 616 suất', '146', '128', 'Học sinh giỏi trung học phổ thông', 'Học sinh đạt giải cấp tỉnh trở lên', 'Học bổng học sinh nghèo vượt khó', 'Hỗ trợ tân sinh viên'], parts: ['146', '128', '64', '56', '158', '64'], total: '616' }),
    sum({ id: 't-money', quote: ['tổng số tiền 534,6 triệu đồng (bình quân', '43,8', '51,2', '38,4', '179,2', '158,0', '64,0'], parts: ['43,8', '51,2', '38,4', '179,2', '158,0', '64,0'], total: '534,6' }),
    repeat({ id: 'count-text', quote: ['tổng số 616 suất, tổng số tiền', 'Tổng cộng'], values: ['616', '616'] }),
    quotient({ id: 'per-award', quote: ['bình quân 867,9 nghìn đồng/suất', 'với tổng số 616 suất', 'tổng số tiền 534,6 triệu đồng (bình quân'], x: '534,6', y: '616', factor: '1000', stated: '867,9', trap: 'an average per award in nghìn đồng from triệu.' }),
    repeat({ id: 'province-award', quote: ['được thưởng 3,2 triệu đồng/em', '3.200'], values: ['3,2 triệu đồng', '3.200 nghìn đồng'], kind: 'unit', trap: 'the amount per award in triệu in the text and in nghìn đồng in the table.' }),
    repeat({ id: 'province-count', quote: ['trong đó 56 em đạt giải cấp tỉnh trở lên', 'Học sinh đạt giải cấp tỉnh trở lên'], values: ['56', '56'] }),
    sum({ id: 'awards-spending', quote: ['học sinh đạt giải 312,6 triệu đồng', '43,8', '51,2', '38,4', '179,2'], parts: ['43,8', '51,2', '38,4', '179,2'], total: '312,6', note: 'The spending\'s first part is the table\'s rows 1 - 4.' }),
    repeat({ id: 'poor-spending', quote: ['học bổng cho học sinh nghèo vượt khó 158 triệu đồng', '158,0'], values: ['158', '158,0'] }),
    share({ id: 'awarded-pupils', quote: ['chiếm 12,6% tổng số học sinh phổ thông', '146', '128', 'Học sinh giỏi trung học phổ thông', 'Học sinh đạt giải cấp tỉnh trở lên', 'với 3.126 học sinh phổ thông'], x: '146 + 128 + 64 + 56', y: '3.126', stated: '12,6%', note: 'The pupils awarded are the table\'s rows 1 - 4 (394).' }),
    ratio({ id: 'rate-primary', quote: ['ở tiểu học là 9,7%', '146', 'gồm tiểu học 1.512 em'], x: '146', y: '1.512', stated: '9,7%' }),
    ratio({ id: 'rate-lower', quote: ['trung học cơ sở 12,2%', '128', 'trung học cơ sở 1.046 em'], x: '128', y: '1.046', stated: '12,2%' }),
    ratio({ id: 'rate-upper', quote: ['trung học phổ thông 11,3%', 'Học sinh giỏi trung học phổ thông', 'trung học phổ thông 568 em'], x: '64', y: '568', stated: '11,3%', trap: 'rates by level, each of its own pupils, beside the total rate of all pupils.' }),
    repeat({ id: 'new-students', quote: ['hỗ trợ 62 tân sinh viên', 'Hỗ trợ tân sinh viên', '64,0'], values: ['64', '62'], mistake: 'planted', original: 'hỗ trợ 64 tân sinh viên', note: 'Class 5: the text counts 62 new students against the table\'s 64 awards of 1 triệu (64,0 triệu, as the spending says too).' }),
    contradiction({ id: 'mainly', quote: ['trong đó chủ yếu là con em hộ nghèo'], stated: 'chủ yếu', expected: 'a partial list', consistent: true, reason: 'The main groups, no counts.', trap: '"trong đó chủ yếu" with no figures.' }),
    // B.4
    ratio({ id: 'families-registered', quote: ['đạt 72,4% số hộ đăng ký', 'có 2.986 hộ đạt danh hiệu', 'Có 4.124 hộ đăng ký'], x: '2.986', y: '4.124', stated: '72,4%' }),
    share({ id: 'families-all', quote: ['chiếm 70,8% tổng số hộ toàn xã', 'có 2.986 hộ đạt danh hiệu', 'có 12 thôn với 4.215 hộ'], x: '2.986', y: '4.215', stated: '70,8%', trap: 'the same families against two bases in one sentence, each with its rate.' }),
    difference({ id: 'families-change', quote: ['tăng 174 gia đình so với năm học trước', '2.812 gia đình', 'có 2.986 hộ đạt danh hiệu'], a: '2.986', b: '2.812', stated: '174', note: 'The previous year in parentheses.' }),
    ratio({ id: 'clans-plan', quote: ['đạt 90,0% kế hoạch (10 dòng họ)', 'Công nhận mới 9 "Dòng họ học tập"'], x: '9', y: '10', stated: '90,0%' }),
    cumulative({ id: 'clans-cumulative', quote: ['lên 38 dòng họ', 'toàn xã có 31 dòng họ được công nhận', 'Công nhận mới 9 "Dòng họ học tập"'], previous: '31', period: '9', stated: '38', mistake: 'planted', original: 'toàn xã có 29 dòng họ được công nhận', note: 'Class 6: footnote 3\'s 31 clans plus the 9 new is 40, not 38.' }),
    ratio({ id: 'communities', quote: ['Có 11/12 thôn đạt danh hiệu "Cộng đồng học tập", đạt 91,7%'], x: '11', y: '12', stated: '91,7%' }),
    ratio({ id: 'units', quote: ['14/19 cơ quan, đơn vị, trường học đạt danh hiệu "Đơn vị học tập", đạt 73%'], x: '14', y: '19', stated: '73%', mistake: 'planted', original: 'đạt 74%', note: 'Class 7: 14/19 = 73,68%, which is 74% written whole; 73% truncates.' }),
    contradiction({ id: 'rank', quote: ['xếp thứ 3/148 xã, phường trong tỉnh'], stated: '3/148', expected: 'a rank', consistent: true, reason: 'A rank.', trap: 'a rank written X/Y.' }),
    // C
    repeat({ id: 'summary-receipts', quote: ['huy động Quỹ khuyến học đạt 122,5% kế hoạch', 'đạt 122,5% kế hoạch (500'], values: ['122,5%', '122,5%'] }),
    share({ id: 'summary-families', quote: ['tỷ lệ gia đình học tập đạt 72,4% tổng số hộ toàn xã', 'có 2.986 hộ đạt danh hiệu', 'có 12 thôn với 4.215 hộ', 'Có 4.124 hộ đăng ký'], x: '2.986', y: '4.215', stated: '72,4%', mistake: 'planted', original: 'tỷ lệ gia đình học tập đạt 70,8% tổng số hộ toàn xã', note: 'Class 2: the households (4.215) are in part A, the families in B.4; 2.986/4.215 = 70,84%; 72,4% is the rate of the registered households, called a share of all.' }),
    contradiction({ id: 'misuse', quote: ['có 01 chi hội thôn Đồng Giang chi Quỹ khuyến học sai mục đích 4,5 triệu đồng', 'không có trường hợp nào sử dụng Quỹ sai mục đích'], stated: '01 chi hội … chi Quỹ khuyến học sai mục đích', expected: 'none (B.2)', consistent: false, reason: 'Section B.2 says the fund was never misused; the weaknesses count a branch that spent 4,5 triệu đồng of it wrongly.', mistake: 'planted', original: 'có chi hội chưa mở sổ theo dõi thu, chi Quỹ khuyến học', note: 'Class 8: a count against a "none" statement.' }),
    difference({ id: 'units-left', quote: ['Còn 5 cơ quan, đơn vị, trường học chưa đạt', '14/19 cơ quan'], a: '19', b: '14', stated: '5' }),
    difference({ id: 'hamlet-left', quote: ['và 1 thôn chưa đạt danh hiệu', 'Có 11/12 thôn'], a: '12', b: '11', stated: '1' }),
    // D
    contradiction({ id: 'targets', quote: ['Phấn đấu huy động Quỹ khuyến học 650 triệu đồng; phát triển thêm 200 hội viên mới'], stated: '650 triệu đồng', expected: 'targets', consistent: true, reason: 'Next year\'s targets.', trap: 'targets beside this year\'s figures.' }),
    contradiction({ id: 'target-all', quote: ['Phấn đấu 100% thôn đạt danh hiệu'], stated: '100%', expected: 'a target', consistent: true, reason: 'A target with no base.', trap: 'a percent with no base as a task.' }),
    repeat({ id: 'target-clans', quote: ['công nhận mới 10 "Dòng họ học tập"', '(10 dòng họ)'], values: ['10', '10'], trap: 'next year\'s target equal to this year\'s plan.' }),
  ],
});
