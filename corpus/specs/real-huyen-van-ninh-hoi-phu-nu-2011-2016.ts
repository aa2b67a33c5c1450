// Huyện Vạn Ninh (Khánh Hòa): báo Khánh Hòa, "Đại hội đại biểu phụ nữ huyện Vạn Ninh lần thứ XII" (title from the
// address), baokhanhhoa.vn/chinh-tri/201607/dai-hoi-dai-bieu-phu-nu-huyen-van-ninh-lan-thu-xii-2445057; whole, the
// lead that the page prints twice kept once. The 29% and 29,7% have no base in the text. Checked: the members in the
// lead against the body, and the new members within the total. Planted: the lead's "hơn 29.000 hội viên" written
// 26.000 (a stale figure against the body's 29.000).
import { atLeast, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-van-ninh-hoi-phu-nu-2011-2016.txt',
  prefix: 'vnp',
  claims: [
    repeat({ id: 'members-lead-and-body', quote: ['đại diện hơn 26.000 hội viên phụ nữ', 'nâng tổng số hội viên hiện nay hơn 29.000 người'], values: ['29.000', '26.000'], mistake: 'planted', original: 'Hơn 200 đại biểu đại diện hơn 29.000 hội viên phụ nữ', note: 'The lead gives the members as 26.000, the body as 29.000.' }),
    atLeast({ id: 'new-members-within-total', quote: ['nâng tổng số hội viên hiện nay hơn 29.000 người', 'hội kết nạp mới hơn 13.000 hội viên'], big: '29.000', small: '13.000' }),
  ],
});
