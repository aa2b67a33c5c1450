// Huyện Lâm Hà (Lâm Đồng): báo Lâm Đồng, "Lâm Hà: Giải quyết việc làm cho 1.640 lao động",
// baolamdong.vn/xahoi/201408/lam-ha-giai-quyet-viec-lam-cho-1640-lao-dong-2452248; whole, the lead paragraph that the
// page prints again above the body left out. Checked: 1.640 of a plan of "khoảng 3.000" (54,67%, "bằng 55%") and the
// headline against the body. The export and training plans have no rate written.
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-lam-ha-viec-lam-2014.txt',
  prefix: 'lhv',
  claims: [
    ratio({ id: 'jobs-of-plan', quote: ['bằng 55% kế hoạch cả năm', 'khoảng 3.000 lao động'], x: '1.640', y: '3.000', stated: '55%' }),
    repeat({ id: 'headline-jobs', quote: ['Giải quyết việc làm cho 1.640 lao động', 'đã có 1.640 lao động được giải quyết việc làm'], values: ['1.640', '1.640'] }),
  ],
});
