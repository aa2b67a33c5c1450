// Huyện Tiên Phước (Quảng Nam): the "Toàn dân đoàn kết xây dựng đời sống văn hóa" movement in 2023, from Đài
// Quảng Nam (qrt.vn/xa-hoi/tien-phuoc-78-thon-khoi-pho-duoc-cong-nhan-thon-khoi-pho-van-hoa/), 27/2/2024.
// The village shares (92%, 71%, 55%, 13%) fit 85 villages; the text writes 78/79.
import { ratio, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-tien-phuoc-van-hoa-2023.txt',
  prefix: 'tp',
  claims: [
    ratio({ id: 'cultured-families', quote: '17.800/18.600 hộ đạt danh hiệu gia đình văn hóa (96%)', x: '17.800', y: '18.600', stated: '96%', note: 'A whole-number percent: 95,70%.' }),
    ratio({ id: 'three-year-families', quote: '14.504/18.600 hộ (tỷ lệ 77,97%)', x: '14.504', y: '18.600', stated: '77,97%', mistake: 'author', note: '14.504/18.600 = 77,978…% rounds to 77,98%; truncated.' }),
    ratio({ id: 'cultured-villages', quote: 'Có 78/79 thôn, khối phố được công nhận thôn văn hóa (tỷ lệ 92%)', x: '78', y: '79', stated: '92%', mistake: 'author', note: '78/79 = 98,7%; 92% (and the three shares below) fit 78/85.' }),
    share({ id: 'villages-3-years', quote: 'có 60 thôn duy trì từ năm thứ 3 trở lên (tỷ lệ 71%)', x: '60', y: '79', stated: '71%', mistake: 'author', note: 'A share of the 79 villages of the sentence before: 75,9%, not 71% (60/85 = 70,6%).' }),
    share({ id: 'villages-5-years', quote: '47 thôn duy trì từ năm thứ 5 trở lên (tỷ lệ 55%)', x: '47', y: '79', stated: '55%', mistake: 'author', note: '47/79 = 59,5%, not 55% (47/85 = 55,3%).' }),
    share({ id: 'villages-9-years', quote: 'có 11 thôn duy trì từ năm thứ 9 trở lên (tỷ lệ 13%)', x: '11', y: '79', stated: '13%', mistake: 'author', note: '11/79 = 13,9%, i.e. 14%, not 13% (11/85 = 12,9%).' }),
    ratio({ id: 'cultured-agencies', quote: 'có 109/111 cơ quan đạt danh hiệu cơ quan văn hóa (tỷ lệ 98,2%)', x: '109', y: '111', stated: '98,2%' }),
  ],
});
