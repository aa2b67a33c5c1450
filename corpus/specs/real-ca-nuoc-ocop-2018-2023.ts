// Cả nước: Liên minh HTX TP.HCM's portal (from baotintuc.vn), "Giai đoạn 2018-2023: Cả nước có hơn 10.300 sản phẩm OCOP đạt 3
// sao trở lên", lmhtx.hochiminhcity.gov.vn/web/guest/tin-tong-hop (article 493721); whole (the menu label and photo caption left out).
// The authors' slip: the products' shares (67,3% + 31,2% + 0,8%) and the 42 five-star products (0,41% of 10.322) add to 99,71%.
// Planted: the producers' 34,9% of households written 37,9% (the three shares then pass 100% before the co-operative groups).
import { atLeast, contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-ocop-2018-2023.txt',
  prefix: 'ocop23',
  claims: [
    atLeast({ id: 'headline-products', quote: ['Đã có 10.322 sản phẩm', 'Cả nước có hơn 10.300 sản phẩm'], big: '10.322', small: '10.300' }),
    contradiction({ id: 'products-by-star', kind: 'share_percent', quote: ['có 67,3% sản phẩm 3 sao', '31,2% sản phẩm 4 sao', '0,8% sản phẩm tiềm năng 5 sao', '42 sản phẩm 5 sao', 'Đã có 10.322 sản phẩm'], stated: '67,3% + 31,2% + 0,8% + 42/10.322 = 99,71%', expected: '100%', consistent: false, reason: '42/10.322 = 0,41%; the four groups add to 99,71%, more than the ±0,15 points three one-decimal shares can miss by.', mistake: 'author' }),
    atLeast({ id: 'producers-by-kind', kind: 'share_percent', quote: ['có 38,1% là hợp tác xã', '24,2% là doanh nghiệp', '37,9% là cơ sở sản xuất/hộ kinh doanh', 'còn lại là tổ hợp tác'], big: '100', small: '38,1 + 24,2 + 37,9', mistake: 'planted', original: '34,9% là cơ sở sản xuất/hộ kinh doanh', note: 'Three shares of the 5.361 producers leave the rest to co-operative groups: they must stay under 100%.' }),
  ],
});
