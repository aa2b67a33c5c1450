// Đảng bộ TP Biên Hòa (Đồng Nai): rating of party organisations and members for 2013, from báo Đồng Nai,
// "Đảng bộ TP.Biên Hòa: Số cơ sở Đảng đạt trong sạch vững mạnh tăng cao" (baodongnai.com.vn/tintuc/201402/
// dang-bo-tpbien-hoa-so-co-so-dang-dat-trong-sach-vung-manh-tang-cao-2291992/), 03/02/2014.
// The "tăng/giảm x%" in parentheses are changes of the shares against 2012, whose values are not given.
import { contradiction, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-dang-bo-tp-bien-hoa-2013.txt',
  prefix: 'bh',
  claims: [
    share({ id: 'exemplary-share', quote: 'có 15 cơ sở Đảng được công nhận trong sạch vững mạnh tiêu biểu (bằng 12,82%', x: '15', y: '117', stated: '12,82%', note: 'Of the 117 organisations rated (first paragraph), not of all 120.' }),
    share({ id: 'strong-share', quote: '53 cơ sở Đảng được công nhận trong sạch vững mạnh (bằng 43,5%', x: '53', y: '117', stated: '43,5%', mistake: 'planted', original: '(bằng 45,3%', note: 'A share of the 117 organisations of the first paragraph: 53/117 = 45,3%; two digits swapped.' }),
    share({ id: 'good-share', quote: '39 cơ sở Đảng hoàn thành tốt nhiệm vụ (bằng 33,33%', x: '39', y: '117', stated: '33,33%' }),
    sum({ id: 'organisations-by-rating', quote: ['ở 117/120 tổ chức cơ sở Đảng', 'có 15 cơ sở Đảng', '53 cơ sở Đảng', '39 cơ sở Đảng', '9 cơ sở Đảng hoàn thành nhiệm vụ', '1 cơ sở Đảng yếu kém'], parts: ['15', '53', '39', '9', '1'], total: '117' }),
    sum({ id: 'members-by-rating', quote: ['và 11.917 đảng viên', 'có 1.120 đảng viên', '8.454 đảng viên', '2.311 đảng viên', 'vi phạm tư cách có 41 trường hợp'], parts: ['1.120', '8.454', '2.311', '41'], total: '11.917', mistake: 'planted', original: '8.445 đảng viên đủ tư cách hoàn thành tốt nhiệm vụ', note: 'The four ratings add to 11.926, not the 11.917 members rated.' }),
    contradiction({ id: 'unrated-not-a-part', quote: ['còn lại 75 đảng viên chưa đánh giá'], stated: '75 đảng viên chưa đánh giá', expected: 'outside the 11.917 rated', consistent: true, reason: 'The 75 members not rated ("còn lại") are not part of the 11.917 rated; adding them would give 11.992.', trap: 'a remainder listed after the parts that is not itself a part.' }),
  ],
});
