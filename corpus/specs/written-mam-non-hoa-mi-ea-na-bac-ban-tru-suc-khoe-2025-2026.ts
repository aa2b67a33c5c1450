// Written for the corpus (batch Q2): Trường Mầm non Họa Mi of xã Ea Na Bắc (tỉnh Đắk Lắk; the commune and the
// school are invented) to the commune's UBND, boarding meals, support and children's health in the school year
// 2025-2026, in "Phần thứ nhất … thứ tư": sites and classes with "gồm" and "trong đó", children by level in
// parentheses, children per class, the ethnic-minority share, the age shares, staff after "gồm" with the cooks
// "trong đó", kitchens as X/Y with a whole percent; boarding as X/Y, children per cook, meals as children ×
// days and the money as meals × a price per day from a footnote's agreement, energy against a band, the
// nutrients' shares, gifts with the year's lũy kế from a footnote, a kitchen's funds after "gồm"; support in
// a table (count × monthly rate × months in triệu, with a total row) and the text against it; health checks
// (those missed as a remainder, the health classes' shares, deworming as X/Y with a whole percent), weights
// and heights against a footnote's counts of children measured (underweight against the start of the year,
// stunting, overweight), a "none" of poisoning and one of injuries; summary restating figures (the boarding
// rate, the ethnic-minority share, the meal money in tỷ, stunting) and weaknesses (remainders, injuries); next
// year's targets and a price ceiling.
import { change, contradiction, cumulative, difference, product, quotient, ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'written-mam-non-hoa-mi-ea-na-bac-ban-tru-suc-khoe-2025-2026.md',
  prefix: 'hm',
  claims: [
    // Phần I
    sum({ id: 'sites', quote: ['Trường Mầm non Họa Mi có 4 điểm trường', '(điểm trường chính và 3 điểm lẻ tại buôn Ea Na, buôn Knul, thôn 5)'], parts: ['1', '3'], total: '4', note: 'The main site and three others.' }),
    contradiction({ id: 'names', quote: ['(trong đó có 4 lớp mẫu giáo 5 tuổi)'], stated: '5 tuổi', expected: 'an age group\'s name', consistent: true, reason: '"5 tuổi" names the age group, as "thôn 5" names a hamlet; neither is a count.', trap: 'numbers in names.' }),
    sum({ id: 'classes', quote: ['với 14 nhóm, lớp', 'gồm 3 nhóm trẻ và 11 lớp mẫu giáo'], parts: ['3', '11'], total: '14' }),
    sum({ id: 'children', quote: ['Tổng số trẻ ra lớp 412 trẻ', '(nhà trẻ 68 trẻ, mẫu giáo 344 trẻ)'], parts: ['68', '344'], total: '412' }),
    quotient({ id: 'per-class', quote: ['bình quân 29,4 trẻ/nhóm, lớp', 'Tổng số trẻ ra lớp 412 trẻ', 'với 14 nhóm, lớp'], x: '412', y: '14', stated: '29,4', trap: 'children per class.' }),
    share({ id: 'ethnic', quote: ['chiếm 45,4%', 'trẻ người dân tộc thiểu số 187 trẻ', 'Tổng số trẻ ra lớp 412 trẻ'], x: '187', y: '412', stated: '45,4%' }),
    sum({ id: 'ages', quote: ['nhà trẻ 16,5%, mẫu giáo 3 - 4 tuổi 27,2%, mẫu giáo 4 - 5 tuổi 27,7%, mẫu giáo 5 - 6 tuổi 28,6%'], parts: ['16,5%', '27,2%', '27,7%', '28,6%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent' }),
    share({ id: 'nursery-share', quote: ['nhà trẻ 16,5%', '(nhà trẻ 68 trẻ, mẫu giáo 344 trẻ)', 'Tổng số trẻ ra lớp 412 trẻ'], x: '68', y: '412', stated: '16,5%' }),
    sum({ id: 'staff', quote: ['Tổng số cán bộ, giáo viên, nhân viên 38 người', 'gồm 3 cán bộ quản lý, 26 giáo viên và 9 nhân viên'], parts: ['3', '26', '9'], total: '38' }),
    ratio({ id: 'kitchens', quote: ['Nhà trường có 3/4 điểm trường có bếp ăn một chiều, đạt 75%'], x: '3', y: '4', stated: '75%' }),
    // Phần II.1
    ratio({ id: 'boarding', quote: ['Số trẻ ăn bán trú 398/412 trẻ, đạt 96,6%'], x: '398', y: '412', stated: '96,6%' }),
    difference({ id: 'not-boarding', quote: ['14 trẻ tại điểm trường thôn 5 chưa được tổ chức ăn bán trú', 'Số trẻ ăn bán trú 398/412 trẻ'], a: '412', b: '398', stated: '14', trap: 'a remainder of X/Y.' }),
    quotient({ id: 'per-cook', quote: ['bình quân 79,6 trẻ/nhân viên', '5 nhân viên nấu ăn phục vụ 398 trẻ'], x: '398', y: '5', stated: '79,6', trap: 'children per cook.' }),
    product({ id: 'meals', quote: ['tổng số 69.650 suất ăn', 'tổ chức nấu ăn 175 ngày', 'Số trẻ ăn bán trú 398/412 trẻ'], x: '398', y: '175', stated: '69.650', trap: 'meals as children × days.' }),
    product({ id: 'meal-money', quote: ['tổng thu tiền ăn cả năm học 1.532,3 triệu đồng', 'Mức thu tiền ăn 22.000 đồng/trẻ/ngày', 'tổng số 69.650 suất ăn'], x: '69.650', y: '22.000', factor: '0,000001', stated: '1.532,3', trap: 'meals × đồng per day written in triệu.' }),
    contradiction({ id: 'energy', quote: ['nằm trong mức 615 - 726 kcal theo quy định'], stated: '615 - 726 kcal', expected: 'a band', consistent: true, reason: 'The required band, which holds the 640 kcal reached.', trap: 'a threshold next to a figure.' }),
    sum({ id: 'nutrients', quote: ['chất đạm 15%, chất béo 25%, chất bột đường 60%'], parts: ['15%', '25%', '60%'], total: '100%', implicitTotal: true, kind: 'share_percent', trap: 'shares adding to 100% exactly.' }),
    contradiction({ id: 'menu-weeks', quote: ['luân phiên 4 tuần'], stated: '4 tuần', expected: 'a rotation', consistent: true, reason: 'The menu\'s rotation, no count of anything.', trap: 'a number that is not a count.' }),
    cumulative({ id: 'gifts', quote: ['nâng tổng giá trị vận động cả năm học lên 74,8 triệu đồng', 'vận động được 48,6 triệu đồng', 'trị giá 36,2 triệu đồng'], previous: '48,6', period: '36,2', stated: '74,8', mistake: 'planted', original: 'nâng tổng giá trị vận động cả năm học lên 84,8 triệu đồng', note: 'Class 6: footnote 2\'s 48,6 triệu of term I plus term II\'s 36,2 triệu is 84,8, not 74,8.' }),
    sum({ id: 'kitchen-funds', quote: ['với tổng kinh phí 86,5 triệu đồng', 'gồm ngân sách xã 50 triệu đồng và nguồn xã hội hóa 32,5 triệu đồng'], parts: ['50 triệu đồng', '32,5 triệu đồng'], total: '86,5 triệu đồng', mistake: 'planted', original: 'nguồn xã hội hóa 36,5 triệu đồng', note: 'Class 4: the two sources add to 82,5 triệu, not 86,5.' }),
    // Phần II.2
    repeat({ id: 'text-support-count', quote: ['chi trả đầy đủ các chế độ hỗ trợ cho 352 lượt trẻ', 'Tổng cộng'], values: ['352', '352'], note: 'The text restates the table\'s total of 352.' }),
    repeat({ id: 'text-study', quote: ['hỗ trợ chi phí học tập cho 124 trẻ', 'Hỗ trợ chi phí học tập'], values: ['142', '124'], mistake: 'planted', original: 'hỗ trợ chi phí học tập cho 142 trẻ', note: 'Class 5: the text swaps two digits of the table\'s 142 children for the study-cost support.' }),
    repeat({ id: 'text-lunch', quote: ['cho 186 trẻ mẫu giáo', 'Hỗ trợ ăn trưa trẻ mẫu giáo'], values: ['186', '186'] }),
    contradiction({ id: 'decree', quote: ['Nghị định số 105/2020/NĐ-CP'], stated: '105/2020', expected: 'a decree', consistent: true, reason: 'A decree\'s number and year.', trap: 'numbers in a document\'s name.' }),
    product({ id: 't-lunch', quote: ['267,8', 'Hỗ trợ ăn trưa trẻ mẫu giáo'], x: '186', y: '160.000', factor: '0,000009', stated: '267,8', note: '186 children × 160.000 đồng a month × 9 months, in triệu.' }),
    product({ id: 't-study', quote: ['191,7', 'Hỗ trợ chi phí học tập'], x: '142', y: '150.000', factor: '0,000009', stated: '191,7', note: '142 × 150.000 đồng × 9 months, in triệu.' }),
    product({ id: 't-nursery', quote: ['54,0', 'Hỗ trợ tiền ăn trẻ nhà trẻ hộ nghèo'], x: '24', y: '250.000', factor: '0,000009', stated: '54,0', note: '24 × 250.000 đồng × 9 months, in triệu.' }),
    sum({ id: 't-count', quote: ['chi trả đầy đủ các chế độ hỗ trợ cho 352 lượt trẻ', 'Tổng cộng'], parts: ['186', '142', '24'], total: '352', kind: 'cross_total', trap: 'a total of lượt trẻ (one child may get two kinds of support), adding.' }),
    sum({ id: 't-money', quote: ['531,5', 'Tổng cộng', '267,8', '191,7', '54,0'], parts: ['267,8', '191,7', '54,0'], total: '531,5', kind: 'cross_total', mistake: 'planted', original: '513,5', note: 'Class 4: the table\'s three amounts add to 513,5 triệu; the total row swaps two digits (531,5).' }),
    // Phần II.3
    difference({ id: 'not-checked', quote: ['4 trẻ nghỉ học dài ngày chưa được khám', 'khám cho 408 trẻ', 'Tổng số trẻ ra lớp 412 trẻ'], a: '412', b: '408', stated: '4', trap: 'a remainder.' }),
    sum({ id: 'health-classes', quote: ['loại A 81,2%, loại B 15,3%, loại C 2,5%'], parts: ['81,2%', '15,3%', '2,5%'], total: '100%', implicitTotal: true, rounded: true, kind: 'share_percent', mistake: 'planted', original: 'loại A 82,2%', note: 'Class 3: the three health classes\' shares add to 99,0%.' }),
    contradiction({ id: 'all-monitored', quote: ['100% trẻ được theo dõi cân nặng, chiều cao'], stated: '100%', expected: 'all children', consistent: true, reason: 'A rate with no count of its own.', trap: '"100%" with no base.' }),
    ratio({ id: 'deworm', quote: ['cho 337/344 trẻ mẫu giáo uống thuốc tẩy giun 2 lần/năm, đạt 97%'], x: '337', y: '344', stated: '97%', mistake: 'planted', original: 'đạt 98%', note: 'Class 7: 337/344 = 97,97%, which is 98% written whole; 97% truncates.' }),
    share({ id: 'underweight', quote: ['số trẻ suy dinh dưỡng thể nhẹ cân 17 trẻ, chiếm 4,3%', 'Số trẻ được cân, đo cuối năm học (tháng 5/2026): 408 trẻ', 'Số trẻ ăn bán trú 398/412 trẻ'], x: '17', y: '408', stated: '4,3%', mistake: 'planted', original: 'chiếm 4,2%', note: 'Class 1: the base (408 children measured) is only in footnote 3; 17/408 = 4,2%; 4,3% divides by the 398 boarding children.' }),
    difference({ id: 'underweight-fall', quote: ['giảm 14 trẻ so với đầu năm học (31 trẻ, chiếm 7,7%)', 'số trẻ suy dinh dưỡng thể nhẹ cân 17 trẻ'], a: '31', b: '17', stated: '14' }),
    share({ id: 'underweight-start', quote: ['(31 trẻ, chiếm 7,7%)', 'đầu năm học (tháng 9/2025): 405 trẻ'], x: '31', y: '405', stated: '7,7%', note: 'The base at the start of the year (405) is only in footnote 3.' }),
    share({ id: 'stunting', quote: ['trẻ suy dinh dưỡng thể thấp còi 23 trẻ, chiếm 5,6%', 'Số trẻ được cân, đo cuối năm học (tháng 5/2026): 408 trẻ'], x: '23', y: '408', stated: '5,6%' }),
    share({ id: 'overweight', quote: ['trẻ thừa cân, béo phì 6 trẻ, chiếm 1,5%', 'Số trẻ được cân, đo cuối năm học (tháng 5/2026): 408 trẻ'], x: '6', y: '408', stated: '1,5%' }),
    contradiction({ id: 'no-poisoning', quote: ['nhà trường không để xảy ra ngộ độc thực phẩm'], stated: 'không', expected: 'none', consistent: true, reason: 'Nothing in the report counts food poisoning.', trap: 'a "none" with nothing against it.' }),
    // Phần III
    repeat({ id: 'summary-boarding', quote: ['tỷ lệ trẻ ăn bán trú đạt 96,6%', 'Số trẻ ăn bán trú 398/412 trẻ, đạt 96,6%'], values: ['96,6%', '96,6%'] }),
    share({ id: 'summary-ethnic', quote: ['trẻ dân tộc thiểu số chiếm 54,4% số trẻ toàn trường', 'trẻ người dân tộc thiểu số 187 trẻ', 'Tổng số trẻ ra lớp 412 trẻ', '(nhà trẻ 68 trẻ, mẫu giáo 344 trẻ)'], x: '187', y: '412', stated: '54,4%', mistake: 'planted', original: 'trẻ dân tộc thiểu số chiếm 45,4% số trẻ toàn trường', note: 'Class 2: far from its base in Phần I; 187/412 = 45,4%; 54,4% divides by the 344 kindergarten children only.' }),
    repeat({ id: 'summary-money', quote: ['Tổng thu tiền ăn cả năm học 1,53 tỷ đồng', 'tổng thu tiền ăn cả năm học 1.532,3 triệu đồng'], values: ['1.532,3 triệu đồng', '1,53 tỷ đồng'], kind: 'unit', trap: 'the meal money restated in tỷ, agreeing.' }),
    difference({ id: 'summary-not-boarding', quote: ['còn 14 trẻ chưa được ăn bán trú', 'Số trẻ ăn bán trú 398/412 trẻ'], a: '412', b: '398', stated: '14', trap: 'a remainder of X/Y.' }),
    difference({ id: 'no-kitchen', quote: ['1/4 điểm trường chưa có bếp ăn một chiều', 'Nhà trường có 3/4 điểm trường'], a: '4', b: '3', stated: '1', trap: 'a remainder written as X/Y.' }),
    repeat({ id: 'summary-stunting', quote: ['Số trẻ suy dinh dưỡng thể thấp còi còn 32 trẻ', 'trẻ suy dinh dưỡng thể thấp còi 23 trẻ'], values: ['23', '32'], mistake: 'planted', original: 'Số trẻ suy dinh dưỡng thể thấp còi còn 23 trẻ', note: 'Class 5: the weaknesses swap two digits of the 23 stunted children of Phần II.3.' }),
    contradiction({ id: 'injuries', quote: ['Trong năm còn 2 trẻ bị tai nạn thương tích nhẹ', 'không có trẻ nào bị tai nạn thương tích tại trường'], stated: '2 trẻ', expected: 'none (Phần II.3)', consistent: false, reason: 'Phần II.3 says no child was injured at school; the weaknesses count 2 children injured at the buôn Knul site.', mistake: 'planted', original: 'Việc bảo đảm an toàn cho trẻ khi chơi ngoài trời tại các điểm lẻ còn khó khăn', note: 'Class 8: a count against a "none" statement.' }),
    repeat({ id: 'summary-class-c', quote: ['Tỷ lệ trẻ có sức khỏe loại C còn 2,5%', 'loại C 2,5%'], values: ['2,5%', '2,5%'] }),
    // Phần IV
    contradiction({ id: 'target-stunting', quote: ['giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống dưới 5%'], stated: 'dưới 5%', expected: 'a target', consistent: true, reason: 'Next year\'s target beside this year\'s 5,6%.', trap: 'a threshold next to a rate.' }),
    contradiction({ id: 'target-price', quote: ['giữ mức thu tiền ăn không quá 25.000 đồng/trẻ/ngày'], stated: '25.000', expected: 'a ceiling', consistent: true, reason: 'A ceiling for next year, beside this year\'s 22.000 đồng.', trap: 'a per-item ceiling.' }),
  ],
});
