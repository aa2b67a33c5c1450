// National: Bộ LĐ-TB&XH, notice 1229/TB-LĐTBXH of 7/4/2023 "Tình hình tai nạn lao động năm 2022", m.thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Thong-bao-1229-TB-LDTBXH-2023-tinh-hinh-tai-nan-lao-dong-nam-2022-562446.aspx;
// opening (the header flattened with "|" as stored). Every change is written with its amount. The authors' slips (all cut,
// not rounded): accidents +1.214 on 6.504 = 18,67%, written 18,66%; victims +1.265 on 6.658 = 19,00%, written 18,99%; the
// informal sector's deaths −25 on 184 = 13,59%, written 13,58%. Planted: the fatal accidents' fall 29/749 = 3,87% written
// 4,03% (29/720, divided by this year's figure).
import { change, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tai-nan-lao-dong-2022.txt',
  prefix: 'tl2',
  claims: [
    change({ id: 'accidents', quote: ['tăng 1.214 vụ, tương ứng với 18,66%', 'đã xảy ra 7.718 vụ tai nạn lao động'], x: '7.718', base: '7.718 − 1.214', stated: '18,66%', direction: 'tăng', mistake: 'author', note: '1.214/6.504 = 18,665%: 18,67% half-up (18,66% cut).' }),
    change({ id: 'victims', quote: ['tăng 1.265 người, tương ứng với 18,99%', 'làm 7.923 người bị nạn'], x: '7.923', base: '7.923 − 1.265', stated: '18,99%', direction: 'tăng', mistake: 'author', note: '1.265/6.658 = 18,9997%: 19,00% half-up (18,99% cut).' }),
    change({ id: 'fatal-accidents', quote: ['giảm 29 vụ tương ứng 4,03%', 'chết người: 720 vụ'], x: '720', base: '720 + 29', stated: '4,03%', direction: 'giảm', mistake: 'planted', original: 'giảm 29 vụ tương ứng 3,87%', note: '29/749 = 3,87%; 4,03% is 29/720, the fall divided by this year\'s figure.' }),
    change({ id: 'fatal-accidents-formal', quote: ['giảm 06 vụ tương ứng với 1,05%', 'lao động: 568 vụ'], x: '568', base: '568 + 6', stated: '1,05%', direction: 'giảm' }),
    change({ id: 'fatal-accidents-informal', quote: ['giảm 23 vụ tương ứng với 13,14%', 'lao động: 152 vụ'], x: '152', base: '152 + 23', stated: '13,14%', direction: 'giảm' }),
    sum({ id: 'fatal-accidents-by-sector', quote: ['chết người: 720 vụ', 'lao động: 568 vụ', 'lao động: 152 vụ'], parts: ['568', '152'], total: '720', labels: ['có quan hệ lao động', 'không theo hợp đồng'] }),
    change({ id: 'deaths', quote: ['giảm 32 người tương ứng 4,07%', 'chết vì TNLĐ: 754 người'], x: '754', base: '754 + 32', stated: '4,07%', direction: 'giảm' }),
    change({ id: 'deaths-formal', quote: ['giảm 07 người tương ứng với 1,16%', 'lao động: 595 người'], x: '595', base: '595 + 7', stated: '1,16%', direction: 'giảm' }),
    change({ id: 'deaths-informal', quote: ['giảm 25 người tương ứng với 13,58%', 'lao động: 159 người'], x: '159', base: '159 + 25', stated: '13,58%', direction: 'giảm', mistake: 'author', note: '25/184 = 13,587%: 13,59% half-up (13,58% cut).' }),
    sum({ id: 'deaths-by-sector', quote: ['chết vì TNLĐ: 754 người', 'lao động: 595 người', 'lao động: 159 người'], parts: ['595', '159'], total: '754', labels: ['có quan hệ lao động', 'không theo hợp đồng'] }),
    change({ id: 'seriously-injured', quote: ['tăng 162 người tương ứng với 10,9%', 'thương nặng: 1.647 người'], x: '1.647', base: '1.647 − 162', stated: '10,9%', direction: 'tăng' }),
    change({ id: 'seriously-injured-formal', quote: ['tăng 240 người tương ứng với 19,6%', 'lao động: 1.466 người'], x: '1.466', base: '1.466 − 240', stated: '19,6%', direction: 'tăng' }),
  ],
});
