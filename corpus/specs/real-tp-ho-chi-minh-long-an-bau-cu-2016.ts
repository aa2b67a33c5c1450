// TP.HCM and Long An (13 provinces): báo Đấu thầu, "13 tỉnh, thành phố công bố kết quả bầu cử trong ngày 27/5" (title from
// the address), m.baodauthau.vn/13-tinh-thanh-pho-cong-bo-ket-qua-bau-cu-trong-ngay-275-post13827.html; opening (the photo
// caption left out). Shares of the city council's 105. Planted: the young deputies' 15/105 = 14,29% written 14,28% (cut).
import { atLeast, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-ho-chi-minh-long-an-bau-cu-2016.txt',
  prefix: 'hcb',
  claims: [
    share({ id: 'women', quote: ['có 46 nữ (43,81%)', 'Trong số 105 đại biểu'], x: '46', y: '105', stated: '43,81%' }),
    share({ id: 'young', quote: ['15 người dưới 35 tuổi (14,28%)', 'Trong số 105 đại biểu'], x: '15', y: '105', stated: '14,28%', mistake: 'planted', original: '15 người dưới 35 tuổi (14,29%)', note: '15/105 = 14,286%: 14,29% half-up (14,28% cut).' }),
    share({ id: 're-elected', quote: ['33 người tái cử (31,43%)', 'Trong số 105 đại biểu'], x: '33', y: '105', stated: '31,43%' }),
    share({ id: 'postgraduate', quote: ['67 người trình độ trên đại học (63,81%)', 'Trong số 105 đại biểu'], x: '67', y: '105', stated: '63,81%' }),
    share({ id: 'graduate', quote: ['35 người trình độ đại học (33,33%)', 'Trong số 105 đại biểu'], x: '35', y: '105', stated: '33,33%' }),
    atLeast({ id: 'education-within-council', quote: ['Trong số 105 đại biểu', '67 người trình độ trên đại học', '35 người trình độ đại học'], big: '105', small: '67 + 35' }),
    atLeast({ id: 'long-an-district-elected-within-seats', quote: ['491 đại biểu trúng cử đại biểu Hội đồng Nhân dân cấp huyện/493'], big: '493', small: '491' }),
  ],
});
