// Thị xã Hòa Thành (Tây Ninh): preliminary list of candidates for the HĐND, 2021, as published by
// báo Tây Ninh (01/04/2021).
import { report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-hoa-thanh-ung-cu-hdnd-2021.txt',
  prefix: 'ht',
  claims: [
    sum({ id: 'candidates-by-body', quote: ['lập danh sách sơ bộ 57 người', 'khối Đảng 19 người; khối MTTQ và các tổ chức chính trị - xã hội 11 người; khối cơ quan nhà nước 16 người; khối lực lượng vũ trang 2 người; tổ chức kinh tế 3 người; đơn vị sự nghiệp 5 người; khối tôn giáo - dân tộc 1 người và thành phần khác 1 người'], parts: ['19', '11', '16', '2', '3', '5', '1', '1'], total: '57', mistake: 'planted', original: 'khối cơ quan nhà nước 15 người' }),
    share({ id: 'women', quote: ['Cơ cấu tỷ lệ nữ là 22 người, chiếm 38,59%', 'Cơ cấu tỷ lệ nữ chiếm 38,59% số đại biểu HĐND huyện'], x: '22', y: '57', stated: '38,59%', mistake: 'author', note: '38,596…% truncated; the headline repeats the same figure (one mistake).' }),
    share({ id: 'ethnic', quote: 'tỷ lệ dân tộc là 1 người, chiếm 1,75%', x: '1', y: '57', stated: '1,75%' }),
    share({ id: 'non-party', quote: 'tỷ lệ ngoài Đảng là 6 người, chiếm 10,53%', x: '6', y: '57', stated: '10,53%' }),
    share({ id: 'young', quote: 'tỷ lệ trẻ 14 người chiếm 24,56%', x: '14', y: '57', stated: '24,56%' }),
  ],
});
