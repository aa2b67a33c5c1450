// Northern mountain provinces, floods to 28/6/2018: Tiền Phong, "Bản tin 20h: Hãi hùng ổ rắn hổ mang hơn trăm con trốn trong nhà
// dân" (title from the address; the news round-up's flood item, Ban chỉ đạo TW về PCTT's figures),
// tienphong.vn/xa-hoi/ban-tin-20h-hai-hung-o-ran-ho-mang-hon-tram-con-tron-trong-nha-dan-1292964.tpo; the flood paragraph as stored.
// Planted: Lai Châu's dead 16 written 15 (the four provinces then give 22, not 23).
// Trap: the damage "gần 460 tỷ" with four provinces "nặng nhất … …" is a partial list (453,5 tỷ, ended by "…").
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-mien-nui-phia-bac-mua-lu-28-6-2018.txt',
  prefix: 'mb18c',
  claims: [
    sum({ id: 'dead-and-missing', quote: ['làm 33 người chết và mất tích', 'trong đó 23 người chết', '10 người mất tích'], parts: ['23', '10'], total: '33', labels: ['chết', 'mất tích'] }),
    sum({ id: 'dead-by-province', quote: ['trong đó 23 người chết', 'Hà Giang 5 người chết', 'Lai Châu 15 người chết', 'Quảng Ninh 1 người', 'Lào Cai 1 người'], parts: ['5', '15', '1', '1'], total: '23', labels: ['Hà Giang', 'Lai Châu', 'Quảng Ninh', 'Lào Cai'], mistake: 'planted', original: 'Lai Châu 16 người chết', note: 'As published, 5 + 16 + 1 + 1 = 23.' }),
    sum({ id: 'missing-by-province', quote: ['10 người mất tích', 'Lai Châu 9 người và Điện Biên 1 người'], parts: ['9', '1'], total: '10', labels: ['Lai Châu', 'Điện Biên'] }),
    contradiction({ id: 'damage-partial', kind: 'sum_parts', quote: ['gần 460 tỷ đồng', 'Lai Châu trên 315 tỷ đồng', 'Lào Cai 8,5 tỷ đồng…'], stated: 'gần 460 tỷ đồng', expected: 'more than 453,5 tỷ from the four named', consistent: true, reason: 'The provinces after "trong đó nặng nhất là" end with "…": the list is partial, and 315 + 120 + 10 + 8,5 = 453,5 tỷ stays below the total.', trap: 'a partial list after "trong đó nặng nhất là … …" under a total.' }),
  ],
});
