// Huyện Ân Thi (Hưng Yên): preliminary medical examination of the 2020 military intake in the 21 communes, from
// the district portal (anthi.hungyen.gov.vn/huyen-ta-hoan-thanh-kham-so-tuyen-nghia-vu-quan-su-nam-2020-c2327.html),
// 09/11/2019; whole, view counter left out. Every rate is a whole-number percent of its own X/Y; the communes
// named are examples, not parts of the district's total.
import { atLeast, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-an-thi-kham-so-tuyen-nvqs-2020.txt',
  prefix: 'ath',
  claims: [
    ratio({ id: 'district', quote: ['đạt 39%', 'cho 652 thanh niên trên tổng số 1.661 lệnh gọi'], x: '652', y: '1.661', stated: '39%', note: '652/1.661 = 39,25%.' }),
    atLeast({ id: 'fit-within-examined', quote: ['trong đó có 662 thanh niên đạt sức khỏe', 'cho 652 thanh niên'], big: '652', small: '662', mistake: 'planted', original: 'trong đó có 623 thanh niên đạt sức khỏe', note: 'Those found fit are counted "trong đó", among the 652 examined; 662 is more than were examined.' }),
    ratio({ id: 'an-thi', quote: 'thị trấn Ân Thi 88/102 đạt 86%', x: '88', y: '102', stated: '86%' }),
    ratio({ id: 'cam-ninh', quote: 'xã cẩm Ninh 41/61 đạt 67%', x: '41', y: '61', stated: '67%' }),
    ratio({ id: 'van-du', quote: 'Vân Du 52/99 đạt 52%', x: '52', y: '99', stated: '52%', mistake: 'planted', original: 'Vân Du 52/99 đạt 53%', note: '52/99 = 52,53%: a whole-number percent rounds to 53%.' }),
    ratio({ id: 'tan-phuc', quote: 'Tân Phúc 30/44 đạt 68%', x: '30', y: '44', stated: '68%' }),
    ratio({ id: 'phu-ung', quote: 'Phù Ủng 46/84 đạt 54%', x: '46', y: '84', stated: '54%', mistake: 'planted', original: 'Phù Ủng 46/84 đạt 55%', note: '46/84 = 54,76%, 55% whole; 54% is truncated.' }),
    ratio({ id: 'da-loc', quote: 'Đa Lộc có 12/66 đạt 18%', x: '12', y: '66', stated: '18%' }),
    ratio({ id: 'ha-le', quote: 'Hạ Lễ 18/73 đạt 25%', x: '18', y: '73', stated: '25%', note: '18/73 = 24,66%, 25% whole.' }),
    ratio({ id: 'hong-van', quote: 'Hồng Vân 19/65 đạt 29%', x: '19', y: '65', stated: '29%' }),
    ratio({ id: 'van-nhue', quote: 'Văn Nhuệ 32/100 đạt 32%', x: '32', y: '100', stated: '32%' }),
  ],
});
