// Phường Quán Thánh (Ba Đình, Hà Nội): the district portal, "Phường Quán Thánh tổ chức Hội nghị Đại biểu nhân dân năm
// 2018" (the results of 2017), badinh.hanoi.gov.vn/en/khoi-phuong/-/view_content/2451918-phuong-quan-thanh-to-chuc-hoi-nghi-dai-bieu-nhan-dan-nam-2018.html;
// whole. The 94,5% of cultured households has no base in the text (the ward's households are not given). Checked: the
// poor household removed (1/1, 100% of plan), and those cultured three years running within the year's cultured ones.
// Planted: "12/19 tổ ... 3 năm liền" written 17/19, more than the 15/19 of 2017 itself. Trap: the 1946 households of
// three years running are fewer than the 2013 of the year, as they must be.
import { atLeast, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-quan-thanh-van-hoa-2017.txt',
  prefix: 'qth',
  claims: [
    ratio({ id: 'poor-removed-of-plan', quote: ['(đạt 100% kế hoạch giao)', 'giảm 1/1 hộ nghèo'], x: '1', y: '1', stated: '100%' }),
    atLeast({ id: 'blocks-three-years-within-year', quote: ['17/19 tổ được công nhận Tổ dân phố văn hóa 3 năm liền', 'Toàn phường có 15/19 tổ dân phố'], big: '15', small: '17', mistake: 'planted', original: '12/19 tổ được công nhận Tổ dân phố văn hóa 3 năm liền', note: 'A block cultured in 2015-2017 is cultured in 2017: the three-year count cannot exceed the 15 of 2017.' }),
    atLeast({ id: 'households-three-years-within-year', quote: ['có 1946 hộ gia đình đạt danh hiệu gia đình văn hóa 3 năm liền', '2013 hộ gia đình đạt danh hiệu'], big: '2013', small: '1946', trap: 'the households of three years running are part of the year\'s 2013, not a second group to add.' }),
  ],
});
