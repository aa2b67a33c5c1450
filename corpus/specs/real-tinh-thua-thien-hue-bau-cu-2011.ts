// Tỉnh Thừa Thiên Huế: preliminary results of the 2011 elections (report 51/BC-UBBC of the province's election
// committee), from thuathienhue.gov.vn (Thong-tin-bau-cu-quoc-hoi-khoa-XIII-va-bau-cu-hdnd-cac-cap-nhiem-ky-2011-2016,
// newsid E11AF1D5-7AE0-410F-8F5E-F64B4548297C); opening as stored, the repeated image caption left out. The
// district and commune paragraphs give the seats to fill, the members elected, and the seats still empty.
import { difference, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-thua-thien-hue-bau-cu-2011.txt',
  prefix: 'tbc',
  claims: [
    sum({ id: 'na-voters', quote: ['đại biểu Quốc hội của tỉnh là 789.160 người', 'số cử tri nam: 383.630 người, số cử tri nữ: 405.530 người'], parts: ['383.630', '405.530'], total: '789.160', labels: ['nam', 'nữ'] }),
    ratio({ id: 'na-turnout', quote: ['chiếm tỷ lệ 99,99%', 'đại biểu Quốc hội của tỉnh là 789.160 người', 'đã tham gia bầu là 789.006 người'], x: '789.006', y: '789.160', stated: '99,99%', mistake: 'author', note: '789.006/789.160 = 99,980…%, 99,98%.' }),
    sum({ id: 'council-voters', quote: ['đại biểu HĐND tỉnh là 789.029 người', 'số cử tri nam: 383.123 người, số cử tri nữ: 405.906 người'], parts: ['383.123', '405.906'], total: '789.029', labels: ['nam', 'nữ'] }),
    ratio({ id: 'council-turnout', quote: ['chiếm tỷ lệ 99,89%', 'đại biểu HĐND tỉnh là 789.029 người', 'đã tham gia bầu là 788.867 người'], x: '788.867', y: '789.029', stated: '99,89%', mistake: 'planted', original: 'chiếm tỷ lệ 99,98%', note: '788.867/789.029 = 99,98%; the percent ends a long sentence, after the parenthesis on men and women, with two digits swapped.' }),
    difference({ id: 'district-seats', quote: ['tổng số đại biểu phải bầu thêm của từng cấp: 0', 'số đại biểu được bầu: 303 đại biểu', 'số đại biểu trúng cử: 302 đại biểu'], a: '303', b: '302', stated: '0', mistake: 'planted', original: 'số đại biểu trúng cử: 303 đại biểu', note: 'With 302 of 303 seats filled one seat is empty, yet the same sentence says none has to be elected again.' }),
    difference({ id: 'commune-seats', quote: ['tổng số đại biểu bầu thiếu: 27 đại biểu', 'số đại biểu được bầu: 3.868 đại biểu', 'số đại biểu trúng cử: 3.841 đại biểu'], a: '3.868', b: '3.841', stated: '27' }),
  ],
});
