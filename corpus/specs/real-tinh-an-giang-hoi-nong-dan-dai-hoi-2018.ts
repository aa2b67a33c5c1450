// Hội Nông dân tỉnh An Giang: commune-level congresses held by the end of 2/2018, as published on
// hoinongdanag.org.vn (hoạt động hội, năm 2018, 7435.aspx); an image's alt text is left out.
import { ratio, repeat, report } from '../../scripts/corpus/relations';

const district = (id: string, quote: string, x: string, y: string, stated: string, extra: { mistake?: 'planted'; original?: string; note?: string } = {}) =>
  ratio({ id, quote, x, y, stated, ...extra });

export default report({
  doc: 'real-tinh-an-giang-hoi-nong-dan-dai-hoi-2018.txt',
  prefix: 'ag',
  claims: [
    ratio({ id: 'province', quote: '120/152 cơ sở Hội tổ chức Đại hội Hội Nông dân nhiệm kỳ 2018 - 2023 (đạt 78,94%)', x: '120', y: '152', stated: '78,94%', mistake: 'author', note: '120/152 = 78,947…% rounds to 78,95%; truncated. The headline repeats the same figure (one mistake).' }),
    repeat({ id: 'headline', quote: ['An Giang: Đạt 78,94% cơ sở Hội Nông dân', '(đạt 78,94%)'], values: ['78,94%', '78,94%'] }),
    district('long-xuyen', 'Long Xuyên 9/9 cơ sở Hội tổ chức Đại hội (đạt 100%)', '9', '9', '100%'),
    district('chau-doc', 'Châu Đốc 7/7 cơ sở Hội tổ chức Đại hội (đạt 100%)', '7', '7', '100%'),
    district('tan-chau', 'Tân Châu 12/14 cơ sở Hội tổ chức Đại hội (đạt 85,71%)', '12', '14', '85,71%'),
    district('chau-thanh', 'Châu Thành 13/13 cơ sở Hội tổ chức Đại hội (đạt 100%)', '13', '13', '100%'),
    district('thoai-son', 'Thoại Sơn 16/17 cơ sở Hội tổ chức Đại hội (đạt 100%)', '16', '17', '100%', { mistake: 'planted', original: 'Thoại Sơn 17/17 cơ sở Hội', note: '16/17 = 94,12%: the count was changed and the copied "(đạt 100%)" kept.' }),
    district('chau-phu', 'Châu Phú 13/13 cơ sở Hội tổ chức Đại hội (đạt 100%)', '13', '13', '100%'),
    district('cho-moi', 'Chợ Mới 18/18 cơ sở Hội tổ chức Đại hội (đạt 100%)', '18', '18', '100%'),
    district('tri-ton', 'Tri Tôn 15/15 cơ sở Hội tổ chức Đại hội (đạt 100%)', '15', '15', '100%'),
  ],
});
