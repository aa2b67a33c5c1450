// Written for the corpus (batch H2): UBND xã Vân Nham Thượng (tỉnh Lạng Sơn; the commune is invented),
// monthly report of August 2026 on farming, livestock and African swine fever: the Mùa crop against the
// plan (ha by crop, yield in tạ/ha and output in tấn), custard apples ("bằng … % cùng kỳ", price per kg,
// revenue in tỷ), herds against the same period (bases in parentheses) and the start of the year
// (footnote), sows' share, biosecurity pledges, the outbreak by village in a table (households, pigs
// culled, kg, dates written dd/m), lũy kế of the outbreak and of vaccination from footnotes, vaccination
// against the plan and the herd, the quarantine post (month against lũy kế), compensation per kg with the
// province's and the commune's shares, payments in tỷ against triệu; summary restating figures in tạ.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-van-nham-thuong-nong-nghiep-dich-ta-lon-thang-8-2026.md',
  prefix: 'vnt',
  claims: [
    // I. Trồng trọt
    ratio({ id: 'mua-plan', quote: ['gieo trồng vụ Mùa được 1.248,6 ha, đạt 98,3% kế hoạch (1.270 ha)'], x: '1.248,6', y: '1.270', stated: '98,3%' }),
    sum({ id: 'mua-by-crop', quote: ['gieo trồng vụ Mùa được 1.248,6 ha', 'lúa 842,5 ha, ngô 216,8 ha, lạc 64,3 ha, rau các loại 125,0 ha'], parts: ['842,5', '216,8', '64,3', '125,0'], total: '1.248,6' }),
    product({ id: 'rice-output', quote: ['sản lượng ước 4.414,7 tấn', 'năng suất ước đạt 52,4 tạ/ha', 'lúa 842,5 ha'], x: '842,5', y: '52,4', factor: '0,1', stated: '4.414,7 tấn', note: 'Area × yield in tạ/ha, × 0,1 for tấn.' }),
    share({ id: 'rice-share', quote: ['diện tích lúa chiếm 67,5% diện tích gieo trồng', 'gieo trồng vụ Mùa được 1.248,6 ha', 'lúa 842,5 ha'], x: '842,5', y: '1.248,6', stated: '67,5%' }),
    product({ id: 'maize-output', quote: ['sản lượng ước 1.040,6 tấn', 'Ngô năng suất ước 48,0 tạ/ha', 'ngô 216,8 ha'], x: '216,8', y: '48,0', factor: '0,1', stated: '1.040,6 tấn' }),
    share({ id: 'leaf-roller-share', quote: ['(chiếm 4,3% diện tích lúa)', 'Sâu cuốn lá nhỏ gây hại 36,5 ha lúa', 'lúa 842,5 ha'], x: '36,5', y: '842,5', stated: '4,3%' }),
    atLeast({ id: 'apples-harvesting-area', quote: ['Toàn xã có 412 ha na, trong đó 386 ha'], big: '412', small: '386' }),
    ratio({ id: 'apples-vs-same-period', quote: ['bằng 112,3% cùng kỳ (cùng kỳ năm 2025 thu hoạch 3.250 tấn)', 'đã thu hoạch 3.650 tấn quả'], x: '3.650', y: '3.250', stated: '112,3%', note: '"bằng … % cùng kỳ", the base in parentheses.' }),
    product({ id: 'apples-revenue', quote: ['28.000 đồng/kg, doanh thu ước 102,2 tỷ đồng', 'đã thu hoạch 3.650 tấn quả', 'giá bán bình quân 28.000 đồng/kg'], x: '3.650', y: '28.000', factor: '0,000001', stated: '102,2 tỷ đồng', trap: 'a price per kg times an output in tấn (× 1.000 kg/tấn, ÷ 10⁹ for tỷ).' }),
    ratio({ id: 'forest-plan', quote: ['Trồng rừng tập trung được 68,5 ha, đạt 85,6% kế hoạch năm (80 ha)'], x: '68,5', y: '80', stated: '85,6%' }),
    sum({ id: 'forest-by-species', quote: ['Trồng rừng tập trung được 68,5 ha', 'gồm keo 52,3 ha và thông 16,2 ha'], parts: ['52,3', '16,2'], total: '68,5' }),
    contradiction({ id: 'forest-cover-target', quote: ['tỷ lệ che phủ rừng duy trì 61,4% (chỉ tiêu tỉnh giao từ 60% trở lên)'], stated: '61,4%; từ 60% trở lên', expected: 'a rate with its target', consistent: true, reason: 'A forest-cover rate whose base is not in the report, beside the province\'s threshold.', trap: 'a target next to a rate.' }),
    repeat({ id: 'canal-m-km', quote: ['kiên cố hóa thêm 1.850 m kênh (1,85 km)'], values: ['1.850 m', '1,85 km'], kind: 'unit' }),
    // II.1 Tổng đàn
    change({ id: 'buffalo-change', quote: ['giảm 3,1% so với cùng kỳ (2.937 con)', 'tổng đàn trâu 2.846 con'], x: '2.846', base: '2.937', stated: '3,1%', direction: 'giảm' }),
    change({ id: 'cattle-change', quote: ['tăng 5,4% (cùng kỳ 1.245 con)', 'đàn bò 1.312 con'], x: '1.312', base: '1.245', stated: '5,4%', direction: 'tăng' }),
    change({ id: 'poultry-change', quote: ['tăng 8,7% (cùng kỳ 79,5 nghìn con)', 'đàn gia cầm 86,4 nghìn con'], x: '86,4', base: '79,5', stated: '8,7%', direction: 'tăng' }),
    change({ id: 'pigs-change', quote: ['giảm 14,2% so với cùng kỳ (11.512 con)', 'Đàn lợn còn 9.875 con'], x: '9.875', base: '11.512', stated: '14,2%', direction: 'giảm' }),
    difference({ id: 'pigs-vs-new-year', quote: ['giảm 689 con so với đầu năm', 'Đàn lợn còn 9.875 con', 'Tổng đàn lợn tại thời điểm ngày 01/01/2026: 10.564 con'], a: '10.564', b: '9.875', stated: '689', note: 'The start of the year in footnote 1.' }),
    difference({ id: 'pigs-vs-same-period', quote: ['ít hơn cùng kỳ 1.637 con', 'Đàn lợn còn 9.875 con', 'so với cùng kỳ (11.512 con)'], a: '11.512', b: '9.875', stated: '1.637' }),
    quotient({ id: 'pigs-per-household', quote: ['bình quân 7 con/hộ', 'Đàn lợn còn 9.875 con', 'Toàn xã có 1.412 hộ chăn nuôi lợn'], x: '9.875', y: '1.412', stated: '7', trap: 'a per-household average.' }),
    share({ id: 'sows-share', quote: ['lợn nái 1.236 con, chiếm 11,7%', 'Đàn lợn còn 9.875 con', 'Tổng đàn lợn tại thời điểm ngày 01/01/2026: 10.564 con'], x: '1.236', y: '9.875', stated: '11,7%', mistake: 'planted', original: 'lợn nái 1.236 con, chiếm 12,5%', note: 'Class 3: the share is taken of the start-of-year herd in footnote 1 (1.236/10.564 = 11,70%); of today\'s 9.875 pigs it is 12,52%.' }),
    ratio({ id: 'biosecurity-pledges', quote: ['1.186 hộ đã ký cam kết thực hiện chăn nuôi an toàn sinh học, đạt 83%', 'Toàn xã có 1.412 hộ chăn nuôi lợn'], x: '1.186', y: '1.412', stated: '83%', mistake: 'planted', original: 'đạt 84%', note: 'Class 7: 1.186/1.412 = 83,99%, which is 84% written whole; 83% truncates.' }),
    // II.2 Dịch tả lợn châu Phi
    contradiction({ id: 'outbreak-dates', quote: ['Ngày 02/8/2026, bệnh Dịch tả lợn châu Phi tái phát'], stated: '02/8, 06/8, 09/8, 15/8', expected: 'dates written dd/m', consistent: true, reason: 'The table\'s last column and the text give dates, not ratios X/Y.', trap: 'dates that look like X/Y.' }),
    sum({ id: 't-households', quote: ['bệnh xảy ra tại 24 hộ của 4 thôn'], parts: ['7', '5', '9', '3'], total: '24', note: 'The table\'s households column against the text (and its own total row).' }),
    sum({ id: 't-pigs', quote: ['buộc tiêu hủy 152 con lợn'], parts: ['46', '31', '58', '17'], total: '152' }),
    sum({ id: 't-weight', quote: ['với tổng trọng lượng 9.463 kg', '2.870', '1.945', '3.612', '1.036'], parts: ['2.870', '1.945', '3.612', '1.036'], total: '9.463' }),
    repeat({ id: 'weight-kg-tan', quote: ['khoảng 9,5 tấn', 'với tổng trọng lượng 9.463 kg'], values: ['9.463 kg', '9,5 tấn'], kind: 'unit', note: 'kg and its rounding in tấn.' }),
    quotient({ id: 'weight-per-pig', quote: ['bình quân 62,3 kg/con', 'với tổng trọng lượng 9.463 kg', 'buộc tiêu hủy 152 con lợn'], x: '9.463', y: '152', stated: '62,3', trap: 'an average per pig, not a part.' }),
    sum({ id: 'culled-by-kind', quote: ['buộc tiêu hủy 152 con lợn', 'trong đó lợn nái 21 con, lợn thịt 104 con, lợn con sau cai sữa 27 con'], parts: ['21', '104', '27'], total: '152' }),
    repeat({ id: 'ban-chat-households', quote: ['nặng nhất với 9 hộ, 58 con'], values: ['9', '9'], note: 'The text repeats the table\'s row: 9 households, 58 pigs.' }),
    repeat({ id: 'ban-chat-weight', quote: ['trọng lượng 3.162 kg', '3.612'], values: ['3.612 kg', '3.162 kg'], mistake: 'planted', original: 'trọng lượng 3.612 kg', note: 'Class 5: the text repeats the table\'s 3.612 kg of Bản Chắt with two digits swapped.' }),
    cumulative({ id: 'cum-households', quote: ['bệnh Dịch tả lợn châu Phi xảy ra tại 31 hộ', 'Lũy kế đến ngày 31/7/2026: 7 hộ', 'bệnh xảy ra tại 24 hộ của 4 thôn'], previous: '7', period: '24', stated: '31', note: 'The lũy kế to 31/7 in footnote 2.' }),
    cumulative({ id: 'cum-pigs', quote: ['tiêu hủy 203 con', '7 hộ, 51 con', 'buộc tiêu hủy 152 con lợn'], previous: '51', period: '152', stated: '203' }),
    cumulative({ id: 'cum-weight', quote: ['tổng trọng lượng 12.471 kg', 'trọng lượng 3.278 kg', 'với tổng trọng lượng 9.463 kg'], previous: '3.278', period: '9.463', stated: '12.471', mistake: 'planted', original: 'tổng trọng lượng 12.741 kg', note: 'Class 6: the lũy kế to 31/7 in footnote 2 (3.278 kg) plus August\'s 9.463 kg is 12.741 kg.' }),
    contradiction({ id: 'no-other-epidemics', quote: ['Trong tháng không xảy ra bệnh Cúm gia cầm, Lở mồm long móng trên địa bàn'], stated: 'không xảy ra Cúm gia cầm, Lở mồm long móng', expected: 'a "none" about other diseases', consistent: true, reason: 'The "none" is about avian flu and foot-and-mouth disease; the counts are of African swine fever.', trap: 'a "none" about another subject beside a count.' }),
    // II.3 Biện pháp
    contradiction({ id: 'buffer-zone', quote: ['vùng đệm bán kính 3 km'], stated: '3 km', expected: 'a radius set by rule', consistent: true, reason: 'A distance of the buffer zone, not a figure to check.', trap: 'a rule beside counts.' }),
    sum({ id: 'vaccine-doses-month', quote: ['Trong tháng tiêm 6.750 liều vắc xin các loại', 'vắc xin Dịch tả lợn châu Phi 3.260 liều', 'trâu, bò 1.850 liều', 'vắc xin Lở mồm long móng 1.460 liều'], parts: ['3.260', '1.850', '1.460'], total: '6.750', mistake: 'planted', original: 'vắc xin Lở mồm long móng 1.640 liều', note: 'Class 4: the three vaccines after "gồm" add to 6.570 doses, not 6.750; two digits of the foot-and-mouth doses are swapped.' }),
    cumulative({ id: 'vaccine-cumulative', quote: ['Lũy kế từ đầu năm đã tiêm 48.620 liều', 'Lũy kế đến ngày 31/7/2026: 41.870 liều', 'Trong tháng tiêm 6.750 liều'], previous: '41.870', period: '6.750', stated: '48.620', note: 'The lũy kế to 31/7 in footnote 3 plus the month\'s stated total.' }),
    ratio({ id: 'asf-vaccine-plan', quote: ['đạt 81,5% kế hoạch (4.000 liều)', 'vắc xin Dịch tả lợn châu Phi 3.260 liều'], x: '3.260', y: '4.000', stated: '81,5%' }),
    ratio({ id: 'hs-vaccine-herd', quote: ['đạt 44,5% tổng đàn trâu, bò', 'trâu, bò 1.850 liều', 'tổng đàn trâu 2.846 con', 'đàn bò 1.312 con'], x: '1.850', y: '2.846 + 1.312', stated: '44,5%', note: 'The base is the herds of buffalo and cattle, two paragraphs back.' }),
    atLeast({ id: 'checkpoint-cumulative', quote: ['lũy kế từ khi thành lập chốt kiểm tra 412 lượt', 'Chốt kiểm dịch trong tháng đã kiểm tra 468 lượt'], big: '412', small: '468', kind: 'cumulative', mistake: 'planted', original: 'lũy kế từ khi thành lập chốt kiểm tra 712 lượt', note: 'Class 6: a lũy kế below the month; the post has worked since 10/7/2026, so its lũy kế must be at least August\'s 468.' }),
    contradiction({ id: 'sick-pigs-transported', quote: ['phát hiện 01 trường hợp vận chuyển 6 con lợn có biểu hiện mắc bệnh', 'không có trường hợp vận chuyển, mua bán, giết mổ lợn bệnh trên địa bàn'], stated: '01 trường hợp vận chuyển lợn bệnh', expected: '0 (the paragraph before says no sick pigs were transported, sold or slaughtered)', consistent: false, reason: 'The first paragraph of section 3 says there was no case of transporting, selling or slaughtering sick pigs; the quarantine post then reports one case of 6 sick pigs transported from Bản Chắt.', mistake: 'planted', original: 'phát hiện 01 trường hợp vận chuyển 6 con lợn không có giấy chứng nhận kiểm dịch', note: 'Class 8: a count against a "none" statement.' }),
    // II.4 Hỗ trợ
    product({ id: 'support-total', quote: ['Tổng kinh phí hỗ trợ thiệt hại trong tháng là 359,6 triệu đồng', 'là 38.000 đồng/kg lợn hơi', 'với tổng trọng lượng 9.463 kg'], x: '9.463', y: '38.000', factor: '0,000001', stated: '359,6 triệu đồng', trap: 'a per-kg rate times the weight culled.' }),
    sum({ id: 'support-by-budget', quote: ['trong tháng là 359,6 triệu đồng', 'ngân sách tỉnh 251,7 triệu đồng', 'ngân sách xã 107,9 triệu đồng'], parts: ['251,7', '107,9'], total: '359,6' }),
    share({ id: 'support-province-share', quote: ['ngân sách tỉnh 251,7 triệu đồng (70%)'], x: '251,7', y: '359,6', stated: '70%' }),
    share({ id: 'support-commune-share', quote: ['ngân sách xã 107,9 triệu đồng (30%)'], x: '107,9', y: '359,6', stated: '30%' }),
    quotient({ id: 'support-per-household', quote: ['bình quân 15 triệu đồng/hộ có lợn bị tiêu hủy', 'trong tháng là 359,6 triệu đồng', 'bệnh xảy ra tại 24 hộ của 4 thôn'], x: '359,6', y: '24', stated: '15', trap: 'a per-household average.' }),
    ratio({ id: 'support-paid', quote: ['số tiền 0,24 tỷ đồng, đạt 67,6% tổng kinh phí hỗ trợ', 'trong tháng là 359,6 triệu đồng'], x: '0,24 tỷ đồng', y: '359,6 triệu đồng', stated: '67,6%', mistake: 'planted', original: 'đạt 66,7% tổng kinh phí hỗ trợ', note: 'Class 1: the base is in the paragraph before and in another scale (triệu against tỷ); 240/359,6 = 66,74%.' }),
    difference({ id: 'households-unpaid', quote: ['còn 8 hộ đang hoàn thiện hồ sơ', 'đã chi trả đợt 1 cho 16 hộ', 'bệnh xảy ra tại 24 hộ của 4 thôn'], a: '24', b: '16', stated: '8' }),
    // III. Đánh giá
    repeat({ id: 'mua-summary', quote: ['diện tích gieo trồng đạt 98,3% kế hoạch', 'đạt 98,3% kế hoạch (1.270 ha)'], values: ['98,3%', '98,3%'] }),
    repeat({ id: 'rice-summary', quote: ['sản lượng lúa ước đạt 44.417 tạ', 'sản lượng ước 4.414,7 tấn'], values: ['4.414,7 tấn', '44.417 tạ'], kind: 'unit', mistake: 'planted', original: 'sản lượng lúa ước đạt 44.147 tạ', note: 'Class 5: the summary gives the output in tạ with two digits swapped: 4.414,7 tấn is 44.147 tạ.' }),
    repeat({ id: 'revenue-summary', quote: ['sản lượng na tăng so với cùng kỳ, doanh thu ước 102,2 tỷ đồng', '28.000 đồng/kg, doanh thu ước 102,2 tỷ đồng'], values: ['102,2 tỷ đồng', '102,2 tỷ đồng'] }),
    repeat({ id: 'asf-vaccine-summary', quote: ['đã tiêm 3.260 liều vắc xin Dịch tả lợn châu Phi', 'vắc xin Dịch tả lợn châu Phi 3.260 liều'], values: ['3.260', '3.260'] }),
    repeat({ id: 'villages-summary', quote: ['Dịch bệnh lây lan nhanh ra 4 thôn', 'bệnh xảy ra tại 24 hộ của 4 thôn'], values: ['4', '4'] }),
    share({ id: 'culled-share-of-herd', quote: ['chiếm 1,9% tổng đàn lợn của xã', 'buộc tiêu hủy 152 con lợn', 'Đàn lợn còn 9.875 con'], x: '152', y: '9.875', stated: '1,9%', mistake: 'planted', original: 'chiếm 1,5% tổng đàn lợn của xã', note: 'Class 2: the share is in the summary, its numerator and base in section II; 152/9.875 = 1,54%.' }),
    difference({ id: 'pledges-missing', quote: ['vẫn còn 226 hộ chưa ký cam kết', 'Toàn xã có 1.412 hộ chăn nuôi lợn', 'đến nay 1.186 hộ đã ký'], a: '1.412', b: '1.186', stated: '226' }),
    // IV. Nhiệm vụ
    difference({ id: 'asf-vaccine-remaining', quote: ['tiêm phòng 740 liều vắc xin', 'kế hoạch (4.000 liều)', 'vắc xin Dịch tả lợn châu Phi 3.260 liều'], a: '4.000', b: '3.260', stated: '740' }),
    change({ id: 'winter-crop-plan', quote: ['tăng 6,7% so với vụ Đông năm 2025 (300 ha)', 'vụ Đông 2026 với diện tích 320 ha'], x: '320', base: '300', stated: '6,7%', direction: 'tăng', note: 'A plan against last year\'s crop in parentheses.' }),
    repeat({ id: 'unpaid-tasks', quote: ['cho 8 hộ còn lại trước ngày 15/9/2026', 'còn 8 hộ đang hoàn thiện hồ sơ'], values: ['8', '8'] }),
    contradiction({ id: 'restocking-rule', quote: ['chưa đủ 21 ngày kể từ khi tiêu độc lần cuối'], stated: '21 ngày', expected: 'a rule', consistent: true, reason: 'A waiting period set by rule.', trap: 'a rule.' }),
  ],
});
