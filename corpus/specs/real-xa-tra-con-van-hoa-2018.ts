// Xã Trà Côn (huyện Trà Ôn, Vĩnh Long): results of the "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân
// cư" movement, from báo Vĩnh Long (baovinhlong.com.vn/thoi-su/201807/xa-tra-con-co-2590-ho-gia-dinh-dat-tieu-chuan-van-hoa-2900722),
// 07/2018. The stored copy has no title and repeats its lead paragraph; one copy is kept.
// Two bases run through one list: 2.974 households (registered, cultured, three-year) and the 2.718 that
// registered (xanh-sạch-đẹp, and as far as any written base fits, an toàn and sức khỏe).
import { atLeast, difference, ratio, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-tra-con-van-hoa-2018.txt',
  prefix: 'trc',
  claims: [
    ratio({ id: 'registered', quote: 'có 2.718/2.974 hộ đăng ký, chiếm 91,39%', x: '2.718', y: '2.974', stated: '91,39%' }),
    difference({ id: 'away', quote: ['(có 256 hộ đi làm ăn xa)', '2.718/2.974 hộ đăng ký'], a: '2.974', b: '2.718', stated: '256', note: 'The households that did not register are those working away.' }),
    ratio({ id: 'cultured', quote: ['chiếm 87,90%, trong đó', '2.590/2.974 hộ gia đình đạt tiêu chuẩn văn hóa'], x: '2.590', y: '2.974', stated: '87,90%', mistake: 'planted', original: 'chiếm 87,09%', note: '2.590/2.974 = 87,09%; the percent opens the next line, apart from its X/Y, with two digits swapped.' }),
    share({ id: 'three-year', quote: 'có 2.390 hộ (chiếm 80,36%)', x: '2.390', y: '2.974', stated: '80,36%' }),
    share({ id: 'safe', quote: '2.689 hộ an toàn (chiếm 99,26%)', x: '2.689', y: '2.718', stated: '99,26%', mistake: 'author', note: 'Of the 2.718 registered households (the base that gives 92,2% below) 2.689 is 98,93%; of all 2.974 it is 90,42%. No written base gives 99,26%.' }),
    share({ id: 'healthy', quote: '2.706 hộ sức khỏe (chiếm 99,55%)', x: '2.706', y: '2.718', stated: '99,55%', mistake: 'author', note: '2.706/2.718 = 99,558…%, 99,56% half-up; truncated.' }),
    share({ id: 'green', quote: '2.506 hộ đạt xanh- sạch- đẹp (chiếm 92,2%)', x: '2.506', y: '2.718', stated: '92,2%', trap: 'a share of the 2.718 registered households in a list whose first shares are of all 2.974 (2.506/2.974 = 84,3%).' }),
    ratio({ id: 'self-managed-teams', quote: '138/146 tổ nhân dân tự quản văn hóa (chiếm 94%)', x: '138', y: '146', stated: '94%', mistake: 'planted', original: '(chiếm 95%)', note: '138/146 = 94,52%: a whole-number percent rounds to 95%; 94% is truncated.' }),
    ratio({ id: 'hamlets', quote: '8/10 ấp đạt tiêu chuẩn văn hóa (chiếm 80%)', x: '8', y: '10', stated: '80%' }),
    atLeast({ id: 'three-year-within-cultured', quote: ['có 2.390 hộ', '2.590/2.974 hộ gia đình'], big: '2.590', small: '2.390', note: 'The three-year households are counted "trong đó", among the cultured ones.' }),
  ],
});
