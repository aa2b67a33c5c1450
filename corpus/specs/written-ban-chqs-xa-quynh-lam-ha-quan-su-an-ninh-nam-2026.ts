// Written for the corpus (batch G2): Ban Chỉ huy Quân sự xã Quỳnh Lâm Hạ (tỉnh Nghệ An; the commune is
// invented), annual report 2026 on military work, drawn up with the commune police: defence education,
// the militia (size against population with its legal range, kinds, party members and women, intake and
// departures), reservists, the 2026 intake (shares of party members and graduates), the preparation of
// the 2027 intake (age group, deferments, pre-screening, medical examination by health grade, shares of
// examined, fit and called-up youths, the quota), militia training with a table by force, live firing
// with its scoring rule, veterans coming home; then security: patrols, crimes against 2025, drugs,
// traffic accidents, fires, petitions and mediation; "Kết quả nổi bật" and "Tồn tại, hạn chế" restate
// figures. Start-of-year and 2025 figures in 4 footnotes; "gấp … lần", "điểm phần trăm"; calibres in mm.
import { atLeast, change, contradiction, cumulative, difference, product, ratio, repeat, report, share, sum, times } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ban-chqs-xa-quynh-lam-ha-quan-su-an-ninh-nam-2026.md',
  prefix: 'qlh',
  claims: [
    // 2. Militia and reserve
    share({ id: 'militia-of-population', quote: ['Tổng số dân quân của xã 396 đồng chí, bằng 1,27% dân số', '31.245 nhân khẩu'], x: '396', y: '31.245', stated: '1,27%', note: 'The population is in the opening paragraph.' }),
    contradiction({ id: 'militia-legal-range', quote: ['(Luật Dân quân tự vệ quy định từ 0,5% đến 2% dân số)'], stated: 'từ 0,5% đến 2%', expected: 'a legal range', consistent: true, reason: 'The law\'s range for the militia\'s size, right after the share it bounds.', trap: 'a legal threshold next to a share.' }),
    sum({ id: 'militia-by-kind', quote: ['Tổng số dân quân của xã 396 đồng chí', 'gồm dân quân cơ động 62 đồng chí, dân quân tại chỗ 268 đồng chí, dân quân binh chủng 42 đồng chí', 'và dân quân biển 24 đồng chí'], parts: ['62', '268', '42', '24'], total: '396', note: 'A parenthesis with the kinds of the 42 stands between the third and the fourth part.' }),
    sum({ id: 'militia-branches', quote: ['dân quân binh chủng 42 đồng chí (súng máy phòng không 12,7 mm 18 đồng chí, cối 60 mm 12 đồng chí, trinh sát, thông tin, công binh, y tế 12 đồng chí)'], parts: ['18', '12', '12'], total: '42', note: 'The calibres (12,7 mm, 60 mm) are names of weapons, not counts.' }),
    contradiction({ id: 'calibres', quote: ['súng máy phòng không 12,7 mm', 'cối 60 mm'], stated: '12,7 mm; 60 mm', expected: 'calibres', consistent: true, reason: 'Numbers that name weapons inside a list of counts.', trap: 'numbers with units that are not quantities of the report.' }),
    share({ id: 'party-members-in-militia', quote: ['Đảng viên trong dân quân 131 đồng chí, đạt 33,1%', 'Tổng số dân quân của xã 396 đồng chí'], x: '131', y: '396', stated: '33,1%' }),
    contradiction({ id: 'party-members-minimum', quote: ['(chỉ tiêu tối thiểu 25%)'], stated: '25%', expected: 'a minimum', consistent: true, reason: 'A target in parentheses right after a rate computed from an X and a total.', trap: 'a target next to a rate.' }),
    share({ id: 'women-in-militia', quote: ['dân quân nữ 38 đồng chí, chiếm 9,6%'], x: '38', y: '396', stated: '9,6%' }),
    sum({ id: 'militia-departures', quote: ['ra khỏi danh sách dân quân 71 đồng chí (hoàn thành nghĩa vụ 58, nhập ngũ 9, chuyển nơi cư trú và lý do khác 4)'], parts: ['58', '9', '4'], total: '71' }),
    sum({ id: 'militia-movement', quote: ['Tổng số dân quân của xã 396 đồng chí', 'Đầu năm 2026, xã có 393 dân quân', 'Trong năm tuyển mới 74 đồng chí; ra khỏi danh sách dân quân 71 đồng chí'], parts: ['393', '74', '-71'], total: '396', note: 'The start of the year in footnote 1, plus the intake, minus the departures.' }),
    difference({ id: 'militia-growth', quote: ['tăng 3 đồng chí so với đầu năm', 'Đầu năm 2026, xã có 393 dân quân'], a: '396', b: '393', stated: '3' }),
    contradiction({ id: 'militia-start-of-year', quote: ['trong đó 127 đảng viên, 35 nữ'], stated: '127; 35', expected: 'the start of the year', consistent: true, reason: 'Footnote 1 gives the start-of-year party members and women; the body\'s 131 and 38 are the end of the year.', trap: 'figures of another period in a footnote.' }),
    ratio({ id: 'reservists-assigned', quote: ['đã sắp xếp vào các đơn vị dự bị động viên 622 đồng chí, đạt 73%', 'tỷ lệ sắp xếp quân nhân dự bị vào các đơn vị dự bị động viên chưa cao (73%)', 'Tổng số quân nhân dự bị đăng ký, quản lý 842 đồng chí'], x: '622', y: '842', stated: '73%', mistake: 'planted', original: 'đã sắp xếp vào các đơn vị dự bị động viên 622 đồng chí, đạt 74%', note: 'Class 7: 622/842 = 73,87%, which is 74% written whole; 73% truncates. Repeated in "Tồn tại, hạn chế" (one mistake).' }),
    // 3a. Intake 2026
    share({ id: 'intake-2026-party', quote: ['có 03 đảng viên, chiếm 7,9%', 'giao đủ 38/38 công dân'], x: '03', y: '38', stated: '7,9%' }),
    share({ id: 'intake-2026-graduates', quote: ['07 công dân có trình độ cao đẳng, đại học, chiếm 18,4%'], x: '07', y: '38', stated: '18,4%' }),
    sum({ id: 'intake-2026-quota', quote: ['Chỉ tiêu giao quân năm 2026 của xã là 38 công dân (quân đội 32, công an 6)'], parts: ['32', '6'], total: '38' }),
    product({ id: 'recruits-gifts', quote: ['tổng kinh phí 76 triệu đồng', 'tặng quà 38 tân binh, mỗi suất 2 triệu đồng'], x: '38', y: '2', stated: '76 triệu đồng', note: 'A per-item amount times the recruits.' }),
    contradiction({ id: 'draft-evasion-and-fine', quote: ['Trong năm không có công dân bỏ trốn, chống lệnh gọi nhập ngũ', 'Xử phạt vi phạm hành chính 01 công dân không chấp hành lệnh gọi khám sức khỏe'], stated: '01 công dân không chấp hành lệnh gọi khám sức khỏe', expected: 'no conflict: the "none" is about the call-up order', consistent: true, reason: 'Refusing the medical examination order is another offence than evading the call-up order.', trap: 'a "none" statement about another subject beside a count.' }),
    // 3b. Preparing the 2027 intake
    ratio({ id: 'first-registration', quote: ['cho 162/162 công dân nam đủ 17 tuổi, đạt 100%'], x: '162', y: '162', stated: '100%' }),
    sum({ id: 'age-group', quote: ['Tổng số công dân nam trong độ tuổi gọi nhập ngũ là 1.284 công dân', 'gọi sơ tuyển sức khỏe 286 công dân, tạm hoãn gọi nhập ngũ 946 công dân, miễn gọi nhập ngũ 52 công dân'], parts: ['286', '946', '52'], total: '1.284' }),
    sum({ id: 'deferments', quote: ['tạm hoãn gọi nhập ngũ 946 công dân', 'đang học tại các cơ sở giáo dục 584; là lao động duy nhất, gia đình khó khăn 61; không đủ sức khỏe qua các đợt khám trước 214; lý do khác 78'], parts: ['584', '61', '214', '78'], total: '946', mistake: 'planted', original: 'lý do khác 87', note: 'Class 4: the parts after "gồm:", in the next sentence, add to 937.' }),
    contradiction({ id: 'same-number-214', quote: ['cảng cá Lạch Vạn Hạ với 214 tàu cá', 'không đủ sức khỏe qua các đợt khám trước 214'], stated: '214; 214', expected: 'two indicators', consistent: true, reason: 'The same number for fishing boats and for deferred youths.', trap: 'the same number for two indicators.' }),
    change({ id: 'prescreening-growth', quote: ['tăng 8,3% so với năm 2025 (268 công dân)', 'Sơ tuyển sức khỏe (từ ngày 12 đến ngày 14/10/2026) cho 286 công dân'], x: '286', base: '268', stated: '8,3%', direction: 'tăng', mistake: 'planted', original: 'tăng 6,7% so với năm 2025 (268 công dân)', note: 'Class 1: the base in parentheses after the percent; 286/268 = 106,72%, an increase of 6,7%.' }),
    sum({ id: 'prescreening-result', quote: ['cho 286 công dân, tăng', 'kết quả đủ sức khỏe 201 công dân, chiếm 70,3%, không đủ sức khỏe 85 công dân'], parts: ['201', '85'], total: '286' }),
    share({ id: 'prescreening-fit', quote: ['đủ sức khỏe 201 công dân, chiếm 70,3%'], x: '201', y: '286', stated: '70,3%' }),
    difference({ id: 'not-called-to-exam', quote: ['không gọi 33 công dân đủ sức khỏe sơ tuyển', 'gọi khám 168 công dân', 'kết quả đủ sức khỏe 201 công dân'], a: '201', b: '168', stated: '33' }),
    share({ id: 'grade-1', quote: ['loại 1 có 21 công dân, chiếm 12,5%', 'gọi khám 168 công dân'], x: '21', y: '168', stated: '12,5%' }),
    share({ id: 'grade-2', quote: ['loại 2 có 64 công dân, chiếm 38,1%'], x: '64', y: '168', stated: '38,1%' }),
    share({ id: 'grade-3', quote: ['loại 3 có 39 công dân, chiếm 24,2%'], x: '39', y: '168', stated: '24,2%', mistake: 'planted', original: 'loại 3 có 39 công dân, chiếm 23,2%', note: 'Class 3: a share of the 168 examined; 39/168 = 23,21% → 23,2%. The four shares then add to 101,0%.' }),
    share({ id: 'grade-4', quote: ['loại 4 trở lên 44 công dân, chiếm 26,2%'], x: '44', y: '168', stated: '26,2%' }),
    sum({ id: 'fit-grades', quote: ['(loại 1 đến loại 3) là 124 công dân', 'loại 1 có 21 công dân', 'loại 2 có 64 công dân', 'loại 3 có 39 công dân'], parts: ['21', '64', '39'], total: '124' }),
    sum({ id: 'examined-by-result', quote: ['gọi khám 168 công dân', '(loại 1 đến loại 3) là 124 công dân', 'loại 4 trở lên 44 công dân'], parts: ['124', '44'], total: '168', note: 'The total is given first; the last part comes before the sum of the first three.' }),
    share({ id: 'fit-share', quote: ['124 công dân, chiếm 73,8% số được khám tuyển'], x: '124', y: '168', stated: '73,8%' }),
    change({ id: 'fit-growth', quote: ['tăng 12,7% so với năm 2025 (110 công dân)', '124 công dân, chiếm 73,8%'], x: '124', base: '110', stated: '12,7%', direction: 'tăng' }),
    sum({ id: 'intake-2027-quota', quote: ['Chỉ tiêu giao quân năm 2027 là 40 công dân (quân đội 34, công an 6)'], parts: ['34', '6'], total: '40' }),
    times({ id: 'fit-over-quota', quote: ['số công dân đủ tiêu chuẩn gấp 3,1 lần chỉ tiêu', 'Chỉ tiêu giao quân năm 2027 là 40 công dân', '124 công dân, chiếm 73,8%'], x: '124', y: '40', stated: '3,1 lần', note: '"gấp … lần" with both figures earlier.' }),
    share({ id: 'called-of-examined', quote: ['40 công dân gọi nhập ngũ chính thức, bằng 23,8% số công dân được khám tuyển'], x: '40', y: '168', stated: '23,8%' }),
    ratio({ id: 'reserve-recruits', quote: ['08 công dân dự phòng, bằng 20% chỉ tiêu'], x: '08', y: '40', stated: '20%' }),
    contradiction({ id: 'called-up-subgroups', quote: ['trong số 40 công dân gọi nhập ngũ có 04 đảng viên và 09 công dân có trình độ cao đẳng, đại học'], stated: '04; 09', expected: 'subgroups, not parts of 40', consistent: true, reason: 'Groups after "trong số" that neither add to the total nor exclude each other.', trap: 'subgroups after "trong số" that are not parts.' }),
    // 4. Training
    sum({ id: 'training-plan', quote: ['Kế hoạch huấn luyện năm 2026 là 312 đồng chí (năm thứ nhất 74, các năm tiếp theo 238)'], parts: ['74', '238'], total: '312' }),
    difference({ id: 'training-not-planned', quote: ['không tính 84 đồng chí đi biển dài ngày', 'Tổng số dân quân của xã 396 đồng chí', 'Kế hoạch huấn luyện năm 2026 là 312 đồng chí'], a: '396', b: '312', stated: '84', note: 'The militia not in the training plan: the total of section 2 less the plan.' }),
    contradiction({ id: 'training-days-and-allowance', quote: ['thời gian huấn luyện 15 ngày đối với dân quân năm thứ nhất, 12 ngày đối với các năm tiếp theo, mức trợ cấp ngày công 149.000 đồng/người/ngày'], stated: '15 ngày; 12 ngày; 149.000 đồng/người/ngày', expected: 'durations and a daily rate', consistent: true, reason: 'Per-person durations and a per-day amount beside the counts of trainees.', trap: 'per-item amounts.' }),
    ratio({ id: 'training-attendance', quote: ['Thực tế tham gia 298 đồng chí, đạt 95,5% kế hoạch'], x: '298', y: '312', stated: '95,5%' }),
    sum({ id: 'training-results', quote: ['Thực tế tham gia 298 đồng chí', 'giỏi 86, khá 154, đạt yêu cầu 58, không có đồng chí không đạt'], parts: ['86', '154', '58'], total: '298' }),
    share({ id: 'training-good', quote: ['tỷ lệ khá, giỏi đạt 80,5%, tăng', 'giỏi 86, khá 154'], x: '86 + 154', y: '298', stated: '80,5%' }),
    difference({ id: 'training-good-points', quote: ['tăng 3,2 điểm phần trăm so với năm 2025 (77,3%)', 'tỷ lệ khá, giỏi đạt 80,5%'], a: '80,5%', b: '77,3%', stated: '3,2 điểm phần trăm' }),
    repeat({ id: 'sea-militia-text-table', quote: ['dân quân biển tham gia 21 đồng chí, đạt khá, giỏi 81,7%', '85,7'], values: ['85,7%', '81,7%'], mistake: 'planted', original: 'dân quân biển tham gia 21 đồng chí, đạt khá, giỏi 85,7%', note: 'Class 5: the text against the table\'s row (7 giỏi + 11 khá of 21 = 85,71%).' }),
    ratio({ id: 't-mobile-good', quote: ['88,5'], x: '24 + 30', y: '61', stated: '88,5', note: 'Table row: (giỏi + khá)/tham gia.' }),
    ratio({ id: 't-local-good', quote: ['76,7'], x: '42 + 96', y: '180', stated: '76,7' }),
    ratio({ id: 't-branch-good', quote: ['83,3'], x: '13 + 17', y: '36', stated: '83,3' }),
    sum({ id: 't-participants-column', quote: ['Thực tế tham gia 298 đồng chí'], parts: ['61', '180', '36', '21'], total: '298', note: 'The table\'s participants column against the text\'s total (the table\'s own total cell repeats it).' }),
    sum({ id: 't-good-column', quote: ['giỏi 86, khá 154'], parts: ['24', '42', '13', '7'], total: '86', note: 'The table\'s giỏi column against the text.' }),
    sum({ id: 't-fair-column', quote: ['khá 154, đạt yêu cầu 58'], parts: ['30', '96', '17', '11'], total: '154' }),
    ratio({ id: 'live-firing-first-pass', quote: ['Tỷ lệ đạt yêu cầu lần đầu là 97,3%', 'có 298 đồng chí tham gia kiểm tra, trong đó 94 đồng chí đạt giỏi, 139 đồng chí đạt khá và 54 đồng chí đạt yêu cầu'], x: '94 + 139 + 54', y: '298', stated: '97,3%', mistake: 'planted', original: 'Tỷ lệ đạt yêu cầu lần đầu là 96,3%', note: 'Class 2: the percent in its own sentence after a long one, its numerator a sum of three levels; 287/298 = 96,31%.' }),
    sum({ id: 'live-firing-all', quote: ['có 298 đồng chí tham gia kiểm tra', '94 đồng chí đạt giỏi, 139 đồng chí đạt khá và 54 đồng chí đạt yêu cầu; 11 đồng chí không đạt'], parts: ['94', '139', '54', '11'], total: '298' }),
    contradiction({ id: 'live-firing-scale', quote: ['(thang điểm 30; giỏi từ 25 điểm, khá từ 20 điểm, đạt từ 15 điểm trở lên)'], stated: '30; 25; 20; 15 điểm', expected: 'a scoring rule', consistent: true, reason: 'The scale and its pass marks, not counts.', trap: 'a scoring rule with its pass marks.' }),
    contradiction({ id: 'training-accident', quote: ['Trong năm không xảy ra mất an toàn trong huấn luyện, bắn đạn thật', 'xảy ra 01 vụ tai nạn trong huấn luyện ném lựu đạn làm 01 đồng chí dân quân bị thương nhẹ'], stated: '01 vụ tai nạn trong huấn luyện', expected: '0 (section 4 says training was safe all year)', consistent: false, reason: '"Tồn tại, hạn chế" reports an accident in grenade training; section 4 says there was none.', mistake: 'planted', original: 'Trong năm xảy ra 01 vụ mất an toàn khi huấn luyện ném lựu đạn (01 đồng chí bị thương nhẹ); bắn đạn thật bảo đảm an toàn tuyệt đối.', note: 'Class 8: a count against a "none" statement.' }),
    contradiction({ id: 'sports-rank', quote: ['xếp thứ 2/9 xã'], stated: '2/9', expected: 'a rank', consistent: true, reason: 'A rank written X/Y.', trap: 'a rank written X/Y.' }),
    // 5. Veterans
    cumulative({ id: 'veterans-returned', quote: ['Trong năm tiếp nhận 29 quân nhân hoàn thành nghĩa vụ quân sự', '6 tháng đầu năm tiếp nhận 24 quân nhân xuất ngũ', '6 tháng cuối năm tiếp nhận 3 quân nhân'], previous: '24', period: '3', stated: '29', mistake: 'planted', original: 'Trong năm tiếp nhận 27 quân nhân hoàn thành nghĩa vụ quân sự', note: 'Class 6: the two halves of the year in footnote 2 add to 27.' }),
    // II. Security
    product({ id: 'patrols', quote: ['2.060 lượt người tham gia (bình quân 5 người/ca)', 'duy trì tuần tra 412 ca'], x: '412', y: '5', stated: '2.060', note: 'A per-patrol average; 2.060/412 = 5 exactly.' }),
    difference({ id: 'crimes-fall', quote: ['giảm 5 vụ, tương ứng 22,7%', 'xảy ra 17 vụ phạm pháp hình sự', 'so với năm 2025 (22 vụ)'], a: '22', b: '17', stated: '5' }),
    change({ id: 'crimes-fall-rate', quote: ['tương ứng 22,7% so với năm 2025 (22 vụ)', 'xảy ra 17 vụ phạm pháp hình sự'], x: '17', base: '22', stated: '22,7%', direction: 'giảm' }),
    sum({ id: 'crimes-by-kind', quote: ['xảy ra 17 vụ phạm pháp hình sự', 'gồm trộm cắp tài sản 9 vụ, cố ý gây thương tích 4 vụ, lừa đảo chiếm đoạt tài sản trên không gian mạng 3 vụ và đánh bạc 1 vụ'], parts: ['9', '4', '3', '1'], total: '17' }),
    cumulative({ id: 'crimes-quarters', quote: ['xảy ra 17 vụ phạm pháp hình sự', '9 tháng đầu năm xảy ra 13 vụ; quý IV xảy ra 4 vụ'], previous: '13', period: '4', stated: '17' }),
    ratio({ id: 'crimes-solved', quote: ['Đã điều tra làm rõ 15/17 vụ, đạt 88,2%'], x: '15', y: '17', stated: '88,2%' }),
    contradiction({ id: 'crimes-solved-target', quote: ['(chỉ tiêu được giao trên 80%)'], stated: 'trên 80%', expected: 'a target', consistent: true, reason: 'The assigned minimum right after the rate.', trap: 'a target next to an X/Y and its rate.' }),
    difference({ id: 'addicts-fall', quote: ['giảm 4 người so với cuối năm 2025 (38 người)', 'số người nghiện có hồ sơ quản lý 34 người'], a: '38', b: '34', stated: '4' }),
    difference({ id: 'accidents-fall', quote: ['giảm 02 vụ', 'Xảy ra 05 vụ tai nạn giao thông', 'Năm 2025 xảy ra 07 vụ tai nạn giao thông'], a: '07', b: '05', stated: '02' }),
    difference({ id: 'deaths-fall', quote: ['giảm 01 người chết', 'làm chết 03 người', 'làm chết 04 người'], a: '04', b: '03', stated: '01' }),
    difference({ id: 'injured-change', quote: ['tăng 01 người bị thương', 'bị thương 04 người', 'bị thương 05 người'], a: '04', b: '05', stated: '01', mistake: 'planted', original: 'Năm 2025 xảy ra 07 vụ tai nạn giao thông, làm chết 04 người, bị thương 03 người', note: 'Class 1: the base is in footnote 4, which the sentence cites; with 05 injured in 2025, the 04 of 2026 is a fall of one, not a rise.' }),
    change({ id: 'traffic-violations-growth', quote: ['tăng 19,1% so với năm 2025', 'Lập biên bản xử lý 1.146 trường hợp', 'lập biên bản xử lý 962 trường hợp vi phạm'], x: '1.146', base: '962', stated: '19,1%', direction: 'tăng', note: 'The 2025 figure in footnote 4, cited in the sentence before.' }),
    ratio({ id: 'petitions-solved', quote: ['đã giải quyết 43 đơn, đạt 93,5%', 'Tiếp nhận 46 đơn thư'], x: '43', y: '46', stated: '93,5%' }),
    ratio({ id: 'mediation', quote: ['hòa giải thành 28/31 vụ việc, đạt 90%'], x: '28', y: '31', stated: '90%', note: '90,32% written whole.' }),
    // III. Summary
    repeat({ id: 'intake-summary', quote: ['Hoàn thành 100% chỉ tiêu giao quân năm 2026 (38/38 công dân)', 'giao đủ 38/38 công dân'], values: ['38', '38'] }),
    repeat({ id: 'fit-summary', quote: ['với 124 công dân đủ tiêu chuẩn sức khỏe', '124 công dân, chiếm 73,8%'], values: ['124', '124'] }),
    repeat({ id: 'training-summary', quote: ['huấn luyện dân quân đạt 95,5% quân số, tỷ lệ khá, giỏi 80,5%', 'đạt 95,5% kế hoạch'], values: ['95,5%', '95,5%'] }),
    repeat({ id: 'crimes-solved-summary', quote: ['tỷ lệ điều tra làm rõ các vụ phạm pháp hình sự đạt 82,2%', 'Đã điều tra làm rõ 15/17 vụ, đạt 88,2%'], values: ['88,2%', '82,2%'], mistake: 'planted', original: 'tỷ lệ điều tra làm rõ các vụ phạm pháp hình sự đạt 88,2%', note: 'Class 5: the summary against the body.' }),
    // IV. Targets
    contradiction({ id: 'targets-2027', quote: ['Giao quân đạt 100% chỉ tiêu (40 công dân) vào tháng 2/2027', 'tỷ lệ khá, giỏi trên 80%; nâng tỷ lệ đảng viên trong dân quân lên trên 35%', 'tỷ lệ điều tra làm rõ án hình sự trên 85%'], stated: '100% (40); trên 95%; trên 80%; trên 35%; trên 85%', expected: 'targets', consistent: true, reason: 'Aims for 2027.', trap: 'targets (one with its quota in parentheses).' }),
    atLeast({ id: 'fit-covers-quota', quote: ['(loại 1 đến loại 3) là 124 công dân', 'Chỉ tiêu giao quân năm 2027 là 40 công dân'], big: '124', small: '40', note: 'The fit youths cover the quota and its reserve (48).' }),
  ],
});
