// Phú Thọ province: retail sales in November and eleven months 2012, statistics page of the provincial
// portal (phutho.gov.vn/solieuthongke/Pages/TinTuc/175770/Ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung.html).
import { atLeast, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-phu-tho-ban-le-thang-11-2012.txt',
  prefix: 'pt',
  claims: [
    share({ id: 'month-household', quote: 'kinh tế cá thể đạt 512,9 tỷ đồng, chiếm tỷ trọng 42,9%', x: '512,9', y: '1.196,7', stated: '42,9%' }),
    share({ id: 'month-private', quote: 'kinh tế tư nhân đạt 543,5 tỷ đồng, chiếm tỷ trọng 45,4%', x: '543,5', y: '1.196,7', stated: '45,4%' }),
    share({ id: 'month-trade', quote: 'đạt 1.046,9 tỷ đồng, chiếm 87,5% tổng mức', x: '1.046,9', y: '1.196,7', stated: '87,5%', trap: 'a breakdown by activity next to one by ownership: 1.046,9 is not a third part of the ownership split.' }),
    atLeast({ id: 'month-ownership-parts', quote: ['ước đạt 1.196,7 tỷ đồng', 'kinh tế cá thể đạt 512,9 tỷ đồng', 'kinh tế tư nhân đạt 543,5 tỷ đồng'], big: '1.196,7', small: '1.056,4', trap: 'the two sectors named "là các nhân tố chính" are not all the parts (512,9 + 543,5 = 1.056,4 ≤ 1.196,7).' }),
    share({ id: 'eleven-months-household', quote: 'kinh tế cá thể đạt 7.144,5 tỷ đồng, chiếm 51,6% tổng số', x: '7.144,5', y: '13.829,9', stated: '51,6%', mistake: 'author', note: '51,659…% truncated.' }),
    atLeast({ id: 'eleven-months-ge-month', kind: 'cumulative', quote: ['ước đạt 13.829,9 tỷ đồng', 'ước đạt 1.196,7 tỷ đồng'], big: '13.829,9', small: '1.196,7' }),
    atLeast({ id: 'eleven-months-household-ge-month', kind: 'cumulative', quote: ['kinh tế cá thể đạt 7.144,5 tỷ đồng', 'kinh tế cá thể đạt 512,9 tỷ đồng'], big: '7.144,5', small: '512,9' }),
    atLeast({ id: 'eleven-months-private-ge-month', kind: 'cumulative', quote: ['Kinh tế tư nhân đạt 526,37 tỷ đồng'], big: '526,37', small: '543,5', mistake: 'planted', original: 'Kinh tế tư nhân đạt 5.263,7 tỷ đồng', note: 'Eleven months below the one month: a misplaced decimal mark.' }),
  ],
});
