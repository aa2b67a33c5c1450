// Xã Văn Xá (Kim Bảng, Hà Nam): huyện Kim Bảng's portal (Đài Kim Bảng), "Đảng bộ xã Văn Xá kết nạp 5 đảng viên mới"
// (kimbang.hanam.gov.vn/Pages/dang-bo-xa-van-xa-ket-nap-5-dang-vien-moi.aspx), 2021; whole (site menu left out). The
// 100% has no plan written; the 5 members made official (chuyển đảng chính thức) are another count than the 5 admitted and are not labelled.
import { repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-dang-uy-xa-van-xa-ket-nap-dang-vien-2021.txt',
  prefix: 'vxd',
  claims: [
    sum({ id: 'admitted-by-cell', quote: ['đã kết nạp được 5 đảng viên mới đạt 100% kế hoạch', 'trong đó có 4 đảng viên chi bộ nông thôn, 2 đảng viên chi bộ giáo dục'], parts: ['4', '2'], total: '5', labels: ['chi bộ nông thôn', 'chi bộ giáo dục'], mistake: 'planted', original: 'trong đó có 3 đảng viên chi bộ nông thôn', note: 'The two cells add to 6, not the 5 admitted.' }),
    repeat({ id: 'admitted-headline', quote: ['Đảng bộ xã Văn Xá kết nạp 5 đảng viên mới', 'đã kết nạp được 5 đảng viên mới'], values: ['5', '5'] }),
  ],
});
