// Xã Sơn Thủy (Văn Bàn, Lào Cai): the commune's page on the district's document portal, "ĐIỀU KIỆN TỰ NHIÊN VÀ ĐIỀU
// KIỆN KINH TẾ XÃ HỘI" (undated), vanban.laocai.gov.vn/1230/27564/45306/xa-son-thuy; opening (ends in the table of
// leaders). The forest is natural plus planted; the land items listed do not cover the whole area (non-agricultural
// land other than housing is not named). The poor households' 60,9% fits neither 391/656 households (59,6%) nor
// 1.904/3.172 persons (60,0%); the commune has "14 thôn bản" in one line and 17 villages in the last. The school lines
// ("01 trường/3 lớp/ 158 học sinh") are counts per level, not fractions.
import { atLeast, contradiction, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-son-thuy-dieu-kien-kinh-te-xa-hoi.txt',
  prefix: 'stx',
  claims: [
    sum({ id: 'forest-by-kind', quote: ['Đất lâm nghiệp có rừng: 3.582,80 ha', 'Rừng tự nhiên: 3.120,70 ha', 'Rừng trồng: 426,10 ha'], parts: ['3.120,70 ha', '426,10 ha'], total: '3.582,80 ha', labels: ['rừng tự nhiên', 'rừng trồng'], mistake: 'planted', original: 'Rừng trồng: 462,10 ha', note: 'Natural and planted forest add to 3.546,80 ha, 36 ha short.' }),
    atLeast({ id: 'land-items-within-area', quote: ['Tổng diện tích tự nhiên: 5.875 ha', 'Đất nông nghiệp: 3.785,74 ha', 'Đất ở: 22,95 ha', 'Đất đồi núi chưa sử dụng: 1341,18 ha'], big: '5.875 ha', small: '3.785,74 ha + 22,95 ha + 1.341,18 ha', trap: 'The land items listed make 5.149,87 ha of 5.875: the list leaves out part of the non-agricultural land, so it is not a sum that must be met.' }),
    ratio({ id: 'poor-household-rate', quote: ['Tỷ lệ hộ nghèo: 60,9%', 'Tổng số: 656 hộ 3.172 Khẩu', 'Tổng số hộ nghèo: 391 hộ'], x: '391', y: '656', stated: '60,9%', mistake: 'author', note: '391/656 = 59,60% (by persons, 1.904/3.172 = 60,03%); neither is 60,9%.' }),
    contradiction({ id: 'villages', kind: 'repeat', quote: ['11/17 thôn', 'có tổng số 14 thôn bản'], stated: '17', expected: '14', consistent: false, reason: 'The commune has 14 villages in the first section and 17 in the last ("11/17 thôn").', mistake: 'author' }),
    atLeast({ id: 'women-within-workforce', quote: ['Tổng số: 1.324 Lao động; trong đó lao động nữ: 635 Người'], big: '1.324', small: '635' }),
  ],
});
