// Xã Chư Drăng (Krông Pa, Gia Lai): huyện Krông Pa's portal, "UBND xã Chư Drăng tổ chức Hội nghị sơ kết 6 tháng đầu năm
// và triển khai nhiệm vụ 6 tháng cuối năm 2022" (krongpa.gialai.gov.vn/TIN-TUC/Hoat-dong-cap-xa/UBND-xa-Chu-Drang-to-chuc-Hoi-nghi-so-ket-6-thang.aspx),
// 04/07/2022; opening (the image file name left out). The herd is written "17.919 con/14.066 con" with its rate; the
// sown area (91,1%KH) and the two herds' rates have no plan written, so they are noted, not labelled. (Their plans,
// 7.700/93,45% and 10.100/117,87%, would come to at least 8.239 + 8.568 con, more than the 14.066 of the whole herd;
// "trên" leaves the counts open, so nothing is labelled on it.)
import { atLeast, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-chu-drang-so-ket-6-thang-2022.txt',
  prefix: 'cdr',
  claims: [
    ratio({ id: 'herd-rate', quote: 'có 17.919 con/14.066 con, đạt 127,93% KH', x: '17.919', y: '14.066', stated: '127,93%', mistake: 'planted', original: 'đạt 127,39% KH', note: '17.919/14.066 = 127,39%: two digits swapped.' }),
    atLeast({ id: 'herd-parts-within-total', quote: ['có 17.919 con/14.066 con', 'đàn gia súc có trên 7.700 con', 'đàn gia cầm có trên 10.100 con'], big: '17.919', small: '7.700 + 10.100', note: 'Livestock "trên 7.700" and poultry "trên 10.100" make more than 17.800, within the 17.919 of the herd.' }),
  ],
});
