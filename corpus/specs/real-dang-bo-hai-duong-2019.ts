// Đảng bộ tỉnh Hải Dương: rating of grassroots organisations and members for 2019, from the provincial
// organisation board as published by báo Hải Dương (27/02/2020).
import { contradiction, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-dang-bo-hai-duong-2019.txt',
  prefix: 'hd',
  claims: [
    share({ id: 'good-organisations', quote: 'có 604 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 91,2%', x: '604', y: '662', stated: '91,2%', note: 'Of the 662 rated, not of all 686.' }),
    repeat({ id: 'headline', quote: ['92,1% số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ'], values: ['91,2%', '92,1%'], mistake: 'planted', original: '91,2% số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ', note: 'The headline repeats the body\'s figure with two digits swapped.' }),
    sum({ id: 'organisation-ratings', quote: ['Có 8,8% số TCCSĐ hoàn thành nhiệm vụ'], parts: ['91,2', '8,8'], total: '100', implicitTotal: true, rounded: true, trap: 'the 23,8% (hoàn thành xuất sắc) is inside the 91,2% ("trong đó").' }),
    contradiction({ id: 'none-failed-is-organisations', quote: ['không TCCSĐ nào bị xếp loại không hoàn thành nhiệm vụ', '0,57% không hoàn thành nhiệm vụ'], stated: '0,57% không hoàn thành nhiệm vụ', expected: 'no organisation failed; 0,57% of members did', consistent: true, reason: '"Không TCCSĐ nào" is about organisations; the 0,57% that did not complete their tasks are party members.', trap: 'a "none" statement and a later count of the same words about another subject.' }),
    sum({ id: 'member-ratings', quote: ['có 90,33% số đảng viên được đánh giá xếp loại hoàn thành tốt nhiệm vụ trở lên'], parts: ['90,33', '9,1', '0,57'], total: '100', implicitTotal: true, rounded: true }),
  ],
});
