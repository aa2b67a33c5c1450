// Tỉnh Đắk Lắk (with Nghệ An, Cà Mau, Thái Bình): báo Lạng Sơn, "Các địa phương công bố những người trúng cử đại biểu HĐND
// tỉnh", baolangson.vn/chinh-tri/21780-cac-dia-phuong-cong-bo-nhung-nguoi-trung-cu-dai-bieu-hdnd-tinh.html; opening (the
// site's date line left out). Shares of the 85 elected; counts written in words ("ba", "sáu", "năm") are read as 3, 6, 5.
// Planted: the ethnic-minority share 28,24% written 28,42% (digits swapped).
import { atLeast, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-dak-lak-bau-cu-hdnd-tinh-2016.txt',
  prefix: 'dlb',
  claims: [
    share({ id: 'women', quote: ['19 nữ, chiếm tỷ lệ 22,35%', 'có 85 người trúng cử'], x: '19', y: '85', stated: '22,35%' }),
    share({ id: 'ethnic', quote: ['24 đại biểu, chiếm tỷ lệ 28,42%', 'có 85 người trúng cử'], x: '24', y: '85', stated: '28,42%', mistake: 'planted', original: 'chiếm tỷ lệ 28,24%', note: '24/85 = 28,235%: 28,24%.' }),
    share({ id: 'young', quote: ['chiếm tỷ lệ 3,53%', 'tuổi trẻ có ba đại biểu', 'có 85 người trúng cử'], x: '3', y: '85', stated: '3,53%' }),
    share({ id: 'non-party', quote: ['chiếm tỷ lệ 7,06%', 'ngoài Đảng có sáu đại biểu', 'có 85 người trúng cử'], x: '6', y: '85', stated: '7,06%' }),
    share({ id: 're-elected', quote: ['32 đại biểu, chiếm tỷ lệ 37,65%', 'có 85 người trúng cử'], x: '32', y: '85', stated: '37,65%' }),
    share({ id: 'religious', quote: ['chiếm tỷ lệ 5,88%', 'tôn giáo có năm đại biểu', 'có 85 người trúng cử'], x: '5', y: '85', stated: '5,88%' }),
    atLeast({ id: 'elected-within-candidates', quote: ['tổng số 141 ứng cử viên', 'có 85 người trúng cử'], big: '141', small: '85' }),
    atLeast({ id: 'ca-mau-elected-within-candidates', quote: ['trong số 91 người ứng cử', 'có 54 người trúng cử (11 nữ)'], big: '91', small: '54' }),
  ],
});
