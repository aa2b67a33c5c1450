// Northern mountain provinces, floods to 6h 25/6/2018: Soha, "19 người chết và mất tích do mưa lũ ở miền núi phía Bắc" (title from
// the address; Văn phòng thường trực Ban Chỉ đạo TW về PCTT's figures), soha.vn/19-nguoi-chet-va-mat-tich-do-mua-lu-o-mien-nui-phia-bac-20180625104101327.htm;
// opening as stored (from "Cụ thể"; the damage's split cut by the store). An earlier count of the floods in
// real-mien-nui-phia-bac-mua-lu-6-2018.txt and real-mien-nui-phia-bac-mua-lu-28-6-2018.txt (other articles, other days).
// Authors' slips: Lai Châu's missing "7 người" split as 1 + 1 + 1 + 5 = 8; the lost rice and crops "391 ha (Hà Giang 70ha, Lai
// Châu: 214 ha)", 284 ha.
// Planted: Thái Nguyên's damaged houses 204 written 240 (the four provinces no longer make 264).
// The total damage's split (10 + 60 + 0,4 tỷ …) is cut by the store: not labelled.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-mien-nui-phia-bac-mua-lu-25-6-2018.txt',
  prefix: 'mb18b',
  claims: [
    sum({ id: 'dead-by-province', quote: ['đã làm 7 người chết', 'Hà Giang: 2 người chết', 'Lai Châu: 5 người chết'], parts: ['2', '5'], total: '7', labels: ['Hà Giang', 'Lai Châu'] }),
    atLeast({ id: 'missing-lai-chau-within', quote: ['12 người mất tích', 'ở Lai Châu là 7 người'], big: '12', small: '7' }),
    sum({ id: 'missing-lai-chau-by-district', quote: ['ở Lai Châu là 7 người', 'Than Uyên: 1 người', 'Tam Đường: 1 người', 'Nậm Nhùn: 1 người', 'Sìn Hồ: 5 người'], parts: ['1', '1', '1', '5'], total: '7', labels: ['Than Uyên', 'Tam Đường', 'Nậm Nhùn', 'Sìn Hồ'], mistake: 'author', note: 'The four districts give 8 missing, not 7.' }),
    sum({ id: 'houses-swept', quote: ['47 ngôi nhà bị đổ', 'Hà Giang: 16 nhà', 'Lai Châu: 07 nhà', 'Thái Nguyên: 24 nhà'], parts: ['16', '7', '24'], total: '47', labels: ['Hà Giang', 'Lai Châu', 'Thái Nguyên'] }),
    sum({ id: 'houses-damaged', quote: ['264 ngôi nhà bị hư hỏng', 'Hà Giang: 18 nhà', 'Lai Châu: 41 nhà', 'Thái Nguyên: 240 nhà', 'Lào Cai: 1 nhà'], parts: ['18', '41', '240', '1'], total: '264', labels: ['Hà Giang', 'Lai Châu', 'Thái Nguyên', 'Lào Cai'], mistake: 'planted', original: 'Thái Nguyên: 204 nhà', note: 'As published, 18 + 41 + 204 + 1 = 264.' }),
    sum({ id: 'houses-flooded', quote: ['525 nhà bị ngập nước', 'Hà Giang: 507 nhà', 'Lào Cai: 18 nhà'], parts: ['507', '18'], total: '525', labels: ['Hà Giang', 'Lào Cai'] }),
    sum({ id: 'crops-lost', quote: ['391 ha lúa và hoa màu', 'Hà Giang 70ha', 'Lai Châu: 214 ha'], parts: ['70 ha', '214 ha'], total: '391 ha', labels: ['Hà Giang', 'Lai Châu'], mistake: 'author', note: 'The two provinces in the parentheses give 284 ha, 107 ha short of 391; every other damage in the text is split completely.' }),
  ],
});
