// Tỉnh Hà Giang, Kon Tum and Vĩnh Long: VietnamPlus (TTXVN), "Ba tỉnh công bố kết quả bầu cử đại biểu Quốc hội và HĐND"
// (title from the address), vietnamplus.vn/ba-tinh-cong-bo-ket-qua-bau-cu-dai-bieu-quoc-hoi-va-hdnd/388953.vnp; opening
// as stored (it breaks off inside a parenthesis, ended by […]). Checked: the shares of the provincial councils' members.
// The authors' slip: Hà Giang's "86,66" (no % written) fits no whole number of its 60 members (52/60 = 86,67%, 51/60 =
// 85,00%). Trap: Hà Giang's 6 National Assembly deputies "trong đó có 1 đại biểu nữ, 6 đại biểu tộc thiểu số" are
// overlapping groups (1 + 6 > 6 is no mistake). Planted: "40 đại biểu dân tộc thiểu số, chiếm 66,67%" written 66,66%
// (40/60 = 66,667%, cut).
import { atLeast, contradiction, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ha-giang-kon-tum-vinh-long-bau-cu-2016.txt',
  prefix: 'bc16',
  claims: [
    share({ id: 'ha-giang-women', quote: ['20 đại biểu nữ, chiếm tỷ lệ 33,33%', 'cử tri bầu đủ 60 đại biểu'], x: '20', y: '60', stated: '33,33%' }),
    share({ id: 'ha-giang-minorities', quote: ['40 đại biểu dân tộc thiểu số, chiếm 66,66%', 'cử tri bầu đủ 60 đại biểu'], x: '40', y: '60', stated: '66,66%', mistake: 'planted', original: '40 đại biểu dân tộc thiểu số, chiếm 66,67%', note: '40/60 = 66,667%: cut instead of rounded.' }),
    contradiction({ id: 'ha-giang-political-theory', quote: ['cao cấp, cử nhân chiếm 86,66.', 'cử tri bầu đủ 60 đại biểu'], stated: '86,66', expected: '86,67 (52 of 60)', consistent: false, reason: 'A share of 60 members moves in steps of 1,667: 52/60 = 86,67%, 51/60 = 85,00%; no count gives 86,66', mistake: 'author' }),
    share({ id: 'vinh-long-women', quote: ['đại biểu nữ là 14 người (28%)', 'đã bầu đủ số lượng 50 đại biểu'], x: '14', y: '50', stated: '28%' }),
    atLeast({ id: 'ha-giang-deputies-overlapping-groups', quote: ['bầu đủ 6 đại biểu Quốc hội khóa XIV, trong đó có 1 đại biểu nữ, 6 đại biểu tộc thiểu số'], big: '6', small: '6', trap: 'the women and the minority deputies after "trong đó" overlap: 1 + 6 exceeds the 6 deputies without any mistake.' }),
  ],
});
