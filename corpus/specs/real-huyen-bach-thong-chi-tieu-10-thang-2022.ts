// Huyện Bạch Thông (Bắc Kạn): the district's 26 targets for 2022 as reviewed at the end of October, from the
// district portal (bachthong.gov.vn/23-26-chi-tieu-kinh-te-xa-hoi-dat-va-vuot-ke-hoach/); whole. Every target is
// exceeded, met or missed, and the missed ones are named.
import { repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-bach-thong-chi-tieu-10-thang-2022.txt',
  prefix: 'btc',
  claims: [
    sum({ id: 'all-targets', quote: ['đề ra 26 chỉ tiêu', 'Có 13/26 chỉ tiêu vượt so kế hoạch', '10/26 chỉ tiêu đạt kế hoạch', 'chỉ có 04/26 chỉ tiêu không đạt', 'đó là chỉ tiêu tỷ lệ trẻ em dưới 01 tuổi được tiêm đủ 8 loại vacxin; xây dựng nông thôn mới và chỉ tiêu tai nạn giao thông'], parts: ['13', '10', '04'], total: '26', labels: ['vượt', 'đạt', 'không đạt'], mistake: 'planted', original: 'chỉ có 03/26 chỉ tiêu không đạt', note: 'Exceeded, met and missed add to 27, not 26; and the sentence names three missed targets, not four.' }),
    sum({ id: 'met-or-exceeded', quote: ['có 23 chỉ tiêu hoàn thành và vượt kế hoạch', 'Có 13/26 chỉ tiêu vượt', '10/26 chỉ tiêu đạt kế hoạch'], parts: ['13', '10'], total: '23', labels: ['vượt', 'đạt'] }),
    repeat({ id: 'headline', quote: ['23/26 CHỈ TIÊU KINH TẾ', 'có 23 chỉ tiêu hoàn thành'], values: ['23', '23'] }),
  ],
});
