// Phường Trần Phú (TP Quảng Ngãi): quangngai.gov.vn (Đài Truyền thanh TP Quảng Ngãi), phường Trần Phú's cultured
// families of 2019 (no title in the stored copy; "…co gan 97…" in the address),
// quangngai.gov.vn/vi/thanhpho/Pages/qnp-phuongtranphucogan97--qnpnd-8902-qnpnc-61-qnpsite-1.html; whole (the list
// of other news left out). The 3.853 families are 96,35% of the 3.999 households registered, written 96,91% (the
// authors' slip; 3.853 would be 96,91% of about 3.976). The four best residential groups are named (1, 3, 5 and 10).
import { atLeast, ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-tran-phu-gia-dinh-van-hoa-2019.txt',
  prefix: 'tpv',
  claims: [
    ratio({ id: 'cultured-of-registered', quote: ['có 3.853 hộ đạt danh hiệu gia đình văn hóa, đạt 96,91% so với số hộ đã đăng ký', 'có 3.999 hộ đăng ký thực hiện'], x: '3.853', y: '3.999', stated: '96,91%', mistake: 'author', note: '3.853/3.999 = 96,35%.' }),
    atLeast({ id: 'three-years-within', quote: ['trong đó có 667 hộ đạt danh hiệu gia đình văn hóa 3 năm liền', 'có 3.853 hộ đạt danh hiệu gia đình văn hóa'], big: '3.853', small: '667' }),
    sum({ id: 'best-groups-named', quote: ['có 4 tổ dân phố, gồm: 1, 3, 5 và 10'], parts: ['1', '1', '1', '1'], total: '4', labels: ['tổ 1', 'tổ 3', 'tổ 5', 'tổ 10'] }),
    repeat({ id: 'groups', quote: ['10/10 tổ dân phố đều đạt', 'Trong 10 tổ dân phố'], values: ['10', '10'] }),
  ],
});
