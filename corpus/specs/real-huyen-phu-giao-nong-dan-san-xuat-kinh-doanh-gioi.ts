// Huyện Phú Giáo (Bình Dương): the farmers' union's "good producer" movement since 2012, from báo Bình Dương
// (baobinhduong.vn/phu-giao-co-gan-13-460-luot-ho-nong-dan-san-xuat-kinh-doanh-gioi-a124180.html), undated; whole. The
// households recognised at each level make the total; the 25.886 registrations are another base ("lượt hội viên"),
// and no share of it is written.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-phu-giao-nong-dan-san-xuat-kinh-doanh-gioi.txt',
  prefix: 'pgi',
  claims: [
    sum({ id: 'by-level', quote: ['có 13.459 lượt hộ đạt danh hiệu', 'cấp Trung ương có 114 hộ', 'cấp tỉnh có 1.331 hộ', 'cấp huyện có 3.201 hộ', 'cấp cơ sở có 8.993 hộ'], parts: ['114', '1.331', '3.201', '8.993'], total: '13.459', labels: ['Trung ương', 'tỉnh', 'huyện', 'cơ sở'], mistake: 'planted', original: 'cấp huyện có 3.021 hộ', note: 'The levels after "trong đó" add to 13.639, not 13.459.' }),
    atLeast({ id: 'recognised-within-registered', quote: ['có 25.886 lượt hội viên nông dân đăng ký', 'có 13.459 lượt hộ đạt danh hiệu'], big: '25.886', small: '13.459' }),
  ],
});
