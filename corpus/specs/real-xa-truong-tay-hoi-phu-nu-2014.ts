// Hội LHPN xã Trường Tây (thị xã Hòa Thành, Tây Ninh), year 2014, from hoathanh.tayninh.gov.vn/vi/news/tin-chuyen-nganh/ho-t--ng-phong-tr-o-h-i-li-n-hi-p-ph-n-x-tr-ng-t-y-n-m-2014-1601.html;
// whole as stored (no title in the stored copy).
import { contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-truong-tay-hoi-phu-nu-2014.txt',
  prefix: 'tty',
  claims: [
    contradiction({ id: 'registered-over-80', kind: 'ratio_percent', quote: ['4.568/5.610 cán bộ, hội viên, quần chúng phụ nữ đăng ký thực hiện, tỷ lệ đạt trên 80%'], stated: 'trên 80%', expected: '4.568/5.610 = 81,43%', consistent: true, reason: 'A lower bound: 81,43% is above 80%.' }),
    contradiction({ id: 'rated-over-80-02', kind: 'ratio_percent', quote: ['2.852/3.273 cán bộ hội viên quần chúng đã đăng ký đạt 3 tiêu chuẩn phong trào, chiếm tỷ lệ trên 80,02%'], stated: 'trên 80,02%', expected: '2.852/3.273 = 87,14%', consistent: true, reason: 'Written as a lower bound ("trên"), which 87,14% satisfies; the odd precision fits no base in the text, but nothing written contradicts it.' }),
    contradiction({ id: 'piggy-bank-payout', kind: 'other', quote: ['tổng số tiền trên 200 triệu đồng, bình quân mỗi chị nhận từ 1 triệu đến 1,2 triệu đồng với 107 chị'], stated: 'trên 200 triệu đồng', expected: '107 × 1–1,2 triệu = 107–128,4 triệu đồng', consistent: false, reason: '107 women receiving 1 to 1,2 million each get at most 128,4 million, far below the "more than 200 million" the piggy banks held.', mistake: 'author' }),
  ],
});
