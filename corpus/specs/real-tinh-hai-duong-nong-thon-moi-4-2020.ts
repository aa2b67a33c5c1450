// Tỉnh Hải Dương: the provincial People's Committee's office (from báo Hải Dương), "Thêm 5 xã đạt đủ 19 tiêu chí",
// vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?ArticleID=27857; whole (the print link left out). New rural
// communes to 4/2020; each count is followed by the communes' names.
// Planted: "160 trong tổng số 178 xã" written 169 (169/178 = 94,9%, not "gần 90%").
import { contradiction, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-hai-duong-nong-thon-moi-4-2020.txt',
  prefix: 'hd20',
  claims: [
    sum({ id: 'new-communes-by-year', quote: ['có thêm 5 xã đạt đủ 19 tiêu chí', 'có 3 xã đăng ký hoàn thành năm 2020', '2 xã khác'], parts: ['3', '2'], total: '5', labels: ['đăng ký năm 2020', 'đăng ký năm 2019'] }),
    contradiction({ id: 'registered-2020-named', kind: 'sum_parts', quote: ['có 3 xã đăng ký hoàn thành năm 2020 là', 'Tuấn Việt (Kim Thành)'], stated: '3', expected: '3 named', consistent: true, reason: 'Tuấn Việt, Tân Quang, Hưng Long: three.' }),
    contradiction({ id: 'registered-2019-named', kind: 'sum_parts', quote: ['chưa đủ các tiêu chí là Hồng Phúc, Ninh Hải', '2 xã khác'], stated: '2', expected: '2 named', consistent: true, reason: 'Hồng Phúc, Ninh Hải: two.' }),
    ratio({ id: 'recognised-share', quote: ['đạt gần 90%', 'có 169 trong tổng số 178 xã'], x: '169', y: '178', stated: '90%', mistake: 'planted', original: 'có 160 trong tổng số 178 xã', note: 'As published, 160/178 = 89,89%, "gần 90%"; 169/178 = 94,94%.' }),
  ],
});
