// Tỉnh Quảng Nam: health-insurance coverage at 23/11/2021 (BHXH tỉnh), from báo Quảng Nam
// (baoquangnam.vn/xa-hoi/318-huyen-hoan-thanh-chi-tieu-phat-trien-nguoi-tham-gia-bao-hiem-y-te-120629.html); whole (tags left out).
// The plan is written only through the people still to enrol: plan = enrolled + remaining.
import { contradiction, ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-nam-bhyt-11-2021.txt',
  prefix: 'qnb',
  claims: [
    ratio({ id: 'coverage-of-plan', quote: ['là 1.427.535 người (đạt 98,31 kế hoạch', 'để đạt kế hoạch BHXH Việt Nam giao là 25.415 người'], x: '1.427.535', y: '1.427.535 + 25.415', stated: '98,31', mistake: 'planted', original: 'để đạt kế hoạch BHXH Việt Nam giao là 24.515 người', note: 'The plan is the enrolled plus those still to enrol: with 25.415 it is 1.452.950 and the rate 98,25%; the published 24.515 gives 98,31%. (The text drops the "%".)' }),
    repeat({ id: 'districts-title', quote: ['3/18 huyện hoàn thành', 'Có 3 huyện đã hoàn thành chỉ tiêu'], values: ['3', '3'], note: 'Three districts are then named.' }),
    contradiction({ id: 'district-rates', kind: 'ratio_percent', quote: ['Quế Sơn (100,12%), Nam Giang (100,93%), Bắc Trà My (100,18%)'], stated: '100,12%; 100,93%; 100,18%', expected: 'each ≥ 100% (plan met)', consistent: true, reason: 'Each district\'s rate is of its own plan from BHXH tỉnh; they are neither parts nor a share of the province\'s 98,31%.', trap: 'per-item rates of other plans next to the province\'s rate.' }),
  ],
});
