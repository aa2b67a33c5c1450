// Cả nước: Nghệ An 24h, "Giải ngân vốn đầu tư công: Không thể thích thì xin, rồi ngâm" (title from the address),
// nghean24h.vn/giai-ngan-von-dau-tu-cong-khong-the-thich-thi-xin-roi-ngam-a640640.html; the paragraph as stored. Provinces'
// disbursement of public investment in the first half of 2021.
// Planted: "15/63 địa phương" written 16/63 (the list names fifteen).
import { atLeast, contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-giai-ngan-dau-tu-cong-6-2021.txt',
  prefix: 'vn21g',
  claims: [
    contradiction({ id: 'provinces-named', kind: 'sum_parts', quote: ['có 16/63 địa phương', 'gồm: Cao Bằng'], stated: '16', expected: '15 named', consistent: false, reason: 'Cao Bằng, Tuyên Quang, Lào Cai, Vĩnh Phúc, Ninh Bình, Nghệ An, Hà Tĩnh, Bình Định, Khánh Hòa, Đắk Lắk, Tây Ninh, Long An, Đồng Tháp, An Giang and Bạc Liêu: fifteen, not sixteen.', mistake: 'planted', original: 'có 15/63 địa phương' }),
    atLeast({ id: 'groups-within-63', quote: ['có tới 37/63 địa phương', 'có 16/63 địa phương'], big: '63', small: '37 + 16', note: 'Provinces above 3% and provinces at 0% are disjoint: together no more than 63.' }),
  ],
});
