// Tỉnh Tây Ninh: báo Tây Ninh, "Phạt hơn 2 tỷ đồng trong lĩnh vực đất đai, tài nguyên, môi trường" (Sở Tài nguyên và Môi
// trường's inspections), baotayninh.vn/phat-hon-2-ty-dong-trong-linh-vuc-dat-dai-tai-nguyen-moi-truong-a58472.html; whole
// as stored (the page's date line and photo caption left out; it begins at "Qua đó", the lead not stored). The authors' slip:
// the fines by field, more than 1,9 tỷ + 750 triệu + more than 200 triệu, come to over 2,85 tỷ against the "gần 2,2 tỷ" of
// the 21 decisions (the water-resources fine is likely 75 triệu). No planted mistake.
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-tay-ninh-xu-phat-tai-nguyen-moi-truong-2014.txt',
  prefix: 'tnp',
  claims: [
    sum({ id: 'fines-by-field', quote: ['với số tiền gần 2,2 tỷ đồng', 'bị xử phạt hơn 1,9 tỷ đồng', 'với số tiền 750 triệu đồng', 'với số tiền hơn 200 triệu đồng'], parts: ['1,9 tỷ đồng', '750 triệu đồng', '200 triệu đồng'], total: '2,2 tỷ đồng', labels: ['môi trường', 'tài nguyên nước', 'khoáng sản và đất đai'], mistake: 'author', note: 'The parts (two of them lower bounds, "hơn") come to at least 2,85 tỷ against "gần 2,2 tỷ" in all.' }),
    contradiction({ id: 'decisions-vs-violators', quote: ['ban hành 21 quyết định xử phạt', 'với 2 cá nhân và 12 tổ chức vi phạm', 'phạt 1 cá nhân', 'phạt 7 cá nhân'], stated: '2 + 12 + 1 + 7 = 22', expected: 'not a count of the 21 decisions', consistent: true, reason: 'The 21 are penalty decisions; the 22 are violators by field. A decision can cover more than one violator, and the counts need not agree.', trap: 'parts of another total (violators) next to a count of decisions.' }),
  ],
});
