// Xã Nhật Quang (Phù Cừ, Hưng Yên): the commune portal, Hội Nông dân xã's six-month review of 2021 (no title in the
// stored copy; the address spells "Hội nông dân xã Nhật Quang tổ chức sơ kết công tác hội 6 tháng đầu năm, phương
// hướng nhiệm vụ 6 tháng cuối năm 2021"),
// nhatquang.phucu.hungyen.gov.vn/hoi-nong-dan-xa-nhat-quang-to-chuc-so-ket-cong-tac-hoi-6-thang-dau-nam-phuong-huong-nhiem-vu-6-thang-cuoi-nam-2021-c270.html;
// excerpt as stored. The three cells' fund is written "44,962.000 đ" (a comma for the first thousands dot), read as
// 44.962.000 đồng. The 246 ha of the spring rice and the 246 ha of the main crop are two seasons, not one figure
// repeated; the 29 members admitted are within the 1.424, with nothing to add up.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-nhat-quang-hoi-nong-dan-6-thang-2021.txt',
  prefix: 'nqh',
  claims: [
    sum({ id: 'fund-parts', quote: ['quỹ chi hội đến tại thời điểm 30/6/2021 là 286.813.000 đ', 'quỹ hội là 214.851.000 đ, quỹ của 03 chi hội là 44,962.000 đ'], parts: ['214.851.000 đồng', '44.962.000 đồng'], total: '286.813.000 đồng', labels: ['quỹ hội', 'quỹ của 03 chi hội'], mistake: 'planted', original: 'quỹ hội là 241.851.000 đ', note: 'The two funds add to 259.813.000 đồng, 27 triệu short of the total.' }),
    sum({ id: 'main-crop-shares', quote: ['lúa chất lượng hàng hóa chiếm 70% diện tích, Nhóm lúa cao sản là 35% diện tích'], parts: ['70', '35'], total: '100', implicitTotal: true, rounded: true, mistake: 'planted', original: 'Nhóm lúa cao sản là 30% diện tích', note: 'The two groups of the main crop\'s 246 ha make 105%.' }),
  ],
});
