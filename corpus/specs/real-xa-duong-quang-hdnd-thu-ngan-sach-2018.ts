// Xã Dương Quang (thành phố Bắc Kạn): the commune council's extraordinary session of 10/2018 on the budget revenue
// target, from the city's portal (backancity.gov.vn/hdnd-xa-duong-quang-to-chuc-ky-hop-bat-thuong-thang-10-nam-2018/);
// whole. The target of 147 triệu 700 nghìn đồng was raised by 80 triệu đồng, which makes 227 triệu 700 nghìn; the
// report then measures the revenue against 254 triệu 700 nghìn.
import { ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-duong-quang-hdnd-thu-ngan-sach-2018.txt',
  prefix: 'dqg',
  claims: [
    sum({ id: 'raised-target', kind: 'cross_total', quote: ['220 triệu/254 triệu 700 nghìn đồng', 'giao chỉ tiêu thu ngân sách là 147 triệu 700 nghìn đồng', 'giao tăng thêm thu ngân sách đối với xã Dương Quang là 80 triệu đồng'], parts: ['147 triệu 700 nghìn đồng', '80 triệu đồng'], total: '254 triệu 700 nghìn đồng', labels: ['chỉ tiêu giao đầu năm', 'giao tăng thêm'], mistake: 'author', note: 'The first target and the addition make 227 triệu 700 nghìn đồng, 27 triệu short of the target the revenue is measured against.' }),
    ratio({ id: 'revenue-rate', quote: 'đạt 220 triệu/254 triệu 700 nghìn đồng, bằng 86,3%', x: '220 triệu đồng', y: '254 triệu 700 nghìn đồng', stated: '86,3%', mistake: 'author', note: '220/254,7 = 86,38%: 86,4% rounded half-up, 86,3% truncated (against the 227,7 triệu the targets add up to it would be 96,6%).' }),
  ],
});
