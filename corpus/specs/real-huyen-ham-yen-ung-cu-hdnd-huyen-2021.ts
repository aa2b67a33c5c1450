// Huyện Hàm Yên (Tuyên Quang): Tuyên Quang TV, "(TTV) Hàm Yên công bố danh sách chính thức những người ứng cử đại biểu HĐND
// huyện khóa XX, nhiệm kỳ 2021 -2025", tuyenquangtv.vn/xa-hoi/202104/ttv-ham-yen-cong-bo-danh-sach-chinh-thuc-nhung-nguoi-ung-cu-dai-bieu-hdnd-huyen-khoa-xx-nhiem-ky-2021-2025-2de4879/;
// whole (the banner left out). Shares of the 56 candidates. The authors' slip: the headline's term 2021-2025 against the
// body's 2021-2026. Planted: the young candidates' 29/56 = 51,79% written 51,7% (cut, not rounded).
import { atLeast, contradiction, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-ham-yen-ung-cu-hdnd-huyen-2021.txt',
  prefix: 'hmy',
  claims: [
    share({ id: 'women', quote: ['nữ 33 người, chiếm 58,9%', 'là 56 người'], x: '33', y: '56', stated: '58,9%' }),
    share({ id: 'ethnic', quote: ['dân tộc thiểu số 25 người, chiếm 44,6%', 'là 56 người'], x: '25', y: '56', stated: '44,6%' }),
    share({ id: 'young', quote: ['trẻ tuổi 29 người, chiếm 51,7%', 'là 56 người'], x: '29', y: '56', stated: '51,7%', mistake: 'planted', original: 'trẻ tuổi 29 người, chiếm 51,8%', note: '29/56 = 51,79%: 51,8% half-up (51,7% cut).' }),
    share({ id: 'non-party', quote: ['ngoài đảng 9 người, chiếm 16,1%', 'là 56 người'], x: '9', y: '56', stated: '16,1%' }),
    share({ id: 're-elected', quote: ['tái cử 12 người chiếm 21,4%', 'là 56 người'], x: '12', y: '56', stated: '21,4%' }),
    atLeast({ id: 'seats-within-candidates', quote: ['là 56 người', 'để bầu ra 35 đại biểu'], big: '56', small: '35' }),
    contradiction({ id: 'term', quote: ['khóa XX, nhiệm kỳ 2021 -2025', 'khoá XX, nhiệm kỳ 2021-2026'], stated: '2021 -2025', expected: '2021-2026', consistent: false, reason: 'A council term runs five years: the body writes the 20th council\'s term 2021-2026 twice; the headline writes 2021 -2025.', mistake: 'author' }),
  ],
});
