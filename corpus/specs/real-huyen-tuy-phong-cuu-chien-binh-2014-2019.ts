// Huyện Tuy Phong (Bình Thuận): the district party's portal, "Tuy Phong: Hội nghị tổng kết phong trào thi đua “Cựu
// chiến binh gương mẫu”" (title from the address), tuyphong.binhthuan.dcs.vn/Trang-chu/post/9182/tuy-phong-hoi-nghi-tong-ket-phong-trao-thi-dua-cuu-chien-binh-guong-mau,
// five years to 2019; the paragraphs as stored (the first sentence lacks its opening). The "hơn 27%" and the two 96%
// have no counts.
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-tuy-phong-cuu-chien-binh-2014-2019.txt',
  prefix: 'tpc',
  claims: [
    ratio({ id: 'members-over-target', quote: '431/300 hội viên đạt 143,66% so với chỉ tiêu', x: '431', y: '300', stated: '143,66%', mistake: 'author', note: '431/300 = 143,667%: 143,67% rounded half-up; 143,66% truncates.' }),
    ratio({ id: 'branches-clean-strong', quote: '74/79 chi hội đạt 93,67%', x: '74', y: '79', stated: '93,67%', note: '74/79 = 93,67%.' }),
    repeat({ id: 'branches', quote: ['97 chi hội với 1.380 hội viên', '74/79 chi hội'], values: ['97', '79'], mistake: 'planted', original: '79 chi hội với 1.380 hội viên', note: 'The branches are 97 in the first count and 79 in the rate.' }),
  ],
});
