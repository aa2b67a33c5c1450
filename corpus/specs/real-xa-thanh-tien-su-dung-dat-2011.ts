// Xã Thanh Tiên (Thanh Chương, Nghệ An): a graduation thesis (Nguyễn Hoàng Thành), "Khóa luận tốt nghiệp: Đánh giá
// hiệu quả sản xuất lúa tại xã Thanh Tiên, huyện Thanh Chương, tỉnh Nghệ An", page 22, with the commune UBND's table of
// land use in 2011, khothuvienso.com/doc/khoa-luan-tot-nghiep-danh-gia-hieu-qua-san-xuat-lua-tai-xa-thanh-tien-huyen-thanh-chuong-tinh-nghe-an-171+31+40;
// opening (the page's counters left out; the stored copy ends in the forest sentence). Every share is of the 893,13
// ha. The annual crops' 41,38% is 369,35/893,13 = 41,35%, and "other annual crops" 19,80% is 19,79%: the authors'
// slips (the first also makes the production land's two shares add to 59,06 for 59,04). The text gives the perennial
// crops' 17,68% in a sentence about the production land, but of the whole area, as it says (157,91/527,26 would be
// 29,95%): a trap. The unused land is printed "16.49" with a dot.
import { ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

const TOTAL = 'Tổng diện tích tự nhiên\n893,13\n100,00';
const AGRI = '1. Đất nông nghiệp\n665,85\n74,55';
const PROD = '1.1. Đất sản xuất nông nghiệp\n527,26\n59,04';
const ANNUAL = '- Đất trồng cây hàng năm\n369,35\n41,38';
const RICE = '+ Đất trồng lúa\n192,64\n21,57';
const OTHER = '+ Đất trồng cây hàng năm khác\n176,71\n19,80';
const PERENNIAL = '- Đất trồng cây lâu năm\n157,91\n17,68';
const FOREST = '1.2. Đất lâm nghiệp\n125,14\n14,01';
const FISH = '1.3. Đất NTTS\n13,45\n1,51';
const NONAGRI = '2. Đất phi nông nghiệp\n210,79\n23,60';
const UNUSED = '3. Đất chưa sử dụng\n16.49\n1,85';

export default report({
  doc: 'real-xa-thanh-tien-su-dung-dat-2011.txt',
  prefix: 'ttd',
  claims: [
    share({ id: 'agricultural', quote: [AGRI, TOTAL], x: '665,85', y: '893,13', stated: '74,55' }),
    share({ id: 'production', quote: [PROD, TOTAL], x: '527,26', y: '893,13', stated: '59,04' }),
    share({ id: 'annual', quote: [ANNUAL, TOTAL], x: '369,35', y: '893,13', stated: '41,38', mistake: 'author', note: '369,35/893,13 = 41,35%.' }),
    share({ id: 'rice', quote: [RICE, TOTAL], x: '192,64', y: '893,13', stated: '21,57' }),
    share({ id: 'other-annual', quote: [OTHER, TOTAL], x: '176,71', y: '893,13', stated: '19,80', mistake: 'author', note: '176,71/893,13 = 19,785%: 19,79.' }),
    share({ id: 'perennial', quote: [PERENNIAL, TOTAL], x: '157,91', y: '893,13', stated: '17,68' }),
    share({ id: 'forest', quote: [FOREST, TOTAL], x: '125,14', y: '893,13', stated: '14,01' }),
    share({ id: 'aquaculture', quote: [FISH, TOTAL], x: '13,45', y: '893,13', stated: '1,51' }),
    share({ id: 'non-agricultural', quote: [NONAGRI, TOTAL], x: '210,79', y: '893,13', stated: '23,60' }),
    share({ id: 'unused', quote: [UNUSED, TOTAL], x: '16.49', y: '893,13', stated: '1,85' }),
    sum({ id: 'area-by-use', quote: [TOTAL, AGRI, NONAGRI, UNUSED], parts: ['665,85', '210,79', '16.49'], total: '893,13', labels: ['nông nghiệp', 'phi nông nghiệp', 'chưa sử dụng'] }),
    sum({ id: 'agricultural-by-kind', quote: [AGRI, PROD, FOREST, FISH], parts: ['527,26', '125,14', '13,45'], total: '665,85', labels: ['sản xuất nông nghiệp', 'lâm nghiệp', 'nuôi trồng thủy sản'] }),
    sum({ id: 'production-by-kind', quote: [PROD, ANNUAL, PERENNIAL], parts: ['369,35', '157,91'], total: '527,26', labels: ['cây hàng năm', 'cây lâu năm'] }),
    sum({ id: 'annual-by-kind', quote: [ANNUAL, RICE, OTHER], parts: ['192,64', '176,71'], total: '369,35', labels: ['lúa', 'cây hàng năm khác'] }),
    sum({ id: 'shares-by-use', quote: [TOTAL, AGRI, NONAGRI, UNUSED], parts: ['74,55', '23,60', '1,85'], total: '100,00', rounded: true }),
    sum({ id: 'shares-agricultural', quote: [AGRI, PROD, FOREST, FISH], parts: ['59,04', '14,01', '1,51'], total: '74,55', rounded: true, note: 'They add to 74,56, within rounding.' }),
    sum({ id: 'shares-production', quote: [PROD, ANNUAL, PERENNIAL], parts: ['41,38', '17,68'], total: '59,04', rounded: true, mistake: 'author', note: 'They add to 59,06, 0,02 over the 59,04 (their rounding allows 0,015): from the 41,38 written for 41,35.' }),
    sum({ id: 'shares-annual', quote: [ANNUAL, RICE, OTHER], parts: ['21,57', '19,80'], total: '41,38', rounded: true, note: 'They add to 41,37, within rounding of the 41,38 printed.' }),
    ratio({ id: 'agricultural-text', quote: ['665,85 ha tương ứng 75,45%', 'tích đất tự nhiên của toàn xã năm 2011 là 893,13 ha'], x: '665,85', y: '893,13', stated: '75,45%', mistake: 'planted', original: 'tương ứng 74,55%', note: '665,85/893,13 = 74,55%, as the table has it; two digits swapped.' }),
    ratio({ id: 'perennial-text', quote: ['157,91 ha tương ứng 17,68% tổng diện tích đất tự nhiên', 'tích đất tự nhiên của toàn xã năm 2011 là 893,13 ha'], x: '157,91', y: '893,13', stated: '17,68%', trap: 'Given in a sentence about the production land, but of the whole area, as written; 157,91/527,26 would be 29,95%.' }),
    repeat({ id: 'area-repeated', quote: [TOTAL, 'tích đất tự nhiên của toàn xã năm 2011 là 893,13 ha'], values: ['893,13', '893,13'] }),
    repeat({ id: 'agricultural-repeated', quote: [AGRI, 'lớn nhất với 665,85 ha'], values: ['665,85', '665,85'] }),
    repeat({ id: 'forest-repeated', quote: [FOREST, 'với diện tích 125,14 ha'], values: ['125,14', '125,14'] }),
  ],
});
