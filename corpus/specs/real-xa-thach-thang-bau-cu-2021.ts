// Xã Thạch Thắng (huyện Thạch Hà, Hà Tĩnh): the commune's election committee announces the 2021-2026 commune
// council, from the commune portal (xathachthang.thachha.gov.vn/portal/pages/2021-6-1/Xa-Thach-Thang-cong-bo-25-nguoi-trung-cu-dai-bieu-xdw0cnpbviv0.aspx);
// whole, counters left out. The stored copy has no title.
import { ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-thach-thang-bau-cu-2021.txt',
  prefix: 'tth',
  claims: [
    sum({ id: 'returning-and-new', quote: ['Có 16/25 đại biểu tái cử; 09/25 đại biểu tham gia lần đầu', '25 đại biểu HĐND xã.'], parts: ['16', '09'], total: '25', labels: ['tái cử', 'lần đầu'], note: 'Every elected member either sat before or is new. The second quote locates the 25 members elected.' }),
    repeat({ id: 'members-twice', quote: ['25 đại biểu HĐND xã.', 'Trong số 26 người trúng cử'], values: ['25', '26'], mistake: 'planted', original: 'Trong số 25 người trúng cử', note: 'The paragraph after the one that says 25 members were elected counts 26 of them.' }),
    ratio({ id: 'teams', quote: '5/5 tổ bầu cử với tỷ lệ cử tri đi bầu cử đạt 100%', x: '5', y: '5', stated: '100%', trap: 'the 100% is the turnout, not the 5/5 teams beside it; both happen to be 100%.' }),
  ],
});
