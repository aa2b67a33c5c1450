// Huyện Bàu Bàng (Bình Dương): báo Bình Dương, "Bàu Bàng: Thu ngân sách đạt hơn 423,5 tỷ đồng" (title from the address),
// baobinhduong.vn/bau-bang-thu-ngan-sach-dat-hon-423-5-ty-dong-a167806.html; the paragraphs as stored (the title is not in them). Amounts are written
// across two scales ("96 tỷ 894 triệu đồng").
// Planted: the province's disbursed capital 72 tỷ 471 triệu written 72 tỷ 741 triệu (the two sources no longer make the total).
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-bau-bang-thu-ngan-sach-8-thang-2017.txt',
  prefix: 'bb17',
  claims: [
    sum({ id: 'disbursed-by-source', quote: ['ước đạt 96 tỷ 894 triệu đồng', 'vốn huyện giải ngân 24 tỷ 423 triệu đồng', 'vốn tỉnh giải ngân 72 tỷ 741 triệu đồng'], parts: ['24 tỷ 423 triệu đồng', '72 tỷ 741 triệu đồng'], total: '96 tỷ 894 triệu đồng', labels: ['vốn huyện', 'vốn tỉnh'], mistake: 'planted', original: 'vốn tỉnh giải ngân 72 tỷ 471 triệu đồng', note: 'As published, 24.423 + 72.471 = 96.894 triệu.' }),
    atLeast({ id: 'new-revenue-within-total', quote: ['thu mới đạt 185 tỷ 626 triệu đồng', 'ước đạt 423 tỷ 536 triệu đồng'], big: '423 tỷ 536 triệu đồng', small: '185 tỷ 626 triệu đồng' }),
  ],
});
