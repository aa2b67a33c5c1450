// Tỉnh Bình Dương (the 91 communes' one-stop desks): báo Bình Dương, "Tỷ lệ giải quyết hồ sơ cấp xã đạt 99,99%",
// baobinhduong.vn/ty-le-giai-quyet-ho-so-cap-xa-dat-99-99--a264478.html; whole (share links and the comment form left out).
// Planted: the 73 late dossiers written 37 (one edit: on time + late no longer make the 904.298 resolved, and 37 of them
// is 0,00%, not 0,01%).
import { atLeast, ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-binh-duong-mot-cua-cap-xa-2021.txt',
  prefix: 'bd21',
  claims: [
    sum({ id: 'resolved-by-timeliness', quote: ['đã giải quyết 904.298 hồ sơ', 'trả trước và đúng hạn 904.225 hồ sơ', 'quá hạn 37 hồ sơ'], parts: ['904.225', '37'], total: '904.298', labels: ['trước và đúng hạn', 'quá hạn'], mistake: 'planted', original: 'quá hạn 73 hồ sơ', note: 'As published, 904.225 + 73 = 904.298.' }),
    ratio({ id: 'on-time-rate', quote: ['đạt tỷ lệ 99,99%', 'trả trước và đúng hạn 904.225 hồ sơ', 'đã giải quyết 904.298 hồ sơ'], x: '904.225', y: '904.298', stated: '99,99%' }),
    ratio({ id: 'late-rate', quote: ['chiếm tỷ lệ 0,01%', 'quá hạn 37 hồ sơ'], x: '37', y: '904.298', stated: '0,01%', mistake: 'planted', original: 'quá hạn 73 hồ sơ', note: 'The same edit: 73/904.298 = 0,008% → 0,01%; 37/904.298 = 0,004% → 0,00%.' }),
    repeat({ id: 'headline-rate', quote: ['cấp xã đạt 99,99%', 'đạt tỷ lệ 99,99%'], values: ['99,99%', '99,99%'] }),
    atLeast({ id: 'resolved-within-received', quote: ['đã giải quyết 904.298 hồ sơ', 'đã tiếp nhận 904.497 hồ sơ'], big: '904.497', small: '904.298' }),
  ],
});
