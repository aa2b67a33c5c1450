// Cục Thống kê Quảng Ngãi, statistical yearbook 2016, table 188: structure of retail sales by ownership
// and by commodity group (%), as published (thongkequangngai.com/niengiam2016/files/assets/basic-html/page293.html);
// the flattened HTML table is set as a pipe table, columns 2010, 2013, 2014, 2015, 2016.
// "-" is read as nothing (0,00: an exact zero, no rounding slack). Tập thể, Tư nhân and Cá thể are the parts of Ngoài Nhà nước.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-ngai-nien-giam-ban-le-2016.md',
  prefix: 'qn',
  claims: [
    sum({ id: 'ownership-2010', quote: ["| Nhà nước - State | 5,68 |"], parts: ["5,68", "94,32"], total: '100', implicitTotal: true, rounded: true }),
    sum({ id: 'non-state-2010', quote: ["94,32", "23,25"], parts: ["0,09", "23,25", "70,98"], total: "94,32", rounded: true, labels: ['tập thể', 'tư nhân', 'cá thể'] }),
    sum({ id: 'commodities-2010', quote: ["35,33"], parts: ["35,33", "4,92", "16,1", "0,8", "5,07", "6,32", "13,66", "1,77", "16,03"], total: '100', implicitTotal: true, rounded: true }),
    sum({ id: 'ownership-2013', quote: ["13,06"], parts: ["13,06", "86,94"], total: '100', implicitTotal: true, rounded: true }),
    sum({ id: 'non-state-2013', quote: ["86,94", "| Tập thể - Collective | 0,09 | - |", "18,46", "68,3"], parts: ["0,00", "18,46", "68,3"], total: "86,94", rounded: true, labels: ['tập thể', 'tư nhân', 'cá thể'], mistake: 'planted', original: '18,64', note: 'Two digits swapped in Tư nhân.' }),
    sum({ id: 'commodities-2013', quote: ["39,9"], parts: ["39,9", "5,71", "7,88", "0,73", "6,02", "10,24", "17,02", "1,62", "10,88"], total: '100', implicitTotal: true, rounded: true }),
    sum({ id: 'ownership-2014', quote: ["11,09"], parts: ["11,09", "88,91"], total: '100', implicitTotal: true, rounded: true }),
    sum({ id: 'non-state-2014', quote: ["88,91", "18,21"], parts: ["0,00", "18,21", "70,7"], total: "88,91", rounded: true, labels: ['tập thể', 'tư nhân', 'cá thể'] }),
    sum({ id: 'commodities-2014', quote: ["42,41", "5,62", "| 7,9 |", "0,46", "| Gỗ và vật liệu xây dựng - Wood and construction materials | 5,07 | 6,02 | 6,32 |", "9,03", "15,9", "| Sửa chữa ô tô, xe máy và xe có động cơ khác - Repairing of motor vehicles, motor cycles | 1,77 | 1,62 | 1,62 |", "11,24"], parts: ["42,41", "5,62", "7,9", "0,46", "6,32", "9,03", "15,9", "1,62", "11,24"], total: '100', implicitTotal: true, rounded: true, mistake: 'planted', original: '15,4', note: 'Xăng dầu changed: the commodity shares add to 100,5.' }),
    sum({ id: 'ownership-2015', quote: ["9,53"], parts: ["9,53", "90,47"], total: '100', implicitTotal: true, rounded: true }),
    sum({ id: 'non-state-2015', quote: ["90,47", "20,70"], parts: ["0,04", "20,70", "69,74"], total: "90,47", rounded: true, labels: ['tập thể', 'tư nhân', 'cá thể'] }),
    sum({ id: 'commodities-2015', quote: ["44,70"], parts: ["44,70", "5,72", "8,50", "0,59", "7,67", "7,99", "13,54", "1,70", "9,59"], total: '100', implicitTotal: true, rounded: true }),
    sum({ id: 'ownership-2016', quote: ["6,82"], parts: ["6,82", "93,18"], total: '100', implicitTotal: true, rounded: true }),
    sum({ id: 'non-state-2016', quote: ["93,18", "22,98"], parts: ["0,03", "22,98", "70,16"], total: "93,18", rounded: true, labels: ['tập thể', 'tư nhân', 'cá thể'] }),
    sum({ id: 'commodities-2016', quote: ["44,82"], parts: ["44,82", "5,68", "8,61", "0,60", "8,12", "8,06", "13,22", "1,44", "9,45"], total: '100', implicitTotal: true, rounded: true }),
  ],
});
