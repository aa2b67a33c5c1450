// Xã Phú Sơn (thị xã Hương Thủy, Thừa Thiên Huế): the town's 2016 ranking of its 12 communes and wards on
// administrative reform, as published on the commune's portal (phuson.thuathienhue.gov.vn/?gd=4&cn=121&tc=1304),
// 18/09/2017. The stored copy breaks off in the last sentence. The three groups (tốt, khá, trung bình) name
// every commune, so their counts add to the 12; the score ranges of the groups are bands, not figures to check.
import { ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-phu-son-cai-cach-hanh-chinh-2016.txt',
  prefix: 'phs',
  claims: [
    repeat({ id: 'score-twice', quote: ['dẫn đầu công tác này với số điểm 89,5/100', 'dẫn đầu với số điểm 89,5/100'], values: ['89,5', '89,5'] }),
    ratio({ id: 'score-percent', quote: ['(tương ứng với 89,5% số điểm)', 'dẫn đầu với số điểm 89,5/100'], x: '89,5', y: '100', stated: '89,5%', note: 'A score out of 100 written again as a percent.' }),
    sum({ id: 'groups', quote: ['Có 04/12 xã, phường', '04 xã, phường đạt từ 69,25', '03 xã đạt từ 53,75', 'là các xã Thủy Phù, Dương Hoà, Thủy Vân và Thủy Bằng'], parts: ['04', '04', '03'], total: '12', labels: ['tốt', 'khá', 'trung bình'], mistake: 'planted', original: '04 xã đạt từ 53,75 - 65,75% số điểm', note: 'The three groups name all 12 communes and wards; with 03 in the last group they add to 11, and that group still names four communes.' }),
    ratio({ id: 'good-share', quote: 'chiếm tỷ lệ 33,3% trong tổng số các xã, phường', x: '04', y: '12', stated: '33,3%', note: 'The 04/12 opens the sentence; the percent follows a range of scores.' }),
  ],
});
