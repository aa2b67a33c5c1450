// Tỉnh Nghệ An: báo Nghệ An, "Xây dựng kịch bản tạo nguồn thu ngân sách - Bài 1: Một năm vượt khó" (title from the
// address), e.baonghean.vn/xay-dung-kich-ban-tao-nguon-thu-ngan-sach-bai-1-mot-nam-vuot-kho/; the opening as stored.
// The estimates behind the percents are not given. The authors' slip: domestic revenue without land-use fees and the
// lottery, 16.186 − 5.056 = 11.130 tỷ, written 11.104 tỷ.
import { atLeast, difference, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-nghe-an-thu-ngan-sach-2020.txt',
  prefix: 'nas',
  claims: [
    difference({ id: 'domestic-without-land-and-lottery', quote: ['thu nội địa thực hiện 11.104 tỷ đồng', 'thu nội địa đạt 16.186 tỷ đồng', '(5.056 tỷ đồng)'], a: '16.186 tỷ đồng', b: '5.056 tỷ đồng', stated: '11.104 tỷ đồng', mistake: 'author', note: '16.186 − 5.056 = 11.130 tỷ đồng.' }),
    atLeast({ id: 'domestic-within-total', quote: ['tổng thu ngân sách toàn tỉnh đạt 17.363 tỷ đồng', 'thu nội địa đạt 16.186 tỷ đồng'], big: '17.363', small: '16.186' }),
  ],
});
