// Cả nước: Người Nuôi Tôm, "Sản lượng thủy sản tháng 5 ước tính đạt hơn 782 nghìn tấn" (Tổng cục Thống kê's report),
// nguoinuoitom.vn/san-luong-thuy-san-thang-5-uoc-tinh-dat-hon-782-nghin-tan/; whole (the lead paragraph, printed again in the
// body, kept once; the photo and the site's footer left out).
// Planted: the headline's "hơn 782 nghìn tấn" written "hơn 728" (against the body's 782,8); the five months' sea catch 1.510,2
// nghìn tấn written 1.610,2 (more than all the catch, 1.580,8).
import { atLeast, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-thuy-san-thang-5-2021.txt',
  prefix: 'ts0521',
  claims: [
    contradiction({ id: 'headline-month', kind: 'repeat', quote: ['ước tính đạt hơn 728 nghìn tấn', 'ước tính đạt 782,8 nghìn tấn'], stated: 'hơn 728 nghìn tấn', expected: 'hơn 782 nghìn tấn (782,8)', consistent: false, reason: 'The headline and the body give the month\'s output as "hơn 728" and 782,8 nghìn tấn: two digits swapped.', mistake: 'planted', original: 'ước tính đạt hơn 782 nghìn tấn' }),
    sum({ id: 'month-by-source', quote: ['ước tính đạt 782,8 nghìn tấn', 'nuôi trồng đạt 417 nghìn tấn', 'khai thác ước tính đạt 365,8 nghìn tấn'], parts: ['417', '365,8'], total: '782,8', labels: ['nuôi trồng', 'khai thác'] }),
    atLeast({ id: 'five-months-sea', quote: ['khai thác đạt 1.580,8 nghìn tấn', 'khai thác biển đạt 1.610,2 nghìn tấn'], big: '1.580,8', small: '1.610,2', mistake: 'planted', original: 'sản lượng khai thác biển đạt 1.510,2 nghìn tấn', note: 'The sea catch is part of all the catch.' }),
    atLeast({ id: 'five-months-catch-within', quote: ['ước tính đạt 3.267,7 nghìn tấn', 'khai thác đạt 1.580,8 nghìn tấn'], big: '3.267,7', small: '1.580,8' }),
    contradiction({ id: 'month-growth-weighted', kind: 'change_percent', quote: ['tăng 4,2% so với cùng kỳ năm trước', 'nuôi trồng đạt 417 nghìn tấn, tăng 6,7%', 'đạt 365,8 nghìn tấn, tăng 1,5%'], stated: '4,2%', expected: 'between 1,5% and 6,7% (4,21% from the parts)', consistent: true, reason: 'Last year: 417/1,067 + 365,8/1,015 = 751,2 nghìn tấn; 782,8/751,2 = +4,21%.', trap: 'a weighted rate.' }),
  ],
});
