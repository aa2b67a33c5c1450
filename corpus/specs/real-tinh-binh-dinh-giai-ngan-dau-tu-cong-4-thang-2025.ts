// Tỉnh Bình Định: a copy of báo Bình Định's item "… giải ngân vốn đầu tư công cao hơn bình quân cả nước" on nbwbet.com
// (viewer.aspx?mabb=355511&macm=5&macmp=5); whole as stored, with the words the copying site injected ("w88 login", in place
// of the province's name and of "bình"/"giải ngân") left out. The disbursed 2.062,4 tỷ against two plans. Planted: 24,5% of
// the Prime Minister's plan written 25,4% (digits swapped).
import { ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-binh-dinh-giai-ngan-dau-tu-cong-4-thang-2025.txt',
  prefix: 'bdg',
  claims: [
    ratio({ id: 'of-government-plan', quote: ['tỷ lệ giải ngân đạt 25,4%', 'giải ngân được 2.062,4 tỷ đồng', '(8.412,5 tỷ đồng)'], x: '2.062,4', y: '8.412,5', stated: '25,4%', mistake: 'planted', original: 'tỷ lệ giải ngân đạt 24,5%', note: '2.062,4/8.412,5 = 24,52%: 24,5%.' }),
    ratio({ id: 'of-council-plan', quote: ['tỷ lệ giải ngân đạt 21,76%', 'giải ngân được 2.062,4 tỷ đồng', '(9.477,5 tỷ đồng)'], x: '2.062,4', y: '9.477,5', stated: '21,76%' }),
  ],
});
