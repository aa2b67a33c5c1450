// Phường Xuân Bình (TP Long Khánh, Đồng Nai): the ward's page on the Đồng Nai science department's portal, "Tiềm năng kinh tế xã
// hội" (title from the address), sub.dost-dongnai.gov.vn/xuanbinh/Pages/tiemnangktxh.aspx; whole as stored (line breaks as
// published; "Tổng số hộ … 2.148 người" as published). Land by use and roads; date not stored.
// Authors' slips: agricultural land 6,61/120,99 = 5,463%, written 5,47%; residential land 34,86/120,99 = 28,812%, written 28,82%.
// Planted: the asphalt roads 7,97 km written 7,79 km (with 2,0 km of dirt roads they no longer make the 9,97 km).
// Trap: the three land shares add to 86,52%: the list (agricultural, special-use, residential) leaves out other land.
import { contradiction, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-xuan-binh-dat-dai-giao-thong.txt',
  prefix: 'xb-dd',
  claims: [
    ratio({ id: 'agri-share', kind: 'share_percent', quote: ['6,61 ha - Tỷ lệ: 5,47%', 'tự nhiên: 120,99 ha'], x: '6,61 ha', y: '120,99 ha', stated: '5,47%', mistake: 'author', note: '6,61/120,99 = 5,463%, so 5,46%.' }),
    ratio({ id: 'special-share', kind: 'share_percent', quote: ['63,19 ha - Tỷ lệ: 52,23%', 'tự nhiên: 120,99 ha'], x: '63,19 ha', y: '120,99 ha', stated: '52,23%' }),
    ratio({ id: 'residential-share', kind: 'share_percent', quote: ['34,86 ha - Tỷ lệ: 28,82%', 'tự nhiên: 120,99 ha'], x: '34,86 ha', y: '120,99 ha', stated: '28,82%', mistake: 'author', note: '34,86/120,99 = 28,812%, so 28,81%.' }),
    contradiction({ id: 'land-shares-partial', kind: 'share_percent', quote: ['Tỷ lệ: 100%', 'Tỷ lệ: 5,47%', 'Tỷ lệ: 52,23%', 'Tỷ lệ: 28,82%'], stated: '5,47% + 52,23% + 28,82%', expected: '≤ 100%', consistent: true, reason: 'Three uses are listed (86,52% of the land, 104,66 of 120,99 ha); the remaining land (other non-agricultural uses) is not: a partial list under the 100%.', trap: 'shares of a whole that do not reach 100% because the list is partial.' }),
    sum({ id: 'roads-by-surface', quote: ['hẻm 9,97km', 'đường nhựa: 7,79km', 'đường đất: 2,0km'], parts: ['7,79 km', '2,0 km'], total: '9,97 km', labels: ['đường nhựa', 'đường đất'], mistake: 'planted', original: 'Số km đường nhựa: 7,97km', note: 'As published, 7,97 + 2,0 = 9,97 km.' }),
  ],
});
