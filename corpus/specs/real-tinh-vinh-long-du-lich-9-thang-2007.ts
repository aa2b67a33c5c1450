// Tỉnh Vĩnh Long: Báo Mới (from the province's press), "Vĩnh Long: Tình hình kinh doanh du lịch 9 tháng đầu năm" (title from the
// address), baomoi.com/vinh-long-tinh-hinh-kinh-doanh-du-lich-9-thang-dau-nam/c/1077343.epi; whole. The stored page has broken
// diacritics ("lyợ́t", "nãm", "tãng", "nyớ́c"), restored here as "lượt", "năm", "tăng", "nước"; nothing else changed.
// The authors' slip: the visitors 97.678 + 234.216 = 331.894, against a total of 331.624.
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-vinh-long-du-lich-9-thang-2007.txt',
  prefix: 'vl07',
  claims: [
    sum({ id: 'visitors-by-origin', quote: ['trên địa bàn tỉnh 331.624 lượt', 'khách quốc tế 97.678 lượt', 'khách trong nước 234.216 lượt'], parts: ['97.678', '234.216'], total: '331.624', labels: ['quốc tế', 'trong nước'], mistake: 'author', note: '97.678 + 234.216 = 331.894, 270 more than the total.' }),
    contradiction({ id: 'growth-weighted', kind: 'change_percent', quote: ['tăng 25% so với cùng kỳ 2006', 'tăng 59%', 'tăng 15% so với cùng kỳ 2006'], stated: '25%', expected: 'between 15% and 59% (25% from the parts)', consistent: true, reason: 'Last year: 97.678/1,59 + 234.216/1,15 = 265.099 visitors; 331.894/265.099 = +25,2% (331.624: +25,1%).', trap: 'a weighted rate.' }),
    contradiction({ id: 'plan-weighted', quote: ['đạt 78% kế hoạch năm', 'đạt 85% kế hoạch năm', 'đạt 76% kế hoạch năm'], stated: '78%', expected: 'between 76% and 85% (78,4% from the parts)', consistent: true, reason: 'Plans: 97.678/0,85 + 234.216/0,76 = 423.094; 331.624/423.094 = 78,4%.', trap: 'a weighted rate.' }),
  ],
});
