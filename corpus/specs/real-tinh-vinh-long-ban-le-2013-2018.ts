// Cục Thống kê Vĩnh Long: retail sales by kind of activity, 2013-2018, yearbook table as published on
// thongkevinhlong.gov.vn (ChiTietSL.aspx?id=12&parentpage=SoLieuTK.aspx), set as two pipe tables.
// Each row's parts add to its total; each structure cell is its value over the row's total.
import { report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-vinh-long-ban-le-2013-2018.md',
  prefix: 'vl',
  claims: [
    sum({ id: 'sum-2013', quote: "| 2013 | 29.695.002 |", parts: ["21.922.332", "4.240.703", "19.934", "3.512.033"], total: "29.695.002", labels: ['bán lẻ hàng hóa', 'lưu trú, ăn uống', 'du lịch lữ hành', 'dịch vụ khác'] }),
    share({ id: 'retail-2013', quote: "73,82", x: "21.922.332", y: "29.695.002", stated: "73,82" }),
    share({ id: 'hospitality-2013', quote: "14,28", x: "4.240.703", y: "29.695.002", stated: "14,28" }),
    share({ id: 'travel-2013', quote: "0,07", x: "19.934", y: "29.695.002", stated: "0,07" }),
    share({ id: 'other-2013', quote: "11,83", x: "3.512.033", y: "29.695.002", stated: "11,83" }),
    sum({ id: 'sum-2014', quote: "| 2014 | 32.119.670 |", parts: ["23.697.823", "4.797.173", "28.778", "3.595.896"], total: "32.119.670", labels: ['bán lẻ hàng hóa', 'lưu trú, ăn uống', 'du lịch lữ hành', 'dịch vụ khác'] }),
    share({ id: 'retail-2014', quote: "73,78", x: "23.697.823", y: "32.119.670", stated: "73,78" }),
    share({ id: 'hospitality-2014', quote: "14,93", x: "4.797.173", y: "32.119.670", stated: "14,93", mistake: 'author', note: '4.797.173/32.119.670 = 14,935…% → 14,94: the yearbook wrote 14,93 so that the row adds to 100,00 (73,78 + 14,94 + 0,09 + 11,20 = 100,01).' }),
    share({ id: 'travel-2014', quote: "0,09", x: "28.778", y: "32.119.670", stated: "0,09" }),
    share({ id: 'other-2014', quote: "11,20", x: "3.595.896", y: "32.119.670", stated: "11,20" }),
    sum({ id: 'sum-2015', quote: "| 2015 | 34.408.554 |", parts: ["24.966.688", "5.308.541", "29.120", "4.104.205"], total: "34.408.554", labels: ['bán lẻ hàng hóa', 'lưu trú, ăn uống', 'du lịch lữ hành', 'dịch vụ khác'] }),
    share({ id: 'retail-2015', quote: "72,56", x: "24.966.688", y: "34.408.554", stated: "72,56" }),
    share({ id: 'hospitality-2015', quote: "15,43", x: "5.308.541", y: "34.408.554", stated: "15,43" }),
    share({ id: 'travel-2015', quote: "0,08", x: "29.120", y: "34.408.554", stated: "0,08" }),
    share({ id: 'other-2015', quote: "11,93", x: "4.104.205", y: "34.408.554", stated: "11,93" }),
    sum({ id: 'sum-2016', quote: "| 2016 | 37.185.131 |", parts: ["26.754.319", "5.924.856", "36.720", "4.469.236"], total: "37.185.131", labels: ['bán lẻ hàng hóa', 'lưu trú, ăn uống', 'du lịch lữ hành', 'dịch vụ khác'] }),
    share({ id: 'retail-2016', quote: "71,95", x: "26.754.319", y: "37.185.131", stated: "71,95" }),
    share({ id: 'hospitality-2016', quote: "15,39", x: "5.924.856", y: "37.185.131", stated: "15,39", mistake: 'planted', original: '15,93', note: 'Two digits swapped.' }),
    share({ id: 'travel-2016', quote: "0,10", x: "36.720", y: "37.185.131", stated: "0,10" }),
    share({ id: 'other-2016', quote: "12,02", x: "4.469.236", y: "37.185.131", stated: "12,02" }),
    sum({ id: 'sum-2017', quote: "| 2017 | 41.029.385 |", parts: ["29.726.521", "6.651.299", "46.255", "4.605.310"], total: "41.029.385", labels: ['bán lẻ hàng hóa', 'lưu trú, ăn uống', 'du lịch lữ hành', 'dịch vụ khác'] }),
    share({ id: 'retail-2017', quote: "72,45", x: "29.726.521", y: "41.029.385", stated: "72,45" }),
    share({ id: 'hospitality-2017', quote: "16,21", x: "6.651.299", y: "41.029.385", stated: "16,21" }),
    share({ id: 'travel-2017', quote: "0,11", x: "46.255", y: "41.029.385", stated: "0,11" }),
    share({ id: 'other-2017', quote: "11,23", x: "4.605.310", y: "41.029.385", stated: "11,23", mistake: 'author', note: '4.605.310/41.029.385 = 11,224…%: the yearbook wrote 11,23 so that the row adds to 100,00.' }),
    sum({ id: 'sum-2018', quote: "| Sơ bộ - Prel. 2018 | 45.741.038 |", parts: ["32.979.221", "7.551.630", "54.074", "5.156.113"], total: "45.741.038", labels: ['bán lẻ hàng hóa', 'lưu trú, ăn uống', 'du lịch lữ hành', 'dịch vụ khác'] }),
    share({ id: 'retail-2018', quote: "72,10", x: "32.979.221", y: "45.741.038", stated: "72,10" }),
    share({ id: 'hospitality-2018', quote: "16,51", x: "7.551.630", y: "45.741.038", stated: "16,51" }),
    share({ id: 'travel-2018', quote: "0,21", x: "54.074", y: "45.741.038", stated: "0,21", mistake: 'planted', original: '0,12', note: 'Two digits swapped.' }),
    share({ id: 'other-2018', quote: "11,27", x: "5.156.113", y: "45.741.038", stated: "11,27" }),
  ],
});
