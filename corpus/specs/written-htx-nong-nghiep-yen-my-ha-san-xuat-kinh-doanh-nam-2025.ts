// Written for the corpus (batch I2): Hội đồng quản trị of Hợp tác xã Nông nghiệp dịch vụ tổng hợp Yên Mỹ
// Hạ (xã Yên Mỹ Hạ, tỉnh Hưng Yên; the cooperative and the commune are invented), the year 2025 for the
// members' annual meeting: members as a stock and flow from a footnote, overlapping groups, members using
// the services (whole percent), charter capital per member, workers and the wage fund (per worker and
// month), irrigation (ha × 2 crops, the commune's area, km and m, m³), mechanisation against the rice
// area, fertiliser against 2024 in the sentence before, rice bought ("tăng … %" with the base in
// parentheses, a price premium per kg), revenue against the plan and 2024 (tỷ against triệu), a table of
// revenue, cost and profit by line of business with a share column (rows and columns that add), profit
// against 2024 in a footnote, tax and profit after tax, assets and sources in tỷ with shares, members'
// debts against the start of the year, the distribution of profit by fund with percents in parentheses,
// the members' share by use and by capital, the dividend rate on capital, the lũy kế of dividends from a
// footnote; summary restating figures; the 2026 plan against 2025.
import { atLeast, change, contradiction, cumulative, difference, product, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-htx-nong-nghiep-yen-my-ha-san-xuat-kinh-doanh-nam-2025.md',
  prefix: 'ymh',
  claims: [
    // I. Thành viên, vốn, lao động
    difference({ id: 'members-vs-new-year', quote: ['tăng 18 thành viên so với đầu năm', 'Hợp tác xã có 412 thành viên', 'Số thành viên đến ngày 31/12/2024: 394 thành viên'], a: '412', b: '394', stated: '18', note: 'The end of 2024 in footnote 1.' }),
    difference({ id: 'members-flow', quote: ['tăng 18 thành viên so với đầu năm', 'kết nạp mới 26 thành viên, giảm 8 thành viên'], a: '26', b: '8', stated: '18' }),
    contradiction({ id: 'leavers-none', quote: ['giảm 8 thành viên do ra khỏi Hợp tác xã', 'trong năm không có trường hợp thành viên ra khỏi Hợp tác xã'], stated: '8 thành viên ra khỏi Hợp tác xã', expected: '0 (the summary says no member left the cooperative in the year)', consistent: false, reason: 'Section I counts 8 members who left the cooperative; the summary says none did.', mistake: 'planted', original: 'trong năm không có thành viên vi phạm Điều lệ bị khai trừ', note: 'Class 8: a count against a "none" statement.' }),
    atLeast({ id: 'women-poor-overlap', quote: ['có 126 thành viên nữ và 38 thành viên thuộc hộ nghèo, hộ cận nghèo', 'Hợp tác xã có 412 thành viên'], big: '412', small: '126 + 38', trap: 'overlapping groups after "Trong tổng số": no sum to the total.' }),
    share({ id: 'regular-users', quote: ['là 379 người, chiếm 91%', 'Hợp tác xã có 412 thành viên'], x: '379', y: '412', stated: '91%', mistake: 'planted', original: 'là 379 người, chiếm 92%', note: 'Class 7: 379/412 = 91,99%, which is 92% written whole; 91% truncates.' }),
    product({ id: 'charter-capital', quote: ['Vốn điều lệ của Hợp tác xã là 2.060 triệu đồng', 'mỗi thành viên góp 5 triệu đồng', 'Hợp tác xã có 412 thành viên'], x: '412', y: '5', stated: '2.060', trap: 'a contribution per member times the members.' }),
    product({ id: 'charter-capital-2024', quote: ['vốn góp 1.970 triệu đồng', '394 thành viên, vốn góp', 'mỗi thành viên góp 5 triệu đồng'], x: '394', y: '5', stated: '1.970', trap: 'the previous year\'s capital in a footnote, per member times members.' }),
    contradiction({ id: 'workers-2024', quote: ['24 lao động thường xuyên (năm 2024: 21 lao động)'], stated: '24; năm 2024: 21', expected: 'another year in parentheses', consistent: true, reason: 'The 2024 workforce in parentheses; not a part of the 24.', trap: 'a figure of another period in parentheses.' }),
    product({ id: 'wage-fund', quote: ['tổng quỹ tiền lương năm 2025 là 2.073,6 triệu đồng', 'thu nhập bình quân 7,2 triệu đồng/người/tháng', 'Hợp tác xã có 24 lao động thường xuyên'], x: '24', y: '7,2', factor: '12', stated: '2.073,6', trap: 'an income per worker and month times workers and 12 months.' }),
    // II.1 Dịch vụ
    product({ id: 'irrigated-crops', quote: ['tương ứng 973 ha gieo trồng của 2 vụ lúa', 'cho 486,5 ha đất canh tác'], x: '486,5', y: '2', stated: '973', trap: 'an area times two crops.' }),
    ratio({ id: 'irrigated-share', quote: ['diện tích tưới chủ động đạt 95% diện tích canh tác của xã (512 ha)', 'cho 486,5 ha đất canh tác'], x: '486,5', y: '512', stated: '95%' }),
    repeat({ id: 'dredged-m-km', quote: ['Nạo vét 6.200 m kênh (6,2 km)'], values: ['6.200 m', '6,2 km'], kind: 'unit' }),
    atLeast({ id: 'dredged-within-canals', quote: ['quản lý 18,6 km kênh mương nội đồng', 'Nạo vét 6.200 m kênh'], big: '18,6 km', small: '6.200 m' }),
    ratio({ id: 'harvest-mechanised', quote: ['cơ giới hóa khâu thu hoạch đạt 56,3% diện tích gieo trồng lúa cả năm', 'thu hoạch 548 ha lúa', 'tương ứng 973 ha gieo trồng của 2 vụ lúa'], x: '548', y: '973', stated: '56,3%' }),
    change({ id: 'fertiliser-vs-2024', quote: ['Năm 2025 cung ứng 286 tấn phân bón, tăng 11,9%', 'năm 2024, Hợp tác xã cung ứng 252 tấn phân bón'], x: '286', base: '252', stated: '11,9%', direction: 'tăng', mistake: 'planted', original: 'tăng 13,5%', note: 'Class 1: the base is in the sentence before; the increase of 34 tấn was divided by the new 286 (11,89%) instead of 2024\'s 252 (13,49%).' }),
    change({ id: 'rice-bought', quote: ['tăng 18,6% so với năm 2024 (1.560 tấn)', 'thu mua 1.850 tấn lúa'], x: '1.850', base: '1.560', stated: '18,6%', direction: 'tăng' }),
    product({ id: 'price-premium', quote: ['tạo thêm cho thành viên 555 triệu đồng', 'cao hơn giá thị trường 300 đồng/kg', 'thu mua 1.850 tấn lúa'], x: '1.850', y: '300', factor: '0,001', stated: '555', trap: 'a premium per kg times an output in tấn (× 1.000 kg, ÷ 10⁶ for triệu).' }),
    // II.2 Doanh thu, chi phí, lợi nhuận
    ratio({ id: 'revenue-plan', quote: ['đạt 105,3% kế hoạch Đại hội thành viên giao (12 tỷ đồng)', 'Tổng doanh thu năm 2025 đạt 12,63 tỷ đồng'], x: '12,63', y: '12', stated: '105,3%' }),
    change({ id: 'revenue-vs-2024', quote: ['tăng 12,4% so với năm 2024 (11.060 triệu đồng)', 'Tổng doanh thu năm 2025 đạt 12,63 tỷ đồng'], x: '12,63 tỷ đồng', base: '11.060 triệu đồng', stated: '12,4%', direction: 'tăng', mistake: 'planted', original: 'tăng 14,2% so với năm 2024', note: 'Class 1: the base in parentheses after the percent and in another scale (triệu against tỷ); 12.630/11.060 is an increase of 14,20%, written with two digits swapped.' }),
    repeat({ id: 't-revenue-text', quote: ['Tổng doanh thu năm 2025 đạt 12,63 tỷ đồng', '12.630'], values: ['12,63 tỷ đồng', '12.630 triệu đồng'], kind: 'unit' }),
    sum({ id: 't-revenue', quote: ['12.630', '1.284', '2.136', '4.862', '3.930', 'Dịch vụ khác'], parts: ['1.284', '2.136', '4.862', '3.930', '418'], total: '12.630' }),
    sum({ id: 't-cost', quote: ['Tổng chi phí 11.540 triệu đồng', '1.156', '1.853', '4.518', '3.652', '361'], parts: ['1.156', '1.853', '4.518', '3.652', '361'], total: '11.540' }),
    sum({ id: 't-profit', quote: ['Lợi nhuận trước thuế 1.090 triệu đồng, tăng', '128', '283', '344', '278'], parts: ['128', '283', '344', '278', '57'], total: '1.090' }),
    difference({ id: 't-total-profit', quote: ['Lợi nhuận trước thuế 1.090 triệu đồng, tăng', '12.630', 'Tổng chi phí 11.540 triệu đồng'], a: '12.630', b: '11.540', stated: '1.090' }),
    difference({ id: 't-row-irrigation', quote: ['128', '1.284', '1.156'], a: '1.284', b: '1.156', stated: '128' }),
    difference({ id: 't-row-machines', quote: ['283', '2.136', '1.853'], a: '2.136', b: '1.853', stated: '283' }),
    difference({ id: 't-row-inputs', quote: ['344', '4.862', '4.518'], a: '4.862', b: '4.518', stated: '344' }),
    difference({ id: 't-row-rice', quote: ['278', '3.930', '3.652'], a: '3.930', b: '3.652', stated: '278' }),
    difference({ id: 't-row-other', quote: ['57', 'Dịch vụ khác', '361'], a: '418', b: '361', stated: '57' }),
    share({ id: 't-share-irrigation', quote: ['10,2', '1.284'], x: '1.284', y: '12.630', stated: '10,2' }),
    share({ id: 't-share-machines', quote: ['16,9', '2.136'], x: '2.136', y: '12.630', stated: '16,9' }),
    share({ id: 't-share-inputs', quote: ['38,5', '4.862'], x: '4.862', y: '12.630', stated: '38,5' }),
    share({ id: 't-share-rice', quote: ['31,1', '3.930'], x: '3.930', y: '12.630', stated: '31,1' }),
    share({ id: 't-share-other', quote: ['3,3', 'Dịch vụ khác'], x: '418', y: '12.630', stated: '3,3' }),
    sum({ id: 't-shares-100', quote: ['10,2', '16,9', '38,5', '31,1', '3,3'], parts: ['10,2', '16,9', '38,5', '31,1', '3,3'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The rounded shares add to 100,0%.' }),
    repeat({ id: 'rice-revenue-text-table', quote: ['đã đạt doanh thu 3.390 triệu đồng', '3.930'], values: ['3.930', '3.390'], mistake: 'planted', original: 'đã đạt doanh thu 3.930 triệu đồng', note: 'Class 5: the text repeats the table\'s 3.930 triệu of rice sales with two digits swapped.' }),
    ratio({ id: 'cost-of-revenue', quote: ['bằng 91,4% tổng doanh thu', 'Tổng chi phí 11.540 triệu đồng', 'Tổng doanh thu năm 2025 đạt 12,63 tỷ đồng'], x: '11.540 triệu đồng', y: '12,63 tỷ đồng', stated: '91,4%' }),
    change({ id: 'profit-vs-2024', quote: ['tăng 26,5% so với năm 2024', 'Lợi nhuận trước thuế 1.090 triệu đồng, tăng', 'Lợi nhuận trước thuế năm 2024: 862 triệu đồng'], x: '1.090', base: '862', stated: '26,5%', direction: 'tăng', note: 'The base in a cited footnote.' }),
    difference({ id: 'profit-after-tax', quote: ['lợi nhuận sau thuế còn 980 triệu đồng', 'Lợi nhuận trước thuế 1.090 triệu đồng, tăng', 'thuế thu nhập doanh nghiệp 110 triệu đồng'], a: '1.090', b: '110', stated: '980' }),
    // II.3 Tài sản, nguồn vốn
    atLeast({ id: 'fixed-assets', quote: ['Tổng tài sản của Hợp tác xã đến ngày 31/12/2025 là 8,46 tỷ đồng', 'trạm bơm, kho chứa) 5,38 tỷ đồng'], big: '8,46', small: '5,38' }),
    repeat({ id: 'assets-sources', quote: ['Tổng nguồn vốn 8,46 tỷ đồng', 'là 8,46 tỷ đồng; trong đó'], values: ['8,46', '8,46'], note: 'Assets equal sources.' }),
    sum({ id: 'sources', quote: ['Tổng nguồn vốn 8,46 tỷ đồng', 'vốn chủ sở hữu 5,12 tỷ đồng', 'nợ phải trả 3,43 tỷ đồng'], parts: ['5,12', '3,43'], total: '8,46', mistake: 'planted', original: 'nợ phải trả 3,34 tỷ đồng', note: 'Class 4: equity and liabilities after "gồm" add to 8,55 tỷ, not 8,46; two digits of the liabilities are swapped.' }),
    share({ id: 'equity-share', quote: ['vốn chủ sở hữu 5,12 tỷ đồng, chiếm 60,5%', 'Tổng nguồn vốn 8,46 tỷ đồng'], x: '5,12', y: '8,46', stated: '60,5%' }),
    difference({ id: 'receivables-growth', quote: ['tăng 138 triệu đồng so với đầu năm', 'Công nợ phải thu của thành viên 642 triệu đồng', 'đến ngày 31/12/2024: 504 triệu đồng'], a: '642', b: '504', stated: '138', note: 'The start of the year in footnote 3.' }),
    share({ id: 'bad-debts', quote: ['nợ khó đòi 48 triệu đồng, chiếm 7,5%', 'Công nợ phải thu của thành viên 642 triệu đồng'], x: '48', y: '642', stated: '7,5%' }),
    contradiction({ id: 'no-overdue-bank', quote: ['Hợp tác xã không có nợ quá hạn tại các tổ chức tín dụng'], stated: 'không có nợ quá hạn tại các tổ chức tín dụng', expected: 'a "none" about another subject', consistent: true, reason: 'The cooperative owes no overdue debt to banks; the 48 triệu of bad debts are owed to it by members.', trap: 'a "none" about another subject beside a count.' }),
    // II.4 Phân phối
    sum({ id: 'distribution', quote: ['lợi nhuận sau thuế 980 triệu đồng được phân phối', 'Quỹ đầu tư phát triển 294 triệu đồng', 'Quỹ dự phòng tài chính 49 triệu đồng', 'phúc lợi 98 triệu đồng', 'chia cho thành viên 539 triệu đồng (55%)'], parts: ['294', '49', '98', '539'], total: '980' }),
    share({ id: 'dist-investment', quote: ['294 triệu đồng (30%)', 'lợi nhuận sau thuế 980 triệu đồng được phân phối'], x: '294', y: '980', stated: '30%' }),
    share({ id: 'dist-reserve', quote: ['49 triệu đồng (5%)', 'lợi nhuận sau thuế 980 triệu đồng được phân phối'], x: '49', y: '980', stated: '5%' }),
    share({ id: 'dist-welfare', quote: ['98 triệu đồng (10%)', 'lợi nhuận sau thuế 980 triệu đồng được phân phối'], x: '98', y: '980', stated: '10%' }),
    share({ id: 'dist-members', quote: ['539 triệu đồng (55%)', 'lợi nhuận sau thuế 980 triệu đồng được phân phối'], x: '539', y: '980', stated: '55%' }),
    sum({ id: 'members-share-split', quote: ['chia cho thành viên 539 triệu đồng (55%)', 'dịch vụ 377,3 triệu đồng (70%) và chia theo vốn góp 161,7 triệu đồng (30%)'], parts: ['377,3', '161,7'], total: '539' }),
    share({ id: 'by-use-share', quote: ['377,3 triệu đồng (70%)', 'chia cho thành viên 539 triệu đồng (55%)'], x: '377,3', y: '539', stated: '70%' }),
    share({ id: 'by-capital-share', quote: ['161,7 triệu đồng (30%)', 'chia cho thành viên 539 triệu đồng (55%)'], x: '161,7', y: '539', stated: '30%' }),
    ratio({ id: 'dividend-rate', quote: ['tỷ lệ chia lãi trên vốn góp 8,2%/năm', '161,7 triệu đồng (30%)', 'Vốn điều lệ của Hợp tác xã là 2.060 triệu đồng', 'vốn góp 1.970 triệu đồng'], x: '161,7', y: '2.060', stated: '8,2%', mistake: 'planted', original: 'tỷ lệ chia lãi trên vốn góp 7,8%/năm', note: 'Class 3: the rate is taken of the capital at the end of 2024 in footnote 1 (161,7/1.970 = 8,21%); of the 2.060 triệu at the end of 2025 it is 7,85%.' }),
    cumulative({ id: 'dividends-cumulative', quote: ['đã chia lãi cho thành viên 3.297 triệu đồng', 'Lũy kế chia lãi cho thành viên đến hết năm 2024: 2.317 triệu đồng', 'chia cho thành viên 539 triệu đồng (55%)'], previous: '2.317', period: '539', stated: '3.297', mistake: 'planted', original: 'đã chia lãi cho thành viên 2.856 triệu đồng', note: 'Class 6: the lũy kế to the end of 2024 in footnote 4 (2.317) plus 2025\'s 539 triệu is 2.856; 3.297 adds the whole profit after tax (980) instead of the members\' part.' }),
    // III. Đánh giá
    repeat({ id: 'summary-revenue', quote: ['tổng doanh thu đạt 12,63 tỷ đồng; lợi nhuận', 'Tổng doanh thu năm 2025 đạt 12,63 tỷ đồng'], values: ['12,63 tỷ đồng', '12,63 tỷ đồng'] }),
    repeat({ id: 'summary-profit', quote: ['lợi nhuận trước thuế 1.090 triệu đồng, tỷ suất', 'Lợi nhuận trước thuế 1.090 triệu đồng, tăng'], values: ['1.090', '1.090'] }),
    ratio({ id: 'summary-margin', quote: ['tỷ suất lợi nhuận trước thuế trên doanh thu đạt 8,6%', 'lợi nhuận trước thuế 1.090 triệu đồng, tỷ suất', 'tổng doanh thu đạt 12,63 tỷ đồng; lợi nhuận'], x: '1.090 triệu đồng', y: '12,63 tỷ đồng', stated: '8,6%' }),
    repeat({ id: 'summary-dividends', quote: ['chia lãi cho thành viên 0,59 tỷ đồng', 'chia cho thành viên 539 triệu đồng (55%)'], values: ['539 triệu đồng', '0,59 tỷ đồng'], kind: 'unit', mistake: 'planted', original: 'chia lãi cho thành viên 0,54 tỷ đồng', note: 'Class 5: the summary restates 539 triệu in tỷ as 0,59; it is 0,54 tỷ.' }),
    contradiction({ id: 'rank', quote: ['đứng thứ 2/14 hợp tác xã nông nghiệp của xã'], stated: '2/14', expected: 'a rank', consistent: true, reason: 'A rank written X/Y.', trap: 'a rank written X/Y.' }),
    share({ id: 'summary-inputs-share', quote: ['lĩnh vực này chiếm 36,5% tổng doanh thu', '4.862', 'Tổng doanh thu năm 2025 đạt 12,63 tỷ đồng'], x: '4.862 triệu đồng', y: '12,63 tỷ đồng', stated: '36,5%', mistake: 'planted', original: 'lĩnh vực này chiếm 38,5% tổng doanh thu', note: 'Class 2: the share is in the summary, far from the table it comes from (4.862/12.630 = 38,50%, as the table\'s column says).' }),
    repeat({ id: 'summary-bad-debts', quote: ['còn 48 triệu đồng nợ khó đòi', 'nợ khó đòi 48 triệu đồng, chiếm'], values: ['48', '48'] }),
    difference({ id: 'irregular-users', quote: ['Còn 33 thành viên chưa sử dụng thường xuyên', 'Hợp tác xã có 412 thành viên', 'là 379 người, chiếm'], a: '412', b: '379', stated: '33' }),
    // IV. Kế hoạch 2026
    change({ id: 'plan-revenue', quote: ['tăng 6,9% so với năm 2025', 'Phấn đấu tổng doanh thu 13,5 tỷ đồng', 'Tổng doanh thu năm 2025 đạt 12,63 tỷ đồng'], x: '13,5', base: '12,63', stated: '6,9%', direction: 'tăng' }),
    ratio({ id: 'plan-profit', quote: ['bằng 105,5% năm 2025', 'lợi nhuận trước thuế 1,15 tỷ đồng', 'Lợi nhuận trước thuế 1.090 triệu đồng, tăng'], x: '1,15 tỷ đồng', y: '1.090 triệu đồng', stated: '105,5%' }),
    sum({ id: 'plan-members', quote: ['nâng tổng số thành viên lên 432 người', 'Kết nạp mới 20 thành viên', 'Hợp tác xã có 412 thành viên'], parts: ['412', '20'], total: '432' }),
    contradiction({ id: 'mechanisation-target', quote: ['nâng tỷ lệ cơ giới hóa khâu thu hoạch lên trên 65%'], stated: 'trên 65%', expected: 'a target', consistent: true, reason: 'The 2026 target beside the 56,3% reached.', trap: 'a target next to a rate.' }),
  ],
});
