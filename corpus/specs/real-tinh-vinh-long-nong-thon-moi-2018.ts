// Tỉnh Vĩnh Long: new-rural-area criteria of its 89 communes, from báo Vĩnh Long
// (baovinhlong.vn/thoi-su/201810/binh-quan-moi-xa-dat-133-tieu-chi-2917088), 27/10/2018; whole.
import { contradiction, repeat, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-vinh-long-nong-thon-moi-2018.txt',
  prefix: 'vlm',
  claims: [
    repeat({ id: 'average-title', quote: ['Bình quân mỗi xã đạt 13,3 tiêu chí', 'bình quân xã đạt được là 13,3 tiêu chí'], values: ['13,3', '13,3'] }),
    share({ id: 'under-10', quote: 'Có 15 xã đạt dưới 10 tiêu chí, chiếm 16,9%', x: '15', y: '89', stated: '16,9%', note: 'The 89 communes are in the paragraph before.' }),
    share({ id: 'from-10-to-14', quote: 'Có 38 xã đạt 10-14 tiêu chí, chiếm 42,7%', x: '38', y: '89', stated: '42,7%' }),
    share({ id: 'from-15-to-18', quote: 'Có 26 xã đạt 15-18 tiêu chí, chiếm 29,8%', x: '26', y: '89', stated: '29,8%', mistake: 'planted', original: 'chiếm 29,2%', note: '26/89 = 29,21%.' }),
    contradiction({ id: 'groups-not-all', kind: 'share_percent', quote: ['chiếm 16,9%, giảm 3 xã', 'chỉ có 5 xã giữ vững 19/19 tiêu chí'], stated: '15 + 38 + 26 = 79 xã (88,8%)', expected: 'the other 10 communes (19 criteria) are not written as a group', consistent: true, reason: 'Three groups are listed; the fourth (all 19 criteria) is only implied, so the shares need not add to 100%. The 5 communes that kept 19/19 "qua phúc tra" are those re-checked so far, not that group.', trap: 'shares of one total that do not cover it, and a count of another subset next to them.' }),
  ],
});
