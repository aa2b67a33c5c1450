// Tỉnh Tây Ninh: Sở Nông nghiệp và PTNT Tây Ninh, "Kế hoạch phòng chống dịch cúm gia cầm trên địa bàn tỉnh Tây Ninh năm 2013"
// (title from the address), sonongnghiep.tayninh.gov.vn/nong-nghiep-155/k-ho-ch-ph-ng-ch-ng-d-ch-c-m-gia-c-m-tr-n--a-b-n-t-nh-t-y-ninh-n-m-2013-639.html;
// opening (section I). Each flock is split into small-holder and concentrated farming.
// The authors' slip: "Từ năm 2006 đến nay, không có dịch" and, next line, two outbreaks in January 2013.
// Planted: the quails' concentrated 226.800 written 262.800.
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-tay-ninh-cum-gia-cam-2013.txt',
  prefix: 'tn13',
  claims: [
    sum({ id: 'chickens', quote: ['Gà: 2.431.189 con', 'nhỏ lẽ: 630.159 con', 'tập trung: 1.801.030 con'], parts: ['630.159', '1.801.030'], total: '2.431.189', labels: ['nhỏ lẻ', 'tập trung'] }),
    sum({ id: 'ducks', quote: ['Vịt: 363.739 con', 'nhỏ lẽ: 184.799 con', 'tập trung: 178.940 con'], parts: ['184.799', '178.940'], total: '363.739', labels: ['nhỏ lẻ', 'tập trung'] }),
    sum({ id: 'quails', quote: ['Cút: 254.900 con', 'nhỏ lẽ: 28.100 con', 'tập trung: 262.800 con'], parts: ['28.100', '262.800'], total: '254.900', labels: ['nhỏ lẻ', 'tập trung'], mistake: 'planted', original: 'chăn nuôi tập trung: 226.800 con', note: '28.100 + 226.800 = 254.900 as published.' }),
    contradiction({ id: 'no-outbreak-since-2006', quote: ['Từ năm 2006 đến nay, không có dịch xảy ra trên địa bàn tỉnh', 'Trong tháng 01/2013, xảy ra 02 ổ dịch'], stated: '02 ổ dịch (tháng 01/2013)', expected: '0 (không có dịch từ năm 2006 đến nay)', consistent: false, reason: 'The plan says no outbreak "from 2006 to now", then gives two outbreaks in January 2013, before the plan.', mistake: 'author' }),
    contradiction({ id: 'outbreaks-2013-places', kind: 'sum_parts', quote: ['xảy ra 02 ổ dịch cúm gia cầm tại huyện Bến Cầu và thị xã Tây Ninh'], stated: '02', expected: '2 places named', consistent: true, reason: 'Two outbreaks, two places.' }),
    contradiction({ id: 'outbreaks-2004-2005', kind: 'sum_parts', quote: ['02 lần vào năm 2004, 2005'], stated: '02', expected: '2 years named', consistent: true, reason: 'Two outbreaks, two years.' }),
  ],
});
