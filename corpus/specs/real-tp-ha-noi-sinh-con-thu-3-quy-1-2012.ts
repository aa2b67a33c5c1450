// TP Hà Nội: báo Công an nhân dân, "Hà Nội: 15/29 quận, huyện có tỷ lệ chênh lệch giới tính khi sinh" (title from the address;
// the city's population office, quarter I 2012), cand.com.vn/Xa-hoi/Ha-Noi-1529-quan-huyen-co-ty-le-chenh-lech-gioi-tinh-khi-sinh-199348/;
// whole as stored (it begins at "Cụ thể", the lead not stored). The authors' slip: 1456/18.622 = 7,82% of births, written
// 7,28% (digits swapped). No planted mistake.
import { report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-ha-noi-sinh-con-thu-3-quy-1-2012.txt',
  prefix: 'hns',
  claims: [
    share({ id: 'third-births', quote: ['chiếm 7,28% số sinh', 'có 1456 trẻ là con thứ ba', 'có 18.622 trẻ ra đời'], x: '1456', y: '18.622', stated: '7,28%', mistake: 'author', note: '1456/18.622 = 7,819%: 7,82%.' }),
  ],
});
