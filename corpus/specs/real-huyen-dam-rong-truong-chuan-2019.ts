// Huyện Đam Rông (Lâm Đồng): schools meeting the national standard (level 1), from báo Lâm Đồng
// (baolamdong.vn/xahoi/201904/dam-rong-416-so-truong-hoc-dat-chuan-quoc-gia-muc-do-1-2941939/), 16/04/2019; whole.
// Three of the four rates are truncated, not rounded. The three levels listed are not all 36 schools: the
// upper-secondary schools, none of them at the standard, make up the rest.
import { atLeast, ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-dam-rong-truong-chuan-2019.txt',
  prefix: 'drg',
  claims: [
    ratio({ id: 'all-schools', quote: '15/36 trường học đạt chuẩn Quốc gia mức độ 1, chiếm 41,6%', x: '15', y: '36', stated: '41,6%', mistake: 'author', note: '15/36 = 41,666…%, 41,7% half-up; truncated.' }),
    repeat({ id: 'headline', quote: ['Đam Rông: 41,6% số trường học', 'chiếm 41,6% tổng số trường học'], values: ['41,6%', '41,6%'] }),
    ratio({ id: 'kindergartens', quote: 'mầm non có 6/9 trường đạt chuẩn, chiếm 66,6%', x: '6', y: '9', stated: '66,6%', mistake: 'author', note: '6/9 = 66,666…%, 66,7% half-up; truncated.' }),
    ratio({ id: 'primary', quote: 'tiểu học có 6/14 trường đạt chuẩn, chiếm 42,8%', x: '6', y: '14', stated: '42,8%', mistake: 'author', note: '6/14 = 42,857…%, 42,9% half-up; truncated.' }),
    ratio({ id: 'lower-secondary', quote: 'THCS có 3/10 trường đạt chuẩn, chiếm 30%', x: '3', y: '10', stated: '30%' }),
    sum({ id: 'standard-by-level', quote: ['có 15/36 trường học', 'mầm non có 6/9', 'tiểu học có 6/14', 'THCS có 3/10', 'Riêng bậc học THPT chưa có đơn vị nào đạt'], parts: ['6', '6', '3'], total: '15', labels: ['mầm non', 'tiểu học', 'THCS'], note: 'No upper-secondary school meets the standard, so the three levels make all 15.' }),
    atLeast({ id: 'levels-within-schools', quote: ['có 15/36 trường học', 'mầm non có 6/9', 'tiểu học có 6/14', 'THCS có 3/10'], big: '36', small: '33', trap: 'the three levels count 9 + 14 + 10 = 33 of the 36 schools; the other 3 are the upper-secondary schools the text mentions, so the levels are not meant to add to 36.' }),
  ],
});
