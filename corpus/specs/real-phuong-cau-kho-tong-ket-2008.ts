// Phường Cầu Kho (Quận 1, TP.HCM): year-end review 2008, as published on a neighbouring ward's site
// (phuongnguyencutrinh.gov.vn/hoan-thanh-cac-chi-tieu-ke-hoach-phuong-cau-kho/).
import { ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-cau-kho-tong-ket-2008.txt',
  prefix: 'ck',
  claims: [
    ratio({ id: 'business-tax', quote: 'Thu thuế công thương nghiệp đạt 102% (4,896 tỷ/4,8 tỷ)', x: '4,896', y: '4,8', stated: '102%', note: 'The X/Y follows the percent in parentheses.' }),
    ratio({ id: 'land-tax', quote: 'thuế nhà đất đạt 120% (265 triệu/220 triệu)', x: '265', y: '220', stated: '120%', note: 'A whole-number percent: 120,45…% → 120%.' }),
  ],
});
