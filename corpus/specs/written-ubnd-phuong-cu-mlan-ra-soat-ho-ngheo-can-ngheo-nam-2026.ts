// Written for the corpus, blind: the Ban Chỉ đạo rà soát hộ nghèo, hộ cận nghèo of Ủy ban nhân dân phường Cư Mlan
// (tỉnh Đắk Lắk after the 2025 merger; the ward, its 11 tổ dân phố and all people are invented) to the provincial UBND,
// the Sở Y tế and the Sở Nội vụ, the report of the 2026 review of poor and near-poor households under the
// multidimensional poverty line of 2026 - 2030 (dated 10/12/2026), in parts I - V. The organisation (teams and members,
// all households reviewed X/X, Phiếu A and Phiếu B1 with the B1 share of households and its parts after
// "gồm", the households left outside B1, 11/11 meetings, a "none" of complaints beside questions of another kind),
// the income lines (1,5 × and 1,1 × the poverty line). Households and persons (per household), the households' growth
// over the start of the year given only in footnote 1 (the 2025 results with their rates); the movement of poor households
// (start − thoát + phát sinh = end, the parts of each flow after "trong đó"/"gồm", a share of a flow, a "none" of
// disaster-caused poverty, persons per household, the fall in households and in percent) and of near-poor households
// (the same, with the 58 and 9 households that cross between the lists); rates among all households and their changes
// in percentage points, the poor and near-poor together against a start rate built from the footnote. A table per tổ
// dân phố (households, poor, near-poor and both rates; a totals row) with text restating it (an X/Y of tổ as a whole
// percent, the three ethnic-minority tổ's sum and share). Poor households by cause (a table with counts, shares and a
// total row), near-poor causes as bare shares; deprivation counts per dimension with shares of the 135 (not parts of
// one total, their mean per household), a "none" of school drop-outs beside an education deprivation of adults; groups
// (người có công, ethnic minorities against two bases, no work capacity) overlapping; households with middle living
// standard (share, a "trong đó" subset). Supports: BHYT cards (X/X and X of a footnote's
// base, their sum), pupils after "gồm", learning costs and electricity as products, housing (products, sum, lũy kế from
// a footnote in căn and in tỷ), loans per household, the total of supports in tỷ from parts in triệu; the resolution's
// targets (points, households, a ceiling) and the term's aim in footnote 3. A summary restating figures (one percent far from its base, tỷ for triệu),
// weaknesses (a multiple as "gấp hơn hai lần"), tasks for 2027 with a target in points.
//
// (b) Mistakes and traps: 10 planted mistakes — class 1 ×2: the information deprivation 97 of the 135 poor households
// of the sentence before written 79,1% (71,85% → 71,9%, digits swapped); the BHYT cards of 1.264 near-poor persons
// written 91,7% of the 1.302 near-poor persons given only in footnote 1 (97,08% → 97,1%). Class 2: the summary's 96
// households leaving poverty as 48,9% of the 214 at the start (II.1), for 44,9%. Class 3: the bare near-poor cause
// shares 34,7 + 21,5 + 18,4 + 15,3 + 11,1 = 101,0% (10,1 written 11,1). Class 4: the Phiếu B1 households 214 + 367 +
// 213 = 794 against 812 (231 written 213). Class 5 ×2: Tổ dân phố 9's 26 poor households in IV.2 against the table's
// 24 (a stale figure); the summary's electricity support 152,8 triệu against 125,8 triệu in III.1. Class 6: footnote
// 2's 49 houses of 2024 - 2025 + the 16 of 2026 = 65 ≠ the lũy kế 63 (47 written 49). Class 7: 5/11 tổ dân phố
// written 46% (45,45% → 45%; rounded twice). Class 8: the summary's "không còn hộ nghèo thuộc diện người có công"
// against the 3 such households of II.6. Traps (35): document numbers and dates, periods, an age range; 100% of X/X
// three times (households reviewed, meetings, BHYT of the poor); the B1 share of all households and
// the remainder outside B1; a "none" of complaints beside 3 questions; income lines as products of the poverty line;
// persons per household twice; start rates only in a footnote, and the start rate of both lists from its two counts;
// rate changes in percentage points (two); a half-up at exactly 1,125%; deprivation counts that are not parts of
// the 135 and their mean 2,9 per household; a "none" of drop-outs beside an adult-education deprivation; overlapping
// groups; the ethnic-minority share against another base (their 1.486 households); a "none" of disaster-caused
// poverty beside poverty from illness; products for learning costs, electricity and houses; the housing lũy kế in tỷ
// from tỷ + triệu; loans per household in triệu from tỷ; the total of supports in tỷ from parts in triệu; the target
// exceeded in points; a rate below a ceiling; the summary's housing in tỷ; "gấp hơn hai lần" as an inequality; the
// 2027 target as a difference in points.
import { atLeast, change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-ubnd-phuong-cu-mlan-ra-soat-ho-ngheo-can-ngheo-nam-2026.md',
  prefix: 'cml',
  claims: [
    // Header and I. organisation
    contradiction({ id: 'documents', quote: ['Số: 36/BC-BCĐ', 'Nghị định số 296/2025/NĐ-CP ngày 14/11/2025', 'Thông tư số 06/2026/TT-BYT ngày 20/3/2026', 'Kế hoạch số 215/KH-UBND ngày 28/8/2026', 'Kế hoạch số 142/KH-UBND ngày 05/9/2026', 'Quyết định số 1105/QĐ-UBND ngày 08/9/2026'], stated: '36', expected: 'documents', consistent: true, reason: 'Numbers and dates of the report and the documents it rests on.', trap: 'numbers in documents\' names and dates.' }),
    contradiction({ id: 'dates-periods', quote: ['Quyết định số 1376/QĐ-UBND ngày 08/12/2026', 'từ ngày 15/9 đến ngày 25/11/2026', 'Nghị quyết số 27/NQ-HĐND ngày 18/12/2025', 'Quyết định số 1248/QĐ-UBND ngày 26/12/2025', 'quy định chuẩn nghèo đa chiều giai đoạn 2026 - 2030', 'nhiệm kỳ 2025 - 2030', 'Trong năm học 2025 - 2026', 'niêm yết công khai 7 ngày làm việc'], stated: '1376', expected: 'documents, dates and periods', consistent: true, reason: 'Decisions, the review window, the policy period, a term of office, a school year and a posting period.', trap: 'dates written like X/Y and periods written like ranges.' }),
    ratio({ id: 'all-reviewed', quote: ['bảo đảm 6.248/6.248 hộ dân trên địa bàn (100%)'], x: '6.248', y: '6.248', stated: '100%', trap: '"100%" of X/X.' }),
    repeat({ id: 'households-table', quote: ['| Toàn phường | 6.248 | 135 | 2,16 | 291 | 4,66 |', 'phường có 6.248 hộ với 24.915 nhân khẩu'], values: ['6.248', '6.248'] }),
    share({ id: 'b1-share', quote: ['chiếm 13,0% tổng số hộ', 'thu thập thông tin của 812 hộ', 'phường có 6.248 hộ'], x: '812', y: '6.248', stated: '13,0%', trap: 'a share of all households, whose number is given in II.1.' }),
    sum({ id: 'b1-parts', quote: ['thu thập thông tin của 812 hộ, chiếm 13,0% tổng số hộ, gồm 214 hộ nghèo, 367 hộ cận nghèo đầu năm và 213 hộ có dấu hiệu'], parts: ['214', '367', '213'], total: '812', mistake: 'planted', original: 'gồm 214 hộ nghèo, 367 hộ cận nghèo đầu năm và 231 hộ có dấu hiệu', note: 'Class 4: the parts after "gồm" add to 794, not the 812 households of Phiếu B1; 231 written 213.' }),
    difference({ id: 'outside-b1', quote: ['5.436 hộ còn lại không thuộc diện rà soát bằng Phiếu B1', 'bảo đảm 6.248/6.248 hộ', 'thu thập thông tin của 812 hộ'], a: '6.248', b: '812', stated: '5.436', trap: 'a remainder: all households less those of Phiếu B1.' }),
    ratio({ id: 'meetings', quote: ['11/11 tổ dân phố (100%) đã họp dân bình xét'], x: '11', y: '11', stated: '100%', trap: '"100%" of X/X.' }),
    contradiction({ id: 'no-complaints', quote: ['không có đơn thư khiếu nại; Ban Chỉ đạo nhận 3 ý kiến thắc mắc'], stated: 'không có đơn thư khiếu nại', expected: 'another kind', consistent: true, reason: 'Three questions answered on the spot are not written complaints.', trap: 'a "none" beside a count of another kind.' }),
    product({ id: 'middle-line', quote: ['đến 4,2 triệu đồng/người/tháng (bằng 1,5 lần chuẩn nghèo)', 'từ 2,8 triệu đồng/người/tháng trở xuống'], x: '2,8', y: '1,5', stated: '4,2', trap: 'an income line as a multiple of the poverty line.' }),
    // II.1 general
    quotient({ id: 'persons-per-household', quote: ['(bình quân 3,99 người/hộ)', 'phường có 6.248 hộ với 24.915 nhân khẩu'], x: '24.915', y: '6.248', stated: '3,99', trap: 'persons per household, not a percent.' }),
    difference({ id: 'households-growth', quote: ['số hộ tăng 91 hộ', 'phường có 6.248 hộ', 'tổng số 6.157 hộ'], a: '6.248', b: '6.157', stated: '91', note: 'The start-of-year households are given only in footnote 1.' }),
    repeat({ id: 'start-poor-fn', quote: ['toàn phường có 214 hộ nghèo và 367 hộ cận nghèo', '214 hộ nghèo (3,48%) với 798 nhân khẩu'], values: ['214', '214'] }),
    repeat({ id: 'start-near-fn', quote: ['367 hộ cận nghèo.', '367 hộ cận nghèo (5,96%) với 1.302 nhân khẩu'], values: ['367', '367'] }),
    share({ id: 'start-poor-rate', quote: ['214 hộ nghèo (3,48%)', 'tổng số 6.157 hộ'], x: '214', y: '6.157', stated: '3,48%', trap: 'a rate in a footnote against the footnote\'s own (earlier) households, not the 6.248 of the text.' }),
    share({ id: 'start-near-rate', quote: ['367 hộ cận nghèo (5,96%)', 'tổng số 6.157 hộ'], x: '367', y: '6.157', stated: '5,96%' }),
    // II.2 movement of poor households
    sum({ id: 'out-of-poverty-parts', quote: ['có 96 hộ thoát nghèo, trong đó 58 hộ chuyển sang hộ cận nghèo và 38 hộ vượt qua chuẩn cận nghèo'], parts: ['58', '38'], total: '96' }),
    sum({ id: 'new-poor-parts', quote: ['Số hộ nghèo phát sinh là 17 hộ, gồm 9 hộ cận nghèo rơi xuống hộ nghèo', 'và 8 hộ nghèo mới'], parts: ['9', '8'], total: '17' }),
    contradiction({ id: 'no-disaster-poverty', quote: ['Không có hộ nghèo phát sinh do thiên tai, dịch bệnh', '9 hộ cận nghèo rơi xuống hộ nghèo do có người ốm đau dài ngày'], stated: 'Không có hộ nghèo phát sinh do thiên tai, dịch bệnh', expected: 'another kind', consistent: true, reason: 'The 17 new poor households come from illness, new households and arrivals, none from disasters or epidemics.', trap: 'a "none" beside new poor households of another cause.' }),
    sum({ id: 'poor-movement', quote: ['đến cuối năm 2026 phường còn 135 hộ nghèo', 'toàn phường có 214 hộ nghèo', 'có 96 hộ thoát nghèo, trong đó', 'Số hộ nghèo phát sinh là 17 hộ'], parts: ['214', '−96', '17'], total: '135', labels: ['đầu năm', 'thoát nghèo', 'phát sinh'], note: 'start − thoát + phát sinh = end.' }),
    quotient({ id: 'poor-persons-per-household', quote: ['(bình quân 3,47 người/hộ)', 'còn 135 hộ nghèo với 468 nhân khẩu'], x: '468', y: '135', stated: '3,47', trap: 'persons per poor household.' }),
    difference({ id: 'poor-fall', quote: ['giảm 79 hộ so với đầu năm (giảm 36,9%)', 'còn 135 hộ nghèo', 'toàn phường có 214 hộ nghèo'], a: '214', b: '135', stated: '79' }),
    change({ id: 'poor-fall-pct', quote: ['(giảm 36,9%)', 'còn 135 hộ nghèo', 'toàn phường có 214 hộ nghèo'], x: '135', base: '214', stated: '36,9%', direction: 'giảm' }),
    // near-poor movement
    sum({ id: 'near-out-parts', quote: ['có 142 hộ ra khỏi danh sách hộ cận nghèo, gồm 133 hộ vượt chuẩn cận nghèo', 'và 9 hộ chuyển xuống hộ nghèo'], parts: ['133', '9'], total: '142' }),
    share({ id: 'near-out-share', quote: ['(36,2% số hộ cận nghèo đầu năm)', '133 hộ vượt chuẩn cận nghèo', '214 hộ nghèo và 367 hộ cận nghèo'], x: '133', y: '367', stated: '36,2%' }),
    repeat({ id: 'near-to-poor', quote: ['9 hộ chuyển xuống hộ nghèo', 'gồm 9 hộ cận nghèo rơi xuống hộ nghèo'], values: ['9', '9'], note: 'the same households seen from both lists.' }),
    sum({ id: 'near-new-parts', quote: ['phát sinh 66 hộ, trong đó 58 hộ từ hộ nghèo chuyển sang và 8 hộ cận nghèo mới'], parts: ['58', '8'], total: '66' }),
    repeat({ id: 'poor-to-near', quote: ['58 hộ từ hộ nghèo chuyển sang', 'trong đó 58 hộ chuyển sang hộ cận nghèo'], values: ['58', '58'] }),
    sum({ id: 'near-movement', quote: ['Cuối năm còn 291 hộ cận nghèo', '214 hộ nghèo và 367 hộ cận nghèo', 'có 142 hộ ra khỏi danh sách', 'phát sinh 66 hộ'], parts: ['367', '−142', '66'], total: '291', labels: ['đầu năm', 'ra khỏi danh sách', 'phát sinh'] }),
    difference({ id: 'near-fall', quote: ['giảm 76 hộ so với đầu năm.', 'Cuối năm còn 291 hộ cận nghèo', 'toàn phường có 214 hộ nghèo và 367 hộ cận nghèo'], a: '367', b: '291', stated: '76' }),
    // rates
    share({ id: 'poor-rate', quote: ['Tỷ lệ hộ nghèo trên tổng số hộ toàn phường còn 2,16%', 'còn 135 hộ nghèo', 'phường có 6.248 hộ'], x: '135', y: '6.248', stated: '2,16%' }),
    difference({ id: 'poor-rate-pp', quote: ['giảm 1,32 điểm phần trăm so với đầu năm', 'toàn phường còn 2,16%', '214 hộ nghèo (3,48%)'], a: '3,48', b: '2,16', stated: '1,32', trap: 'a change in percentage points against a start rate of the footnote (not the relative 37,9%).' }),
    share({ id: 'near-rate', quote: ['tỷ lệ hộ cận nghèo còn 4,66%, giảm', 'Cuối năm còn 291 hộ cận nghèo', 'phường có 6.248 hộ'], x: '291', y: '6.248', stated: '4,66%' }),
    difference({ id: 'near-rate-pp', quote: ['giảm 1,30 điểm phần trăm', 'tỷ lệ hộ cận nghèo còn 4,66%', '367 hộ cận nghèo (5,96%)'], a: '5,96', b: '4,66', stated: '1,30', trap: 'a change in percentage points.' }),
    sum({ id: 'both-lists', quote: ['Tổng số hộ nghèo và hộ cận nghèo là 426 hộ', 'còn 135 hộ nghèo', 'Cuối năm còn 291 hộ cận nghèo'], parts: ['135', '291'], total: '426' }),
    share({ id: 'both-rate', quote: ['chiếm 6,82% số hộ', 'là 426 hộ', 'phường có 6.248 hộ'], x: '426', y: '6.248', stated: '6,82%' }),
    share({ id: 'both-start-rate', quote: ['(đầu năm 9,44%)', 'tổng số 6.157 hộ, 24.586 nhân khẩu; 214 hộ nghèo', '367 hộ cận nghèo (5,96%)'], x: '214 + 367', y: '6.157', stated: '9,44%', trap: 'a start rate built from the footnote\'s two counts over its own households, in a parenthesis beside the end rate.' }),
    // II.3 table
    sum({ id: 'table-households', quote: ['| Toàn phường | 6.248 |', '| Tổ dân phố 1 | 612 |'], parts: ['612', '548', '703', '586', '800', '497', '631', '514', '462', '478', '417'], total: '6.248', labels: ['TDP 1', 'TDP 2', 'TDP 3', 'TDP 4', 'TDP 5', 'TDP 6', 'TDP 7', 'TDP 8', 'TDP 9', 'TDP 10', 'TDP 11'], kind: 'cross_total' }),
    sum({ id: 'table-poor', quote: ['| Toàn phường | 6.248 | 135 |'], parts: ['6', '5', '7', '4', '9', '8', '12', '10', '24', '27', '23'], total: '135', kind: 'cross_total' }),
    sum({ id: 'table-near', quote: ['| Toàn phường | 6.248 | 135 | 2,16 | 291 |'], parts: ['17', '14', '21', '19', '26', '22', '27', '24', '41', '44', '36'], total: '291', kind: 'cross_total' }),
    ratio({ id: 'tdp1-poor', quote: ['| Tổ dân phố 1 | 612 | 6 | 0,98 | 17 | 2,78 |'], x: '6', y: '612', stated: '0,98' }),
    ratio({ id: 'tdp1-near', quote: ['| Tổ dân phố 1 | 612 | 6 | 0,98 | 17 | 2,78 |'], x: '17', y: '612', stated: '2,78' }),
    ratio({ id: 'tdp2-poor', quote: ['| Tổ dân phố 2 | 548 | 5 | 0,91 | 14 | 2,55 |'], x: '5', y: '548', stated: '0,91' }),
    ratio({ id: 'tdp2-near', quote: ['| Tổ dân phố 2 | 548 | 5 | 0,91 | 14 | 2,55 |'], x: '14', y: '548', stated: '2,55' }),
    ratio({ id: 'tdp3-poor', quote: ['| Tổ dân phố 3 | 703 | 7 | 1,00 | 21 | 2,99 |'], x: '7', y: '703', stated: '1,00' }),
    ratio({ id: 'tdp3-near', quote: ['| Tổ dân phố 3 | 703 | 7 | 1,00 | 21 | 2,99 |'], x: '21', y: '703', stated: '2,99' }),
    ratio({ id: 'tdp4-poor', quote: ['| Tổ dân phố 4 | 586 | 4 | 0,68 | 19 | 3,24 |'], x: '4', y: '586', stated: '0,68' }),
    ratio({ id: 'tdp4-near', quote: ['| Tổ dân phố 4 | 586 | 4 | 0,68 | 19 | 3,24 |'], x: '19', y: '586', stated: '3,24' }),
    ratio({ id: 'tdp5-poor', quote: ['| Tổ dân phố 5 | 800 | 9 | 1,13 | 26 | 3,25 |'], x: '9', y: '800', stated: '1,13', trap: 'a half-up at exactly 1,125% (9/800) written 1,13.' }),
    ratio({ id: 'tdp5-near', quote: ['| Tổ dân phố 5 | 800 | 9 | 1,13 | 26 | 3,25 |'], x: '26', y: '800', stated: '3,25' }),
    ratio({ id: 'tdp6-poor', quote: ['| Tổ dân phố 6 | 497 | 8 | 1,61 | 22 | 4,43 |'], x: '8', y: '497', stated: '1,61' }),
    ratio({ id: 'tdp6-near', quote: ['| Tổ dân phố 6 | 497 | 8 | 1,61 | 22 | 4,43 |'], x: '22', y: '497', stated: '4,43' }),
    ratio({ id: 'tdp7-poor', quote: ['| Tổ dân phố 7 | 631 | 12 | 1,90 | 27 | 4,28 |'], x: '12', y: '631', stated: '1,90' }),
    ratio({ id: 'tdp7-near', quote: ['| Tổ dân phố 7 | 631 | 12 | 1,90 | 27 | 4,28 |'], x: '27', y: '631', stated: '4,28' }),
    ratio({ id: 'tdp8-poor', quote: ['| Tổ dân phố 8 | 514 | 10 | 1,95 | 24 | 4,67 |'], x: '10', y: '514', stated: '1,95' }),
    ratio({ id: 'tdp8-near', quote: ['| Tổ dân phố 8 | 514 | 10 | 1,95 | 24 | 4,67 |'], x: '24', y: '514', stated: '4,67' }),
    ratio({ id: 'tdp9-poor', quote: ['| Tổ dân phố 9 | 462 | 24 | 5,19 | 41 | 8,87 |'], x: '24', y: '462', stated: '5,19' }),
    ratio({ id: 'tdp9-near', quote: ['| Tổ dân phố 9 | 462 | 24 | 5,19 | 41 | 8,87 |'], x: '41', y: '462', stated: '8,87' }),
    ratio({ id: 'tdp10-poor', quote: ['| Tổ dân phố 10 | 478 | 27 | 5,65 | 44 | 9,21 |'], x: '27', y: '478', stated: '5,65' }),
    ratio({ id: 'tdp10-near', quote: ['| Tổ dân phố 10 | 478 | 27 | 5,65 | 44 | 9,21 |'], x: '44', y: '478', stated: '9,21' }),
    ratio({ id: 'tdp11-poor', quote: ['| Tổ dân phố 11 | 417 | 23 | 5,52 | 36 | 8,63 |'], x: '23', y: '417', stated: '5,52' }),
    ratio({ id: 'tdp11-near', quote: ['| Tổ dân phố 11 | 417 | 23 | 5,52 | 36 | 8,63 |'], x: '36', y: '417', stated: '8,63' }),
    repeat({ id: 'table-poor-rate', quote: ['| Toàn phường | 6.248 | 135 | 2,16 |', 'toàn phường còn 2,16%'], values: ['2,16', '2,16%'] }),
    repeat({ id: 'table-near-rate', quote: ['| Toàn phường | 6.248 | 135 | 2,16 | 291 | 4,66 |', 'tỷ lệ hộ cận nghèo còn 4,66%'], values: ['4,66', '4,66%'] }),
    ratio({ id: 'tdp-below-1-5', quote: ['Có 5/11 tổ dân phố có tỷ lệ hộ nghèo dưới 1,5% (46%)'], x: '5', y: '11', stated: '46%', mistake: 'planted', original: 'Có 5/11 tổ dân phố có tỷ lệ hộ nghèo dưới 1,5% (45%)', note: 'Class 7: 5/11 = 45,45%, which is 45% written whole; 46% rounds twice (45,45 → 45,5 → 46).' }),
    sum({ id: 'three-tdp', quote: ['(Tổ dân phố 9, 10, 11) với 74 hộ', '| Tổ dân phố 9 | 462 | 24 |', '| Tổ dân phố 10 | 478 | 27 |', '| Tổ dân phố 11 | 417 | 23 |'], parts: ['24', '27', '23'], total: '74', note: 'the parts are in the table.' }),
    share({ id: 'three-tdp-share', quote: ['chiếm 54,8% số hộ nghèo toàn phường', 'với 74 hộ', '| Toàn phường | 6.248 | 135 |'], x: '74', y: '135', stated: '54,8%' }),
    // II.4 causes
    sum({ id: 'causes-count', quote: ['| Cộng | 135 | 100,0 |'], parts: ['29', '11', '36', '27', '18', '10', '4'], total: '135', kind: 'cross_total' }),
    sum({ id: 'causes-share', quote: ['| Cộng | 135 | 100,0 |'], parts: ['21,5', '8,1', '26,7', '20,0', '13,3', '7,4', '3,0'], total: '100,0', rounded: true, kind: 'cross_total' }),
    ratio({ id: 'cause-capital', quote: ['| Thiếu vốn sản xuất, kinh doanh | 29 | 21,5 |'], x: '29', y: '135', stated: '21,5', kind: 'share_percent' }),
    ratio({ id: 'cause-land', quote: ['| Thiếu đất sản xuất | 11 | 8,1 |'], x: '11', y: '135', stated: '8,1', kind: 'share_percent' }),
    ratio({ id: 'cause-labour', quote: ['| Thiếu lao động | 36 | 26,7 |'], x: '36', y: '135', stated: '26,7', kind: 'share_percent' }),
    ratio({ id: 'cause-illness', quote: ['| Có người ốm đau, bệnh hiểm nghèo | 27 | 20,0 |'], x: '27', y: '135', stated: '20,0', kind: 'share_percent' }),
    ratio({ id: 'cause-skills', quote: ['| Thiếu kiến thức, kỹ năng sản xuất | 18 | 13,3 |'], x: '18', y: '135', stated: '13,3', kind: 'share_percent' }),
    ratio({ id: 'cause-jobs', quote: ['| Không có việc làm ổn định | 10 | 7,4 |'], x: '10', y: '135', stated: '7,4', kind: 'share_percent' }),
    ratio({ id: 'cause-other', quote: ['| Nguyên nhân khác | 4 | 3,0 |'], x: '4', y: '135', stated: '3,0', kind: 'share_percent' }),
    sum({ id: 'near-causes', quote: ['thiếu vốn 34,7%; thiếu lao động 21,5%; có người ốm đau 18,4%; thiếu việc làm ổn định 15,3%; nguyên nhân khác 11,1%'], parts: ['34,7%', '21,5%', '18,4%', '15,3%', '11,1%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'nguyên nhân khác 10,1%', note: 'Class 3: the near-poor cause shares add to 101,0%; 10,1 written 11,1.' }),
    // II.5 deprivations
    share({ id: 'dep-jobs', quote: ['thiếu hụt về việc làm 88 hộ (65,2%)', 'Kết quả Phiếu B1 của 135 hộ nghèo'], x: '88', y: '135', stated: '65,2%' }),
    share({ id: 'dep-health', quote: ['về y tế 41 hộ (30,4%)', 'Kết quả Phiếu B1 của 135 hộ nghèo'], x: '41', y: '135', stated: '30,4%' }),
    share({ id: 'dep-education', quote: ['về giáo dục 76 hộ (56,3%)', 'Kết quả Phiếu B1 của 135 hộ nghèo'], x: '76', y: '135', stated: '56,3%' }),
    share({ id: 'dep-housing', quote: ['về nhà ở 39 hộ (28,9%)', 'Kết quả Phiếu B1 của 135 hộ nghèo'], x: '39', y: '135', stated: '28,9%' }),
    share({ id: 'dep-water', quote: ['về nước sinh hoạt và vệ sinh 52 hộ (38,5%)', 'Kết quả Phiếu B1 của 135 hộ nghèo'], x: '52', y: '135', stated: '38,5%' }),
    share({ id: 'dep-information', quote: ['về thông tin 97 hộ (79,1%)', 'Kết quả Phiếu B1 của 135 hộ nghèo'], x: '97', y: '135', stated: '79,1%', mistake: 'planted', original: 'về thông tin 97 hộ (71,9%)', note: 'Class 1: the base, 135 poor households, is in the sentence before; 97/135 = 71,85% → 71,9%, written with digits swapped.' }),
    contradiction({ id: 'dep-not-parts', quote: ['nên số hộ của các chiều không cộng dồn', 'thiếu hụt về việc làm 88 hộ'], stated: '88 + 41 + 76 + 39 + 52 + 97', expected: 'counts per dimension', consistent: true, reason: 'Each dimension counts the poor households lacking it; a household lacks several, so the counts (393 in all) are not parts of the 135.', trap: 'counts per item that are not parts of one total.' }),
    quotient({ id: 'dep-mean', quote: ['Bình quân mỗi hộ nghèo thiếu hụt 2,9 chiều', 'thiếu hụt về việc làm 88 hộ (65,2%); về y tế 41 hộ (30,4%); về giáo dục 76 hộ (56,3%)', 'về nhà ở 39 hộ (28,9%); về nước sinh hoạt và vệ sinh 52 hộ (38,5%); về thông tin 97 hộ'], x: '88 + 41 + 76 + 39 + 52 + 97', y: '135', stated: '2,9', trap: 'a mean number of dimensions per household: the sum of the counts over the households.' }),
    contradiction({ id: 'no-dropouts', quote: ['không có học sinh thuộc hộ nghèo bỏ học', 'về giáo dục 76 hộ (56,3%), chủ yếu ở chỉ số trình độ giáo dục của người lớn'], stated: 'không có học sinh thuộc hộ nghèo bỏ học', expected: 'another kind', consistent: true, reason: 'The education deprivation is mostly the adults\' schooling, not children leaving school.', trap: 'a "none" beside a count of another kind.' }),
    // II.6 groups
    share({ id: 'ethnic-share', quote: ['81 hộ, chiếm 60,0% số hộ nghèo', 'còn 135 hộ nghèo'], x: '81', y: '135', stated: '60,0%' }),
    ratio({ id: 'ethnic-of-ethnic', quote: ['bằng 5,45% số hộ đồng bào dân tộc thiểu số của phường', '81 hộ, chiếm', 'có 1.486 hộ đồng bào dân tộc thiểu số'], x: '81', y: '1.486', stated: '5,45%', trap: 'the same 81 households against another base (the ethnic-minority households of II.1).' }),
    share({ id: 'no-labour', quote: ['47 hộ (34,8%)', 'còn 135 hộ nghèo'], x: '47', y: '135', stated: '34,8%' }),
    contradiction({ id: 'groups-overlap', quote: ['nên không cộng thành tổng số hộ nghèo', 'người có công với cách mạng: 3 hộ', 'dân tộc thiểu số: 81 hộ', 'có khả năng lao động): 47 hộ'], stated: '3 + 81 + 47', expected: 'overlapping groups', consistent: true, reason: 'The groups overlap and are not a breakdown of the 135.', trap: 'group counts that are not parts of one total.' }),
    contradiction({ id: 'age-range', quote: ['trong độ tuổi từ 15 đến 60'], stated: 'từ 15 đến 60', expected: 'a range of ages', consistent: true, reason: 'A working-age range.', trap: 'a range, not a difference.' }),
    // II.7 middle living standard
    share({ id: 'middle-share', quote: ['436 hộ có mức sống trung bình (6,98% tổng số hộ)', 'phường có 6.248 hộ'], x: '436', y: '6.248', stated: '6,98%' }),
    atLeast({ id: 'near-line-subset', quote: ['trong đó 64 hộ có thu nhập vượt chuẩn nghèo không quá 10%', '436 hộ có mức sống trung bình'], big: '436', small: '64', note: 'a "trong đó" subset.' }),
    product({ id: 'near-line', quote: ['dưới 3,08 triệu đồng/người/tháng (bằng 1,1 lần chuẩn nghèo)', 'từ 2,8 triệu đồng/người/tháng trở xuống'], x: '2,8', y: '1,1', stated: '3,08', trap: '"không quá 10%" above the line as a product.' }),
    // III.1 supports
    ratio({ id: 'bhyt-poor', quote: ['cấp thẻ cho 798/798 người thuộc hộ nghèo (100%)'], x: '798', y: '798', stated: '100%', trap: '"100%" of X/X.' }),
    repeat({ id: 'bhyt-poor-persons', quote: ['798/798 người thuộc hộ nghèo', '214 hộ nghèo (3,48%) với 798 nhân khẩu'], values: ['798', '798'] }),
    ratio({ id: 'bhyt-near', quote: ['1.264 người thuộc hộ cận nghèo (91,7%)', '367 hộ cận nghèo (5,96%) với 1.302 nhân khẩu'], x: '1.264', y: '1.302', stated: '91,7%', mistake: 'planted', original: '1.264 người thuộc hộ cận nghèo (97,1%)', note: 'Class 1: the base, the 1.302 near-poor persons, is only in footnote 1; 1.264/1.302 = 97,08% → 97,1%, written with digits swapped.' }),
    sum({ id: 'bhyt-cards', quote: ['tổng cộng 2.062 thẻ', 'cấp thẻ cho 798/798 người', '1.264 người thuộc hộ cận nghèo'], parts: ['798', '1.264'], total: '2.062' }),
    sum({ id: 'pupils', quote: ['142 học sinh thuộc hộ nghèo, gồm mầm non 31 cháu, tiểu học 58 em, trung học cơ sở 39 em và trung học phổ thông 14 em'], parts: ['31', '58', '39', '14'], total: '142' }),
    product({ id: 'learning-cost', quote: ['kinh phí 191,7 triệu đồng', '142 học sinh thuộc hộ nghèo', 'mức 150.000 đồng/học sinh/tháng trong 9 tháng'], x: '142', y: '150.000', factor: '0,000009', stated: '191,7 triệu đồng', trap: 'pupils × đồng per month × 9 months, in triệu.' }),
    product({ id: 'electricity', quote: ['tổng số 125,8 triệu đồng', 'hỗ trợ 214 hộ nghèo mức 49.000 đồng/hộ/tháng trong 12 tháng'], x: '214', y: '49.000', factor: '0,000012', stated: '125,8 triệu đồng', trap: 'households × đồng per month × 12 months, in triệu (125,832).' }),
    repeat({ id: 'electricity-households', quote: ['hỗ trợ 214 hộ nghèo mức', 'toàn phường có 214 hộ nghèo'], values: ['214', '214'], note: 'the support of the year goes to the list at its start.' }),
    sum({ id: 'houses', quote: ['hỗ trợ 16 căn cho hộ nghèo, gồm xây mới 11 căn', 'và sửa chữa 5 căn'], parts: ['11', '5'], total: '16' }),
    product({ id: 'houses-new', quote: ['thành tiền 660 triệu đồng', 'xây mới 11 căn với mức 60 triệu đồng/căn'], x: '11', y: '60', stated: '660', trap: 'houses × triệu per house.' }),
    product({ id: 'houses-repair', quote: ['thành tiền 150 triệu đồng', 'sửa chữa 5 căn với mức 30 triệu đồng/căn'], x: '5', y: '30', stated: '150' }),
    sum({ id: 'houses-money', quote: ['tổng kinh phí 810 triệu đồng', 'thành tiền 660 triệu đồng', 'thành tiền 150 triệu đồng'], parts: ['660 triệu đồng', '150 triệu đồng'], total: '810 triệu đồng' }),
    cumulative({ id: 'houses-cumulative', quote: ['Lũy kế từ năm 2024 đến nay đã hỗ trợ 63 căn nhà', 'phường đã hỗ trợ 49 căn', 'hỗ trợ 16 căn cho hộ nghèo'], previous: '49', period: '16', stated: '63', mistake: 'planted', original: 'phường đã hỗ trợ 47 căn', note: 'Class 6: footnote 2\'s 49 houses plus the 16 of 2026 give 65, not the lũy kế 63; the footnote\'s 47 is written 49.' }),
    cumulative({ id: 'houses-money-cumulative', quote: ['với tổng kinh phí 3,63 tỷ đồng', 'với kinh phí 2,82 tỷ đồng', 'tổng kinh phí 810 triệu đồng'], previous: '2,82 tỷ đồng', period: '810 triệu đồng', stated: '3,63 tỷ đồng', trap: 'a lũy kế in tỷ from a footnote in tỷ and the year in triệu.' }),
    quotient({ id: 'loan-per-household', quote: ['bình quân 50 triệu đồng/hộ', 'cho 62 lượt hộ nghèo', 'vay 3,1 tỷ đồng'], x: '3,1', y: '62', factor: '1000', stated: '50', trap: 'a loan per household in triệu from a total in tỷ.' }),
    sum({ id: 'supports-total', quote: ['năm 2026 khoảng 3,25 tỷ đồng', 'là 2.126 triệu đồng', 'kinh phí 191,7 triệu đồng', 'tổng số 125,8 triệu đồng', 'tổng kinh phí 810 triệu đồng'], parts: ['2.126 triệu đồng', '191,7 triệu đồng', '125,8 triệu đồng', '810 triệu đồng'], total: '3,25 tỷ đồng', labels: ['bảo hiểm y tế', 'giáo dục', 'tiền điện', 'nhà ở'], trap: 'a total in tỷ of parts in triệu (3.253,5 triệu), the loans left out as the text says.' }),
    // III.2 targets
    difference({ id: 'target-pp', quote: ['vượt 0,12 điểm phần trăm so với chỉ tiêu', 'giảm 1,2 điểm phần trăm tỷ lệ hộ nghèo', 'tỷ lệ hộ nghèo giảm 1,32 điểm phần trăm'], a: '1,32', b: '1,2', stated: '0,12', trap: 'an excess over a target in percentage points, not a relative 10%.' }),
    repeat({ id: 'target-pp-repeat', quote: ['tỷ lệ hộ nghèo giảm 1,32 điểm phần trăm', 'giảm 1,32 điểm phần trăm so với đầu năm'], values: ['1,32', '1,32'] }),
    ratio({ id: 'target-households', quote: ['bằng 112,9% chỉ tiêu', 'số hộ nghèo giảm 79 hộ, bằng', 'giảm 70 hộ nghèo'], x: '79', y: '70', stated: '112,9%' }),
    atLeast({ id: 'target-ceiling', quote: ['tỷ lệ hộ nghèo cuối năm dưới 2,3%', 'tỷ lệ hộ nghèo cuối năm thấp hơn mức Nghị quyết đề ra', 'toàn phường còn 2,16%'], big: '2,3%', small: '2,16%', trap: 'a rate below a ceiling, not a difference to check.' }),
    repeat({ id: 'target-fall', quote: ['số hộ nghèo giảm 79 hộ, bằng', 'giảm 79 hộ so với đầu năm'], values: ['79', '79'] }),
    repeat({ id: 'task-points', quote: ['giảm tỷ lệ hộ nghèo ít nhất 1,0 điểm phần trăm', 'giảm tỷ lệ hộ nghèo bình quân 1,0 điểm phần trăm/năm'], values: ['1,0', '1,0'], note: 'the 2027 target restates the term\'s yearly aim of footnote 3.' }),
    // IV.1 summary
    ratio({ id: 'sum-out-share', quote: ['bằng 48,9% số hộ nghèo đầu năm', 'Trong năm có 96 hộ thoát nghèo', 'toàn phường có 214 hộ nghèo'], x: '96', y: '214', stated: '48,9%', mistake: 'planted', original: 'bằng 44,9% số hộ nghèo đầu năm', note: 'Class 2: a percent in the summary whose base is in II.1 and II.2; 96/214 = 44,86% → 44,9%.' }),
    repeat({ id: 'sum-out', quote: ['Trong năm có 96 hộ thoát nghèo', 'có 96 hộ thoát nghèo, trong đó'], values: ['96', '96'] }),
    repeat({ id: 'sum-fall', quote: ['số hộ nghèo giảm 79 hộ, tỷ lệ', 'giảm 79 hộ so với đầu năm'], values: ['79', '79'] }),
    repeat({ id: 'sum-rate', quote: ['tỷ lệ hộ nghèo còn 2,16% (giảm 1,32 điểm phần trăm)', 'toàn phường còn 2,16%'], values: ['2,16%', '2,16%'] }),
    repeat({ id: 'sum-cards', quote: ['cấp 2.062 thẻ bảo hiểm y tế', 'tổng cộng 2.062 thẻ'], values: ['2.062', '2.062'] }),
    repeat({ id: 'sum-electricity', quote: ['hỗ trợ tiền điện 152,8 triệu đồng', 'tổng số 125,8 triệu đồng'], values: ['125,8 triệu đồng', '152,8 triệu đồng'], mistake: 'planted', original: 'hỗ trợ tiền điện 125,8 triệu đồng', note: 'Class 5: the summary restates the electricity support of III.1 with two digits swapped.' }),
    repeat({ id: 'sum-housing', quote: ['hỗ trợ nhà ở 0,81 tỷ đồng', 'tổng kinh phí 810 triệu đồng'], values: ['810 triệu đồng', '0,81 tỷ đồng'], kind: 'unit', trap: 'the housing support restated in tỷ, agreeing.' }),
    contradiction({ id: 'sum-no-merit-poor', quote: ['không còn hộ nghèo thuộc diện người có công với cách mạng', 'Hộ nghèo có thành viên là người có công với cách mạng: 3 hộ'], stated: 'không còn hộ nghèo thuộc diện người có công', expected: '3 hộ', consistent: false, reason: 'II.6 counts 3 poor households with a member who is a người có công (thân nhân liệt sĩ).', kind: 'other', mistake: 'planted', original: 'còn 3 hộ nghèo thuộc diện người có công với cách mạng', note: 'Class 8: a "none" in the summary contradicted by a count in the body.' }),
    // IV.2 weaknesses
    repeat({ id: 'weak-near-line', quote: ['còn 64 hộ có thu nhập sát chuẩn nghèo', 'trong đó 64 hộ có thu nhập vượt chuẩn'], values: ['64', '64'] }),
    repeat({ id: 'weak-no-labour', quote: ['47 hộ nghèo không có khả năng lao động', 'có khả năng lao động): 47 hộ'], values: ['47', '47'] }),
    repeat({ id: 'weak-tdp9', quote: ['riêng Tổ dân phố 9 còn 26 hộ nghèo', '| Tổ dân phố 9 | 462 | 24 |'], values: ['24', '26'], mistake: 'planted', original: 'riêng Tổ dân phố 9 còn 24 hộ nghèo', note: 'Class 5: the text against the table, a stale figure.' }),
    atLeast({ id: 'weak-twice', quote: ['cao gấp hơn hai lần mức bình quân toàn phường', '| Tổ dân phố 9 | 462 | 24 | 5,19 |', '| Toàn phường | 6.248 | 135 | 2,16 |'], big: '5,19', small: '2,16 + 2,16', trap: '"gấp hơn hai lần" as an inequality: the lowest of the three rates (5,19%) is above twice 2,16%.' }),
    // V. tasks
    difference({ id: 'task-target', quote: ['xuống dưới 1,16%', 'giảm tỷ lệ hộ nghèo ít nhất 1,0 điểm phần trăm', 'toàn phường còn 2,16%'], a: '2,16', b: '1,0', stated: '1,16', trap: 'a target rate as the present rate less a target in points.' }),
    repeat({ id: 'task-three-tdp', quote: ['nơi còn 74 hộ nghèo', '(Tổ dân phố 9, 10, 11) với 74 hộ'], values: ['74', '74'] }),
  ],
});
