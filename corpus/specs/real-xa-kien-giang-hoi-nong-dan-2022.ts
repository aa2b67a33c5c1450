// Hội Nông dân of a commune in Kiên Giang (the stored copy does not name it): results of 2022, from the
// provincial Hội Nông dân's site, "Tập trung thực hiện đổi mới nội dung, phương thức hoạt động công tác Hội và
// phong trào nông dân" (title from the address), hoinongdankiengiang.org.vn/trang/TinTuc/109/2373/…; excerpt
// as stored (it opens mid-article and breaks off at its end).
import { ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-kien-giang-hoi-nong-dan-2022.txt',
  prefix: 'kgh',
  claims: [
    ratio({ id: 'new-members', quote: 'kết nạp được 71/70 hội viên mới, đạt 101% chỉ tiêu giao', x: '71', y: '70', stated: '101%', note: 'A whole-number percent: 101,43%.' }),
    ratio({ id: 'strong-branches', quote: 'có 04/05 chi hội vững mạnh (chiếm 80%)', x: '04', y: '05', stated: '80%' }),
    sum({ id: 'branch-ratings', quote: ['có 04/05 chi hội vững mạnh', '02/05 chi hội khá', 'không có chi hội trung bình, yếu, kém'], parts: ['04', '02'], total: '05', labels: ['vững mạnh', 'khá'], mistake: 'planted', original: '01/05 chi hội khá', note: 'With none rated lower, the ratings must cover the 5 branches: 4 + 2 = 6.' }),
    sum({ id: 'registered-good-farmers', quote: ['Kết quả đã có 554 hộ nông dân đăng ký', 'cấp tỉnh có 3 hộ', 'cấp huyện có 13 hộ', 'cấp xã 538 hộ'], parts: ['3', '13', '538'], total: '554', labels: ['cấp tỉnh', 'cấp huyện', 'cấp xã'] }),
    ratio({ id: 'support-fund', quote: 'được 16.610.000đ/14.080.000đ, đạt 117,9% chỉ tiêu', x: '16.610.000', y: '14.080.000', stated: '117,9%', mistake: 'author', note: '16.610.000/14.080.000 = 117,969…%, i.e. 118,0%; truncated.' }),
  ],
});
