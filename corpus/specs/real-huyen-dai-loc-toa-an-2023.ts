// Huyện Đại Lộc (Quảng Nam): báo Quảng Nam, "TAND huyện Đại Lộc thụ lý 429 vụ án ly hôn và gia đình trong năm 2023" (title
// from the address; the court's report to the district council), baoquangnam.vn/xa-hoi/tand-huyen-dai-loc-thu-ly-429-vu-an-ly-hon-va-gia-dinh-trong-nam-2023-153314.html;
// whole (the date line and photo caption left out; the lead's sentence on the 429 family cases is printed again at the end,
// kept as published). The authors' slips: 622/698 = 89,11%, written 89,5%; the civil cases 118/173 = 68,21%, written 69%.
// Planted: the closing repeat of the 429 family cases written 492 (digits swapped).
import { atLeast, change, ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-dai-loc-toa-an-2023.txt',
  prefix: 'dlt',
  claims: [
    ratio({ id: 'resolved', quote: ['đạt tỷ lệ 89,5%', 'giải quyết 622 vụ, việc trong tổng số 698 vụ'], x: '622', y: '698', stated: '89,5%', mistake: 'author', note: '622/698 = 89,11%: 89,1%.' }),
    ratio({ id: 'civil-resolved', quote: ['đạt tỷ lệ 69%', 'thụ lý là 173 vụ', 'xét xử 118 vụ'], x: '118', y: '173', stated: '69%', mistake: 'author', note: '118/173 = 68,21%: 68%.' }),
    change({ id: 'criminal-rise', quote: ['tỷ lệ tăng 19,1%', 'thụ lý 81 vụ với 168 bị cáo, tăng 13 vụ'], x: '81', base: '81 − 13', stated: '19,1%', direction: 'tăng', note: '13/68 = 19,12%.' }),
    repeat({ id: 'family-cases', quote: ['TAND huyện đã thụ lý 429 vụ án hôn nhân', 'TAND huyện đã thụ lý 492 vụ án hôn nhân'], values: ['429', '492'], mistake: 'planted', original: 'Trong năm, TAND huyện đã thụ lý 429 vụ án hôn nhân và gia đình', note: 'The same sentence, printed twice, gives 429 and 492.' }),
    atLeast({ id: 'family-within-all', quote: ['đã thụ lý 698 vụ, việc các loại', 'TAND huyện đã thụ lý 429 vụ án hôn nhân'], big: '698', small: '429' }),
    atLeast({ id: 'family-resolved-within-family', quote: ['TAND huyện đã thụ lý 429 vụ án hôn nhân', 'xét xử 415 vụ việc'], big: '429', small: '415' }),
    atLeast({ id: 'resolved-within-all', quote: ['giải quyết 622 vụ, việc trong tổng số 698 vụ'], big: '698', small: '622' }),
  ],
});
