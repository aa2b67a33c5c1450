// Huyện Cẩm Mỹ (Đồng Nai): schools meeting the national standard, from báo Đồng Nai
// (baodongnai.com.vn/xa-hoi/giao-duc/202410/huyen-cam-my-co-hon-92-truong-hoc-dat-chuan-quoc-gia-8c301b7), 23/10/2024;
// whole, hotline and "tin xem nhiều" left out. The school counts of the first paragraph are the bases of the
// level rates in the last one.
import { atLeast, ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-cam-my-truong-chuan-2024.txt',
  prefix: 'cmy',
  claims: [
    sum({ id: 'schools', quote: ['hiện có 52 trường học thuộc quản lý của phòng', '(gồm 17 trường mầm non, 22 trường tiểu học, 14 trường trung học cơ sở)'], parts: ['17', '22', '14'], total: '52', labels: ['mầm non', 'tiểu học', 'THCS'], mistake: 'planted', original: '21 trường tiểu học', note: 'The schools listed after "gồm" add to 53, not 52; the last paragraph counts 21 primary schools.' }),
    repeat({ id: 'kindergartens-twice', quote: ['17 trường mầm non', 'bậc mầm non có 14/17 trường'], values: ['17', '17'] }),
    ratio({ id: 'standard-rate', quote: '48/52 trường, đạt tỷ lệ 92,3%', x: '48', y: '52', stated: '92,3%' }),
    atLeast({ id: 'headline', quote: ['có hơn 93% trường học đạt chuẩn quốc gia', 'đạt tỷ lệ 92,3%'], big: '92,3', small: '93', mistake: 'planted', original: 'Huyện Cẩm Mỹ có hơn 92% trường học đạt chuẩn quốc gia', note: 'The headline says more than 93%; the body gives 92,3%.' }),
    atLeast({ id: 'new-within-total', kind: 'cumulative', quote: ['có 5/6 trường được công nhận tái chuẩn và đạt chuẩn quốc gia', 'lên 48/52 trường'], big: '48', small: '5', note: 'This year\'s recognitions are part of the 48 schools reached.' }),
    ratio({ id: 'kindergarten-rate', quote: 'bậc mầm non có 14/17 trường, đạt tỷ lệ 82,35%', x: '14', y: '17', stated: '82,35%' }),
    ratio({ id: 'primary-rate', quote: 'bậc tiểu học có 20/21 trường, đạt tỷ lệ 95,24%', x: '20', y: '21', stated: '95,24%' }),
    ratio({ id: 'lower-secondary-rate', quote: 'bậc trung học cơ sở có 14/14 trường, đạt tỷ lệ 100%', x: '14', y: '14', stated: '100%' }),
    sum({ id: 'standard-by-level', quote: ['lên 48/52 trường', 'bậc mầm non có 14/17', 'bậc tiểu học có 20/21', 'bậc trung học cơ sở có 14/14'], parts: ['14', '20', '14'], total: '48', labels: ['mầm non', 'tiểu học', 'THCS'], note: 'The 3 upper-secondary schools are not the department\'s and are not among the 52.' }),
    atLeast({ id: 'staff-gap', quote: ['còn thiếu hơn 160 biên chế', 'được giao hơn 1,9 ngàn biên chế, hiện có 1.765 biên chế'], big: '1.925', small: '1.900', trap: '"hơn 1,9 ngàn" is a rounded figure: 1.765 staff and more than 160 missing means more than 1.925 posts, which is indeed more than 1,9 thousand; 1.900 − 1.765 = 135 is not the gap.' }),
  ],
});

