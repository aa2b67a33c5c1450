// Tỉnh Nam Định: báo Nam Định, "Toàn tỉnh xảy ra 15 vụ cháy, nổ" (Phòng Cảnh sát PCCC và CNCH), baonamdinh.vn/channel/5083/202010/toan-tinh-xay-ra-15-vu-chay-no-2540169/;
// whole. The shares of the 14 fires are written without their counts: each must be a whole count of 14 (71,43% = 10/14).
// Planted: the transformer stations' 14,29% (2/14) written 14,92%, which no count of 14 gives.
import { contradiction, report, sum } from '../../scripts/corpus/relations';

const whole = (id: string, quote: string, stated: string, count: number) =>
  contradiction({ id, kind: 'share_percent', quote: [quote, 'xảy ra 14 vụ cháy'], stated, expected: `${count}/14`, consistent: true, reason: `A whole count of the 14 fires (${count}) gives it.` });

export default report({
  doc: 'real-tinh-nam-dinh-chay-no-9-thang-2020.txt',
  prefix: 'nd20',
  claims: [
    sum({ id: 'fires-and-explosions', quote: ['Toàn tỉnh xảy ra 15 vụ cháy, nổ', 'xảy ra 14 vụ cháy, 1 vụ nổ'], parts: ['14', '1'], total: '15', labels: ['cháy', 'nổ'] }),
    whole('electrical', 'hệ thống điện chiếm 71,43% số vụ', '71,43%', 10),
    whole('burning', 'cháy do đốt chiếm 7,14%', '7,14%', 1),
    whole('urban', 'ở thành thị chiếm 57,1% số vụ', '57,1%', 8),
    whole('rural', 'khu vực nông thôn 42,9%', '42,9%', 6),
    whole('shop-houses', 'nhà ở kết hợp kinh doanh chiếm 50% số vụ', '50%', 7),
    whole('workshops', 'xưởng sản xuất, kinh doanh chiếm 7,14%', '7,14%', 1),
    whole('vehicles', 'phương tiện giao thông 7,14%', '7,14%', 1),
    whole('markets', 'chợ dân sinh 7,14%', '7,14%', 1),
    contradiction({ id: 'transformers', kind: 'share_percent', quote: ['trạm biến áp 14,92%', 'xảy ra 14 vụ cháy'], stated: '14,92%', expected: '2/14 = 14,29% (no count of 14 gives 14,92%)', consistent: false, reason: '14,92% of 14 fires is 2,09 fires: 2/14 = 14,29%, 3/14 = 21,43%.', mistake: 'planted', original: 'trạm biến áp 14,29%' }),
    sum({ id: 'urban-rural', kind: 'share_percent', quote: ['ở thành thị chiếm 57,1% số vụ', 'khu vực nông thôn 42,9%'], parts: ['57,1', '42,9'], total: '100', implicitTotal: true, rounded: true }),
  ],
});
