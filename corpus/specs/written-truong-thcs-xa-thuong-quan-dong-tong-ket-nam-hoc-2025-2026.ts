// Written for the corpus (batch F2): Trường THCS Thượng Quan Đông (under an invented UBND xã), report
// closing the school year 2025 - 2026: classes and pupils by grade, girls and ethnic-minority shares,
// grade 6 intake and enrolment of children 11 - 14, movement of pupils over the year; staff by role,
// qualification and professional standard; conduct and learning results (Thông tư 22, with its rule for
// the "Tốt" level), promotion, graduation and streaming after grade 9, provincial prizes, health
// insurance, spending and the study-promotion fund. Two tables (results by grade; staff by
// qualification); the previous school year's figures and the first term's transfers in 2 footnotes.
import { contradiction, cumulative, difference, excess, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-truong-thcs-xa-thuong-quan-dong-tong-ket-nam-hoc-2025-2026.md',
  prefix: 'tqd',
  claims: [
    // I. Quy mô
    sum({ id: 'pupils-by-grade', quote: ['24 lớp với 912 học sinh', '(khối 6: 246 em; khối 7: 232 em; khối 8: 221 em; khối 9: 213 em)'], parts: ['246', '232', '221', '213'], total: '912' }),
    difference({ id: 'pupils-vs-last-year', quote: ['tăng 19 học sinh so với năm học trước', 'Năm học 2024 - 2025: 24 lớp, 893 học sinh'], a: '912', b: '893', stated: '19', note: 'Last year in footnote 1.' }),
    contradiction({ id: 'class-size', quote: ['sĩ số bình quân 38 học sinh/lớp (quy định không quá 45 học sinh/lớp)'], stated: '38 học sinh/lớp', expected: '912/24 = 38; the ceiling is 45', consistent: true, reason: 'An average per class and the legal ceiling; neither is a part or a share.', trap: 'a per-item rate beside its ceiling.' }),
    share({ id: 'girls-share', quote: ['Học sinh nữ 441 em, chiếm 48,4%', '24 lớp với 912 học sinh'], x: '441', y: '912', stated: '48,4%' }),
    share({ id: 'minority-share', quote: ['học sinh dân tộc thiểu số 87 em, chiếm 9,5%'], x: '87', y: '912', stated: '9,5%' }),
    ratio({ id: 'grade-6-intake', quote: ['đạt 98,8% số học sinh hoàn thành chương trình tiểu học trên địa bàn (251 em)', 'nhà trường tiếp nhận 246 học sinh'], x: '246', y: '251', stated: '98,8%', mistake: 'planted', original: 'đạt 98,0% số học sinh hoàn thành chương trình tiểu học trên địa bàn (251 em)', note: 'Class 1: the base in parentheses after the percent; 246/251 = 98,01%.' }),
    difference({ id: 'grade-6-not-enrolled', quote: ['5 em còn lại theo gia đình chuyển đi'], a: '251', b: '246', stated: '5' }),
    ratio({ id: 'enrolment-11-14', quote: ['đến trường đạt 97,6% (893/915 trẻ)'], x: '893', y: '915', stated: '97,6%', note: 'The X/Y in parentheses after the percent; 893 is also last year\'s number of pupils, another indicator.' }),
    sum({ id: 'pupil-movement', quote: ['cuối năm còn 912 học sinh', 'Đầu năm học có 905 học sinh', 'tiếp nhận 12 học sinh chuyển đến', 'chuyển đi 3 em, bỏ học 2 em'], parts: ['905', '12', '-3', '-2'], total: '912', note: 'Start of the year, plus transfers in, minus transfers out and drop-outs.' }),
    cumulative({ id: 'transfers-in', quote: ['tiếp nhận 12 học sinh chuyển đến', '(riêng học kỳ II: 4 em)', 'Học kỳ I tiếp nhận 7 học sinh chuyển đến'], previous: '7', period: '4', stated: '12', mistake: 'planted', original: '(riêng học kỳ II: 5 em)', note: 'Class 6: the first term in footnote 2 plus the second term is 11, not the year\'s 12.' }),
    ratio({ id: 'dropout-rate', quote: ['(tỷ lệ bỏ học 0,22%)'], x: '2', y: '905', stated: '0,22%', note: 'On the pupils at the start of the year.' }),
    contradiction({ id: 'dropouts-none-then-two', quote: ['không có học sinh bỏ học', 'bỏ học 2 em (tỷ lệ bỏ học 0,22%)'], stated: 'không có học sinh bỏ học', expected: '2 (section I counts 2 drop-outs, 0,22%)', consistent: false, reason: 'Section III.3 says no pupil dropped out during the year; section I counts 2 drop-outs and a rate of 0,22%.', mistake: 'planted', original: 'chỉ có 2 học sinh bỏ học', note: 'Class 8: a "none" statement against a count in another section.' }),
    // II. Đội ngũ
    sum({ id: 'staff', quote: ['Tổng số cán bộ, giáo viên, nhân viên 58 người', 'cán bộ quản lý 3, giáo viên 49, nhân viên 6'], parts: ['3', '49', '6'], total: '58' }),
    share({ id: 'staff-party-share', quote: ['có 31 đảng viên, chiếm 53,4%'], x: '31', y: '58', stated: '53,4%' }),
    contradiction({ id: 'teachers-per-class', quote: ['Tỷ lệ giáo viên/lớp đạt 2,04 (định mức tối thiểu 1,9 giáo viên/lớp)'], stated: '2,04', expected: '49/24 = 2,04; the norm is 1,9', consistent: true, reason: 'A ratio per class (not a percent) and its minimum norm.', trap: 'a per-item rate and a threshold.' }),
    share({ id: 'teachers-qualified', quote: ['trình độ đại học trở lên là 47 người, đạt 95,9%', 'giáo viên 49'], x: '47', y: '49', stated: '95,9%' }),
    share({ id: 'standard-good', quote: ['mức Tốt 21 người (42,9%)'], x: '21', y: '49', stated: '42,9%' }),
    share({ id: 'standard-fair', quote: ['mức Khá 24 người (49,0%)'], x: '24', y: '49', stated: '49,0%' }),
    share({ id: 'standard-pass', quote: ['mức Đạt 4 người (8,2%)'], x: '4', y: '49', stated: '8,2%' }),
    sum({ id: 'standard-shares-100', quote: ['mức Tốt 21 người (42,9%)', 'mức Khá 24 người (49,0%)', 'mức Đạt 4 người (8,2%)'], parts: ['42,9', '49,0', '8,2'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The rounded shares add to 100,1%, within their rounding.' }),
    sum({ id: 'standard-count', quote: ['giáo viên 49', 'mức Tốt 21 người', 'mức Khá 24 người', 'mức Đạt 4 người'], parts: ['21', '24', '4'], total: '49' }),
    ratio({ id: 'standard-fair-or-better', quote: ['giáo viên đạt chuẩn nghề nghiệp mức Khá trở lên đạt 91%', 'mức Tốt 21 người', 'mức Khá 24 người'], x: '21 + 24', y: '49', stated: '91%', mistake: 'planted', original: 'giáo viên đạt chuẩn nghề nghiệp mức Khá trở lên đạt 92%', note: 'Class 7: 45/49 = 91,84%, which is 92% written whole; the base is the sum of two levels of the previous sentence.' }),
    contradiction({ id: 'standard-none-other-subject', quote: ['không có giáo viên chưa đạt chuẩn', '2 giáo viên chưa đạt chuẩn trình độ đào tạo'], stated: 'không có giáo viên chưa đạt chuẩn (nghề nghiệp); 2 giáo viên chưa đạt chuẩn trình độ đào tạo', expected: 'two different standards', consistent: true, reason: 'The "none" is about the professional standard; the 2 teachers lack the qualification standard (college, not university), as section II says.', trap: 'a "none" statement about another subject.' }),
    // III.1 Kết quả
    share({ id: 'conduct-good', quote: ['mức Tốt 742 em, chiếm 81,4%'], x: '742', y: '912', stated: '81,4%' }),
    share({ id: 'conduct-fair', quote: ['mức Khá 150 em, chiếm 16,8%', 'mức Tốt 742 em, chiếm 81,4%', 'mức Đạt 20 em, chiếm 2,2%'], x: '150', y: '912', stated: '16,8%', mistake: 'planted', original: 'mức Khá 150 em, chiếm 16,4%', note: 'Class 3: share of the 912 pupils given at the top; 150/912 = 16,45%. The three shares now add to 100,4%.' }),
    share({ id: 'conduct-pass', quote: ['mức Đạt 20 em, chiếm 2,2%'], x: '20', y: '912', stated: '2,2%' }),
    sum({ id: 'conduct-count', quote: ['24 lớp với 912 học sinh', 'mức Tốt 742 em', 'mức Khá 150 em', 'mức Đạt 20 em'], parts: ['742', '150', '20'], total: '912', note: 'No pupil below Đạt.' }),
    repeat({ id: 'learning-good-text-table', quote: ['mức Tốt 221 em (23,1%)', '211'], values: ['211', '221'], mistake: 'planted', original: 'mức Tốt 211 em (23,1%)', note: 'Class 5: the text gives 221 where Biểu 1 (and the 23,1% beside it) give 211.' }),
    share({ id: 'learning-fair', quote: ['mức Khá 385 em (42,2%)'], x: '385', y: '912', stated: '42,2%' }),
    share({ id: 'learning-pass', quote: ['mức Đạt 298 em (32,7%)'], x: '298', y: '912', stated: '32,7%' }),
    share({ id: 'learning-fail', quote: ['mức Chưa đạt 18 em (2,0%)'], x: '18', y: '912', stated: '2,0%' }),
    sum({ id: 'learning-shares-100', quote: ['(23,1%), mức Khá', '(42,2%), mức Đạt', '(32,7%), mức Chưa đạt', '18 em (2,0%)'], parts: ['23,1', '42,2', '32,7', '2,0'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    ratio({ id: 'learning-fair-or-better', quote: ['Tỷ lệ học sinh học tập mức Khá, Tốt đạt 65%', '211'], x: '211 + 385', y: '912', stated: '65%', note: 'Whole-number percent: 596/912 = 65,35% → 65% (with the table\'s 211).' }),
    difference({ id: 'learning-good-vs-last-year', quote: ['tăng 0,9 điểm phần trăm so với năm học trước', 'học tập mức Tốt 198 em (22,2%)'], a: '23,1', b: '22,2', stated: '0,9', kind: 'change_percent', note: 'Percentage points against last year\'s share in footnote 1.' }),
    ratio({ id: 'promotion', quote: ['lên lớp thẳng 682/699 em, đạt 97,6%'], x: '682', y: '699', stated: '97,6%' }),
    sum({ id: 'grades-6-8', quote: ['lên lớp thẳng 682/699 em', 'khối 6: 246 em; khối 7: 232 em; khối 8: 221 em'], parts: ['246', '232', '221'], total: '699', note: 'The base 699 is the first three grades of section I.' }),
    difference({ id: 'not-promoted', quote: ['17 em học tập chưa đạt phải rèn luyện', 'lên lớp thẳng 682/699 em'], a: '699', b: '682', stated: '17' }),
    // Biểu 1
    sum({ id: 't-grade-6', quote: ['khối 6: 246 em', '102'], parts: ['58', '102', '80', '6'], total: '246' }),
    sum({ id: 't-grade-7', quote: ['khối 7: 232 em'], parts: ['51', '96', '79', '6'], total: '232' }),
    sum({ id: 't-grade-8', quote: ['khối 8: 221 em'], parts: ['47', '93', '76', '5'], total: '221' }),
    sum({ id: 't-grade-9', quote: ['khối 9: 213 em'], parts: ['55', '94', '63', '1'], total: '213' }),
    sum({ id: 't-good-column', quote: ['211'], parts: ['58', '51', '47', '55'], total: '211' }),
    sum({ id: 't-fair-column', quote: ['mức Khá 385 em'], parts: ['102', '96', '93', '94'], total: '385' }),
    sum({ id: 't-pass-column', quote: ['mức Đạt 298 em'], parts: ['80', '79', '76', '63'], total: '298' }),
    sum({ id: 't-fail-column', quote: ['mức Chưa đạt 18 em'], parts: ['6', '6', '5', '1'], total: '18' }),
    sum({ id: 't-conduct-column', quote: ['mức Tốt 742 em', '196', '186', '178', '182'], parts: ['196', '186', '178', '182'], total: '742' }),
    sum({ id: 't-fail-grades-6-8', quote: ['17 em học tập chưa đạt'], parts: ['6', '6', '5'], total: '17', note: 'Biểu 1\'s "Chưa đạt" cells of grades 6 to 8.' }),
    contradiction({ id: 'good-level-rule', quote: ['có điểm trung bình môn cả năm từ 6,5 trở lên, trong đó ít nhất 6 môn từ 8,0 trở lên'], stated: '6,5; 6 môn; 8,0', expected: 'the rule of the "Tốt" level', consistent: true, reason: 'A grading rule, no result.', trap: 'a scoring rule.' }),
    // III.2 Tốt nghiệp
    ratio({ id: 'graduation-rate', quote: ['Tỷ lệ tốt nghiệp THCS đạt 99,1%', 'đã công nhận 212 em', 'Khối 9 có 213 học sinh dự xét tốt nghiệp'], x: '212', y: '213', stated: '99,1%', mistake: 'planted', original: 'Tỷ lệ tốt nghiệp THCS đạt 99,5%', note: 'Class 2: the rate is a sentence of its own after a long one; 212/213 = 99,53%.' }),
    sum({ id: 'graduates-by-rating', quote: ['Trong 212 học sinh tốt nghiệp, xếp loại Tốt 55 em, Khá 94 em, Đạt 63 em'], parts: ['55', '94', '63'], total: '212' }),
    share({ id: 'streaming-upper-secondary', quote: ['chiếm 79,2% (chỉ tiêu', 'Có 168 em đăng ký dự thi'], x: '168', y: '212', stated: '79,2%' }),
    contradiction({ id: 'streaming-quota', quote: ['(chỉ tiêu tuyển sinh lớp 10 công lập của tỉnh khoảng 70% số học sinh tốt nghiệp)'], stated: 'khoảng 70%', expected: 'the province\'s quota', consistent: true, reason: 'A quota in parentheses right after 79,2%.', trap: 'a target next to a rate.' }),
    share({ id: 'streaming-vocational', quote: ['44 em đăng ký học tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên, chiếm 20,8%'], x: '44', y: '212', stated: '20,8%' }),
    sum({ id: 'streaming-parts', quote: ['Trong 212 học sinh tốt nghiệp', 'Có 168 em đăng ký dự thi', '44 em đăng ký học tại'], parts: ['168', '44'], total: '212' }),
    ratio({ id: 'graduation-last-year', quote: ['tốt nghiệp THCS 205/208 em (98,6%)'], x: '205', y: '208', stated: '98,6%', trap: 'a figure of the previous school year in a footnote.' }),
    share({ id: 'learning-good-last-year', quote: ['học tập mức Tốt 198 em (22,2%)'], x: '198', y: '893', stated: '22,2%', trap: 'a share of last year\'s 893 pupils, in a footnote.' }),
    share({ id: 'learning-fair-last-year', quote: ['mức Khá 371 em (41,5%)'], x: '371', y: '893', stated: '41,5%' }),
    // III.3 Học sinh giỏi
    sum({ id: 'prizes', quote: ['Học sinh giỏi cấp tỉnh đạt 14 giải', '(1 giải Nhất, 3 giải Nhì, 5 giải Ba, 6 giải Khuyến khích)'], parts: ['1', '3', '5', '6'], total: '14', mistake: 'planted', original: '4 giải Ba', note: 'Class 4: parts in parentheses add to 15, not 14.' }),
    excess({ id: 'prizes-target', quote: ['vượt 16,7% chỉ tiêu năm học (12 giải)'], x: '14', y: '12', stated: '16,7%', note: 'The target in parentheses after the excess.' }),
    difference({ id: 'prizes-vs-last-year', quote: ['tăng 3 giải so với năm học trước', '11 giải học sinh giỏi cấp tỉnh'], a: '14', b: '11', stated: '3' }),
    contradiction({ id: 'prizes-rank', quote: ['xếp thứ 4/32 trường THCS của tỉnh'], stated: '4/32', expected: 'a rank', consistent: true, reason: 'A rank written X/Y.', trap: 'a rank written X/Y.' }),
    ratio({ id: 'health-insurance', quote: ['đạt 99,6% (912 học sinh)', 'Có 908 học sinh tham gia bảo hiểm y tế'], x: '908', y: '912', stated: '99,6%' }),
    // III.4 Tài chính
    ratio({ id: 'spending-estimate', quote: ['đạt 95,0% dự toán (8,46 tỷ đồng)', 'thực hiện 8.120 triệu đồng'], x: '8.120 triệu đồng', y: '8,46 tỷ đồng', stated: '95,0%', mistake: 'planted', original: 'đạt 96,0% dự toán (8,46 tỷ đồng)', note: 'Class 1: the estimate in parentheses and in another scale; 8.120/8.460 = 95,98%.' }),
    share({ id: 'spending-staff-share', quote: ['chi cho con người 6.892 triệu đồng, chiếm 84,9%'], x: '6.892', y: '8.120', stated: '84,9%' }),
    sum({ id: 'study-fund', quote: ['số dư hiện nay 21,9 triệu đồng', 'số dư đầu năm học 18,5 triệu đồng, thu trong năm 42 triệu đồng, chi khen thưởng học sinh 38,6 triệu đồng'], parts: ['18,5', '42', '-38,6'], total: '21,9', kind: 'cumulative', note: 'Opening balance plus receipts minus spending.' }),
    // Biểu 2
    sum({ id: 't-teachers-row', quote: ['giáo viên 49, nhân'], parts: ['4', '43', '2', '0'], total: '49', note: 'Biểu 2\'s teachers row (4 + 43 + 2 + 0).' }),
    sum({ id: 't-qualified-teachers', quote: ['trình độ đại học trở lên là 47 người'], parts: ['4', '43'], total: '47', note: 'Biểu 2: master\'s 4 and university 43 among the teachers.' }),
    repeat({ id: 't-college-teachers', quote: ['2 giáo viên trình độ cao đẳng đang học nâng chuẩn'], values: ['2', '2'], note: 'Biểu 2\'s teachers row has 2 in "Cao đẳng".' }),
    sum({ id: 't-staff-total', quote: ['Tổng số cán bộ, giáo viên, nhân viên 58 người'], parts: ['5', '47', '3', '3'], total: '58', note: 'Biểu 2\'s total row by qualification.' }),
    // IV. Đánh giá chung, V. Phương hướng
    repeat({ id: 'pupils-summary', quote: ['tổng số học sinh cuối năm 921 em', 'cuối năm còn 912 học sinh'], values: ['912', '921'], mistake: 'planted', original: 'tổng số học sinh cuối năm 912 em', note: 'Class 5: the summary restates the pupils with two digits swapped.' }),
    repeat({ id: 'prizes-summary', quote: ['với 14 giải học sinh giỏi cấp tỉnh, vượt chỉ tiêu'], values: ['14', '14'] }),
    repeat({ id: 'fail-summary', quote: ['còn 18 học sinh học tập chưa đạt'], values: ['18', '18'] }),
    contradiction({ id: 'targets-next-year', quote: ['giữ tỷ lệ bỏ học dưới 0,3%', 'từ 67% trở lên; tỷ lệ tốt nghiệp THCS trên 99%', 'đạt từ 15 giải học sinh giỏi cấp tỉnh trở lên'], stated: 'dưới 0,3%; từ 67%; trên 99%; từ 15 giải', expected: 'targets', consistent: true, reason: 'Targets for the next school year.', trap: 'targets.' }),
  ],
});
