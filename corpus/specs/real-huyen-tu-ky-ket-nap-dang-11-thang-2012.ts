// Huyện ủy Tứ Kỳ (Hải Dương): new party members to the end of 11/2012, from báo Hải Dương, "Tứ Kỳ: Kết nạp
// đảng vượt 47,7% kế hoạch" (baohaiduong.vn/tu-ky-ket-nap-dang-vuot-47-7-ke-hoach-319204.html); the repeated
// title and comment counter at the end of the page are left out. The plan itself is not given.
import { contradiction, repeat, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-tu-ky-ket-nap-dang-11-thang-2012.txt',
  prefix: 'tk',
  claims: [
    repeat({ id: 'headline', quote: ['Kết nạp đảng vượt 47,7% kế hoạch', 'vượt 47,7% kế hoạch năm'], values: ['47,7%', '47,7%'] }),
    share({ id: 'women', quote: 'có 125 đảng viên là nữ, chiếm 65,1%', x: '125', y: '192', stated: '65,1%', note: 'A share of the 192 new members of the paragraph before.' }),
    share({ id: 'youth-union', quote: '136 đảng viên là đoàn viên thanh niên, chiếm 71,8%', x: '136', y: '192', stated: '71,8%', mistake: 'planted', original: 'chiếm 70,8%', note: '136/192 = 70,83% → 70,8%.' }),
    share({ id: 'farmers', quote: '68 đảng viên là nông dân, chiếm 35,4%', x: '68', y: '192', stated: '35,4%' }),
    contradiction({ id: 'overlapping-groups', quote: ['Trong đó, có 125 đảng viên là nữ'], stated: '125 + 136 + 68 = 329 (65,1% + 71,8% + 35,4%)', expected: 'more than 192: overlapping groups', consistent: true, reason: 'Women, youth-union members and farmers overlap; after "Trong đó" they are groups of the 192, not parts that add to it.', trap: 'overlapping groups after "Trong đó" whose shares need not add to 100%.' }),
  ],
});
