// Xã Thọ Lộc (Phúc Thọ, Hà Nội): the commune portal, its council's tenth session on the 2022 surplus (no title in the
// stored copy), tholoc.phuctho.hanoi.gov.vn/tin-chi-tiet/-/chi-tiet/hoi-ong-nhan-dan-xa-tho-loc-khoa-xxii-nhiem-ky-2021-2026-to-chuc-ky-hop-thu-muoi-ky-hop-chuyen-e--2062-146.html,
// 14/9/2023; whole (the comment box left out). The surplus and the extra revenue, both to the đồng, make the cost of
// the drain.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-tho-loc-hdnd-ket-du-ngan-sach-2022.txt',
  prefix: 'tlk',
  claims: [
    sum({ id: 'drain-funding', quote: ['số tiền là (315.000.000 đồng)', 'chi đầu tư xây dựng là (270.983.160 đồng)', 'chi đầu tư xây dựng là (44.061.840 đồng)'], parts: ['270.983.160 đồng', '44.061.840 đồng'], total: '315.000.000 đồng', labels: ['nguồn kết dư', 'nguồn tăng thu'], mistake: 'planted', original: '(44.016.840 đồng)', note: 'The two sources add to 315.045.000 đồng, 45.000 đồng over the cost.' }),
  ],
});
