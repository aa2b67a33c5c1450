// Trung tâm Phục vụ hành chính công tỉnh Bến Tre: files in May 2021, from báo Đồng Khởi, "Trung tâm Phục vụ
// hành chính công giải quyết hơn 4,5 ngàn hồ sơ" (baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-giai-quyet-
// hon-4-5-ngan-ho-so-06062021-a86932.html); the share and comment blocks are left out. Counts are written
// in "ngàn" (thousands) next to exact counts.
import { atLeast, difference, ratio, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ben-tre-tthc-thang-5-2021.txt',
  prefix: 'btr',
  claims: [
    atLeast({ id: 'headline-over-4500', quote: ['giải quyết hơn 4,5 ngàn hồ sơ', 'Trung tâm đã giải quyết: 4.561/5.650 HS'], big: '4.561', small: '4.500' }),
    sum({ id: 'intake', quote: ['tiếp nhận 5,65 ngàn hồ sơ (HS) các loại', 'có 1,07 ngàn HS kỳ trước chuyển sang', 'trực tiếp 3,19 ngàn HS', 'trực tuyến 1,25 ngàn HS', 'bưu chính công ích 132 HS'], parts: ['1,07', '3,19', '1,25', '0,132'], total: '5,65', rounded: true, labels: ['kỳ trước chuyển sang', 'trực tiếp', 'trực tuyến', 'bưu chính'], note: 'In thousands (132 HS = 0,132 ngàn): 5,642 ngàn, 5,65 ngàn at the precision written.' }),
    ratio({ id: 'solved-rate', quote: '4.561/5.650 HS (tỷ lệ 80,7%)', x: '4.561', y: '5.650', stated: '80,7%' }),
    sum({ id: 'solved-split', quote: ['Trung tâm đã giải quyết: 4.561/5.650 HS', 'có 4,52 ngàn HS giải quyết đúng và trước hạn', 'có 12 hồ sơ giải quyết trễ hạn'], parts: ['4.520', '12'], total: '4.561', labels: ['đúng và trước hạn', 'trễ hạn'], mistake: 'author', note: '"4,52 ngàn" (4.515 to 4.525) plus 12 late files is at most 4.537, not the 4.561 solved; the on-time count is 4.549, which the 99,7% fits.' }),
    share({ id: 'on-time-rate', quote: 'giải quyết đúng và trước hạn (tỷ lệ 99,7%)', x: '4.561 − 12', y: '4.561', stated: '99,7%', note: 'Of the files solved; the on-time count taken as solved less late (4.549), since the written 4,52 ngàn is off.' }),
    share({ id: 'late-rate', quote: 'có 12 hồ sơ giải quyết trễ hạn (tỷ lệ 0,3%)', x: '12', y: '4.561', stated: '0,3%' }),
    difference({ id: 'pending', quote: ['Trung tâm đang giải quyết 1.098 HS', 'Trung tâm đã giải quyết: 4.561/5.650 HS'], a: '5.650', b: '4.561', stated: '1.098', mistake: 'planted', original: 'đang giải quyết 1.089 HS', note: 'Received less solved: 5.650 − 4.561 = 1.089.' }),
    sum({ id: 'late-causes', quote: ['có 12 hồ sơ giải quyết trễ hạn', '(10 trường hơp)', '2 trường hợp thuộc lĩnh vực đất đai và thủy lợi'], parts: ['10', '2'], total: '12', labels: ['lý lịch tư pháp', 'đất đai, thủy lợi'] }),
  ],
});
