// Written for the corpus, blind: the Ban Chỉ đạo Điều tra dân số và nhà ở giữa kỳ năm 2026 of xã Hòa Bình Nam (an
// upland commune of an invented huyện Đắk Hòa; the commune, its eight thôn and its people are invented) to the
// huyện's Ban Chỉ đạo, the preliminary results of the 2026 mid-term population and housing survey (reference time
// 0 giờ 01/4/2026, fieldwork 01/4 - 25/4/2026, dated 20/5/2026), in parts I - IV. Organisation: the household list
// (first count + added − removed = households surveyed), 14 địa bàn; the workforce after "gồm" with two overlapping
// "trong đó" subsets, enumerators = areas + reinforcements, households per area and per enumerator; training 23/23
// (100%); fieldwork with the footnote's lũy kế to 15/4 + the last ten days = the total, 100% of the list, the Webform
// share, areas finished early X/Y as a whole percent, a "none" of refusals beside absent households; re-interviews
// against households and a 10% minimum, errors against re-interviews, acceptance 14/14. Results: households and
// persons, sex shares; a thôn table (areas, households, persons, men, women; each row men + women = persons, five
// column totals); the text restating thôn figures (the largest thôn's share, persons per household of two thôn);
// growth against the 2019 census in footnote 3 (differences, percent changes, per year, an average annual rate
// defined in footnote 4 as the yearly increase over the 2019 population); area in km² (ha in footnote 5), density
// 2026 and 2019 and their difference; sex ratio (nam/100 nữ) and its change, the 0-14 group's by sex; household
// size (quotient 2026 and 2019 from the footnote, their difference), households by size with shares adding to
// 100,1%; age groups (parts, shares adding to 100,1%, changes in points against footnote 3's shares), dependency,
// old-age dependency and ageing index; ethnic groups (Kinh + minorities = population, shares, minorities after
// "gồm", nine groups named, the minority share of one thôn against the table); literacy of the 15+ (base from the
// age section), the illiterate remainder, bare shares of technical qualifications, school attendance of three age
// groups (X of Y, X/Y), a remainder, a "none" of never-schooled children beside dropouts; a housing table (counts,
// shares adding to 99,9%, 2019 shares, total row 100,0), kiên cố in points, the thiếu kiên cố + đơn sơ sum and
// share, floor area per person and its change, a threshold of 8 m²/người. Budget: spending against the estimate in
// footnote 7 (in đồng), its parts after "gồm" (a piece rate × forms, an allowance × enumerators, an item against
// its own estimate at exactly 93,75%), the advance of footnote 8 + the second payment = lũy kế, the remainder to
// return. A summary restating figures (two different 8,2%), the share of solid and semi-solid housing only there,
// a "none" of đơn sơ housing, weaknesses and tasks with repeats and a share of areas.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: literacy 93,7% of the 15+ population, whose base is
// only in II.5 (8.468 + 1.008 = 9.476; 9.221 of them is 97,31% → 97,3%, digits swapped); spending 94,6% of the
// estimate given in footnote 7 in đồng (179,65 triệu of 186.400.000 đồng is 96,38% → 96,4%, digits swapped).
// Class 2: the summary's share of kiên cố + bán kiên cố housing 89,7% against the table of II.8 ((1.406 + 1.517) /
// 3.324 = 87,94% → 87,9%). Class 3: bare technical-qualification shares adding to 99,1% (đại học 6,5 written 5,6).
// Class 4: minorities 2.316 after "gồm" adding to 2.325 (Mường 512 written 521). Class 5 ×2: Gò Đá 1.842 persons
// in the text against 1.824 in the table; footnote 5's 3.854 ha against the 38,45 km² of the body (3.845 ha).
// Class 6: footnote 2's 2.164 households to 15/4 + 1.178 = 3.342 ≠ 3.324 (2.146 with digits swapped). Class 7:
// 13/14 areas written 92% (92,86% → 93%). Class 8: the summary's "không còn hộ phải ở nhà đơn sơ" against the 11
// đơn sơ households of the table (and the 401 thiếu kiên cố, đơn sơ households). Traps (31): documents and dates;
// a road, a distance and "địa bàn số 14"; the list as first count + added − removed; an overlapping second "trong
// đó" subset of the workforce (12 women + 5 minorities ≠ 23); enumerators = 14 areas + 2 reinforcements; households
// per enumerator; training 23/23 (100%); a 10% minimum beside the re-interview rate; a "none" of refusals beside
// absent households; an average annual rate defined in footnote 4 (the compound rate would be 1,13%); density in
// người/km²; the sex ratio per 100 women; household sizes and age groups with shares adding to 100,1% by rounding;
// the 65+ share's change in percentage points; the dependency ratio (young + old per 100 of working age) and its
// restatement as 46 persons; nine groups named across a list; a thôn's minority share against its table row; the
// illiterate remainder of a base in another section; a "none" of never-schooled children beside dropouts; a "none"
// of homeless households beside the housing counts; footnote 6's "3 kết cấu chính" and "2 trong 3"; housing shares
// adding to 99,9 against a total row of 100,0; kiên cố in percentage points against the table's 2019 column; a share
// beside a threshold of 8 m²/người; forms × piece rate in đồng → triệu; a half-up at exactly 93,75% (an item against
// its own estimate); a remainder in triệu of an estimate in đồng; the summary's two different indicators at 8,2%.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-bcd-dieu-tra-dan-so-xa-hoa-binh-nam-ket-qua-dieu-tra-giua-ky-2026.md',
  prefix: 'hbn',
  claims: [
    // Header
    contradiction({ id: 'documents', quote: ['Số: 09/BC-BCĐ', 'Kế hoạch số 27/KH-BCĐ ngày 12/02/2026', 'Quyết định số 35/QĐ-UBND ngày 20/01/2026', 'Quyết định số 1208/QĐ-TTg ngày 14/10/2025', 'Báo cáo nhanh số 04/BC-BCĐ ngày 16/4/2026', 'Quyết định số 48/QĐ-UBND ngày 26/02/2026'], stated: '09', expected: 'documents', consistent: true, reason: 'Numbers and dates of the report and of the documents it cites in the body and the footnotes.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'dates', quote: ['thời điểm điều tra là 0 giờ ngày 01/4/2026', 'Ngày 16 và 17/3/2026', 'từ ngày 01/4 đến ngày 25/4/2026', 'từ ngày 16/4 đến ngày 25/4/2026', 'Đến ngày 05/5/2026', 'trước ngày 15/6/2026', 'Ngày 25/3/2026'], stated: '01/4/2026', expected: 'dates', consistent: true, reason: 'The reference time, the training days, the fieldwork window, the acceptance date, a deadline and an advance\'s date.', trap: 'dates written like X/Y.' }),
    contradiction({ id: 'places', quote: ['dọc Tỉnh lộ 12', 'cách trung tâm xã khoảng 9 km', 'địa bàn số 14 thuộc thôn Suối Mơ'], stated: '12', expected: 'names and a distance', consistent: true, reason: 'A provincial road\'s number, a distance, and the fourteenth area\'s number (not the count of areas).', trap: 'numbers in names, a distance and an area\'s serial number.' }),
    // I.1 preparation
    sum({ id: 'listing', quote: ['số hộ chính thức đưa vào điều tra là 3.324 hộ', 'Bảng kê lập lần đầu có 3.312 hộ', 'đã bổ sung 29 hộ', 'đưa ra khỏi bảng kê 17 hộ'], parts: ['3.312', '29', '−17'], total: '3.324', labels: ['first list', 'added', 'removed'], trap: 'a net count: first list plus added less removed, not a breakdown.' }),
    repeat({ id: 'areas', quote: ['được chia thành 14 địa bàn điều tra', '| Toàn xã | 14 | 3.324 | 12.365 | 6.135 | 6.230 |'], values: ['14', '14'] }),
    // I.2 workforce
    sum({ id: 'workforce', quote: ['tuyển chọn 23 người tham gia cuộc điều tra', 'gồm 16 điều tra viên, 4 tổ trưởng và 3 giám sát viên cấp xã'], parts: ['16', '4', '3'], total: '23' }),
    atLeast({ id: 'workforce-women', quote: ['trong đó nữ 12 người', 'tuyển chọn 23 người tham gia cuộc điều tra'], big: '23', small: '12', note: 'a "trong đó" subset, not a part of the breakdown.' }),
    atLeast({ id: 'workforce-minorities', quote: ['người dân tộc thiểu số 5 người', 'tuyển chọn 23 người tham gia cuộc điều tra'], big: '23', small: '5', trap: 'a second, overlapping "trong đó" subset (12 + 5 ≠ 23 is no mistake).' }),
    sum({ id: 'enumerators-per-area', quote: ['gồm 16 điều tra viên', 'Bố trí mỗi địa bàn 1 điều tra viên', 'được tăng cường thêm 2 điều tra viên', 'được chia thành 14 địa bàn điều tra'], parts: ['14', '2'], total: '16', trap: 'one enumerator per area (14 areas) plus two reinforcements.' }),
    quotient({ id: 'households-per-area', quote: ['Bình quân mỗi địa bàn có 237 hộ', 'số hộ chính thức đưa vào điều tra là 3.324 hộ', 'được chia thành 14 địa bàn điều tra'], x: '3.324', y: '14', stated: '237', note: 'households per area (237,43), a quotient.' }),
    quotient({ id: 'households-per-enumerator', quote: ['mỗi điều tra viên phụ trách khoảng 208 hộ', 'số hộ chính thức đưa vào điều tra là 3.324 hộ', 'gồm 16 điều tra viên'], x: '3.324', y: '16', stated: '208', trap: 'households per enumerator (207,75 → 208).' }),
    ratio({ id: 'training', quote: ['23/23 người được triệu tập đã tham dự đầy đủ (100%)'], x: '23', y: '23', stated: '100%', trap: '"100%" of X/X.' }),
    // I.3 fieldwork
    cumulative({ id: 'fieldwork-lk', quote: ['nâng tổng số hộ đã điều tra lên 3.324 hộ', 'đã hoàn thành thu thập thông tin 2.164 hộ', 'hoàn thành thêm 1.178 hộ'], previous: '2.164', period: '1.178', stated: '3.324', mistake: 'planted', original: 'đã hoàn thành thu thập thông tin 2.146 hộ', note: 'Class 6: footnote 2\'s 2.164 households to 15/4 plus the 1.178 of the last ten days is 3.342, not the 3.324 surveyed (which the list, the table and the summary carry); the footnote\'s 2.146 has two digits swapped.' }),
    ratio({ id: 'fieldwork-complete', quote: ['bằng 100% số hộ trong bảng kê', 'nâng tổng số hộ đã điều tra lên 3.324 hộ', 'số hộ chính thức đưa vào điều tra là 3.324 hộ'], x: '3.324', y: '3.324', stated: '100%', note: '100% of the list, X/X across paragraphs.' }),
    ratio({ id: 'webform', quote: ['Có 418 hộ tự kê khai thông tin qua Webform, chiếm 12,6% tổng số hộ', 'nâng tổng số hộ đã điều tra lên 3.324 hộ'], x: '418', y: '3.324', stated: '12,6%' }),
    ratio({ id: 'areas-early', quote: ['Có 13/14 địa bàn kết thúc thu thập thông tin trước thời hạn (92%)'], x: '13', y: '14', stated: '92%', mistake: 'planted', original: 'trước thời hạn (93%)', note: 'Class 7: 13/14 = 92,86%, which is 93% written whole; 92% truncates.' }),
    contradiction({ id: 'no-refusal', quote: ['trên địa bàn không có hộ nào từ chối cung cấp thông tin', 'Có 27 hộ vắng nhà dài ngày'], stated: 'không có hộ nào từ chối', expected: 'another kind', consistent: true, reason: 'Households absent for a long time (interviewed later or by phone) did not refuse; nothing counts refusals.', trap: 'a "none" beside a count of another kind.' }),
    // I.4 supervision
    ratio({ id: 'recheck', quote: ['đã phúc tra trực tiếp 352 hộ, bằng 10,6% tổng số hộ điều tra', 'nâng tổng số hộ đã điều tra lên 3.324 hộ'], x: '352', y: '3.324', stated: '10,6%' }),
    atLeast({ id: 'recheck-min', quote: ['cao hơn mức tối thiểu 10% theo hướng dẫn', 'bằng 10,6% tổng số hộ điều tra'], big: '10,6%', small: '10%', trap: 'a minimum beside the rate reached, not an excess of 0,6%.' }),
    ratio({ id: 'recheck-errors', quote: ['phát hiện 46 phiếu có sai sót (13,1% số phiếu được phúc tra)', 'đã phúc tra trực tiếp 352 hộ'], x: '46', y: '352', stated: '13,1%', note: 'the base is the re-interviews, not all households.' }),
    ratio({ id: 'acceptance', quote: ['14/14 địa bàn đã được nghiệm thu (100%)'], x: '14', y: '14', stated: '100%', note: '"100%" of X/X.' }),
    // II.1 households, population
    repeat({ id: 'households', quote: ['toàn xã có 3.324 hộ với 12.365 nhân khẩu', '| Toàn xã | 14 | 3.324 | 12.365 | 6.135 | 6.230 |', 'đầy đủ thông tin của 3.324 hộ, 12.365 nhân khẩu'], values: ['3.324', '3.324', '3.324'] }),
    repeat({ id: 'persons', quote: ['với 12.365 nhân khẩu thực tế thường trú', '| Toàn xã | 14 | 3.324 | 12.365 | 6.135 | 6.230 |', 'đầy đủ thông tin của 3.324 hộ, 12.365 nhân khẩu'], values: ['12.365', '12.365', '12.365'] }),
    share({ id: 'men-share', quote: ['nam 6.135 người (49,6%)', 'với 12.365 nhân khẩu thực tế thường trú'], x: '6.135', y: '12.365', stated: '49,6%' }),
    share({ id: 'women-share', quote: ['nữ 6.230 người (50,4%)', 'với 12.365 nhân khẩu thực tế thường trú'], x: '6.230', y: '12.365', stated: '50,4%' }),
    sum({ id: 't-phu-my', quote: ['| Phú Mỹ | 2 | 468 | 1.702 | 846 | 856 |'], parts: ['846', '856'], total: '1.702', kind: 'cross_total' }),
    sum({ id: 't-trung-hoa', quote: ['| Trung Hòa | 2 | 512 | 1.865 | 921 | 944 |'], parts: ['921', '944'], total: '1.865', kind: 'cross_total' }),
    sum({ id: 't-an-lac', quote: ['| An Lạc | 1 | 301 | 1.098 | 548 | 550 |'], parts: ['548', '550'], total: '1.098', kind: 'cross_total' }),
    sum({ id: 't-binh-tay', quote: ['| Bình Tây | 2 | 455 | 1.640 | 812 | 828 |'], parts: ['812', '828'], total: '1.640', kind: 'cross_total' }),
    sum({ id: 't-tan-thanh', quote: ['| Tân Thành | 2 | 436 | 1.571 | 779 | 792 |'], parts: ['779', '792'], total: '1.571', kind: 'cross_total' }),
    sum({ id: 't-dong-yen', quote: ['| Đông Yên | 1 | 287 | 1.072 | 531 | 541 |'], parts: ['531', '541'], total: '1.072', kind: 'cross_total' }),
    sum({ id: 't-go-da', quote: ['| Gò Đá | 2 | 498 | 1.824 | 907 | 917 |'], parts: ['907', '917'], total: '1.824', kind: 'cross_total' }),
    sum({ id: 't-suoi-mo', quote: ['| Suối Mơ | 2 | 367 | 1.593 | 791 | 802 |'], parts: ['791', '802'], total: '1.593', kind: 'cross_total' }),
    sum({ id: 't-total-sex', quote: ['| Toàn xã | 14 | 3.324 | 12.365 | 6.135 | 6.230 |'], parts: ['6.135', '6.230'], total: '12.365', kind: 'cross_total' }),
    sum({ id: 't-areas', quote: ['| Toàn xã | 14 | 3.324 | 12.365 | 6.135 | 6.230 |'], parts: ['2', '2', '1', '2', '2', '1', '2', '2'], total: '14', kind: 'cross_total' }),
    sum({ id: 't-households', quote: ['| Toàn xã | 14 | 3.324 | 12.365 | 6.135 | 6.230 |'], parts: ['468', '512', '301', '455', '436', '287', '498', '367'], total: '3.324', kind: 'cross_total' }),
    sum({ id: 't-persons', quote: ['| Toàn xã | 14 | 3.324 | 12.365 | 6.135 | 6.230 |'], parts: ['1.702', '1.865', '1.098', '1.640', '1.571', '1.072', '1.824', '1.593'], total: '12.365', kind: 'cross_total' }),
    sum({ id: 't-men', quote: ['| Toàn xã | 14 | 3.324 | 12.365 | 6.135 | 6.230 |'], parts: ['846', '921', '548', '812', '779', '531', '907', '791'], total: '6.135', kind: 'cross_total' }),
    sum({ id: 't-women', quote: ['| Toàn xã | 14 | 3.324 | 12.365 | 6.135 | 6.230 |'], parts: ['856', '944', '550', '828', '792', '541', '917', '802'], total: '6.230', kind: 'cross_total' }),
    repeat({ id: 'trung-hoa-text', quote: ['Thôn Trung Hòa có dân số đông nhất với 1.865 người', '| Trung Hòa | 2 | 512 | 1.865 | 921 | 944 |'], values: ['1.865', '1.865'] }),
    share({ id: 'trung-hoa-share', quote: ['(chiếm 15,1% dân số toàn xã)', 'Thôn Trung Hòa có dân số đông nhất với 1.865 người', 'với 12.365 nhân khẩu thực tế thường trú'], x: '1.865', y: '12.365', stated: '15,1%' }),
    repeat({ id: 'go-da-text', quote: ['kế đến là thôn Gò Đá với 1.842 người', '| Gò Đá | 2 | 498 | 1.824 | 907 | 917 |'], values: ['1.824', '1.842'], mistake: 'planted', original: 'kế đến là thôn Gò Đá với 1.824 người', note: 'Class 5: the text restates Gò Đá\'s persons from the table with two digits swapped (1.842 for 1.824).' }),
    quotient({ id: 'suoi-mo-size', quote: ['thôn Suối Mơ (4,34 người/hộ)', '| Suối Mơ | 2 | 367 | 1.593 | 791 | 802 |'], x: '1.593', y: '367', stated: '4,34', note: 'persons per household from the table row.' }),
    quotient({ id: 'tan-thanh-size', quote: ['thôn Tân Thành (3,60 người/hộ)', '| Tân Thành | 2 | 436 | 1.571 | 779 | 792 |'], x: '1.571', y: '436', stated: '3,60' }),
    difference({ id: 'growth-persons', quote: ['dân số của xã tăng 937 người', 'xã có 2.987 hộ với 11.428 người', 'với 12.365 nhân khẩu thực tế thường trú'], a: '12.365', b: '11.428', stated: '937', note: 'the 2019 population is only in footnote 3.' }),
    change({ id: 'growth-persons-pct', quote: ['(tăng 8,2%), số hộ', 'xã có 2.987 hộ với 11.428 người', 'với 12.365 nhân khẩu thực tế thường trú'], x: '12.365', base: '11.428', stated: '8,2%', direction: 'tăng' }),
    difference({ id: 'growth-households', quote: ['số hộ tăng 337 hộ', 'xã có 2.987 hộ với 11.428 người', 'toàn xã có 3.324 hộ với 12.365 nhân khẩu'], a: '3.324', b: '2.987', stated: '337' }),
    change({ id: 'growth-households-pct', quote: ['(tăng 11,3%)', 'xã có 2.987 hộ với 11.428 người', 'toàn xã có 3.324 hộ với 12.365 nhân khẩu'], x: '3.324', base: '2.987', stated: '11,3%', direction: 'tăng' }),
    quotient({ id: 'growth-per-year', quote: ['dân số xã tăng thêm 134 người', 'dân số của xã tăng 937 người', '(giai đoạn 7 năm, từ 01/4/2019 đến 01/4/2026)'], x: '937', y: '7', stated: '134', note: 'the yearly increase over the seven years of footnote 4 (133,86).' }),
    ratio({ id: 'growth-rate', quote: ['1,17%/năm', 'dân số xã tăng thêm 134 người', 'xã có 2.987 hộ với 11.428 người', 'được tính đơn giản bằng số người tăng bình quân một năm chia cho dân số năm 2019'], x: '134', y: '11.428', stated: '1,17%', trap: 'an average annual rate defined in footnote 4 as the yearly increase over the 2019 population (the compound rate, (12.365/11.428)^(1/7) − 1 = 1,13%, is not what the report computes).' }),
    // II.2 density
    product({ id: 'area-ha', quote: ['3.854 ha', 'Diện tích tự nhiên của xã là 38,45 km²'], x: '38,45', y: '100', stated: '3.854', kind: 'unit', mistake: 'planted', original: 'tổng diện tích tự nhiên của xã là 3.845 ha', note: 'Class 5: footnote 5 gives the area in ha with two digits swapped: 38,45 km² is 3.845 ha, not 3.854 (the densities use 38,45 km²).' }),
    quotient({ id: 'density', quote: ['mật độ dân số bình quân đạt 322 người/km²', 'Diện tích tự nhiên của xã là 38,45 km²', 'với 12.365 nhân khẩu thực tế thường trú'], x: '12.365', y: '38,45', stated: '322', trap: 'persons per km² (321,59), a quotient, not a percent.' }),
    quotient({ id: 'density-2019', quote: ['(297 người/km²)', 'xã có 2.987 hộ với 11.428 người', 'Diện tích tự nhiên của xã là 38,45 km²'], x: '11.428', y: '38,45', stated: '297', note: 'the 2019 population from footnote 3 over the same area.' }),
    difference({ id: 'density-change', quote: ['tăng 25 người/km² so với năm 2019', 'đạt 322 người/km²', '(297 người/km²)'], a: '322', b: '297', stated: '25' }),
    // II.3 sex
    quotient({ id: 'sex-ratio', quote: ['Tỷ số giới tính của dân số toàn xã là 98,5 nam/100 nữ', 'nam 6.135 người (49,6%), nữ 6.230 người'], x: '6.135', y: '6.230', factor: '100', stated: '98,5', trap: 'men per 100 women (98,475…), not a share of the population.' }),
    difference({ id: 'sex-ratio-change', quote: ['giảm 0,6 so với năm 2019 (99,1 nam/100 nữ)', 'là 98,5 nam/100 nữ'], a: '99,1', b: '98,5', stated: '0,6' }),
    sum({ id: 'children-sex', quote: ['Dân số từ 0 đến 14 tuổi có 2.889 người', 'số trẻ em trai là 1.487 em, trẻ em gái 1.402 em'], parts: ['1.487', '1.402'], total: '2.889', note: 'the total is in II.5.' }),
    quotient({ id: 'children-sex-ratio', quote: ['lên tới 106,1 nam/100 nữ', 'số trẻ em trai là 1.487 em, trẻ em gái 1.402 em'], x: '1.487', y: '1.402', factor: '100', stated: '106,1', note: 'boys per 100 girls, above 100.' }),
    // II.4 household size
    quotient({ id: 'household-size', quote: ['Quy mô hộ bình quân của xã là 3,72 người/hộ', 'toàn xã có 3.324 hộ với 12.365 nhân khẩu'], x: '12.365', y: '3.324', stated: '3,72' }),
    quotient({ id: 'household-size-2019', quote: ['(3,83 người/hộ)', 'xã có 2.987 hộ với 11.428 người'], x: '11.428', y: '2.987', stated: '3,83', note: 'a quotient whose inputs are only in footnote 3.' }),
    difference({ id: 'household-size-change', quote: ['thấp hơn 0,11 người/hộ so với năm 2019', 'là 3,72 người/hộ', '(3,83 người/hộ)'], a: '3,83', b: '3,72', stated: '0,11' }),
    sum({ id: 'size-groups', quote: ['toàn xã có 3.324 hộ với 12.365 nhân khẩu', 'hộ có 1 người là 198 hộ (6,0%); hộ 2 - 3 người 1.086 hộ (32,7%); hộ 4 - 5 người 1.672 hộ (50,3%); hộ từ 6 người trở lên 368 hộ (11,1%)'], parts: ['198', '1.086', '1.672', '368'], total: '3.324', note: 'size groups written as ranges; the total is in II.1.' }),
    share({ id: 'size-1', quote: ['198 hộ (6,0%)', 'toàn xã có 3.324 hộ'], x: '198', y: '3.324', stated: '6,0%' }),
    share({ id: 'size-2-3', quote: ['1.086 hộ (32,7%)', 'toàn xã có 3.324 hộ'], x: '1.086', y: '3.324', stated: '32,7%' }),
    share({ id: 'size-4-5', quote: ['1.672 hộ (50,3%)', 'toàn xã có 3.324 hộ'], x: '1.672', y: '3.324', stated: '50,3%' }),
    share({ id: 'size-6', quote: ['368 hộ (11,1%)', 'toàn xã có 3.324 hộ'], x: '368', y: '3.324', stated: '11,1%' }),
    sum({ id: 'size-shares', quote: ['198 hộ (6,0%)', '1.086 hộ (32,7%)', '1.672 hộ (50,3%)', '368 hộ (11,1%)'], parts: ['6,0%', '32,7%', '50,3%', '11,1%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'rounded shares adding to 100,1%, within rounding.' }),
    // II.5 age
    sum({ id: 'age-groups', quote: ['với 12.365 nhân khẩu thực tế thường trú', 'Dân số từ 0 đến 14 tuổi có 2.889 người', 'dân số từ 15 đến 64 tuổi có 8.468 người', 'dân số từ 65 tuổi trở lên có 1.008 người'], parts: ['2.889', '8.468', '1.008'], total: '12.365' }),
    share({ id: 'age-0-14', quote: ['2.889 người, chiếm 23,4%', 'với 12.365 nhân khẩu thực tế thường trú'], x: '2.889', y: '12.365', stated: '23,4%' }),
    share({ id: 'age-15-64', quote: ['8.468 người, chiếm 68,5%', 'với 12.365 nhân khẩu thực tế thường trú'], x: '8.468', y: '12.365', stated: '68,5%' }),
    share({ id: 'age-65', quote: ['1.008 người, chiếm 8,2% tổng dân số', 'với 12.365 nhân khẩu thực tế thường trú'], x: '1.008', y: '12.365', stated: '8,2%' }),
    sum({ id: 'age-shares', quote: ['chiếm 23,4%', 'chiếm 68,5%', 'chiếm 8,2% tổng dân số'], parts: ['23,4%', '68,5%', '8,2%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', trap: 'age shares adding to 100,1%, within rounding.' }),
    sum({ id: 'age-shares-2019', quote: ['dân số 0 - 14 tuổi chiếm 25,1%, 15 - 64 tuổi chiếm 67,9%, 65 tuổi trở lên chiếm 7,0%'], parts: ['25,1%', '67,9%', '7,0%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    difference({ id: 'age-0-14-pp', quote: ['tỷ trọng nhóm 0 - 14 tuổi giảm 1,7 điểm phần trăm', 'chiếm 23,4%', 'dân số 0 - 14 tuổi chiếm 25,1%'], a: '25,1', b: '23,4', stated: '1,7', note: 'a fall in percentage points against footnote 3, not a relative change (6,8%).' }),
    difference({ id: 'age-65-pp', quote: ['nhóm 65 tuổi trở lên tăng 1,2 điểm phần trăm', 'chiếm 8,2% tổng dân số', '65 tuổi trở lên chiếm 7,0%'], a: '8,2', b: '7,0', stated: '1,2', trap: 'a rise in percentage points, not a relative change (17,1%).' }),
    ratio({ id: 'dependency', quote: ['Tỷ số phụ thuộc chung là 46,0', 'Dân số từ 0 đến 14 tuổi có 2.889 người', 'dân số từ 15 đến 64 tuổi có 8.468 người', 'dân số từ 65 tuổi trở lên có 1.008 người'], x: '2.889 + 1.008', y: '8.468', stated: '46,0', trap: 'a dependency ratio: young + old per 100 of working age, not a share of the population.' }),
    repeat({ id: 'dependency-words', quote: ['phải "gánh" 46 người', 'Tỷ số phụ thuộc chung là 46,0'], values: ['46,0', '46'], trap: 'the ratio restated as a whole number of persons.' }),
    ratio({ id: 'old-dependency', quote: ['tỷ số phụ thuộc già là 11,9', 'dân số từ 15 đến 64 tuổi có 8.468 người', 'dân số từ 65 tuổi trở lên có 1.008 người'], x: '1.008', y: '8.468', stated: '11,9' }),
    ratio({ id: 'ageing-index', quote: ['trên 100 trẻ em dưới 15 tuổi) là 34,9', 'Dân số từ 0 đến 14 tuổi có 2.889 người', 'dân số từ 65 tuổi trở lên có 1.008 người'], x: '1.008', y: '2.889', stated: '34,9', note: 'an ageing index per 100 children, defined in the sentence.' }),
    // II.6 ethnic groups
    contradiction({ id: 'nine-groups', quote: ['có 9 dân tộc cùng sinh sống', 'Dân tộc Kinh', 'Ê Đê 1.204 người, Mường 521 người, Tày 318 người, Nùng 219 người, các dân tộc khác (Thái, Dao, Gia Rai, Hoa)'], stated: '9', expected: 'Kinh + 4 named + 4 in parentheses', consistent: true, reason: 'The Kinh, four minorities with counts and four more named in parentheses make nine groups.', trap: 'a count of groups spread over a list.' }),
    sum({ id: 'kinh-minorities', quote: ['với 12.365 nhân khẩu thực tế thường trú', 'Dân tộc Kinh có 10.049 người', 'đồng bào các dân tộc thiểu số có 2.316 người'], parts: ['10.049', '2.316'], total: '12.365' }),
    share({ id: 'kinh-share', quote: ['có 10.049 người, chiếm 81,3% dân số', 'với 12.365 nhân khẩu thực tế thường trú'], x: '10.049', y: '12.365', stated: '81,3%' }),
    share({ id: 'minority-share', quote: ['có 2.316 người, chiếm 18,7%', 'với 12.365 nhân khẩu thực tế thường trú'], x: '2.316', y: '12.365', stated: '18,7%' }),
    sum({ id: 'minority-groups', quote: ['đồng bào các dân tộc thiểu số có 2.316 người', 'gồm: Ê Đê 1.204 người, Mường 521 người, Tày 318 người, Nùng 219 người, các dân tộc khác (Thái, Dao, Gia Rai, Hoa) 63 người'], parts: ['1.204', '521', '318', '219', '63'], total: '2.316', mistake: 'planted', original: 'Mường 512 người', note: 'Class 4: the groups after "gồm" add to 2.325 against the 2.316 minorities (which Kinh + minorities = 12.365 and the 18,7% confirm); Mường 512 is written 521.' }),
    share({ id: 'suoi-mo-minorities', quote: ['ở thôn Suối Mơ với 1.141 người, chiếm 71,6% dân số của thôn', '| Suối Mơ | 2 | 367 | 1.593 | 791 | 802 |'], x: '1.141', y: '1.593', stated: '71,6%', trap: 'a share of one thôn whose base is only in the table.' }),
    // II.7 education
    ratio({ id: 'literacy', quote: ['tỷ lệ biết chữ đạt 93,7%', 'có 9.221 người biết đọc, biết viết', 'dân số từ 15 đến 64 tuổi có 8.468 người', 'dân số từ 65 tuổi trở lên có 1.008 người'], x: '9.221', y: '8.468 + 1.008', stated: '93,7%', mistake: 'planted', original: 'tỷ lệ biết chữ đạt 97,3%', note: 'Class 1: the base, the 15+ population, is only in II.5 (8.468 + 1.008 = 9.476); 9.221 of 9.476 is 97,31% → 97,3%, written with digits swapped.' }),
    sum({ id: 'illiterate', quote: ['còn 255 người chưa biết chữ', 'có 9.221 người biết đọc, biết viết', 'dân số từ 15 đến 64 tuổi có 8.468 người', 'dân số từ 65 tuổi trở lên có 1.008 người'], parts: ['8.468', '1.008', '−9.221'], total: '255', labels: ['15-64', '65+', 'literate'], trap: 'a remainder of a base given in another section (9.476 − 9.221).' }),
    sum({ id: 'qualification-shares', quote: ['chưa qua đào tạo chiếm 78,6%; sơ cấp 5,2%; trung cấp 6,3%; cao đẳng 3,4%; đại học trở lên 5,6%'], parts: ['78,6%', '5,2%', '6,3%', '3,4%', '5,6%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'đại học trở lên 6,5%', note: 'Class 3: bare shares of one whole (the 15+ population by qualification) adding to 99,1%; 6,5 is written 5,6.' }),
    ratio({ id: 'school-6-10', quote: ['trong tổng số 1.019 trẻ em từ 6 đến 10 tuổi có 1.012 em đang đi học (99,3%)'], x: '1.012', y: '1.019', stated: '99,3%' }),
    ratio({ id: 'school-11-14', quote: ['trong 801 trẻ em từ 11 đến 14 tuổi có 784 em đang đi học (97,9%)'], x: '784', y: '801', stated: '97,9%' }),
    ratio({ id: 'school-15-17', quote: ['có 486/552 em đang đi học (88,0%)'], x: '486', y: '552', stated: '88,0%' }),
    difference({ id: 'school-out-6-10', quote: ['Ở nhóm 6 - 10 tuổi còn 7 em không đi học', '1.019 trẻ em từ 6 đến 10 tuổi có 1.012 em'], a: '1.019', b: '1.012', stated: '7', note: 'a remainder of the age group.' }),
    contradiction({ id: 'never-schooled', quote: ['không có trẻ em từ 6 đến 14 tuổi chưa từng đi học', 'còn 7 em không đi học', 'các em hiện không đi học đều là trường hợp đã thôi học'], stated: 'không có trẻ em … chưa từng đi học', expected: 'another kind', consistent: true, reason: 'The children out of school (7 aged 6-10, 17 aged 11-14) dropped out; none never attended.', trap: 'a "none" beside a count of another kind.' }),
    // II.8 housing
    contradiction({ id: 'no-homeless', quote: ['trên địa bàn không có hộ nào không có nhà ở', 'Tất cả 3.324 hộ dân cư đều có nhà ở'], stated: 'không có hộ nào không có nhà ở', expected: 'none', consistent: true, reason: 'Every one of the 3.324 households has a dwelling; the table\'s types add to the same total.', trap: 'a "none" beside the housing counts, which are of dwellings.' }),
    contradiction({ id: 'housing-definitions', quote: ['có cả 3 kết cấu chính (cột, mái, tường)', 'có 2 trong 3 kết cấu chính', 'có 1 trong 3 kết cấu chính'], stated: '3', expected: 'a definition', consistent: true, reason: 'Footnote 6 defines the housing types by how many of the three main structures are durable.', trap: 'numbers in a definition ("2 trong 3" is not a ratio).' }),
    repeat({ id: 'housing-households', quote: ['Tất cả 3.324 hộ dân cư đều có nhà ở', '| Tổng số | 3.324 | 100,0 | 100,0 |'], values: ['3.324', '3.324'] }),
    sum({ id: 'housing-total', quote: ['| Tổng số | 3.324 | 100,0 | 100,0 |'], parts: ['1.406', '1.517', '390', '11'], total: '3.324', kind: 'cross_total' }),
    ratio({ id: 'h-solid', quote: ['| Nhà kiên cố | 1.406 | 42,3 | 35,8 |', '| Tổng số | 3.324 | 100,0 | 100,0 |'], x: '1.406', y: '3.324', stated: '42,3' }),
    ratio({ id: 'h-semi', quote: ['| Nhà bán kiên cố | 1.517 | 45,6 | 47,9 |', '| Tổng số | 3.324 | 100,0 | 100,0 |'], x: '1.517', y: '3.324', stated: '45,6' }),
    ratio({ id: 'h-less', quote: ['| Nhà thiếu kiên cố | 390 | 11,7 | 14,6 |', '| Tổng số | 3.324 | 100,0 | 100,0 |'], x: '390', y: '3.324', stated: '11,7' }),
    ratio({ id: 'h-simple', quote: ['| Nhà đơn sơ | 11 | 0,3 | 1,7 |', '| Tổng số | 3.324 | 100,0 | 100,0 |'], x: '11', y: '3.324', stated: '0,3' }),
    ratio({ id: 'h-total-row', quote: ['| Tổng số | 3.324 | 100,0 | 100,0 |'], x: '3.324', y: '3.324', stated: '100,0', note: 'the total row\'s 100,0 of X/X.' }),
    sum({ id: 'h-shares', quote: ['| Tổng số | 3.324 | 100,0 | 100,0 |', '| Nhà kiên cố | 1.406 | 42,3 | 35,8 |', '| Nhà bán kiên cố | 1.517 | 45,6 | 47,9 |', '| Nhà thiếu kiên cố | 390 | 11,7 | 14,6 |', '| Nhà đơn sơ | 11 | 0,3 | 1,7 |'], parts: ['42,3', '45,6', '11,7', '0,3'], total: '100,0', rounded: true, kind: 'share_percent', trap: 'rounded shares adding to 99,9 against a total row of 100,0, within rounding.' }),
    sum({ id: 'h-shares-2019', quote: ['| Tổng số | 3.324 | 100,0 | 100,0 |', '| Nhà kiên cố | 1.406 | 42,3 | 35,8 |', '| Nhà bán kiên cố | 1.517 | 45,6 | 47,9 |', '| Nhà thiếu kiên cố | 390 | 11,7 | 14,6 |', '| Nhà đơn sơ | 11 | 0,3 | 1,7 |'], parts: ['35,8', '47,9', '14,6', '1,7'], total: '100,0', rounded: true, kind: 'share_percent' }),
    repeat({ id: 'solid-text', quote: ['Tỷ lệ hộ ở nhà kiên cố đạt 42,3%', '| Nhà kiên cố | 1.406 | 42,3 | 35,8 |'], values: ['42,3%', '42,3'] }),
    difference({ id: 'solid-pp', quote: ['tăng 6,5 điểm phần trăm so với năm 2019', 'Tỷ lệ hộ ở nhà kiên cố đạt 42,3%', '| Nhà kiên cố | 1.406 | 42,3 | 35,8 |'], a: '42,3', b: '35,8', stated: '6,5', trap: 'a change in percentage points against the table\'s 2019 column, not a relative one (18,2%).' }),
    sum({ id: 'weak-housing', quote: ['nhà đơn sơ là 401 hộ (12,1%)', '| Nhà thiếu kiên cố | 390 | 11,7 | 14,6 |', '| Nhà đơn sơ | 11 | 0,3 | 1,7 |'], parts: ['390', '11'], total: '401' }),
    share({ id: 'weak-housing-share', quote: ['401 hộ (12,1%)', 'Tất cả 3.324 hộ dân cư đều có nhà ở'], x: '401', y: '3.324', stated: '12,1%', note: 'computed from the counts (12,06%), not by adding the rounded 11,7 + 0,3 = 12,0.' }),
    quotient({ id: 'floor-per-person', quote: ['bình quân 23,8 m²/người', 'Tổng diện tích sàn nhà ở của các hộ là 293.810 m²', 'với 12.365 nhân khẩu thực tế thường trú'], x: '293.810', y: '12.365', stated: '23,8' }),
    difference({ id: 'floor-change', quote: ['tăng 3,4 m² so với năm 2019 (20,4 m²/người)', 'bình quân 23,8 m²/người'], a: '23,8', b: '20,4', stated: '3,4' }),
    share({ id: 'cramped', quote: ['chiếm 1,9% số hộ', 'Còn 64 hộ có diện tích nhà ở bình quân dưới 8 m²/người', 'Tất cả 3.324 hộ dân cư đều có nhà ở'], x: '64', y: '3.324', stated: '1,9%', trap: 'a share beside a threshold of 8 m²/người.' }),
    // III budget
    ratio({ id: 'budget-rate', quote: ['đạt 94,6% dự toán được giao', 'đã chi cho cuộc điều tra trên địa bàn xã là 179,65 triệu đồng', 'là 186.400.000 đồng'], x: '179,65 triệu đồng', y: '186.400.000 đồng', stated: '94,6%', mistake: 'planted', original: 'đạt 96,4% dự toán được giao', note: 'Class 1: the estimate is only in footnote 7, in đồng; 179,65 triệu of 186.400.000 đồng is 96,38% → 96,4%, written with digits swapped.' }),
    sum({ id: 'budget-parts', quote: ['là 179,65 triệu đồng', 'bồi dưỡng điều tra viên 99,72 triệu đồng', 'bồi dưỡng tổ trưởng, giám sát viên 21,6 triệu đồng', 'tổ chức tập huấn 14,5 triệu đồng', 'tuyên truyền 4,5 triệu đồng', 'hỗ trợ cước dữ liệu di động 8 triệu đồng', 'văn phòng phẩm, in ấn và chi khác 31,33 triệu đồng'], parts: ['99,72', '21,6', '14,5', '4,5', '8', '31,33'], total: '179,65' }),
    product({ id: 'enumerator-pay', quote: ['99,72 triệu đồng (3.324 phiếu hộ, mức 30.000 đồng/phiếu)'], x: '3.324', y: '30.000', factor: '0,000001', stated: '99,72', trap: 'forms × piece rate in đồng, written in triệu.' }),
    ratio({ id: 'publicity-rate', quote: ['(bằng 93,8% mức dự toán 4,8 triệu đồng của nội dung này)', 'tuyên truyền 4,5 triệu đồng'], x: '4,5', y: '4,8', stated: '93,8%', trap: 'rounded half-up from exactly 93,75 (truncation gives 93,7); an item against its own estimate, not the total.' }),
    product({ id: 'data-allowance', quote: ['hỗ trợ cước dữ liệu di động 8 triệu đồng (16 điều tra viên, mỗi người 500.000 đồng)'], x: '16', y: '500.000', factor: '0,000001', stated: '8', note: 'enumerators × allowance, in triệu.' }),
    cumulative({ id: 'budget-lk', quote: ['lũy kế đã cấp và chi 179,65 triệu đồng', 'xã được tạm ứng 110 triệu đồng', 'đợt 2 thanh toán 69,65 triệu đồng'], previous: '110', period: '69,65', stated: '179,65', note: 'the advance is only in footnote 8.' }),
    difference({ id: 'budget-left', quote: ['Số kinh phí còn lại 6,75 triệu đồng', 'là 186.400.000 đồng', 'lũy kế đã cấp và chi 179,65 triệu đồng'], a: '186.400.000 đồng', b: '179,65 triệu đồng', stated: '6,75 triệu đồng', trap: 'a remainder in triệu of an estimate written in đồng.' }),
    // IV.1 summary
    repeat({ id: 'sum-growth', quote: ['dân số xã tăng 8,2% so với năm 2019', '(tăng 8,2%), số hộ'], values: ['8,2%', '8,2%'] }),
    repeat({ id: 'sum-size', quote: ['quy mô hộ bình quân 3,72 người/hộ, mật độ', 'Quy mô hộ bình quân của xã là 3,72 người/hộ'], values: ['3,72', '3,72'] }),
    repeat({ id: 'sum-density', quote: ['mật độ dân số 322 người/km²; tỷ trọng', 'mật độ dân số bình quân đạt 322 người/km²'], values: ['322', '322'] }),
    repeat({ id: 'sum-old', quote: ['tỷ trọng người từ 65 tuổi trở lên là 8,2%', '1.008 người, chiếm 8,2% tổng dân số'], values: ['8,2%', '8,2%'], trap: 'the same 8,2% as the growth in the same sentence, another indicator.' }),
    ratio({ id: 'sum-solid-semi', quote: ['tỷ lệ hộ ở nhà kiên cố và bán kiên cố đạt 89,7%', '| Nhà kiên cố | 1.406 | 42,3 | 35,8 |', '| Nhà bán kiên cố | 1.517 | 45,6 | 47,9 |', '| Tổng số | 3.324 | 100,0 | 100,0 |'], x: '1.406 + 1.517', y: '3.324', stated: '89,7%', mistake: 'planted', original: 'tỷ lệ hộ ở nhà kiên cố và bán kiên cố đạt 87,9%', note: 'Class 2: a percent only in the summary whose parts and base are in the table of II.8; 2.923 of 3.324 is 87,94% → 87,9%, written with digits swapped (adding the table\'s rounded 42,3 + 45,6 also gives 87,9).' }),
    contradiction({ id: 'no-simple-housing', quote: ['toàn xã không còn hộ phải ở nhà đơn sơ', '| Nhà đơn sơ | 11 | 0,3 | 1,7 |', 'Số hộ còn ở nhà thiếu kiên cố và nhà đơn sơ là 401 hộ'], stated: 'không còn hộ phải ở nhà đơn sơ', expected: '11 hộ ở nhà đơn sơ (II.8)', consistent: false, reason: 'The summary says no household still lives in a đơn sơ dwelling; the table of II.8 counts 11 such households, and the text counts 401 in thiếu kiên cố and đơn sơ dwellings.', mistake: 'planted', original: 'toàn xã chỉ còn 11 hộ phải ở nhà đơn sơ', note: 'Class 8: a "không còn" statement contradicted by a count elsewhere.' }),
    repeat({ id: 'sum-savings', quote: ['tiết kiệm 6,75 triệu đồng', 'Số kinh phí còn lại 6,75 triệu đồng'], values: ['6,75', '6,75'] }),
    // IV.2 weaknesses
    repeat({ id: 'weak-errors', quote: ['qua phúc tra còn cao (13,1%)', '(13,1% số phiếu được phúc tra)'], values: ['13,1%', '13,1%'] }),
    repeat({ id: 'weak-housing-rate', quote: ['Còn 12,1% số hộ ở nhà thiếu kiên cố, đơn sơ', '401 hộ (12,1%)'], values: ['12,1%', '12,1%'] }),
    repeat({ id: 'weak-school', quote: ['nhóm 15 - 17 tuổi (88,0%)', 'có 486/552 em đang đi học (88,0%)'], values: ['88,0%', '88,0%'], note: 'the commune\'s rate restated where the text speaks of one thôn.' }),
    // IV.3 tasks
    ratio({ id: 'task-recheck-areas', quote: ['tại 2 địa bàn được chọn (14,3% số địa bàn của xã)', 'được chia thành 14 địa bàn điều tra'], x: '2', y: '14', stated: '14,3%', note: 'the base is the 14 areas of I.1.' }),
    repeat({ id: 'task-housing', quote: ['lập danh sách 401 hộ ở nhà thiếu kiên cố', 'nhà đơn sơ là 401 hộ (12,1%)'], values: ['401', '401'] }),
  ],
});
