// Huyện Hiệp Hòa (Bắc Giang): HiephoaNet (the district's community site), "Hiệp Hòa hơn 81,4% số hộ đạt gia đình văn
// hóa" (Phương Nhung), hiephoanet.vn/hip-hoa-hn-814-s-h-t-gia-inh-vn-hoa/, 2010; whole (the breadcrumb and the links
// under it left out). The families' "tăng 1398 hộ (tăng 0,9%)" is the rise of the rate in points (from about 80,5% to
// 81,4%), not 1.398 of the 2009 count (about 40.000 households, 3,5%): a trap. The villages' "tăng 0,7%" is the same
// kind of rise; the 56,1% and the agencies' 90,7% have no totals in the text (not labelled).
import { atLeast, contradiction, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-hiep-hoa-gia-dinh-van-hoa-2010.txt',
  prefix: 'hhv',
  claims: [
    repeat({ id: 'rate-headline', quote: ['Hiệp Hòa hơn 84,1% số hộ đạt gia đình văn hóa', 'chiếm 81,4% so với tổng số hộ trong huyện'], values: ['84,1%', '81,4%'], mistake: 'planted', original: 'Hiệp Hòa hơn 81,4% số hộ', note: 'The headline\'s rate with two digits swapped against the body\'s 81,4% (the address keeps 814).' }),
    contradiction({ id: 'families-rise', kind: 'change_percent', quote: ['tăng 1398 hộ (tăng 0,9%) so với năm 2009', 'hơn 41.400 hộ đạt danh hiệu'], stated: 'tăng 0,9%', expected: 'tăng 0,9%', consistent: true, reason: 'The 0,9 is the rise of the share of households in percentage points; 1.398 on a 2009 count of about 40.000 households would be 3,5%, but the text compares rates.', trap: 'A count\'s rise beside a percent that is the rate\'s rise, not the count\'s.' }),
    atLeast({ id: 'exemplary-within-families', quote: ['trong đó có 139 gia đình văn hóa tiêu biểu', 'hơn 41.400 hộ đạt danh hiệu'], big: '41.400', small: '139' }),
    atLeast({ id: 'agencies-rise-within', quote: ['công nhận 167 cơ quan văn hoá cấp huyện, tăng 47 cơ quan'], big: '167', small: '47' }),
  ],
});
