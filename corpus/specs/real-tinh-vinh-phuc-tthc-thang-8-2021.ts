// Vĩnh Phúc province: administrative procedures at district and commune one-stop desks, 21/7–20/8/2021,
// from report 19/BC-TTPVHCC as published on vinhphuc.gov.vn (ct/cms/thongbao/.../View_Detail.aspx?ItemID=3105).
import { contradiction, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-vinh-phuc-tthc-thang-8-2021.txt',
  prefix: 'vpt',
  claims: [
    share({ id: 'on-time', quote: 'hồ sơ trả trước và đúng hạn là 19.255 hồ sơ (đạt 96,55%)', x: '19.255', y: '19.944', stated: '96,55%', trap: 'the base is the files due (19.944), written after the percent, not the files received (19.630), written before it (98,09%).' }),
    share({ id: 'late', quote: 'chưa có kết quả 689 hồ sơ chiếm 3,45 %', x: '689', y: '19.944', stated: '3,45%' }),
    share({ id: 'withdrawn', quote: 'là 16 hồ sơ (chiếm 0,08%)', x: '16', y: '19.944', stated: '0,08%' }),
    sum({ id: 'due-split', quote: ['hồ sơ đến hạn giải quyết 19.944 hồ sơ', 'đúng hạn là 19.255 hồ sơ', 'chưa có kết quả 689 hồ sơ'], parts: ['19.255', '689'], total: '19.944', note: 'The 16 withdrawn files are outside the files due.' }),
    repeat({ id: 'late-rate-twice', quote: ['TTHC chậm hạn tiếp tục giảm mạnh đạt 3,54%'], values: ['3,45%', '3,54%'], mistake: 'planted', original: 'giảm mạnh đạt 3,45%', note: 'The next paragraph repeats the late rate with two digits swapped.' }),
    contradiction({ id: 'thresholds', quote: ['Có đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3% và cả 9/9 huyện, thành phố đạt tỷ lệ dưới 10%'], stated: '5/9 … dưới 3%; 9/9 … dưới 10%', expected: 'thresholds, not ratios of 5/9 or 9/9', consistent: true, reason: '"dưới 3%" and "dưới 10%" are thresholds the districts\' late rates are below, not the value of 5/9 or 9/9.', trap: 'a threshold next to an X/Y.' }),
    contradiction({ id: 'from-to', quote: ['huyện Sông Lô giảm từ 10,85% xuống còn 1,31%'], stated: 'giảm từ 10,85% xuống còn 1,31%', expected: 'two rates, no stated difference', consistent: true, reason: 'A fall between two rates with no stated size; nothing to compute.', trap: 'two percents of one indicator at two dates are not a repeat that must agree.' }),
  ],
});
