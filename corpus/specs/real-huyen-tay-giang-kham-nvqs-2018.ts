// Huyện Tây Giang (Quảng Nam): báo Quảng Nam, "Tây Giang khám nghĩa vụ quân sự năm 2018" (Briu Na),
// baoquangnam.vn/quoc-phong-an-ninh/tay-giang-kham-nghia-vu-quan-su-nam-2018-55483.html, 11/2017; whole. The 8,11% of
// the population has no population written. The deferred or exempt and the eligible are given "trong đó", and they
// leave 52 of the 1.504 unaccounted for: nothing says the two groups are the whole.
import { atLeast, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-tay-giang-kham-nvqs-2018.txt',
  prefix: 'tgn',
  claims: [
    atLeast({ id: 'groups-within-age-cohort', quote: ['Tây Giang có 1.504 công dân trong độ tuổi', 'tạm hoãn và miễn gọi nhập ngũ là 1.188 công dân', 'sẵn sàng nhập ngũ là 246 người'], big: '1.504', small: '1.188 + 246', trap: 'Two groups named after "trong đó" that need not make the whole cohort; they fit within it.' }),
    repeat({ id: 'eligible-examined', quote: ['sẵn sàng nhập ngũ là 246 người', 'đạt 264/264 thanh niên'], values: ['246', '264'], mistake: 'planted', original: 'sẵn sàng nhập ngũ là 264 người', note: 'The eligible are 246 in one sentence and 264 (all of them examined, 264/264) in the next.' }),
  ],
});
