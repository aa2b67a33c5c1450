// UBND xã Triệu Thành (huyện Triệu Sơn, Thanh Hóa): results of the 2021-2022 winter-spring crop, opening
// of the commune's production plan for 2022-2023 as published on trieuthanh.trieuson.gov.vn (09/05/2023).
// The page's counters ("Ý kiến thăm dò", "Truy cập") are left out; the stored copy breaks off in 2.1.
import { contradiction, product, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-trieu-thanh-vu-chiem-xuan-2022.txt',
  prefix: 'trt',
  claims: [
    share({ id: 'early-crop-share', quote: 'Trà xuân chính: 27 ha, chiếm 15,2% diện tích', x: '27', y: '177', stated: '15,2%', mistake: 'author', note: 'The base (177 ha) is two lines above. 27/177 = 15,25…% rounds to 15,3%; the authors wrote 15,2% so that the two shares make 100%.' }),
    share({ id: 'late-crop-share', quote: 'Trà xuân muộn: 150 ha, chiếm 84,8% diện tích', x: '150', y: '177', stated: '84,8%', mistake: 'author', note: '150/177 = 84,745…% rounds to 84,7%, not 84,8%.' }),
    sum({ id: 'crops-add-to-area', quote: ['Toàn xã gieo cấy được 177ha', 'Trà xuân chính: 27 ha', 'Trà xuân muộn: 150 ha'], parts: ['27', '150'], total: '177', labels: ['xuân chính', 'xuân muộn'] }),
    sum({ id: 'crop-shares-whole', quote: ['chiếm 15,2% diện tích', 'chiếm 84,8% diện tích'], parts: ['15,2', '84,8'], total: '100', implicitTotal: true, rounded: true, note: 'The two written shares do make 100%; each is off by one in the last digit.' }),
    repeat({ id: 'rice-area-twice', quote: ['Toàn xã gieo cấy được 177ha', 'Diện tích gieo cấy là 177ha'], values: ['177', '177'] }),
    product({ id: 'rice-output', quote: 'năng suất bình quân đạt 60 tạ/ha, sản lượng thóc là 1.062 tấn', x: '177', y: '60', factor: '0,1', stated: '1.062 tấn', note: '177 ha × 60 tạ/ha = 10.620 tạ = 1.062 tấn.' }),
    share({ id: 'hybrid-share', quote: 'Diện tích lúa lai đạt 130 ha, chiếm 74,3% tổng diện tích', x: '130', y: '177', stated: '74,3%', mistake: 'planted', original: 'chiếm 73,4% tổng diện tích', note: 'A share of the total given three sentences earlier; 130/177 = 73,4%: two digits swapped.' }),
    sum({ id: 'rice-kinds', quote: ['Diện tích gieo cấy là 177ha', 'Diện tích lúa lai đạt 130 ha', 'Diện tích lúa thuần đạt 47ha'], parts: ['130', '47'], total: '177', labels: ['lúa lai', 'lúa thuần'] }),
    contradiction({ id: 'hybrid-and-quality-75', quote: ['diện tích lúa lai và lúa chất lượng cao đạt 75%'], stated: '75%', expected: 'not 130/177 (73,4%)', consistent: true, reason: 'The 75% counts hybrid and high-quality rice together; the high-quality area is not given, so it is not the hybrid share.', trap: 'a percent of another, larger group next to the hybrid area.' }),
    product({ id: 'maize-output', quote: 'Cây ngô: 17 ha, năng suất bình quân đạt 39tạ/ha, sản lượng khoảng 66,3 tấn', x: '17', y: '39', factor: '0,1', stated: '66,3 tấn' }),
    product({ id: 'peanut-output', quote: 'Cây lạc: 2 ha, năng suất bình quân đạt 40tạ/ha, sản lượng 8 tạ', x: '2', y: '40', stated: '8 tạ', mistake: 'planted', original: 'sản lượng 8 tấn', note: '2 ha × 40 tạ/ha = 80 tạ = 8 tấn: the figure kept, the unit changed to tạ.' }),
    product({ id: 'sweet-potato-output', quote: 'Cây khoai lang: 2 ha, năng suất bình quân đạt 65tạ/ha, sản lượng 13 tấn', x: '2', y: '65', factor: '0,1', stated: '13 tấn' }),
    sum({ id: 'other-crops', quote: ['Cây màu: 25ha', 'Cây ngô: 17 ha', 'Cây lạc: 2 ha', 'Cây khoai lang: 2 ha', 'Rau màu các loại: 5 ha'], parts: ['17', '2', '2', '5'], total: '25', labels: ['ngô', 'lạc', 'khoai lang', 'rau màu'], mistake: 'planted', original: 'Rau màu các loại: 4 ha', note: 'The crops listed after "Trong đó" add to 26 ha, not the 25 ha stated.' }),
  ],
});
