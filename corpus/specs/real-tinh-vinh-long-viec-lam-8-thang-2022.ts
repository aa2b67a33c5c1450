// Tỉnh Vĩnh Long: báo Vĩnh Long, "Giải quyết việc làm mới cho lao động vượt kế hoạch năm" (Sở LĐTB&XH, August 2022),
// baovinhlong.vn/lao-dong-viec-lam/202208/giai-quyet-viec-lam-moi-cho-lao-dong-vuot-ke-hoach-nam-3131437/; whole. The
// plans are not given. Checked: the month within the cumulative, for all jobs and for work abroad. Trap: the 21,55%
// with certificates is a part of the 58,62% trained ("trong đó"), not a second share to add.
import { atLeast, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-vinh-long-viec-lam-8-thang-2022.txt',
  prefix: 'vlv',
  claims: [
    atLeast({ id: 'month-within-cumulative', kind: 'cumulative', quote: ['từ đầu năm đến nay đã giải quyết việc làm mới cho 20.096 người', 'giải quyết việc làm mới cho 2.242 lao động'], big: '20.096', small: '2.242' }),
    atLeast({ id: 'abroad-month-within-cumulative', kind: 'cumulative', quote: ['đã đưa 981 người lao động', 'trong đó đưa 134 lao động'], big: '981', small: '134' }),
    atLeast({ id: 'certified-within-trained', quote: ['lao động qua đào tạo đạt 58,62%', 'có bằng cấp chứng chỉ đạt 21,55%'], big: '58,62', small: '21,55', trap: 'the certified 21,55% after "trong đó" is part of the 58,62% trained.' }),
  ],
});
