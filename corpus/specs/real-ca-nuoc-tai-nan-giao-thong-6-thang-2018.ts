// Cả nước: Việt Báo (vietbao.com, quoting VietnamPlus), six months of traffic accidents 2018 (title from the address "VN: 6
// tháng đụng xe chết 4.100 người"), vietbao.com/a283015/vn-6-thang-dung-xe-chet-4-100-nguoi; opening as stored (sentences run
// together as published; the road and rail falls written with a decimal point, "-6.01%"). The modes listed (road, rail, inland
// water) are not all the modes: they leave 8 cases and 1 death to others.
// Planted: the fall of deaths 31/4.134 = 0,75%, written 0,57% (the base given a sentence before); "9 địa phương" of the nine
// provinces named, written "8 địa phương".
import { atLeast, change, contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tai-nan-giao-thong-6-thang-2018.txt',
  prefix: 'tg0618',
  claims: [
    change({ id: 'cases', quote: ['giảm 594 vụ (giảm 6,19%)', 'toàn quốc xảy ra 8.999 vụ'], x: '8.999', base: '8.999 + 594', stated: '6,19%', direction: 'giảm' }),
    change({ id: 'deaths', quote: ['giảm 31 người (giảm 0,57%)', 'làm chết 4.103 người'], x: '4.103', base: '4.103 + 31', stated: '0,57%', direction: 'giảm', mistake: 'planted', original: 'số người chết giảm 31 người (giảm 0,75%)', note: '31/4.134 = 0,75%; digits swapped.' }),
    change({ id: 'injured', quote: ['giảm 908 người (giảm 11,44%)', 'bị thương 7.027 người'], x: '7.027', base: '7.027 + 908', stated: '11,44%', direction: 'giảm' }),
    change({ id: 'road-cases', quote: ['giảm 568 vụ (-6.01%)', 'đường bộ xảy ra 8.889 vụ'], x: '8.889', base: '8.889 + 568', stated: '6.01%', direction: 'giảm' }),
    change({ id: 'road-deaths', quote: ['giảm 04 người chết (-0.10%)', 'làm chết 4.027 người'], x: '4.027', base: '4.027 + 04', stated: '0.10%', direction: 'giảm' }),
    change({ id: 'road-injured', quote: ['giảm 893 người bị thương (-11.32%)', 'bị thương 6.997 người'], x: '6.997', base: '6.997 + 893', stated: '11.32%', direction: 'giảm' }),
    change({ id: 'rail-cases', quote: ['giảm 14 vụ (-18.42%)', 'Đường sắt xảy ra 62 vụ'], x: '62', base: '62 + 14', stated: '18.42%', direction: 'giảm' }),
    change({ id: 'rail-deaths', quote: ['giảm 12 người chết (-18.46%)', 'làm chết 53 người'], x: '53', base: '53 + 12', stated: '18.46%', direction: 'giảm' }),
    change({ id: 'rail-injured', quote: ['giảm 02 người bị thương (-6.67%)', 'bị thương 28 người'], x: '28', base: '28 + 02', stated: '6.67%', direction: 'giảm' }),
    atLeast({ id: 'cases-by-mode', quote: ['xảy ra 8.999 vụ tai nạn', 'đường bộ xảy ra 8.889 vụ', 'Đường sắt xảy ra 62 vụ', 'Đường thuỷ nội địa xảy ra 40 vụ'], big: '8.999', small: '8.889 + 62 + 40', trap: 'parts listed after "Trong đó" that are not all the modes (8 cases left, e.g. maritime).' }),
    atLeast({ id: 'deaths-by-mode', quote: ['làm chết 4.103 người', 'làm chết 4.027 người', 'làm chết 53 người', 'làm chết 22 người'], big: '4.103', small: '4.027 + 53 + 22', trap: 'the modes listed are not all the modes (1 death left).' }),
    atLeast({ id: 'injured-by-mode', quote: ['bị thương 7.027 người', 'bị thương 6.997 người', 'bị thương 28 người', 'bị thương 02 người'], big: '7.027', small: '6.997 + 28 + 02' }),
    atLeast({ id: 'case-fall-by-mode', quote: ['giảm 594 vụ', 'giảm 568 vụ', 'giảm 14 vụ'], big: '594', small: '568 + 14' }),
    atLeast({ id: 'death-fall-by-mode', quote: ['giảm 31 người (', 'giảm 04 người chết', 'giảm 12 người chết'], big: '31', small: '04 + 12' }),
    atLeast({ id: 'injured-fall-by-mode', quote: ['giảm 908 người', 'giảm 893 người bị thương', 'giảm 02 người bị thương'], big: '908', small: '893 + 02' }),
    atLeast({ id: 'lead-deaths', quote: ['Hơn 4.100 người tử vong', 'làm chết 4.103 người'], big: '4.103', small: '4.100', note: '"Hơn 4.100" in the lead is the 4.103 deaths.' }),
    contradiction({ id: 'provinces-over-100', kind: 'sum_parts', quote: ['ở 4 tỉnh Cà Mau, Hải Dương, Bắc Giang, Tây Ninh'], stated: '4', expected: '4 provinces named', consistent: true, reason: 'Four provinces are named.' }),
    contradiction({ id: 'provinces-over-20', kind: 'sum_parts', quote: ['trong đó 8 địa phương giảm trên 20% số người chết là Vĩnh Phúc, Lào Cai, Bạc Liêu, Yên Bái, An Giang, Hải Phòng, Tuyên Quang, Thanh Hóa, Đắc Lắc'], stated: '8', expected: '9 provinces named', consistent: false, reason: 'Nine provinces are named after "8 địa phương".', mistake: 'planted', original: 'trong đó 9 địa phương giảm trên 20% số người chết' }),
    atLeast({ id: 'provinces-within', quote: ['có 35 tỉnh, thành phố', 'trong đó 8 địa phương'], big: '35', small: '8' }),
  ],
});
