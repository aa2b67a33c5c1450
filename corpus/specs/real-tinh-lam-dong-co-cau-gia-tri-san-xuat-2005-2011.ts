// Tỉnh Lâm Đồng: the statistical yearbook 2011 on the province portal, table 26 "Cơ cấu giá trị sản xuất theo giá thực
// tế phân theo thành phần kinh tế và ngành kinh tế" (%), lamdong.gov.vn/sites/book/NGTK2011/Pages/solieu/b26.htm;
// opening as stored (the HTML table flattened one cell a line, kept so; "quản lư" as the page spells it), ended by […]
// after the first row by kind of activity. Checked for each year (2005, 2008-2011): state = central + local,
// non-state = collective + private + household, and the three kinds of ownership against 100%. Planted: the private
// share of 2010 (13,11) written 13,31.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lam-dong-co-cau-gia-tri-san-xuat-2005-2011.txt',
  prefix: 'ldc',
  claims: [
    sum({ id: 'state-2005', quote: ['22,23', '10,64', '11,59'], parts: ['10,64', '11,59'], total: '22,23', rounded: true, labels: ['Trung ương', 'Địa phương'] }),
    sum({ id: 'non-state-2005', quote: ['73,35', '0,83', '8,76', '63,75'], parts: ['0,83', '8,76', '63,75'], total: '73,35', rounded: true, labels: ['tập thể', 'tư nhân', 'cá thể'] }),
    sum({ id: 'ownership-total-2005', quote: ['22,23', '73,35', '4,42'], parts: ['22,23', '73,35', '4,42'], total: '100', implicitTotal: true, rounded: true, labels: ['Nhà nước', 'ngoài Nhà nước', 'FDI'] }),
    sum({ id: 'state-2008', quote: ['18,42', '10,15', '8,27'], parts: ['10,15', '8,27'], total: '18,42', rounded: true, labels: ['Trung ương', 'Địa phương'] }),
    sum({ id: 'non-state-2008', quote: ['77,45', '0,45', '10,59', '66,42'], parts: ['0,45', '10,59', '66,42'], total: '77,45', rounded: true, labels: ['tập thể', 'tư nhân', 'cá thể'] }),
    sum({ id: 'ownership-total-2008', quote: ['18,42', '77,45', '4,13'], parts: ['18,42', '77,45', '4,13'], total: '100', implicitTotal: true, rounded: true, labels: ['Nhà nước', 'ngoài Nhà nước', 'FDI'] }),
    sum({ id: 'state-2009', quote: ['21,75', '14,17', '7,58'], parts: ['14,17', '7,58'], total: '21,75', rounded: true, labels: ['Trung ương', 'Địa phương'] }),
    sum({ id: 'non-state-2009', quote: ['75,17', '0,50', '10,84', '63,83'], parts: ['0,50', '10,84', '63,83'], total: '75,17', rounded: true, labels: ['tập thể', 'tư nhân', 'cá thể'] }),
    sum({ id: 'ownership-total-2009', quote: ['21,75', '75,17', '3,08'], parts: ['21,75', '75,17', '3,08'], total: '100', implicitTotal: true, rounded: true, labels: ['Nhà nước', 'ngoài Nhà nước', 'FDI'] }),
    sum({ id: 'state-2010', quote: ['22,64', '15,08', '7,56'], parts: ['15,08', '7,56'], total: '22,64', rounded: true, labels: ['Trung ương', 'Địa phương'] }),
    sum({ id: 'non-state-2010', quote: ['74,47', '0,35', '13,31', '61,01'], parts: ['0,35', '13,31', '61,01'], total: '74,47', rounded: true, labels: ['tập thể', 'tư nhân', 'cá thể'], mistake: 'planted', original: '13,11', note: 'The private share of 2010 edited from 13,11 to 13,31: the non-state parts add to 74,67, not 74,47.' }),
    sum({ id: 'ownership-total-2010', quote: ['22,64', '74,47', '2,89'], parts: ['22,64', '74,47', '2,89'], total: '100', implicitTotal: true, rounded: true, labels: ['Nhà nước', 'ngoài Nhà nước', 'FDI'] }),
    sum({ id: 'state-2011', quote: ['22,17', '14,60', '7,57'], parts: ['14,60', '7,57'], total: '22,17', rounded: true, labels: ['Trung ương', 'Địa phương'] }),
    sum({ id: 'non-state-2011', quote: ['75,32', '0,42', '13,13', '61,77'], parts: ['0,42', '13,13', '61,77'], total: '75,32', rounded: true, labels: ['tập thể', 'tư nhân', 'cá thể'] }),
    sum({ id: 'ownership-total-2011', quote: ['22,17', '75,32', '2,51'], parts: ['22,17', '75,32', '2,51'], total: '100', implicitTotal: true, rounded: true, labels: ['Nhà nước', 'ngoài Nhà nước', 'FDI'] }),
  ],
});
