// National: báo Nam Định, "16 tỉnh có 100% số xã đạt chuẩn nông thôn mới" (Bộ NN&PTNT's figures to June 2022), baonamdinh.vn/channel/5083/202207/16-tinh-co-100-so-xa-dat-chuan-nong-thon-moi-2551780/;
// whole (the date line left out). The 38,7% of districts has no base in the text. Planted: 5.775/8.227 = 70,196% written
// 70,1% (cut, not rounded).
import { atLeast, repeat, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-nong-thon-moi-6-thang-2022.txt',
  prefix: 'nt2',
  claims: [
    share({ id: 'communes-meeting-standard', quote: ['(chiếm 70,1%)', 'có 5.775/8.227 xã'], x: '5.775', y: '8.227', stated: '70,1%', mistake: 'planted', original: '(chiếm 70,2%)', note: '5.775/8.227 = 70,196%: 70,2% half-up (70,1% cut).' }),
    atLeast({ id: 'advanced-within-standard', quote: ['có 5.775/8.227 xã', 'có 764 xã đạt chuẩn nông thôn mới nâng cao'], big: '5.775', small: '764' }),
    atLeast({ id: 'model-within-advanced', quote: ['có 764 xã đạt chuẩn nông thôn mới nâng cao', '83 xã đạt chuẩn nông thôn mới kiểu mẫu'], big: '764', small: '83' }),
    repeat({ id: 'provinces-all-communes', quote: ['16 tỉnh có 100% số xã đạt chuẩn nông thôn mới\n', 'Ngoài ra, 16 tỉnh có 100%'], values: ['16', '16'] }),
    atLeast({ id: 'recognised-within-provinces', quote: ['Ngoài ra, 16 tỉnh có 100%', 'trong đó có 5 tỉnh'], big: '16', small: '5' }),
  ],
});
