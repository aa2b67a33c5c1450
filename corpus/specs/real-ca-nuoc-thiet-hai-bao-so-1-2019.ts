// Storm no. 1 (Pabuk), January 2019, southern provinces: Kiến Thức, "Bão Bailu sắp hoành hành: Những con số thiệt hại 'sốc' từ
// đầu năm do bão" (title from the address), kienthuc.net.vn/xa-hoi/bao-bailu-sap-hoanh-hanh-nhung-con-so-thiet-hai-soc-tu-dau-nam-do-bao-1266889.html;
// the storm's paragraph as stored (the rest of the page cut). Every damage is followed by its split by province in parentheses.
// Authors' slip: the boats "81 chiếc (Kiên Giang 65, Cà Mau 10)" — 65 + 10 = 75 (every other list in the paragraph adds up).
// Planted: Bạc Liêu's unroofed houses 116 written 161 (the five provinces no longer make 228); Cà Mau's damage 1,03 tỷ written
// 1,30 (the five no longer make 27,87 tỷ).
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-thiet-hai-bao-so-1-2019.txt',
  prefix: 'pb19',
  claims: [
    sum({ id: 'houses-collapsed', quote: ['hư hỏng là 108', 'Trà Vinh 22 nhà', 'Kiên Giang 2 nhà, Bạc Liêu 61 nhà', 'Cà Mau 5 nhà', 'Sóc Trăng 18 nhà'], parts: ['22', '2', '61', '5', '18'], total: '108', labels: ['Trà Vinh', 'Kiên Giang', 'Bạc Liêu', 'Cà Mau', 'Sóc Trăng'] }),
    sum({ id: 'houses-unroofed', quote: ['tốc mái là 228', 'Trà Vinh 27 nhà', 'Bạc Liêu 161 nhà', 'Cà Mau 25 nhà', 'Sóc Trăng 58 nhà'], parts: ['27', '2', '161', '25', '58'], total: '228', labels: ['Trà Vinh', 'Kiên Giang', 'Bạc Liêu', 'Cà Mau', 'Sóc Trăng'], mistake: 'planted', original: 'Bạc Liêu 116 nhà', note: 'As published, 27 + 2 + 116 + 25 + 58 = 228.' }),
    sum({ id: 'ships', quote: ['6 tàu bị chìm, hỏng', 'Cà Mau 2, TP Hồ Chí Minh 1, Bình Định 1, Bà Rịa Vũng Tàu 2'], parts: ['2', '1', '1', '2'], total: '6', labels: ['Cà Mau', 'TP Hồ Chí Minh', 'Bình Định', 'Bà Rịa Vũng Tàu'] }),
    sum({ id: 'boats', quote: ['hỏng 81 chiếc', 'Kiên Giang 65, Cà Mau 10'], parts: ['65', '10'], total: '81', labels: ['Kiên Giang', 'Cà Mau'], mistake: 'author', note: 'The two provinces named give 75 boats, six short of 81; every other damage in the paragraph is split completely.' }),
    sum({ id: 'rice-area', quote: ['ngập úng là 28.648ha', 'Trà Vinh 182,2ha', 'Bạc Liêu 12.636ha', 'Cà Mau 5.775ha', 'Sóc Trăng 10.055ha'], parts: ['182,2 ha', '12.636 ha', '5.775 ha', '10.055 ha'], total: '28.648 ha', labels: ['Trà Vinh', 'Bạc Liêu', 'Cà Mau', 'Sóc Trăng'], note: '28.648,2 ha, written to the hectare.' }),
    atLeast({ id: 'rice-lost-bac-lieu', quote: ['4.568ha tại Bạc Liêu', 'Bạc Liêu 12.636ha'], big: '12.636 ha', small: '4.568 ha' }),
    atLeast({ id: 'rice-lost-soc-trang', quote: ['173ha tại Sóc Trăng', 'Sóc Trăng 10.055ha'], big: '10.055 ha', small: '173 ha' }),
    sum({ id: 'crops-area', quote: ['hư hại: 2.504ha', 'Trà Vinh 10,8ha', 'Bạc Liêu 159,8ha', 'Cà Mau 154ha', 'Sóc Trăng 2.179ha'], parts: ['10,8 ha', '159,8 ha', '154 ha', '2.179 ha'], total: '2.504 ha', labels: ['Trà Vinh', 'Bạc Liêu', 'Cà Mau', 'Sóc Trăng'], note: '2.503,6 ha, written to the hectare.' }),
    sum({ id: 'damage-value', quote: ['gây ra là 27,87 tỷ đồng', 'Trà Vinh 1,51 tỷ đồng', 'Kiên Giang 2,74 tỷ đồng', 'Bạc Liêu 16,18 tỷ đồng', 'Cà Mau 1,30 tỷ đồng', 'Sóc Trăng 6,41 tỷ đồng'], parts: ['1,51 tỷ đồng', '2,74 tỷ đồng', '16,18 tỷ đồng', '1,30 tỷ đồng', '6,41 tỷ đồng'], total: '27,87 tỷ đồng', labels: ['Trà Vinh', 'Kiên Giang', 'Bạc Liêu', 'Cà Mau', 'Sóc Trăng'], mistake: 'planted', original: 'Cà Mau 1,03 tỷ đồng', note: 'As published, 1,51 + 2,74 + 16,18 + 1,03 + 6,41 = 27,87 tỷ.' }),
  ],
});
