// Phường Nam Sơn (quận Kiến An, Hải Phòng): the ward's place in the district's 2021 administrative-reform index,
// from the ward's portal (namson.kienan.haiphong.gov.vn/Tin-tuc-su-kien/Phuong-Nam-Son-xep-thu-310-phuong-ve-ket-qua-xep-hang-thuc-hien-cac-nhiem-vu-cai-cach-hanh-chinh-nam-2021-90358.html),
// 15/04/2022; whole. Scores are written "X/max điểm": the two components add to the total, and so do their maxima.
import { atLeast, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-nam-son-cai-cach-hanh-chinh-2021.txt',
  prefix: 'pns',
  claims: [
    sum({ id: 'score-parts', quote: ['tổng số điểm là 83,21/100 điểm', 'điểm thẩm định theo bộ chỉ số đạt 43,26/60 điểm', 'điểm đo lường sự hài lòng đạt 39,59/40 điểm'], parts: ['43,26', '39,59'], total: '83,21', labels: ['thẩm định', 'hài lòng'], rounded: true, mistake: 'planted', original: 'điểm đo lường sự hài lòng đạt 39,95/40 điểm', note: 'The two components after "Trong đó" add to 82,85, not 83,21: two digits swapped in the second one.' }),
    sum({ id: 'score-maxima', quote: ['83,21/100 điểm', '43,26/60 điểm', '/40 điểm'], parts: ['60', '40'], total: '100', labels: ['thẩm định', 'hài lòng'], note: 'The maxima of the two components make the maximum of the total.' }),
    atLeast({ id: 'appraisal-within-max', quote: '43,26/60 điểm', big: '60', small: '43,26' }),
    atLeast({ id: 'satisfaction-within-max', quote: '39,59/40 điểm', big: '40', small: '39,59' }),
    repeat({ id: 'rank-twice', quote: ['Phường Nam Sơn xếp thứ 3/10 phường', 'xếp thứ 3 trong số 10 phường'], values: ['3', '3'], note: 'The title\'s rank "3/10" is a place, not a fraction.' }),
  ],
});
