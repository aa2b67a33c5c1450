// Phường 6 (quận Tân Bình, TP.HCM): the ward's portal, "HĐND phường tổ chức kỳ họp lần thứ 5",
// phuong6tanbinh.gov.vn/hdnd-phuong-tổ-chức-ky-họp-lan-thu-5/ (kỳ họp of 23/12/2017); whole (the view counter left out).
// Authors' slip: 3.551/3.884 households = 91,43%, so 91%, written "đạt 92%".
import { ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-6-tan-binh-hdnd-2017.txt',
  prefix: 'p6tb17',
  claims: [
    ratio({ id: 'cultured-households', quote: ['3.551/3.884 hộ đạt gia đình văn hóa đạt 92%'], x: '3.551', y: '3.884', stated: '92%', mistake: 'author', note: '3.551/3.884 = 91,43%, a whole-number 91%, not 92%.' }),
  ],
});
