// Xã Bình Minh: results of the 2026 election of the commune HĐND (term 2026-2031), from the commune's
// election committee as published (baomoi.net.vn/xa-binh-minh-bau-du-30-dai-bieu-hdnd-cap-xa-nhiem-ky-2026-2031-c54735650.epi).
// Every share is of the 30 delegates written once at the start of the paragraph.
import { ratio, report, share, sum } from '../../scripts/corpus/relations';

const D = '30';
export default report({
  doc: 'real-xa-binh-minh-bau-cu-2026.txt',
  prefix: 'bm',
  claims: [
    share({ id: 'women', quote: 'đại biểu là nữ có 8 người, chiếm tỷ lệ 26,67%', x: '8', y: D, stated: '26,67%' }),
    share({ id: 'non-party', quote: 'đại biểu là người ngoài Đảng có 6 người, chiếm tỷ lệ 20%', x: '6', y: D, stated: '20%' }),
    share({ id: 'under-40', quote: 'đại biểu dưới 40 tuổi có 3 người, chiếm tỷ lệ 10%', x: '3', y: D, stated: '10%' }),
    share({ id: 'religious', quote: 'đại biểu là người tôn giáo có 2 người, chiếm tỷ lệ 6,67%', x: '2', y: D, stated: '6,67%' }),
    share({ id: 're-elected', quote: 'đại biểu tái cử có 17 người, chiếm tỷ lệ 56,67%', x: '17', y: D, stated: '56,67%' }),
    share({ id: 'postgraduate', quote: 'trình độ trên đại học là 12 người, chiếm tỷ lệ 40%', x: '12', y: D, stated: '40%' }),
    share({ id: 'graduate', quote: 'trình độ đại học là 10 người, chiếm 33,33%', x: '10', y: D, stated: '33,33%' }),
    share({ id: 'below-graduate', quote: 'dưới đại học có 8 người, chiếm 26,67%', x: '8', y: D, stated: '26,67%' }),
    sum({ id: 'education-split', quote: ['trong số 30 đại biểu được bầu trúng cử', 'trình độ trên đại học là 12 người', 'trình độ đại học là 10 người', 'dưới đại học có 8 người'], parts: ['12', '10', '8'], total: '30' }),
    share({ id: 'party-bodies', quote: 'khối các cơ quan Đảng có 5 người, chiếm 16,67%', x: '5', y: D, stated: '16,67%' }),
    share({ id: 'government-bodies', quote: 'khối chính quyền có 8 người, chiếm 36,67%', x: '8', y: D, stated: '36,67%', mistake: 'author', note: '8/30 is 26,67%; 36,67% would be 11 people, and the five groups then add to 110%.' }),
    share({ id: 'front', quote: 'tổ chức thành viên 3 người, chiếm 10%', x: '3', y: D, stated: '10%' }),
    share({ id: 'armed-forces', quote: 'khối lực lượng vũ trang 2 người, chiếm 6,67%', x: '2', y: D, stated: '6,67%' }),
    share({ id: 'other-bodies', quote: 'khối các cơ quan đơn vị khác 12 người, chiếm 40%', x: '12', y: D, stated: '40%' }),
    sum({ id: 'composition-split', quote: ['trong số 30 đại biểu được bầu trúng cử', 'khối các cơ quan Đảng có 5 người', 'khối chính quyền có 8 người', 'tổ chức thành viên 3 người', 'khối lực lượng vũ trang 2 người', 'khối các cơ quan đơn vị khác 12 người'], parts: ['5', '8', '3', '2', '12'], total: '30', note: 'The counts add up; only the share of khối chính quyền is wrong.' }),
    ratio({ id: 'turnout', kind: 'share_percent', quote: 'đạt tỷ lệ cử tri tham gia bỏ phiếu là 98,85%', x: '53.371', y: '53.989', stated: '98,85%', mistake: 'author', note: 'Voters and the list are in the clauses before; 98,855…% truncated instead of rounded.' }),
  ],
});
