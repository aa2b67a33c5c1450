// Tỉnh Phú Thọ: the province portal's statistics page, "Phê duyệt số lượng, tỉ lệ hộ nghèo, hộ cận nghèo năm 2016"
// (Quyết định 211/QĐ-UBND of 24/1/2017), phutho.gov.vn/dulieuthongke/-/vcmsviewcontent/1hE1/89907/348556/phe-duyet-so-luong-ti-le-ho-ngheo-ho-can-ngheo-nam-2016.html;
// whole (the reader-comment form left out). The stored page flattens the table one cell a line; it is set here as a
// pipe table with the same cells. The table writes its percents with a dot ("10.51"), the lead with a comma. Each
// share is the district's households in the group over its own households; the thirteen rows add to the province row.
// One planted edit (the lead's 10,15%) breaks two relations, the lead's rate and its repeat in the table.
import { ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-phu-tho-ho-ngheo-2016.md',
  prefix: 'pth',
  claims: [
    ratio({ id: 'lead-poor-rate', quote: 'tổng số hộ nghèo là 41.050 hộ, tỉ lệ 10,15%', x: '41.050', y: '390.519', stated: '10,15%', mistake: 'planted', original: 'tỉ lệ 10,51%', note: '41.050/390.519 = 10,51%: two digits swapped in the lead.' }),
    ratio({ id: 'lead-near-poor-rate', quote: 'tổng số hộ cận nghèo 31.377 hộ, tỉ lệ 8,03%', x: '31.377', y: '390.519', stated: '8,03%' }),
    repeat({ id: 'lead-households', quote: ['Tổng số hộ trên địa bàn tỉnh hiện nay là 390.519 hộ', '| Toàn tỉnh | 390.519 |'], values: ['390.519', '390.519'] }),
    repeat({ id: 'lead-poor', quote: ['tổng số hộ nghèo là 41.050 hộ', '| 390.519 | 41.050 |'], values: ['41.050', '41.050'] }),
    repeat({ id: 'lead-near-poor', quote: ['tổng số hộ cận nghèo 31.377 hộ', '| 31.377 | 8.03 |'], values: ['31.377', '31.377'] }),
    repeat({ id: 'lead-poor-rate-in-table', quote: ['tỉ lệ 10,15%', '| 41.050 | 10.51 |'], values: ['10,15%', '10.51'], mistake: 'planted', original: 'tỉ lệ 10,51%', note: 'The same planted edit as lead-poor-rate: the lead no longer repeats the table.' }),
    repeat({ id: 'lead-near-poor-rate-in-table', quote: ['tỉ lệ 8,03%', '| 31.377 | 8.03 |'], values: ['8,03%', '8.03'] }),
    ratio({ id: 'province-poor-rate', quote: 'Toàn tỉnh | 390.519 | 41.050 | 10.51', x: '41.050', y: '390.519', stated: '10.51' }),
    ratio({ id: 'province-near-rate', quote: '| 10.51 | 31.377 | 8.03 |', x: '31.377', y: '390.519', stated: '8.03' }),
    ratio({ id: 'viet-tri-poor-rate', quote: 'Thành phố Việt Trì | 55.518 | 707 | 1.27', x: '707', y: '55.518', stated: '1.27' }),
    ratio({ id: 'viet-tri-near-rate', quote: '| 1.27 | 578 | 1.04 |', x: '578', y: '55.518', stated: '1.04' }),
    ratio({ id: 'phu-tho-poor-rate', quote: 'Thị xã Phú Thọ | 18.991 | 592 | 3.12', x: '592', y: '18.991', stated: '3.12' }),
    ratio({ id: 'phu-tho-near-rate', quote: '| 3.12 | 635 | 3.34 |', x: '635', y: '18.991', stated: '3.34' }),
    ratio({ id: 'lam-thao-poor-rate', quote: 'Huyện Lâm Thao | 29.335 | 975 | 3.32', x: '975', y: '29.335', stated: '3.32' }),
    ratio({ id: 'lam-thao-near-rate', quote: '| 3.32 | 876 | 2.99 |', x: '876', y: '29.335', stated: '2.99' }),
    ratio({ id: 'phu-ninh-poor-rate', quote: 'Huyện Phù Ninh | 28.739 | 1.171 | 4.07', x: '1.171', y: '28.739', stated: '4.07' }),
    ratio({ id: 'phu-ninh-near-rate', quote: '| 4.07 | 699 | 2.43 |', x: '699', y: '28.739', stated: '2.43' }),
    ratio({ id: 'tam-nong-poor-rate', quote: 'Huyện Tam Nông | 22.622 | 1.773 | 7.84', x: '1.773', y: '22.622', stated: '7.84' }),
    ratio({ id: 'tam-nong-near-rate', quote: '| 7.84 | 2.261 | 9.99 |', x: '2.261', y: '22.622', stated: '9.99' }),
    ratio({ id: 'thanh-son-poor-rate', quote: 'Huyện Thanh Sơn | 32.453 | 5.159 | 15.90', x: '5.159', y: '32.453', stated: '15.90' }),
    ratio({ id: 'thanh-son-near-rate', quote: '| 15.90 | 4.339 | 13.37 |', x: '4.339', y: '32.453', stated: '13.37' }),
    ratio({ id: 'thanh-ba-poor-rate', quote: 'Huyện Thanh Ba | 32.943 | 5.064 | 15.37', x: '5.064', y: '32.943', stated: '15.37' }),
    ratio({ id: 'thanh-ba-near-rate', quote: '| 15.37 | 3.803 | 11.45 |', x: '3.803', y: '32.943', stated: '11.45', mistake: 'planted', original: '11.54', note: 'The table\'s hộ cận nghèo share for Huyện Thanh Ba had two digits swapped (11.54 as published).' }),
    ratio({ id: 'thanh-thuy-poor-rate', quote: 'Huyện Thanh Thủy | 22.050 | 1.247 | 5.66', x: '1.247', y: '22.050', stated: '5.66' }),
    ratio({ id: 'thanh-thuy-near-rate', quote: '| 5.66 | 1.165 | 5.28 |', x: '1.165', y: '22.050', stated: '5.28' }),
    ratio({ id: 'yen-lap-poor-rate', quote: 'Huyện Yên Lập | 24.217 | 5.128 | 21.18', x: '5.128', y: '24.217', stated: '21.18' }),
    ratio({ id: 'yen-lap-near-rate', quote: '| 21.18 | 3.024 | 12.49 |', x: '3.024', y: '24.217', stated: '12.49' }),
    ratio({ id: 'doan-hung-poor-rate', quote: 'Huyện Đoan Hùng | 31.578 | 2.402 | 7.16', x: '2.402', y: '31.578', stated: '7.16', mistake: 'planted', original: '7.61', note: 'The table\'s hộ nghèo share for Huyện Đoan Hùng had two digits swapped (7.61 as published).' }),
    ratio({ id: 'doan-hung-near-rate', quote: '| 7.16 | 2.348 | 7.44 |', x: '2.348', y: '31.578', stated: '7.44' }),
    ratio({ id: 'ha-hoa-poor-rate', quote: 'Huyện Hạ Hòa | 32.980 | 4.359 | 13.22', x: '4.359', y: '32.980', stated: '13.22' }),
    ratio({ id: 'ha-hoa-near-rate', quote: '| 13.22 | 3.148 | 9.55 |', x: '3.148', y: '32.980', stated: '9.55' }),
    ratio({ id: 'cam-khe-poor-rate', quote: 'Huyện Cẩm Khê | 38.598 | 7.067 | 18.31', x: '7.067', y: '38.598', stated: '18.31' }),
    ratio({ id: 'cam-khe-near-rate', quote: '| 18.31 | 5.290 | 13.71 |', x: '5.290', y: '38.598', stated: '13.71' }),
    ratio({ id: 'tan-son-poor-rate', quote: 'Huyện Tân Sơn | 20.495 | 5.406 | 26.38', x: '5.406', y: '20.495', stated: '26.38' }),
    ratio({ id: 'tan-son-near-rate', quote: '| 26.38 | 3.211 | 15.67 |', x: '3.211', y: '20.495', stated: '15.67' }),
    sum({ id: 'districts-households', kind: 'cross_total', quote: ['| Toàn tỉnh | 390.519 | 41.050 | 10.51 | 31.377 | 8.03 |'], parts: ['55.518', '18.991', '29.335', '28.739', '22.622', '32.453', '32.943', '22.050', '24.217', '31.578', '32.980', '38.598', '20.495'], total: '390.519', note: 'The thirteen districts\' Tổng số hộ dân cư against the province row.' }),
    sum({ id: 'districts-poor', kind: 'cross_total', quote: ['| Toàn tỉnh | 390.519 | 41.050 | 10.51 | 31.377 | 8.03 |'], parts: ['707', '592', '975', '1.171', '1.773', '5.159', '5.064', '1.247', '5.128', '2.402', '4.359', '7.067', '5.406'], total: '41.050', note: 'The thirteen districts\' hộ nghèo against the province row.' }),
    sum({ id: 'districts-near-poor', kind: 'cross_total', quote: ['| Toàn tỉnh | 390.519 | 41.050 | 10.51 | 31.377 | 8.03 |'], parts: ['578', '635', '876', '699', '2.261', '4.339', '3.803', '1.165', '3.024', '2.348', '3.148', '5.290', '3.211'], total: '31.377', note: 'The thirteen districts\' hộ cận nghèo against the province row.' }),
  ],
});
