// Xã Diễn Liên (huyện Diễn Châu, Nghệ An) receives the new-rural-area certificate, from báo Nghệ An,
// "Xã Diễn Liên (Diễn Châu) đón nhận bằng đạt chuẩn nông thôn mới" (title from the address),
// baonghean.vn/xa-dien-lien-dien-chau-don-nhan-bang-dat-chuan-nong-thon-moi-277453.html, 11/2020; excerpt as stored.
import { share, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-dien-lien-nong-thon-moi-2020.txt',
  prefix: 'dli',
  claims: [
    share({ id: 'people-contribution', quote: 'vốn nhân dân đóng góp 216 tỷ đồng (chiếm 77% tổng nguồn vốn', x: '216 tỷ đồng', y: '293 tỷ đồng', stated: '77%', mistake: 'author', note: '216/293 = 73,7%; the total is "trên 293", which makes the share smaller still. 77% would need a total of about 280 tỷ.' }),
  ],
});
