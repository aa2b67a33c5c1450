// Tỉnh Đồng Nai: Báo Mới (from báo Đồng Nai), "Các cấp Hội Người cao tuổi kết nạp mới hơn 48,5 ngàn hội viên",
// baomoi.com/cac-cap-hoi-nguoi-cao-tuoi-ket-nap-moi-hon-48-5-ngan-hoi-vien/c/39078758.epi (source baodongnai.com.vn/xahoi/202106/…-3060273/);
// whole (the page's counters left out). The share of elderly people who are members (91,2%) has no written base.
// Planted: the body's "hơn 48,5 ngàn" new members written "hơn 45,8 ngàn" (the headline keeps 48,5).
import { atLeast, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-dong-nai-hoi-nguoi-cao-tuoi-2016-2021.txt',
  prefix: 'nct21',
  claims: [
    sum({ id: 'new-units', quote: ['có 333 tổ chức Hội được thành lập mới', '10 chi hội và 323 tổ hội'], parts: ['10', '323'], total: '333', labels: ['chi hội', 'tổ hội'] }),
    contradiction({ id: 'new-members-repeat', kind: 'repeat', quote: ['đã có hơn 45,8 ngàn NCT', 'kết nạp mới hơn 48,5 ngàn hội viên'], stated: 'hơn 45,8 ngàn', expected: 'hơn 48,5 ngàn (the headline)', consistent: false, reason: 'Headline and body give the new members as "hơn 48,5 ngàn" and "hơn 45,8 ngàn".', mistake: 'planted', original: 'đã có hơn 48,5 ngàn NCT' }),
    atLeast({ id: 'members-within', quote: ['lên trên 189 ngàn người', 'kết nạp mới hơn 48,5 ngàn hội viên'], big: '189', small: '48,5', note: 'The members include those admitted in the five years.' }),
  ],
});
