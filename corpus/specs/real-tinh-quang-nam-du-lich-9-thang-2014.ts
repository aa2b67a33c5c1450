// Tỉnh Quảng Nam: báo Quảng Nam, "Thu nhập xã hội từ du lịch ước đạt 3.500 tỷ đồng" (Sở VH-TT&DL's figures for nine
// months of 2014), baoquangnam.vn/du-lich/thu-nhap-xa-hoi-tu-du-lich-uoc-dat-3500-ty-dong-23114.html; whole. The 3
// million visitors are split twice: international + domestic, and sightseeing + staying (in million, the way the text
// writes the first three). Planted: the staying visitors 920.000 written 290.000 (two digits swapped), so sightseeing
// + staying make 2,29 million, not 3.
import { repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-nam-du-lich-9-thang-2014.txt',
  prefix: 'qdl14',
  claims: [
    sum({ id: 'visitors-by-origin', quote: ['trên địa bàn tỉnh ước đạt 3 triệu lượt khách', 'khách quốc tế ước đạt 1,6 triệu lượt khách', 'khách nội địa ước đạt 1,4 triệu lượt khách'], parts: ['1,6', '1,4'], total: '3', labels: ['quốc tế', 'nội địa'] }),
    sum({ id: 'visitors-by-kind', quote: ['trên địa bàn tỉnh ước đạt 3 triệu lượt khách', 'khách tham quan ước đạt 2 triệu lượt khách', 'khách lưu trú ước đạt 290.000 lượt'], parts: ['2', '0,29'], total: '3', labels: ['tham quan', 'lưu trú'], mistake: 'planted', original: 'khách lưu trú ước đạt 920.000 lượt', note: '2 + 0,92 = 2,92, about the 3 million; with 290.000 the parts make 2,29 million.' }),
    repeat({ id: 'headline-social-income', quote: ['Thu nhập xã hội từ du lịch ước đạt 3.500 tỷ đồng\n', 'Thu nhập xã hội từ du lịch ước đạt 3.500 tỷ đồng.'], values: ['3.500', '3.500'] }),
  ],
});
