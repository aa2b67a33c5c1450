// Tỉnh Quảng Trị: the province portal, "Tạo việc làm cho gần 6.000 lao động trong 6 tháng đầu năm" (Sở LĐTB&XH's figures
// to 12/6/2020), quangtri.gov.vn/chi-tiet-tin/-/view-article/1/14012495793617/1592271685350; whole ("Các tin khác"
// left out). The year's plans are in the last paragraph, apart from the rates. Planted: the short-course trainees 7.307
// written 7.037, so the three levels no longer add to the 7.659 trainees. Trap: "trong đó" 50% trained in a trade and
// 32% with a certificate are overlapping shares of the 65,88% trained (50 + 32 > 65,88 is not a mistake).
import { atLeast, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-tri-viec-lam-6-thang-2020.txt',
  prefix: 'qtv',
  claims: [
    ratio({ id: 'labour-export-of-plan', quote: ['683 người xuất khẩu lao động (ngoài thị trường Lào) đạt 56,92% kế hoạch', 'xuất khẩu 1.200 lao động'], x: '683', y: '1.200', stated: '56,92%' }),
    ratio({ id: 'trainees-of-plan', quote: ['7.659 người đạt 45,32% kế hoạch', 'Tuyển sinh đào tạo nghề nghiệp cho 16.900 người'], x: '7.659', y: '16.900', stated: '45,32%' }),
    sum({ id: 'trainees-by-level', quote: ['tuyển sinh đào tạo giáo dục nghề nghiệp 7.659 người', 'Cao đẳng 15 người', 'trung cấp 337 người', 'đào tạo thường xuyên 7.037 người'], parts: ['15', '337', '7.037'], total: '7.659', labels: ['cao đẳng', 'trung cấp', 'sơ cấp và đào tạo thường xuyên'], mistake: 'planted', original: 'sơ cấp và đào tạo thường xuyên 7.307 người', note: '15 + 337 + 7.037 = 7.389; the published 7.307 gives 7.659.' }),
    atLeast({ id: 'trained-share-overlapping-groups', quote: ['lao động qua đào tạo của tỉnh đạt 65,88%', 'trong đó tỷ lệ qua đào tạo nghề đạt 50%'], big: '65,88', small: '50', trap: 'the 50% and the 32% after "trong đó" overlap (a certificate holder may be trade-trained); only each alone must stay within 65,88%.' }),
  ],
});
