// Xã Tam Xuân 2 (Núi Thành, Quảng Nam): báo Quảng Nam, "Đại hội Đảng bộ xã Tam Xuân 2 lần thứ VII, nhiệm kỳ 2020 - 2025"
// (title from the address), baoquangnam.vn/chinh-tri/dai-hoi-dang-bo-xa-tam-xuan-2-lan-thu-vii-nhiem-ky-2020-2025-85181.html;
// opening (ended by […]), photo captions kept. The income "tăng 1,76 lần" and the poverty falls have no base in the
// text. Checked: the four model villages by criteria met.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-tam-xuan-2-dai-hoi-dang-bo-2020.txt',
  prefix: 'tx2',
  claims: [
    sum({ id: 'model-villages', quote: ['Trong 4 thôn đang thực hiện', 'có 1 thôn đạt 10/10 tiêu chí', '3 thôn đạt 9/10 tiêu chí'], parts: ['1', '3'], total: '4', labels: ['đạt 10/10', 'đạt 9/10'] }),
  ],
});
