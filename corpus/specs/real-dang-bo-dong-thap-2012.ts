// Đảng bộ tỉnh Đồng Tháp: organisations and members rated for 2012, as published by báo Đồng Tháp
// (05/04/2013).
import { contradiction, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-dang-bo-dong-thap-2012.txt',
  prefix: 'dt',
  claims: [
    sum({ id: 'organisations', quote: ['toàn Đảng bộ có 787 tổ chức cơ sở đảng', 'có 269 đảng bộ cơ sở', '518 chi bộ cơ sở'], parts: ['269', '518'], total: '787' }),
    sum({ id: 'organisations-increase', quote: ['(tăng 11 cơ sở đảng so với năm 2011)', '(tăng 08)', '(tăng 3)'], parts: ['08', '3'], total: '11', note: 'The increases of the parts add to the increase of the total.' }),
    sum({ id: 'organisation-ratings', quote: ['tổ chức cơ sở đảng đạt trong sạch, vững mạnh chiếm 87,97%', 'hoàn thành tốt nhiệm vụ chiếm 11,22%'], parts: ['87,97', '11,22', '1,42', '0,39'], total: '100', implicitTotal: true, rounded: true, mistake: 'planted', original: 'hoàn thành tốt nhiệm vụ chiếm 10,22%', note: 'Shares of one whole must add to 100%; the 20,59% in parentheses is inside the 87,97%.' }),
    sum({ id: 'cell-ratings', quote: ['Chi bộ trực thuộc đảng ủy cơ sở đạt trong sạch, vững mạnh, chiếm 92,91%'], parts: ['92,91', '6,70', '0,35', '0,04'], total: '100', implicitTotal: true, rounded: true, trap: 'the 21,26% in parentheses is a part of the 92,91%, not a fifth share.' }),
    sum({ id: 'member-ratings', quote: ['Đảng viên đủ tư cách hoàn thành xuất sắc nhiệm vụ chiếm 13% tổng số đảng viên được đánh giá'], parts: ['13', '80,42', '5,84', '0,73'], total: '100', implicitTotal: true, rounded: true, note: 'Adds to 99,99%, 100% at the precision of the whole-number 13%.' }),
    contradiction({ id: 'excellent-of-good', quote: ['chiếm 16,19% so với tổng số đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ'], stated: '16,19%', expected: '13 / 80,42 = 15,5…16,8% (13% is a whole number)', consistent: true, reason: 'A second percent of the same members against another base (members rated good); with 13% read as 12,5…13,5% it gives 15,5…16,8%, which holds 16,19%.', trap: 'a percent that belongs to another base, next to one of the shares.' }),
    repeat({ id: 'headline-exemplary', quote: ['20,59% cơ sở đảng đạt trong sạch, vững mạnh tiêu biểu', 'trong sạch vững mạnh tiêu biểu chiếm 20,59%'], values: ['20,59%', '20,59%'] }),
  ],
});
