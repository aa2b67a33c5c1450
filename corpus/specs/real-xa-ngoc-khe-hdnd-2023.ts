// HĐND xã Ngọc Khê (huyện Trùng Khánh, Cao Bằng), 8th session, 29/12/2023, from
// ngockhe.trungkhanh.caobang.gov.vn/hoat-dong-hdnd-ubnd/ky-hop-thu-8-hdnd-xa-ngoc-khe-khoa-xx-nhiem-ky-2021-2026-951211; whole.
// Most percents are of plans the page does not give; two sit next to an X/Y.
import { contradiction, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-ngoc-khe-hdnd-2023.txt',
  prefix: 'ngk',
  claims: [
    contradiction({ id: 'villages-of-plan', kind: 'ratio_percent', quote: ['xây dựng làng văn hóa 6/7 làng đạt 100%'], stated: '6/7 làng đạt 100%', expected: '6/7 = 85,7% of the villages; 100% of the plan', consistent: true, reason: 'The 100% is the plan achieved (6 villages planned), not the share of the 7 villages.', trap: 'a percent of the plan right after an X/Y of another base.' }),
    ratio({ id: 'cultured-families', quote: 'đạt 480/662 hộ chiếm 72%', x: '480', y: '662', stated: '72%', mistake: 'author', note: '480/662 = 72,51%: a whole-number percent rounds to 73%.' }),
  ],
});
