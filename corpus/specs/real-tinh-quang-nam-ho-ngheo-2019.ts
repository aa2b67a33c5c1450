// Tỉnh Quảng Nam: báo Quảng Nam, "Năm 2019, toàn tỉnh có 6.256 hộ thoát nghèo" (title from the address),
// baoquangnam.vn/xa-hoi/nam-2019-toan-tinh-co-6256-ho-thoat-ngheo-84402.html, 02/2020; whole (the date line left
// out). Poor and near-poor households by kind and by area. The rates have no household count in the text (6,06%
// and 2,58% both put the province near 423.300 households, so they agree, but that is not a relation of written
// figures). The 6.256 households out of poverty are 19,84% of the poor at the start of the year (about 31.530), not
// of this year's 25.650 (24,39%): a trap. The eight communes and wards without poor households are named one by one
// (Tân Thạnh, Minh An, Cẩm Phô, Thanh Hà, Tân An, Cẩm Nam, Tân Hiệp, Điện Ngọc).
import { contradiction, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-nam-ho-ngheo-2019.txt',
  prefix: 'qnh',
  claims: [
    sum({ id: 'poor-by-kind', quote: ['Năm 2019 toàn tỉnh có 25.650 hộ nghèo', 'hộ nghèo về thu nhập là 25.617 hộ', 'hộ nghèo thiếu hụt dịch vụ xã hội cơ bản là 33 hộ'], parts: ['25.617', '33'], total: '25.650', labels: ['nghèo về thu nhập', 'thiếu hụt dịch vụ xã hội cơ bản'] }),
    sum({ id: 'poor-by-area', quote: ['Năm 2019 toàn tỉnh có 25.650 hộ nghèo', 'khu vực đồng bằng có 8.201 hộ nghèo', 'khu vực miền núi có 17.449 hộ nghèo'], parts: ['8.201', '17.449'], total: '25.650', labels: ['đồng bằng', 'miền núi'] }),
    sum({ id: 'near-poor-by-area', quote: ['Hộ cận nghèo là 10.922 hộ', '7.641 hộ cận nghèo (2,24%)', '3.308 hộ cận nghèo (3,95%)'], parts: ['7.641', '3.308'], total: '10.922', labels: ['đồng bằng', 'miền núi'], mistake: 'planted', original: '7.614 hộ cận nghèo (2,24%)', note: 'The two areas add to 10.949 near-poor households, 27 more than the province\'s 10.922.' }),
    repeat({ id: 'mountain-poor-caption', quote: ['Khu vực miền núi có 17.449 hộ nghèo và', 'khu vực miền núi có 17.449 hộ nghèo (20,85%)'], values: ['17.449', '17.449'] }),
    repeat({ id: 'mountain-near-poor-caption', quote: ['và 3.308 hộ cận nghèo. Ảnh', '3.308 hộ cận nghèo (3,95%)'], values: ['3.308', '3.308'] }),
    contradiction({ id: 'out-of-poverty-rate', kind: 'ratio_percent', quote: ['Tổng số hộ thoát nghèo trong năm 2019 là 6.256 hộ (tỷ lệ 19,84%)', 'Năm 2019 toàn tỉnh có 25.650 hộ nghèo'], stated: '19,84%', expected: '19,84%', consistent: true, reason: 'The households out of poverty are measured against the poor at the start of the year, which the text does not give; 6.256/25.650 = 24,39% is against the wrong base.', trap: 'A rate next to this year\'s poor count, but its base is last year\'s (about 31.530 households).' }),
  ],
});
