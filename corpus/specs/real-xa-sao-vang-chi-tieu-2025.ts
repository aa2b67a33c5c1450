// Xã Sao Vàng (Thanh Hóa): báo Thanh Hóa, "Xã Sao Vàng hoàn thành và hoàn thành vượt mức 23/25 chỉ tiêu",
// baothanhhoa.vn/xa-sao-vang-hoan-thanh-va-hoan-thanh-vuot-muc-23-25-chi-tieu-272790.htm, 23/12/2025; opening (the
// stored copy ends in the defence paragraph). The budget's 135,7% and 317% have no amounts (not labelled); the houses
// 53/53 are a count, not a rate.
import { repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-sao-vang-chi-tieu-2025.txt',
  prefix: 'svc',
  claims: [
    sum({ id: 'targets-met', quote: ['hoàn thành và hoàn thành vượt mức 23/25 chỉ tiêu', 'đã hoàn thành vượt mức kế hoạch 10/25 chỉ tiêu', 'có 12 chỉ tiêu hoàn thành kế hoạch'], parts: ['10', '12'], total: '23', labels: ['hoàn thành vượt mức', 'hoàn thành'], mistake: 'planted', original: 'có 13 chỉ tiêu hoàn thành kế hoạch', note: 'The targets beaten and met add to 22, not the headline\'s 23.' }),
    repeat({ id: 'targets-count', quote: ['Trong tổng số 25 chỉ tiêu của xã đề ra', 'vượt mức kế hoạch 10/25 chỉ tiêu'], values: ['25', '25'] }),
    repeat({ id: 'targets-count-headline', quote: ['vượt mức 23/25 chỉ tiêu', 'Trong tổng số 25 chỉ tiêu của xã đề ra'], values: ['25', '25'] }),
  ],
});
