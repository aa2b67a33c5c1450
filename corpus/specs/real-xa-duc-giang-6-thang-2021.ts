// UBND xã Đức Giang (huyện Vũ Quang, Hà Tĩnh): economic part of the six-month report 2021, as published
// on the commune's page (vuquang.hatinh.gov.vn/ducgiang). Stored copy ends after "3. Về vườn đồi".
import { contradiction, difference, product, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-duc-giang-6-thang-2021.txt',
  prefix: 'dg',
  claims: [
    ratio({ id: 'spring-rice-plan', quote: 'Trong đó lúa là 115/116 ha. Đạt 99,13% so với kế hoạch', x: '115', y: '116', stated: '99,13%', mistake: 'author', note: 'The percent stands in the sentence after its X/Y; 99,137…% truncated instead of rounded.' }),
    sum({ id: 'spring-area-total', quote: ['Tổng diện tích gieo trồng 226 ha'], parts: ['115', '33', '72', '7,2'], total: '226', labels: ['lúa', 'lạc', 'ngô', 'rau màu'], mistake: 'author', note: 'The crops listed under "a. Vụ Xuân" add to 227,2 ha (220 ha without rau màu); neither is the stated 226 ha.' }),
    product({ id: 'spring-rice-output', quote: 'Năng suất đạt 62,58 tạ/ha  sản lượng đạt  719,67  tấn', x: '115', y: '62,58', factor: '0,1', stated: '719,67 tấn', note: 'Area × yield (tạ/ha) / 10 = output in tấn.' }),
    difference({ id: 'peanut-over-plan', quote: '33/ 31,5 ha vượt  1,5 ha so với KH', a: '33', b: '31,5', stated: '1,5' }),
    product({ id: 'peanut-output', quote: 'năng suất đạt 30tạ/ha, sản lượng đạt 99 tạ', x: '33', y: '30', stated: '99 tạ', mistake: 'planted', original: 'sản lượng đạt 99 tấn', note: '33 ha × 30 tạ/ha = 990 tạ = 99 tấn: the unit was changed to tạ.' }),
    product({ id: 'maize-output', quote: 'Trong đó 50,3ha; năng suất đạt 55,92 tạ. Sản lượng ngô đạt 281,3', x: '50,3', y: '55,92', factor: '0,1', stated: '281,3 tấn', note: 'The unit of 281,3 is left out (tấn, as for rice).' }),
    sum({ id: 'maize-area-parts', quote: ['Diện tích gieo trồng là 72 ha. Trong đó 50,3ha', 'còn 21,7ha ngô sinh khối'], parts: ['50,3', '21,7'], total: '72', labels: ['ngô hạt', 'ngô sinh khối'] }),
    sum({ id: 'summer-area-total', quote: 'Tổng diện tích gieo trồng 96ha. Trong đó lúa 40/38ha. Đậu 25/25ha. Ngô 31/35ha.', parts: ['40', '25', '31'], total: '96', labels: ['lúa', 'đậu', 'ngô'], trap: 'the parts are written as done/plan; the plans (38 + 25 + 35 = 98) are not parts of the 96 ha done.' }),
    sum({ id: 'cattle-herd', quote: 'Tổng đàn trâu, bò 1.095 con ( Bò 970con, trâu 125con)', parts: ['970', '125'], total: '1.095', labels: ['bò', 'trâu'] }),
    ratio({ id: 'lsd-vaccination', quote: '971/876 = 110,8%', x: '971', y: '876', stated: '110,8%' }),
    contradiction({ id: 'crop-income-words', kind: 'repeat', quote: ['13.503.000.000đ (Mười ba tỷ, năm trăm linh ba triệu đồng)'], stated: '13.503.000.000đ', expected: 'Mười ba tỷ, năm trăm linh ba triệu đồng', consistent: true, reason: 'The figure and its amount in words agree (13,503 tỷ).' }),
    contradiction({ id: 'livestock-income-words', kind: 'repeat', quote: ['17.250.000.000đ ( Mười bảy tỷ,hai trăm năm mươi triệu đồng)'], stated: '17.250.000.000đ', expected: 'Mười bảy tỷ, hai trăm năm mươi triệu đồng', consistent: true, reason: 'The figure and its amount in words agree (17,25 tỷ).' }),
    contradiction({ id: 'fruit-income-words', kind: 'repeat', quote: ['12.200.000.000đ.(Mười hai tỷ hai trăm triệu đồng)'], stated: '12.200.000.000đ', expected: 'Mười hai tỷ hai trăm triệu đồng', consistent: true, reason: 'The figure and its amount in words agree (12,2 tỷ).' }),
  ],
});
