// Tỉnh Quảng Nam: báo Quảng Nam, "Tỷ lệ đỗ tốt nghiệp THPT đạt 85,81%" (Xuân Chiến),
// baoquangnam.vn/giao-duc/ty-le-do-tot-nghiep-thpt-dat-8581-40906.html, kỳ thi THPT quốc gia 2016; whole. The six
// schools and centres at 100% are named one by one. The lowest school's 20% has no counts.
import { ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-nam-tot-nghiep-thpt-2016.txt',
  prefix: 'qnt',
  claims: [
    ratio({ id: 'pass-rate', quote: '14.250/16.921 thí sinh đỗ tốt nghiệp, đạt tỷ lệ 85,81%', x: '14.250', y: '16.921', stated: '85,81%', mistake: 'planted', original: '14.520/16.921 thí sinh', note: '14.250/16.921 = 84,22%; with the published 14.520 it is 85,81%.' }),
    ratio({ id: 'pass-rate-headline', quote: ['Tỷ lệ đỗ tốt nghiệp THPT đạt 85,81%', '14.250/16.921 thí sinh đỗ tốt nghiệp'], x: '14.250', y: '16.921', stated: '85,81%', mistake: 'planted', original: '14.520/16.921 thí sinh', note: 'The headline\'s rate against the same planted count (one edit breaks both).' }),
    sum({ id: 'schools-at-100', quote: ['Có 6 trường, trung tâm giáo dục đạt tỷ lệ tốt nghiệp 100%', 'THPT chuyên Lê Thánh Tông', 'THPT chuyên Nguyễn Bỉnh Khiêm', 'THPT Quang Trung', 'THPT Tây Giang', 'Phổ thông dân tộc nội trú Phước Sơn', 'Trung tâm Giáo dục thường xuyên - hướng nghiệp huyện Duy Xuyên'], parts: ['1', '1', '1', '1', '1', '1'], total: '6', labels: ['Lê Thánh Tông', 'Nguyễn Bỉnh Khiêm', 'Quang Trung', 'Tây Giang', 'PTDTNT Phước Sơn', 'TT GDTX-HN Duy Xuyên'], note: 'Six named, as counted.' }),
  ],
});
