// UBND xã Kỳ Tân (huyện Bá Thước, Thanh Hóa): nine-month report 2018, opening of section I as
// published on the commune's page (kytan.bathuoc.gov.vn). The stored copy breaks off in the crop list.
import { atLeast, contradiction, product, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-ky-tan-9-thang-2018.txt',
  prefix: 'kt',
  claims: [
    product({ id: 'spring-rice-output', quote: 'Lúa vụ Chiêm Xuân trồng đạt 135ha, năng suất đạt 53 tạ/ha, sản lượng đạt 715,5tấn', x: '135', y: '53', factor: '0,1', stated: '715,5 tấn' }),
    product({ id: 'main-rice-output', quote: 'năng suất lúa vụ mùa ước đạt 51tạ/ha năng suất lúa dự kiến giảm, sản lượng ước đạt 918 tấn', x: '180', y: '51', factor: '0,1', stated: '918 tấn', note: 'The area (180 ha) is in the clause before.' }),
    sum({ id: 'rice-area', quote: ['Diện tích lúa đạt 315ha', 'Lúa vụ Chiêm Xuân trồng đạt 135ha', 'lúa vụ mùa đạt 180ha'], parts: ['135', '180'], total: '315', labels: ['vụ Chiêm Xuân', 'vụ mùa'] }),
    sum({ id: 'maize-area', quote: ['Diện tích ngô đạt 48 ha', 'ngô vụ Chiêm Xuân trồng được 43ha', 'Ngô vụ mùa trồng được 3ha'], parts: ['43', '3'], total: '48', labels: ['vụ Chiêm Xuân', 'vụ mùa'], mistake: 'planted', original: 'ngô vụ Chiêm Xuân trồng được 45ha' }),
    sum({ id: 'grain-output', quote: ['Sản lượng lương thực có hạt 1681,5 tấn', 'sản lượng đạt 715,5tấn', 'sản lượng ước đạt 918 tấn', 'sản lượng ngô lấy hạt là 42 tấn', 'sản lượng ước đạt 6 tấn'], parts: ['715,5', '918', '42', '6'], total: '1681,5', labels: ['lúa chiêm xuân', 'lúa mùa', 'ngô hạt chiêm xuân', 'ngô mùa'], note: 'The parts are spread over two bullet paragraphs after "Trong đó:".' }),
    contradiction({ id: 'fodder-maize-not-grain', quote: ['thu hoạch được 640 tấn ngô lấy cây'], stated: '640 tấn', expected: 'not a part of 1681,5 tấn', consistent: true, reason: 'Maize harvested as fodder (ngô lấy cây) is not grain output.', trap: 'a quantity of the same unit next to the parts of a total, that is not one of them.' }),
    atLeast({ id: 'sown-area-list-not-exhaustive', quote: ['Tổng diện tích gieo trồng đạt 652ha', 'Diện tích lúa đạt 315ha'], big: '652', small: '404', trap: 'the crops listed (lúa 315 + ngô 48 + sắn 30 + mía 11 = 404 ha) are only the main ones: the published list goes on ("Các loại cây trồng ..."), cut off in the stored copy.' }),
    contradiction({ id: 'sugarcane-plan-and-last-year', quote: ['Cây mía: 11 ha, đạt 220% KH năm, tăng 120% so với cùng kỳ'], stated: '220% KH; tăng 120%', expected: 'plan 5 ha = last year 5 ha', consistent: true, reason: '11 ha is 220% of a 5 ha plan and 120% more than 5 ha last year: both percents are right when plan and last year are equal.', trap: 'đạt X% and tăng (X − 100)% side by side are not an excess mistake when they have different bases.' }),
  ],
});
