// Tỉnh Quảng Trị: Cục Thống kê's yearbook 2018, page 93, table 40 "Cơ cấu tổng sản phẩm trên địa bàn theo giá hiện hành
// phân theo thành phần kinh tế và phân theo ngành kinh tế" (%),
// cucthongke.quangtri.gov.vn/dbase/file/Nien%20giam%202018/files/basic-html/page93.html; opening as stored (the flip-book
// text with its broken "ƣ" kept), ended by […]. Checked: the four parts by ownership against 100% for 2017 and 2018.
// Planted: the foreign-invested share of 2018 (1,37) written 1,73 (two digits swapped).
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-tri-co-cau-grdp-2017-2018.txt',
  prefix: 'qtg',
  claims: [
    sum({ id: 'ownership-2017', quote: ['28,87', '66,03', '1,21', '3,89'], parts: ['28,87', '66,03', '1,21', '3,89'], total: '100,00', implicitTotal: true, rounded: true, labels: ['Nhà nước', 'ngoài Nhà nước', 'FDI', 'thuế sản phẩm'] }),
    sum({ id: 'ownership-2018', quote: ['28,45', '66,26', '1,21           1,73', '3,92'], parts: ['28,45', '66,26', '1,73', '3,92'], total: '100,00', implicitTotal: true, rounded: true, labels: ['Nhà nước', 'ngoài Nhà nước', 'FDI', 'thuế sản phẩm'], mistake: 'planted', original: '1,37', note: 'The 2018 parts add to 100,36 with 1,73; the published 1,37 gives 100,00.' }),
  ],
});
