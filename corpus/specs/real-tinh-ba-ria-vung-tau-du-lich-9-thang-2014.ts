// Tỉnh Bà Rịa - Vũng Tàu: the province's tourism portal, "THỐNG KÊ HOẠT ĐỘNG DU LỊCH 9 THÁNG ĐẦU NĂM 2014" (Sở VHTTDL),
// bariavungtautourism.com.vn/thong-tin-can-biet/thong-ke-du-lich/w2799-thong-ke-hoat-dong-du-lich-9-thang-dau-nam-2014.htm;
// whole (the title printed twice, once kept). The plans are not given, so the % of plan are not checked. The authors'
// slip: the revenue "3.040.641 tỷ đồng" (three thousand trillion) for 3.040,641 tỷ, the scale of its part 458,389 tỷ.
// Planted: the rated establishments 139 written 239, more than the 205 in operation.
import { atLeast, contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ba-ria-vung-tau-du-lich-9-thang-2014.txt',
  prefix: 'brd',
  claims: [
    contradiction({ id: 'revenue-scale', kind: 'unit', quote: ['Tổng doanh thu: 3.040.641 tỷ đồng', 'lữ hành thực hiện 458,389 tỷ đồng'], stated: '3.040.641 tỷ đồng', expected: '3.040,641 tỷ đồng', consistent: false, reason: 'Written with dots as a count of tỷ it is 3,04 million tỷ đồng, a thousand times a province\'s tourism; its part is written 458,389 tỷ, three decimals', mistake: 'author' }),
    atLeast({ id: 'rated-within-operating', quote: ['trong đó 239 cơ sở đã được xếp hạng', 'Toàn tỉnh hiện có 205 cơ sở lưu trú'], big: '205', small: '239', mistake: 'planted', original: 'trong đó 139 cơ sở đã được xếp hạng', note: 'The rated establishments after "trong đó" cannot outnumber the 205 in operation.' }),
    atLeast({ id: 'rated-rooms-within-rooms', quote: ['với 7. 180 phòng', 'với 9.515  phòng'], big: '9.515', small: '7.180' }),
  ],
});
