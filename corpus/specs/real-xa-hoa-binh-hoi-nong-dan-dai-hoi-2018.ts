// Xã Hoà Bình (Đồng Hỷ, Thái Nguyên): báo Thái Nguyên, "170 hộ nông dân sản xuất kinh doanh giỏi các cấp" (the commune
// Hội Nông dân's congress, 12/1/2018), m.baothainguyen.vn/tin-tuc/thoi-su-trong-tinh/170-ho-nong-dan-san-xuat-kinh-doanh-gioi-cac-cap-251760-205.html;
// whole. The authors' slips: the term written "2108-2023" in the lead and "2018-2023" twice below; "90% chi hội đạt
// tiêu chuẩn vững mạnh" of 7 branches, which no whole number of branches gives (6/7 = 85,7%, 7/7 = 100%). Trap: the
// "trên 90%" after "phấn đấu" is the next term's target, not a result.
import { contradiction, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-hoa-binh-hoi-nong-dan-dai-hoi-2018.txt',
  prefix: 'hbn',
  claims: [
    repeat({ id: 'headline-good-farmers', quote: ['170 hộ nông dân sản xuất kinh doanh giỏi các cấp\n', 'xây dựng được 170 hộ sản xuất kinh doanh giỏi'], values: ['170', '170'] }),
    contradiction({ id: 'term-years', kind: 'repeat', quote: ['nhiệm kỳ 2108-2023', 'Nhiệm kỳ 2018-2023, Hội phấn đấu'], stated: '2108-2023', expected: '2018-2023', consistent: false, reason: 'The term is written 2108-2023 in the lead and 2018-2023 twice in the body', mistake: 'author' }),
    contradiction({ id: 'strong-branches-share', quote: ['90% chi hội đạt tiêu chuẩn vững mạnh', 'có 7 chi hội cơ sở'], stated: '90%', expected: '86% (6 of 7) or 100% (7 of 7)', consistent: false, reason: 'A share of 7 branches moves in steps of 14,3%: 6/7 = 85,7%, 7/7 = 100%; none is 90%', mistake: 'author' }),
    contradiction({ id: 'target-next-to-result', quote: ['có trên 90% chi Hội đạt khá và vững mạnh'], stated: 'trên 90%', expected: 'trên 90%', consistent: true, reason: 'A target for the next term, after "phấn đấu"', trap: 'the next term\'s target written beside this term\'s 90% result; not a figure to reconcile.' }),
  ],
});
