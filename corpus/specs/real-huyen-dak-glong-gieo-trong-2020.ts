// Huyện Đắk Glong (Đắk Nông): area sown in 2020, from báo Đắk Nông
// (baodaknong.org.vn/huyen-dak-glong/gieo-trong-duoc-hon-29-000-ha-cay-trong-cac-loai-82431.html), 08/10/2020; whole,
// reader widgets and a view counter left out. The six kinds after "Trong đó" add to 28.940 ha, 88 ha less than the
// total: the list need not name every kind (their plans, from the rates, add to 29.069-29.149 ha against 29.218-29.247
// for the total, so some 100 ha of plan belong to kinds not listed). The rates have no plans written.
import { atLeast, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-dak-glong-gieo-trong-2020.txt',
  prefix: 'dgl',
  claims: [
    atLeast({ id: 'headline', kind: 'repeat', quote: ['Gieo trồng được hơn 30.000 ha', 'Tổng diện tích gieo trồng thực hiện được 29.028 ha'], big: '29.028', small: '30.000', mistake: 'planted', original: 'Gieo trồng được hơn 29.000 ha', note: 'The headline says more than 30.000 ha; the body gives 29.028 ha.' }),
    atLeast({ id: 'kinds-within-total', kind: 'sum_parts', quote: ['Tổng diện tích gieo trồng thực hiện được 29.028 ha', 'cây lương thực là 2.574 ha', 'cây có củ: 2.373 ha', 'cây thực phẩm: 693 ha', 'cây công nghiệp hàng năm: 711 ha', 'cây ăn quả: 1.911 ha', 'cây công nghiệp lâu năm: 20.678 ha'], big: '29.028', small: '2.574 + 2.373 + 693 + 711 + 1.911 + 20.678', trap: 'the kinds after "Trong đó" add to 28.940 ha, 88 ha short of the total: they are the main kinds, not all of them (their plans, from the rates, also fall some 100 ha short of the total plan).' }),
  ],
});
