// Tỉnh Quảng Nam: báo Quảng Nam, "1.702/1.718 thôn, tổ dân phố có chi bộ độc lập" (L. Vũ),
// baoquangnam.vn/xay-dung-dang/17021718-thon-to-dan-pho-co-chi-bo-doc-lap-20625.html, admissions to 30/5 (the year is
// not in the stored copy); whole. The shares in brackets after "trong đó" are written against the resolution's target
// for the year, not the 1.351 admitted: 1.351 is 48,3% of it (about 2.800), and 564, 884 and 170 are 20,14%, 31,57%
// and 6,07% of 2.800, but 41,75%, 65,43% and 12,58% of the 1.351 they are part of. Labelled the authors' slip (one
// slip, three figures). The cells with a committee, 1.132 at 66,2%, fit neither the 1.702 villages with a cell
// (66,51%) nor all 1.718 (65,89%). The private business owners: 6 + 1 + 1 of the 16 chosen are at some step.
import { atLeast, ratio, repeat, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-nam-ket-nap-dang-vien-5-thang.txt',
  prefix: 'qnk',
  claims: [
    share({ id: 'women', quote: ['có 564 nữ (20,14%)', 'toàn tỉnh đã kết nạp được 1.351 đảng viên mới'], x: '564', y: '1.351', stated: '20,14%', mistake: 'author', note: '564/1.351 = 41,75%; the 20,14% is of the target (564/2.800).' }),
    share({ id: 'youth-union', quote: ['884 đoàn viên (31,57%)', 'toàn tỉnh đã kết nạp được 1.351 đảng viên mới'], x: '884', y: '1.351', stated: '31,57%', mistake: 'author', note: '884/1.351 = 65,43%; the 31,57% is of the target (884/2.800).' }),
    share({ id: 'minorities', quote: ['170 dân tộc ít người (6,07%)', 'toàn tỉnh đã kết nạp được 1.351 đảng viên mới'], x: '170', y: '1.351', stated: '6,07%', mistake: 'author', note: '170/1.351 = 12,58%; the 6,07% is of the target (170/2.800).' }),
    ratio({ id: 'villages-with-cell', quote: '1.702/1.718 thôn, tổ dân phố có chi bộ độc lập, chiếm 99,1%', x: '1.702', y: '1.718', stated: '99,1%' }),
    repeat({ id: 'villages-headline', quote: ['1.702/1.718 thôn, tổ dân phố có chi bộ độc lập\n', '1.702/1.718 thôn, tổ dân phố có chi bộ độc lập, chiếm'], values: ['1.702', '1.702'] }),
    share({ id: 'cells-with-committee', quote: ['1.132 chi bộ thôn, tổ dân phố có chi ủy, chiếm 66,2%', '1.702/1.718 thôn, tổ dân phố có chi bộ độc lập, chiếm'], x: '1.132', y: '1.702', stated: '66,2%', mistake: 'author', note: '1.132/1.702 = 66,51% (of all 1.718 villages, 65,89%): the 66,2% fits neither.' }),
    atLeast({ id: 'owners-in-progress', quote: ['toàn tỉnh có 16 quần chúng được chọn', 'đã có 6 quần chúng được học lớp cảm tình Đảng', '1 quần chúng được thẩm tra xác minh lý lịch đảng viên', '1 quần chúng (huyện Điện Bàn)'], big: '16', small: '6 + 1 + 1' }),
  ],
});
