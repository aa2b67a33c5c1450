// Phường Quảng Phú (TP Quảng Ngãi): quangngai.gov.vn (Đài Truyền thanh TP Quảng Ngãi), the ward's military-service medical
// examination for 2019, quangngai.gov.vn/vi/thanhpho/Pages/qnp-pquangphuco22thanh-qnpnd-8699-qnpnc-59-qnpsite-1.html; whole
// (the page's title is not in the stored copy; "Tin đã đưa" left out).
// Planted: the 36 young men who did not come (90 called − 54 examined) written 38.
import { atLeast, difference, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-quang-phu-kham-nvqs-2019.txt',
  prefix: 'qp19',
  claims: [
    difference({ id: 'not-examined', quote: ['Đối với 38 thanh niên chưa tham gia khám', 'có 90 thanh niên được phát lệnh', 'có 54 thanh niên lên trạm khám'], a: '90', b: '54', stated: '38', mistake: 'planted', original: 'Đối với 36 thanh niên chưa tham gia khám' }),
    ratio({ id: 'passed-share', quote: ['đạt gần 41% so với số thanh niên tham gia khám', 'có 22 thanh niên trúng tuyển', 'có 54 thanh niên lên trạm khám'], x: '22', y: '54', stated: '41%', note: '22/54 = 40,74%: "gần 41%".' }),
    atLeast({ id: 'examined-within-called', quote: ['có 54 thanh niên lên trạm khám', 'có 90 thanh niên được phát lệnh'], big: '90', small: '54' }),
  ],
});
