// Tỉnh Lào Cai: vietnam.vn (Lào Cai's page), "Phương án phòng, chống rét cho cây trồng, vật nuôi vụ Đông Xuân năm 2023 – 2024"
// (UBND tỉnh's plan), vietnam.vn/laocai/phuong-an-phong-chong-ret-cho-cay-trong-vat-nuoi-vu-dong-xuan-nam-2023-2024; opening.
// Planted: the share of herding households with cold-proof stables 33.755/41.944 = 80,48%, written 80,4% (cut instead of rounded).
import { quotient, ratio, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lao-cai-phong-chong-ret-2023-2024.txt',
  prefix: 'lc2324',
  claims: [
    ratio({ id: 'winter-crop-vs-plan', quote: ['đạt 58,2% kế hoạch', 'sản xuất trên 4.300 ha', 'gieo trồng được 2.501,8 ha'], x: '2.501,8', y: '4.300', stated: '58,2%', note: 'The plan is "trên 4.300 ha"; 2.501,8/4.300 = 58,18%.' }),
    sum({ id: 'spring-crop-area', quote: ['tổng diện tích sản xuất dự kiến là 20.200 ha', 'gieo cấy trên 9.800 ha', 'gieo trồng trên 10.400 ha'], parts: ['9.800', '10.400'], total: '20.200', labels: ['lúa', 'ngô'] }),
    sum({ id: 'herd-by-kind', quote: ['41.944 hộ với 125.494 con', '97.015 con trâu', '22.366 con bò', '6.113 con ngựa'], parts: ['97.015', '22.366', '6.113'], total: '125.494', labels: ['trâu', 'bò', 'ngựa'] }),
    quotient({ id: 'head-per-household', quote: ['bình quân 2,99 con/hộ', '41.944 hộ với 125.494 con'], x: '125.494', y: '41.944', stated: '2,99' }),
    share({ id: 'cold-proof-stables', quote: ['chiếm 80,4%', '33.755 hộ chăn nuôi có chuồng trại', 'tổng số hộ chăn nuôi gia súc lớn là 41.944 hộ'], x: '33.755', y: '41.944', stated: '80,4%', mistake: 'planted', original: 'chiếm 80,5%', note: '33.755/41.944 = 80,476%: 80,5% half-up; 80,4% is cut.' }),
  ],
});
