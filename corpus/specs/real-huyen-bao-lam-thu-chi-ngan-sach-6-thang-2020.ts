// Huyện Bảo Lâm (Lâm Đồng): báo Lâm Đồng, "Bảo Lâm: Thu ngân sách tăng 27% so với cùng kỳ" (title from the address; UBND
// huyện's figures), baolamdong.vn/kinhte/202007/bao-lam-thu-ngan-sach-tang-27-so-voi-cung-ky-3012671/; whole (the title is not in the
// stored copy).
// The dự toán behind each "đạt …%" is not given, so those percents are not checkable.
// Authors' slip: the three revenue parts (47,322 + 34,4 + 4,2 = 85,922 tỷ) are more than the "gần 85,6 tỷ" total.
// Planted: the communes' spending 51,097 tỷ written 15,097 (the two parts no longer make "gần 421 tỷ").
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-bao-lam-thu-chi-ngan-sach-6-thang-2020.txt',
  prefix: 'bl20',
  claims: [
    sum({ id: 'revenue-parts', quote: ['đạt gần 85,6 tỷ đồng', 'thu từ thuế, phí là 47,322 tỷ đồng', 'thu cấp, thuê đất là 34,4 tỷ đồng', 'thu khác ngân sách 4,2 tỷ đồng'], parts: ['47,322', '34,4', '4,2'], total: '85,6', labels: ['thuế, phí', 'cấp, thuê đất', 'thu khác'], mistake: 'author', note: 'The parts after "Trong đó" add to 85,922 tỷ, above the "gần 85,6 tỷ đồng" they are parts of.' }),
    sum({ id: 'spending-parts', quote: ['là gần 421 tỷ đồng', 'chi ngân sách huyện là 369,767 tỷ đồng', 'chi ngân sách xã là 15,097 tỷ đồng'], parts: ['369,767', '15,097'], total: '421', labels: ['chi ngân sách huyện', 'chi ngân sách xã'], mistake: 'planted', original: 'chi ngân sách xã là 51,097 tỷ đồng', note: 'As published, 369,767 + 51,097 = 420,864 tỷ, "gần 421 tỷ".' }),
    contradiction({ id: 'part-growth-weighted', kind: 'change_percent', quote: ['tăng 27% so với cùng kỳ', 'bằng 106% so với cùng kỳ', 'bằng 242% so với cùng kỳ'], stated: '27%', expected: 'between +6% and +142%', consistent: true, reason: 'The total grew 27% while its parts grew 6% (106%) and 142% (242%): a weighted rate lies between its parts\' rates, and the unlisted "thu khác" has none given.', trap: 'parts\' growth written as "bằng X% so với cùng kỳ" next to the total\'s "tăng 27%"; neither is wrong.' }),
  ],
});
