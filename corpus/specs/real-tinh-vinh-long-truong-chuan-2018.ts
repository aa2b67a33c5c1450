// Tỉnh Vĩnh Long: schools and libraries meeting the national standard, February 2018, from báo Vĩnh Long
// (baovinhlong.com.vn/xa-hoi/201802/cuoi-nam-hoc-2017-2018-phan-dau-46-so-truong-dat-chuan-quoc-gia-2880083/); whole,
// the repeated caption kept once. The shares (43,58%, 46%, trên 55%) are of totals the text does not give.
import { cumulative, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-vinh-long-truong-chuan-2018.txt',
  prefix: 'vlt',
  claims: [
    sum({ id: 'schools-by-level', quote: ['Hiện toàn tỉnh có 190 trường đạt chuẩn quốc gia', 'mầm non có 43 trường, tiểu học có 109 trường, THCS có 38 trường và THPT có 9 trường'], parts: ['43', '109', '38', '9'], total: '190', labels: ['mầm non', 'tiểu học', 'THCS', 'THPT'], mistake: 'author', note: 'The levels after "Trong đó" add to 199, not 190.' }),
    sum({ id: 'libraries-by-level', quote: ['có 174 thư viện đạt chuẩn', 'tiểu học có 118 thư viện, THCS có 44 thư viện và THPT có 12'], parts: ['118', '44', '12'], total: '174', labels: ['tiểu học', 'THCS', 'THPT'] }),
    cumulative({ id: 'target', quote: ['toàn tỉnh sẽ có 202 trường đạt chuẩn quốc gia, tức phấn đấu đạt thêm 21 trường', 'Hiện toàn tỉnh có 190 trường'], previous: '190', period: '21', stated: '202', mistake: 'planted', original: 'tức phấn đấu đạt thêm 12 trường', note: 'Today\'s 190 schools and 21 more make 211, not the 202 aimed for: the two digits of the addition swapped.' }),
  ],
});
