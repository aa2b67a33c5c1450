// Xã Thanh Lâm (huyện Bá Thước, Thanh Hóa): the commune's population and ethnic make-up, page "Cộng đồng dân
// cư" of thanhlam.bathuoc.thanhhoa.gov.vn; the poll and visit counters and the links block are left out.
import { report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-thanh-lam-dan-cu.txt',
  prefix: 'tlm',
  claims: [
    share({ id: 'labour-share', quote: '1980 lao động, chiếm 57,77 %', x: '1980', y: '3.427', stated: '57,77%', mistake: 'author', note: '1980/3.427 = 57,776…% rounds to 57,78%; the authors truncated.' }),
    share({ id: 'thai-share', quote: 'Dân tộc Thái 3395 người, chiếm 99,09 %', x: '3395', y: '3.427', stated: '99,09%', mistake: 'author', note: '3395/3.427 = 99,066…% is 99,07%, not 99,09%.' }),
    share({ id: 'muong-share', quote: 'dân tộc Mường 28 người, chiếm 0,8 %', x: '28', y: '3.427', stated: '0,8%' }),
    share({ id: 'kinh-share', quote: 'dân tộc Kinh 3 người, chiếm 0,08 %', x: '3', y: '3.427', stated: '0,08%', mistake: 'author', note: '3/3.427 = 0,0875…% rounds to 0,09%; truncated to 0,08%.' }),
    share({ id: 'other-share', quote: 'dân tộc khác 1 người, chiếm 0,03 %', x: '1', y: '3.427', stated: '0,03%' }),
    sum({ id: 'ethnic-counts', quote: ['3.427 nhân khẩu', 'Dân tộc Thái 3395 người', 'dân tộc Mường 28 người', 'dân tộc Kinh 3 người', 'dân tộc khác 1 người'], parts: ['3395', '28', '3', '1'], total: '3.427', labels: ['Thái', 'Mường', 'Kinh', 'khác'] }),
    sum({ id: 'ethnic-shares-whole', quote: ['chiếm 99,09 %', 'chiếm 0,8 %', 'chiếm 0,08 %', 'chiếm 0,03 %'], parts: ['99,09', '0,8', '0,08', '0,03'], total: '100', implicitTotal: true, rounded: true, note: 'The written shares add to 100%, although two of them are off.' }),
  ],
});
