// National: Bộ LĐ-TB&XH, "Công văn 1136/TB-BLĐTBXH ngày 21/03/2024 Tình hình tai nạn lao động năm 2023" (notice on the year's
// work accidents), vbpl.freshdesk.com/support/solutions/articles/16000185012 (the notice as stored there); opening. Every
// change is written with its amount ("giảm 324 vụ, tương ứng với 4,2%"), so last year's figure is this year's ± the amount.
// The authors' slip: the informal sector's fatal accidents +7 on 152 = 4,61%, written 4,60% (cut). Planted: the deaths'
// fall 55/754 = 7,29% written 7,87% (55/699, divided by this year's figure).
import { change, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tai-nan-lao-dong-2023.txt',
  prefix: 'tl3',
  claims: [
    change({ id: 'accidents', quote: ['giảm 324 vụ, tương ứng với 4,2%', 'đã xảy ra 7.394 vụ tai nạn lao động'], x: '7.394', base: '7.394 + 324', stated: '4,2%', direction: 'giảm' }),
    change({ id: 'victims', quote: ['giảm 370 người, tương ứng với 4,7%', 'làm 7.553 người bị nạn'], x: '7.553', base: '7.553 + 370', stated: '4,7%', direction: 'giảm' }),
    change({ id: 'fatal-accidents', quote: ['giảm 58 vụ tương ứng 8,06%', 'chết người: 662 vụ'], x: '662', base: '662 + 58', stated: '8,06%', direction: 'giảm' }),
    change({ id: 'fatal-accidents-formal', quote: ['giảm 65 vụ tương ứng với 11,44%', 'lao động: 503 vụ'], x: '503', base: '503 + 65', stated: '11,44%', direction: 'giảm' }),
    change({ id: 'fatal-accidents-informal', quote: ['tăng 07 vụ tương ứng với 4,60%', 'lao động: 159 vụ'], x: '159', base: '159 − 7', stated: '4,60%', direction: 'tăng', mistake: 'author', note: '7/152 = 4,605%: 4,61% half-up (4,60% cut).' }),
    sum({ id: 'fatal-accidents-by-sector', quote: ['chết người: 662 vụ', 'lao động: 503 vụ', 'lao động: 159 vụ'], parts: ['503', '159'], total: '662', labels: ['có quan hệ lao động', 'không theo hợp đồng'] }),
    change({ id: 'deaths', quote: ['giảm 55 người tương ứng 7,87%', 'chết vì TNLĐ: 699 người'], x: '699', base: '699 + 55', stated: '7,87%', direction: 'giảm', mistake: 'planted', original: 'giảm 55 người tương ứng 7,29%', note: '55/754 = 7,29%; 7,87% is 55/699, the fall divided by this year\'s figure.' }),
    change({ id: 'deaths-formal', quote: ['giảm 65 người tương ứng với 10,92%', 'lao động: 530 người'], x: '530', base: '530 + 65', stated: '10,92%', direction: 'giảm' }),
    change({ id: 'deaths-informal', quote: ['tăng 10 người tương ứng với 6,3%', 'lao động: 169 người'], x: '169', base: '169 − 10', stated: '6,3%', direction: 'tăng' }),
    sum({ id: 'deaths-by-sector', quote: ['chết vì TNLĐ: 699 người', 'lao động: 530 người', 'lao động: 169 người'], parts: ['530', '169'], total: '699', labels: ['có quan hệ lao động', 'không theo hợp đồng'] }),
    change({ id: 'seriously-injured', quote: ['tăng 73 người tương ứng với 4,43%', 'thương nặng: 1.720 người'], x: '1.720', base: '1.720 − 73', stated: '4,43%', direction: 'tăng' }),
  ],
});
