// Tỉnh Tây Ninh: the province portal's news list (an item of 19/10/2012 on traffic safety in September 2012),
// tayninh.gov.vn/vi/news/dua-nghi/page-2440; the item as stored (the view and reply counters left out). Last year's
// figures are given only through the falls, so each base is this month's figure + the fall. Planted: the deaths'
// "giảm 53%" (10/19 = 52,63%) cut to 52%.
import { change, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-tay-ninh-tai-nan-giao-thong-thang-9-2012.txt',
  prefix: 'tnt',
  claims: [
    change({ id: 'accidents', quote: ['giảm 59 vụ (giảm 71%)', 'đã xảy ra 24 vụ tai nạn giao thông'], x: '24', base: '24 + 59', stated: '71%', direction: 'giảm' }),
    change({ id: 'injured', quote: ['giảm 90 người (giảm 79%)', 'bị thương 24 người'], x: '24', base: '24 + 90', stated: '79%', direction: 'giảm' }),
    change({ id: 'deaths', quote: ['giảm 10 người (giảm 52%)', 'làm chết 9 người'], x: '9', base: '9 + 10', stated: '52%', direction: 'giảm', mistake: 'planted', original: 'giảm 10 người (giảm 53%)', note: '10/19 = 52,63%: 53% half-up, 52% cut.' }),
  ],
});
