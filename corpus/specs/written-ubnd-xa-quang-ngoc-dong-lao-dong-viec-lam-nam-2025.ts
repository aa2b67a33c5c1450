// Written for the corpus (batch J2): UBND xã Quảng Ngọc Đông (tỉnh Thanh Hóa; the commune is invented) to
// the provincial Sở Nội vụ, year 2025, labour, jobs, vocational training and work abroad: the labour force
// against the population, employed and unemployed (a ceiling beside the rate), employment by sector with
// shares and "giảm … điểm phần trăm" against 2024, trained workers against a target and 2024 in
// parentheses, new jobs against the plan and 2024 (parts after "gồm", overlapping groups), loans from the
// national employment fund per project, job fairs, unemployment benefit files, labour disputes (a "none"
// about another subject), work abroad against the plan and 2024 in a footnote, by country (parts that must
// add, a share of the total), Korea's EPS workers as a share, a "none" of absconding against the summary,
// workers abroad as a stock and flow from a footnote, the 2021 - 2025 lũy kế from a footnote, remittances
// in tỷ against 2024 in triệu with an average per worker, vocational training against the plan and 2024
// in a footnote with levels after "gồm", a table of short courses by trade (classes, trainees, graduates,
// employed, rate; TT numbers in the first column), the text restating the table; summary restating
// figures; 2026 targets.
import { atLeast, change, contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-quang-ngoc-dong-lao-dong-viec-lam-nam-2025.md',
  prefix: 'qnd',
  claims: [
    // I
    share({ id: 'labour-force', quote: ['lực lượng lao động 26.482 người, chiếm 61,9% dân số', 'Dân số toàn xã là 42.816 người'], x: '26.482', y: '42.816', stated: '61,9%' }),
    sum({ id: 'employed-unemployed', quote: ['lực lượng lao động 26.482 người', 'Số lao động có việc làm 25.864 người; số người thất nghiệp 618 người'], parts: ['25.864', '618'], total: '26.482' }),
    ratio({ id: 'unemployment', quote: ['tỷ lệ thất nghiệp 2,3% (mục tiêu của xã là dưới 3%)', 'số người thất nghiệp 618 người', 'lực lượng lao động 26.482 người'], x: '618', y: '26.482', stated: '2,3%', trap: 'a ceiling ("dưới 3%") in parentheses next to the rate.' }),
    sum({ id: 'by-sector', quote: ['Số lao động có việc làm 25.864 người', 'thủy sản 7.242 người', 'công nghiệp - xây dựng 11.638 người', 'dịch vụ 6.984 người'], parts: ['7.242', '11.638', '6.984'], total: '25.864' }),
    share({ id: 'agri-share', quote: ['7.242 người (28,0%)', 'Số lao động có việc làm 25.864 người'], x: '7.242', y: '25.864', stated: '28,0%' }),
    share({ id: 'industry-share', quote: ['11.638 người (45,0%)', 'Số lao động có việc làm 25.864 người'], x: '11.638', y: '25.864', stated: '45,0%' }),
    share({ id: 'services-share', quote: ['6.984 người (27,0%)', 'Số lao động có việc làm 25.864 người'], x: '6.984', y: '25.864', stated: '27,0%' }),
    sum({ id: 'sector-shares-100', quote: ['(28,0%)', '(45,0%)', '(27,0%)'], parts: ['28,0', '45,0', '27,0'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    difference({ id: 'agri-points', quote: ['giảm 3,2 điểm phần trăm so với năm 2024 (31,2%)', '7.242 người (28,0%)'], a: '31,2', b: '28,0', stated: '3,2', note: '"giảm … điểm phần trăm": the old rate in parentheses minus the new.' }),
    contradiction({ id: 'two-firms', quote: ['sau khi 02 doanh nghiệp mới đi vào hoạt động'], stated: '02', expected: 'a count with nothing to check', consistent: true, reason: 'A count of firms beside counts of workers.', trap: 'a small count beside the figures.' }),
    share({ id: 'trained', quote: ['tỷ lệ lao động qua đào tạo đạt 74,6% (năm 2024: 72,8%; chỉ tiêu năm 2025: 75%)', 'Số lao động đã qua đào tạo là 19.756 người', 'lực lượng lao động 26.482 người'], x: '19.756', y: '26.482', stated: '74,6%', trap: 'the previous year\'s rate and the year\'s target in parentheses next to the rate.' }),
    share({ id: 'certified', quote: ['có bằng cấp, chứng chỉ 7.362 người, đạt 27,8% lực lượng lao động', 'lực lượng lao động 26.482 người'], x: '7.362', y: '26.482', stated: '27,8%' }),
    // II.1
    ratio({ id: 'jobs-plan', quote: ['đạt 111,8% kế hoạch, tăng 6,8%', 'giải quyết việc làm cho 1.286 lao động, đạt 111,8% kế hoạch, tăng', 'giải quyết việc làm mới cho 1.150 lao động'], x: '1.286', y: '1.150', stated: '111,8%' }),
    change({ id: 'jobs-vs-2024', quote: ['tăng 6,8% so với năm 2024 (1.204 lao động)', 'giải quyết việc làm cho 1.286 lao động, đạt 111,8% kế hoạch, tăng'], x: '1.286', base: '1.204', stated: '6,8%', direction: 'tăng' }),
    sum({ id: 'jobs-parts', quote: ['giải quyết việc làm cho 1.286 lao động, đạt 111,8% kế hoạch, tăng', 'làm việc trong tỉnh 742 người, làm việc ngoài tỉnh 312 người, đi làm việc ở nước ngoài theo hợp đồng 232 người'], parts: ['742', '312', '232'], total: '1.286' }),
    atLeast({ id: 'jobs-overlapping', quote: ['có 604 lao động nữ và 532 thanh niên dưới 30 tuổi', 'giải quyết việc làm cho 1.286 lao động, đạt 111,8% kế hoạch, tăng'], big: '1.286', small: '604 + 532', trap: 'overlapping groups (women, young people): not parts of a sum.' }),
    quotient({ id: 'per-project', quote: ['bình quân 71,5 triệu đồng/dự án', '68 dự án với số tiền 4,86 tỷ đồng'], x: '4.860', y: '68', stated: '71,5', trap: 'an average per project (4,86 tỷ in triệu).' }),
    share({ id: 'hired', quote: ['chiếm 63,2% số người được phỏng vấn', '418 người được phỏng vấn trực tiếp, 264 người trúng tuyển'], x: '264', y: '418', stated: '63,2%' }),
    atLeast({ id: 'fair-participants', quote: ['với 1.124 lượt người tham gia; 418 người'], big: '1.124', small: '418' }),
    share({ id: 'benefit-decisions', quote: ['271 người có quyết định hưởng, chiếm 94,8%', 'Tiếp nhận 286 hồ sơ'], x: '271', y: '286', stated: '94,8%' }),
    contradiction({ id: 'disputes-none', quote: ['Trên địa bàn không xảy ra tranh chấp lao động tập thể, đình công', 'hòa giải thành 04 vụ tranh chấp lao động cá nhân'], stated: 'không xảy ra tranh chấp lao động tập thể; 04 vụ tranh chấp cá nhân', expected: 'a "none" about another subject', consistent: true, reason: 'Collective disputes and strikes are not the four individual disputes.', trap: 'a "none" beside a count of another subject.' }),
    // II.2
    ratio({ id: 'abroad-plan', quote: ['đạt 116,0% kế hoạch (200 người)', 'toàn xã có 232 người đi làm việc ở nước ngoài'], x: '232', y: '200', stated: '116,0%' }),
    change({ id: 'abroad-vs-2024', quote: ['tăng 22,1% so với năm 2024', 'toàn xã có 232 người đi làm việc ở nước ngoài', 'Năm 2024, toàn xã có 190 người'], x: '232', base: '190', stated: '22,1%', direction: 'tăng', note: 'The base is in a cited footnote.' }),
    sum({ id: 'abroad-by-country', quote: ['toàn xã có 232 người đi làm việc ở nước ngoài', 'Nhật Bản 118 người (50,9%), Hàn Quốc 54 người, Đài Loan (Trung Quốc) 64 người, các nước khác 14 người'], parts: ['118', '54', '64', '14'], total: '232', mistake: 'planted', original: 'Đài Loan (Trung Quốc) 46 người', note: 'Class 4: the four markets add to 250, not 232; two digits of Taiwan\'s count are swapped.' }),
    share({ id: 'japan-share', quote: ['Nhật Bản 118 người (50,9%)', 'toàn xã có 232 người đi làm việc ở nước ngoài'], x: '118', y: '232', stated: '50,9%' }),
    share({ id: 'abroad-women', quote: ['Lao động nữ 78 người, chiếm 33,6%', 'toàn xã có 232 người đi làm việc ở nước ngoài'], x: '78', y: '232', stated: '33,6%' }),
    quotient({ id: 'loan-per-worker', quote: ['bình quân 200 triệu đồng/người', '19 lao động thuộc hộ nghèo', 'Ngân hàng Chính sách xã hội 3,8 tỷ đồng'], x: '3.800', y: '19', stated: '200', trap: 'an average loan per worker (3,8 tỷ in triệu), the same number as the plan of 200 workers.' }),
    repeat({ id: 'korea', quote: ['số lao động xuất cảnh là 54 người', 'Hàn Quốc 54 người'], values: ['54', '54'] }),
    share({ id: 'korea-share', quote: ['chiếm 28,4% số lao động đi làm việc ở nước ngoài của xã trong năm', 'số lao động xuất cảnh là 54 người', 'toàn xã có 232 người đi làm việc ở nước ngoài', 'Năm 2024, toàn xã có 190 người'], x: '54', y: '232', stated: '28,4%', mistake: 'planted', original: 'chiếm 23,3% số lao động', note: 'Class 3: the share is taken of 2024\'s 190 workers in footnote 1 (54/190 = 28,42%); of the year\'s 232 it is 23,28%.' }),
    contradiction({ id: 'training-100', quote: ['100% lao động được bồi dưỡng kiến thức cần thiết'], stated: '100%', expected: 'all workers', consistent: true, reason: 'A 100% with nothing to compute.', trap: 'a percent with no count of its own.' }),
    contradiction({ id: 'absconding-none', quote: ['Vẫn còn 03 lao động tại Hàn Quốc bỏ hợp đồng', 'Trong năm, không có lao động của xã vi phạm hợp đồng, bỏ trốn ở nước ngoài'], stated: '03 lao động bỏ hợp đồng', expected: '0 (section II.2 says no worker broke a contract or absconded)', consistent: false, reason: 'The summary counts three workers in Korea who left their contracts against the body\'s "none".', mistake: 'planted', original: 'Vẫn còn tình trạng lao động có ý định bỏ hợp đồng khi hết hạn', note: 'Class 8: a count against a "none" statement.' }),
    sum({ id: 'abroad-stock', quote: ['xã có 1.486 lao động đang làm việc ở nước ngoài', 'đến ngày 31/12/2024: 1.368 người', 'toàn xã có 232 người đi làm việc ở nước ngoài', 'trong năm có 114 người về nước'], parts: ['1.368', '232', '-114'], total: '1.486', note: 'The end of 2024 in footnote 2, plus the year\'s departures, minus the returns.' }),
    cumulative({ id: 'abroad-cumulative', quote: ['toàn xã đưa được 1.014 lao động đi làm việc ở nước ngoài', 'Giai đoạn 2021 - 2024, toàn xã đưa được 814 lao động', 'toàn xã có 232 người đi làm việc ở nước ngoài'], previous: '814', period: '232', stated: '1.014', mistake: 'planted', original: 'toàn xã đưa được 1.046 lao động', note: 'Class 6: footnote 3\'s 814 plus the year\'s 232 is 1.046; the writer added the plan of 200.' }),
    change({ id: 'remittances', quote: ['tăng 13,6% so với năm 2024 (159.900 triệu đồng)', 'ước đạt 186 tỷ đồng'], x: '186 tỷ đồng', base: '159.900 triệu đồng', stated: '13,6%', direction: 'tăng', mistake: 'planted', original: 'tăng 16,3% so với năm 2024', note: 'Class 1: the base is in parentheses after the percent and in triệu against tỷ; 186.000/159.900 = +16,32%, two digits swapped.' }),
    quotient({ id: 'remittance-per-worker', quote: ['bình quân 125 triệu đồng/người/năm', 'ước đạt 186 tỷ đồng', 'xã có 1.486 lao động đang làm việc'], x: '186.000', y: '1.486', stated: '125', trap: 'an average per worker abroad (186 tỷ in triệu).' }),
    // II.3
    ratio({ id: 'training-plan', quote: ['đào tạo 684 người, đạt 110,3% kế hoạch', 'năm 2025 là 620 người'], x: '684', y: '620', stated: '110,3%' }),
    change({ id: 'training-vs-2024', quote: ['tăng 8,5% so với năm 2024', 'đào tạo 684 người, đạt', 'Năm 2024, tuyển sinh, đào tạo nghề 626 người'], x: '684', base: '626', stated: '8,5%', direction: 'tăng', mistake: 'planted', original: 'tăng 9,3% so với năm 2024', note: 'Class 1: the base is in a cited footnote; the increase of 58 was divided by the new 684 (8,48%) instead of 2024\'s 626 (9,27%).' }),
    sum({ id: 'training-levels', quote: ['đào tạo 684 người, đạt', 'trình độ cao đẳng 80 người, trung cấp 148 người, sơ cấp và đào tạo dưới 3 tháng 456 người'], parts: ['80', '148', '456'], total: '684' }),
    contradiction({ id: 'three-months', quote: ['đào tạo dưới 3 tháng 456 người'], stated: 'dưới 3 tháng', expected: 'a course length', consistent: true, reason: 'A duration in the name of a level, not a count.', trap: 'a number inside a category.' }),
    quotient({ id: 'support-per-trainee', quote: ['bình quân 1,34 triệu đồng/học viên', 'kinh phí hỗ trợ từ ngân sách 612 triệu đồng', 'sơ cấp và đào tạo dưới 3 tháng 456 người'], x: '612', y: '456', stated: '1,34', trap: 'an average per trainee.' }),
    repeat({ id: 'classes', quote: ['được tổ chức 14 lớp tại xã', 'Cộng'], values: ['14', '14'], note: 'The text\'s 14 classes against the table\'s total row.' }),
    // table
    sum({ id: 't-classes', quote: ['được tổ chức 14 lớp tại xã', 'Kỹ thuật trồng rau an toàn', 'Chăn nuôi gia súc, gia cầm', 'May công nghiệp', 'Hàn điện', 'Điện dân dụng', 'Nghiệp vụ nhà hàng'], parts: ['3', '2', '4', '2', '2', '1'], total: '14' }),
    sum({ id: 't-trainees', quote: ['sơ cấp và đào tạo dưới 3 tháng 456 người', 'Kỹ thuật trồng rau an toàn', '142', 'Hàn điện', 'Nghiệp vụ nhà hàng'], parts: ['96', '64', '142', '58', '52', '44'], total: '456', note: 'The table\'s trainees against the text\'s 456 (and the total row).' }),
    sum({ id: 't-graduates', quote: ['441', '138', 'Kỹ thuật trồng rau an toàn'], parts: ['94', '62', '138', '55', '50', '42'], total: '441' }),
    sum({ id: 't-employed', quote: ['413', '131', 'Kỹ thuật trồng rau an toàn'], parts: ['88', '57', '131', '53', '46', '38'], total: '413' }),
    ratio({ id: 't-rate-vegetables', quote: ['93,6', 'Kỹ thuật trồng rau an toàn'], x: '88', y: '94', stated: '93,6' }),
    ratio({ id: 't-rate-livestock', quote: ['91,9', 'Chăn nuôi gia súc, gia cầm'], x: '57', y: '62', stated: '91,9' }),
    ratio({ id: 't-rate-sewing', quote: ['94,9', '131'], x: '131', y: '138', stated: '94,9' }),
    ratio({ id: 't-rate-welding', quote: ['96,4', 'Hàn điện'], x: '53', y: '55', stated: '96,4' }),
    ratio({ id: 't-rate-electric', quote: ['92,0', 'Điện dân dụng'], x: '46', y: '50', stated: '92,0' }),
    ratio({ id: 't-rate-restaurant', quote: ['90,5', 'Nghiệp vụ nhà hàng'], x: '38', y: '42', stated: '90,5' }),
    ratio({ id: 't-rate-total', quote: ['93,7', '413', '441'], x: '413', y: '441', stated: '93,7' }),
    contradiction({ id: 't-tt-column', quote: ['TT'], stated: '1 … 6', expected: 'row numbers', consistent: true, reason: 'The first column numbers the rows.', trap: 'numbers in row labels.' }),
    ratio({ id: 'graduation-rate', quote: ['Tỷ lệ học viên tốt nghiệp đạt 96,7%', '441', 'sơ cấp và đào tạo dưới 3 tháng 456 người'], x: '441', y: '456', stated: '96,7%' }),
    repeat({ id: 'sewing-text-table', quote: ['(124 học viên)', '142'], values: ['142', '124'], mistake: 'planted', original: '(142 học viên)', note: 'Class 5: the text repeats the table\'s 142 sewing trainees with two digits swapped.' }),
    ratio({ id: 'employed-rate-text', quote: ['có việc làm sau học nghề đạt 93%', '413', '441'], x: '413', y: '441', stated: '93%', mistake: 'planted', original: 'có việc làm sau học nghề đạt 94%', note: 'Class 7: 413/441 = 93,65% (the table\'s 93,7), which is 94% written whole; 93% truncates.' }),
    // III.1
    repeat({ id: 'summary-jobs', quote: ['giải quyết việc làm cho 1.286 lao động, đạt 111,8% kế hoạch; lao động', 'giải quyết việc làm cho 1.286 lao động, đạt 111,8% kế hoạch, tăng'], values: ['1.286', '1.286'] }),
    share({ id: 'summary-women', quote: ['lao động nữ chiếm 57,3% số lao động được giải quyết việc làm', 'có 604 lao động nữ', 'giải quyết việc làm cho 1.286 lao động, đạt 111,8% kế hoạch, tăng'], x: '604', y: '1.286', stated: '57,3%', mistake: 'planted', original: 'lao động nữ chiếm 47,0% số lao động', note: 'Class 2: the share is only in the summary, its count and base in section II.1; 604/1.286 = 46,97%. The writer divided by the jobs at home only (742 + 312 = 1.054: 57,31%).' }),
    repeat({ id: 'summary-abroad', quote: ['Đưa 232 người đi làm việc ở nước ngoài, vượt kế hoạch', 'toàn xã có 232 người đi làm việc ở nước ngoài'], values: ['232', '232'] }),
    repeat({ id: 'summary-training', quote: ['Tuyển sinh, đào tạo nghề 684 người', 'đào tạo 684 người, đạt'], values: ['684', '684'] }),
    repeat({ id: 'summary-trained-rate', quote: ['tỷ lệ lao động qua đào tạo đạt 72,8%', 'tỷ lệ lao động qua đào tạo đạt 74,6%'], values: ['74,6%', '72,8%'], mistake: 'planted', original: 'tỷ lệ lao động qua đào tạo đạt 74,6%', note: 'Class 5: the summary copies 2024\'s rate (in parentheses in section I) instead of the year\'s 74,6%.' }),
    repeat({ id: 'summary-unemployment', quote: ['ở mức 2,3%', 'tỷ lệ thất nghiệp 2,3% (mục tiêu'], values: ['2,3%', '2,3%'] }),
    // III.2
    contradiction({ id: 'target-75', quote: ['chưa đạt chỉ tiêu 75%'], stated: '75%', expected: 'a target', consistent: true, reason: 'The target restated (74,6% is below it).', trap: 'a target with no base.' }),
    repeat({ id: 'summary-unemployed', quote: ['Còn 618 người thất nghiệp', 'số người thất nghiệp 618 người'], values: ['618', '618'] }),
    contradiction({ id: 'over-40', quote: ['lao động trên 40 tuổi'], stated: '40 tuổi', expected: 'an age threshold', consistent: true, reason: 'An age, not a count.', trap: 'a threshold beside a count.' }),
    // IV
    change({ id: 'task-jobs', quote: ['tăng 1,1% so với năm 2025', 'Giải quyết việc làm mới cho 1.300 lao động', 'giải quyết việc làm cho 1.286 lao động, đạt 111,8% kế hoạch, tăng'], x: '1.300', base: '1.286', stated: '1,1%', direction: 'tăng' }),
    contradiction({ id: 'task-targets', quote: ['phấn đấu tỷ lệ lao động qua đào tạo đạt 76%, tỷ lệ thất nghiệp dưới 2,5%'], stated: '76%; dưới 2,5%', expected: 'targets', consistent: true, reason: 'Targets for 2026.', trap: 'targets in the tasks.' }),
    repeat({ id: 'task-fairs', quote: ['tổ chức ít nhất 6 phiên giao dịch việc làm', 'tổ chức 6 phiên giao dịch việc làm lưu động'], values: ['6', '6'] }),
  ],
});
