// Huyện Sơn Tịnh (Quảng Ngãi): báo Quảng Ngãi, "Sơn Tịnh có 349 thanh niên đủ sức khỏe tham gia nghĩa vụ quân sự"
// (Đức Văn), baoquangngai.vn/channel/2026/201612/son-tinh-co-349-thanh-nien-du-suc-khoe-tham-gia-nghia-vu-quan-su-2763196/,
// 10/12/2016; whole. The turnout 769 of 796 is 96,61%, written "(96%)": cut, not rounded (97%). The 120 with a college
// or university degree are among those examined, whether of the 769 or the 349 the text does not say (not labelled).
import { atLeast, ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-son-tinh-kham-nvqs-2017.txt',
  prefix: 'stk',
  claims: [
    ratio({ id: 'turnout', quote: ['có 769 thanh niên đến tham gia khám tuyển (96%)', 'phát lệnh gọi khám sức khỏe cho 796 thanh niên'], x: '769', y: '796', stated: '96%', mistake: 'author', note: '769/796 = 96,61%: 97% rounded half-up (the text cuts it).' }),
    repeat({ id: 'fit-headline', quote: ['Sơn Tịnh có 394 thanh niên đủ sức khỏe', 'có 349 thanh niên đủ sức khỏe để tham gia'], values: ['394', '349'], mistake: 'planted', original: 'Sơn Tịnh có 349 thanh niên đủ sức khỏe', note: 'The headline\'s count with two digits swapped against the body\'s 349 (the address keeps 349).' }),
    atLeast({ id: 'fit-within-examined', quote: ['có 769 thanh niên đến tham gia khám tuyển', 'có 349 thanh niên đủ sức khỏe để tham gia'], big: '769', small: '349' }),
    atLeast({ id: 'examined-within-called', quote: ['phát lệnh gọi khám sức khỏe cho 796 thanh niên', 'có 769 thanh niên đến tham gia khám tuyển'], big: '796', small: '769' }),
  ],
});
