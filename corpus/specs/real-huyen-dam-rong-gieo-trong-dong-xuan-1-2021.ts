// Huyện Đam Rông (Lâm Đồng): winter-spring sowing to the end of 1/2021, from báo Lâm Đồng
// (baolamdong.vn/kinhte/202102/dam-rong-gieo-trong-gan-400-ha-cay-trong-vu-dong-xuan-3042299/); the stored copy has no
// title (the address spells "Đam Rông gieo trồng gần 400 ha cây trồng vụ Đông xuân"), whole. Rice, maize and the other
// crops make the total; the rates have no plans or same-period areas written.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-dam-rong-gieo-trong-dong-xuan-1-2021.txt',
  prefix: 'drg',
  claims: [
    sum({ id: 'sown-by-crop', quote: ['gieo trồng được 384 ha cây trồng vụ Đông xuân', 'lúa nước gieo sạ được 245 ha', 'cây ngô gieo trồng được 57 ha', 'còn gieo trồng được 28 ha cây trồng các loại'], parts: ['245', '57', '28'], total: '384', labels: ['lúa nước', 'ngô', 'cây trồng các loại'], mistake: 'planted', original: 'còn gieo trồng được 82 ha', note: 'Rice, maize and the other crops ("Ngoài ra") make 330 ha, not the 384 ha of the total.' }),
  ],
});
