// Written for the corpus (batch T2): Ban Dân vận Đảng ủy xã Kim Bình Thượng (tỉnh Tuyên Quang, mountainous; the
// commune is invented) to the commune's Ban Thường vụ Đảng ủy, mass mobilisation (công tác dân vận) in 2026 in
// parts I - IV: households, people, the ethnic-minority share of households and the ethnic composition's shares,
// believers of two religions in parentheses and their share, people of prestige per thôn, Tổ dân vận as 26/26 with
// members per tổ, the poor households' fall in percentage points; propaganda sessions per session, in minority
// languages (a subset), against 2025 only in a footnote, officials of minority origin with a whole percent rounded
// half-up from ,5; "Dân vận khéo" models registered and recognised as X/Y, against 2025 in a footnote, the commune
// and thôn levels in parentheses, a table of four fields (models, the commune-level ones among them, shares, total
// row), the thôn with a model as X/Y with a whole percent; rural roads: km built (the routes' length in m in a
// footnote) and the lũy kế since 2021 from a footnote, working days of quarter IV and the year's lũy kế from the
// nine months' report in a footnote, per household, against a plan in parentheses; land donated (a "trong đó"
// subset of households, quarter IV and the year's lũy kế with the nine months in parentheses); the value of
// contributions in tỷ after "gồm" with parts in triệu, working days × đồng per day, cash against a plan in tỷ in
// parentheses; grassroots democracy: dialogues' opinions answered and left, works supervised 11/11, the opinions
// gathered; petitions received (in competence and beyond in parentheses) against 2025 in a footnote, by field in
// shares, settled as X/Y against a minimum, remainders, approval as X/Y with a whole percent; people of prestige:
// gifts as people × đồng, mediation as X/Y; religion: a "none" of unlawful preaching beside a count of another
// kind; members of mass organisations with a "trong đó" subset and the change against 2025 from a footnote that
// also gives the nine months' figure, branches inspected as X/Y with the percent in parentheses; summary restating
// figures (the thôn models' share, working days, land in ha, the value in triệu, km, the settled rate, members)
// and weaknesses (remainders, a case of unlawful preaching in May); targets for 2027 with a plan's remainder in
// km.
import { atLeast, change, contradiction, cumulative, difference, excess, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ban-dan-van-dang-uy-xa-kim-binh-thuong-cong-tac-dan-van-nam-2026.md',
  prefix: 'kbt',
  claims: [
    contradiction({ id: 'documents', quote: ['Quyết định số 23-QĐ/TW ngày 30/7/2021', 'Kế hoạch số 09-KH/ĐU ngày 12/01/2026', 'Số 21-BC/BDV', 'Theo Báo cáo số 15-BC/BDV ngày 18/9/2026', '(số liệu đến 30/9/2026)'], stated: '23', expected: 'documents', consistent: true, reason: 'A decision\'s, a plan\'s, this report\'s and the nine months\' report\'s numbers and dates.', trap: 'numbers in documents\' names.' }),
    // I
    share({ id: 'ethnic-households', quote: ['chiếm 91,4% số hộ toàn xã', 'Đồng bào dân tộc thiểu số có 3.872 hộ', '4.236 hộ với 18.540 nhân khẩu'], x: '3.872', y: '4.236', stated: '91,4%' }),
    sum({ id: 'ethnic-shares', quote: ['dân tộc Tày chiếm 46,2%, dân tộc Dao 27,5%, dân tộc Mông 14,8%, dân tộc Kinh 8,6%, các dân tộc khác 2,9%'], parts: ['46,2%', '27,5%', '14,8%', '8,6%', '2,9%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    sum({ id: 'believers', quote: ['tổng số 612 tín đồ', '(Công giáo 176 người, Tin Lành 436 người)'], parts: ['176', '436'], total: '612' }),
    share({ id: 'believers-share', quote: ['chiếm 3,3% dân số', 'tổng số 612 tín đồ', '4.236 hộ với 18.540 nhân khẩu'], x: '612', y: '18.540', stated: '3,3%' }),
    quotient({ id: 'prestige-per-thon', quote: ['bình quân 2,6 người/thôn', 'Toàn xã có 68 người có uy tín', 'có 26 thôn'], x: '68', y: '26', stated: '2,6', trap: 'people of prestige per thôn.' }),
    ratio({ id: 'to-dan-van', quote: ['đã kiện toàn Tổ dân vận (đạt 100%)'], x: '26', y: '26', stated: '100%', trap: '"100%" of an X/X.' }),
    product({ id: 'to-members', quote: ['với 130 thành viên', 'mỗi tổ 5 người', '26/26 thôn đã kiện toàn Tổ dân vận'], x: '26', y: '5', stated: '130', trap: 'members as tổ × members per tổ, not parts.' }),
    difference({ id: 'poverty', quote: ['giảm 4,4 điểm phần trăm', 'tỷ lệ hộ nghèo giảm từ 18,6% cuối năm 2025 xuống còn 14,2%'], a: '18,6', b: '14,2', stated: '4,4', trap: 'a fall in percentage points between two rates, not a percent change.' }),
    // II.1
    quotient({ id: 'per-session', quote: ['bình quân 80,5 người/buổi', 'tổ chức 48 buổi tuyên truyền tại các thôn với 3.864 lượt người dự'], x: '3.864', y: '48', stated: '80,5', trap: 'people per session.' }),
    atLeast({ id: 'sessions-language', quote: ['trong đó 22 buổi tuyên truyền bằng tiếng Tày, tiếng Dao và tiếng Mông', 'tổ chức 48 buổi tuyên truyền tại các thôn'], big: '48', small: '22', trap: 'a "trong đó" subset of the sessions, not a breakdown.' }),
    difference({ id: 'sessions-2025', quote: ['số buổi tuyên truyền tăng 12 buổi', 'tổ chức 48 buổi tuyên truyền tại các thôn', 'tổ chức 36 buổi tuyên truyền với 2.915 lượt người dự'], a: '48', b: '36', stated: '12', note: 'The 2025 base is only in footnote 1.' }),
    change({ id: 'attendance-2025', quote: ['số lượt người dự tăng 32,6%', 'với 3.864 lượt người dự', 'với 2.915 lượt người dự'], x: '3.864', base: '2.915', stated: '32,6%', direction: 'tăng', trap: 'a change whose base is only in a footnote, right.' }),
    share({ id: 'officials-minority', quote: ['(chiếm 63%)', 'Xã có 40 cán bộ, công chức, trong đó 25 người là người dân tộc thiểu số'], x: '25', y: '40', stated: '63%', trap: 'a whole percent rounded half-up from exactly 62,5.' }),
    // II.2
    ratio({ id: 'models-recognised', quote: ['đạt 95,6% số đăng ký', 'đăng ký xây dựng 68 mô hình', 'công nhận 65 mô hình (22'], x: '65', y: '68', stated: '95,6%' }),
    difference({ id: 'models-2025', quote: ['tăng 17 mô hình so với năm trước', 'công nhận 65 mô hình (22', 'công nhận 48 mô hình "Dân vận khéo"'], a: '65', b: '48', stated: '17', note: 'The 2025 base is only in footnote 1; 48 is a same-named indicator of another period.' }),
    sum({ id: 't-total', quote: ['công nhận 65 mô hình (22 mô hình cấp xã', 'Tổng cộng', 'Kinh tế', 'Văn hóa - xã hội', 'Quốc phòng - an ninh', 'Xây dựng hệ thống chính trị'], parts: ['29', '18', '10', '8'], total: '65', kind: 'cross_total', note: 'The models by field (column "Tổng số mô hình") against the total row\'s 65, which the text gives.' }),
    sum({ id: 't-commune', quote: ['22 mô hình cấp xã', 'Tổng cộng', 'Kinh tế', 'Văn hóa - xã hội', 'Quốc phòng - an ninh', 'Xây dựng hệ thống chính trị'], parts: ['9', '6', '4', '3'], total: '22', kind: 'cross_total', note: 'The commune-level models by field (column "Trong đó: cấp xã") against the total row\'s 22.' }),
    sum({ id: 'levels', quote: ['công nhận 65 mô hình (22 mô hình cấp xã, 43 mô hình cấp thôn, chi bộ)'], parts: ['22', '43'], total: '65' }),
    share({ id: 't-share-economy', quote: ['44,6', 'Kinh tế', 'Tổng cộng'], x: '29', y: '65', stated: '44,6' }),
    share({ id: 't-share-culture', quote: ['27,7', 'Văn hóa - xã hội', 'Tổng cộng'], x: '18', y: '65', stated: '27,7' }),
    share({ id: 't-share-defence', quote: ['15,4', 'Quốc phòng - an ninh', 'Tổng cộng'], x: '10', y: '65', stated: '15,4' }),
    share({ id: 't-share-politics', quote: ['12,3', 'Xây dựng hệ thống chính trị', 'Tổng cộng'], x: '8', y: '65', stated: '12,3' }),
    sum({ id: 't-shares', quote: ['Tổng cộng', '44,6', '27,7', '15,4', '12,3'], parts: ['44,6', '27,7', '15,4', '12,3'], total: '100', implicitTotal: true, rounded: true, kind: 'share_percent', note: 'The shares column against the total row\'s 100.' }),
        ratio({ id: 'thon-with-model', quote: ['đạt 81%', '21/26 thôn đã có mô hình "Dân vận khéo" cấp thôn'], x: '21', y: '26', stated: '81%', note: '80,77% rounds half-up to 81%.' }),
    // II.3
    repeat({ id: 'road-length', quote: ['tổng chiều dài 14.060 m', 'làm mới, cứng hóa 14,6 km đường giao thông nông thôn'], values: ['14,6 km', '14.060 m'], kind: 'unit', mistake: 'planted', original: 'tổng chiều dài 14.600 m', note: 'Class 5: footnote 2 restates the body\'s 14,6 km of roads in metres with a zero slipped in: 14.060 m (14,06 km) for 14.600 m.' }),
    cumulative({ id: 'roads-since-2021', quote: ['được cứng hóa từ năm 2021 đến nay lên 53,3 km', 'các xã cũ đã cứng hóa 38,7 km đường thôn, liên thôn', 'làm mới, cứng hóa 14,6 km đường giao thông nông thôn'], previous: '38,7 km', period: '14,6 km', stated: '53,3 km', note: 'The lũy kế of 2021 - 2025 is only in footnote 2.' }),
    contradiction({ id: 'road-name', quote: ['tuyến Km3 - Nà Khau (2,8 km)'], stated: '3', expected: 'a name', consistent: true, reason: 'A road\'s name (Km3) and its own length, one of the nine routes.', trap: 'a number in a road\'s name.' }),
    cumulative({ id: 'days-year', quote: ['nâng tổng số ngày công từ đầu năm lên 13.560 ngày công', 'Nhân dân đóng góp 9.870 ngày công', 'Riêng quý IV, Nhân dân đóng góp 3.690 ngày công'], previous: '9.870', period: '3.690', stated: '13.560', note: 'The nine months\' working days are only in footnote 3 (the previous report).' }),
    quotient({ id: 'days-per-household', quote: ['bình quân 3,2 ngày công/hộ', 'lên 13.560 ngày công', '4.236 hộ với 18.540 nhân khẩu'], x: '13.560', y: '4.236', stated: '3,2', trap: 'working days per household.' }),
    excess({ id: 'days-plan', quote: ['vượt 13,0% kế hoạch', '(kế hoạch năm 12.000 ngày công)', 'lên 13.560 ngày công'], x: '13.560', y: '12.000', stated: '13,0%' }),
    atLeast({ id: 'land-households', quote: ['trong đó 37 hộ hiến từ 100 m² trở lên', 'Có 214 hộ tự nguyện hiến đất'], big: '214', small: '37', trap: 'a "trong đó" subset of the households, with "100 m²" a threshold.' }),
    cumulative({ id: 'land-year', quote: ['nâng tổng diện tích đất hiến từ đầu năm lên 12.460 m²', '(9 tháng đầu năm đạt 9.320 m²)', 'Quý IV, các hộ hiến thêm 3.240 m²'], previous: '9.320 m²', period: '3.240 m²', stated: '12.460 m²', mistake: 'planted', original: 'nâng tổng diện tích đất hiến từ đầu năm lên 12.560 m²', note: 'Class 6: the nine months\' 9.320 m² in parentheses after it plus quarter IV\'s 3.240 m² is 12.560 m², not 12.460 m².' }),
    sum({ id: 'value-parts', quote: ['đạt 3,186 tỷ đồng', 'gồm: tiền mặt 1.245 triệu đồng; ngày công quy đổi 1.356 triệu đồng', 'cây cối, vật liệu và hiện vật 595 triệu đồng'], parts: ['1.245 triệu đồng', '1.356 triệu đồng', '595 triệu đồng'], total: '3,186 tỷ đồng', mistake: 'planted', original: 'cây cối, vật liệu và hiện vật 585 triệu đồng', note: 'Class 4: the parts after "gồm", in triệu, add to 3.196 triệu against the total of 3,186 tỷ written in another scale; the goods\' 585 triệu are written 595.' }),
    product({ id: 'days-value', quote: ['ngày công quy đổi 1.356 triệu đồng', '(13.560 ngày công × 100.000 đồng/ngày công)'], x: '13.560', y: '100.000', factor: '0,000001', stated: '1.356 triệu đồng', trap: 'a value as working days × đồng per day, in triệu.' }),
    ratio({ id: 'cash-plan', quote: ['đạt 123,9% kế hoạch', '(kế hoạch vận động 1,05 tỷ đồng)', 'tiền mặt 1.245 triệu đồng'], x: '1.245 triệu đồng', y: '1,05 tỷ đồng', stated: '123,9%', mistake: 'planted', original: 'đạt 118,6% kế hoạch', note: 'Class 1: the plan is in parentheses in another scale, 1,05 tỷ = 1.050 triệu; 1.245/1.050 = 118,6%; 123,9% reads the plan as 1.005 triệu.' }),
    // II.4
    contradiction({ id: 'law', quote: ['Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15'], stated: '10', expected: 'a document', consistent: true, reason: 'A law\'s number and year.', trap: 'numbers in a document\'s name.' }),
    sum({ id: 'dialogue', quote: ['tiếp nhận 38 ý kiến', 'đã trả lời trực tiếp tại hội nghị 29 ý kiến, còn 9 ý kiến'], parts: ['29', '9'], total: '38', trap: 'a remainder ("còn 9") with its whole.' }),
    ratio({ id: 'works-supervised', quote: ['(100%)', 'đã giám sát 11/11 công trình'], x: '11', y: '11', stated: '100%', trap: '"100%" of an X/X.' }),
    repeat({ id: 'opinions-gathered', quote: ['tổng hợp 116 ý kiến, kiến nghị', 'xã tiếp nhận 106 ý kiến, kiến nghị của Nhân dân'], values: ['106', '116'], mistake: 'planted', original: 'tổng hợp 106 ý kiến, kiến nghị', note: 'Class 5: the opinions the Front and mass organisations gathered, given in II.4 as 116 and in II.5 (with their breakdown) as 106.' }),
    // II.5
    sum({ id: 'petitions', quote: ['xã tiếp nhận 106 ý kiến, kiến nghị của Nhân dân', '(94 ý kiến thuộc thẩm quyền của xã, 12 ý kiến thuộc thẩm quyền cấp tỉnh)'], parts: ['94', '12'], total: '106' }),
    difference({ id: 'petitions-2025', quote: ['giảm 15 ý kiến so với năm 2025', 'xã tiếp nhận 106 ý kiến, kiến nghị của Nhân dân', 'tiếp nhận 121 ý kiến, kiến nghị của Nhân dân'], a: '121', b: '106', stated: '15', note: 'The 2025 base is only in footnote 4.' }),
    sum({ id: 'petition-fields', quote: ['kiến nghị về đất đai chiếm 41,5%; chính sách xã hội 21,7%; hạ tầng giao thông, thủy lợi, điện 25,4%; các lĩnh vực khác 10,4%'], parts: ['41,5%', '21,7%', '25,4%', '10,4%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'hạ tầng giao thông, thủy lợi, điện 26,4%', note: 'Class 3: the four fields add to 99,0%; 28 of 106 petitions on infrastructure is 26,4%, written 25,4%.' }),
    ratio({ id: 'settled', quote: ['đạt 87,2%, vượt chỉ tiêu', 'đã giải quyết xong 82/94 ý kiến thuộc thẩm quyền của xã'], x: '82', y: '94', stated: '87,2%' }),
    contradiction({ id: 'settled-min', quote: ['(tối thiểu 85%)'], stated: 'tối thiểu 85%', expected: 'a target', consistent: true, reason: 'The congress resolution\'s minimum beside the 87,2% reached.', trap: 'a threshold next to a rate.' }),
    difference({ id: 'unsettled', quote: ['còn 12 ý kiến đang xem xét, giải quyết', 'đã giải quyết xong 82/94 ý kiến'], a: '94', b: '82', stated: '12', trap: 'a remainder of X/Y, equal to another count (the 12 petitions beyond the commune).' }),
    ratio({ id: 'approval', quote: ['đạt 93%', 'Nhân dân đồng tình với kết quả giải quyết 77/82 ý kiến'], x: '77', y: '82', stated: '93%', mistake: 'planted', original: 'đạt 94%', note: 'Class 7: 77/82 = 93,90%, which is 94% written whole; 93% truncates.' }),
    // II.6
    product({ id: 'gift-money', quote: ['tổng số tiền 40,8 triệu đồng', 'với mức 600.000 đồng/người', 'Toàn xã có 68 người có uy tín'], x: '68', y: '600.000', factor: '0,000001', stated: '40,8 triệu đồng', trap: 'gifts as people × đồng per person, in triệu.' }),
    ratio({ id: 'mediation', quote: ['hòa giải thành 27/31 vụ việc, đạt 87,1%'], x: '27', y: '31', stated: '87,1%' }),
    contradiction({ id: 'religion-files', quote: ['giải quyết đúng hạn 3 hồ sơ đăng ký sinh hoạt tôn giáo tập trung', 'không có trường hợp truyền đạo trái pháp luật'], stated: '3 hồ sơ', expected: 'another kind', consistent: true, reason: 'Lawful registrations for collective religious activity are not unlawful preaching; the three files do not deny the "none".', trap: 'a count of another kind beside a "none".' }),
    // II.7
    atLeast({ id: 'members-subset', quote: ['trong đó Hội Nông dân 3.426, Hội Liên hiệp Phụ nữ 3.318, Hội Cựu chiến binh 812, Đoàn Thanh niên 1.146', 'có tổng số 11.482 đoàn viên, hội viên'], big: '11.482', small: '3.426 + 3.318 + 812 + 1.146', trap: 'a "trong đó" naming four of the organisations (8.702 of 11.482), not a full breakdown.' }),
    change({ id: 'members-change', quote: ['tăng 1,4% so với cuối năm 2025', 'có tổng số 11.482 đoàn viên, hội viên', 'Ngày 31/12/2025, toàn xã có 11.096 đoàn viên, hội viên'], x: '11.482', base: '11.096', stated: '1,4%', direction: 'tăng', mistake: 'planted', original: 'tăng 3,5% so với cuối năm 2025', note: 'Class 1: the base of the end of 2025 is only in footnote 5; 386/11.096 = 3,5%; 1,4% divides by the 11.318 of 30/9/2026 that the same footnote gives (a same-named indicator of another date).' }),
    share({ id: 'branches-inspected', quote: ['8/41 chi bộ (19,5%)'], x: '8', y: '41', stated: '19,5%', trap: 'a percent in parentheses belonging to the X/Y beside it.' }),
    contradiction({ id: 'no-failed-branch', quote: ['không có chi bộ nào bị xếp loại chưa đạt'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts a branch rated as failing.', trap: 'a "none" with nothing against it.' }),
    // III.1
    repeat({ id: 'summary-models', quote: ['Toàn xã có 65 mô hình "Dân vận khéo" được công nhận', 'công nhận 65 mô hình (22'], values: ['65', '65'] }),
    share({ id: 'summary-thon-share', quote: ['chiếm 63,2%', '43 mô hình cấp thôn, chi bộ', 'đăng ký xây dựng 68 mô hình'], x: '43', y: '65', stated: '63,2%', mistake: 'planted', original: 'trong đó mô hình cấp thôn, chi bộ chiếm 66,2%', note: 'Class 2: far from its base in II.2; 43 of the 65 recognised models is 66,2%; 63,2% divides by the 68 registered.' }),
    repeat({ id: 'summary-days', quote: ['Nhân dân đóng góp 13.560 ngày công, hiến', 'lên 13.560 ngày công'], values: ['13.560', '13.560'] }),
    repeat({ id: 'summary-land', quote: ['hiến 1,25 ha đất', 'lên 12.460 m²'], values: ['12.460 m²', '1,25 ha'], kind: 'unit', note: 'The summary carries the body\'s lũy kế as written (12.460 m² = 1,246 ha); the wrong lũy kế is one mistake (land-year).' }),
    repeat({ id: 'summary-value', quote: ['tổng giá trị đóng góp 3.186 triệu đồng', 'đạt 3,186 tỷ đồng'], values: ['3,186 tỷ đồng', '3.186 triệu đồng'], kind: 'unit', trap: 'the value restated in triệu, agreeing.' }),
    repeat({ id: 'summary-roads', quote: ['góp phần cứng hóa 14,6 km', 'làm mới, cứng hóa 14,6 km đường giao thông nông thôn'], values: ['14,6 km', '14,6 km'] }),
    repeat({ id: 'summary-settled', quote: ['thuộc thẩm quyền của xã đạt 87,2%', 'đạt 87,2%, vượt chỉ tiêu'], values: ['87,2%', '87,2%'] }),
    repeat({ id: 'summary-members', quote: ['đạt 11.482 người', 'có tổng số 11.482 đoàn viên, hội viên'], values: ['11.482', '11.482'] }),
    // III.2
    repeat({ id: 'weak-unsettled', quote: ['Còn 12 ý kiến, kiến nghị thuộc thẩm quyền của xã chưa được giải quyết', 'còn 12 ý kiến đang xem xét, giải quyết'], values: ['12', '12'] }),
    difference({ id: 'weak-thon', quote: ['Còn 5 thôn chưa có mô hình', '21/26 thôn đã có mô hình'], a: '26', b: '21', stated: '5', trap: 'a remainder of X/Y.' }),
    contradiction({ id: 'preaching', quote: ['Tháng 5/2026, tại thôn Khuổi Phầy vẫn xảy ra 1 trường hợp người từ nơi khác đến truyền đạo trái pháp luật', 'Trong năm không có trường hợp truyền đạo trái pháp luật'], stated: '1 trường hợp (tháng 5/2026)', expected: 'none (II.6)', consistent: false, reason: 'Section II.6 says there was no case of unlawful preaching in the year; the weaknesses count one in thôn Khuổi Phầy in May 2026.', mistake: 'planted', original: 'Công tác nắm tình hình tư tưởng của đồng bào ở một số thôn vùng sâu có lúc chưa kịp thời.', note: 'Class 8: a count against a "không có" statement.' }),
    // IV
    contradiction({ id: 'targets', quote: ['Phấn đấu 100% thôn có mô hình "Dân vận khéo" cấp thôn; công nhận ít nhất 70 mô hình', 'đạt trên 90%'], stated: '100%', expected: 'targets', consistent: true, reason: 'Targets for 2027 beside this year\'s 81% of thôn, 65 models and 87,2% settled.', trap: 'targets next to rates.' }),
    contradiction({ id: 'days-target', quote: ['đóng góp tối thiểu 12.000 ngày công'], stated: '12.000', expected: 'a target', consistent: true, reason: 'The minimum for 2027, equal to this year\'s plan and beside this year\'s 13.560 working days.', trap: 'a target of another period equal to a figure of this one.' }),
    difference({ id: 'roads-left', quote: ['sau năm 2026 còn 57,4 km phải thực hiện', 'cứng hóa 72 km', 'làm mới, cứng hóa 14,6 km đường giao thông nông thôn'], a: '72 km', b: '14,6 km', stated: '57,4 km', trap: 'a remainder of a plan.' }),
  ],
});
