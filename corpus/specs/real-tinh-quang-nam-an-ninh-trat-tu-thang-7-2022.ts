// Tỉnh Quảng Nam: báo Quảng Nam, "Điều tra, khám phá 51/61 vụ xâm phạm trật tự xã hội trong tháng 7" (title from the address;
// Công an tỉnh's month), baoquangnam.vn/quoc-phong-an-ninh/dieu-tra-kham-pha-5161-vu-xam-pham-trat-tu-xa-hoi-trong-thang-7-130350.html;
// whole but a paragraph on a drill and two ceremonies (dates only) and a photo caption.
// Planted: the body's 51/61 written 57/61 (against the lead's 51/61 and its "hơn 83%").
// Trap: "tỷ lệ hơn 83%" is a lower bound: 51/61 = 83,6%, which a whole-number rounding would write 84%.
import { contradiction, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-nam-an-ninh-trat-tu-thang-7-2022.txt',
  prefix: 'qn22a',
  claims: [
    repeat({ id: 'solved-twice', quote: ['có 57/61 vụ', 'khám phá 51/61 vụ'], values: ['51', '57'], mistake: 'planted', original: 'tháng qua có 51/61 vụ', note: 'The lead and the body give the month\'s solved cases; as published both say 51/61.' }),
    contradiction({ id: 'solved-rate-lower-bound', kind: 'ratio_percent', quote: ['tỷ lệ hơn 83%', 'khám phá 51/61 vụ'], stated: 'hơn 83%', expected: '83,61%', consistent: true, reason: '51/61 = 83,61%, which is more than 83%: "hơn" gives a lower bound, not a rounding.', trap: 'a lower bound "hơn 83%" that a whole-number rounding of 51/61 would give as 84%.' }),
  ],
});
