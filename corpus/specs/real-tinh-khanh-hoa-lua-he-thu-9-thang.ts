// Tỉnh Khánh Hòa: tintuckhanhhoa.net (from báo Khánh Hòa), "Thu hoạch hơn 18.000ha lúa hè thu" (title from the address),
// tintuckhanhhoa.net/thu-hoach-hon-18-000ha-lua-he-thu.html; whole as stored (the site's coupon line left out). Nine
// months of the year (year not in the stored copy). Checked: the summer-autumn yield as output / harvested area
// (104.784 t on 18.270 ha = 57,35 tạ/ha). The plans behind the percents and "vượt 5,24 tạ/ha" are not given.
import { quotient, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-khanh-hoa-lua-he-thu-9-thang.txt',
  prefix: 'khl',
  claims: [
    quotient({ id: 'summer-autumn-yield', quote: ['năng suất đạt 57,35 tạ/ha', 'sản lượng 104.784 tấn', 'thu hoạch 18.270/19.133ha'], x: '104.784', y: '18.270', factor: '10', stated: '57,35' }),
  ],
});
