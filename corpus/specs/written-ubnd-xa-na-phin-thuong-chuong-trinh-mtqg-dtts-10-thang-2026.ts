// Written for the corpus (batch M2): UBND xã Nà Phìn Thượng (tỉnh Cao Bằng; the commune is invented) to the
// provincial Sở Dân tộc và Tôn giáo, ten months of 2026, the national target programme for ethnic-minority
// and mountain areas (Chương trình 1719) in parts A - D with an appendix table of projects: households,
// ethnic-minority households, poor and near-poor households as shares; the year's capital in tỷ with its
// parts in triệu after "gồm" and by source, each with a share; 2025 capital carried over and its
// disbursement; disbursement to 31/10 with the province's target and date in parentheses, against the same
// period in a footnote, October's on top of September's lũy kế in a footnote, by kind of capital (the
// investment capital's base in tỷ in parentheses); project 1 (households by support after "gồm", houses ×
// support, houses finished X/Y, the houses' lũy kế since 2021 from a footnote, water tanks × support,
// households with clean water only as a count), project 2, project 3 (households by activity after "gồm"
// with overlapping poor ones, forest protection as area × rate in nghìn đồng), project 4 (works by kind in
// parentheses, its capital as a share of the programme, its disbursement against the appendix, finished and
// under way, the lũy kế since 2022 from a footnote, a "none" of damaged works, hamlets X/Y as whole
// percents), project 5 (training with overlapping groups and jobs after training far from the count),
// projects 6 - 10 (a percent with its X/Y in parentheses, a "none" of project 9's people, an average per
// meeting); the appendix's rows, total and rates; the summary restating figures (triệu against tỷ, a share
// of the households far from its count); weaknesses (a damaged canal) and the year's remainder as tasks.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-na-phin-thuong-chuong-trinh-mtqg-dtts-10-thang-2026.md',
  prefix: 'npt',
  claims: [
    contradiction({ id: 'decision', quote: ['Quyết định số 1719/QĐ-TTg ngày 14/10/2021'], stated: '1719', expected: 'a number in a name and a date', consistent: true, reason: 'The decision\'s number and date; the programme is named after it.', trap: 'a number in a name, a date written X/Y.' }),
    contradiction({ id: 'phase', quote: ['giai đoạn 2021 - 2030, năm 2026 là năm đầu của giai đoạn II từ năm 2026 đến năm 2030'], stated: '2021 - 2030', expected: 'periods', consistent: true, reason: 'The programme\'s periods.', trap: 'years of a period.' }),
    // A
    contradiction({ id: 'hamlets', quote: ['Xã có 13 thôn, đều là thôn đặc biệt khó khăn'], stated: '13', expected: 'a count', consistent: true, reason: 'All hamlets are extremely disadvantaged.', trap: 'a count with "đều" and no share.' }),
    share({ id: 'dtts-share', quote: ['có 2.618 hộ, chiếm 92,0% số hộ', 'với 2.845 hộ, 12.460 nhân khẩu'], x: '2.618', y: '2.845', stated: '92,0%' }),
    share({ id: 'poor-share', quote: ['812 hộ nghèo, chiếm 28,5% tổng số hộ', 'với 2.845 hộ, 12.460 nhân khẩu'], x: '812', y: '2.845', stated: '28,5%' }),
    share({ id: 'near-poor-share', quote: ['436 hộ cận nghèo, chiếm 15,3%', 'với 2.845 hộ, 12.460 nhân khẩu'], x: '436', y: '2.845', stated: '15,3%' }),
    // B.I
    sum({ id: 'capital-kind', quote: ['giao cho xã là 18,642 tỷ đồng', 'gồm vốn đầu tư phát triển 11.350 triệu đồng', 'vốn sự nghiệp 7.292 triệu đồng'], parts: ['11.350 triệu đồng', '7.292 triệu đồng'], total: '18,642 tỷ đồng', note: 'Parts in triệu after "gồm", the total in tỷ.' }),
    share({ id: 'invest-share', quote: ['11.350 triệu đồng (chiếm 60,9%)', 'giao cho xã là 18,642 tỷ đồng'], x: '11.350 triệu đồng', y: '18,642 tỷ đồng', stated: '60,9%' }),
    share({ id: 'recurrent-share', quote: ['7.292 triệu đồng (chiếm 39,1%)', 'giao cho xã là 18,642 tỷ đồng'], x: '7.292 triệu đồng', y: '18,642 tỷ đồng', stated: '39,1%' }),
    sum({ id: 'capital-source', quote: ['giao cho xã là 18,642 tỷ đồng', 'ngân sách trung ương 16.780 triệu đồng', 'ngân sách tỉnh đối ứng 1.862 triệu đồng'], parts: ['16.780 triệu đồng', '1.862 triệu đồng'], total: '18,642 tỷ đồng' }),
    share({ id: 'central-share', quote: ['16.780 triệu đồng (chiếm 90,0%)', 'giao cho xã là 18,642 tỷ đồng'], x: '16.780 triệu đồng', y: '18,642 tỷ đồng', stated: '90,0%' }),
    share({ id: 'province-share', quote: ['1.862 triệu đồng (chiếm 10,0%)', 'giao cho xã là 18,642 tỷ đồng'], x: '1.862 triệu đồng', y: '18,642 tỷ đồng', stated: '10,0%' }),
    ratio({ id: 'carried-over', quote: ['đã giải ngân 1.312 triệu đồng, đạt 88,3%', 'vốn năm 2025 được kéo dài sang năm 2026 là 1.486 triệu đồng'], x: '1.312', y: '1.486', stated: '88,3%', trap: '2025 capital carried over, with its own rate: not a part of the year\'s 18,642 tỷ.' }),
    ratio({ id: 'disbursed', quote: ['đạt 75,6% kế hoạch (chỉ tiêu tỉnh giao: giải ngân trên 95% trước ngày 31/01/2027)', 'đã giải ngân 14.097 triệu đồng', 'giao cho xã là 18,642 tỷ đồng'], x: '14.097 triệu đồng', y: '18,642 tỷ đồng', stated: '75,6%', trap: 'the province\'s "trên 95%" and its date in parentheses beside the rate.' }),
    change({ id: 'disbursed-change', quote: ['tăng 18,4% so với cùng kỳ năm 2025', 'đã giải ngân 14.097 triệu đồng', 'giải ngân 11.906 triệu đồng'], x: '14.097', base: '11.906', stated: '18,4%', direction: 'tăng', note: 'The same period in footnote 2.' }),
    cumulative({ id: 'disbursed-cumulative', quote: ['đã giải ngân 14.097 triệu đồng', 'Đến ngày 30/9/2026 giải ngân 12.823 triệu đồng', 'Riêng trong tháng 10 giải ngân 1.274 triệu đồng'], previous: '12.823', period: '1.274', stated: '14.097' }),
    ratio({ id: 'invest-disbursed', quote: ['đạt 46,9% kế hoạch vốn đầu tư (11,35 tỷ đồng)', 'vốn đầu tư phát triển giải ngân 8.746 triệu đồng'], x: '8.746 triệu đồng', y: '11,35 tỷ đồng', stated: '46,9%', mistake: 'planted', original: 'đạt 77,1% kế hoạch vốn đầu tư (11,35 tỷ đồng)', note: 'Class 1: the base is in parentheses in tỷ against triệu; 8.746/11.350 = 77,06%; 46,9% divides by the whole programme\'s 18.642 triệu.' }),
    ratio({ id: 'recurrent-disbursed', quote: ['vốn sự nghiệp giải ngân 5.351 triệu đồng, đạt 73,4%', 'vốn sự nghiệp 7.292 triệu đồng'], x: '5.351', y: '7.292', stated: '73,4%' }),
    sum({ id: 'disbursed-kind', quote: ['đã giải ngân 14.097 triệu đồng', 'vốn đầu tư phát triển giải ngân 8.746 triệu đồng', 'vốn sự nghiệp giải ngân 5.351 triệu đồng'], parts: ['8.746', '5.351'], total: '14.097' }),
    repeat({ id: 'p4-plan', quote: ['kế hoạch vốn 6.920 triệu đồng', '81,5'], values: ['6.920', '6.920'], note: 'The text\'s plan of project 4 against the appendix row (located by its rate).' }),
    atLeast({ id: 'p3-poor-of-poor', quote: ['trong đó 168 hộ nghèo', 'toàn xã có 812 hộ nghèo'], big: '812', small: '168' }),
    atLeast({ id: 'p5-women', quote: ['64 lao động nữ; sau đào tạo', 'cho 146 lao động ('], big: '146', small: '64' }),
    atLeast({ id: 'p5-jobs-count', quote: ['109 lao động đã có việc làm', 'cho 146 lao động ('], big: '146', small: '109' }),
    contradiction({ id: 'carried-over-apart', quote: ['Ngoài ra, vốn năm 2025 được kéo dài sang năm 2026 là 1.486 triệu đồng'], stated: '1.486', expected: 'another year\'s capital', consistent: true, reason: '"Ngoài ra": 2025 capital kept apart from the year\'s 18,642 tỷ and from the appendix.', trap: 'another year\'s figure beside the year\'s total, not a part of it.' }),
    // B.II.1
    sum({ id: 'p1-households', quote: ['hỗ trợ 186 lượt hộ', 'gồm hỗ trợ nhà ở 64 hộ, đất ở 18 hộ, chuyển đổi nghề 12 hộ và nước sinh hoạt phân tán 96 hộ'], parts: ['64', '18', '12', '96'], total: '186', mistake: 'planted', original: 'chuyển đổi nghề 8 hộ', note: 'Class 4: the supports after "gồm" add to 190, not 186.' }),
    product({ id: 'houses-cost', quote: ['tổng kinh phí 2.816 triệu đồng', 'hỗ trợ nhà ở 64 hộ', 'Nhà ở được hỗ trợ 44 triệu đồng/nhà'], x: '64', y: '44', stated: '2.816', trap: 'houses × the support per house.' }),
    ratio({ id: 'houses-finished', quote: ['đã hoàn thành 52/64 nhà, đạt 81,3%'], x: '52', y: '64', stated: '81,3%' }),
    cumulative({ id: 'houses-cumulative', quote: ['đã hỗ trợ nhà ở cho 412 hộ', 'Giai đoạn 2021 - 2025 đã hỗ trợ nhà ở cho 348 hộ', 'hỗ trợ nhà ở 64 hộ'], previous: '348', period: '64', stated: '412' }),
    product({ id: 'tanks-cost', quote: ['tổng kinh phí 288 triệu đồng', 'nước sinh hoạt phân tán 96 hộ', 'nhận 3 triệu đồng để mua bồn'], x: '96', y: '3', stated: '288', trap: 'households × the support per household.' }),
    contradiction({ id: 'water-hamlet', quote: ['thôn Nà Phìn 2 hoàn thành, cấp nước cho 74 hộ'], stated: '74', expected: 'a work\'s households', consistent: true, reason: 'A centralised scheme\'s households, not a part of the 96 with tanks; a number in a hamlet\'s name.', trap: 'a number in a name beside a count that is not a part.' }),
    atLeast({ id: 'clean-water', quote: ['có 2.594 hộ được sử dụng nước sinh hoạt hợp vệ sinh', 'với 2.845 hộ, 12.460 nhân khẩu'], big: '2.845', small: '2.594' }),
    // B.II.3
    sum({ id: 'p3-households', quote: ['cho 215 hộ, gồm 126 hộ nuôi bò sinh sản (126 con) và 89 hộ trồng chè Shan tuyết (42,5 ha)'], parts: ['126', '89'], total: '215' }),
    atLeast({ id: 'p3-poor', quote: ['trong đó 168 hộ nghèo', 'cho 215 hộ, gồm'], big: '215', small: '168', trap: 'poor households after "trong đó", overlapping both activities.' }),
    contradiction({ id: 'p3-mainly', quote: ['chủ yếu là bò lai Sind và chè Shan tuyết ghép'], stated: 'chủ yếu', expected: 'the main kinds', consistent: true, reason: 'The main breeds with no counts.', trap: '"chủ yếu" with nothing to add.' }),
    product({ id: 'forest-protection', quote: ['kinh phí 1.296 triệu đồng', 'Hỗ trợ khoán bảo vệ 3.240 ha rừng', 'mức 400 nghìn đồng/ha/năm'], x: '3.240', y: '400', factor: '0,001', stated: '1.296', trap: 'area × the rate per ha in nghìn đồng, in triệu.' }),
    // B.II.4
    sum({ id: 'p4-works', quote: ['đầu tư 11 công trình (6 đường giao thông, 2 công trình thủy lợi, 2 nhà văn hóa thôn, 1 điểm trường)'], parts: ['6', '2', '2', '1'], total: '11' }),
    share({ id: 'p4-share', quote: ['chiếm 41,2% tổng kế hoạch vốn của Chương trình', 'kế hoạch vốn 6.920 triệu đồng', 'giao cho xã là 18,642 tỷ đồng', 'ngân sách trung ương 16.780 triệu đồng'], x: '6.920 triệu đồng', y: '18,642 tỷ đồng', stated: '41,2%', mistake: 'planted', original: 'chiếm 37,1% tổng kế hoạch vốn của Chương trình', note: 'Class 3: the share of the programme\'s capital given earlier (18,642 tỷ) is 37,12%; 41,2% divides by the central budget\'s 16.780 triệu only.' }),
    repeat({ id: 'p4-disbursed', quote: ['đã giải ngân 5.683 triệu đồng', '5.638'], values: ['5.638', '5.683'], mistake: 'planted', original: 'đã giải ngân 5.638 triệu đồng', note: 'Class 5: the text swaps two digits of the appendix\'s 5.638, which its rate (81,5) and the total hold.' }),
    sum({ id: 'p4-progress', quote: ['đầu tư 11 công trình (', 'hoàn thành 7 công trình, còn 4 công trình đang thi công'], parts: ['7', '4'], total: '11' }),
    cumulative({ id: 'works-cumulative', quote: ['lũy kế từ năm 2022 đến nay hoàn thành 38 công trình', 'Đến ngày 31/12/2025 đã hoàn thành 29 công trình', 'Trong 10 tháng hoàn thành 7 công trình'], previous: '29', period: '7', stated: '38', mistake: 'planted', original: 'lũy kế từ năm 2022 đến nay hoàn thành 36 công trình[^4]', note: 'Class 6: footnote 4\'s 29 works to the end of 2025 plus the 7 of ten months is 36.' }),
    ratio({ id: 'roads-hamlets', quote: ['9/13 thôn có đường ô tô đến trung tâm xã được cứng hóa, đạt 69%'], x: '9', y: '13', stated: '69%' }),
    ratio({ id: 'halls-hamlets', quote: ['11/13 thôn có nhà văn hóa đạt chuẩn, đạt 84%'], x: '11', y: '13', stated: '84%', mistake: 'planted', original: 'đạt 85%', note: 'Class 7: 11/13 = 84,62%, which is 85% written whole; 84% truncates.' }),
    // B.II.5
    atLeast({ id: 'p5-dtts', quote: ['trong đó 118 lao động là người dân tộc thiểu số, 64 lao động nữ', 'cho 146 lao động ('], big: '146', small: '118', trap: 'two overlapping groups after "trong đó" (118 + 64 > 146 is no mistake).' }),
    ratio({ id: 'p5-jobs', quote: ['109 lao động đã có việc làm hoặc tự tạo việc làm, đạt 92,4%', 'cho 146 lao động (', 'trong đó 118 lao động là người dân tộc thiểu số'], x: '109', y: '146', stated: '92,4%', mistake: 'planted', original: 'đạt 74,7%', note: 'Class 2: the trainees are counted a long clause before; 109/146 = 74,66%; 92,4% divides by the 118 ethnic-minority trainees instead.' }),
    // B.II.6
    ratio({ id: 'p7-births', quote: ['đạt 88,6% (186/210 ca sinh)'], x: '186', y: '210', stated: '88,6%', trap: 'the X/Y in parentheses after its percent.' }),
    contradiction({ id: 'p8-teams', quote: ['duy trì 6 tổ truyền thông cộng đồng và 13 địa chỉ tin cậy'], stated: '13', expected: 'counts of different things', consistent: true, reason: 'Teams and addresses; 13 is one per hamlet, not a total.', trap: 'two counts with no relation.' }),
    contradiction({ id: 'p9-none', quote: ['Xã không có đối tượng thuộc Dự án 9'], stated: 'không có', expected: 'nothing against it', consistent: true, reason: 'No very small ethnic group lives in the commune, and the appendix has no row for project 9.', trap: 'a "none" with nothing against it, and a project number in a name.' }),
    quotient({ id: 'p10-per-meeting', quote: ['bình quân 59 người/hội nghị', '28 hội nghị tuyên truyền cho 1.640 lượt người'], x: '1.640', y: '28', stated: '59', trap: 'a rounded average per meeting (58,57).' }),
    // Appendix
    sum({ id: 'a-plan', quote: ['18.642', '4.260', '2.840', '1.246'], parts: ['4.260', '1.150', '2.840', '6.920', '1.246', '685', '520', '436', '585'], total: '18.642' }),
    sum({ id: 'a-disbursed', quote: ['đã giải ngân 14.097 triệu đồng', 'Tổng cộng', '3.512', '1.965', '5.638', '1.018'], parts: ['3.512', '486', '1.965', '5.638', '1.018', '412', '347', '298', '421'], total: '14.097' }),
    ratio({ id: 'a-p1', quote: ['82,4', '3.512'], x: '3.512', y: '4.260', stated: '82,4' }),
    ratio({ id: 'a-p2', quote: ['Giải ngân Dự án 2 mới đạt 42,3%', 'kế hoạch vốn 1.150 triệu đồng'], x: '486', y: '1.150', stated: '42,3%', note: 'The weakness restates the appendix\'s rate.' }),
    ratio({ id: 'a-p3', quote: ['69,2', '1.965'], x: '1.965', y: '2.840', stated: '69,2' }),
    ratio({ id: 'a-p4', quote: ['81,5', '5.638'], x: '5.638', y: '6.920', stated: '81,5' }),
    ratio({ id: 'a-p5', quote: ['81,7', '1.018'], x: '1.018', y: '1.246', stated: '81,7' }),
    ratio({ id: 'a-p6', quote: ['60,1', '685'], x: '412', y: '685', stated: '60,1' }),
    ratio({ id: 'a-p7', quote: ['66,7', '347'], x: '347', y: '520', stated: '66,7' }),
    ratio({ id: 'a-p8', quote: ['68,3', '298'], x: '298', y: '436', stated: '68,3' }),
    ratio({ id: 'a-p10', quote: ['72,0', '421'], x: '421', y: '585', stated: '72,0' }),
    ratio({ id: 'a-total', quote: ['giải ngân đạt 75,6%;', 'Tổng cộng', 'đã giải ngân 14.097 triệu đồng'], x: '14.097', y: '18.642', stated: '75,6%', note: 'The summary restates the rate.' }),
    repeat({ id: 'a-plan-text', quote: ['giao cho xã là 18,642 tỷ đồng', '18.642'], values: ['18,642 tỷ đồng', '18.642 triệu đồng'], kind: 'unit', trap: 'the text\'s tỷ and the appendix\'s triệu, agreeing.' }),
    // C
    repeat({ id: 'summary-capital', quote: ['Tổng vốn được giao năm 2026 là 18.462 triệu đồng', 'giao cho xã là 18,642 tỷ đồng'], values: ['18,642 tỷ đồng', '18.462 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'Tổng vốn được giao năm 2026 là 18.642 triệu đồng', note: 'Class 5: the summary in triệu swaps two digits of the body\'s 18,642 tỷ.' }),
    repeat({ id: 'summary-works', quote: ['hoàn thành 7 công trình hạ tầng', 'Trong 10 tháng hoàn thành 7 công trình'], values: ['7', '7'] }),
    repeat({ id: 'summary-houses', quote: ['hỗ trợ nhà ở cho 64 hộ; tỷ lệ', 'hỗ trợ nhà ở 64 hộ'], values: ['64', '64'] }),
    share({ id: 'summary-water', quote: ['nước sinh hoạt hợp vệ sinh đạt 99,1%', 'có 2.594 hộ được sử dụng nước sinh hoạt hợp vệ sinh', 'với 2.845 hộ, 12.460 nhân khẩu', 'có 2.618 hộ, chiếm'], x: '2.594', y: '2.845', stated: '99,1%', mistake: 'planted', original: 'nước sinh hoạt hợp vệ sinh đạt 91,2%', note: 'Class 2: the share is only in the summary, its counts in parts A and B.II.1; 99,1% divides the 2.594 by the 2.618 ethnic-minority households instead of all 2.845 (91,18%).' }),
    contradiction({ id: 'works-none', quote: ['01 công trình thủy lợi (kênh mương Khuổi Mạ) bị sạt lở', 'không có công trình nào xuống cấp, hư hỏng'], stated: '01 công trình thủy lợi bị sạt lở', expected: 'none (section B.II.4)', consistent: false, reason: 'Section B.II.4 says no finished work was damaged; the weaknesses report an irrigation canal washed out in July.', mistake: 'planted', original: 'một số công trình thủy lợi nhỏ chưa được bố trí kinh phí duy tu, bảo dưỡng', note: 'Class 8: a count against a "none" statement.' }),
    difference({ id: 'houses-left', quote: ['còn 12 nhà ở chưa hoàn thành', 'đã hoàn thành 52/64 nhà'], a: '64', b: '52', stated: '12' }),
    // D
    difference({ id: 'task-remainder', quote: ['Giải ngân 4.545 triệu đồng vốn còn lại', 'giao cho xã là 18,642 tỷ đồng', 'đã giải ngân 14.097 triệu đồng'], a: '18.642', b: '14.097', stated: '4.545' }),
    repeat({ id: 'task-works', quote: ['Hoàn thành 4 công trình đang thi công và 12 nhà ở còn lại', 'còn 4 công trình đang thi công'], values: ['4', '4'] }),
  ],
});
