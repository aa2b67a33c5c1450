// Written for the corpus (batch O2): UBND xã Chiềng Sại Hạ (tỉnh Sơn La; the commune is invented) to the
// provincial Sở Nông nghiệp và Môi trường, agricultural extension, livestock and veterinary work in quarter II of
// 2026 in parts I - IV: training (an average per class, women and ethnic-minority learners overlapping as
// shares, X/Y as a whole percent, "100% bản"), demonstration models (area × yield in tạ to tấn, against the
// ordinary yield in parentheses, area × yield in tấn), land converted against the year's plan in parentheses
// with the lũy kế since 2021 on top of a footnote; seed in tấn and kg with its total, funds by source after
// "gồm", lime per hamlet; herds after "gồm" with two shares (cattle of the earlier total), meat and fish with
// the six months on top of a footnote's quarter I; vaccination in dashed items (against the plan only in a
// footnote, against the herds given earlier, the poultry herd in parentheses after its percent); a table of
// the six hamlets (cattle, vaccinated, %, pigs, vaccinated, %) with a total row; hamlets X/Y; a "none" of
// disease; the summary restating figures (tạ for tấn, the yield, the plan's rate called a share of the herd)
// and the weaknesses (an outbreak counted); the rest of the year's plan as a task.
import { atLeast, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum, change } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-chieng-sai-ha-khuyen-nong-thu-y-quy-2-2026.md',
  prefix: 'csh',
  claims: [
    contradiction({ id: 'plan-doc', quote: ['Kế hoạch số 58/KH-UBND ngày 15/01/2026'], stated: '58', expected: 'a document', consistent: true, reason: 'A plan\'s number and date.', trap: 'numbers in a document\'s name.' }),
    // I.1
    quotient({ id: 'per-class', quote: ['bình quân 47 người/lớp', 'tổ chức 18 lớp tập huấn', 'cho 846 lượt người'], x: '846', y: '18', stated: '47', trap: 'learners per class.' }),
    share({ id: 'women', quote: ['nữ 392 lượt (46,3%)', 'cho 846 lượt người'], x: '392', y: '846', stated: '46,3%' }),
    share({ id: 'ethnic', quote: ['người dân tộc thiểu số 804 lượt (95,0%)', 'cho 846 lượt người'], x: '804', y: '846', stated: '95,0%', trap: 'overlapping groups after "trong đó" whose shares add to more than 100%.' }),
    contradiction({ id: 'all-hamlets', quote: ['100% bản có tổ khuyến nông cộng đồng hoạt động'], stated: '100%', expected: 'all hamlets', consistent: true, reason: 'All hamlets; no figure against it.', trap: '"100% bản" with no base.' }),
    ratio({ id: 'staff', quote: ['Có 7/9 cán bộ thú y, khuyến nông bản được tập huấn nâng cao nghiệp vụ, đạt 77%'], x: '7', y: '9', stated: '77%', mistake: 'planted', original: 'đạt 78%', note: 'Class 7: 7/9 = 77,78%, which is 78% written whole; 77% truncates.' }),
    difference({ id: 'staff-left', quote: ['còn 2 cán bộ thú y bản chưa được tập huấn', 'Có 7/9 cán bộ'], a: '9', b: '7', stated: '2' }),
    // I.2
    product({ id: 'rice-output', quote: ['sản lượng 82,2 tấn', 'với diện tích 12 ha, năng suất 68,5 tạ/ha'], x: '12', y: '68,5', factor: '0,1', stated: '82,2', trap: 'area × yield in tạ, written in tấn.' }),
    change({ id: 'rice-yield', quote: ['năng suất tăng 14,2% so với lúa đại trà (60 tạ/ha)', 'năng suất 68,5 tạ/ha'], x: '68,5', base: '60', stated: '14,2%', direction: 'tăng' }),
    product({ id: 'maize-output', quote: ['sản lượng 52,7 tấn', 'ngô lai chịu hạn 8,5 ha, năng suất 6,2 tấn/ha'], x: '8,5', y: '6,2', stated: '52,7', trap: 'area × yield in tấn/ha.' }),
    ratio({ id: 'conversion-plan', quote: ['đạt 78,0% kế hoạch năm (60 ha)', 'Chuyển đổi 46,8 ha đất trồng ngô'], x: '46,8', y: '60', stated: '78,0%' }),
    cumulative({ id: 'conversion-cumulative', quote: ['chuyển đổi được 312,4 ha', 'toàn xã đã chuyển đổi 265,6 ha', 'Chuyển đổi 46,8 ha đất trồng ngô'], previous: '265,6', period: '46,8', stated: '312,4' }),
    difference({ id: 'conversion-left', quote: ['hoàn thành chuyển đổi 13,2 ha', '(60 ha)', 'Chuyển đổi 46,8 ha đất trồng ngô'], a: '60', b: '46,8', stated: '13,2' }),
    // I.3
    sum({ id: 'seed', quote: ['tổng cộng 6,8 tấn giống', 'Hỗ trợ 4,2 tấn lúa giống và 2.600 kg ngô giống'], parts: ['4,2 tấn', '2.600 kg'], total: '6,8 tấn', trap: 'parts in tấn and kg adding to a total in tấn.' }),
    sum({ id: 'funds', quote: ['Tổng kinh phí 386,5 triệu đồng', 'gồm ngân sách tỉnh 248 triệu đồng, ngân sách xã 96,5 triệu đồng, nhân dân đối ứng 24 triệu đồng'], parts: ['248', '96,5', '24'], total: '386,5', mistake: 'planted', original: 'nhân dân đối ứng 42 triệu đồng', note: 'Class 4: the three sources after "gồm" add to 368,5, not 386,5 (two digits swapped).' }),
    quotient({ id: 'lime', quote: ['bình quân 2 tấn/bản', 'Cấp 12 tấn vôi bột cho 6 bản'], x: '12', y: '6', stated: '2', trap: 'lime per hamlet.' }),
    // II.1
    sum({ id: 'herds', quote: ['tổng đàn gia súc của xã có 17.096 con', 'gồm trâu 2.846 con, bò 3.512 con, lợn 9.470 con và dê 1.268 con'], parts: ['2.846', '3.512', '9.470', '1.268'], total: '17.096' }),
    share({ id: 'pigs-share', quote: ['Đàn lợn chiếm 55,4% tổng đàn gia súc', 'lợn 9.470 con và dê', 'có 17.096 con'], x: '9.470', y: '17.096', stated: '55,4%' }),
    sum({ id: 'cattle', quote: ['đàn trâu, bò 6.358 con', 'gồm trâu 2.846 con, bò 3.512 con'], parts: ['2.846', '3.512'], total: '6.358' }),
    share({ id: 'cattle-share', quote: ['chiếm 36,2%', 'đàn trâu, bò 6.358 con', 'có 17.096 con'], x: '6.358', y: '17.096', stated: '36,2%', mistake: 'planted', original: 'chiếm 37,2%', note: 'Class 3: a share of the herd total given two sentences before; 6.358/17.096 = 37,19%.' }),
    cumulative({ id: 'meat', quote: ['lũy kế 6 tháng 48,6 tấn', 'thịt hơi xuất chuồng 23,2 tấn', 'xuất chuồng quý II đạt 26,4 tấn'], previous: '23,2', period: '26,4', stated: '48,6', mistake: 'planted', original: 'lũy kế 6 tháng 49,6 tấn', note: 'Class 6: footnote 2\'s quarter I (23,2 tấn) plus quarter II\'s 26,4 tấn is 49,6, not 48,6.' }),
    cumulative({ id: 'fish', quote: ['lũy kế 6 tháng 226 tấn', 'thủy sản 108 tấn', 'thủy sản quý II đạt 118 tấn'], previous: '108', period: '118', stated: '226' }),
    // II.2
    ratio({ id: 'fmd-plan', quote: ['đạt 93,1% kế hoạch', 'tiêm 5.214 con trâu, bò', 'lở mồm long móng 5.600 liều'], x: '5.214', y: '5.600', stated: '93,1%', note: 'The plan is only in footnote 3.' }),
    share({ id: 'fmd-herd', quote: ['đạt 82,0% tổng đàn trâu, bò', 'tiêm 5.214 con trâu, bò', 'đàn trâu, bò 6.358 con'], x: '5.214', y: '6.358', stated: '82,0%', trap: 'the same vaccinations against the plan and the herd, each with its rate.' }),
    ratio({ id: 'hs-plan', quote: ['đạt 89,0% kế hoạch', 'tiêm 4.986 con', 'tụ huyết trùng 5.400 liều'], x: '4.986', y: '5.400', stated: '89,0%', mistake: 'planted', original: 'đạt 92,3% kế hoạch', note: 'Class 1: the plan is only in the cited footnote 3; 4.986/5.400 = 92,33%; 89,0% divides by the foot-and-mouth plan of 5.600.' }),
    share({ id: 'hs-herd', quote: ['chiếm 78,4% tổng đàn trâu, bò', 'tiêm 4.986 con', 'đàn trâu, bò 6.358 con'], x: '4.986', y: '6.358', stated: '78,4%' }),
    share({ id: 'pig-rate', quote: ['đạt 80,7% tổng đàn lợn', 'tiêm 7.642 con, đạt', 'lợn 9.470 con và dê'], x: '7.642', y: '9.470', stated: '80,7%' }),
    share({ id: 'poultry', quote: ['đạt 73,2% tổng đàn (86.400 con)', 'tiêm 62.500 con'], x: '62.500', y: '86.400', stated: '73,2%', mistake: 'planted', original: 'đạt 72,3% tổng đàn (86.400 con)', note: 'Class 1: the base in parentheses after the percent; 62.500/86.400 = 72,34%; two digits swapped.' }),
    repeat({ id: 'poultry-herd', quote: ['đàn gia cầm 86.400 con', 'tổng đàn (86.400 con)'], values: ['86.400', '86.400'] }),
    share({ id: 'rabies', quote: ['đạt 90,8% (tổng đàn chó 1.240 con)', 'tiêm 1.126 con chó'], x: '1.126', y: '1.240', stated: '90,8%' }),
    repeat({ id: 'dogs', quote: ['Đàn chó 1.240 con', '(tổng đàn chó 1.240 con)'], values: ['1.240', '1.240'] }),
    // table
    ratio({ id: 't-fmd-1', quote: ['85,3', '1.210', '1.032'], x: '1.032', y: '1.210', stated: '85,3' }),
    ratio({ id: 't-fmd-2', quote: ['82,4', 'Púng', '812'], x: '812', y: '986', stated: '82,4' }),
    ratio({ id: 't-fmd-3', quote: ['80,9', '1.342', '1.086'], x: '1.086', y: '1.342', stated: '80,9' }),
    ratio({ id: 't-fmd-4', quote: ['83,1', '1.054', '876'], x: '876', y: '1.054', stated: '83,1' }),
    ratio({ id: 't-fmd-5', quote: ['80,3', '874', '702'], x: '702', y: '874', stated: '80,3' }),
    ratio({ id: 't-fmd-6', quote: ['79,1', '892', '706'], x: '706', y: '892', stated: '79,1' }),
    ratio({ id: 't-pig-1', quote: ['81,5', '1.860', '1.516'], x: '1.516', y: '1.860', stated: '81,5' }),
    ratio({ id: 't-pig-2', quote: ['81,0', '1.420', '1.150'], x: '1.150', y: '1.420', stated: '81,0' }),
    ratio({ id: 't-pig-3', quote: ['81,1', '2.036', '1.652'], x: '1.652', y: '2.036', stated: '81,1' }),
    ratio({ id: 't-pig-4', quote: ['81,2', '1.512', '1.228'], x: '1.228', y: '1.512', stated: '81,2' }),
    ratio({ id: 't-pig-5', quote: ['78,8', '1.318', '1.038'], x: '1.038', y: '1.318', stated: '78,8' }),
    ratio({ id: 't-pig-6', quote: ['79,9', '1.324', '1.058'], x: '1.058', y: '1.324', stated: '79,9' }),
    sum({ id: 't-cattle', quote: ['đàn trâu, bò 6.358 con', 'Tổng cộng', '1.210', 'Púng', '1.342', '1.054', '874', '892'], parts: ['1.210', '986', '1.342', '1.054', '874', '892'], total: '6.358', kind: 'cross_total' }),
    sum({ id: 't-fmd', quote: ['tiêm 5.214 con trâu, bò', '1.032', '812', '1.086', '876', '702', '706'], parts: ['1.032', '812', '1.086', '876', '702', '706'], total: '5.214', kind: 'cross_total' }),
    sum({ id: 't-pigs', quote: ['lợn 9.470 con và dê', '1.860', '1.420', '2.036', '1.512', '1.318', '1.324'], parts: ['1.860', '1.420', '2.036', '1.512', '1.318', '1.324'], total: '9.470', kind: 'cross_total' }),
    sum({ id: 't-pig-vacc', quote: ['tiêm 7.642 con, đạt', '1.516', '1.150', '1.652', '1.228', '1.038', '1.058'], parts: ['1.516', '1.150', '1.652', '1.228', '1.038', '1.058'], total: '7.642', kind: 'cross_total' }),
    contradiction({ id: 'above-80', quote: ['Có 5/6 bản đạt tỷ lệ tiêm lở mồm long móng trên 80% tổng đàn'], stated: '5/6', expected: '5 of 6', consistent: true, reason: 'Five hamlets above 80% in the table (Nà Tòng 79,1% below).', trap: 'X/Y beside a threshold.' }),
    repeat({ id: 'pigs-text', quote: ['đàn lợn lớn nhất với 2.063 con', '2.036'], values: ['2.036', '2.063'], mistake: 'planted', original: 'đàn lợn lớn nhất với 2.036 con', note: 'Class 5: the text swaps two digits of the table\'s 2.036 pigs in Hua Nà.' }),
    contradiction({ id: 'six-hamlets', quote: ['2 đợt tại 6/6 bản'], stated: '6/6', expected: 'all hamlets', consistent: true, reason: 'Rounds of disinfection in all hamlets.', trap: 'rounds beside X/Y of all.' }),
    // III
    repeat({ id: 'summary-rice', quote: ['mô hình lúa lai cho sản lượng 822 tạ', 'sản lượng 82,2 tấn'], values: ['82,2 tấn', '822 tạ'], kind: 'unit', trap: 'the output restated in tạ, agreeing.' }),
    repeat({ id: 'summary-yield', quote: ['năng suất bình quân 65,8 tạ/ha', 'năng suất 68,5 tạ/ha'], values: ['68,5', '65,8'], mistake: 'planted', original: 'năng suất bình quân 68,5 tạ/ha', note: 'Class 5: the summary swaps two digits of the model\'s yield.' }),
    share({ id: 'summary-fmd', quote: ['tỷ lệ tiêm phòng lở mồm long móng đạt 93,1% tổng đàn trâu, bò', 'tiêm 5.214 con trâu, bò', 'đàn trâu, bò 6.358 con', 'lở mồm long móng 5.600 liều'], x: '5.214', y: '6.358', stated: '93,1%', mistake: 'planted', original: 'tỷ lệ tiêm phòng lở mồm long móng đạt 82,0% tổng đàn trâu, bò', note: 'Class 2: the herd is in II.1; 5.214/6.358 = 82,01%; 93,1% is the rate against the plan called a share of the herd.' }),
    repeat({ id: 'summary-conversion', quote: ['chuyển đổi 46,8 ha cây trồng trên đất dốc', 'Chuyển đổi 46,8 ha đất trồng ngô'], values: ['46,8', '46,8'] }),
    contradiction({ id: 'outbreak', quote: ['xảy ra 01 ổ dịch tả lợn châu Phi tại bản Co Mạ', 'trong quý không xảy ra dịch bệnh nguy hiểm trên đàn gia súc, gia cầm'], stated: '01 ổ dịch', expected: 'none (II.3)', consistent: false, reason: 'Section II.3 says no dangerous disease occurred in the quarter; the weaknesses count an outbreak of African swine fever in June.', mistake: 'planted', original: 'một số hộ chưa chấp hành tốt việc tiêu độc, khử trùng chuồng trại', note: 'Class 8: a count against a "none" statement.' }),
    contradiction({ id: 'culled', quote: ['phải tiêu hủy 14 con lợn với trọng lượng 1,12 tấn'], stated: '1,12 tấn', expected: 'part of the planted outbreak', consistent: true, reason: 'The culled pigs of the outbreak; no relation of their own.', trap: 'a weight beside a count of animals.' }),
    contradiction({ id: 'below-80', quote: ['còn 1 bản tỷ lệ tiêm lở mồm long móng dưới 80%'], stated: '1', expected: '6 − 5', consistent: true, reason: 'Nà Tòng, the one hamlet of the table below 80%.', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'target', quote: ['phấn đấu tỷ lệ tiêm phòng đạt trên 80% tổng đàn'], stated: 'trên 80%', expected: 'a target', consistent: true, reason: 'The second round\'s target.', trap: 'a threshold as a task.' }),
  ],
});
