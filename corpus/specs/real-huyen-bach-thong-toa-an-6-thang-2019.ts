// Huyện Bạch Thông (Bắc Kạn): the district portal, "Tòa án nhân dân huyện thực hiện tốt công tác xét xử", bachthong.gov.vn/toa-an-nhan-dan-huyen-thuc-hien-tot-cong-tac-xet-xu/;
// whole (the photo caption left out). The rises (9 cases, 3 cases) have no base. Planted: the 35 cases resolved written
// 34, a count not updated against the "trên 71%" (34/49 = 69,4%).
import { ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-bach-thong-toa-an-6-thang-2019.txt',
  prefix: 'btt',
  claims: [
    ratio({ id: 'resolved', quote: ['đạt tỷ lệ trên 71%', 'thụ lý 49 vụ việc', 'đã giải quyết 34 vụ việc'], x: '34', y: '49', stated: '71%', mistake: 'planted', original: 'đã giải quyết 35 vụ việc các loại', note: '34/49 = 69,39%, not above 71%; the published 35 gives 71,43%.' }),
  ],
});
