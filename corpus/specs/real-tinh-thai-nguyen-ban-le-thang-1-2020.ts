// Thái Nguyên province: retail sales in January 2020, as published by báo Thái Nguyên
// (baothainguyen.vn/kinh-te/thi-truong/202002/tong-muc-ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-uoc-dat-3724-ty-dong-3674A01).
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-thai-nguyen-ban-le-thang-1-2020.txt',
  prefix: 'tn1',
  claims: [
    sum({ id: 'by-ownership', quote: ['trong tháng qua ước đạt 3.724 tỷ đồng', 'khu vực kinh tế nhà nước ước đạt 176 tỷ đồng', 'khu vực kinh tế ngoài nhà nước ước đạt 3.527 tỷ đồng', 'khu vực kinh tế có vốn đầu tư nước ngoài ước đạt 21,2 tỷ đồng'], parts: ['176', '3.527', '21,2'], total: '3.724', rounded: true }),
    sum({ id: 'by-activity-shares', quote: ['nhóm ngành thương nghiệp bán lẻ chiếm tỷ trọng 77,6%', 'ước chiếm 12,3%'], parts: ['77,6', '11,3', '12,3', '0,01'], total: '100', implicitTotal: true, rounded: true, mistake: 'author', note: 'The shares by activity add to 101,2%.' }),
    atLeast({ id: 'goods-groups-not-all', quote: ['Lương thực, thực phẩm ước đạt 970 tỷ đồng', 'nhóm hàng hóa khác đạt 210 tỷ đồng...'], big: '3.724', small: '2.599,3', trap: 'the goods groups (970 + 328 + 322 + 303 + 238 + 148 + 80,3 + 210 = 2.599,3) are the large, fast-growing ones listed "là:", with "..." after them, not a split of the total.' }),
    sum({ id: 'services-by-ownership', quote: ['Khu vực Nhà nước ước chiếm 1,7%'], parts: ['1,7', '95,9', '2,4'], total: '100', implicitTotal: true, rounded: true }),
  ],
});
