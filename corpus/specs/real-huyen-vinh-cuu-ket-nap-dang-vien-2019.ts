// Huyện Vĩnh Cửu (Đồng Nai): báo Đồng Nai, "Đảng bộ huyện Vĩnh Cửu: Kết nạp 250 đảng viên mới",
// baodongnai.com.vn/chinhtri/202001/dang-bo-huyen-vinh-cuu-ket-nap-250-dang-vien-moi-2982984/, 10/01/2020; whole. The
// 5,86% is of the members at the end of 2018, which the text does not give; the 4.378 is the membership now, after the
// admissions. The "trên 90%" and the 95%, 96% of 2018 have no counts.
import { atLeast, contradiction, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-vinh-cuu-ket-nap-dang-vien-2019.txt',
  prefix: 'vcd',
  claims: [
    repeat({ id: 'admitted-headline', quote: ['Kết nạp 520 đảng viên mới', 'đã kết nạp 250 đảng viên mới'], values: ['520', '250'], mistake: 'planted', original: 'Kết nạp 250 đảng viên mới', note: 'The headline says 520, the body 250.' }),
    contradiction({ id: 'rate-of-last-year-members', kind: 'ratio_percent', quote: ['bằng 5,86% so với tổng số đảng viên cuối năm 2018', 'Đảng bộ huyện Vĩnh Cửu có 4.378 đảng viên'], stated: '5,86%', expected: '5,86%', consistent: true, reason: 'The base is the membership at the end of 2018, not written; 250/4.378 = 5,71% would divide by the membership after the admissions.', trap: 'A percent of another period\'s base sits a sentence from a count it is not of.' }),
    atLeast({ id: 'private-firms-within-admitted', quote: ['có 21 đảng viên được kết nạp trong doanh nghiệp tư nhân', 'đã kết nạp 250 đảng viên mới'], big: '250', small: '21' }),
  ],
});
