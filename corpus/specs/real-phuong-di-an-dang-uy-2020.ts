// Phường Dĩ An (TP Dĩ An, Bình Dương): the city portal, "Đảng ủy phường Dĩ An họp mặt kỷ niệm 91 năm thành lập Đảng Cộng
// Sản Việt Nam", dian.binhduong.gov.vn/Trang-chu/ctl/Detail/ttId/30994/mid/573; whole (photo captions kept). The ward
// party committee's year 2020. The 102,44% of the budget has no base in the text. The authors' slip: "sửa chữa 10/7
// công trình đạt 142,85%" where 10/7 = 142,857%, 142,86% half-up (cut, not rounded).
import { ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-di-an-dang-uy-2020.txt',
  prefix: 'dan',
  claims: [
    ratio({ id: 'repairs-of-plan', quote: 'sửa chữa 10/7 công trình đạt 142,85%', x: '10', y: '7', stated: '142,85%', mistake: 'author', note: '10/7 = 142,857%: 142,86% half-up.' }),
  ],
});
