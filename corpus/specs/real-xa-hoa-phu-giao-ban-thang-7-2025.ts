// Xã Hòa Phú (Hà Nội): the commune portal, "Hội nghị giao ban nhằm đánh giá kết quả thực hiện nhiệm vụ tháng 7 và triển
// khai phương hướng nhiệm vụ tháng 8" (title from the address),
// hoaphu.hanoi.gov.vn/hoat-dong-khoi-chinh-quyen/hoi-nghi-giao-ban-nham-danh-gia-ket-qua-thuc-hien-nhiem-vu-thang-7-va-trien-khai-phuong-huong-nhiem-vu-thang-8-271525080815323418.htm;
// the report's paragraphs as stored (the photo caption kept), ended by […]. One checkable relation: the one-stop
// desk's files, direct + online.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-hoa-phu-giao-ban-thang-7-2025.txt',
  prefix: 'hph',
  claims: [
    sum({ id: 'files-by-channel', quote: ['tiếp nhận tổng số 2.699 hồ sơ', 'tiếp nhận trực tiếp 1.956 hồ sơ', 'tiếp nhận trực tuyến 743 hồ sơ'], parts: ['1.956', '743'], total: '2.699', labels: ['trực tiếp', 'trực tuyến'] }),
  ],
});
