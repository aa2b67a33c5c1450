// Tỉnh Long An: the "Toàn dân đoàn kết xây dựng đời sống văn hóa" movement, figures of the HĐND's culture and
// social committee, from báo Long An (baolongan.vn/long-an-co-1019-ap-khu-pho-duoc-cong-nhan-ap-khu-pho-van-hoa-a80155.html),
// 07/08/2019; opening as stored (language menu and repeated captions left out). The three rates are all truncated.
import { ratio, repeat, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-long-an-van-hoa-2019.txt',
  prefix: 'lav',
  claims: [
    ratio({ id: 'families-registered', quote: 'có 388.236/389.928 hộ gia đình đăng ký thực hiện gia đình văn hóa (99,5%)', x: '388.236', y: '389.928', stated: '99,5%', mistake: 'author', note: '388.236/389.928 = 99,566%, i.e. 99,6%; truncated.' }),
    share({ id: 'families-recognised', quote: 'được công nhận gia đình văn hóa 380.419 hộ (97,5%)', x: '380.419', y: '389.928', stated: '97,5%', mistake: 'author', note: 'Of all 389.928 households 97,56%, i.e. 97,6% (of the registered ones it would be 97,99%).' }),
    ratio({ id: 'hamlets-registered', quote: 'có 1.035/1.035 ấp, khu phố đăng ký thực hiện mô hình “Ấp, khu phố văn hóa” đạt 100%', x: '1.035', y: '1.035', stated: '100%' }),
    ratio({ id: 'hamlets-recognised', quote: 'công nhận mới 1.019/1.035 (98,4%)', x: '1.019', y: '1.035', stated: '98,4%', mistake: 'author', note: '1.019/1.035 = 98,454%, i.e. 98,5%; truncated.' }),
    repeat({ id: 'hamlets-title', quote: ['Long An có 1019 ấp', 'công nhận mới 1.019/1.035'], values: ['1019', '1.019'] }),
  ],
});
