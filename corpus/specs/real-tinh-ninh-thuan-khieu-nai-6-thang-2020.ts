// Ninh Thuận province, complaints and denunciations in the first six months of 2020: excerpt of report
// 84/BC-TTT of the provincial inspectorate as published on ninhthuan.gov.vn (24/06/2020).
import { difference, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ninh-thuan-khieu-nai-6-thang-2020.txt',
  prefix: 'nt',
  claims: [
    sum({ id: 'letters-handled', quote: 'tiếp nhận, xử lý 1.536 đơn (tồn đầu kỳ 40 đơn, tiếp nhận mới 1.496 đơn)', parts: ['40', '1.496'], total: '1.536' }),
    difference({ id: 'letters-vs-last-year', quote: 'so với cùng kỳ năm trước tăng 131 đơn (6 tháng đầu năm 2019 tiếp nhận 1.405 đơn)', a: '1.536', b: '1.405', stated: '131', note: 'The base (cùng kỳ) is in parentheses after the change.' }),
    sum({ id: 'in-competence', quote: 'có 221 đơn (196 khiếu nại, 25 tố cáo)', parts: ['196', '25'], total: '221' }),
    difference({ id: 'in-competence-vs-last-year', quote: 'so với cùng kỳ năm trước giảm 198 đơn (6 tháng đầu năm 2019 có 491 đơn thuộc thẩm quyền)', a: '491', b: '221', stated: '198', mistake: 'planted', original: '6 tháng đầu năm 2019 có 419 đơn thuộc thẩm quyền' }),
    difference({ id: 'other-letters', quote: ['Số còn lại 1.315 đơn', 'tiếp nhận, xử lý 1.536 đơn', 'có 221 đơn'], a: '1.536', b: '221', stated: '1.315' }),
    sum({ id: 'resolved-parts', quote: 'đã giải quyết 176 đơn (160 khiếu nại, 16 tố cáo)', parts: ['160', '16'], total: '176' }),
    ratio({ id: 'resolved-rate', quote: '176 đơn (160 khiếu nại, 16 tố cáo)/221 đơn, đạt tỷ lệ 79,63%', x: '176', y: '221', stated: '79,63%', mistake: 'author', note: 'The X/Y is split by a parenthesis; 79,638…% truncated instead of rounded.' }),
  ],
});
