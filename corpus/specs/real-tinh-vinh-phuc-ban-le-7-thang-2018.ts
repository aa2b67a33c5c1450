// Vĩnh Phúc province: retail sales in July and seven months 2018, as published by Đảng Cộng sản Việt Nam
// online (dangcongsan.vn/vinh-phuc-tiem-nang-va-trien-vong/vinh-phuc-hom-nay/vinh-phuc-ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-duy-tri-da-tang-truong-491907.html).
import { atLeast, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-vinh-phuc-ban-le-7-thang-2018.txt',
  prefix: 'vp',
  claims: [
    sum({ id: 'month-by-ownership', quote: ['trong tháng dự kiến đạt 4.071 tỷ đồng', 'kinh tế nhà nước đạt 134 tỷ đồng', 'kinh tế tập thể đạt 6 tỷ đồng', 'kinh tế cá thể đạt 1991 tỷ đồng', 'kinh tế tư nhân đạt 1.740 tỷ đồng', 'kinh tế có vốn đầu tư nước ngoài đạt 236 tỷ đồng'], parts: ['134', '6', '1991', '1.740', '236'], total: '4.071', mistake: 'planted', original: 'kinh tế tư nhân đạt 1.704 tỷ đồng', note: 'Each part is followed by its own growth rate; "1991" is written without the thousands dot.' }),
    share({ id: 'seven-months-goods', quote: 'doanh thu bán lẻ hàng hóa bảy tháng đạt 22.296 tỷ đồng, chiếm 85,78% tổng mức', x: '22.296', y: '25.992', stated: '85,78%' }),
    share({ id: 'seven-months-hospitality', quote: 'ước đạt 2.144 tỷ đồng, chiếm 8,25% tổng mức', x: '2.144', y: '25.992', stated: '8,25%' }),
    share({ id: 'seven-months-other', quote: 'ước đạt 1.552 tỷ đồng, chiếm 5,97% tổng mức', x: '1.552', y: '25.992', stated: '5,97%' }),
    sum({ id: 'seven-months-by-activity', quote: ['ước đạt 25.992 tỷ đồng', 'bảy tháng đạt 22.296 tỷ đồng', 'ước đạt 2.144 tỷ đồng', 'ước đạt 1.552 tỷ đồng'], parts: ['22.296', '2.144', '1.552'], total: '25.992' }),
    atLeast({ id: 'seven-months-ge-month', kind: 'cumulative', quote: ['ước đạt 25.992 tỷ đồng', 'trong tháng dự kiến đạt 4.071 tỷ đồng'], big: '25.992', small: '4.071' }),
  ],
});
