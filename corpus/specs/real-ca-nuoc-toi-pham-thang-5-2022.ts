// Cả nước: Công an tỉnh Nghệ An's portal, "Số liệu về công tác đấu tranh phòng, chống tội phạm tháng 5/2022" (from Bộ Công an's
// portal), congan.nghean.gov.vn/thong-tin-chuyen-de/thong-ke/202205/so-lieu-ve-cong-tac-dau-tranh-phong-chong-toi-pham-thang-52022-952044/index.htm;
// whole (two chart captions left out). Every change against April is written as the change plus its percent.
// Planted: the drug cases' rise 123/1.826 = 6,74% written 6,47% (two digits swapped).
import { change, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-toi-pham-thang-5-2022.txt',
  prefix: 'vn22c',
  claims: [
    ratio({ id: 'solved-rate', quote: ['tỷ lệ khám phá đạt 85,53%', 'khám phá 3.043 vụ', 'Toàn quốc xảy ra 3.558 vụ'], x: '3.043', y: '3.558', stated: '85,53%' }),
    change({ id: 'cases-rise', quote: ['tăng 224 vụ (+6,72%)', 'Toàn quốc xảy ra 3.558 vụ'], x: '3.558', base: '3.558 − 224', stated: '6,72%', direction: 'tăng' }),
    change({ id: 'solved-rise', quote: ['tăng 150 số vụ khám phá (+5,18%)', 'khám phá 3.043 vụ'], x: '3.043', base: '3.043 − 150', stated: '5,18%', direction: 'tăng' }),
    change({ id: 'arrested-fall', quote: ['(-3,63%)', 'xử lý 6.001 đối tượng'], x: '6.001', base: '6.001 + 226', stated: '3,63%', direction: 'giảm' }),
    change({ id: 'gangs-rise', quote: ['(+65,22%)', 'triệt phá 38 băng'], x: '38', base: '38 − 15', stated: '65,22%', direction: 'tăng' }),
    change({ id: 'economic-rise', quote: ['tăng 52 vụ (+14,99%)', 'xảy ra 399 vụ'], x: '399', base: '399 − 52', stated: '14,99%', direction: 'tăng' }),
    change({ id: 'environment-rise', quote: ['tăng 11 vụ (+17,19%)', 'xảy ra 75 vụ'], x: '75', base: '75 − 11', stated: '17,19%', direction: 'tăng' }),
    change({ id: 'drug-rise', quote: ['tăng 123 vụ (+6,47%)', 'xảy ra 1.949 vụ'], x: '1.949', base: '1.949 − 123', stated: '6,47%', direction: 'tăng', mistake: 'planted', original: 'tăng 123 vụ (+6,74%)', note: 'April 1.826: 123/1.826 = 6,74%.' }),
    change({ id: 'wanted-rise', quote: ['tăng 11 đối tượng (+3,02%)', 'thanh loại 375 đối tượng'], x: '375', base: '375 − 11', stated: '3,02%', direction: 'tăng' }),
    change({ id: 'dangerous-wanted-rise', quote: ['tăng 18 đối tượng (+17,48%)', '121 đối tượng nguy hiểm'], x: '121', base: '121 − 18', stated: '17,48%', direction: 'tăng' }),
  ],
});
