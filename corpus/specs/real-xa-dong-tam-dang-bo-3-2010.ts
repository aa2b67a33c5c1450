// Xã Đồng Tâm (huyện Lạc Thủy, Hòa Bình): the commune party's own profile at 30/3/2010, from the district's portal
// (lacthuy.hoabinh.gov.vn/thong-tin-co-quan/ubnd-ca-c-xa-tha-tra-n/1111-xa-a-ng-ta-m.html); the opening as stored,
// the site's menus, visitor counters and an image's
// name left out, the blank for the households kept. The shares of the party members
// (women, men, minorities, the 90 members) are all of 298, the women and men the text lists (113 + 185), not of the 304
// it states: the 304 is the one wrong figure, so the sum carries the mistake, with the share clauses among its quotes,
// and the shares are labelled against 298. The 68 members with 30-60 years' membership are not explained by the 90.
import { contradiction, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-dong-tam-dang-bo-3-2010.txt',
  prefix: 'dtm',
  claims: [
    sum({ id: 'peoples-shares', kind: 'share_percent', implicitTotal: true, rounded: true, quote: ['dân tộc Kinh chiếm 90%, dân tộc Mường chiếm 6%, các dân tộc khác chiếm 2%'], parts: ['90', '6', '2'], total: '100', labels: ['Kinh', 'Mường', 'dân tộc khác'], mistake: 'planted', original: 'dân tộc Mường chiếm 8%', note: 'The three peoples\' shares add to 98%, not 100% (whole numbers allow at most ±1,5).' }),
    sum({ id: 'branches', quote: ['từ năm 2008 đến nay có 22 chi bộ', '17 chi bộ khối nông thônn', '3 chi bộ nhà trường', '1 chi bộ cơ quan xã'], parts: ['17', '3', '1'], total: '22', labels: ['nông thôn', 'nhà trường', 'cơ quan xã'], mistake: 'planted', original: '4 chi bộ nhà trường', note: 'The branches in parentheses after "trong đó" add to 21, not 22.' }),
    sum({ id: 'members-by-sex', quote: ['Đảng bộ có 304 Đảng viên', 'Nữ 113 đồng chí = 37,9%; Nam 185 đồng chí = 62,1%', 'Đảng viên là dân tộc 28 đồng chí = 9,4%', 'có 90 Đảng viên của Đảng bộ chiếm 30,2%'], parts: ['113', '185'], total: '304', labels: ['nữ', 'nam'], mistake: 'author', note: 'Women and men make 298, not 304; every share in the sentence is of 298 (against 304 they would be 37,2%, 60,9%, 9,2% and 29,6%), so the 304 is the slip.' }),
    share({ id: 'women-share', quote: 'Nữ 113 đồng chí = 37,9%', x: '113', y: '113 + 185', stated: '37,9%' }),
    share({ id: 'men-share', quote: 'Nam 185 đồng chí = 62,1%', x: '185', y: '113 + 185', stated: '62,1%' }),
    share({ id: 'minority-share', quote: 'Đảng viên là dân tộc 28 đồng chí = 9,4%', x: '28', y: '113 + 185', stated: '9,4%' }),
    share({ id: 'catholic-share', quote: 'người thiên chúa giáo 4 đồng chí = 1,3%', x: '4', y: '113 + 185', stated: '1,3%', note: 'Against the 304 written it is 1,3% too.' }),
    contradiction({ id: 'badge-years', quote: ['Có 68 đồng chí đạt danh hiệu 30 + 40 + 50 + 60 năm tuổi Đảng'], stated: '68', expected: '68', consistent: true, reason: '"30 + 40 + 50 + 60 năm tuổi Đảng" names the badges (30, 40, 50 and 60 years of membership) that the 68 members hold; it is not a sum.', trap: 'numbers joined by "+" that are not added up.' }),
    share({ id: 'ninety-share', quote: 'có 90 Đảng viên của Đảng bộ chiếm 30,2%', x: '90', y: '113 + 185', stated: '30,2%' }),
  ],
});
