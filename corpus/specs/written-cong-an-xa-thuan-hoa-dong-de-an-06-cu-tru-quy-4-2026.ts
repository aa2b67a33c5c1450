// Written for the corpus, blind: Công an xã Thuận Hòa Đông (tỉnh An Giang after the 2025 merger; the commune and
// its ấp are invented) to the provincial police's Phòng Cảnh sát QLHC về TTXH and the commune's Đảng ủy and UBND,
// the report on Đề án 06 and residence management for quarter IV (15/9 - 14/12/2026) and the year 2026, in parts
// I - IV: households and people (permanent and temporary residents as parts, people per household, those aged 14
// and over as a subset), the change against the end of 2025 from a footnote, a merger resolution's number and a Km
// marker; talks at 6/6 ấp (100%) with people per session; ID applications by kind, cards returned with the change
// against quarter III, a "trong đó" subset of children, the remainder waiting, the year's cards as a lũy kế from
// the nine months' footnote, card holders aged 14 and over X/Y and the children as a difference, fees as count ×
// rate, a "none" of lost records; VNeID accounts of the quarter by level, the lũy kế of both from a footnote, the
// level-2 share, the province's target in the sentence before the percent of it, a minimum beside the rate per
// person aged 14+, a same-named rate of 2025, an ấp's accounts in the text against the table, a table of six ấp
// (people, ID holders, level-2 accounts, rate, total row); residence records of the quarter after "gồm", the
// online subset (its percent only in the summary), the year's records from the nine months' footnote, against
// 2025, and its parts after "gồm"; stay notifications X (percent) and 27/40 (68%, half-up from 67,5); data
// cleaning X/Y with a whole percent, remainders, corrections X (percent), a "none" of data leaks; online services
// against quarter III and as a share of all records, bare shares by field; cashless social payments against a
// minimum, in percentage points, and across scales (triệu of tỷ); fees of the quarter with parts in "triệu …
// nghìn", the year's lũy kế from a footnote and its percent of a plan given in tỷ in the footnote; violations by
// kind, fines, fine per case, lũy kế from a footnote, the fall against 2025; letters by kind, settled X/Y, a
// "none" of denunciations; a summary restating figures (some in tỷ), a "none" of ID complaints against a counted
// complaint, weaknesses with remainders, and the targets of quarter I of 2027.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-cong-an-xa-thuan-hoa-dong-de-an-06-cu-tru-quy-4-2026.md',
  prefix: 'thd',
  claims: [
    contradiction({ id: 'documents', quote: ['Quyết định số 06/QĐ-TTg ngày 06/01/2022', 'Kế hoạch số 215/KH-CAT-PC06 ngày 20/01/2026', 'Số: 412/BC-CAX', 'Thông tư số 73/2024/TT-BTC', 'Báo cáo số 455/BC-CAX ngày 18/12/2025', 'Báo cáo số 318/BC-CAX ngày 16/9/2026'], stated: '06', expected: 'documents', consistent: true, reason: 'The numbers and dates of a decision, a plan, a circular and the commune police\'s reports; "2022 - 2025" and "2030" are the scheme\'s periods.', trap: 'numbers in documents\' names.' }),
    contradiction({ id: 'dates', quote: ['(số liệu từ ngày 15/9/2026 đến ngày 14/12/2026)', 'Ngày 05/11/2026, Ủy ban nhân dân xã tổ chức hội nghị', 'Luật Căn cước năm 2023, Luật Cư trú năm 2020'], stated: '15/9/2026', expected: 'dates', consistent: true, reason: 'The reporting period, a meeting\'s date and the years of two laws; "23 thành viên" and "6 Tổ" are sizes.', trap: 'numbers in dates and laws\' names.' }),
    // I.1
    contradiction({ id: 'resolution-km', quote: ['Nghị quyết số 1654/NQ-UBTVQH15 ngày 16/6/2025', 'Km 27+400 Quốc lộ 91'], stated: '1654', expected: 'a document and an address', consistent: true, reason: 'A resolution\'s number and a Km marker of a national road.', trap: 'numbers in a document\'s name and a Km marker.' }),
    sum({ id: 'residents-parts', quote: ['24.836 nhân khẩu, gồm 23.954 người đăng ký thường trú và 882 người đăng ký tạm trú'], parts: ['23.954', '882'], total: '24.836' }),
    quotient({ id: 'per-household', quote: ['bình quân 3,59 nhân khẩu/hộ', 'có 6.912 hộ với 24.836 nhân khẩu'], x: '24.836', y: '6.912', stated: '3,59', trap: 'people per household, a quotient, not a percent.' }),
    atLeast({ id: 'aged-14', quote: ['có 19.870 người từ đủ 14 tuổi trở lên', 'có 6.912 hộ với 24.836 nhân khẩu'], big: '24.836', small: '19.870', trap: 'a subset of the population, not a part of a breakdown.' }),
    difference({ id: 'households-change', quote: ['số hộ tăng 108 hộ', 'có 6.912 hộ với 24.836 nhân khẩu', 'toàn xã có 6.804 hộ'], a: '6.912', b: '6.804', stated: '108', trap: 'an increase in households, the base in footnote 1.' }),
    change({ id: 'residents-change', quote: ['số nhân khẩu tăng 1,3%', 'có 6.912 hộ với 24.836 nhân khẩu', '6.804 hộ với 24.517 nhân khẩu'], x: '24.836', base: '24.517', stated: '1,3%', direction: 'tăng', note: 'The base is only in footnote 1.' }),
    // I.2
    ratio({ id: 'talks-ap', quote: ['tại 6/6 ấp (100%)'], x: '6', y: '6', stated: '100%', trap: '"100%" of X/X.' }),
    quotient({ id: 'per-session', quote: ['bình quân 133 lượt người/buổi', 'tổ chức 14 buổi tuyên truyền', 'thu hút 1.860 lượt người tham dự'], x: '1.860', y: '14', stated: '133', trap: 'people per session (132,86 written whole).' }),
    // II.1
    sum({ id: 'id-applications', quote: ['tiếp nhận 812 hồ sơ đề nghị cấp căn cước (cấp mới 297 hồ sơ, cấp đổi 386 hồ sơ, cấp lại 129 hồ sơ)'], parts: ['297', '386', '129'], total: '812' }),
    change({ id: 'cards-vs-q3', quote: ['tăng 18,6% so với quý III (634 thẻ)', 'Đã trả cho công dân 752 thẻ căn cước'], x: '752', base: '634', stated: '18,6%', direction: 'tăng' }),
    atLeast({ id: 'cards-children', quote: ['có 163 thẻ cấp cho trẻ em dưới 14 tuổi', 'Đã trả cho công dân 752 thẻ căn cước'], big: '752', small: '163', trap: 'a "trong đó" subset that is not a breakdown.' }),
    difference({ id: 'cards-waiting', quote: ['còn 60 hồ sơ đang chờ Trung tâm Dữ liệu', 'tiếp nhận 812 hồ sơ đề nghị cấp căn cước', 'Đã trả cho công dân 752 thẻ căn cước'], a: '812', b: '752', stated: '60', trap: 'a remainder: applications less cards returned.' }),
    cumulative({ id: 'cards-year', quote: ['Năm 2026, Công an xã đã trả 3.127 thẻ căn cước', 'đã trả 2.385 thẻ căn cước', 'Đã trả cho công dân 752 thẻ căn cước'], previous: '2.385', period: '752', stated: '3.127', mistake: 'planted', original: 'Năm 2026, Công an xã đã trả 3.137 thẻ căn cước', note: 'Class 6: footnote 2\'s 2.385 cards of nine months plus the quarter\'s 752 is 3.137; the year says 3.127 (and the summary copies it).' }),
    ratio({ id: 'holders-14', quote: ['19.486/19.870 người (98,1%)'], x: '19.486', y: '19.870', stated: '98,1%', trap: 'the percent in parentheses belongs to the X/Y beside it.' }),
    difference({ id: 'holders-children', quote: ['trẻ em dưới 14 tuổi 1.006 người', 'toàn xã có 20.492 người được cấp căn cước', '19.486/19.870 người'], a: '20.492', b: '19.486', stated: '1.006' }),
    repeat({ id: 'holders-table', quote: ['toàn xã có 20.492 người được cấp căn cước', '| Toàn xã | 24.836 | 20.492 | 16.058 | 64,7 |'], values: ['20.492', '20.492'] }),
    product({ id: 'fee-renewal', quote: ['312 trường hợp cấp đổi là 15,6 triệu đồng', '(mức 50 nghìn đồng/thẻ)'], x: '312', y: '50', factor: '0,001', stated: '15,6 triệu đồng', trap: 'count × rate in nghìn đồng, written in triệu.' }),
    product({ id: 'fee-reissue', quote: ['72 trường hợp cấp lại là 5,04 triệu đồng', '(mức 70 nghìn đồng/thẻ)'], x: '72', y: '70', factor: '0,001', stated: '5,04 triệu đồng', trap: 'count × rate in nghìn đồng, written in triệu.' }),
    contradiction({ id: 'none-lost-q4', quote: ['Trong quý không có trường hợp mất, thất lạc hồ sơ, thẻ căn cước'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts a lost record or card; the 60 waiting are pending, not lost.', trap: 'a "none" with nothing against it.' }),
    // II.2
    sum({ id: 'accounts-q4', quote: ['kích hoạt 1.238 tài khoản định danh điện tử (mức 1: 317 tài khoản, mức 2: 921 tài khoản)'], parts: ['317', '921'], total: '1.238' }),
    cumulative({ id: 'accounts-total', quote: ['toàn xã có 18.214 tài khoản định danh điện tử', 'có 16.976 tài khoản định danh điện tử', 'kích hoạt 1.238 tài khoản định danh điện tử'], previous: '16.976', period: '1.238', stated: '18.214', note: 'The nine months are only in footnote 3.' }),
    cumulative({ id: 'accounts-level2', quote: ['trong đó mức 2 là 16.058 tài khoản', 'mức 2 là 15.137 tài khoản', 'mức 2: 921 tài khoản'], previous: '15.137', period: '921', stated: '16.058' }),
    share({ id: 'level2-share', quote: ['chiếm 88,2%', 'toàn xã có 18.214 tài khoản định danh điện tử', 'trong đó mức 2 là 16.058 tài khoản'], x: '16.058', y: '18.214', stated: '88,2%' }),
    ratio({ id: 'level2-target', quote: ['xã đạt 97,9% chỉ tiêu', 'trong đó mức 2 là 16.058 tài khoản', 'là 16.500 tài khoản định danh điện tử mức 2'], x: '16.058', y: '16.500', stated: '97,9%', mistake: 'planted', original: 'xã đạt 97,3% chỉ tiêu', note: 'Class 1: the target is in the sentence before; 16.058 of 16.500 is 97,3%; 97,9% divides by 16.400.' }),
    ratio({ id: 'level2-aged14', quote: ['đạt 80,8% (chỉ tiêu tối thiểu 80%)', 'trong đó mức 2 là 16.058 tài khoản', 'có 19.870 người từ đủ 14 tuổi trở lên'], x: '16.058', y: '19.870', stated: '80,8%', note: 'The base is in part I.1.' }),
    contradiction({ id: 'level2-min', quote: ['(chỉ tiêu tối thiểu 80%)'], stated: 'tối thiểu 80%', expected: 'a threshold', consistent: true, reason: 'The province\'s minimum beside the 80,8% reached.', trap: 'a threshold next to a rate.' }),
    contradiction({ id: 'level2-2025', quote: ['cùng kỳ năm 2025 tỷ lệ này chỉ đạt 71,6%'], stated: '71,6%', expected: 'another period', consistent: true, reason: 'The same rate a year earlier, with no base in the report.', trap: 'a same-named indicator of another period.' }),
    repeat({ id: 'thuan-phat-accounts', quote: ['Ấp Thuận Phát đạt kết quả cao nhất với 3.421 tài khoản mức 2', '| Thuận Phát | 5.120 | 4.215 | 3.412 | 66,6 |'], values: ['3.412', '3.421'], mistake: 'planted', original: 'Ấp Thuận Phát đạt kết quả cao nhất với 3.412 tài khoản mức 2', note: 'Class 5: the text gives Thuận Phát 3.421 level-2 accounts, the table (whose column adds to 16.058) 3.412; two digits swapped.' }),
    repeat({ id: 'kenh-xang-rate', quote: ['ấp Kênh Xáng còn thấp (61,5% nhân khẩu)', '| Kênh Xáng | 3.315 | 2.716 | 2.038 | 61,5 |'], values: ['61,5', '61,5'], trap: 'a table rate restated in the text, agreeing.' }),
    ratio({ id: 't-hoa-thanh', quote: ['| Hòa Thạnh | 4.718 | 3.902 | 3.087 | 65,4 |'], x: '3.087', y: '4.718', stated: '65,4' }),
    ratio({ id: 't-hoa-loi', quote: ['| Hòa Lợi | 3.965 | 3.287 | 2.536 | 64,0 |'], x: '2.536', y: '3.965', stated: '64,0' }),
    ratio({ id: 't-thuan-phat', quote: ['| Thuận Phát | 5.120 | 4.215 | 3.412 | 66,6 |'], x: '3.412', y: '5.120', stated: '66,6' }),
    ratio({ id: 't-tan-dong', quote: ['| Tân Đông | 3.482 | 2.874 | 2.204 | 63,3 |'], x: '2.204', y: '3.482', stated: '63,3' }),
    ratio({ id: 't-dong-an', quote: ['| Đông An | 4.236 | 3.498 | 2.781 | 65,7 |'], x: '2.781', y: '4.236', stated: '65,7' }),
    ratio({ id: 't-kenh-xang', quote: ['| Kênh Xáng | 3.315 | 2.716 | 2.038 | 61,5 |'], x: '2.038', y: '3.315', stated: '61,5' }),
    sum({ id: 't-people', quote: ['| Toàn xã | 24.836 | 20.492 | 16.058 | 64,7 |'], parts: ['4.718', '3.965', '5.120', '3.482', '4.236', '3.315'], total: '24.836', kind: 'cross_total' }),
    sum({ id: 't-holders', quote: ['| Toàn xã | 24.836 | 20.492 | 16.058 | 64,7 |'], parts: ['3.902', '3.287', '4.215', '2.874', '3.498', '2.716'], total: '20.492', kind: 'cross_total' }),
    sum({ id: 't-level2', quote: ['| Toàn xã | 24.836 | 20.492 | 16.058 | 64,7 |'], parts: ['3.087', '2.536', '3.412', '2.204', '2.781', '2.038'], total: '16.058', kind: 'cross_total' }),
    ratio({ id: 't-total-rate', quote: ['| Toàn xã | 24.836 | 20.492 | 16.058 | 64,7 |'], x: '16.058', y: '24.836', stated: '64,7' }),
    // II.3
    sum({ id: 'residence-q4', quote: ['giải quyết 486 hồ sơ về cư trú, gồm: đăng ký thường trú 142 hồ sơ, đăng ký tạm trú 215 hồ sơ, khai báo tạm vắng 48 hồ sơ, xóa đăng ký thường trú 57 hồ sơ, điều chỉnh thông tin về cư trú 24 hồ sơ'], parts: ['142', '215', '48', '57', '24'], total: '486' }),
    cumulative({ id: 'residence-year', quote: ['Năm 2026, giải quyết 1.927 hồ sơ về cư trú', 'giải quyết 1.441 hồ sơ về cư trú', 'giải quyết 486 hồ sơ về cư trú'], previous: '1.441', period: '486', stated: '1.927', note: 'The nine months are only in footnote 4.' }),
    change({ id: 'residence-vs-2025', quote: ['tăng 8,2% so với năm 2025 (1.781 hồ sơ)', 'Năm 2026, giải quyết 1.927 hồ sơ về cư trú'], x: '1.927', base: '1.781', stated: '8,2%', direction: 'tăng' }),
    sum({ id: 'residence-year-parts', quote: ['Năm 2026, giải quyết 1.927 hồ sơ về cư trú', 'đăng ký thường trú 561 hồ sơ, đăng ký tạm trú 864 hồ sơ, khai báo tạm vắng 187 hồ sơ, xóa đăng ký thường trú 229 hồ sơ, điều chỉnh thông tin về cư trú 104 hồ sơ'], parts: ['561', '864', '187', '229', '104'], total: '1.927', mistake: 'planted', original: 'đăng ký tạm trú 846 hồ sơ', note: 'Class 4: the year\'s parts after "gồm" add to 1.945 against 1.927 (which footnote 4 plus the quarter carries); the temporary residences\' 846 is written 864.' }),
    ratio({ id: 'stay-vneid', quote: ['qua ứng dụng VNeID 1.987 lượt (84,1%)', 'tiếp nhận 2.364 lượt thông báo lưu trú'], x: '1.987', y: '2.364', stated: '84,1%' }),
    ratio({ id: 'stay-facilities', quote: ['đã có 27 cơ sở thực hiện thông báo lưu trú qua ứng dụng VNeID (68%)', 'có 40 cơ sở kinh doanh dịch vụ lưu trú'], x: '27', y: '40', stated: '68%', trap: 'a whole percent rounded half-up from exactly 67,5 (truncation would give 67%).' }),
    // II.4
    ratio({ id: 'cleaned', quote: ['24.562/24.836 nhân khẩu (98%)'], x: '24.562', y: '24.836', stated: '98%', mistake: 'planted', original: '24.562/24.836 nhân khẩu (99%)', note: 'Class 7: 24.562/24.836 = 98,90%, which is 99% written whole; 98% truncates.' }),
    difference({ id: 'cleaning-left', quote: ['còn 274 nhân khẩu đang xác minh', '24.562/24.836 nhân khẩu'], a: '24.836', b: '24.562', stated: '274', trap: 'a remainder of X/Y.' }),
    ratio({ id: 'corrected', quote: ['đã điều chỉnh 1.081 trường hợp, đạt 96,1%', 'phát hiện 1.125 trường hợp thông tin sai lệch'], x: '1.081', y: '1.125', stated: '96,1%' }),
    difference({ id: 'corrections-left', quote: ['còn 44 trường hợp đang chờ công dân bổ sung', 'phát hiện 1.125 trường hợp thông tin sai lệch', 'đã điều chỉnh 1.081 trường hợp'], a: '1.125', b: '1.081', stated: '44', trap: 'a remainder.' }),
    contradiction({ id: 'no-leak', quote: ['phát hiện 1.125 trường hợp thông tin sai lệch', 'Không xảy ra trường hợp lộ, lọt, mất an toàn dữ liệu dân cư'], stated: '1.125 trường hợp thông tin sai lệch', expected: 'another kind', consistent: true, reason: 'Wrong entries found by the review are not a data leak.', trap: 'a count of another kind beside a "none".' }),
    // II.5
    change({ id: 'online-vs-q3', quote: ['tăng 14,5% so với quý III (571 hồ sơ)', 'tiếp nhận 654 hồ sơ trực tuyến'], x: '654', base: '571', stated: '14,5%', direction: 'tăng' }),
    share({ id: 'online-share-all', quote: ['chiếm 71,2% tổng số hồ sơ thủ tục hành chính', 'tiếp nhận 654 hồ sơ trực tuyến', '(918 hồ sơ, không tính hồ sơ căn cước)'], x: '654', y: '918', stated: '71,2%' }),
    share({ id: 'online-residence-share', quote: ['lĩnh vực cư trú 412 hồ sơ, chiếm 63,0%', 'tiếp nhận 654 hồ sơ trực tuyến'], x: '412', y: '654', stated: '63,0%' }),
    repeat({ id: 'online-residence-repeat', quote: ['lĩnh vực cư trú 412 hồ sơ, chiếm', 'trong đó 412 hồ sơ được tiếp nhận trực tuyến'], values: ['412', '412'] }),
    sum({ id: 'online-shares', quote: ['chiếm 63,0%; đăng ký, thu hồi đăng ký xe 25,7%; các thủ tục khác 13,1%'], parts: ['63,0%', '25,7%', '13,1%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'các thủ tục khác 11,3%', note: 'Class 3: the three fields\' shares of the 654 online records add to 101,8%; the other procedures\' 11,3% (74 of 654) is written 13,1%.' }),
    // II.6
    ratio({ id: 'cashless-people', quote: ['đạt 90,8% (chỉ tiêu tỉnh giao tối thiểu 90%)', 'rà soát 1.428 đối tượng', 'đã chi trả qua tài khoản cho 1.297 đối tượng'], x: '1.297', y: '1.428', stated: '90,8%' }),
    contradiction({ id: 'cashless-min', quote: ['(chỉ tiêu tỉnh giao tối thiểu 90%)'], stated: 'tối thiểu 90%', expected: 'a threshold', consistent: true, reason: 'The province\'s minimum beside the rate reached.', trap: 'a threshold next to a rate.' }),
    difference({ id: 'cashless-pp', quote: ['tăng 6,5 điểm phần trăm so với cuối quý III (84,3%)', 'đạt 90,8% (chỉ tiêu tỉnh giao'], a: '90,8', b: '84,3', stated: '6,5', trap: 'a percentage-point change, not a relative one (7,7%).' }),
    ratio({ id: 'cashless-money', quote: ['chi qua tài khoản 2.593 triệu đồng (91,1%)', 'chi trả trong quý là 2,846 tỷ đồng'], x: '2.593 triệu đồng', y: '2,846 tỷ đồng', stated: '91,1%', trap: 'a percent across scales (triệu of tỷ).' }),
    // II.7
    sum({ id: 'fees-q4', quote: ['Quý IV thu phí, lệ phí được 23,8 triệu đồng', 'lệ phí cấp căn cước 20 triệu 640 nghìn đồng và lệ phí đăng ký cư trú 3 triệu 160 nghìn đồng'], parts: ['20 triệu 640 nghìn đồng', '3 triệu 160 nghìn đồng'], total: '23,8 triệu đồng' }),
    sum({ id: 'fees-id', quote: ['lệ phí cấp căn cước 20 triệu 640 nghìn đồng', '312 trường hợp cấp đổi là 15,6 triệu đồng', '72 trường hợp cấp lại là 5,04 triệu đồng'], parts: ['15,6 triệu đồng', '5,04 triệu đồng'], total: '20 triệu 640 nghìn đồng', note: 'The two fees of II.1 add to the ID fee of II.7, written in triệu and nghìn.' }),
    cumulative({ id: 'fees-year', quote: ['Năm 2026 thu 119,035 triệu đồng', '9 tháng năm 2026 thu 95 triệu 235 nghìn đồng', 'Quý IV thu phí, lệ phí được 23,8 triệu đồng'], previous: '95 triệu 235 nghìn đồng', period: '23,8 triệu đồng', stated: '119,035 triệu đồng', note: 'The nine months are only in footnote 5.' }),
    ratio({ id: 'fees-plan', quote: ['đạt 99,2% kế hoạch', 'Năm 2026 thu 119,035 triệu đồng', 'Công an tỉnh giao là 0,125 tỷ đồng'], x: '119,035 triệu đồng', y: '0,125 tỷ đồng', stated: '99,2%', mistake: 'planted', original: 'đạt 95,2% kế hoạch', note: 'Class 1: the plan is only in footnote 5, in tỷ; 119,035 triệu of 125 triệu is 95,2%; 99,2% divides by 120 triệu.' }),
    // II.8
    sum({ id: 'violations-kinds', quote: ['lập biên bản 17 trường hợp vi phạm quy định về cư trú (không thông báo lưu trú 9 trường hợp, không đăng ký tạm trú 6 trường hợp, không khai báo tạm vắng 2 trường hợp)'], parts: ['9', '6', '2'], total: '17' }),
    sum({ id: 'violations-sanctions', quote: ['lập biên bản 17 trường hợp vi phạm', 'xử phạt tiền 15 trường hợp', 'phạt cảnh cáo 2 trường hợp'], parts: ['15', '2'], total: '17' }),
    quotient({ id: 'fine-per-case', quote: ['(bình quân 900 nghìn đồng/trường hợp)', 'xử phạt tiền 15 trường hợp với số tiền 13,5 triệu đồng'], x: '13,5', y: '15', factor: '1000', stated: '900', trap: 'a fine per case in nghìn from a total in triệu.' }),
    cumulative({ id: 'violations-year', quote: ['Năm 2026 xử lý 58 trường hợp', 'xử lý 41 trường hợp vi phạm', 'lập biên bản 17 trường hợp vi phạm'], previous: '41', period: '17', stated: '58' }),
    cumulative({ id: 'fines-year', quote: ['phạt tiền 46,2 triệu đồng', 'phạt tiền 32,7 triệu đồng', 'với số tiền 13,5 triệu đồng'], previous: '32,7 triệu đồng', period: '13,5 triệu đồng', stated: '46,2 triệu đồng' }),
    change({ id: 'violations-vs-2025', quote: ['giảm 19,4% so với năm 2025 (72 trường hợp)', 'Năm 2026 xử lý 58 trường hợp'], x: '58', base: '72', stated: '19,4%', direction: 'giảm' }),
    sum({ id: 'letters', quote: ['tiếp nhận 6 đơn liên quan đến cư trú, căn cước (gồm 4 đơn kiến nghị điều chỉnh thông tin cư trú, 1 đơn khiếu nại việc từ chối cấp lại thẻ căn cước, 1 đơn khiếu nại quyết định xử phạt vi phạm hành chính)'], parts: ['4', '1', '1'], total: '6' }),
    ratio({ id: 'letters-settled', quote: ['đã giải quyết 5/6 đơn (83,3%)'], x: '5', y: '6', stated: '83,3%' }),
    difference({ id: 'letters-left', quote: ['còn 1 đơn đang xác minh', 'đã giải quyết 5/6 đơn'], a: '6', b: '5', stated: '1', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'no-denunciation', quote: ['1 đơn khiếu nại quyết định xử phạt', 'Trong năm không có đơn tố cáo cán bộ, chiến sĩ'], stated: '1 đơn khiếu nại', expected: 'another kind', consistent: true, reason: 'Complaints about decisions are not denunciations of officers.', trap: 'a count of another kind beside a "none".' }),
    // III.1
    repeat({ id: 'summary-cards-q4', quote: ['Quý IV trả 752 thẻ căn cước', 'Đã trả cho công dân 752 thẻ căn cước'], values: ['752', '752'] }),
    repeat({ id: 'summary-cards-year', quote: ['cả năm trả 3.127 thẻ', 'Năm 2026, Công an xã đã trả 3.127 thẻ căn cước'], values: ['3.127', '3.127'], trap: 'the summary copies the year\'s (wrong) lũy kế, agreeing with the body.' }),
    repeat({ id: 'summary-level2', quote: ['toàn xã có 16.058 tài khoản định danh điện tử mức 2 (64,7% nhân khẩu)', 'trong đó mức 2 là 16.058 tài khoản'], values: ['16.058', '16.058'] }),
    repeat({ id: 'summary-level2-rate', quote: ['(64,7% nhân khẩu)', '| Toàn xã | 24.836 | 20.492 | 16.058 | 64,7 |'], values: ['64,7', '64,7'] }),
    ratio({ id: 'summary-online-residence', quote: ['Tỷ lệ hồ sơ cư trú nộp trực tuyến quý IV đạt 89,2%', 'giải quyết 486 hồ sơ về cư trú', 'trong đó 412 hồ sơ được tiếp nhận trực tuyến'], x: '412', y: '486', stated: '89,2%', mistake: 'planted', original: 'Tỷ lệ hồ sơ cư trú nộp trực tuyến quý IV đạt 84,8%', note: 'Class 2: the percent is only in the summary, its base in II.3; 412 of the 486 records is 84,8%; 89,2% leaves out the 24 adjustments (412/462).' }),
    repeat({ id: 'summary-cashless-people', quote: ['qua tài khoản cho 1.297 đối tượng với số tiền', 'đã chi trả qua tài khoản cho 1.297 đối tượng'], values: ['1.297', '1.297'] }),
    repeat({ id: 'summary-cashless-money', quote: ['với số tiền khoảng 2,6 tỷ đồng', 'chi qua tài khoản 2.593 triệu đồng'], values: ['2.593 triệu đồng', '2,6 tỷ đồng'], kind: 'unit', trap: 'the money paid through accounts restated in tỷ, agreeing.' }),
    repeat({ id: 'summary-fees', quote: ['Cả năm thu phí, lệ phí khoảng 0,12 tỷ đồng', 'Năm 2026 thu 119,035 triệu đồng'], values: ['119,035 triệu đồng', '0,12 tỷ đồng'], kind: 'unit', trap: 'the year\'s fees restated in tỷ, agreeing.' }),
    repeat({ id: 'summary-violations', quote: ['xử lý 58 trường hợp vi phạm về cư trú', 'Năm 2026 xử lý 58 trường hợp'], values: ['58', '58'] }),
    repeat({ id: 'summary-fines', quote: ['phạt tiền 42,6 triệu đồng', 'phạt tiền 46,2 triệu đồng'], values: ['46,2 triệu đồng', '42,6 triệu đồng'], mistake: 'planted', original: 'phạt tiền 46,2 triệu đồng. Trong năm', note: 'Class 5: the summary restates the year\'s fines of II.8 (32,7 + 13,5 = 46,2 triệu) with two digits swapped.' }),
    contradiction({ id: 'none-lost-year', quote: ['Trong năm không để xảy ra mất, thất lạc hồ sơ'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts a lost record.', trap: 'a "none" with nothing against it.' }),
    contradiction({ id: 'no-id-complaint', quote: ['1 đơn khiếu nại việc từ chối cấp lại thẻ căn cước', 'không có khiếu nại liên quan đến công tác cấp căn cước'], stated: '1 đơn khiếu nại việc từ chối cấp lại thẻ căn cước', expected: 'none (III.1)', consistent: false, reason: 'The summary says there was no complaint about issuing ID cards; II.8 counts a complaint about a refused ID re-issue.', mistake: 'planted', original: 'không có khiếu nại đông người, vượt cấp', note: 'Class 8: a count against a "không có" statement in the summary.' }),
    // III.2
    difference({ id: 'level2-shortfall', quote: ['còn thiếu 442 tài khoản', 'trong đó mức 2 là 16.058 tài khoản', 'là 16.500 tài khoản định danh điện tử mức 2'], a: '16.500', b: '16.058', stated: '442', trap: 'a shortfall against a target given in II.2.' }),
    repeat({ id: 'weak-cleaning', quote: ['Còn 274 nhân khẩu chưa được làm sạch', 'còn 274 nhân khẩu đang xác minh'], values: ['274', '274'] }),
    difference({ id: 'cashless-left', quote: ['Còn 131 đối tượng chưa nhận trợ cấp qua tài khoản', 'rà soát 1.428 đối tượng', 'đã chi trả qua tài khoản cho 1.297 đối tượng'], a: '1.428', b: '1.297', stated: '131', trap: 'a remainder far from its X/Y.' }),
    // IV
    contradiction({ id: 'targets', quote: ['từ ngày 05/01/2027 đến ngày 31/3/2027', 'kích hoạt thêm tối thiểu 600 tài khoản mức 2', 'đạt từ 63% nhân khẩu trở lên', 'từ 85% trở lên', 'đạt từ 95% trở lên'], stated: 'tối thiểu 600', expected: 'targets', consistent: true, reason: 'Dates and targets of quarter I of 2027 with no base of their own.', trap: 'thresholds and targets.' }),
  ],
});
