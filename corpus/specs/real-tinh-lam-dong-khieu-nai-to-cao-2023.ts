// Tỉnh Lâm Đồng: báo Lâm Đồng, "Toàn tỉnh đã tiếp nhận 7.156 đơn khiếu nại, tố cáo, kiến nghị, phản ảnh", baolamdong.vn/phap-luat/202402/toan-tinh-da-tiep-nhan-7156-don-khieu-nai-to-cao-kien-nghi-phan-anh-8ae12d5/;
// whole (byline and time left out). The 5.591 eligible letters go to guidance, transfer, reminders or the province's own
// handling. Planted: the petitions handled 2.405 written 2.450 (digits swapped), so the 2.886 no longer add up.
import { atLeast, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lam-dong-khieu-nai-to-cao-2023.txt',
  prefix: 'ldk',
  claims: [
    repeat({ id: 'received', quote: ['Toàn tỉnh đã tiếp nhận 7.156 đơn', 'toàn tỉnh đã tiếp nhận 7.156 đơn'], values: ['7.156', '7.156'] }),
    sum({ id: 'eligible-by-kind', quote: ['có 5.591 đơn đủ điều kiện xử lý', 'với 651 đơn khiếu nại', '281 đơn tố cáo', '4.659 đơn kiến nghị'], parts: ['651', '281', '4.659'], total: '5.591', labels: ['khiếu nại', 'tố cáo', 'kiến nghị, phản ảnh'] }),
    sum({ id: 'eligible-by-handling', quote: ['có 5.591 đơn đủ điều kiện xử lý', 'thẩm quyền 780 đơn', 'giải quyết 1.742 đơn', 'có 183 đơn đôn đốc', 'theo thẩm quyền 2.886 đơn'], parts: ['780', '1.742', '183', '2.886'], total: '5.591', labels: ['hướng dẫn', 'chuyển', 'đôn đốc', 'giải quyết theo thẩm quyền'] }),
    sum({ id: 'handled-by-kind', quote: ['theo thẩm quyền 2.886 đơn', 'gồm 359 đơn khiếu nại', '122 đơn tố cáo và', '2.450 đơn kiến nghị'], parts: ['359', '122', '2.450'], total: '2.886', labels: ['khiếu nại', 'tố cáo', 'kiến nghị, phản ảnh'], mistake: 'planted', original: '122 đơn tố cáo và 2.405 đơn kiến nghị, phản ảnh', note: '359 + 122 + 2.450 = 2.931 against 2.886; the published 2.405 gives 2.886.' }),
    sum({ id: 'complaints-resolved-by-outcome', quote: ['đã giải quyết 274 đơn khiếu nại', '11 đơn khiếu nại đúng,', '10 đơn khiếu nại đúng một phần', '74 đơn được rút', '179 đơn khiếu nại sai'], parts: ['11', '10', '74', '179'], total: '274', labels: ['đúng', 'đúng một phần', 'rút', 'sai'] }),
    sum({ id: 'denunciations-resolved-by-outcome', quote: ['105 đơn tố cáo;', '9 đơn tố cáo đúng,', '15 đơn tố cáo đúng một phần', '11 đơn tố cáo được rút', '70 đơn tố cáo sai'], parts: ['9', '15', '11', '70'], total: '105', labels: ['đúng', 'đúng một phần', 'rút', 'sai'] }),
    atLeast({ id: 'eligible-within-received', quote: ['toàn tỉnh đã tiếp nhận 7.156 đơn', 'có 5.591 đơn đủ điều kiện xử lý'], big: '7.156', small: '5.591' }),
    atLeast({ id: 'complaints-handled-within-eligible', quote: ['với 651 đơn khiếu nại', 'gồm 359 đơn khiếu nại'], big: '651', small: '359' }),
    atLeast({ id: 'complaints-resolved-within-handled', quote: ['gồm 359 đơn khiếu nại', 'đã giải quyết 274 đơn khiếu nại'], big: '359', small: '274' }),
    atLeast({ id: 'denunciations-resolved-within-handled', quote: ['122 đơn tố cáo và', '105 đơn tố cáo;'], big: '122', small: '105' }),
  ],
});
