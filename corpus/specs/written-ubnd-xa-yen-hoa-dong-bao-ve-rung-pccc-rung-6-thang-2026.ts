// Written for the corpus (batch J2): UBND xã Yên Hoa Đông and its steering committee for forest
// protection and fire prevention (tỉnh Tuyên Quang; the commune is invented), six months of 2026: forest
// cover against the natural area with the province's target, the increase since the end of 2025 (a
// footnote) and its two sources, forest by use with shares, by origin (a share of the end-2025 total),
// by manager (shares with no areas that must add to 100%), allocation per household, payments for forest
// environment services (area × price), meetings and pledges (the rate a paragraph after its counts),
// patrols (per team, per patrol, overlapping joint patrols, against the same period), violations against
// the same period (parts after "gồm", m² from ha, handling), fire prevention (per team, firebreaks in km
// against m in the summary, fire danger levels IV and V, a fire against the summary's "none"), planting
// against the plan and the same period in a table, seedlings per ha, support per ha in tỷ, the lũy kế of
// planting from a footnote, regeneration as a whole percent against the table's decimal, logging per ha;
// a table (plan / six months / % / same period); summary restating figures; the remainder as tasks.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-yen-hoa-dong-bao-ve-rung-pccc-rung-6-thang-2026.md',
  prefix: 'yhd',
  claims: [
    // I
    ratio({ id: 'cover', quote: ['tỷ lệ che phủ rừng 80,6% (chỉ tiêu tỉnh giao năm 2026 là 65%)', 'là 13.214 ha, tỷ lệ', 'tổng diện tích tự nhiên 16.385 ha'], x: '13.214', y: '16.385', stated: '80,6%', trap: 'the province\'s 65% target in parentheses next to the rate.' }),
    ratio({ id: 'cover-2025', quote: ['tỷ lệ che phủ rừng 78,5%.', 'diện tích có rừng 12.864 ha', 'tổng diện tích tự nhiên 16.385 ha'], x: '12.864', y: '16.385', stated: '78,5%', note: 'The end of 2025 in footnote 1.' }),
    difference({ id: 'forest-increase', quote: ['tăng 350 ha so với cuối năm 2025', 'là 13.214 ha, tỷ lệ', 'diện tích có rừng 12.864 ha'], a: '13.214', b: '12.864', stated: '350' }),
    sum({ id: 'increase-sources', quote: ['tăng 350 ha so với cuối năm 2025', 'do 286 ha rừng trồng các năm 2022 - 2023 đủ tiêu chí thành rừng và 64 ha khoanh nuôi'], parts: ['286', '64'], total: '350' }),
    contradiction({ id: 'years-in-label', quote: ['rừng trồng các năm 2022 - 2023'], stated: '2022 - 2023', expected: 'years', consistent: true, reason: 'The planting years of the stands, not figures.', trap: 'other years in a clause beside an area.' }),
    sum({ id: 'by-use', quote: ['là 13.214 ha, tỷ lệ', 'rừng đặc dụng 4.862 ha', 'rừng phòng hộ 3.518 ha', 'rừng sản xuất 4.834 ha'], parts: ['4.862', '3.518', '4.834'], total: '13.214' }),
    share({ id: 'special-use', quote: ['4.862 ha (36,8%)', 'là 13.214 ha, tỷ lệ'], x: '4.862', y: '13.214', stated: '36,8%' }),
    share({ id: 'protection', quote: ['3.518 ha (26,6%)', 'là 13.214 ha, tỷ lệ'], x: '3.518', y: '13.214', stated: '26,6%' }),
    share({ id: 'production', quote: ['4.834 ha (36,6%)', 'là 13.214 ha, tỷ lệ'], x: '4.834', y: '13.214', stated: '36,6%' }),
    sum({ id: 'by-use-shares', quote: ['(36,8%)', '(26,6%)', '(36,6%)'], parts: ['36,8', '26,6', '36,6'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    sum({ id: 'by-origin', quote: ['là 13.214 ha, tỷ lệ', 'rừng tự nhiên 9.946 ha; rừng trồng 3.268 ha'], parts: ['9.946', '3.268'], total: '13.214' }),
    share({ id: 'planted-share', quote: ['chiếm 25,4% diện tích có rừng', 'rừng trồng 3.268 ha', 'là 13.214 ha, tỷ lệ', 'diện tích có rừng 12.864 ha'], x: '3.268', y: '13.214', stated: '25,4%', mistake: 'planted', original: 'chiếm 24,7% diện tích có rừng', note: 'Class 3: the share is taken of the forest area at the end of 2025 in footnote 1 (3.268/12.864 = 25,40%); of today\'s 13.214 ha it is 24,73%.' }),
    sum({ id: 'by-manager-shares', quote: ['Ban quản lý rừng đặc dụng quản lý 36,8% diện tích có rừng, Ban quản lý rừng phòng hộ 24,1%, hộ gia đình, cá nhân 31,4%, cộng đồng dân cư thôn 6,2%, Ủy ban nhân dân xã quản lý tạm thời 2,5%'], parts: ['36,8', '24,1', '31,4', '6,2', '2,5'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'cộng đồng dân cư thôn 5,2%', note: 'Class 3: the five managers\' shares add to 101,0%, no areas given; with the community\'s 5,2% they add to 100,0%.' }),
    quotient({ id: 'per-household', quote: ['bình quân 6,8 ha/hộ', 'có 1.246 hộ nhận khoán bảo vệ 8.460 ha rừng'], x: '8.460', y: '1.246', stated: '6,8', trap: 'an average per household.' }),
    atLeast({ id: 'allocated-in-forest', quote: ['có 1.246 hộ nhận khoán bảo vệ 8.460 ha rừng', 'là 13.214 ha, tỷ lệ'], big: '13.214', small: '8.460' }),
    product({ id: 'pfes', quote: ['kinh phí chi trả năm 2025 là 3,343 tỷ đồng', 'là 7.960 ha, đơn giá bình quân 420.000 đồng/ha/năm'], x: '7.960', y: '420.000', factor: '0,000000001', stated: '3,343', note: 'Area × price per ha = 3.343.200.000 đồng; a price per ha and year.' }),
    // II.1
    quotient({ id: 'per-meeting', quote: ['bình quân 52 người/hội nghị', 'tổ chức 42 hội nghị', 'với 2.184 lượt người'], x: '2.184', y: '42', stated: '52', trap: 'an average per meeting.' }),
    contradiction({ id: 'villages-x-of-y', quote: ['của 14/14 thôn phát các bản tin'], stated: '14/14', expected: 'a count written X/Y', consistent: true, reason: 'All villages.', trap: 'a count written X/Y.' }),
    ratio({ id: 'pledge-rate', quote: ['đạt 94,6%, cao hơn cùng kỳ', 'đến nay 3.862 hộ đã ký cam kết', 'Toàn xã có 4.006 hộ sống trong và gần rừng'], x: '3.862', y: '4.006', stated: '94,6%', mistake: 'planted', original: 'đạt 96,4%, cao hơn cùng kỳ', note: 'Class 2: the rate is a paragraph of its own after a long one; its counts are two paragraphs above; 3.862/4.006 = 96,41%.' }),
    // II.2
    quotient({ id: 'per-team', quote: ['bình quân 12 người/tổ', '14 tổ bảo vệ rừng thôn với 168 thành viên'], x: '168', y: '14', stated: '12', trap: 'an average per team.' }),
    quotient({ id: 'per-patrol', quote: ['bình quân 7 người/cuộc', 'tổ chức 192 cuộc tuần tra, kiểm tra rừng với 1.344 lượt người'], x: '1.344', y: '192', stated: '7', trap: 'an average per patrol.' }),
    atLeast({ id: 'joint-patrols', quote: ['trong đó phối hợp với Kiểm lâm địa bàn 64 cuộc, với Công an xã 38 cuộc', 'tổ chức 192 cuộc tuần tra'], big: '192', small: '64 + 38', trap: 'joint patrols after "trong đó" that are only some of the patrols: no sum.' }),
    difference({ id: 'patrols-vs-same-period', quote: ['số cuộc tuần tra tăng 18 cuộc', 'tổ chức 192 cuộc tuần tra', '174'], a: '192', b: '174', stated: '18', note: 'The same period is in the table\'s last column.' }),
    // II.3
    difference({ id: 'violations-fall', quote: ['giảm 8 vụ (22,9%) so với cùng kỳ (35 vụ)', 'lập biên bản 27 vụ vi phạm'], a: '35', b: '27', stated: '8' }),
    change({ id: 'violations-fall-pct', quote: ['(22,9%) so với cùng kỳ (35 vụ)', 'lập biên bản 27 vụ vi phạm'], x: '27', base: '35', stated: '22,9%', direction: 'giảm' }),
    contradiction({ id: 'violations-2025', quote: ['Cả năm 2025, trên địa bàn xã phát hiện 61 vụ vi phạm'], stated: '61', expected: 'a figure of another period', consistent: true, reason: 'The whole of 2025 in footnote 2, not the same period\'s 35.', trap: 'another year in a footnote beside a change against the same period.' }),
    sum({ id: 'violations-by-kind', quote: ['lập biên bản 27 vụ vi phạm', 'gồm: phá rừng trái pháp luật 6 vụ; khai thác rừng trái phép 9 vụ; vận chuyển, tàng trữ lâm sản trái phép 8 vụ; vi phạm quy định về phòng cháy, chữa cháy rừng 2 vụ'], parts: ['6', '9', '8', '2'], total: '27', mistake: 'planted', original: 'vi phạm quy định về phòng cháy, chữa cháy rừng 2 vụ; vi phạm khác 2 vụ', note: 'Class 4: the four kinds after "gồm" add to 25, not 27; a fifth kind ("vi phạm khác 2 vụ") was left out.' }),
    repeat({ id: 'cleared-m2', quote: ['(23.600 m²)', 'Diện tích rừng bị phá 2,36 ha'], values: ['2,36 ha', '23.600 m²'], kind: 'unit' }),
    sum({ id: 'handling', quote: ['lập biên bản 27 vụ vi phạm', 'xử phạt vi phạm hành chính 24 vụ', 'Công an tỉnh 3 vụ'], parts: ['24', '3'], total: '27' }),
    contradiction({ id: 'resistance-none', quote: ['Trong kỳ không có vụ chống người thi hành công vụ'], stated: 'không có vụ chống người thi hành công vụ', expected: 'a "none" about another subject', consistent: true, reason: 'Resisting officers is not among the 27 violations counted.', trap: 'a "none" beside a count of another subject.' }),
    // II.4
    atLeast({ id: 'fire-prone', quote: ['Diện tích rừng trọng điểm dễ cháy là 2.140 ha', 'rừng trồng 3.268 ha'], big: '3.268 + 9.946', small: '2.140' }),
    quotient({ id: 'per-fire-team', quote: ['bình quân 15 người/tổ', 'Kiện toàn 14 tổ đội xung kích', 'với 210 người'], x: '210', y: '14', stated: '15', trap: 'an average per team.' }),
    ratio({ id: 'firebreak-plan', quote: ['đạt 84,0% kế hoạch năm (15 km)', 'Phát dọn 12,6 km đường băng'], x: '12,6', y: '15', stated: '84,0%' }),
    contradiction({ id: 'fire-levels', quote: ['có 18 ngày dự báo cháy rừng ở cấp IV và cấp V'], stated: 'cấp IV, cấp V', expected: 'danger levels', consistent: true, reason: 'Fire danger levels, not counts.', trap: 'levels beside a count of days.' }),
    contradiction({ id: 'fire-none', quote: ['Không để xảy ra cháy rừng;', 'xảy ra 01 vụ cháy rừng trồng keo tại thôn Nà Khà'], stated: 'Không để xảy ra cháy rừng', expected: 'a fire (section II.4: 01 vụ cháy rừng trồng keo, 0,8 ha)', consistent: false, reason: 'The summary says no forest fire happened; section II.4 reports one on 14/4/2026.', mistake: 'planted', original: 'Không để xảy ra cháy rừng lớn', note: 'Class 8: a "none" statement against a count.' }),
    // II.5
    ratio({ id: 'planting-plan', quote: ['đã trồng 318,5 ha, đạt 75,8% kế hoạch', 'trồng rừng tập trung 420 ha'], x: '318,5', y: '420', stated: '75,8%' }),
    change({ id: 'planting-vs-same-period', quote: ['tăng 7,1% so với cùng kỳ', 'đã trồng 318,5 ha', '296,0'], x: '318,5', base: '296,0', stated: '7,1%', direction: 'tăng', mistake: 'planted', original: 'tăng 7,6% so với cùng kỳ', note: 'Class 1: the same period is only in the table (296,0 ha); the increase of 22,5 ha was divided by the new 318,5 ha (7,06%) instead of 296,0 (7,60%).' }),
    sum({ id: 'planting-parts', quote: ['đã trồng 318,5 ha', 'gồm rừng sản xuất 298,5 ha và rừng phòng hộ 20 ha'], parts: ['298,5', '20'], total: '318,5' }),
    product({ id: 'seedlings', quote: ['Sử dụng 509.600 cây giống', '(mật độ 1.600 cây/ha)', 'đã trồng 318,5 ha'], x: '318,5', y: '1.600', stated: '509.600', trap: 'a density per ha.' }),
    product({ id: 'planting-support', quote: ['tổng kinh phí hỗ trợ 2,388 tỷ đồng', 'được hỗ trợ 8 triệu đồng/ha', 'rừng sản xuất 298,5 ha'], x: '298,5', y: '8', factor: '0,001', stated: '2,388', note: '298,5 ha × 8 triệu = 2.388 triệu = 2,388 tỷ.' }),
    cumulative({ id: 'planting-cumulative', quote: ['từ năm 2021 đến nay đạt 2.164,5 ha', 'giai đoạn 2021 - 2025: 1.828 ha', 'đã trồng 318,5 ha'], previous: '1.828', period: '318,5', stated: '2.164,5', mistake: 'planted', original: 'từ năm 2021 đến nay đạt 2.146,5 ha', note: 'Class 6: the lũy kế of 2021 - 2025 in footnote 3 (1.828 ha) plus the six months\' 318,5 ha is 2.146,5 ha.' }),
    ratio({ id: 'regeneration-plan', quote: ['1.426 ha, đạt 89% kế hoạch (1.590 ha)'], x: '1.426', y: '1.590', stated: '89%', mistake: 'planted', original: 'đạt 90% kế hoạch', note: 'Class 7: 1.426/1.590 = 89,69%, which is 90% written whole; 89% truncates (the table writes 89,7).' }),
    quotient({ id: 'logging-yield', quote: ['bình quân 90 m³/ha', 'Khai thác rừng trồng đến tuổi 186,4 ha, sản lượng gỗ 16.776 m³'], x: '16.776', y: '186,4', stated: '90', trap: 'a yield per ha.' }),
    // table
    repeat({ id: 't-planting', quote: ['318,5 ha rừng tập trung', 'đã trồng 318,5 ha'], values: ['318,5', '318,5'] }),
    ratio({ id: 't-scattered-plan', quote: ['61,3', 'Trồng cây lâm nghiệp phân tán'], x: '24,5', y: '40', stated: '61,3' }),
    ratio({ id: 't-regeneration-plan', quote: ['89,7', 'Khoanh nuôi tái sinh rừng'], x: '1.426', y: '1.590', stated: '89,7' }),
    ratio({ id: 't-patrols-plan', quote: ['53,3', 'Tuần tra, kiểm tra rừng'], x: '192', y: '360', stated: '53,3' }),
    repeat({ id: 't-violations', quote: ['lập biên bản 27 vụ vi phạm', 'Vụ vi phạm Luật Lâm nghiệp'], values: ['27', '27'], note: 'The text\'s count against the table row (27 this year, 35 the same period).' }),
    repeat({ id: 't-firebreak', quote: ['Phát dọn đường băng cản lửa', 'Phát dọn 12,6 km đường băng'], values: ['12,6', '12,6'] }),
    contradiction({ id: 't-no-plan', quote: ['Vụ vi phạm Luật Lâm nghiệp'], stated: '-', expected: 'no plan for violations', consistent: true, reason: 'A dash: violations have no plan, so no rate.', trap: 'dashes in a table row.' }),
    // III.1
    repeat({ id: 'summary-cover', quote: ['tỷ lệ che phủ rừng duy trì 78,5%', 'tỷ lệ che phủ rừng 80,6% (chỉ tiêu'], values: ['80,6%', '78,5%'], mistake: 'planted', original: 'tỷ lệ che phủ rừng duy trì 80,6%', note: 'Class 5: the summary copies the stale end-2025 cover of footnote 1 instead of the 80,6% of section I.' }),
    repeat({ id: 'summary-planting-rate', quote: ['đạt 75,8% kế hoạch năm; phát dọn', 'đã trồng 318,5 ha, đạt 75,8% kế hoạch'], values: ['75,8%', '75,8%'] }),
    repeat({ id: 'summary-firebreak', quote: ['phát dọn 12.060 m đường băng cản lửa', 'Phát dọn 12,6 km đường băng'], values: ['12,6 km', '12.060 m'], kind: 'unit', mistake: 'planted', original: 'phát dọn 12.600 m đường băng cản lửa', note: 'Class 5: 12,6 km restated in m as 12.060 m (a zero in the wrong place).' }),
    repeat({ id: 'summary-violations', quote: ['Số vụ vi phạm Luật Lâm nghiệp giảm 8 vụ', 'giảm 8 vụ (22,9%)'], values: ['8', '8'] }),
    // III.2
    repeat({ id: 'summary-cleared', quote: ['diện tích bị phá 2,36 ha', 'Diện tích rừng bị phá 2,36 ha'], values: ['2,36', '2,36'] }),
    ratio({ id: 'summary-scattered', quote: ['mới đạt khoảng 61% kế hoạch', 'Trồng cây lâm nghiệp phân tán'], x: '24,5', y: '40', stated: '61%', note: 'The table\'s 61,25% (61,3) restated whole with "khoảng": 61%.' }),
    difference({ id: 'no-pledge', quote: ['Còn 144 hộ sống trong và gần rừng chưa ký', 'đến nay 3.862 hộ đã ký cam kết', 'Toàn xã có 4.006 hộ'], a: '4.006', b: '3.862', stated: '144' }),
    // IV
    difference({ id: 'task-planting', quote: ['Trồng 101,5 ha rừng tập trung còn lại', 'trồng rừng tập trung 420 ha', 'đã trồng 318,5 ha'], a: '420', b: '318,5', stated: '101,5' }),
    difference({ id: 'task-scattered', quote: ['trồng 15,5 nghìn cây phân tán', 'Trồng cây lâm nghiệp phân tán'], a: '40', b: '24,5', stated: '15,5', note: 'Plan and six months in nghìn cây in the table.' }),
    difference({ id: 'task-firebreak', quote: ['Phát dọn 2,4 km đường băng cản lửa còn lại', 'đạt 84,0% kế hoạch năm (15 km)', 'Phát dọn 12,6 km đường băng'], a: '15', b: '12,6', stated: '2,4' }),
    contradiction({ id: 'task-24-24', quote: ['trực 24/24 giờ'], stated: '24/24', expected: 'round the clock', consistent: true, reason: '"24/24 giờ" means all day, not a ratio.', trap: 'X/Y that is not a count.' }),
    repeat({ id: 'task-pledges', quote: ['Vận động 144 hộ còn lại ký cam kết', 'Còn 144 hộ sống trong'], values: ['144', '144'] }),
    contradiction({ id: 'task-cover', quote: ['duy trì tỷ lệ che phủ rừng trên 80%'], stated: 'trên 80%', expected: 'a target', consistent: true, reason: 'A threshold as a target.', trap: 'a threshold next to a rate.' }),
  ],
});
