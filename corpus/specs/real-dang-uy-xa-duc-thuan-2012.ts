// Đảng ủy xã Đức Thuận (Tánh Linh, Bình Thuận): year-end review of party work 2012, as published on the
// district party committee's site (tanhlinh.binhthuan.dcs.vn/Trang-chu/post/3341/duc-thuan-tong-ket-cong-tac-xay-dung-dang-nam-2012.aspx).
import { report, share, sum } from '../../scripts/corpus/relations';

const RATED = '10 + 78 + 11';
export default report({
  doc: 'real-dang-uy-xa-duc-thuan-2012.txt',
  prefix: 'dth',
  claims: [
    share({ id: 'excellent-members', quote: 'có 10 Đ/c đảng viên hoàn thành xuất sắc nhiệm vụ, bằng 10,1%', x: '10', y: RATED, stated: '10,1%', trap: 'the base is the 99 members rated (10 + 78 + 11), not the 128 members of the Đảng bộ (7,8%).' }),
    share({ id: 'good-members', quote: '78 đồng chí hoàn thành tốt nhiệm vụ, đạt 78,8%', x: '78', y: RATED, stated: '78,8%', trap: 'the base is the 99 members rated, not the 128 members (60,9%).' }),
    sum({ id: 'cells-rated', quote: ['sinh hoạt ở 11 chi bộ', 'có 6 chi bộ đạt trong sạch vững mạnh, 5 chi bộ hoàn thành tốt nhiệm vụ, 1 chi bộ hoàn thành nhiệm vụ'], parts: ['6', '5', '1'], total: '11', mistake: 'planted', original: '4 chi bộ hoàn thành tốt nhiệm vụ', note: 'The total is two sentences before its parts.' }),
  ],
});
