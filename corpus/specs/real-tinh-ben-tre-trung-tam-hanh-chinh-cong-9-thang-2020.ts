// Tỉnh Bến Tre: báo Đồng Khởi, "Trung tâm Phục vụ hành chính công giải quyết hơn 59 ngàn hồ sơ",
// baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-giai-quyet-hon-59-ngan-ho-so-11102020-a78881.html; whole ("(đạt tỷ lệ
// (97,4%)" as published). Counts are written in thousands ("ngàn HS").
// Planted: the dossiers received in person 54,1 ngàn written 64,1 ngàn, more than the 61,3 ngàn received in all.
import { atLeast, contradiction, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ben-tre-trung-tam-hanh-chinh-cong-9-thang-2020.txt',
  prefix: 'btc20',
  claims: [
    ratio({ id: 'resolved-rate', quote: ['(đạt tỷ lệ (97,4%)', 'đã giải quyết 59,72 ngàn HS', 'đã tiếp nhận 61,3 ngàn hồ sơ'], x: '59,72', y: '61,3', stated: '97,4%' }),
    atLeast({ id: 'in-person-within-received', quote: ['HS tiếp nhận trực tiếp (64,1 ngàn HS)', 'đã tiếp nhận 61,3 ngàn hồ sơ'], big: '61,3', small: '64,1', mistake: 'planted', original: 'HS tiếp nhận trực tiếp (54,1 ngàn HS)', note: 'A part after "Trong đó" above its total.' }),
    contradiction({ id: 'headline-resolved', kind: 'repeat', quote: ['giải quyết hơn 59 ngàn hồ sơ', 'đã giải quyết 59,72 ngàn HS'], stated: 'hơn 59 ngàn', expected: '59,72 ngàn', consistent: true, reason: '59,72 ngàn is "hơn 59 ngàn".' }),
    atLeast({ id: 'quarter-within-nine-months', quote: ['với tổng số 25,2 ngàn HS', 'đã tiếp nhận 61,3 ngàn hồ sơ'], big: '61,3', small: '25,2' }),
    atLeast({ id: 'agencies-within-quarter', quote: ['với tổng số 25,2 ngàn HS', 'Công an tỉnh 7,7 ngàn HS'], big: '25,2', small: '7,7 + 3,7 + 3,01 + 2,25 + 2,14 + 2,12', trap: 'the agencies "tiếp nhận nhiều" (20,92 ngàn) are the largest only, not all the quarter\'s 25,2 ngàn.' }),
  ],
});
