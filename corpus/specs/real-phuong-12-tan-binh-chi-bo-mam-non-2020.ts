// Phường 12 (Tân Bình, TP.HCM): Trường Mầm non Họa Mi's site, "Trường Mầm non Họa Mi tham dự hội nghị tổng kết công tác
// xây dựng Đảng năm 2020" (title from the address),
// mnhoamitanbinh.hcm.edu.vn/chi-bo-dang/truong-mam-non-hoa-mi-tham-du-hoi-nghi-tong-ket-cong-tac-xay-dung-dang-nam-2020/ct/78223/467533;
// whole. The school's party cell in the ward party's 2020 review: its 12 members by rating.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-12-tan-binh-chi-bo-mam-non-2020.txt',
  prefix: 'p12',
  claims: [
    sum({ id: 'members-by-rating', quote: ['có 2/12 đảng viên', '9 đảng viên “Hoàn thành tốt nhiệm vụ”', '01 đảng viên miễn đánh giá'], parts: ['2', '9', '01'], total: '12', labels: ['hoàn thành xuất sắc', 'hoàn thành tốt', 'miễn đánh giá'] }),
  ],
});
