// Tỉnh Lào Cai: báo Lào Cai, "Lào Cai: Thu ngân sách nội địa tăng mạnh so với cùng kỳ" (title from the address),
// baolaocai.vn/lao-cai-thu-ngan-sach-noi-dia-tang-manh-so-voi-cung-ky-post399214.html; the paragraphs as stored (the
// page's lead is not in the stored copy). The estimates behind the percents are not given. Checked: domestic revenue
// "gồm" its two parts. Planted: the land-use fees 1.141 tỷ written 1.411 tỷ (two digits swapped).
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lao-cai-thu-ngan-sach-2025.txt',
  prefix: 'lcs',
  claims: [
    sum({ id: 'domestic-revenue-parts', quote: ['thu nội địa đạt 2.433 tỷ đồng', 'Thu thuế, phí và thu khác đạt 1.292 tỷ đồng', 'thu tiền sử dụng đất đạt 1.411 tỷ đồng'], parts: ['1.292 tỷ đồng', '1.411 tỷ đồng'], total: '2.433 tỷ đồng', labels: ['thuế, phí và thu khác', 'tiền sử dụng đất'], mistake: 'planted', original: 'thu tiền sử dụng đất đạt 1.141 tỷ đồng', note: '1.292 + 1.411 = 2.703; with the published 1.141 the parts make 2.433.' }),
  ],
});
