// Northern mountain provinces, floods of June 2018: Dân Trí, "30 người chết và mất tích do mưa lũ, thiệt hại hơn 440 tỷ đồng"
// (title from the address; Ban Chỉ đạo TW về PCTT's figures), dantri.com.vn/xa-hoi/30-nguoi-chet-va-mat-tich-do-mua-lu-thiet-hai-hon-440-ty-dong-20180626184317542.htm;
// opening as stored (from "Cụ thể"). Every damage is followed by its split by province in parentheses.
// Authors' slips: houses damaged or moved "597 nhà" where the five provinces give 130 + 259 + 150 + 1 + 33 = 573; crops "486 ha"
// where the five give 239 + 206 + 18 + 20 + 2 = 485.
// Planted: Lai Châu's fish ponds 11 ha written 17 (the four provinces no longer make 46 ha).
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-mien-nui-phia-bac-mua-lu-6-2018.txt',
  prefix: 'mb18a',
  claims: [
    sum({ id: 'dead-by-province', quote: ['mưa lũ làm 19 người chết', 'Hà Giang: 5 người chết', 'Lai Châu: 14 người chết'], parts: ['5', '14'], total: '19', labels: ['Hà Giang', 'Lai Châu'] }),
    sum({ id: 'injured-by-province', quote: ['12 người bị thương', 'Lai Châu: 11 người', 'Sơn La: 1 người'], parts: ['11', '1'], total: '12', labels: ['Lai Châu', 'Sơn La'] }),
    sum({ id: 'houses-swept', quote: ['124 nhà bị đổ và cuốn trôi', 'Hà Giang: 38 nhà', 'Lai Châu: 55 nhà', 'Thái Nguyên: 24 nhà', 'Điện Biên: 7 nhà'], parts: ['38', '55', '24', '7'], total: '124', labels: ['Hà Giang', 'Lai Châu', 'Thái Nguyên', 'Điện Biên'] }),
    sum({ id: 'houses-damaged', quote: ['597 nhà bị hư hỏng', 'Hà Giang: 130 nhà', 'Lai Châu: 259 nhà', 'Thái Nguyên: 150 nhà', 'Lào Cai: 1 nhà', 'Tuyên Quang: 33 nhà'], parts: ['130', '259', '150', '1', '33'], total: '597', labels: ['Hà Giang', 'Lai Châu', 'Thái Nguyên', 'Lào Cai', 'Tuyên Quang'], mistake: 'author', note: 'The five provinces give 573 houses, 24 short of 597.' }),
    sum({ id: 'houses-flooded', quote: ['1.500 nhà bị ngập nước', 'Hà Giang: 1.399 nhà', 'Lào Cai: 18 nhà', 'Điện Biên: 47 nhà', 'Lai Châu: 36 nhà'], parts: ['1.399', '18', '47', '36'], total: '1.500', labels: ['Hà Giang', 'Lào Cai', 'Điện Biên', 'Lai Châu'] }),
    sum({ id: 'rice-flooded', quote: ['717 ha lúa bị ngập úng', 'Hà Giang 142 ha', 'Lai Châu 474 ha', 'Lào Cai 90 ha', 'Cao Bằng 1,5 ha', 'Điện Biên: 6 ha', 'Tuyên Quang: 3,8ha'], parts: ['142 ha', '474 ha', '90 ha', '1,5 ha', '6 ha', '3,8 ha'], total: '717 ha', labels: ['Hà Giang', 'Lai Châu', 'Lào Cai', 'Cao Bằng', 'Điện Biên', 'Tuyên Quang'], note: '717,3 ha, written to the hectare.' }),
    sum({ id: 'crops-lost', quote: ['486 ha hoa màu bị thiệt hại', 'Hà Giang: 239 ha', 'Lai Châu: 206 ha', 'Lào Cai: 18 ha', 'Cao Bằng: 20 ha', 'Tuyên Quang: 2 ha);'], parts: ['239 ha', '206 ha', '18 ha', '20 ha', '2 ha'], total: '486 ha', labels: ['Hà Giang', 'Lai Châu', 'Lào Cai', 'Cao Bằng', 'Tuyên Quang'], mistake: 'author', note: 'The five provinces give 485 ha, one short of 486.' }),
    sum({ id: 'ponds-lost', quote: ['46 ha ao nuôi trồng thủy sản', 'Hà Giang 30 ha', 'Lai Châu 17 ha', 'Lào Cai 3 ha; Tuyên Quang: 2 ha)'], parts: ['30 ha', '17 ha', '3 ha', '2 ha'], total: '46 ha', labels: ['Hà Giang', 'Lai Châu', 'Lào Cai', 'Tuyên Quang'], mistake: 'planted', original: 'Lai Châu 11 ha', note: 'As published, 30 + 11 + 3 + 2 = 46 ha.' }),
  ],
});
