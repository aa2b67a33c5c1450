// Thị xã Đông Triều (Quảng Ninh): the town's portal, introduction page "Đặc điểm dân số, xã hội",
// dongtrieu.quangninh.gov.vn/Trang/ChiTietBVGioiThieu.aspx?bvid=275, 14/12/2022; whole (site menus, calendar and
// visit counter left out). The urban and rural households add to the town's; its 3,8 persons a household cannot be:
// 180.885/48.866 = 3,70, and an average of 3,67 and 3,52 cannot exceed 3,67. The income rise has no last year's figure.
import { quotient, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tx-dong-trieu-dan-so-2021.txt',
  prefix: 'dtr',
  claims: [
    sum({ id: 'households-by-area', quote: ['Số hộ dân trong thị xã: 48.866 hộ', 'Khu vực đô thị: 20.680 hộ', 'Khu vực nông thôn: 28.186 hộ'], parts: ['20.680', '28.186'], total: '48.866', labels: ['đô thị', 'nông thôn'] }),
    quotient({ id: 'persons-per-household', quote: ['bình quân 3,8 người/hộ', 'năm 2021 là 180.885 người', '48.866 hộ'], x: '180.885', y: '48.866', stated: '3,8', mistake: 'author', note: '180.885 persons in 48.866 households are 3,70 a household; the areas\' 3,67 and 3,52 also put the town\'s average below 3,67.' }),
    sum({ id: 'sex-shares', quote: ['tỷ lệ nam là 50,2% và tỷ lệ nữ là 48,9%'], parts: ['50,2', '48,9'], total: '100', implicitTotal: true, rounded: true, mistake: 'planted', original: 'tỷ lệ nữ là 49,8%', note: 'Men and women must make 100%; 50,2 + 48,9 = 99,1.' }),
  ],
});
