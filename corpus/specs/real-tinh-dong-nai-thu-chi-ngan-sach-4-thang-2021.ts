// Đồng Nai province: budget revenue and spending to April 2021, from the Department of Finance as
// published by báo Đồng Nai (baodongnai.com.vn/tintuc/202104/thu-ngan-sach-thang-4-2021-uoc-dat-gan-5-ngan-ty-dong-3053980/). The page's repeated lead is kept once.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-dong-nai-thu-chi-ngan-sach-4-thang-2021.txt',
  prefix: 'dna',
  claims: [
    sum({ id: 'revenue-parts', quote: ['từ đầu năm đến nay ước đạt 27,2 ngàn tỷ đồng', 'thu ngân sách nội địa ước đạt 21,5 ngàn tỷ đồng', 'Thu từ lĩnh vực xuất nhập khẩu ước đạt 5,7 ngàn tỷ đồng'], parts: ['21,5', '5,7'], total: '27,2', rounded: true }),
    atLeast({ id: 'year-to-date-ge-month', kind: 'cumulative', quote: ['từ đầu năm đến nay ước đạt 27,2 ngàn tỷ đồng', 'ước đạt gần 5 ngàn tỷ đồng'], big: '27,2', small: '5' }),
    atLeast({ id: 'spending-parts-not-all', quote: ['ước tổng chi cân đối ngân sách địa phương 4.980 tỷ đồng', 'chi đầu tư phát triển khoảng 880 tỷ đồng', 'chi thường xuyên ước đạt 3,7 ngàn tỷ đồng'], big: '4.980', small: '4.580', trap: 'the two items after "Trong đó" (880 tỷ + 3,7 ngàn tỷ = 4.580 tỷ, in two scales) are not all the spending.' }),
  ],
});
