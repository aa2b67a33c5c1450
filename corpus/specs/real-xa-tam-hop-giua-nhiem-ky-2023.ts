// Xã Tam Hợp (huyện Tương Dương, Nghệ An): 2022 results and the first half of the Đảng bộ's 2020-2025 term,
// from báo Nghệ An, "Khởi sắc vùng biên Tam Hợp" (baonghean.vn/khoi-sac-vung-bien-tam-hop-post269168.html);
// the stored copy starts inside the article and breaks off in the investment paragraph.
import { excess, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-tam-hop-giua-nhiem-ky-2023.txt',
  prefix: 'th',
  claims: [
    excess({ id: 'rice-over-plan', quote: 'đạt 53,5/52ha, tăng 2,9%', x: '53,5', y: '52', stated: '2,9%', note: '"tăng" against the plan written as done/plan: the excess over the plan.' }),
    excess({ id: 'maize-over-plan', quote: 'cây ngô 73/70ha, tăng 4,3%', x: '73', y: '70', stated: '4,3%' }),
    excess({ id: 'cassava-over-plan', quote: 'cây sắn 80/54ha, tăng 148,1%', x: '80', y: '54', stated: '148,1%', mistake: 'planted', original: 'tăng 48,1%', note: '80/54 = 148,1% of the plan, an excess of 48,1%: the ratio was written where the increase belongs.' }),
    excess({ id: 'turmeric-over-plan', quote: 'cây nghệ đỏ:18/15ha, thu về 367 tấn, tăng 20% so với kế hoạch', x: '18', y: '15', stated: '20%', note: 'The percent stands after the output (367 tấn), whose plan is not given; it fits the area 18/15 ha.' }),
    ratio({ id: 'ginger-plan', quote: 'cây gừng 8/8ha, đạt 100% so với kế hoạch', x: '8', y: '8', stated: '100%' }),
    ratio({ id: 'income-target', quote: 'thu nhập bình quân đầu người đạt 22/23 triệu đồng, đạt 95% nghị quyết đại hội', x: '22', y: '23', stated: '95%', mistake: 'planted', original: 'đạt 96% nghị quyết đại hội', note: 'A whole-number percent: 22/23 = 95,65…% rounds to 96%, not 95% (truncated).' }),
    ratio({ id: 'budget-target', quote: 'đạt 1.809,5/75 triệu đồng, đạt 2413% nghị quyết đại hội', x: '1.809,5', y: '75', stated: '2413%', note: '1.809,5/75 = 2.412,67%, written without a thousands dot.' }),
  ],
});
