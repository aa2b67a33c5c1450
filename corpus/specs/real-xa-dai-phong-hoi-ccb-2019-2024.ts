// Hội Cựu chiến binh xã Đại Phong (huyện Đại Lộc, Quảng Nam): review of the "Cựu chiến binh gương mẫu"
// movement 2019-2024, from the district radio's page for the commune (dailocrt.vn/truyen-thanh-co-so/xa-dai-phong/
// hoi-ccb-xa-dai-phong-to-chuc-hoi-nghi-tong-ket-phong-trao-thi-dua-cuu-chien-binh-guong-mau-giai-doan-2019--2024.html), 05/04/2024; whole.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-dai-phong-hoi-ccb-2019-2024.txt',
  prefix: 'dph',
  claims: [
    sum({ id: 'families-by-living-standard', quote: ['có 115/151 gia đình CCB khá giàu', '38 hộ gia đình trung bình', 'không có gia đình CCB thuộc diện hộ nghèo và cận nghèo'], parts: ['115', '38'], total: '151', labels: ['khá giàu', 'trung bình'], mistake: 'planted', original: '36 hộ gia đình trung bình', note: 'With no poor or near-poor families, the better-off and the average ones are all 151: 115 + 38 = 153.' }),
  ],
});
