// Tỉnh Quảng Ngãi: land-use certificates to 4/2014, from báo Quảng Ngãi
// (baoquangngai.vn/channel/2022/201404/da-cap-duoc-953-giay-chung-nhan-quyen-su-dung-dat-doi-voi-ho-gia-dinh-ca-nhan-2309717/);
// whole. The certificates issued this year ("trên 4.500", 274) are inside the totals; the areas X/Y have no rate
// written.
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-ngai-giay-chung-nhan-qsdd-4-2014.txt',
  prefix: 'qng',
  claims: [
    ratio({ id: 'households-rate', quote: 'lên 1.125.560/1.181.185 giấy, đạt 95,3%', x: '1.125.560', y: '1.181.185', stated: '95,3%' }),
    repeat({ id: 'headline', quote: ['Đã cấp được 93,5% giấy chứng nhận', 'đạt 95,3% tổng giấy chứng nhận cần cấp'], values: ['95,3%', '93,5%'], mistake: 'planted', original: 'Đã cấp được 95,3% giấy chứng nhận', note: 'The headline swaps two digits of the body\'s 95,3%.' }),
    ratio({ id: 'organisations-rate', quote: 'lên 7.575/7.998 giấy, đạt 94,7%', x: '7.575', y: '7.998', stated: '94,7%' }),
  ],
});
