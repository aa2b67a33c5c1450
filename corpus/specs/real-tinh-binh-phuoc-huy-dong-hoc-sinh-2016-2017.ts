// Tỉnh Bình Phước: enrolment at the start of the school year 2016-2017, from the province's portal
// (binhphuoc.gov.vn/vi/news/hoat-dong-so-nganh/245-178-hoc-sinh-theo-hoc-tai-481-truong-voi-7-975-nhom-lop-7748.html);
// the stored copy has no title and opens on the paragraph about returning pupils; a photo caption left out. Each rate
// gives its X/Y in parentheses after it; the drop-outs by level add to the total.
import { atLeast, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-binh-phuoc-huy-dong-hoc-sinh-2016-2017.txt',
  prefix: 'bph',
  claims: [
    sum({ id: 'returning-pupils', quote: ['huy động được 50 học sinh theo học các lớp', 'trong đó có 48 em học tại một số trường tiểu học', '2 học sinh học tại Trường THCS Minh Tâm'], parts: ['48', '2'], total: '50', labels: ['tiểu học', 'THCS Minh Tâm'] }),
    atLeast({ id: 'continuing-education-within', quote: ['Trong đó, trung học phổ thông hệ giáo dục thường xuyên có 1.315 học sinh', 'toàn tỉnh có 245.178 học sinh'], big: '245.178', small: '1.315', trap: 'a single group after "Trong đó": a part of the 245.178 pupils, not a list of parts that must add up to them.' }),
    ratio({ id: 'age5-preschool', quote: 'đạt 96,9% (17.076/17.807 trẻ)', x: '17.076', y: '17.807', stated: '96,9%', mistake: 'planted', original: 'đạt 95,9%', note: '17.076/17.807 = 95,89%, 95,9%; the X/Y sits in parentheses after the rate.' }),
    ratio({ id: 'age6-grade1', quote: 'đạt 98% (17.020/17.371 em)', x: '17.020', y: '17.371', stated: '98%', note: '97,98% written as a whole number.' }),
    ratio({ id: 'grade6-intake', quote: 'đạt 98,23% (17.455/17.768 học sinh)', x: '17.455', y: '17.768', stated: '98,23%', mistake: 'author', note: '17.455/17.768 = 98,238…%, 98,24% rounded half-up; 98,23% truncates.' }),
    sum({ id: 'drop-outs', quote: ['bỏ học sau kỳ nghỉ hè là 1.623 học sinh', 'tiểu học 98 học sinh', 'THCS 1.226 học sinh', 'THPT 263 học sinh'], parts: ['98', '1.226', '263'], total: '1.623', labels: ['tiểu học', 'THCS', 'THPT'], mistake: 'planted', original: 'THCS 1.262 học sinh', note: 'The drop-outs by level add to 1.587, not 1.623.' }),
  ],
});
