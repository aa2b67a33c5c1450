// Written for the corpus (batch I2): UBND xã Kỳ Phong Hạ (tỉnh Hà Tĩnh; the commune is invented), Ban Chỉ
// huy Phòng thủ dân sự, a report on storm no. 6 and the floods after it, October 2026: wind and rain
// (ranges, levels), villages flooded written X/Y, houses flooded against the houses of the commune, the
// response force (a share of it), evacuation in households/people split into two kinds, casualties
// ("none"), houses damaged by level with a table by village (rows and columns that add), a village's share
// against the first quick report in a footnote, lũy kế of houses and damage from footnotes, rice flooded
// against the Mùa area (mất trắng and partly), output lost in tạ restated in tấn, livestock, fish in
// tấn, infrastructure in km, m and m³, the damage in tỷ by sector with shares, "gấp … lần" the flood of
// 2025, repair against the houses damaged, rice aid per household, support per house, donations
// distributed (tỷ against triệu), seed per ha; summary restating figures; requests.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum, times } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-xa-ky-phong-ha-thiet-hai-bao-so-6-thang-10-2026.md',
  prefix: 'kph',
  claims: [
    // I
    contradiction({ id: 'wind-rain', quote: ['sức gió mạnh cấp 9, giật cấp 11', 'lượng mưa phổ biến từ 350 đến 420 mm'], stated: 'cấp 9, giật cấp 11; 350–420 mm', expected: 'levels and a range', consistent: true, reason: 'Wind levels and a rainfall range, not figures to add or divide.', trap: 'levels and a range.' }),
    contradiction({ id: 'villages-flooded', quote: ['làm ngập 7/11 thôn'], stated: '7/11', expected: 'a count written X/Y', consistent: true, reason: 'Villages flooded out of the villages, written X/Y.', trap: 'a count written X/Y.' }),
    share({ id: 'houses-flooded', quote: ['có 1.412 nhà bị ngập, chiếm 30,4% tổng số nhà ở của xã', '4.652 hộ, 4.652 nhà ở'], x: '1.412', y: '4.652', stated: '30,4%', note: 'The base is in the sentence after.' }),
    // II
    contradiction({ id: 'duty-24-24', quote: ['tổ chức trực 24/24 giờ'], stated: '24/24 giờ', expected: 'round-the-clock duty', consistent: true, reason: 'A way of saying all day, not a ratio.', trap: 'a figure written X/Y that is no ratio.' }),
    sum({ id: 'force', quote: ['huy động 286 người tham gia ứng phó', 'dân quân 124 người, chiếm 43,4%, công an xã 38 người, đoàn viên thanh niên và lực lượng xung kích các thôn 124 người'], parts: ['124', '38', '124'], total: '286' }),
    share({ id: 'militia-share', quote: ['dân quân 124 người, chiếm 43,4%', 'huy động 286 người'], x: '124', y: '286', stated: '43,4%' }),
    share({ id: 'evacuated-share', quote: ['chiếm 22,3% dân số', 'sơ tán 1.236 hộ với 3.862 người', 'với 17.318 nhân khẩu'], x: '3.862', y: '17.318', stated: '22,3%' }),
    sum({ id: 'evacuated-households', quote: ['sơ tán 1.236 hộ với 3.862 người', '412 hộ/1.286 người', '824 hộ/2.567 người'], parts: ['412', '824'], total: '1.236' }),
    sum({ id: 'evacuated-people', quote: ['sơ tán 1.236 hộ với 3.862 người', '412 hộ/1.286 người', '824 hộ/2.567 người'], parts: ['1.286', '2.567'], total: '3.862', mistake: 'planted', original: 'sơ tán xen ghép tại nhà dân kiên cố 824 hộ/2.576 người', note: 'Class 4: the two kinds of evacuation add to 3.853 people, not 3.862; two digits of the second are swapped.' }),
    contradiction({ id: 'boats-none', quote: ['không có tàu thuyền bị chìm'], stated: 'không có tàu thuyền bị chìm', expected: 'a "none" about boats', consistent: true, reason: 'The "none" is about boats; the 46 boats are those anchored safely.', trap: 'a "none" beside a count of the same things (anchored, not sunk).' }),
    // III.1, IV: người
    contradiction({ id: 'injured-none', quote: ['sơ cứu kịp thời 03 người ở thôn Trung Sơn bị thương nhẹ do tôn bay', 'Không có người chết, mất tích, bị thương do bão, lũ trên địa bàn xã'], stated: '03 người bị thương', expected: '0 (section III.1 says nobody was killed, missing or injured by the storm)', consistent: false, reason: 'Three people were injured by flying roof sheets the night the storm came ashore, against section III.1\'s "none".', mistake: 'planted', original: 'Không có người chết, mất tích do bão, lũ trên địa bàn xã', note: 'Class 8: a count against a "none" statement.' }),
    // III.2 Nhà ở
    share({ id: 'houses-damaged-share', quote: ['có 864 nhà bị hư hại, chiếm 18,6% tổng số nhà ở', '4.652 hộ, 4.652 nhà ở'], x: '864', y: '4.652', stated: '18,6%' }),
    sum({ id: 'houses-by-level', quote: ['có 864 nhà bị hư hại, chiếm', 'sập đổ hoàn toàn 6 nhà, hư hỏng nặng (trên 70%) 38 nhà, hư hỏng một phần (tốc mái, vỡ tường) 820 nhà'], parts: ['6', '38', '820'], total: '864' }),
    contradiction({ id: 'heavy-threshold', quote: ['hư hỏng nặng (trên 70%) 38 nhà'], stated: 'trên 70%', expected: 'a threshold of a damage level', consistent: true, reason: 'The level of damage that defines the group, not a share of a figure.', trap: 'a threshold next to a count.' }),
    sum({ id: 't-collapsed', quote: ['sập đổ hoàn toàn 6 nhà'], parts: ['2', '1', '0', '3', '0', '0'], total: '6', note: 'The table\'s column against the text and its total row.' }),
    sum({ id: 't-heavy', quote: ['(trên 70%) 38 nhà'], parts: ['9', '7', '5', '11', '4', '2'], total: '38' }),
    sum({ id: 't-partly', quote: ['tường) 820 nhà. Chi tiết', '148', '126', '186', '118', '145'], parts: ['148', '126', '97', '186', '118', '145'], total: '820' }),
    sum({ id: 't-total', quote: ['có 864 nhà bị hư hại, chiếm', '159', '134', '102', 'Thôn Trung Sơn bị thiệt hại nặng nhất với 200 nhà', '122', '147'], parts: ['159', '134', '102', '200', '122', '147'], total: '864' }),
    sum({ id: 't-row-dong-hai', quote: ['159', '148'], parts: ['2', '9', '148'], total: '159' }),
    sum({ id: 't-row-tan-phong', quote: ['134', '126'], parts: ['1', '7', '126'], total: '134' }),
    sum({ id: 't-row-hai-ha', quote: ['102', 'Hải Hà'], parts: ['0', '5', '97'], total: '102' }),
    sum({ id: 't-row-trung-son', quote: ['Thôn Trung Sơn bị thiệt hại nặng nhất với 200 nhà', '186'], parts: ['3', '11', '186'], total: '200' }),
    sum({ id: 't-row-bac-son', quote: ['122', '118'], parts: ['0', '4', '118'], total: '122' }),
    sum({ id: 't-row-others', quote: ['147', '145'], parts: ['0', '2', '145'], total: '147' }),
    contradiction({ id: 'others-villages', quote: ['6 thôn còn lại'], stated: '6 thôn còn lại', expected: 'a row of 6 villages', consistent: true, reason: '5 villages named and 6 others are the 11 villages; the 6 is a count of villages in a row label, not a figure of the columns.', trap: 'a number in a row label.' }),
    repeat({ id: 'levels-text-table', quote: ['tường) 820 nhà. Chi tiết'], values: ['820', '820'], note: 'The text\'s three levels (6, 38, 820) repeat the table\'s total row.' }),
    repeat({ id: 'trung-son-text-table', quote: ['Thôn Trung Sơn bị thiệt hại nặng nhất với 200 nhà'], values: ['200', '200'] }),
    share({ id: 'trung-son-share', quote: ['chiếm 24,6% số nhà bị hư hại của xã', 'với 200 nhà', 'có 864 nhà bị hư hại, chiếm', 'toàn xã có 812 nhà bị hư hại'], x: '200', y: '864', stated: '24,6%', mistake: 'planted', original: 'chiếm 23,1% số nhà bị hư hại của xã', note: 'Class 3: the share is taken of the quick report\'s 812 houses cited in footnote 1 (200/812 = 24,63%); of today\'s 864 it is 23,15%.' }),
    cumulative({ id: 'houses-cumulative', quote: ['thiên tai làm hư hại 1.026 nhà ở', 'đến ngày 30/9/2026: 162 nhà', 'có 864 nhà bị hư hại, chiếm'], previous: '162', period: '864', stated: '1.026', note: 'The lũy kế to 30/9 in footnote 2.' }),
    // III.3 Nông nghiệp
    share({ id: 'rice-flooded-share', quote: ['286,4 ha lúa đang giai đoạn chín, chiếm 28,7%', 'gieo cấy 1.028,5 ha lúa'], x: '286,4', y: '1.028,5', stated: '28,7%', mistake: 'planted', original: 'chiếm 27,8%', note: 'Class 1: the base is in the sentence before; 286,4/1.028,5 = 27,85%, written with two digits swapped.' }),
    sum({ id: 'rice-by-level', quote: ['286,4 ha lúa đang giai đoạn chín', 'thiệt hại trên 70% (mất trắng) 124,6 ha và thiệt hại từ 30% đến 70% là 161,8 ha'], parts: ['124,6', '161,8'], total: '286,4' }),
    contradiction({ id: 'rice-levels', quote: ['thiệt hại từ 30% đến 70%'], stated: 'trên 70%; từ 30% đến 70%', expected: 'thresholds of damage levels', consistent: true, reason: 'Levels of loss that define the groups, not shares of the area.', trap: 'thresholds next to areas.' }),
    sum({ id: 'livestock', quote: ['cuốn trôi tổng cộng 8.746 con', 'trâu, bò 14 con, lợn 96 con, gia cầm 8.650 con'], parts: ['14', '96', '8.650'], total: '8.746', mistake: 'planted', original: 'cuốn trôi tổng cộng 8.760 con', note: 'Class 4: the three kinds after "gồm" add to 8.760 head; the total leaves out the 14 buffalo and cattle.' }),
    // III.4 Hạ tầng (no checkable relation beyond the restatements below)
    // III.5 Giá trị
    times({ id: 'damage-vs-2025', quote: ['gấp 3,2 lần trận lũ tháng 9/2025 (15,2 tỷ đồng)', 'ước tính 48,72 tỷ đồng'], x: '48,72', y: '15,2', stated: 'gấp 3,2 lần', note: '"gấp … lần" with the other event\'s damage in parentheses.' }),
    sum({ id: 'damage-by-sector', quote: ['ước tính 48,72 tỷ đồng', 'nhà ở 18,36 tỷ đồng', 'nông nghiệp 14,85 tỷ đồng', 'giao thông, thủy lợi 12,64 tỷ đồng', 'nhà văn hóa 2,87 tỷ đồng'], parts: ['18,36', '14,85', '12,64', '2,87'], total: '48,72' }),
    share({ id: 'housing-share', quote: ['nhà ở 18,36 tỷ đồng, chiếm 37,7%', 'ước tính 48,72 tỷ đồng'], x: '18,36', y: '48,72', stated: '37,7%' }),
    share({ id: 'farming-share', quote: ['nông nghiệp 14,85 tỷ đồng, chiếm 30,5%', 'ước tính 48,72 tỷ đồng'], x: '14,85', y: '48,72', stated: '30,5%' }),
    share({ id: 'roads-share', quote: ['thủy lợi 12,64 tỷ đồng, chiếm 25,9%', 'ước tính 48,72 tỷ đồng'], x: '12,64', y: '48,72', stated: '25,9%' }),
    share({ id: 'public-share', quote: ['nhà văn hóa 2,87 tỷ đồng, chiếm 5,9%', 'ước tính 48,72 tỷ đồng'], x: '2,87', y: '48,72', stated: '5,9%' }),
    sum({ id: 'damage-shares-100', quote: ['chiếm 37,7%', 'chiếm 30,5%', 'chiếm 25,9%', 'chiếm 5,9%'], parts: ['37,7', '30,5', '25,9', '5,9'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The four shares add to 100,0%.' }),
    change({ id: 'farming-vs-first-estimate', quote: ['tăng 7,9% so với ước tính ban đầu (13,67 tỷ đồng)', 'nông nghiệp 14,85 tỷ đồng'], x: '14,85', base: '13,67', stated: '7,9%', direction: 'tăng', mistake: 'planted', original: 'tăng 8,6% so với ước tính ban đầu', note: 'Class 1: the base in parentheses after the percent; the increase of 1,18 tỷ was divided by the new 14,85 (7,95%) instead of the first estimate 13,67 (8,63%).' }),
    cumulative({ id: 'damage-cumulative', quote: ['từ đầu năm 2026 là 64,81 tỷ đồng', 'đến ngày 30/9/2026: 15,46 tỷ đồng', 'ước tính 48,72 tỷ đồng'], previous: '15,46', period: '48,72', stated: '64,81', mistake: 'planted', original: 'từ đầu năm 2026 là 64,18 tỷ đồng', note: 'Class 6: the lũy kế to 30/9 in footnote 3 (15,46 tỷ) plus the storm\'s 48,72 tỷ is 64,18 tỷ.' }),
    // IV. Khắc phục
    ratio({ id: 'repaired', quote: ['sửa chữa xong 604 nhà, đạt 69% số nhà bị hư hại', 'có 864 nhà bị hư hại, chiếm'], x: '604', y: '864', stated: '69%', mistake: 'planted', original: 'đạt 70% số nhà bị hư hại', note: 'Class 7: 604/864 = 69,91%, which is 70% written whole; 69% truncates.' }),
    quotient({ id: 'rice-aid-per-household', quote: ['bình quân 15 kg/hộ', 'Tiếp nhận 12,5 tấn gạo', 'cấp phát cho 836 hộ bị thiệt hại'], x: '12.500', y: '836', stated: '15', trap: 'a per-household average (12,5 tấn in kg).' }),
    atLeast({ id: 'aid-households', quote: ['cấp phát cho 836 hộ bị thiệt hại', 'có 864 nhà bị hư hại, chiếm'], big: '864', small: '836', note: 'Households given rice are fewer than the houses damaged.' }),
    sum({ id: 'emergency-support', quote: ['tổng số tiền 1.000 triệu đồng', 'sập đổ 40 triệu đồng/nhà', 'hư hỏng nặng 20 triệu đồng/nhà', 'sập đổ hoàn toàn 6 nhà', '(trên 70%) 38 nhà'], parts: ['240', '760'], total: '1.000', labels: ['6 × 40', '38 × 20'], trap: 'amounts per house times the houses (6 × 40 triệu + 38 × 20 triệu).' }),
    ratio({ id: 'donations-distributed', quote: ['1,02 tỷ đồng, đạt 79,3%', 'tiếp nhận tiền ủng hộ của các tổ chức, cá nhân 1.286 triệu đồng'], x: '1,02 tỷ đồng', y: '1.286 triệu đồng', stated: '79,3%', note: 'The base in the sentence before and in another scale (triệu against tỷ).' }),
    difference({ id: 'donations-remaining', quote: ['số còn lại 266 triệu đồng', 'cá nhân 1.286 triệu đồng', 'bị thiệt hại 1,02 tỷ đồng'], a: '1.286 triệu đồng', b: '1,02 tỷ đồng', stated: '266 triệu đồng' }),
    quotient({ id: 'seed-per-ha', quote: ['tương ứng 30 kg/ha trên 286,4 ha', 'Đề nghị tỉnh hỗ trợ 8,6 tấn giống lúa'], x: '8.600', y: '286,4', stated: '30', trap: 'a rate per ha (8,6 tấn in kg).' }),
    repeat({ id: 'seed-area', quote: ['trên 286,4 ha. Khơi thông', '286,4 ha lúa đang giai đoạn chín'], values: ['286,4', '286,4'] }),
    repeat({ id: 'canals', quote: ['Khơi thông 2.450 m kênh mương', 'hư hỏng 2.450 m kênh mương'], values: ['2.450', '2.450'] }),
    repeat({ id: 'soil', quote: ['san gạt 12.600 m³ đất đá', 'khoảng 12.600 m³; hư hỏng'], values: ['12.600', '12.600'] }),
    // V. Đánh giá
    repeat({ id: 'summary-evacuated', quote: ['đã đưa 3.862 người đến nơi an toàn', 'sơ tán 1.236 hộ với 3.862 người'], values: ['3.862', '3.862'] }),
    repeat({ id: 'summary-repaired', quote: ['Đã sửa chữa xong 604 nhà', 'đã sửa chữa xong 604 nhà, đạt'], values: ['604', '604'] }),
    repeat({ id: 'summary-rice-aid', quote: ['cấp phát 12,5 tấn gạo cho 836 hộ', 'Tiếp nhận 12,5 tấn gạo'], values: ['12,5 tấn', '12,5 tấn'] }),
    share({ id: 'summary-housing-share', quote: ['giá trị thiệt hại về nhà ở chiếm 39,7% tổng giá trị thiệt hại', 'nhà ở 18,36 tỷ đồng', 'ước tính 48,72 tỷ đồng'], x: '18,36', y: '48,72', stated: '39,7%', mistake: 'planted', original: 'chiếm 37,7% tổng giá trị thiệt hại', note: 'Class 2: the share is in the summary, far from its base in section III.5, and disagrees with the body\'s 37,7% (18,36/48,72 = 37,68%).' }),
    repeat({ id: 'summary-lost-rice', quote: ['124,6 ha lúa mất trắng', '(mất trắng) 124,6 ha'], values: ['124,6', '124,6'] }),
    repeat({ id: 'summary-output-lost', quote: ['thiệt hại khoảng 632 tấn lúa', 'Ước thiệt hại sản lượng lúa 6.230 tạ'], values: ['6.230 tạ', '632 tấn'], kind: 'unit', mistake: 'planted', original: 'thiệt hại khoảng 623 tấn lúa', note: 'Class 5: the summary restates 6.230 tạ in tấn with two digits swapped (623 tấn).' }),
    difference({ id: 'not-repaired', quote: ['còn 260 nhà chưa được sửa chữa', 'có 864 nhà bị hư hại, chiếm', 'đã sửa chữa xong 604 nhà, đạt'], a: '864', b: '604', stated: '260' }),
    // VI. Kiến nghị
    repeat({ id: 'request-collapsed', quote: ['xây dựng lại 6 nhà sập đổ hoàn toàn', 'sập đổ hoàn toàn 6 nhà, hư hỏng'], values: ['6', '6'] }),
    repeat({ id: 'request-heavy', quote: ['sửa chữa 38 nhà hư hỏng nặng', '(trên 70%) 38 nhà'], values: ['38', '38'] }),
    repeat({ id: 'road-km-m', quote: ['3,8 km đường giao thông bị sạt lở (3.800 m)'], values: ['3,8 km', '3.800 m'], kind: 'unit' }),
    repeat({ id: 'road-km', quote: ['Sạt lở 3,8 km đường', 'khắc phục 3,8 km đường'], values: ['3,8 km', '3,8 km'] }),
  ],
});
