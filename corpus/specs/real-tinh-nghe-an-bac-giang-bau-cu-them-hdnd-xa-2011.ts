// Nghệ An, Bắc Giang, Phú Thọ: VietnamPlus, "Các địa phương bầu cử thêm đại biểu HĐND cấp xã" (title from the address),
// vietnamplus.vn/cac-dia-phuong-bau-cu-them-dai-bieu-hdnd-cap-xa/95579.vnp; opening. Planted: Minh Thành's 4/6 written 5/6,
// so the three units no longer add to the 13 deputies elected again.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-nghe-an-bac-giang-bau-cu-them-hdnd-xa-2011.txt',
  prefix: 'nab',
  claims: [
    sum({ id: 'nghe-an-re-elected-by-unit', quote: ['bầu cử lại 13 đại biểu', 'được bầu 5/7 đại biểu', 'huyện Yên Thành được bầu 5/6', 'huyện Diễn Châu được bầu 4/6'], parts: ['5', '5', '4'], total: '13', labels: ['Trù Sơn', 'Minh Thành', 'Diễn Trường'], mistake: 'planted', original: 'huyện Yên Thành được bầu 4/6 đại biểu', note: '5 + 5 + 4 = 14 against 13; the published 4/6 gives 13.' }),
    atLeast({ id: 'nghe-an-added-within-seats', quote: ['bầu thêm 83/137 đại biểu'], big: '137', small: '83' }),
    atLeast({ id: 'nghe-an-elected-within-fixed', quote: ['tỉnh Nghệ An là 12.441 đại biểu', 'được ấn định là 12.698 đại biểu'], big: '12.698', small: '12.441' }),
    atLeast({ id: 'bac-giang-added-within-planned', quote: ['dự kiến tổng số 161 đại biểu', 'bầu thêm được 87 đại biểu'], big: '161', small: '87' }),
    atLeast({ id: 'bac-giang-elected-within-fixed', quote: ['tỉnh Bắc Giang là 6.070 người', 'được ấn định bầu là 6416 người'], big: '6416', small: '6.070' }),
  ],
});
