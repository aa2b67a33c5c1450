// Hội LHPN tỉnh Tây Ninh: members and the emulation movement in the first nine months of 2011, from báo Tây
// Ninh, "Các cấp Hội Phụ nữ: 9 tháng, kết nạp hơn 5.300 hội viên mới" (baotayninh.vn/cac-cap-hoi-phu-nu-9-
// thang-ket-nap-hon-5-300-hoi-vien-moi-a39247.html); an image caption is kept as published.
import { atLeast, ratio, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-tay-ninh-hoi-phu-nu-9-thang-2011.txt',
  prefix: 'tnp',
  claims: [
    atLeast({ id: 'headline-over-5300', quote: ['kết nạp hơn 5.300 hội viên mới', 'đã kết nạp được 5.314 hội viên'], big: '5.314', small: '5.300' }),
    share({ id: 'core-members-share', quote: 'hội viên nòng cốt 50.730, đạt 24,76% so với tổng số hội viên', x: '50.730', y: '206.391', stated: '24,76%', mistake: 'author', note: 'Of the 206.391 members of the sentence before, 50.730 is 24,58%; 24,76% would need about 204.900 members.' }),
    sum({ id: 'registered-by-group', quote: ['lên 220.622 chị', 'cán bộ 11.024/11.024', 'hội viên 159.030/177.217', 'quần chúng phụ nữ 50.208/98.076'], parts: ['11.024', '159.030', '50.208'], total: '220.622', labels: ['cán bộ', 'hội viên', 'quần chúng'], mistake: 'planted', original: 'lên 220.262 chị', note: 'The three groups in parentheses add to 220.262; the total has two digits swapped.' }),
    ratio({ id: 'cadres', quote: 'cán bộ 11.024/11.024, đạt 100%', x: '11.024', y: '11.024', stated: '100%' }),
    ratio({ id: 'members', quote: 'hội viên 159.030/177.217, đạt 89,74%', x: '159.030', y: '177.217', stated: '89,74%' }),
    ratio({ id: 'non-members', quote: 'quần chúng phụ nữ 50.208/98.076, đạt 51,19%', x: '50.208', y: '98.076', stated: '51,19%' }),
  ],
});
