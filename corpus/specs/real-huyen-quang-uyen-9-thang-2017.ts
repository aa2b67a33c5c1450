// Huyện Quảng Uyên (Cao Bằng): the district portal, "Họp thường kỳ (mở rộng) sơ kết công tác 9 tháng đầu năm và triển
// khai nhiệm vụ 3 tháng cuối năm 2017", quanguyen.caobang.gov.vn/node/446; opening (ended by […]), typing slips
// ("ccoong tác", "ước đat") kept. Most rates are of plans the text does not give. Checked: the tenth-month rice output
// against area × yield (2.260,44 ha × 43 tạ/ha = 9.719,9 tấn).
import { product, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-quang-uyen-9-thang-2017.txt',
  prefix: 'quy',
  claims: [
    product({ id: 'tenth-month-rice-output', quote: ['sản lượng ước đạt 9.720 tấn', 'gieo cấy lúa mùa được 2.260,44 ha', 'năng suất ước đạt 43 tạ/ha'], x: '2.260,44', y: '43', factor: '0,1', stated: '9.720 tấn' }),
  ],
});
