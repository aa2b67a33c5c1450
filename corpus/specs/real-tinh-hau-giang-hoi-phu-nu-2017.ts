// Tỉnh Hậu Giang: the women's union's year 2017, from báo Hậu Giang
// (baohaugiang.com.vn/thoi-su-trong-tinh/toan-tinh-co-tren-118-000-hoi-vien-166-000-phu-nu-64207.html), 12/01/2018; whole,
// hotline and counters left out. New members less those removed make the net growth; the members from minorities and
// religions after "trong đó" are subsets, not parts. No share of the 84.735 households or of the 166.000 women is
// written.
import { difference, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-hau-giang-hoi-phu-nu-2017.txt',
  prefix: 'hgp',
  claims: [
    difference({ id: 'net-growth', kind: 'cumulative', quote: ['phát triển tăng 3.263 hội viên phụ nữ', 'phát triển mới 4.640 hội viên', 'đưa ra khỏi tổ chức 1.477 hội viên'], a: '4.640', b: '1.477', stated: '3.263', mistake: 'planted', original: 'phát triển tăng 3.163 hội viên', note: '4.640 new members less 1.477 removed is 3.163, not 3.263.' }),
    repeat({ id: 'members-headline', quote: ['Toàn tỉnh có trên 118.000 hội viên/166.000 phụ nữ', 'Toàn tỉnh hiện có 118.000 hội viên phụ nữ'], values: ['118.000', '118.000'] }),
  ],
});
