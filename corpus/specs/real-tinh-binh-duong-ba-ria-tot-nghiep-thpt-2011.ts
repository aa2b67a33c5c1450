// Tỉnh Bình Dương, Bình Thuận and Bà Rịa - Vũng Tàu: báo Dân trí, "Thêm 3 tỉnh phía Nam công bố kết quả tốt nghiệp
// THPT", dantri.com.vn/giao-duc/them-3-tinh-phia-nam-cong-bo-ket-qua-tot-nghiep-thpt-1308674014.htm (the address's
// number is the time of 21/06/2011); opening (the stored copy ends in the list of Bà Rịa - Vũng Tàu's schools). The
// rises "tăng hơn năm trước 3%" and "5%" are in percentage points and have no base (not labelled). The authors cut
// two rates instead of rounding them: 402/761 = 52,825% (52,83%) written 52,82%, and 10.614/10.918 = 97,216% (97,22%)
// written 97,21%; the lead's 97,2% fits. The two schools at 100% and the two top scorers are named (counts of two).
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-binh-duong-ba-ria-tot-nghiep-thpt-2011.txt',
  prefix: 'bdt',
  claims: [
    ratio({ id: 'binh-duong-thpt', quote: 'có 6.079/6.702 học sinh THPT đỗ tốt nghiệp, đạt tỉ lệ 90,7%', x: '6.079', y: '6.702', stated: '90,7%', note: '6.079/6.702 = 90,70%.' }),
    repeat({ id: 'binh-duong-lead', quote: ['tăng hơn năm trước 3%, đạt 90,7%', 'đỗ tốt nghiệp, đạt tỉ lệ 90,7%'], values: ['90,7%', '90,7%'] }),
    ratio({ id: 'binh-duong-gdtx', quote: 'có 402/761 học sinh đỗ tốt nghiệp, đạt tỉ lệ 52,82%', x: '402', y: '761', stated: '52,82%', mistake: 'author', note: '402/761 = 52,825%: 52,83% rounded half-up (the text cuts it).' }),
    repeat({ id: 'binh-thuan-lead', quote: ['tỷ lệ học sinh đỗ tốt nghiệp THPT đạt 88,06%', 'Ở hệ THPT tỉ lệ tốt nghiệp là 88,06%'], values: ['88,06%', '88,06%'] }),
    ratio({ id: 'ba-ria-thpt', quote: 'có 10.614/10.918 học sinh THPT đỗ tốt nghiệp, đạt tỉ lệ 97,21%', x: '10.614', y: '10.918', stated: '97,21%', mistake: 'author', note: '10.614/10.918 = 97,216%: 97,22% rounded half-up (the text cuts it).' }),
    ratio({ id: 'ba-ria-lead', quote: ['Còn Bà Rịa - Vũng Tàu tỉ lệ đỗ lên đến 97,2%', 'có 10.614/10.918 học sinh THPT đỗ tốt nghiệp'], x: '10.614', y: '10.918', stated: '97,2%' }),
  ],
});
