// Thành phố Đà Nẵng: preschool classes by district, school years 2019-2020 and 2020-2021, from the city's yearbook pages
// (danang.gov.vn/web/chuyen-trang-thong-tin-kinh-te-xa-hoi/nien-giam-thong-ke/danh-sach/chi-tiet?id=4519&_c=94677500,94677503),
// posted 15/11/2021; whole, the table (flattened in the stored copy) set as a pipe table, the rating widget left out.
// Each district's public and non-public classes make its total; the districts make each column's city total; the
// sentence above the table repeats the 2020-2021 totals. Hoàng Sa has no classes (an empty row).
import { repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-da-nang-lop-mam-non-2019-2021.md',
  prefix: 'dnm',
  claims: [
    sum({ id: 'lien-chieu-2019', quote: '| Quận Liên Chiểu | 614 | 108 | 506 |', parts: ['108', '506'], total: '614', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'lien-chieu-2020', quote: ['| 621 | 118 | 503 |', '| Quận Liên Chiểu |'], parts: ['118', '503'], total: '621', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'thanh-khe-2019', quote: '| Quận Thanh Khê | 382 | 114 | 268 |', parts: ['114', '268'], total: '382', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'thanh-khe-2020', quote: ['| 376 | 112 | 264 |', '| Quận Thanh Khê |'], parts: ['112', '264'], total: '376', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'hai-chau-2019', quote: '| Quận Hải Châu | 610 | 192 | 481 |', parts: ['192', '481'], total: '610', labels: ['công lập', 'ngoài công lập'], mistake: 'planted', original: '| Quận Hải Châu | 610 | 192 | 418 |', note: 'Public and non-public classes make 673, not the 610 of the row (the non-public column, 2.196 against 2.133, breaks too: one cell, two sums).' }),
    sum({ id: 'hai-chau-2020', quote: ['| 576 | 191 | 385 |', '| Quận Hải Châu |'], parts: ['191', '385'], total: '576', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'son-tra-2019', quote: '| Quận Sơn Trà | 330 | 101 | 229 |', parts: ['101', '229'], total: '330', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'son-tra-2020', quote: ['| 339 | 105 | 234 |', '| Quận Sơn Trà |'], parts: ['105', '234'], total: '339', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'ngu-hanh-son-2019', quote: '| Quận Ngũ Hành Sơn | 288 | 81 | 207 |', parts: ['81', '207'], total: '288', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'ngu-hanh-son-2020', quote: ['| 268 | 80 | 188 |', '| Quận Ngũ Hành Sơn |'], parts: ['80', '188'], total: '268', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'cam-le-2019', quote: '| Quận Cẩm Lệ | 440 | 101 | 339 |', parts: ['101', '339'], total: '440', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'cam-le-2020', quote: ['| 447 | 104 | 343 |', '| Quận Cẩm Lệ |'], parts: ['104', '343'], total: '447', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'hoa-vang-2019', quote: '| Huyện Hòa Vang | 395 | 229 | 166 |', parts: ['229', '166'], total: '395', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'hoa-vang-2020', quote: ['| 397 | 232 | 165 |', '| Huyện Hòa Vang |'], parts: ['232', '165'], total: '397', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'city-2019', quote: '| TỔNG SỐ | 3.059 | 926 | 2.133 |', parts: ['926', '2.133'], total: '3.059', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'city-2020', quote: '| 3.024 | 942 | 2.082 |', parts: ['942', '2.082'], total: '3.024', labels: ['công lập', 'ngoài công lập'] }),
    sum({ id: 'districts-total-2019', quote: ['| TỔNG SỐ | 3.059 |', 'Phân theo đơn vị cấp huyện'], parts: ['614', '382', '610', '330', '288', '440', '395'], total: '3.059', labels: ['Liên Chiểu', 'Thanh Khê', 'Hải Châu', 'Sơn Trà', 'Ngũ Hành Sơn', 'Cẩm Lệ', 'Hòa Vang'] }),
    sum({ id: 'districts-public-2019', quote: ['| 3.059 | 926 |', 'Phân theo đơn vị cấp huyện'], parts: ['108', '114', '192', '101', '81', '101', '229'], total: '926', labels: ['Liên Chiểu', 'Thanh Khê', 'Hải Châu', 'Sơn Trà', 'Ngũ Hành Sơn', 'Cẩm Lệ', 'Hòa Vang'] }),
    sum({ id: 'districts-non-public-2019', quote: ['| 926 | 2.133 |', 'Phân theo đơn vị cấp huyện'], parts: ['506', '268', '481', '229', '207', '339', '166'], total: '2.133', labels: ['Liên Chiểu', 'Thanh Khê', 'Hải Châu', 'Sơn Trà', 'Ngũ Hành Sơn', 'Cẩm Lệ', 'Hòa Vang'], mistake: 'planted', original: '| Quận Hải Châu | 610 | 192 | 418 |', note: 'The districts\' non-public classes add to 2.196, not 2.133: the Hải Châu cell (481, published 418) also breaks its row.' }),
    sum({ id: 'districts-total-2020', quote: ['| 2.133 | 3.024 |', 'Phân theo đơn vị cấp huyện'], parts: ['621', '376', '576', '339', '268', '447', '397'], total: '3.024', labels: ['Liên Chiểu', 'Thanh Khê', 'Hải Châu', 'Sơn Trà', 'Ngũ Hành Sơn', 'Cẩm Lệ', 'Hòa Vang'] }),
    sum({ id: 'districts-public-2020', quote: ['| 3.024 | 942 |', 'Phân theo đơn vị cấp huyện'], parts: ['118', '112', '191', '105', '80', '104', '232'], total: '942', labels: ['Liên Chiểu', 'Thanh Khê', 'Hải Châu', 'Sơn Trà', 'Ngũ Hành Sơn', 'Cẩm Lệ', 'Hòa Vang'] }),
    sum({ id: 'districts-non-public-2020', quote: ['| 942 | 2.082 |', 'Phân theo đơn vị cấp huyện'], parts: ['503', '264', '385', '234', '188', '343', '165'], total: '2.082', labels: ['Liên Chiểu', 'Thanh Khê', 'Hải Châu', 'Sơn Trà', 'Ngũ Hành Sơn', 'Cẩm Lệ', 'Hòa Vang'] }),
    sum({ id: 'text-districts', quote: ['tổng số 3.024 lớp/nhóm trẻ mầm non', 'quận Liên Chiểu có 621', 'quận Thanh Khê có 376', 'quận Hải Châu có 576', 'quận Sơn Trà có 393', 'quận Ngũ Hành Sơn có 268', 'quận Cẩm Lệ có 447', 'huyện Hòa Vang có 397'], parts: ['621', '376', '576', '393', '268', '447', '397'], total: '3.024', labels: ['Liên Chiểu', 'Thanh Khê', 'Hải Châu', 'Sơn Trà', 'Ngũ Hành Sơn', 'Cẩm Lệ', 'Hòa Vang'], mistake: 'planted', original: 'quận Sơn Trà có 339 lớp/nhóm trẻ', note: 'The districts the text lists add to 3.078, not 3.024: Sơn Trà is written 393 (339 in the table).' }),
    repeat({ id: 'text-table-city', quote: ['tổng số 3.024 lớp/nhóm trẻ mầm non', '| 3.024 | 942 | 2.082 |'], values: ['3.024', '3.024'] }),
    repeat({ id: 'text-table-lien-chieu', quote: ['quận Liên Chiểu có 621', '| 621 | 118 | 503 |'], values: ['621', '621'] }),
    repeat({ id: 'text-table-thanh-khe', quote: ['quận Thanh Khê có 376', '| 376 | 112 | 264 |'], values: ['376', '376'] }),
    repeat({ id: 'text-table-hai-chau', quote: ['quận Hải Châu có 576', '| 576 | 191 | 385 |'], values: ['576', '576'] }),
    repeat({ id: 'text-table-son-tra', quote: ['quận Sơn Trà có 393', '| 339 | 105 | 234 |'], values: ['339', '393'], mistake: 'planted', original: 'quận Sơn Trà có 339 lớp/nhóm trẻ', note: 'The text gives Sơn Trà 393 classes for 2020-2021, the table 339 (two digits swapped; the text\'s own sum breaks too).' }),
    repeat({ id: 'text-table-ngu-hanh-son', quote: ['quận Ngũ Hành Sơn có 268', '| 268 | 80 | 188 |'], values: ['268', '268'] }),
    repeat({ id: 'text-table-cam-le', quote: ['quận Cẩm Lệ có 447', '| 447 | 104 | 343 |'], values: ['447', '447'] }),
    repeat({ id: 'text-table-hoa-vang', quote: ['huyện Hòa Vang có 397', '| 397 | 232 | 165 |'], values: ['397', '397'] }),
  ],
});
