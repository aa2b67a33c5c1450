// Tỉnh Lào Cai: 16 more communes meet the national health criteria in 2018, from Bảo vệ rừng và môi trường
// (baovemoitruong.org.vn/lao-cai-them-16-xa-phuong-dat-tieu-chi-quoc-gia-ve-y-te/); whole.
import { cumulative, difference, ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lao-cai-y-te-xa-2018.txt',
  prefix: 'lcy',
  claims: [
    sum({ id: 'new-by-district', quote: ['công nhận 16 xã, phường trên địa bàn tỉnh', 'huyện Bắc Hà có 3 xã', 'huyện Bát Xát có 2 xã', 'huyện Bảo Yên có 3 xã', 'huyện Si Ma Cai có xã Cán Hồ', 'huyện Văn Bàn có 3 xã', 'huyện Mường Khương có 3 xã', 'thành phố Lào Cai có phường Duyên Hải'], parts: ['3', '2', '3', '1', '3', '3', '1'], total: '16', labels: ['Bắc Hà', 'Bát Xát', 'Bảo Yên', 'Si Ma Cai', 'Văn Bàn', 'Mường Khương', 'TP Lào Cai'], note: 'Two districts list one commune by name, without a count.' }),
    repeat({ id: 'new-title', quote: ['Thêm 16 xã, phường', 'công nhận 16 xã, phường trên địa bàn tỉnh'], values: ['16', '16'] }),
    ratio({ id: 'share-met', quote: 'đã có 154/164 xã, phường, thị trấn đạt tiêu chí quốc gia về y tế, đạt tỷ lệ 93,9%', x: '154', y: '164', stated: '93,9%' }),
    cumulative({ id: 'total-met', quote: ['đã có 154/164 xã', 'Trước đó, 136 xã được UBND tỉnh Lào Cai công nhận', 'công nhận 16 xã, phường trên địa bàn tỉnh'], previous: '136', period: '16', stated: '154', mistake: 'planted', original: 'Trước đó, 138 xã', note: 'The earlier total, given after the new one, plus the 16 of 2018 must make 154: 136 + 16 = 152.' }),
    repeat({ id: 'total-kept', quote: ['đã có 154/164 xã', 'tại 154 xã được công nhận'], values: ['154', '154'] }),
    difference({ id: 'remaining', quote: ['đối với 10 xã còn lại', '154/164 xã'], a: '164', b: '154', stated: '10' }),
  ],
});
