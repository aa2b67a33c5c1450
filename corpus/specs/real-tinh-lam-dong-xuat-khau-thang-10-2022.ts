// Tỉnh Lâm Đồng: báo Lâm Đồng, "Kim ngạch xuất khẩu tháng 10 tăng 13,1% so với cùng kỳ 2021" (title from the address; Sở
// Công thương's figures), baolamdong.vn/kinhte/202210/kim-ngach-xuat-khau-thang-10-tang-131-so-voi-cung-ky-2021-3141389/;
// whole. The rises and the 89,72% of plan have no base in the text. Planted: foreign-invested exports 29,46 triệu USD
// written 29,64 (digits swapped), so the two parts no longer add to 77,52 (the share, 38%, still rounds the same).
import { report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lam-dong-xuat-khau-thang-10-2022.txt',
  prefix: 'ldx',
  claims: [
    sum({ id: 'exports-by-owner', quote: ['tháng 10/2022 đạt 77,52 triệu USD', 'trong nước ước đạt 48,06 triệu USD', 'nước ngoài ước đạt 29,64 triệu USD'], parts: ['48,06', '29,64'], total: '77,52', labels: ['doanh nghiệp trong nước', 'vốn đầu tư nước ngoài'], mistake: 'planted', original: 'Doanh nghiệp có vốn đầu tư nước ngoài ước đạt 29,46 triệu USD', note: '48,06 + 29,64 = 77,70 against 77,52; the published 29,46 gives 77,52.' }),
    share({ id: 'domestic-share', quote: ['chiếm 62% kim ngạch', 'trong nước ước đạt 48,06 triệu USD', 'tháng 10/2022 đạt 77,52 triệu USD'], x: '48,06', y: '77,52', stated: '62%' }),
    share({ id: 'foreign-share', quote: ['chiếm 38% kim ngạch', 'nước ngoài ước đạt 29,64 triệu USD', 'tháng 10/2022 đạt 77,52 triệu USD'], x: '29,64', y: '77,52', stated: '38%', note: '29,64/77,52 = 38,24% (the published 29,46 gives 38,00%): 38% either way.' }),
  ],
});
