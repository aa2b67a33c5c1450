// Tỉnh Lâm Đồng: báo Lâm Đồng, "Số vụ phạm pháp hình sự có dấu hiệu giảm" (title from the address; Công an tỉnh's month
// 15/7-14/8/2019), baolamdong.vn/phapluat/201909/số-vu-pham-phap-hinh-sự-co-dấu-hiệu-giam-2962254; whole (the lead, printed
// twice on the page, kept once; "6.500 m\n2" as stored). A month with its lũy kế from the start of the year.
// Planted: the year-to-date rise 103/623 = 16,5% written 14,2% (103/726, over this year's figure); the drug cases handled
// administratively 2 written 3 (16 prosecuted + 3 + 4 under investigation = 23 against the 22 caught).
import { atLeast, change, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lam-dong-toi-pham-thang-8-2019.txt',
  prefix: 'ld19c',
  claims: [
    change({ id: 'ytd-rise', quote: ['tăng 103 vụ (14,2%)', 'đã phát hiện 726 vụ'], x: '726', base: '726 − 103', stated: '14,2%', direction: 'tăng', mistake: 'planted', original: 'tăng 103 vụ (16,5%)', note: 'Last year\'s count is 726 − 103 = 623: 103/623 = 16,53%. 14,2% is 103/726, the rise over this year\'s count.' }),
    ratio({ id: 'ytd-solved', quote: ['597/726 vụ (đạt 82,2%)'], x: '597', y: '726', stated: '82,2%' }),
    atLeast({ id: 'ytd-month-within', quote: ['phát hiện 89 vụ, 179 đối tượng', 'đã phát hiện 726 vụ'], big: '726', small: '89' }),
    sum({ id: 'drug-cases-handled', quote: ['bắt giữ 22 vụ, 26 đối tượng', 'đã khởi tố 16 vụ', 'xử lý hành chính 3 vụ', 'đang điều tra 4 vụ'], parts: ['16', '3', '4'], total: '22', labels: ['khởi tố', 'xử lý hành chính', 'đang điều tra'], mistake: 'planted', original: 'xử lý hành chính 2 vụ', note: 'As published, 16 + 2 + 4 = 22 cases.' }),
    sum({ id: 'drug-people-handled', quote: ['22 vụ, 26 đối tượng', '16 vụ, 18 bị can', '2 đối tượng; đang', '4 vụ, 6 đối tượng'], parts: ['18', '2', '6'], total: '26', labels: ['khởi tố', 'xử lý hành chính', 'đang điều tra'] }),
  ],
});
