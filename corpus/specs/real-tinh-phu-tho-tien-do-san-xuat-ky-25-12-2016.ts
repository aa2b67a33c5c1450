// Sở NN&PTNT Phú Thọ: farm progress report for the period to 25/12/2016, as published on snnphutho.vn
// (Home/Tien-do-san-xuat/2017/891/Bao-cao-tien-do-ky-25122016.aspx). The page's table ("Biểu", one cell per
// line in the stored copy) is set as a pipe table; the copy breaks off in "3. Tình hình khác".
// Each row: "So sánh %" = this period / same period of 2015, "+,-" = the difference; the text repeats rows.
import { difference, ratio, repeat, report } from '../../scripts/corpus/relations';

const row = (id: string, label: string, last: string, now: string, pct: string, diff: string, extra: { pctMistake?: string; diffMistake?: string } = {}) => [
  ratio({ id: `${id}-pct`, quote: `| ${last} | ${now} | ${pct} |`, x: now, y: last, stated: pct, note: `${label}: this period over the same period of 2015 (table).`, ...(extra.pctMistake ? { mistake: 'planted' as const, original: extra.pctMistake, note: `${label}: the table's % column has two digits swapped (published ${extra.pctMistake}).` } : {}) }),
  difference({ id: `${id}-diff`, quote: `| ${pct} | ${diff} |`, a: now, b: last, stated: diff, note: `${label}: this period less the same period of 2015 (table).`, ...(extra.diffMistake ? { mistake: 'planted' as const, original: extra.diffMistake, note: `${label}: the table's +,- column has two digits swapped (published ${extra.diffMistake}).` } : {}) }),
];

export default report({
  doc: 'real-tinh-phu-tho-tien-do-san-xuat-ky-25-12-2016.md',
  prefix: 'ptd',
  claims: [
    ...row('maize-area', 'Ngô, diện tích thu hoạch', '2.629,0', '1.555,9', '59,2', '-1.073,1'),
    ...row('maize-yield', 'Ngô, năng suất', '45,5', '44,7', '98,2', '-0,8'),
    ...row('veg-area', 'Rau các loại', '3.265,1', '2.402,5', '76,3', '-862,6', { pctMistake: '| 2.402,5 | 73,6 |' }),
    ...row('veg-yield', 'Rau, năng suất', '134,6', '136,1', '101,1', '1,5'),
    ...row('ploughed', 'Ruộng cày', '9.293,6', '12.395,9', '133,4', '3.012,3', { diffMistake: '| 133,4 | 3.102,3 |' }),
    ...row('harrowed', 'Ruộng bừa', '6.490,7', '6.448,9', '99,4', '-41,8'),
    ...row('seed', 'Thóc giống đã gieo', '70,2', '102,5', '146,0', '32,3'),
    ...row('hybrid-seed', 'TĐ: Lúa lai', '15,6', '38,1', '244,2', '22,5'),
    repeat({ id: 'maize-area-text-table', quote: ['Diện tích thu hoạch 1.555,9 ha', '| 2.629,0 | 1.555,9 |'], values: ['1.555,9 ha', '1.555,9 ha'] }),
    repeat({ id: 'veg-area-text-table', quote: ['Rau 2.402,5 ha', '| 3.265,1 | 2.402,5 |'], values: ['2.402,5 ha', '2.402,5 ha'] }),
    repeat({ id: 'ploughed-text-table', quote: ['Ruộng cày: 12.395,9 ha', '| 9.293,6 | 12.395,9 |'], values: ['12.395,9 ha', '12.395,9 ha'] }),
    repeat({ id: 'harrowed-text-table', quote: ['Ruộng bừa: 6.484,9 ha', '| 6.490,7 | 6.448,9 |'], values: ['6.484,9 ha', '6.448,9 ha'], mistake: 'planted', original: 'Ruộng bừa: 6.448,9 ha', note: 'The text and the table row "Ruộng bừa" give the harrowed area with two digits swapped.' }),
    repeat({ id: 'seed-text-table', quote: ['Thóc giống đã gieo: 102,5 tấn', '| 70,2 | 102,5 |'], values: ['102,5 tấn', '102,5 tấn'] }),
    repeat({ id: 'hybrid-seed-text-table', quote: ['trong đó lúa lai 38,1 tấn', '| 15,6 | 38,1 |'], values: ['38,1 tấn', '38,1 tấn'] }),
  ],
});
