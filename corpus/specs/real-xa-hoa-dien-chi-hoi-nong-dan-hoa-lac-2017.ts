// Chi hội Nông dân ấp Hòa Lạc, xã Hòa Điền (huyện Kiên Lương, Kiên Giang): the district's model branch meeting,
// 30/10/2017, from hoinongdankiengiang.org.vn/trang/TinTuc/inbaiviet.aspx?nid=897; opening as stored (no title).
import { ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-hoa-dien-chi-hoi-nong-dan-hoa-lac-2017.txt',
  prefix: 'hla',
  claims: [
    ratio({ id: 'new-members', quote: 'Phát triển hội viên 26/24, đạt 108,3%', x: '26', y: '24', stated: '108,3%' }),
    ratio({ id: 'support-fund', quote: 'được 6.100.000đ/6.100.000đ, đạt 100%', x: '6.100.000', y: '6.100.000', stated: '100%' }),
    sum({ id: 'mediation', quote: ['hòa giải cơ sở được 11 vụ', 'thành 09 vụ', 'không thành 03'], parts: ['09', '03'], total: '11', labels: ['thành', 'không thành'], mistake: 'planted', original: 'không thành 02', note: 'Successful and failed mediations are all the cases: 9 + 3 = 12.' }),
  ],
});
