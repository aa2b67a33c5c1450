// Tỉnh Gia Lai: báo Gia Lai's tag page "dịp cuối năm", the item "Nhiều sự kiện du lịch dịp cuối năm" (nine months of
// 2020), baogialai.com.vn/tu-khoa/dip-cuoi-nam-tag175011.html; the item as stored (the tag heading and the repeated
// title left out). The plans and last year's figures are given only as percents. Checked: domestic + international
// within the "trên 436.500" visitors.
import { atLeast, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-gia-lai-du-lich-9-thang-2020.txt',
  prefix: 'gld',
  claims: [
    atLeast({ id: 'visitors-by-origin', quote: ['chỉ đạt trên 436.500 lượt', 'khách nội địa là 433.420 lượt', 'với trên 3.000 lượt'], big: '436.500', small: '433.420 + 3.000', note: 'With both parts written "trên", the total must be at least their sum.' }),
  ],
});
