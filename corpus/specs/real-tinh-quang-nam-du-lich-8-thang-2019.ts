// Tỉnh Quảng Nam: báo Quảng Nam, "Tổng lượt khách lưu trú trong 8 tháng tăng 5,6%",
// baoquangnam.vn/du-lich/tong-luot-khach-luu-tru-trong-8-thang-tang-56-69305.html; whole. Checked: the tour operators'
// visitors, international + domestic (1,32 million + "gần 927 nghìn" = 2,247 million, written in million), and the
// headline against the body. Planted: the headline's "tăng 5,6%" written 6,5%.
import { repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-nam-du-lich-8-thang-2019.txt',
  prefix: 'qdl19',
  claims: [
    sum({ id: 'tour-visitors-by-origin', quote: ['phục vụ đạt 2,247 triệu lượt', 'khách quốc tế đạt 1,32 triệu lượt', 'trong nước gần 927 nghìn lượt'], parts: ['1,32', '0,927'], total: '2,247', labels: ['quốc tế', 'trong nước'] }),
    repeat({ id: 'headline-staying-rise', quote: ['trong 8 tháng tăng 6,5%', 'hơn 2,521 triệu lượt, tăng 5,6%'], values: ['5,6%', '6,5%'], mistake: 'planted', original: 'Tổng lượt khách lưu trú trong 8 tháng tăng 5,6%', note: 'The headline repeats the body\'s rise with two digits swapped.' }),
  ],
});
