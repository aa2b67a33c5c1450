// Thái Nguyên province: retail sales in quarter I 2019, as published by báo Thái Nguyên
// (m.baothainguyen.vn/tin-tuc/kinh-te/tong-muc-ban-le-hang-hoa-va-doanh-thu-dich-vu-tieu-dung-xa-hoi-tang-so-voi-cung-ky-263045-108.html).
import { atLeast, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-thai-nguyen-ban-le-quy-1-2019.txt',
  prefix: 'tn19',
  claims: [
    atLeast({ id: 'quarter-ge-march', kind: 'cumulative', quote: ['đạt khoảng 9 nghìn tỷ đồng', 'tháng 3 năm 2019 ước đạt 2.943 tỷ đồng'], big: '9.000', small: '2.943' }),
    atLeast({ id: 'ownership-remainder', quote: ['khu vực kinh tế nhà nước bán lẻ chiếm 5,3%; khu vực kinh tế ngoài nhà nước chiếm 94,2%; còn lại khu vực có vốn đầu tư nước ngoài'], big: '100', small: '99,5', trap: 'two shares and "còn lại" for the third: 5,3 + 94,2 = 99,5% leaves 0,5% to foreign-invested firms; the shares written need not add to 100%.' }),
    sum({ id: 'activity-shares', quote: ['nhóm ngành thương nghiệp bán lẻ chiếm tỷ trọng 80,5% trong tổng mức', 'nhóm dịch vụ lưu trú và ăn uống chiếm 9,7%'], parts: ['80,5', '9,7', '10,4', '0,07'], total: '100', implicitTotal: true, rounded: true, mistake: 'planted', original: 'nhóm dịch vụ lưu trú và ăn uống chiếm 9,1%' }),
    share({ id: 'travel-share', quote: 'ước đạt 6,7 tỷ đồng, chiếm 0,07% tổng mức', x: '6,7', y: '9.000', stated: '0,07%', note: 'The total is "khoảng 9 nghìn tỷ đồng".' }),
  ],
});
