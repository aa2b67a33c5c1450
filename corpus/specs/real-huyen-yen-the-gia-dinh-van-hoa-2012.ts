// Huyện Yên Thế (Bắc Giang): "gia đình văn hóa" in 2012, from the district portal (yenthe.vn/node/1605); whole,
// "Skip to main content" left out. Registrations are given with a percent but without their base; the only
// base the text gives is the district's 27.593 households, which gives 85%, not 88%.
import { atLeast, ratio, repeat, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-yen-the-gia-dinh-van-hoa-2012.txt',
  prefix: 'yth',
  claims: [
    share({ id: 'registered', quote: ['23.514 hộ đăng ký gia đình văn hóa, đạt 88%', '22.038/27.593 hộ'], x: '23.514', y: '27.593', stated: '88%', mistake: 'author', note: '23.514/27.593 = 85,22%; the base, the district\'s households, comes only in the next sentence.' }),
    ratio({ id: 'cultured', quote: '22.038/27.593 hộ đạt danh hiệu gia đình văn hóa, chiếm tỷ lệ 80%', x: '22.038', y: '27.593', stated: '80%', note: '22.038/27.593 = 79,87%, 80% whole.' }),
    repeat({ id: 'headline', quote: ['Toàn huyện có 82% gia đình đạt danh hiệu', 'chiếm tỷ lệ 80%'], values: ['80%', '82%'], mistake: 'planted', original: 'Toàn huyện có 80% gia đình đạt danh hiệu gia đình văn hóa năm 2012', note: 'The headline gives another rate than the body.' }),
    atLeast({ id: 'target', quote: ['có 80% gia đình văn hóa)', 'chiếm tỷ lệ 80%'], big: '80', small: '80', trap: 'the 80% in parentheses is the party congress\'s target for 2015, met by the rate beside it; not a second measurement.' }),
    atLeast({ id: 'recognised-within-registered', quote: ['có 22.038/27.593 hộ', 'đã có 23.514 hộ đăng ký'], big: '23.514', small: '22.038' }),
  ],
});
