// Provinces: báo Nghệ An, "Ngày 18-6, các địa phương trong cả nước phải công bố kết quả thi tốt nghiệp THPT" (provinces'
// first results), baonghean.vn/ngay-18-6-cac-dia-phuong-trong-ca-nuoc-phai-cong-bo-ket-qua-thi-tot-nghiep-thpt-10038689.html;
// opening (the lead, printed again as the first sentence, kept once; a photo caption left out).
// The authors' slip: Bình Định's whole-province rate "99,6 %" is its general schools' 22.159/22.248 alone; with the GDTX's 449/480
// it is 22.608/22.728 = 99,47%. Planted: Bình Định's GDTX 449/480 = 93,54%, written 93,45%.
import { ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-tot-nghiep-thpt-2012.txt',
  prefix: 'thpt12',
  claims: [
    ratio({ id: 'dak-lak-gdtx', quote: ['đạt tỷ lệ 70,74%', '2.164 thí sinh đỗ tốt nghiệp /3.059'], x: '2.164', y: '3.059', stated: '70,74%' }),
    ratio({ id: 'binh-dinh-gdtx', quote: ['(93,45%)', '449/480'], x: '449', y: '480', stated: '93,45%', mistake: 'planted', original: 'hệ GDTX có 449/480 thí sinh đỗ tốt nghiệp (93,54%)', note: '449/480 = 93,54%; digits swapped.' }),
    ratio({ id: 'binh-dinh-whole', quote: ['đạt 99,6 %', '22.159/22.248', '449/480'], x: '22.159 + 449', y: '22.248 + 480', stated: '99,6 %', mistake: 'author', note: 'The province\'s rate "trong đó" both systems: 22.608/22.728 = 99,47%, 99,5%; 99,6% is the general schools\' 22.159/22.248 = 99,60% alone.' }),
  ],
});
