// Written for the corpus (batch I2): Hội Nông dân xã Thạnh Lợi Đông (tỉnh Vĩnh Long; the commune is
// invented), six months of 2026: propaganda and mediation, members against the farming households with
// the congress's target, members as a stock and flow from a footnote, members by sex, party membership
// and age, dues per member, good-producer households of 2025 by level, models in ha and m², rice sold
// through the cooperative ("bằng … % cùng kỳ"), the farmers' support fund (sources in tỷ, loans, per
// household, against the year's plan, lũy kế from a footnote, balance, overdue debt against the
// ceiling), loans entrusted by the social policy bank in a table with a share column, fertiliser on
// credit in tấn restated in tạ, training and vocational classes against the plan, health insurance;
// summary restating figures.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-hoi-nong-dan-xa-thanh-loi-dong-hoi-vien-6-thang-2026.md',
  prefix: 'tld',
  claims: [
    // I.1 Tuyên truyền
    quotient({ id: 'propaganda-per-session', quote: ['bình quân 50 lượt người/cuộc', 'tổ chức 46 cuộc tuyên truyền', 'với 2.318 lượt hội viên'], x: '2.318', y: '46', stated: '50', trap: 'an average per session.' }),
    contradiction({ id: 'no-complaints', quote: ['không có hội viên tham gia khiếu kiện đông người, vượt cấp'], stated: 'không có khiếu kiện đông người, vượt cấp', expected: 'a "none" about another subject', consistent: true, reason: 'The "none" is about mass complaints; the 12 cases after it are disputes settled by mediation.', trap: 'a "none" about another subject beside a count.' }),
    contradiction({ id: 'mediation-x-of-y', quote: ['hòa giải thành 12/14 vụ mâu thuẫn'], stated: '12/14', expected: 'a count written X/Y', consistent: true, reason: 'Cases settled out of cases, written X/Y with no percent.', trap: 'a count written X/Y.' }),
    // I.2 Tổ chức
    difference({ id: 'members-vs-new-year', quote: ['tăng 57 hội viên so với đầu năm', 'Tổng số hội viên đến ngày 10/6/2026 là 2.846 người', 'Tổng số hội viên đến ngày 31/12/2025: 2.789 người'], a: '2.846', b: '2.789', stated: '57', note: 'The end of 2025 in footnote 1.' }),
    difference({ id: 'members-flow', quote: ['tăng 57 hội viên so với đầu năm', 'kết nạp mới 74 hội viên (cùng kỳ năm 2025 kết nạp 58 hội viên), giảm 17 hội viên'], a: '74', b: '17', stated: '57', note: 'Admissions less losses give the change since the start of the year; the same period\'s 58 in parentheses is another year.' }),
    share({ id: 'members-of-households', quote: ['chiếm 68,4% tổng số hộ nông dân (4.161 hộ)', 'là 2.846 người'], x: '2.846', y: '4.161', stated: '68,4%' }),
    contradiction({ id: 'congress-target', quote: ['chỉ tiêu Đại hội đến năm 2030 tập hợp 75% số hộ nông dân vào Hội'], stated: '75%', expected: 'a target next to a rate', consistent: true, reason: 'The congress\'s target for 2030 beside today\'s 68,4%; it is no ratio of the figures.', trap: 'a target next to a rate.' }),
    share({ id: 'women-share', quote: ['có 1.128 hội viên nữ, chiếm 40,4%', 'là 2.846 người', 'Tổng số hội viên đến ngày 31/12/2025: 2.789 người'], x: '1.128', y: '2.846', stated: '40,4%', mistake: 'planted', original: 'có 1.128 hội viên nữ, chiếm 39,6%', note: 'Class 3: the share is taken of the end-2025 total in footnote 1 (1.128/2.789 = 40,44%); of today\'s 2.846 members it is 39,63%.' }),
    share({ id: 'party-share', quote: ['214 hội viên là đảng viên, chiếm 7,5%', 'là 2.846 người'], x: '214', y: '2.846', stated: '7,5%' }),
    atLeast({ id: 'women-party-overlap', quote: ['Trong tổng số hội viên, có 1.128 hội viên nữ', '214 hội viên là đảng viên'], big: '2.846', small: '1.128 + 214', trap: 'overlapping groups (women, party members) that are no parts of one sum.', note: 'Women and party members overlap; together they are below the total, which is all a reader can check.' }),
    sum({ id: 'members-by-age', quote: ['Tổng số hội viên đến ngày 10/6/2026 là 2.846 người', 'dưới 40 tuổi 612 người, từ 40 đến 60 tuổi 1.395 người, trên 60 tuổi 893 người'], parts: ['612', '1.395', '893'], total: '2.846', mistake: 'planted', original: 'trên 60 tuổi 839 người', note: 'Class 4: the three age groups add to 2.900, not 2.846; two digits of the oldest group are swapped.' }),
    product({ id: 'dues', quote: ['được 17,1 triệu đồng, đạt 100% số phải thu', 'mức 6.000 đồng/hội viên/6 tháng', 'là 2.846 người'], x: '2.846', y: '6.000', factor: '0,000001', stated: '17,1 triệu đồng', trap: 'a rate per member times the members.' }),
    quotient({ id: 'fund-per-branch', quote: ['bình quân 20,7 triệu đồng/chi hội', 'Quỹ Hội của 9 chi hội hiện có 186,4 triệu đồng'], x: '186,4', y: '9', stated: '20,7', trap: 'a per-branch average.' }),
    // II. SXKD giỏi
    ratio({ id: 'good-producers-2025', quote: ['đạt 79% số hộ đăng ký', 'toàn xã có 1.420 hộ đăng ký, có 1.122 hộ đạt danh hiệu'], x: '1.122', y: '1.420', stated: '79%' }),
    sum({ id: 'good-producers-by-level', quote: ['có 1.122 hộ đạt danh hiệu', 'trong đó cấp Trung ương 6 hộ, cấp tỉnh 52 hộ, cấp xã 1.064 hộ'], parts: ['6', '52', '1.064'], total: '1.122' }),
    share({ id: 'registered-2026', quote: ['có 1.486 hộ đăng ký phấn đấu đạt danh hiệu, bằng 52,2% số hộ hội viên', 'là 2.846 người'], x: '1.486', y: '2.846', stated: '52,2%' }),
    repeat({ id: 'net-house-m2', quote: ['4,6 ha (46.000 m²)'], values: ['4,6 ha', '46.000 m²'], kind: 'unit' }),
    ratio({ id: 'rice-linked', quote: ['bằng 111,4% cùng kỳ (cùng kỳ năm 2025 là 2.200 tấn)', 'liên kết tiêu thụ 2.450 tấn lúa'], x: '2.450', y: '2.200', stated: '111,4%' }),
    // III.1 Quỹ HTND
    change({ id: 'fund-growth', quote: ['tăng 10,9% so với đầu năm', 'là 3,85 tỷ đồng, tăng', 'Tổng nguồn vốn Quỹ Hỗ trợ nông dân đến ngày 31/12/2025: 3.430 triệu đồng'], x: '3,85 tỷ đồng', base: '3.430 triệu đồng', stated: '10,9%', direction: 'tăng', mistake: 'planted', original: 'tăng 12,2% so với đầu năm', note: 'Class 1: the base is in a cited footnote and in another scale (triệu against tỷ); the increase of 420 triệu was divided by the new 3.850 (10,91%) instead of the old 3.430 (12,24%).' }),
    sum({ id: 'fund-by-source', quote: ['là 3,85 tỷ đồng, tăng', 'vốn Trung ương ủy thác 1,2 tỷ đồng, vốn tỉnh 1,65 tỷ đồng, vốn do xã vận động 1,0 tỷ đồng'], parts: ['1,2', '1,65', '1,0'], total: '3,85' }),
    quotient({ id: 'loan-per-household', quote: ['bình quân 20 triệu đồng/hộ', 'cho 86 hộ vay với số tiền 1.720 triệu đồng'], x: '1.720', y: '86', stated: '20', trap: 'a per-household average.' }),
    ratio({ id: 'loans-plan', quote: ['đạt 71,7% kế hoạch giải ngân năm (2.400 triệu đồng)', 'với số tiền 1.720 triệu đồng'], x: '1.720', y: '2.400', stated: '71,7%' }),
    cumulative({ id: 'loans-cumulative', quote: ['đã cho vay 15.890 triệu đồng', 'đến ngày 31/12/2025: 14.260 triệu đồng', 'với số tiền 1.720 triệu đồng'], previous: '14.260', period: '1.720', stated: '15.890', mistake: 'planted', original: 'đã cho vay 15.980 triệu đồng', note: 'Class 6: the lũy kế to the end of 2025 in footnote 3 (14.260) plus the six months\' 1.720 is 15.980, not 15.890.' }),
    ratio({ id: 'balance-of-fund', quote: ['bằng 93,8% tổng nguồn vốn Quỹ', 'Dư nợ hiện nay 3.612 triệu đồng', 'là 3,85 tỷ đồng, tăng'], x: '3.612 triệu đồng', y: '3,85 tỷ đồng', stated: '93,8%', note: 'Balance in triệu against the fund in tỷ.' }),
    contradiction({ id: 'overdue-none', quote: ['phát sinh nợ quá hạn 28 triệu đồng', 'không có nợ quá hạn'], stated: '01 hộ, nợ quá hạn 28 triệu đồng', expected: '0 (the sentence before says there is no overdue debt)', consistent: false, reason: 'The paragraph says the borrowers repay on time with no overdue debt, then reports one household with 28 triệu overdue.', mistake: 'planted', original: 'không có hộ sử dụng vốn sai mục đích', note: 'Class 8: a count against a "none" statement.' }),
    share({ id: 'overdue-share', quote: ['chiếm 0,78% dư nợ (mức cho phép của Trung ương Hội dưới 1%)', 'nợ quá hạn 28 triệu đồng', 'Dư nợ hiện nay 3.612 triệu đồng'], x: '28', y: '3.612', stated: '0,78%', trap: 'a ceiling next to a rate.' }),
    // III.2 Ủy thác NHCSXH
    sum({ id: 't-projects', quote: ['Quỹ giải ngân 12 dự án'], parts: ['3', '4', '2', '2', '1'], total: '12', note: 'The table\'s projects column against the text and its total row.' }),
    sum({ id: 't-households', quote: ['cho 86 hộ vay với số tiền'], parts: ['24', '28', '14', '12', '8'], total: '86' }),
    sum({ id: 't-amount', quote: ['với số tiền 1.720 triệu đồng, bình quân', '480', '560', '310', '265', '105'], parts: ['480', '560', '310', '265', '105'], total: '1.720' }),
    share({ id: 't-share-cattle', quote: ['27,9', '480'], x: '480', y: '1.720', stated: '27,9' }),
    share({ id: 't-share-pomelo', quote: ['32,6', '560'], x: '560', y: '1.720', stated: '32,6' }),
    share({ id: 't-share-prawns', quote: ['18,0', '310'], x: '310', y: '1.720', stated: '18,0' }),
    share({ id: 't-share-vegetables', quote: ['15,4', '265'], x: '265', y: '1.720', stated: '15,4' }),
    share({ id: 't-share-chickens', quote: ['6,1', '105'], x: '105', y: '1.720', stated: '6,1' }),
    sum({ id: 't-shares-100', quote: ['27,9', '32,6', '18,0', '15,4', '6,1'], parts: ['27,9', '32,6', '18,0', '15,4', '6,1'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The rounded shares add to 100,0.' }),
    repeat({ id: 'pomelo-text-table', quote: ['với 28 hộ vay 650 triệu đồng', '560'], values: ['560 triệu đồng', '650 triệu đồng'], mistake: 'planted', original: 'với 28 hộ vay 560 triệu đồng', note: 'Class 5: the text repeats the table\'s 560 triệu of the pomelo projects with two digits swapped.' }),
    repeat({ id: 'pomelo-households', quote: ['Dự án trồng bưởi da xanh có số vốn vay lớn nhất, với 28 hộ'], values: ['28', '28'], note: 'The text repeats the table\'s 28 households.' }),
    share({ id: 'entrusted-households', quote: ['586 hộ còn dư nợ, chiếm 14,1% tổng số hộ nông dân', '(4.161 hộ)'], x: '586', y: '4.161', stated: '14,1%' }),
    quotient({ id: 'entrusted-per-household', quote: ['bình quân 42,1 triệu đồng/hộ', 'tổng dư nợ ủy thác 24.662 triệu đồng', 'với 586 hộ còn dư nợ'], x: '24.662', y: '586', stated: '42,1', trap: 'a per-household average.' }),
    quotient({ id: 'meetings-per-group', quote: ['bình quân 6 cuộc/tổ', 'tổ chức họp 84 lượt tổ tiết kiệm', 'Hội quản lý 14 tổ'], x: '84', y: '14', stated: '6', trap: 'a per-group average.' }),
    // III.3 Dịch vụ, dạy nghề
    quotient({ id: 'trainees-per-class', quote: ['bình quân 57,5 lượt/lớp', 'tổ chức 18 lớp tập huấn', 'cho 1.035 lượt hội viên'], x: '1.035', y: '18', stated: '57,5', trap: 'an average per class.' }),
    ratio({ id: 'vocational-plan', quote: ['cho 96 học viên, đạt 67,8% kế hoạch', 'Kế hoạch năm 2026 mở 4 lớp dạy nghề nông nghiệp cho 125 học viên'], x: '96', y: '125', stated: '67,8%', mistake: 'planted', original: 'đạt 76,8% kế hoạch', note: 'Class 1: the plan is in the sentence before; 96/125 = 76,8%, written with two digits swapped.' }),
    atLeast({ id: 'vocational-jobs-within', quote: ['sau học nghề có 81 học viên có việc làm', 'cho 96 học viên, đạt'], big: '96', small: '81' }),
    share({ id: 'vocational-jobs', quote: ['81 học viên có việc làm, chiếm 84,4% số học viên', 'cho 96 học viên'], x: '81', y: '96', stated: '84,4%' }),
    // IV
    contradiction({ id: 'branches-x-of-y', quote: ['9/9 chi hội duy trì mô hình'], stated: '9/9', expected: 'a count written X/Y', consistent: true, reason: 'All branches, written X/Y.', trap: 'a count written X/Y.' }),
    ratio({ id: 'health-insurance', quote: ['được 2.690 người, đạt 94% tổng số hội viên', 'là 2.846 người'], x: '2.690', y: '2.846', stated: '94%', mistake: 'planted', original: 'đạt 95% tổng số hội viên', note: 'Class 7: 2.690/2.846 = 94,52%, which is 95% written whole; 94% truncates.' }),
    share({ id: 'social-insurance', quote: ['148 hội viên tham gia bảo hiểm xã hội tự nguyện, chiếm 5,2%', 'là 2.846 người'], x: '148', y: '2.846', stated: '5,2%' }),
    product({ id: 'gifts', quote: ['tổng trị giá 17,5 triệu đồng', 'Trao 35 phần quà', 'mỗi phần 500.000 đồng'], x: '35', y: '500.000', factor: '0,000001', stated: '17,5 triệu đồng', trap: 'an amount per gift times the gifts.' }),
    // V. Đánh giá
    repeat({ id: 'summary-members', quote: ['tổng số hội viên tăng 57 người so với đầu năm', 'tăng 57 hội viên so với đầu năm'], values: ['57', '57'] }),
    repeat({ id: 'summary-admissions', quote: ['kết nạp mới 74 hội viên. Quỹ', 'kết nạp mới 74 hội viên (cùng kỳ'], values: ['74', '74'] }),
    atLeast({ id: 'registered-within-members', quote: ['Năm 2026, có 1.486 hộ đăng ký', 'là 2.846 người'], big: '2.846', small: '1.486' }),
    repeat({ id: 'summary-fund', quote: ['tăng trưởng, đạt 3,85 tỷ đồng', 'là 3,85 tỷ đồng, tăng'], values: ['3,85 tỷ đồng', '3,85 tỷ đồng'] }),
    repeat({ id: 'summary-loans', quote: ['giải ngân 1.720 triệu đồng cho 86 hộ', 'cho 86 hộ vay với số tiền 1.720 triệu đồng'], values: ['1.720', '1.720'] }),
    repeat({ id: 'summary-fertiliser', quote: ['Cung ứng 1.680 tạ phân bón', 'với 186 tấn'], values: ['186 tấn', '1.680 tạ'], kind: 'unit', mistake: 'planted', original: 'Cung ứng 1.860 tạ phân bón', note: 'Class 5: the summary gives the fertiliser in tạ with two digits swapped: 186 tấn is 1.860 tạ.' }),
    contradiction({ id: 'rank', quote: ['xếp thứ 5/124 xã, phường'], stated: '5/124', expected: 'a rank', consistent: true, reason: 'A rank written X/Y.', trap: 'a rank written X/Y.' }),
    share({ id: 'summary-good-producers', quote: ['năm 2025 mới chiếm 37,4% số hộ hội viên', 'có 1.122 hộ đạt danh hiệu', 'là 2.846 người'], x: '1.122', y: '2.846', stated: '37,4%', mistake: 'planted', original: 'mới chiếm 39,4% số hộ hội viên', note: 'Class 2: the percent is in the summary, its numerator in section II and its base in section I; 1.122/2.846 = 39,42%.' }),
    difference({ id: 'vocational-remaining', quote: ['còn 29 học viên chưa được đào tạo', 'cho 125 học viên', 'cho 96 học viên'], a: '125', b: '96', stated: '29' }),
    difference({ id: 'uninsured', quote: ['Vẫn còn 156 hội viên chưa tham gia bảo hiểm y tế', 'được 2.690 người', 'là 2.846 người'], a: '2.846', b: '2.690', stated: '156' }),
    // VI
    difference({ id: 'admissions-remaining', quote: ['kết nạp thêm 46 hội viên', 'lên 120 người theo chỉ tiêu', 'kết nạp mới 74 hội viên (cùng kỳ'], a: '120', b: '74', stated: '46' }),
    difference({ id: 'loans-remaining', quote: ['Giải ngân 680 triệu đồng còn lại', '(2.400 triệu đồng)', 'với số tiền 1.720 triệu đồng'], a: '2.400', b: '1.720', stated: '680' }),
    difference({ id: 'classes-remaining', quote: ['Mở 01 lớp dạy nghề còn lại', 'mở 4 lớp dạy nghề', 'Hội phối hợp mở 3 lớp'], a: '4', b: '3', stated: '01' }),
  ],
});
