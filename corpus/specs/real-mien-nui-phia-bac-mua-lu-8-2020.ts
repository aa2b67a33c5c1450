// Northern mountain provinces, floods to 19/8/2020: Người Lao Động, "Mưa lũ khiến 6 người chết, hồ chứa thủy điện Lai Châu phải xả
// 5 cửa" (title from the address; Ban Chỉ đạo TW về PCTT's figures), nld.com.vn/thoi-su/mua-lu-khien-6-nguoi-chet-ho-chua-thuy-dien-lai-chau-phai-xa-5-cua-20200819113955592.htm;
// opening as stored (the weather forecast that follows left out).
// Authors' slip: the houses "334 nhà" where the six provinces named after "Trong đó" give 142 + 97 + 48 + 33 + 5 + 30 = 355, more
// than the whole.
// Planted: Vĩnh Phúc's dead 2 written 3 (the five provinces then make 7, not 6).
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-mien-nui-phia-bac-mua-lu-8-2020.txt',
  prefix: 'mb20',
  claims: [
    sum({ id: 'dead-by-province', quote: ['khiến 6 người bị chết', 'Vĩnh Phúc 3 người', 'Lào Cai 1 người', 'Sơn La 1 người', 'Lai Châu 1 người', 'Thái Nguyên 1 người'], parts: ['3', '1', '1', '1', '1'], total: '6', labels: ['Vĩnh Phúc', 'Lào Cai', 'Sơn La', 'Lai Châu', 'Thái Nguyên'], mistake: 'planted', original: 'Vĩnh Phúc 2 người', note: 'As published, 2 + 1 + 1 + 1 + 1 = 6.' }),
    sum({ id: 'houses-by-province', quote: ['khiến 334 nhà dân', 'với 142 nhà', 'Hà Giang 97 nhà', 'Sơn La 48 nhà', 'Thái Nguyên 33 nhà', 'Cao Bằng 5 nhà', 'Lào Cai 30 nhà'], parts: ['142', '97', '48', '33', '5', '30'], total: '334', labels: ['Điện Biên', 'Hà Giang', 'Sơn La', 'Thái Nguyên', 'Cao Bằng', 'Lào Cai'], mistake: 'author', note: 'The provinces after "Trong đó" give 355 houses, 21 more than the 334 they are part of.' }),
  ],
});
