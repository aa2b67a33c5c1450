// Huyện Thuận Bắc (Ninh Thuận): the district party committee's review of 2023 and targets for 2024, from báo Ninh
// Thuận (baoninhthuan.com.vn/news/141931p24c161/huyen-uy-thuan-bac-danh-gia-ket-qua-thuc-hien-nhiem-vu-nam-2023.htm);
// whole, a photo caption left out. The 2023 rates ("vượt 1,8%", "tăng 11%", "vượt 2%, tăng 18%") have neither plan nor
// 2022 figure in the text; the 2024 production target is given against the 2023 estimate.
import { change, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-thuan-bac-nhiem-vu-2023.txt',
  prefix: 'tbc',
  claims: [
    change({ id: 'production-target-2024', quote: ['đạt 12.984 tỷ đồng, tăng 16,6% so với năm 2023', 'Giá trị sản xuất các ngành ước đạt 10.951 tỷ đồng'], x: '12.984 tỷ đồng', base: '10.951 tỷ đồng', stated: '16,6%', direction: 'tăng', mistake: 'author', note: '12.984/10.951 is a rise of 18,56%, 18,6%: one digit off (16,6% of 10.951 would be 12.769).' }),
  ],
});
