// Tỉnh Gia Lai: two schools close the school year 2015-2016 (the specialised upper-secondary school Hùng Vương and the
// province's ethnic boarding school), from báo Gia Lai
// (m.baogialai.com.vn/ket-thuc-nam-hoc-2015-2016-nhieu-truong-dat-ket-qua-cao-post148406.html), 28/5/2016; the opening
// as stored, menus and photo captions left out. Each school's groups add to its pupils; the shares are of the 1.399
// pupils given a paragraph before. The 1.120 specialised pupils are a part of the 1.399, not a group beside the others;
// the 41 classes have no per-class figure.
import { atLeast, contradiction, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-gia-lai-tong-ket-nam-hoc-2015-2016.txt',
  prefix: 'glt',
  claims: [
    sum({ id: 'hv-learning', quote: ['với tổng số 1.399 học sinh', '622 học sinh giỏi', '713 em học lực khá', '64 em học sinh trung bình'], parts: ['622', '713', '64'], total: '1.399', labels: ['giỏi', 'khá', 'trung bình'] }),
    share({ id: 'hv-good-share', quote: ['622 học sinh giỏi (chiếm 44,5%)', 'với tổng số 1.399 học sinh'], x: '622', y: '1.399', stated: '44,5%' }),
    share({ id: 'hv-fair-share', quote: ['713 em học lực khá (chiếm 51%)', 'với tổng số 1.399 học sinh'], x: '713', y: '1.399', stated: '51%' }),
    share({ id: 'hv-average-share', quote: ['64 em học sinh trung bình (chiếm 4,5%)', 'với tổng số 1.399 học sinh'], x: '64', y: '1.399', stated: '4,5%', mistake: 'author', note: '64/1.399 = 4,57%, 4,6%; 4,5% makes the three shares add to exactly 100.' }),
    sum({ id: 'hv-learning-shares', kind: 'share_percent', implicitTotal: true, rounded: true, quote: ['(chiếm 44,5%), 713 em học lực khá (chiếm 51%), 64 em học sinh trung bình (chiếm 4,5%)'], parts: ['44,5', '51', '4,5'], total: '100' }),
    sum({ id: 'hv-conduct', quote: ['với tổng số 1.399 học sinh', '1.389 học sinh đạt loại tốt', '10 học sinh đạt loại khá'], parts: ['1.389', '10'], total: '1.399', labels: ['tốt', 'khá'] }),
    share({ id: 'hv-conduct-good-share', quote: ['1.389 học sinh đạt loại tốt (chiếm 99,3%)', 'với tổng số 1.399 học sinh'], x: '1.389', y: '1.399', stated: '99,3%' }),
    share({ id: 'hv-conduct-fair-share', quote: ['10 học sinh đạt loại khá (chiếm 0,7%)', 'với tổng số 1.399 học sinh'], x: '10', y: '1.399', stated: '0,7%' }),
    atLeast({ id: 'hv-specialised-within', quote: ['trong đó có 1.120 học sinh chuyên', 'với tổng số 1.399 học sinh'], big: '1.399', small: '1.120', trap: 'the 1.120 specialised pupils after "trong đó" are a subset of the 1.399, not a group that the others must add to.' }),
    sum({ id: 'dtnt-ethnic', quote: ['có 390 học sinh chia làm 3 khối lớp', 'dân tộc Jrai 285 em', 'Bahnar 66 em', 'dân tộc khác 45 em'], parts: ['285', '66', '45'], total: '390', labels: ['Jrai', 'Bahnar', 'dân tộc khác'], mistake: 'planted', original: 'Bahnar 60 em', note: 'The pupils by people, in parentheses after "trong đó", add to 396, not 390.' }),
    sum({ id: 'dtnt-learning', quote: ['có 390 học sinh chia làm 3 khối lớp', '37 học sinh giỏi, 189 học sinh khá, 157 học sinh trung bình, 7 học sinh yếu'], parts: ['37', '189', '157', '7'], total: '390', labels: ['giỏi', 'khá', 'trung bình', 'yếu'] }),
    contradiction({ id: 'weak-pupils-other-school', quote: ['157 học sinh trung bình, 7 học sinh yếu', 'không có học sinh yếu, kém'], stated: '7', expected: '7 (another school)', consistent: true, reason: 'The 7 weak pupils are the boarding school\'s; "không có học sinh yếu, kém" is said of the Hùng Vương school.', trap: 'a "none" statement about another subject: the count belongs to the second school.' }),
  ],
});
