// Xã Bắc Sơn (Thuận Bắc, Ninh Thuận): huyện Thuận Bắc's portal (print page), "UBND xã Bắc Sơn: 100% thanh niên tuổi 17
// trong diện thực hiện Luật nghĩa vụ quân sự đăng ký", thuanbac.ninhthuan.gov.vn/portal/pages/print.aspx?p=38464,
// 11/4/2023; whole as stored (it stops at "Thực hiện").
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-bac-son-dang-ky-nvqs-2023.txt',
  prefix: 'bsn',
  claims: [
    ratio({ id: 'registered-rate', quote: 'Kết quả có 109/109 thanh niên tuổi 17 đạt 100%', x: '109', y: '109', stated: '100%' }),
    repeat({ id: 'registered', quote: ['tham gia đăng ký là 109 thanh niên', 'Kết quả có 109/109'], values: ['109', '109'] }),
  ],
});
