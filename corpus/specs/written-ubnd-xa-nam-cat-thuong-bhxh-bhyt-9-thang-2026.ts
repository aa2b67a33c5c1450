// Written for the corpus (batch I2): UBND xã Nam Cát Thượng (tỉnh Nghệ An; the commune is invented) to
// the local social insurance office, nine months of 2026, social and health insurance: health insurance
// coverage of the population ("tăng … điểm phần trăm" against the end of 2025, the province's target), a
// table of participants by group with a share column, the state-paid group with overlapping subgroups
// after "trong đó", pupils written X/Y, household-paid participants against the end of 2025 in
// footnotes, visits to the health station against the same period (base in parentheses) with a cost per
// visit, social insurance against the labour force (compulsory and voluntary, with the year's target),
// voluntary members as a stock and flow, support rates and the minimum contribution (22% of the
// poverty line), late payers, collections against the plan in tỷ with a summary in triệu, pensions paid
// with a lũy kế from a footnote; summary restating figures; quarter IV tasks.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-nam-cat-thuong-bhxh-bhyt-9-thang-2026.md',
  prefix: 'nct',
  claims: [
    // I
    contradiction({ id: 'villages-x-of-y', quote: ['giao chỉ tiêu phát triển người tham gia đến 8/8 thôn'], stated: '8/8', expected: 'a count written X/Y', consistent: true, reason: 'All villages, written X/Y.', trap: 'a count written X/Y.' }),
    quotient({ id: 'people-per-conference', quote: ['bình quân 80 người/hội nghị', 'tổ chức 14 hội nghị', 'với 1.120 lượt người'], x: '1.120', y: '14', stated: '80', trap: 'an average per conference.' }),
    // II.1 BHYT
    ratio({ id: 'coverage', quote: ['đạt tỷ lệ bao phủ 92,5% dân số', 'là 17.236 người, đạt', 'Dân số toàn xã đến ngày 30/9/2026 là 18.642 người'], x: '17.236', y: '18.642', stated: '92,5%' }),
    difference({ id: 'coverage-points', quote: ['tăng 1,8 điểm phần trăm so với cuối năm 2025 (90,7%)', 'đạt tỷ lệ bao phủ 92,5% dân số'], a: '92,5', b: '90,7', stated: '1,8', note: '"tăng … điểm phần trăm": a difference of two rates, the old one in parentheses.' }),
    contradiction({ id: 'coverage-target', quote: ['chỉ tiêu tỉnh giao năm 2026 là 94%'], stated: '94%', expected: 'a target next to a rate', consistent: true, reason: 'The province\'s target beside the coverage; no ratio of the figures.', trap: 'a target next to a rate.' }),
    sum({ id: 't-participants', quote: ['là 17.236 người, đạt', '1.842', 'Tổ chức bảo hiểm xã hội đóng', '6.928', '3.574', 'Tham gia theo hộ gia đình'], parts: ['1.842', '1.265', '6.928', '3.574', '3.627'], total: '17.236', note: 'The table\'s groups against the text\'s total (and the table\'s own total row).' }),
    share({ id: 't-share-employees', quote: ['10,7', '1.842'], x: '1.842', y: '17.236', stated: '10,7' }),
    share({ id: 't-share-si-paid', quote: ['7,3', 'Tổ chức bảo hiểm xã hội đóng'], x: '1.265', y: '17.236', stated: '7,3' }),
    share({ id: 't-share-state-paid', quote: ['40,2', '6.928'], x: '6.928', y: '17.236', stated: '40,2' }),
    share({ id: 't-share-state-supported', quote: ['20,7', '3.574'], x: '3.574', y: '17.236', stated: '20,7' }),
    share({ id: 't-share-households', quote: ['21,0', 'Tham gia theo hộ gia đình'], x: '3.627', y: '17.236', stated: '21,0' }),
    sum({ id: 't-shares-100', quote: ['10,7', '7,3', '40,2', '20,7', '21,0'], parts: ['10,7', '7,3', '40,2', '20,7', '21,0'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The rounded shares add to 99,9%, within their rounding.' }),
    repeat({ id: 'state-paid-text-table', quote: ['đông nhất với 6.982 người', '6.928'], values: ['6.928', '6.982'], mistake: 'planted', original: 'đông nhất với 6.928 người', note: 'Class 5: the text repeats the table\'s 6.928 state-paid participants with two digits swapped.' }),
    atLeast({ id: 'state-paid-subgroups', quote: ['trong đó trẻ em dưới 6 tuổi 1.486 người, người thuộc hộ nghèo 368 người, người hưởng trợ cấp xã hội hằng tháng 894 người', '6.928'], big: '6.928', small: '1.486 + 368 + 894', trap: 'parts after "trong đó" that are only some of the group (other state-paid groups are not listed): no sum to the group\'s total.' }),
    ratio({ id: 'pupils', quote: ['3.148/3.215 em, đạt 97%'], x: '3.148', y: '3.215', stated: '97%', mistake: 'planted', original: 'đạt 98%', note: 'Class 7: 3.148/3.215 = 97,92%, which is 98% written whole; 97% truncates.' }),
    difference({ id: 'pupils-uninsured', quote: ['còn 67 em chưa tham gia', '3.148/3.215 em'], a: '3.215', b: '3.148', stated: '67' }),
    change({ id: 'households-growth', quote: ['tăng 5,9% so với đầu năm', 'theo hộ gia đình là 3.627 người', 'theo hộ gia đình đến ngày 31/12/2025: 3.413 người'], x: '3.627', base: '3.413', stated: '5,9%', direction: 'tăng', mistake: 'planted', original: 'tăng 6,3% so với đầu năm', note: 'Class 1: the base is in a cited footnote; the increase of 214 was divided by the new 3.627 (5,90%) instead of the end-2025 3.413 (6,27%).' }),
    share({ id: 'households-share', quote: ['chiếm 21,3% số người tham gia bảo hiểm y tế của xã', 'theo hộ gia đình là 3.627 người', 'là 17.236 người, đạt', 'Tổng số người tham gia bảo hiểm y tế của xã đến ngày 31/12/2025: 17.028 người'], x: '3.627', y: '17.236', stated: '21,3%', mistake: 'planted', original: 'chiếm 21,0% số người tham gia bảo hiểm y tế của xã', note: 'Class 3: the share is taken of the end-2025 total in footnote 2 (3.627/17.028 = 21,30%); of today\'s 17.236 participants it is 21,04%, as the table says.' }),
    repeat({ id: 'households-text-table', quote: ['theo hộ gia đình là 3.627 người', 'Tham gia theo hộ gia đình'], values: ['3.627', '3.627'] }),
    difference({ id: 'uninsured', quote: ['Toàn xã còn 1.406 người chưa tham gia', 'là 17.236 người, đạt', 'là 18.642 người'], a: '18.642', b: '17.236', stated: '1.406' }),
    change({ id: 'visits', quote: ['tăng 11,0% so với cùng kỳ (6.087 lượt)', 'cho 6.842 lượt người'], x: '6.842', base: '6.087', stated: '11,0%', direction: 'tăng', mistake: 'planted', original: 'tăng 12,4% so với cùng kỳ', note: 'Class 1: the base in parentheses after the percent; the increase of 755 was divided by the new 6.842 (11,03%) instead of the same period\'s 6.087 (12,40%).' }),
    quotient({ id: 'cost-per-visit', quote: ['bình quân khoảng 71 nghìn đồng/lượt', 'chi phí khám, chữa bệnh bảo hiểm y tế 486,5 triệu đồng', 'cho 6.842 lượt người'], x: '486,5', y: '6.842', factor: '1000', stated: '71', trap: 'a cost per visit in nghìn đồng from a total in triệu.', note: '486,5 triệu / 6.842 = 71,1 nghìn đồng.' }),
    atLeast({ id: 'visits-subgroups', quote: ['có 1.124 lượt trẻ em dưới 6 tuổi và 2.056 lượt người cao tuổi', 'cho 6.842 lượt người'], big: '6.842', small: '1.124 + 2.056', note: 'Two groups of visits after "Trong tổng số": only some of the visits.' }),
    share({ id: 'elderly-visits', quote: ['2.056 lượt người cao tuổi (chiếm 30,0%)', 'cho 6.842 lượt người'], x: '2.056', y: '6.842', stated: '30,0%' }),
    share({ id: 'referrals', quote: ['chuyển tuyến 412 lượt, chiếm 6,0% số lượt khám', 'cho 6.842 lượt người'], x: '412', y: '6.842', stated: '6,0%' }),
    contradiction({ id: 'fraud-none', quote: ['phát hiện 01 trường hợp sử dụng thẻ bảo hiểm y tế của người khác', 'Trong 9 tháng không phát sinh trường hợp lạm dụng, trục lợi quỹ bảo hiểm y tế trên địa bàn'], stated: '01 trường hợp', expected: '0 (section II.1 says no abuse or fraud of the health insurance fund arose in the nine months)', consistent: false, reason: 'Using another person\'s card at the commune health station on 18/9/2026 is a fraud of the fund the report said did not occur.', mistake: 'planted', original: 'phát hiện 01 trường hợp thẻ bảo hiểm y tế sai thông tin nhân thân', note: 'Class 8: a count against a "none" statement.' }),
    // II.2 BHXH
    share({ id: 'si-coverage', quote: ['chiếm 19,8% lực lượng lao động (chỉ tiêu năm 2026 là 22%)', 'là 2.248 người', 'là 11.380 người'], x: '2.248', y: '11.380', stated: '19,8%', trap: 'a target in parentheses next to the rate.' }),
    sum({ id: 'si-by-kind', quote: ['là 2.248 người', 'bảo hiểm xã hội bắt buộc 1.506 người', 'bảo hiểm xã hội tự nguyện 742 người'], parts: ['1.506', '742'], total: '2.248' }),
    share({ id: 'compulsory-share', quote: ['bắt buộc 1.506 người, chiếm 13,2%', 'là 11.380 người'], x: '1.506', y: '11.380', stated: '13,2%' }),
    share({ id: 'voluntary-share', quote: ['tự nguyện 742 người, chiếm 6,5%', 'là 11.380 người'], x: '742', y: '11.380', stated: '6,5%' }),
    ratio({ id: 'voluntary-plan', quote: ['đạt 62% kế hoạch năm (300 người)', 'phát triển mới 186 người'], x: '186', y: '300', stated: '62%' }),
    difference({ id: 'voluntary-flow', quote: ['tăng 118 người so với đầu năm', 'phát triển mới 186 người', 'có 68 người dừng đóng'], a: '186', b: '68', stated: '118' }),
    difference({ id: 'voluntary-vs-new-year', quote: ['tăng 118 người so với đầu năm', 'tự nguyện 742 người, chiếm', 'tự nguyện đến ngày 31/12/2025: 624 người'], a: '742', b: '624', stated: '118', note: 'The end of 2025 in footnote 3.' }),
    contradiction({ id: 'support-rates', quote: ['người thuộc hộ nghèo 50%, hộ cận nghèo 40%, đối tượng khác 20%'], stated: '50%, 40%, 20%', expected: 'support rates set by rule', consistent: true, reason: 'Rates of state support on the contribution, not shares of the 742 members.', trap: 'percents that are rates by rule, beside counts of the same groups.' }),
    sum({ id: 'voluntary-by-group', quote: ['Trong tổng số 742 người tham gia', 'có 46 người thuộc hộ nghèo, 85 người thuộc hộ cận nghèo và 611 đối tượng khác'], parts: ['46', '85', '611'], total: '742' }),
    product({ id: 'minimum-contribution', quote: ['tương ứng 330.000 đồng/tháng', 'Mức đóng thấp nhất là 22% mức chuẩn nghèo khu vực nông thôn (1.500.000 đồng)'], x: '1.500.000', y: '22', factor: '0,01', stated: '330.000', trap: 'a rate by rule times the poverty line.' }),
    contradiction({ id: 'evasion-none', quote: ['Trên địa bàn không có doanh nghiệp trốn đóng bảo hiểm xã hội'], stated: 'không có doanh nghiệp trốn đóng; 03 doanh nghiệp chậm đóng', expected: 'a "none" about another subject', consistent: true, reason: 'Evading (trốn đóng) and paying late (chậm đóng) are different; the three late payers do not contradict it.', trap: 'a "none" about another subject beside a count.' }),
    atLeast({ id: 'late-over-3-months', quote: ['có 03 doanh nghiệp chậm đóng với số tiền 1.245 triệu đồng', 'trong đó chậm đóng từ 3 tháng trở lên 820 triệu đồng'], big: '1.245', small: '820' }),
    repeat({ id: 'late-notices', quote: ['ban hành 03 văn bản nhắc nợ', 'có 03 doanh nghiệp chậm đóng'], values: ['03', '03'] }),
    // II.3 Thu, chi
    ratio({ id: 'collection-plan', quote: ['là 28,46 tỷ đồng, đạt 75,9% kế hoạch năm (37,5 tỷ đồng)'], x: '28,46', y: '37,5', stated: '75,9%' }),
    sum({ id: 'collection-by-kind', quote: ['là 28,46 tỷ đồng, đạt', 'thu bảo hiểm xã hội bắt buộc 17,92 tỷ đồng, bảo hiểm xã hội tự nguyện 1,68 tỷ đồng, bảo hiểm y tế 8,68 tỷ đồng'], parts: ['17,92', '1,68', '8,68'], total: '28,46', mistake: 'planted', original: 'bảo hiểm y tế 8,86 tỷ đồng', note: 'Class 4: the three kinds after "gồm" add to 28,28 tỷ, not 28,46; two digits of the health insurance are swapped.' }),
    repeat({ id: 'pensioners', quote: ['hằng tháng cho 1.265 người', 'Tổ chức bảo hiểm xã hội đóng'], values: ['1.265', '1.265'], trap: 'the same count for two indicators that are one group: pensioners are the participants whose card the social insurance pays.' }),
    quotient({ id: 'pension-per-person', quote: ['bình quân 4,68 triệu đồng/người', 'số tiền chi trả tháng 9 là 5,92 tỷ đồng', 'hằng tháng cho 1.265 người'], x: '5.920', y: '1.265', stated: '4,68', trap: 'a per-person average (5,92 tỷ in triệu).' }),
    cumulative({ id: 'pensions-cumulative', quote: ['lũy kế 9 tháng 52,14 tỷ đồng', 'Lũy kế chi trả đến hết tháng 8/2026: 46,49 tỷ đồng', 'số tiền chi trả tháng 9 là 5,92 tỷ đồng'], previous: '46,49', period: '5,92', stated: '52,14', mistake: 'planted', original: 'lũy kế 9 tháng 52,41 tỷ đồng', note: 'Class 6: the lũy kế to the end of August in footnote 4 (46,49 tỷ) plus September\'s 5,92 tỷ is 52,41 tỷ.' }),
    share({ id: 'paid-to-accounts', quote: ['qua tài khoản cá nhân là 1.012 người, chiếm 80%', 'hằng tháng cho 1.265 người'], x: '1.012', y: '1.265', stated: '80%' }),
    sum({ id: 'one-off-benefits', quote: ['Giải quyết chế độ cho 49 người', 'hưởng trợ cấp thất nghiệp 37 người và bảo hiểm xã hội một lần 12 người'], parts: ['37', '12'], total: '49' }),
    // II.4 Thẻ, VssID
    sum({ id: 'cards', quote: ['cấp 1.564 thẻ bảo hiểm y tế', 'cấp mới 1.318 thẻ và cấp lại, đổi thẻ 246 thẻ'], parts: ['1.318', '246'], total: '1.564' }),
    share({ id: 'vssid-share', quote: ['ứng dụng VssID, chiếm 52,9% dân số', 'có 9.860 người cài đặt', 'là 18.642 người'], x: '9.860', y: '18.642', stated: '52,9%' }),
    difference({ id: 'vssid-growth', quote: ['tăng 1.240 người so với cuối năm 2025 (8.620 người)', 'có 9.860 người cài đặt'], a: '9.860', b: '8.620', stated: '1.240' }),
    contradiction({ id: 'chip-ids-100', quote: ['100% cơ sở khám, chữa bệnh trên địa bàn tiếp nhận bệnh nhân'], stated: '100%', expected: 'a rate with no base in the report', consistent: true, reason: 'All facilities; their number is not given.', trap: 'a percent with no base given.' }),
    // III
    repeat({ id: 'summary-coverage', quote: ['Tỷ lệ bao phủ bảo hiểm y tế đạt 92,5% dân số', 'đạt tỷ lệ bao phủ 92,5% dân số'], values: ['92,5%', '92,5%'] }),
    repeat({ id: 'summary-si', quote: ['tỷ lệ tham gia bảo hiểm xã hội đạt 19,8% lực lượng lao động', 'chiếm 19,8% lực lượng lao động (chỉ tiêu'], values: ['19,8%', '19,8%'] }),
    repeat({ id: 'summary-new-voluntary', quote: ['Phát triển mới 186 người tham gia bảo hiểm xã hội tự nguyện. Tổng', 'phát triển mới 186 người tham gia bảo hiểm xã hội tự nguyện, đạt'], values: ['186', '186'] }),
    repeat({ id: 'summary-collection', quote: ['Tổng số thu 9 tháng đạt 28.640 triệu đồng', 'là 28,46 tỷ đồng, đạt'], values: ['28,46 tỷ đồng', '28.640 triệu đồng'], kind: 'unit', mistake: 'planted', original: 'Tổng số thu 9 tháng đạt 28.460 triệu đồng', note: 'Class 5: the summary restates 28,46 tỷ in triệu with two digits swapped (28.460 triệu).' }),
    repeat({ id: 'summary-uninsured', quote: ['còn 1.406 người chưa tham gia, chiếm', 'Toàn xã còn 1.406 người chưa tham gia'], values: ['1.406', '1.406'] }),
    share({ id: 'uninsured-share', quote: ['chiếm 8,2% dân số', 'Toàn xã còn 1.406 người chưa tham gia', 'là 18.642 người'], x: '1.406', y: '18.642', stated: '8,2%', mistake: 'planted', original: 'chiếm 7,5% dân số', note: 'Class 2: the share is in the summary, its base (the population) in section II.1; 1.406/18.642 = 7,54%.' }),
    difference({ id: 'voluntary-remaining', quote: ['còn 114 người phải hoàn thành trong quý IV', 'kế hoạch năm (300 người)', 'phát triển mới 186 người tham gia bảo hiểm xã hội tự nguyện, đạt'], a: '300', b: '186', stated: '114' }),
    // IV
    ratio({ id: 'coverage-task', quote: ['để đạt tỷ lệ bao phủ 94% dân số', 'Vận động thêm ít nhất 288 người', 'là 17.236 người, đạt', 'là 18.642 người'], x: '17.236 + 288', y: '18.642', stated: '94%', note: '17.524/18.642 = 94,00%: the task is the shortfall to the target.' }),
    repeat({ id: 'task-voluntary', quote: ['Phát triển mới 114 người', 'còn 114 người phải hoàn thành'], values: ['114', '114'] }),
    repeat({ id: 'task-late', quote: ['Phối hợp thu hồi 1.245 triệu đồng', 'với số tiền 1.245 triệu đồng'], values: ['1.245', '1.245'] }),
  ],
});
