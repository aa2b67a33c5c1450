// Huyện Tây Giang (Quảng Nam): classification of the district's grassroots party organisations, from báo Quảng Nam
// (baoquangnam.vn/xay-dung-dang/tay-giang-co-2128-to-chuc-co-so-dang-dat-trong-sach-vung-manh-45262.html), undated;
// whole. The organisations "trong sạch vững mạnh" are named after "gồm": 20 names (19 if the court and the procuracy,
// joined by a comma, are one branch), not the 21 the sentence counts. The exemplary ones are named after their own
// "gồm".
import { atLeast, repeat, report, sum } from '../../scripts/corpus/relations';

const ONE = '1';

export default report({
  doc: 'real-huyen-tay-giang-to-chuc-co-so-dang.txt',
  prefix: 'tgd',
  claims: [
    sum({
      id: 'strong-named', quote: ['kết quả có 21/28 tổ chức cơ sở đảng đạt trong sạch vững mạnh gồm', 'Đảng bộ xã Ch’Ơm; Lăng; Tr’Hy; Bha Lêê; A Vương; A Nông; Đảng bộ Quân sự huyện', 'Bảo hiểm xã hội; Trường THPT Tây Giang'],
      parts: Array(20).fill(ONE), total: '21',
      labels: ['Ch’Ơm', 'Lăng', 'Tr’Hy', 'Bha Lêê', 'A Vương', 'A Nông', 'Quân sự huyện', 'Trung tâm Y tế', 'Thi hành án dân sự', 'Tòa án', 'Viện Kiểm sát', 'Hạt Kiểm lâm', 'Khu bảo tồn Sao la', 'Rừng phòng hộ Bắc Sông Bung', 'Kho bạc', 'NN&PTNT', 'Chính sách xã hội', 'Phát triển quỹ đất', 'Bảo hiểm xã hội', 'THPT Tây Giang'],
      mistake: 'author', note: 'The list after "gồm" names 20 organisations (19 if "Tòa án nhân dân huyện, Viện Kiểm sát nhân dân huyện" is one branch), not 21.',
    }),
    sum({ id: 'exemplary-named', quote: ['Trong đó có 5 tổ chức cơ sở đảng đạt trong sạch vững mạnh tiêu biểu gồm', 'Đảng bộ xã Tr’Hy; Lăng; Chi bộ Kho bạc Nhà nước; Ngân hàng Chính sách xã hội.'], parts: [ONE, ONE, ONE, ONE], total: '5', labels: ['Tr’Hy', 'Lăng', 'Kho bạc', 'Chính sách xã hội'], mistake: 'planted', original: 'Trong đó có 4 tổ chức', note: 'Four organisations are named after "gồm", not five.' }),
    atLeast({ id: 'exemplary-within-strong', quote: ['Trong đó có 5 tổ chức cơ sở đảng', 'kết quả có 21/28 tổ chức cơ sở đảng'], big: '21', small: '5' }),
    repeat({ id: 'headline', quote: ['Tây Giang có 21/28 tổ chức cơ sở đảng', 'kết quả có 21/28 tổ chức cơ sở đảng'], values: ['21', '21'] }),
  ],
});
