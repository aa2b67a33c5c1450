// Xã Gia Tân 2 (huyện Thống Nhất, Đồng Nai): the commune's crop and livestock results as published on its
// page (sub.dost-dongnai.gov.vn/giatan2, NewsID=1800).
import { contradiction, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-gia-tan-2-trong-trot.txt',
  prefix: 'gt',
  claims: [
    sum({ id: 'winter-spring-area', quote: 'Tổng diện tích gieo trồng 355,2/355,2 ha. Trong đó: cây lương thực 198,2 ha, cây thực phẩm 140 ha, cây công nghiệp ngắn ngày 15 ha, cây công nghiệp khác 2,0 ha', parts: ['198,2', '140', '15', '2,0'], total: '355,2', labels: ['cây lương thực', 'cây thực phẩm', 'cây CN ngắn ngày', 'cây CN khác'] }),
    contradiction({ id: 'perennials-not-a-part', quote: ['cây lâu năm 229,5 ha'], stated: '229,5 ha', expected: 'not a part of 355,2 ha', consistent: true, reason: 'Perennial crops follow the list after a semicolon; the four seasonal parts already make 355,2 ha.', trap: 'an area in the same list that is not a part of the total.' }),
    ratio({ id: 'summer-autumn-plan', quote: '607,5 ha (đạt 100%)', x: '607,5', y: '607,5', stated: '100%' }),
    sum({ id: 'summer-autumn-area', quote: ['Vụ Hè thu: tổng diện tích gieo trồng 607,5/', 'Trong đó: cây lương thực 406,5 ha, cây thực phẩm 189 ha, cây công nghiệp ngắn ngày 06 ha, cây thức ăn gia súc 02 ha'], parts: ['406,5', '189', '06', '02'], total: '607,5', labels: ['cây lương thực', 'cây thực phẩm', 'cây CN ngắn ngày', 'cây thức ăn gia súc'], mistake: 'author', note: 'The parts add to 603,5 ha, 4 ha short of the total.' }),
    ratio({ id: 'main-season-plan', quote: '497 ha (đạt 100%)', x: '497', y: '497', stated: '100%' }),
    sum({ id: 'main-season-area', quote: ['Vụ mùa: tổng diện tích gieo trồng 497/', 'Trong đó: cây lương thực 265 ha, cây thực phẩm 220 ha, cây công nghiệp ngắn ngày 06 ha, cây công nghiệp khác 06 ha'], parts: ['265', '220', '06', '06'], total: '497', labels: ['cây lương thực', 'cây thực phẩm', 'cây CN ngắn ngày', 'cây CN khác'] }),
    contradiction({ id: 'farms-switched-subset', quote: ['số trang trại chuyển sang nuôi gà, vịt, cút: 39 trang trại', 'xã có 23 trại gà với 393.400 con; 10 trại vịt: 35.500 con; 11 trại cút: 332.000 con'], stated: '23 + 10 + 11 = 44 trại', expected: '≥ 39 trại', consistent: true, reason: 'The 39 farms are those that switched to poultry; the commune has 44 poultry farms in all, so the list is not a breakdown of the 39.', trap: 'counts per item (farms and birds per kind) that are not parts of the total written before them.' }),
  ],
});
