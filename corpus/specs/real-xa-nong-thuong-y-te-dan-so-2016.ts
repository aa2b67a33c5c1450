// Xã Nông Thượng (thành phố Bắc Kạn): the commune health station's year 2016, from the city's portal
// (backancity.gov.vn/xa-nong-thuong-thanh-pho-bac-kan-thuc-hien-tot-cong-tac-y-te-dan-so/); whole. Only the visits
// are given with their plan; the immunisation, tetanus, water, latrine and vitamin A rates have no counts in the text,
// and "gần 1.450" / "hơn 900" are approximate attendances of sessions, not parts of the visits.
import { ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-nong-thuong-y-te-dan-so-2016.txt',
  prefix: 'ntg',
  claims: [
    ratio({ id: 'visits-plan', quote: 'khám chữa bệnh được 1.370/2.590 lượt người, bằng 52%', x: '1.370', y: '2.590', stated: '52%', mistake: 'planted', original: 'bằng 53%', note: '1.370/2.590 = 52,90%: 53% as a whole number; 52% is the truncation.' }),
  ],
});
