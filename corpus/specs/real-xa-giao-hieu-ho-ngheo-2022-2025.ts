// Xã Giáo Hiệu (huyện Pác Nặm, Bắc Kạn): the district's portal, "Tỷ lệ hộ nghèo của xã Giáo Hiệu còn 42% theo chuẩn nghèo mới
// giai đoạn 2022-2025", pacnam.gov.vn/ty-le-ho-ngheo-cua-xa-giao-hieu-con-42-theo-chuan-ngheo-moi-giai-doan-2022-2025/;
// whole (the image caption and the previous/next links left out). The deprivation shares are of the 181 poor households.
// Planted: the households short of adult education 115 written 151 (two digits swapped; 63,54% is 115/181).
import { atLeast, contradiction, ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-giao-hieu-ho-ngheo-2022-2025.txt',
  prefix: 'gh22',
  claims: [
    ratio({ id: 'poor-share', quote: ['tương đương tỷ lệ 42%', 'còn 181 hộ nghèo', 'tổng số 431 hộ dân'], x: '181', y: '431', stated: '42%' }),
    repeat({ id: 'headline-poor-share', quote: ['Giáo Hiệu còn 42%', 'tương đương tỷ lệ 42%'], values: ['42%', '42%'] }),
    ratio({ id: 'jobs-deprivation', quote: ['tương đương 73,48%', 'lần lượt là 133', 'còn 181 hộ nghèo'], x: '133', y: '181', stated: '73,48%', note: 'The base is the 181 poor households, a sentence before.' }),
    ratio({ id: 'education-deprivation', quote: ['và 63,54%', 'và 151 lượt hộ', 'còn 181 hộ nghèo'], x: '151', y: '181', stated: '63,54%', mistake: 'planted', original: '133 và 115 lượt hộ', note: 'As published, 115/181 = 63,54%; 151/181 = 83,43%.' }),
    ratio({ id: 'near-poor-share', quote: ['với 12,99%, tương ứng với 56 hộ', 'tổng số 431 hộ dân'], x: '56', y: '431', stated: '12,99%' }),
    atLeast({ id: 'people-within-commune', quote: ['trên 2.000 nhân khẩu', 'với 882 nhân khẩu', '56 hộ, 254 nhân khẩu'], big: '2.000', small: '882 + 254' }),
    contradiction({ id: 'water-none', kind: 'other', quote: ['không có hộ nghèo bị thiếu hụt', 'nguồn nước sinh hoạt'], stated: 'không có', expected: 'no count of water-deprived households given', consistent: true, reason: 'Only jobs (133) and adult education are given counts; nothing counts households short of water.', trap: 'a "không có" in the same sentence as counts of other deprivations.' }),
    contradiction({ id: 'below-fifty', kind: 'other', quote: ['có tỷ lệ hộ nghèo dưới 50%', 'tương đương tỷ lệ 42%'], stated: 'dưới 50%', expected: '42%', consistent: true, reason: '42% is below 50%, and below the other communes\' 58% to over 67%.' }),
  ],
});
