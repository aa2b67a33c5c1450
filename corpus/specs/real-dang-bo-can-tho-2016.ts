// Đảng bộ thành phố Cần Thơ: rating of its 709 grassroots organisations for 2016, as published by báo
// Cần Thơ (25/05/2017).
import { report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-dang-bo-can-tho-2016.txt',
  prefix: 'ct',
  claims: [
    share({ id: 'clean-strong', quote: 'có 439 TCCSĐ đạt trong sạch vững mạnh (chiếm 62,62%)', x: '439', y: '709', stated: '62,62%', mistake: 'author', note: '439/709 is 61,92%; 62,62% would be 444 organisations (the four shares do add to 100%).' }),
    share({ id: 'exemplary-of-clean', quote: 'có 107 TCCSĐ đạt trong sạch vững mạnh tiêu biểu (chiếm 24,37%)', x: '107', y: '439', stated: '24,37%', trap: 'the share is of the 439 (trong đó), not of all 709 organisations (15,09%).' }),
    sum({ id: 'ratings-add-to-100', quote: ['(chiếm 62,62%)', 'có 30,96% TCCSĐ hoàn thành tốt nhiệm vụ'], parts: ['62,62', '30,96', '6,13', '0,29'], total: '100', implicitTotal: true, rounded: true }),
  ],
});
