// Tỉnh Quảng Bình: the province portal, "Vụ Đông Xuân 2019, sản lượng lương thực ước đạt 207 ngàn tấn" (N.Quý),
// quangbinh.gov.vn/3cms/vu-dong-xuan-2019-san-luong-luong-thuc-uoc-dat-207-ngan-tan.htm; whole (print and send buttons
// left out). The yields' rises have no last year's yields, the 107,8% no plan; the food output is rice plus other food.
import { repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-binh-dong-xuan-2019.txt',
  prefix: 'qbx',
  claims: [
    sum({ id: 'food-output', quote: ['Sản lượng lương thực vụ Đông Xuân 2019 ước đạt 207 ngàn tấn', 'sản lượng thóc 184 nghìn tấn', 'sản lượng lương thực khác 32 nghìn tấn'], parts: ['184', '32'], total: '207', labels: ['thóc', 'lương thực khác'], mistake: 'planted', original: 'sản lượng lương thực khác 23 nghìn tấn', note: 'Rice and other food add to 216 nghìn tấn (ngàn and nghìn are the same unit).' }),
    repeat({ id: 'food-headline', quote: ['Vụ Đông Xuân 2019, sản lượng lương thực ước đạt 207 ngàn tấn', 'Sản lượng lương thực vụ Đông Xuân 2019 ước đạt 207 ngàn tấn'], values: ['207', '207'] }),
  ],
});
