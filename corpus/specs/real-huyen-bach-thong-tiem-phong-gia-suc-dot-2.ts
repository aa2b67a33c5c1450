// Huyện Bạch Thông (Bắc Kạn): the second vaccination round of the year for cattle and pigs, from the district
// portal (bachthong.gov.vn/tiem-phong-gia-suc-dot-2-dat-thap/); whole, undated in the stored copy. The plan
// of each vaccine is given in the sentence before its result; the results are whole-number percents of it.
import { atLeast, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-bach-thong-tiem-phong-gia-suc-dot-2.txt',
  prefix: 'btp',
  claims: [
    ratio({ id: 'fmd-cattle', quote: ['được trên 1.800 liều, đạt 53% kế hoạch', 'tiêm 3.400 liều vacxin lở mồm, long móng'], x: '1.800', y: '3.400', stated: '53%', note: '"Trên 1.800" against the plan of 3.400: 52,94%, 53% whole.' }),
    atLeast({ id: 'pasteurellosis-cattle', quote: ['tụ huyết trùng gần 2.000 liều đạt 58% kế hoạch', '3.400 liều vacxin tụ huyết trùng cho đàn trâu, bò'], big: '2.000', small: '1.972', trap: '"gần 2.000" is a rounded count: 58% of the 3.400 planned is 1.972 doses, just under 2.000; 2.000/3.400 = 58,8% is not what the report claims.' }),
    ratio({ id: 'pasteurellosis-pigs', quote: ['Tụ huyết trùng lợn trên 1.800 liều, đạt 60% kế hoạch', 'kế hoạch tiêm 6.000 liều tụ huyết trùng'], x: '1.800', y: '6.000', stated: '60%', mistake: 'planted', original: 'Tụ huyết trùng lợn trên 1.800 liều, đạt 30% kế hoạch', note: 'The pigs\' plan is 6.000 doses: 1.800 is 30%; 60% is 1.800 over the 3.000 planned for leptospirosis.' }),
    ratio({ id: 'swine-fever', quote: ['dịch tả 1.800 liều đạt 30% kế hoạch', '6.000 liều dịch tả'], x: '1.800', y: '6.000', stated: '30%' }),
    ratio({ id: 'leptospirosis', quote: ['lép tô 325 liều, đạt 10% kế hoạch', '3.000 liều lép tô'], x: '325', y: '3.000', stated: '10%', mistake: 'planted', original: 'lép tô 325 liều, đạt 11% kế hoạch', note: '325/3.000 = 10,83%, 11% whole; the plan is two sentences before the result.' }),
  ],
});
