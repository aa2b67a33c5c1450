// Tỉnh Bắc Giang: Infonet, "Bắc Giang có thêm 3 xã đạt chuẩn nông thôn mới" (title from the address; the date is not in the
// stored copy), infonet.vn/bac-giang-co-them-3-xa-dat-chuan-nong-thon-moi-post187506.info; whole (the title is not
// in the stored copy).
// Authors' slip: Quang Châu is recognised as a new rural commune with 18 of the 19 criteria; the standard needs all 19.
// Planted: the lead's "công nhận thêm 3 xã" written 4 (the next paragraph names three).
import { contradiction, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-bac-giang-nong-thon-moi-3-xa.txt',
  prefix: 'bg3x',
  claims: [
    repeat({ id: 'new-communes-twice', quote: ['công nhận thêm 4 xã', '3 xã được công nhận đợt này là'], values: ['3', '4'], mistake: 'planted', original: 'công nhận thêm 3 xã', note: 'The communes recognised in this round, written 4 in the lead and 3 (with their three names) in the next paragraph.' }),
    contradiction({ id: 'new-communes-named', kind: 'sum_parts', quote: ['3 xã được công nhận đợt này là', 'xã Quang Châu (huyện Việt Yên)'], stated: '3', expected: '3 named', consistent: true, reason: 'Quang Châu, Xuân Cẩm, Tuấn Đạo: three.' }),
    contradiction({ id: 'recognised-with-18', kind: 'other', quote: ['đạt 18/19 tiêu chí', 'đạt chuẩn nông thôn mới, nâng số xã'], stated: '18/19', expected: '19/19', consistent: false, reason: 'A commune is recognised as đạt chuẩn nông thôn mới only when it meets all 19 criteria; Quang Châu is listed among the three recognised with 18/19.', mistake: 'author' }),
  ],
});
