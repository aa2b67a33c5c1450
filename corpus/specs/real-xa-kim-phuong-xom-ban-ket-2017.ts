// Xóm Bản Kết, xã Kim Phượng (huyện Định Hóa, Thái Nguyên): the 2017 great-solidarity day, from the district's
// site (dinhhoa.thainguyen.gov.vn/thong-tin-tuyen-truyen/-/asset_publisher/qae6RUchMAqw/content/xom-ban-ket-xa-kim-phuong-to-chuc-ngay-hoi-k-dan-t-1), 25/11/2017; whole as stored.
import { atLeast, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-kim-phuong-xom-ban-ket-2017.txt',
  prefix: 'bke',
  claims: [
    ratio({ id: 'cultured-families', quote: 'có 80/89 hộ đạt danh hiệu gia đình văn hóa bằng 89,88%', x: '80', y: '89', stated: '89,88%', mistake: 'author', note: '80/89 = 89,887…%, 89,89% half-up; truncated.' }),
    atLeast({ id: 'three-year-within', quote: ['có 83 hộ gia đình được cấp giấy chứng nhận', 'có 80/89 hộ đạt danh hiệu'], big: '80', small: '83', mistake: 'planted', original: 'trong đó có 53 hộ gia đình', note: 'The three-year families are counted "trong đó", among the 80 cultured ones, so they cannot be 83.' }),
  ],
});
