// Tỉnh Thừa Thiên Huế, floods of 14-15/10/2022: Pháp Luật TP.HCM, "Thừa Thiên - Huế: Mưa lũ làm 2 người chết, thiệt hại hơn 337 tỉ
// đồng" (title from the address; Ban chỉ huy PCTT&TKCN tỉnh), plo.vn/thua-thien-hue-mua-lu-lam-2-nguoi-chet-thiet-hai-hon-337-ti-dong-post704180.html;
// opening as stored ("500-600m" as published).
// Authors' slip: the seven fields 120,1 + 1 + 7,3 + 47,4 + 159,5 + 0,5 + 0,8 = 336,6 tỉ, not the 337,6 they are a split of.
// Planted: the lead's 337,6 tỉ written 373,6 (against the next paragraph's 337,6).
import { report, repeat, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-thua-thien-hue-thiet-hai-mua-lu-10-2022.txt',
  prefix: 'tth22m',
  claims: [
    repeat({ id: 'total-twice', quote: ['bị thiệt hại 373,6 tỉ đồng', 'bị thiệt 337,6 tỉ đồng'], values: ['337,6 tỉ đồng', '373,6 tỉ đồng'], mistake: 'planted', original: 'bị thiệt hại 337,6 tỉ đồng', note: 'The lead and the next paragraph give the same total; as published both say 337,6.' }),
    sum({ id: 'damage-by-field', quote: ['bị thiệt 337,6 tỉ đồng', 'nhà ở là 120,1 tỉ đồng', 'giáo dục là 1 tỉ đồng', 'lâm nghiệp là 7,3 tỉ đồng', 'thủy lợi là 47,4 tỉ đồng', 'giao thông là 159,5 tỉ đồng', 'thông tin liên lạc là 0,5 tỉ đồng', 'điện lực là 0,8 tỉ đồng'], parts: ['120,1 tỉ đồng', '1 tỉ đồng', '7,3 tỉ đồng', '47,4 tỉ đồng', '159,5 tỉ đồng', '0,5 tỉ đồng', '0,8 tỉ đồng'], total: '337,6 tỉ đồng', labels: ['nhà ở', 'giáo dục', 'nông, lâm nghiệp', 'thủy lợi', 'giao thông', 'thông tin liên lạc', 'điện lực'], rounded: true, mistake: 'author', note: 'The fields after "Cụ thể" add to 336,6 tỉ, a whole 1 tỉ short of 337,6 (beyond their rounding).' }),
  ],
});
