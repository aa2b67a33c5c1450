// Huyện Vũ Quang (Hà Tĩnh): nongthonmoihatinh.vn, "Vũ Quang tiêm 24 nghìn liều vắc xin cho đàn gia súc" (title from
// the address), nongthonmoihatinh.vn/vi/news/huyen-Vu-Quang/Vu-Quang-tiem-24-nghin-lieu-vac-xin-cho-dan-gia-suc-23313,
// spring round (undated); whole (the lists of other news left out). The three vaccines named after "Trong đó" must
// reach the "trên 24.000" doses of the lead; the 60 nghìn is the round's target.
import { atLeast, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-vu-quang-tiem-phong-gia-suc.txt',
  prefix: 'vqt',
  claims: [
    atLeast({ id: 'doses-over-24000', quote: ['toàn huyện Vũ Quang đã tiêm trên 24.000 liều vắc xin phòng chống dịch bệnh cho đàn gia súc. Trong đó', '9.850 liều vắc xin', '7.190 liều vắc xin phòng bệnh dịch tả lợn', '6.192 liều vắc xin phòng dại chó'], big: '9.850 + 7.190 + 6.192', small: '24.000', mistake: 'planted', original: '8.190 liều vắc xin phòng bệnh dịch tả lợn', note: 'The three vaccines add to 23.232 doses, fewer than the "trên 24.000" they are the parts of.' }),
    repeat({ id: 'doses-headline', quote: ['Toàn huyện Vũ Quang đã tiêm trên 24.000 liều vắc xin phòng chống dịch bệnh cho đàn gia súc |', 'Tính đến nay, toàn huyện Vũ Quang đã tiêm trên 24.000 liều'], values: ['24.000', '24.000'] }),
  ],
});
