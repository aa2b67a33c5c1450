// Written for the corpus (batch L2): UBND xã Diễn Phúc Đông (tỉnh Nghệ An; the commune is invented) to the
// provincial Sở Giáo dục và Đào tạo, the school year 2025 - 2026 of a whole commune and its universal
// education: a table of schools, classes and pupils by level against the previous school year (columns
// that add, % that the text restates), pupils per class with a ceiling, preschool enrolment X/Y by age group
// with overlapping five-year-olds, malnutrition shares with a ceiling, teachers per class with norms,
// first-graders X/Y and against the previous year in a footnote, primary results (X/Y, the rest, awards as
// shares), lower secondary results by level with shares and by conduct, graduation and the streaming after
// it, dropouts (a "none" for primary beside a count for lower secondary), prizes after "gồm" and a rank
// X/Y, staff after "gồm", teachers by level, teachers qualified X/Y, shortage by subject after "gồm",
// classrooms built of brick as a whole percent, standard schools X/Y with a target, spending in tỷ against
// the previous year in triệu, by source in tỷ and triệu, classrooms built with the lũy kế since 2021 from a
// footnote, a table of universal education (X/Y, %) with the level's threshold; summary restating figures
// (a "none" of dropouts, tỷ in triệu); tasks with targets.
import { atLeast, change, contradiction, cumulative, difference, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-dien-phuc-dong-giao-duc-pho-cap-nam-hoc-2025-2026.md',
  prefix: 'dpd',
  claims: [
    contradiction({ id: 'doc-number', quote: ['Công văn số 1420/SGDĐT-GDTX ngày 25/5/2026'], stated: '1420/SGDĐT-GDTX', expected: 'a document number', consistent: true, reason: 'The number and date of the department\'s letter.', trap: 'a document number and a date written with slashes.' }),
    sum({ id: 'schools', quote: ['quản lý 11 cơ sở giáo dục công lập, gồm 4 trường mầm non, 4 trường tiểu học và 3 trường trung học cơ sở'], parts: ['4', '4', '3'], total: '11' }),
    contradiction({ id: 'private-groups', quote: ['2 nhóm trẻ độc lập tư thục với 46 trẻ (không tính trong số liệu của báo cáo này)'], stated: '46', expected: 'children outside the report\'s figures', consistent: true, reason: 'The private groups are said to be outside the figures, so the 46 children are no part of the 1.486.', trap: 'a count kept out of the totals.' }),
    // II.1 table
    sum({ id: 't-schools', quote: ['Tổng cộng (11 trường)', 'Mầm non (4 trường)', 'Tiểu học (4 trường)', 'Trung học cơ sở (3 trường)'], parts: ['4', '4', '3'], total: '11', trap: 'counts of schools in the row labels.' }),
    sum({ id: 't-classes', quote: ['có 174 nhóm, lớp với', 'Mầm non (4 trường)', 'Tiểu học (4 trường)', 'Trung học cơ sở (3 trường)'], parts: ['52', '78', '44'], total: '174' }),
    sum({ id: 't-pupils', quote: ['lớp với 5.729 trẻ', 'Tổng cộng (11 trường)', '1.486', 'Tiểu học (4 trường)', '1.812'], parts: ['1.486', '2.431', '1.812'], total: '5.729' }),
    sum({ id: 't-pupils-before', quote: ['5.666', 'Mầm non (4 trường)', 'Tiểu học (4 trường)', '1.745'], parts: ['1.532', '2.389', '1.745'], total: '5.666' }),
    ratio({ id: 't-pre-pct', quote: ['97,0', '1.486', 'Mầm non (4 trường)'], x: '1.486', y: '1.532', stated: '97,0' }),
    ratio({ id: 't-pri-pct', quote: ['101,8', 'Tiểu học (4 trường)', 'Tiểu học (4 trường)'], x: '2.431', y: '2.389', stated: '101,8' }),
    ratio({ id: 't-sec-pct', quote: ['103,8', '1.812', '1.745'], x: '1.812', y: '1.745', stated: '103,8' }),
    ratio({ id: 't-total-pct', quote: ['101,1', 'Tổng cộng (11 trường)', '5.666'], x: '5.729', y: '5.666', stated: '101,1' }),
    change({ id: 'total-change', quote: ['tăng 1,1% so với năm học trước. Số trẻ', 'lớp với 5.729 trẻ', '5.666'], x: '5.729', base: '5.666', stated: '1,1%', direction: 'tăng' }),
    change({ id: 'pre-change', quote: ['giảm 3,1% so với cùng kỳ (1.532 trẻ)', '1.486'], x: '1.486', base: '1.532', stated: '3,1%', direction: 'giảm', mistake: 'planted', original: 'giảm 3,0% so với cùng kỳ (1.532 trẻ)', note: 'Class 1: the base is in parentheses after the percent; the fall of 46 was divided by this year\'s 1.486 (3,10%) instead of the previous 1.532 (3,00%).' }),
    quotient({ id: 'pre-per-class', quote: ['bình quân 28,6 trẻ/nhóm, lớp', '1.486', 'Mầm non (4 trường)'], x: '1.486', y: '52', stated: '28,6', trap: 'an average per class.' }),
    quotient({ id: 'pri-per-class', quote: ['bình quân 31,2 học sinh/lớp (quy định không quá 35 học sinh/lớp)', 'Cấp tiểu học có 78 lớp', 'Tiểu học (4 trường)'], x: '2.431', y: '78', stated: '31,2', trap: 'an average per class beside a legal ceiling.' }),
    repeat({ id: 'sec-pupils', quote: ['Khối trung học cơ sở có 1.821 học sinh', '1.812'], values: ['1.812', '1.821'], mistake: 'planted', original: 'Khối trung học cơ sở có 1.812 học sinh', note: 'Class 5: the text swaps two digits of the table\'s 1.812, which the column total and the % hold.' }),
    change({ id: 'sec-change', quote: ['tăng 3,8% so với năm học trước.', '1.812', '1.745'], x: '1.812', base: '1.745', stated: '3,8%', direction: 'tăng', note: 'The percent agrees with the table\'s 1.812, not with the text\'s 1.821.' }),
    // II.2
    ratio({ id: 'nursery', quote: ['ra lớp 312/1.245 trẻ trong độ tuổi, đạt 25,1%'], x: '312', y: '1.245', stated: '25,1%' }),
    ratio({ id: 'kindergarten', quote: ['ra lớp 1.174/1.196 trẻ, đạt 98,2%'], x: '1.174', y: '1.196', stated: '98,2%' }),
    sum({ id: 'pre-by-age', quote: ['1.486', 'ra lớp 312/1.245', 'ra lớp 1.174/1.196'], parts: ['312', '1.174'], total: '1.486', note: 'Nursery and kindergarten children add to the table\'s preschool figure.' }),
    atLeast({ id: 'five-year-olds', quote: ['trong đó trẻ 5 tuổi ra lớp 412/412 trẻ', 'ra lớp 1.174/1.196'], big: '1.174', small: '412', trap: 'five-year-olds after "trong đó": a subgroup of the kindergarten children, written X/Y.' }),
    share({ id: 'underweight', quote: ['38 trẻ suy dinh dưỡng thể nhẹ cân, chiếm 2,6%', '1.486'], x: '38', y: '1.486', stated: '2,6%' }),
    share({ id: 'stunted', quote: ['47 trẻ suy dinh dưỡng thể thấp còi, chiếm 3,2%', '1.486'], x: '47', y: '1.486', stated: '3,2%' }),
    contradiction({ id: 'stunted-ceiling', quote: ['(chỉ tiêu năm học: dưới 4%)'], stated: 'dưới 4%', expected: 'a ceiling', consistent: true, reason: 'The year\'s ceiling next to the rate.', trap: 'a ceiling next to a rate.' }),
    contradiction({ id: 'injury-none', quote: ['Không có trẻ bị tai nạn thương tích nghiêm trọng tại trường; 6 trẻ bị trầy xước nhẹ'], stated: 'không có', expected: 'a "none" of serious injuries beside light ones', consistent: true, reason: 'The "none" is about serious injuries; the 6 were light scratches.', trap: 'a "none" beside a count of another degree.' }),
    quotient({ id: 'pre-teachers-per-class', quote: ['mầm non 2,27 (định mức 2,2)', 'Giáo viên mầm non 118 người', 'Mầm non (4 trường)'], x: '118', y: '52', stated: '2,27', trap: 'teachers per class beside the norm.' }),
    // II.3
    ratio({ id: 'first-grade', quote: ['498/501 trẻ, đạt 99,4%'], x: '498', y: '501', stated: '99,4%' }),
    change({ id: 'first-grade-change', quote: ['tăng 4,8% so với năm học trước', 'Trẻ 6 tuổi vào lớp 1 là 498/501', 'có 475 trẻ 6 tuổi vào lớp 1'], x: '498', base: '475', stated: '4,8%', direction: 'tăng', note: 'The base is in footnote 1.' }),
    contradiction({ id: 'two-sessions', quote: ['78/78 lớp học 2 buổi/ngày'], stated: '78/78', expected: 'all classes', consistent: true, reason: 'All classes written X/Y, and sessions per day.', trap: 'a count written X/Y and a rate per day.' }),
    repeat({ id: 'pri-classes', quote: ['78/78 lớp học', 'Tiểu học (4 trường)'], values: ['78', '78'] }),
    ratio({ id: 'pri-completed', quote: ['2.418/2.431 học sinh hoàn thành chương trình lớp học, đạt 99,47%'], x: '2.418', y: '2.431', stated: '99,47%' }),
    share({ id: 'excellent', quote: ['1.026 học sinh xuất sắc, chiếm 42,9%', '2.418/2.431', 'tổng số 2.389 học sinh'], x: '1.026', y: '2.431', stated: '42,9%', mistake: 'planted', original: '1.026 học sinh xuất sắc, chiếm 42,2%', note: 'Class 3: the share is taken of the previous year\'s 2.389 pupils in footnote 1 (42,95%) instead of this year\'s 2.431 (42,21%).' }),
    share({ id: 'exemplary', quote: ['837 học sinh tiêu biểu hoàn thành tốt trong học tập và rèn luyện, chiếm 34,4%', '2.418/2.431'], x: '837', y: '2.431', stated: '34,4%' }),
    // II.4
    sum({ id: 'learning-levels', quote: ['1.812', 'mức Tốt 498 học sinh (27,5%), mức Khá 763 học sinh (42,1%), mức Đạt 521 học sinh (28,8%), mức Chưa đạt 30 học sinh (1,7%)'], parts: ['498', '763', '521', '30'], total: '1.812' }),
    share({ id: 'learning-good', quote: ['498 học sinh (27,5%)', '1.812'], x: '498', y: '1.812', stated: '27,5%' }),
    share({ id: 'learning-fair', quote: ['763 học sinh (42,1%)', '1.812'], x: '763', y: '1.812', stated: '42,1%' }),
    share({ id: 'learning-pass', quote: ['521 học sinh (28,8%)', '1.812'], x: '521', y: '1.812', stated: '28,8%' }),
    share({ id: 'learning-fail', quote: ['30 học sinh (1,7%)', '1.812'], x: '30', y: '1.812', stated: '1,7%' }),
    sum({ id: 'learning-shares-100', quote: ['(27,5%)', '(42,1%)', '(28,8%)', '(1,7%)'], parts: ['27,5', '42,1', '28,8', '1,7'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    sum({ id: 'conduct-levels', quote: ['1.812', 'mức Tốt 1.596 học sinh, mức Khá 188 học sinh, mức Đạt 25 học sinh, mức Chưa đạt 3 học sinh'], parts: ['1.596', '188', '25', '3'], total: '1.812' }),
    ratio({ id: 'graduation', quote: ['được công nhận tốt nghiệp trung học cơ sở 426 em, đạt 99,53%', 'Lớp 9 có 428 học sinh'], x: '426', y: '428', stated: '99,53%' }),
    share({ id: 'to-public-10', quote: ['chiếm 87,1% số học sinh tốt nghiệp', '371 em trúng tuyển', 'tốt nghiệp trung học cơ sở 426 em'], x: '371', y: '426', stated: '87,1%' }),
    sum({ id: 'streaming', quote: ['tốt nghiệp trung học cơ sở 426 em', '371 em trúng tuyển', '38 em vào học tại Trung tâm', '17 em học nghề ngắn hạn'], parts: ['371', '38', '17'], total: '426' }),
    share({ id: 'dropout-rate', quote: ['4 học sinh bỏ học (tỷ lệ 0,22%)', '1.812'], x: '4', y: '1.812', stated: '0,22%' }),
    contradiction({ id: 'dropout-primary-none', quote: ['Cấp tiểu học không có học sinh bỏ học; cấp trung học cơ sở có 4 học sinh bỏ học'], stated: 'không có', expected: 'a "none" for another level', consistent: true, reason: 'The "none" is about primary pupils; the 4 dropouts are in lower secondary.', trap: 'a "none" about another subject beside a count.' }),
    sum({ id: 'prizes', quote: ['đạt 14 giải, gồm 2 giải Nhì, 5 giải Ba và 7 giải Khuyến khích'], parts: ['2', '5', '7'], total: '14' }),
    contradiction({ id: 'rank', quote: ['xếp thứ 6/130 xã, phường'], stated: '6/130', expected: 'a rank', consistent: true, reason: 'A rank among the province\'s communes and wards.', trap: 'a rank written X/Y.' }),
    // II.5
    sum({ id: 'staff', quote: ['toàn xã là 398 người, gồm 29 cán bộ quản lý, 312 giáo viên và 57 nhân viên'], parts: ['29', '312', '57'], total: '398' }),
    sum({ id: 'teachers-by-level', quote: ['312 giáo viên và 57', 'Giáo viên mầm non 118 người, tiểu học 112 người, trung học cơ sở 82 người'], parts: ['118', '112', '82'], total: '312' }),
    quotient({ id: 'pri-teachers-per-class', quote: ['tiểu học 1,44 (định mức 1,5)', 'tiểu học 112 người', 'Tiểu học (4 trường)'], x: '112', y: '78', stated: '1,44', trap: 'teachers per class beside the norm.' }),
    quotient({ id: 'sec-teachers-per-class', quote: ['trung học cơ sở 1,86 (định mức 1,9)', 'trung học cơ sở 82 người', 'Trung học cơ sở (3 trường)'], x: '82', y: '44', stated: '1,86', trap: 'teachers per class beside the norm.' }),
    ratio({ id: 'qualified', quote: ['291/312 người, đạt 93,3%'], x: '291', y: '312', stated: '93,3%' }),
    sum({ id: 'shortage', quote: ['Còn thiếu 9 giáo viên so với định mức, gồm 4 giáo viên Tiếng Anh, 3 giáo viên Tin học và 3 giáo viên Âm nhạc'], parts: ['4', '3', '3'], total: '9', mistake: 'planted', original: 'và 2 giáo viên Âm nhạc', note: 'Class 4: the subjects after "gồm" add to 10, not 9.' }),
    // II.6
    ratio({ id: 'brick-rooms', quote: ['158 phòng kiên cố, đạt 88%', 'Toàn xã có 178 phòng học'], x: '158', y: '178', stated: '88%', mistake: 'planted', original: '158 phòng kiên cố, đạt 89%', note: 'Class 7: 158/178 = 88,76%, which is 89% written whole; 88% truncates.' }),
    ratio({ id: 'standard-schools', quote: ['9/11 trường, đạt 81,8% (chỉ tiêu đến năm 2030: 100%)'], x: '9', y: '11', stated: '81,8%', trap: 'a target of another year in parentheses next to the rate.' }),
    contradiction({ id: 'school-name', quote: ['Trường Tiểu học Diễn Phúc Đông 2 được công nhận lại đạt chuẩn quốc gia mức độ 2'], stated: '2', expected: 'numbers in names', consistent: true, reason: 'A school\'s number and a level of the standard.', trap: 'numbers in names.' }),
    change({ id: 'spending-change', quote: ['tăng 20,0% so với năm học trước (10.450 triệu đồng)', 'là 12,65 tỷ đồng, tăng'], x: '12,65 tỷ đồng', base: '10.450 triệu đồng', stated: '20,0%', direction: 'tăng', mistake: 'planted', original: 'tăng 21,1% so với năm học trước (10.450 triệu đồng)', note: 'Class 1: the base is in parentheses in triệu against tỷ; 20,0% is the increase over 10.540 (two digits of the base swapped); over 10.450 it is 21,05%.' }),
    sum({ id: 'spending-sources', quote: ['là 12,65 tỷ đồng, tăng', 'gồm ngân sách tỉnh 8,4 tỷ đồng, ngân sách xã 3,15 tỷ đồng và nguồn xã hội hóa 1.100 triệu đồng'], parts: ['8,4 tỷ đồng', '3,15 tỷ đồng', '1.100 triệu đồng'], total: '12,65 tỷ đồng', note: 'Parts in tỷ and triệu.' }),
    cumulative({ id: 'rooms-cumulative', quote: ['lên 46 phòng', 'xây mới 36 phòng học và 7 phòng học bộ môn', 'Xây mới 8 phòng học và 2 phòng học bộ môn'], previous: '36', period: '8', stated: '46', mistake: 'planted', original: 'lên 44 phòng[^2]', note: 'Class 6: footnote 2\'s 36 classrooms plus this year\'s 8 is 44; 46 adds the 2 subject rooms as well.' }),
    // II.7 table
    ratio({ id: 'u-five', quote: ['99,3', '409'], x: '409', y: '412', stated: '99,3' }),
    repeat({ id: 'u-five-count', quote: ['Trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non', 'trẻ 5 tuổi ra lớp 412/412 trẻ'], values: ['412', '412'] }),
    ratio({ id: 'u-primary', quote: ['98,9', '463', '468'], x: '463', y: '468', stated: '98,9' }),
    ratio({ id: 'u-secondary', quote: ['tốt nghiệp trung học cơ sở đạt 96,4%, cao hơn', 'Thanh, thiếu niên 15 - 18 tuổi tốt nghiệp trung học cơ sở', '1.689', '1.752'], x: '1.689', y: '1.752', stated: '96,4' }),
    ratio({ id: 'u-literacy', quote: ['99,16', '21.306', '21.487'], x: '21.306', y: '21.487', stated: '99,16' }),
    difference({ id: 'u-above-threshold', quote: ['cao hơn 6,4 điểm phần trăm so với yêu cầu của mức độ 3 (từ 90% trở lên)', 'tốt nghiệp trung học cơ sở đạt 96,4%'], a: '96,4', b: '90', stated: '6,4', trap: 'a threshold next to the rate, in points.' }),
    difference({ id: 'illiterate', quote: ['còn 181 người trong độ tuổi 15 - 60 chưa biết chữ', '21.306', '21.487'], a: '21.487', b: '21.306', stated: '181' }),
    // III
    repeat({ id: 'summary-pupils', quote: ['toàn xã có 5.729 trẻ, học sinh', 'lớp với 5.729 trẻ'], values: ['5.729', '5.729'] }),
    ratio({ id: 'summary-five', quote: ['100% trẻ 5 tuổi được ra lớp', 'trẻ 5 tuổi ra lớp 412/412 trẻ'], x: '412', y: '412', stated: '100%' }),
    repeat({ id: 'summary-graduation', quote: ['tốt nghiệp trung học cơ sở đạt 99,53%, tỷ lệ', 'được công nhận tốt nghiệp trung học cơ sở 426 em, đạt 99,53%'], values: ['99,53%', '99,53%'] }),
    share({ id: 'summary-to-public-10', quote: ['trung học phổ thông công lập đạt 86,7%', '371 em trúng tuyển', 'Lớp 9 có 428 học sinh', 'tốt nghiệp trung học cơ sở 426 em'], x: '371', y: '426', stated: '86,7%', mistake: 'planted', original: 'trung học phổ thông công lập đạt 87,1%', note: 'Class 2: the rate is in the summary, its counts in section II.4; 86,7% is 371 divided by the 428 pupils of grade 9 instead of the 426 graduates (87,09%).' }),
    repeat({ id: 'summary-spending', quote: ['đạt 12.560 triệu đồng', 'là 12,65 tỷ đồng, tăng'], values: ['12,65 tỷ đồng', '12.560 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'đạt 12.650 triệu đồng', note: 'Class 5: 12,65 tỷ đồng is 12.650 triệu đồng; the summary writes 12.560.' }),
    contradiction({ id: 'summary-no-dropout', quote: ['trên địa bàn xã không có học sinh bỏ học', 'cấp trung học cơ sở có 4 học sinh bỏ học'], stated: 'không có học sinh bỏ học', expected: '4 học sinh bỏ học (section II.4)', consistent: false, reason: 'The summary denies the dropouts that section II.4 counts in lower secondary.', mistake: 'planted', original: 'Tỷ lệ học sinh bỏ học cấp trung học cơ sở giảm còn 0,22%', note: 'Class 8: a "none" statement against a count.' }),
    difference({ id: 'weak-rooms', quote: ['20 phòng học chưa kiên cố', 'Toàn xã có 178 phòng học', '158 phòng kiên cố'], a: '178', b: '158', stated: '20' }),
    // IV
    contradiction({ id: 'task-targets', quote: ['lên trên 28%; giảm tỷ lệ trẻ suy dinh dưỡng thể thấp còi xuống dưới 3%'], stated: 'trên 28%', expected: 'targets', consistent: true, reason: 'Targets for the next school year.', trap: 'targets next to rates.' }),
    repeat({ id: 'task-staff', quote: ['bổ sung 9 biên chế giáo viên', 'Còn thiếu 9 giáo viên so với định mức'], values: ['9', '9'] }),
    contradiction({ id: 'task-school-name', quote: ['6 phòng học tại Trường Mầm non Diễn Phúc Đông 3'], stated: '6', expected: 'a number in a name', consistent: true, reason: 'A school\'s number after the count of rooms.', trap: 'a number in a name.' }),
    ratio({ id: 'task-standard', quote: ['nâng tỷ lệ trường đạt chuẩn lên 90,9%', 'có thêm 1 trường đạt chuẩn quốc gia', 'Trường đạt chuẩn quốc gia 9/11 trường'], x: '9 + 1', y: '11', stated: '90,9%', note: 'The target rate: the 9 standard schools and one more, of 11.' }),
  ],
});
