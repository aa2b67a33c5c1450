// HĐND xã An Điền (Bến Cát, Bình Dương), term 2016-2021: the council's make-up as published on the
// commune's site (andienbencat.gov.vn/hdnd). Every percent is of the 29 delegates.
import { report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-an-dien-hdnd-2016-2021.txt',
  prefix: 'ad',
  claims: [
    share({ id: 'party-members', quote: 'Đảng viên 26 vị chiếm 89,65%', x: '26', y: '29', stated: '89,65%', mistake: 'author', note: 'The base (29 delegates) is two paragraphs up; 89,655…% truncated.' }),
    share({ id: 'non-party', quote: 'ngoài Đảng 03 vị chiếm 10,34%', x: '03', y: '29', stated: '10,34%' }),
    sum({ id: 'party-split', quote: ['là 29 vị đại biểu', 'Đảng viên 26 vị', 'ngoài Đảng 03 vị'], parts: ['26', '03'], total: '29' }),
    share({ id: 'women', quote: "* Đại biểu nữ:                              06/29 vị chiếm     20,68  %", x: '06', y: '29', stated: '20,68%', mistake: 'author', note: '20,689…% truncated; the % is written apart from the number ("20,68  %").' }),
    share({ id: 'men', quote: "* Đại biểu nam:                           23/29 vị chiếm     79.31 %", x: '23', y: '29', stated: '79.31%', note: 'Written with a decimal point (79.31): 79,3103…% → 79,31%.' }),
    sum({ id: 'gender-split', quote: ['là 29 vị đại biểu', "06/29 vị", "23/29 vị"], parts: ['06', '23'], total: '29' }),
    share({ id: 'university', quote: "* Đại học:                                   16/29 vị chiếm     55,17%", x: '16', y: '29', stated: '55,17%' }),
    share({ id: 'college', quote: "* Trung cấp:                                05/29 vị chiếm     17,24%", x: '05', y: '29', stated: '17,24%' }),
    share({ id: 'education-other', quote: "* Khác:                                         07/29 vị chiếm     24,13%", x: '07', y: '29', stated: '24,13%', mistake: 'author', note: '24,137…% truncated.' }),
    sum({ id: 'education-split', quote: ['– Học vấn:'], parts: ['16', '05', '07'], total: '29', implicitTotal: true, mistake: 'author', note: 'The three education groups count 28 of the 29 delegates (and their shares add to 96,54%): one delegate is missing.' }),
    share({ id: 'party-work', quote: "* Công tác Đảng                          03/29 vị chiếm    10,34%", x: '03', y: '29', stated: '10,34%' }),
    share({ id: 'government-work', quote: "* Công tác chính quyền               08/29 vị chiếm     27,58%", x: '08', y: '29', stated: '27,58%', mistake: 'author', note: '27,586…% truncated.' }),
    share({ id: 'front-work', quote: "* Công tác Mặt trận, đoàn thể      05/29 vị chiếm     17,24%", x: '05', y: '29', stated: '17,24%' }),
    share({ id: 'other-work', quote: "* Các công tác khác                     13/29 vị chiếm     44,82%", x: '13', y: '29', stated: '44,82%', mistake: 'author', note: '44,827…% truncated.' }),
    sum({ id: 'work-split', quote: ['– Lĩnh vực công tác:'], parts: ['03', '08', '05', '13'], total: '29', implicitTotal: true }),
  ],
});
