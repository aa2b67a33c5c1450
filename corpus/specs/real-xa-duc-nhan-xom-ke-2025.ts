// Xóm Kế, xã Đức Nhàn (Phú Thọ): the 2025 great-solidarity day, from báo Phú Thọ
// (baophutho.vn/ngay-hoi-dai-doan-ket-toan-dan-toc-xom-ke-xa-duc-nhan-242127.htm), 03/11/2025; opening as stored.
import { report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-duc-nhan-xom-ke-2025.txt',
  prefix: 'xke',
  claims: [
    share({ id: 'poor-share', quote: 'giảm còn 17 hộ, chiếm 22%', x: '17', y: '75', stated: '22%', mistake: 'planted', original: 'giảm còn 17 hộ, chiếm 23%', note: 'The hamlet\'s 75 households are given three sentences earlier; 17/75 = 22,67%, which a whole-number percent writes 23%; 22% is truncated.' }),
    share({ id: 'near-poor-share', quote: 'giảm còn 12 hộ, chiếm 16%', x: '12', y: '75', stated: '16%' }),
  ],
});
