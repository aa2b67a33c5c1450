// Huyện Hớn Quản (Bình Phước): Tạp chí Tài chính, "Hớn Quản giải ngân vốn đầu tư công đạt 57% kế hoạch năm" (the tag page's
// summary of the article), tapchitaichinh.vn/tag/hon-quan; whole as stored (the title, printed twice, kept once). Public
// investment disbursed to 24/11/2021 against the year's adjusted plan.
// Planted: the disbursed 203,592 tỷ written 230,592 (64% of the plan, not 57%).
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-hon-quan-giai-ngan-dau-tu-cong-11-2021.txt',
  prefix: 'hq21',
  claims: [
    ratio({ id: 'disbursed-share', quote: ['đạt 57% kế hoạch năm, chưa', 'là 230,592 tỷ đồng', 'là 357,792 tỷ đồng'], x: '230,592 tỷ đồng', y: '357,792 tỷ đồng', stated: '57%', mistake: 'planted', original: 'là 203,592 tỷ đồng', note: 'As published, 203,592/357,792 = 56,90%, so 57%; 230,592/357,792 = 64,45%. The plan is in the sentence before.' }),
    repeat({ id: 'headline-share', quote: ['giải ngân vốn đầu tư công đạt 57% kế hoạch năm\n', 'đạt 57% kế hoạch năm, chưa'], values: ['57%', '57%'] }),
  ],
});
