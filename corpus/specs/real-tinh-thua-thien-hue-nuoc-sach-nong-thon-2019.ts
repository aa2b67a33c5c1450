// Tỉnh Thừa Thiên Huế: thuathienhue.gov.vn, "Công bố số liệu tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh và nước sạch tại khu
// vực nông thôn tỉnh Thừa Thiên Huế năm 2019" (Quyết định 422/QĐ-UBND), thuathienhue.gov.vn/vi-vn/Thong-tin-dieu-hanh-cua-ubnd-tinh/tid/
// Cong-bo-so-lieu-ty-le-ho-gia-dinh-su-dung-nuoc-hop-ve-sinh-va-nuoc-sach-tai-khu-vuc-nong-thon-tinh-Thua-Thien-Hue-nam-2019/newsid/
// 065CCDA8-D17D-481A-ABDA-AB5F00AD46D6/cid/B2893D90-84EA-452E-9292-84FE4331533D; whole (the print links left out).
// Planted: the "tương đối bền vững" share 27% written 29% (the four levels of the water works then add to 102%).
// Trap: indices 1-4 are four separate rates of two populations (all households, poor households), not parts of a whole.
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-thua-thien-hue-nuoc-sach-nong-thon-2019.txt',
  prefix: 'tth19n',
  claims: [
    sum({ id: 'works-by-level', kind: 'share_percent', quote: ['tương đối bền vững 29%', 'Bền vững 46%', 'kém bền vững 24%', 'không hoạt động 3%'], parts: ['46%', '29%', '24%', '3%'], total: '100%', implicitTotal: true, labels: ['bền vững', 'tương đối bền vững', 'kém bền vững', 'không hoạt động'], mistake: 'planted', original: 'tương đối bền vững 27%', note: 'The levels of every piped-water works are one whole: as published 46 + 27 + 24 + 3 = 100%.' }),
    contradiction({ id: 'indices-not-parts', kind: 'share_percent', quote: ['Chỉ số 1 - Tỷ lệ hộ gia đình sử dụng nước hợp vệ sinh: 100%', 'đáp ứng Quy chuẩn Việt Nam (QCVN 02: 2009/BYT): 85%'], stated: '100%; 85%', expected: 'separate rates', consistent: true, reason: 'Clean water (85%) is a subset of hygienic water (100%), and indices 3-4 are of poor households: none of them are shares to be added.', trap: 'four percents in a row that are not shares of one whole.' }),
  ],
});
