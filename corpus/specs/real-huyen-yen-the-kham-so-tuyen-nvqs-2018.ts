// Huyện Yên Thế (Bắc Giang): the district's portal, "Yên Thế khám sơ tuyển nghĩa vụ quân sự cho thanh niên trong độ tuổi",
// yenthe.vn/an-ninh-quoc-phong/yen-the-kham-so-tuyen-nghia-vu-quan-su-cho-thanh-nien-trong-do-tuoi.htm; whole (the skip link
// left out; the double spaces as published).
// Authors' slip: the examination is for the call-up of 2018 (written twice) but the second paragraph says "nhập ngũ năm 2017".
// Planted: the 703 who failed written 730 (passed and failed no longer make the 1.425 called).
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-yen-the-kham-so-tuyen-nvqs-2018.txt',
  prefix: 'yt18',
  claims: [
    sum({ id: 'called-by-result', quote: ['đã có 1.425 thanh niên có lệnh gọi', 'đã có 722 thanh niên đủ điều kiện', 'và 730 thanh niên không đủ điều kiện'], parts: ['722', '730'], total: '1.425', labels: ['đủ điều kiện', 'không đủ điều kiện'], mistake: 'planted', original: 'và 703 thanh niên không đủ điều kiện', note: 'As published, 722 + 703 = 1.425.' }),
    contradiction({ id: 'call-up-year', kind: 'repeat', quote: ['chuẩn bị nhập ngũ năm 2017', 'khám tuyển nghĩa vụ quân sự năm 2018'], stated: 'năm 2017', expected: 'năm 2018', consistent: false, reason: 'The examination of 21-27/11/2017 is for the call-up of 2018, as the first paragraph says twice; the young men cannot be enlisting in 2017.', mistake: 'author' }),
  ],
});
