// Xã Mỹ Hương (huyện Lương Tài, Bắc Ninh): the commune's page on bacninh.gov.vn, "Điều kiện tự nhiên-xã hội" (18/05/2017),
// bacninh.gov.vn/web/xa-my-huong/-ieu-kien-tu-nhien-xa-hoi; whole (the view counter left out).
// Planted: the arable land's fall 40,3 ha written 43,0 ha (331,8 − 291,5 = 40,3).
import { atLeast, difference, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-my-huong-dieu-kien-tu-nhien-2017.txt',
  prefix: 'mh17',
  claims: [
    difference({ id: 'arable-fall', quote: ['giảm 43,0ha', 'là 331,8 ha', 'còn 291,5ha'], a: '331,8 ha', b: '291,5 ha', stated: '43,0 ha', mistake: 'planted', original: 'giảm 40,3ha', note: 'As published, 331,8 − 291,5 = 40,3 ha.' }),
    atLeast({ id: 'arable-within-natural', quote: ['là 531,67ha', 'là 331,8 ha'], big: '531,67 ha', small: '331,8 ha' }),
  ],
});
