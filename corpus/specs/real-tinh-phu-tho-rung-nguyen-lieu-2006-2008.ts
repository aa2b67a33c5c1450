// Tỉnh Phú Thọ: pulpwood plantations 2006-2008, from báo Phú Thọ (baophutho.vn/print/2bd8a863c3b3cb292ed10bb2e9269/41766.htm);
// the article as stored, a block of encoded characters after it left out. The target for timber is a range;
// the percent is of its lower end.
import { atLeast, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-phu-tho-rung-nguyen-lieu-2006-2008.txt',
  prefix: 'ptr',
  claims: [
    atLeast({ id: 'headline', quote: ['Ba năm trồng trên 15 nghìn ha', 'trồng được 15.530 ha/22.366 ha KH'], big: '15.530', small: '15.000' }),
    ratio({ id: 'three-years', quote: '15.530 ha/22.366 ha KH bằng 70%', x: '15.530', y: '22.366', stated: '70%', mistake: 'author', note: '15.530/22.366 = 69,43%, 69% as a whole number.' }),
    ratio({ id: 'resolution-16', quote: '39.845 ha/40.000 ha KH, bằng 99,6%', x: '39.845', y: '40.000', stated: '99,6%' }),
    ratio({ id: 'timber', quote: ['đạt 86,5% so mục tiêu (600-750 ngàn m3 gỗ)', 'khai thác 519,3 ngàn m3'], x: '519,3', y: '600', stated: '86,5%', mistake: 'author', note: '519,3/600 = 86,55% exactly, 86,6% half-up (the report rounds the tie down); against the upper end, 750, it is 69,2%.' }),
  ],
});
