// Tỉnh Lâm Đồng: báo Lâm Đồng, "Trên 10.000 lao động được giải quyết việc làm mới" (title from the address; Sở LĐ-TB&XH),
// baolamdong.vn/xahoi/202212/tren-10000-lao-dong-duoc-giai-quyet-viec-lam-moi-3148866/; whole ("101.86%" written with a point).
// The plans behind "đạt …% kế hoạch" are not written.
// Planted: the job fairs held in person, 9, written 19 (the three kinds then make 74, not 64).
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lam-dong-viec-lam-2022.txt',
  prefix: 'ld22',
  claims: [
    sum({ id: 'job-fairs-by-kind', quote: ['đã tổ chức được 64 phiên', '47 phiên online', '19 phiên trực tiếp', 'lưu động 8 phiên'], parts: ['47', '19', '8'], total: '64', labels: ['online', 'trực tiếp', 'lưu động'], mistake: 'planted', original: '9 phiên trực tiếp' }),
    atLeast({ id: 'new-jobs-within', quote: ['là 25.500 lượt người', 'tạo việc làm mới cho 10.300 người'], big: '25.500', small: '10.300' }),
  ],
});
