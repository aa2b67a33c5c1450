// Bệnh viện đa khoa huyện Hữu Lũng (Lạng Sơn): examinations and treatment in the first nine months of 2018,
// as published on benhvienhuulung.vn ("Gần 90 nghìn lượt người được khám bệnh trong 9 tháng đầu năm 2018");
// the "Bài viết liên quan" block is left out.
import { atLeast, difference, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-huu-lung-kham-chua-benh-9-thang-2018.txt',
  prefix: 'hl',
  claims: [
    atLeast({ id: 'headline-near-90k', quote: ['Gần 90 nghìn lượt người được khám bệnh', '87.096/75.250 lượt người'], big: '90.000', small: '87.096', note: '"Gần 90 nghìn" rounds 87.096 up to a headline figure below it.' }),
    ratio({ id: 'exams-plan', quote: '87.096/75.250 lượt người đạt 115,7% chỉ tiêu kế hoạch', x: '87.096', y: '75.250', stated: '115,7%' }),
    difference({ id: 'exams-vs-last-year', quote: ['tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%)'], a: '115,7', b: '90,4', stated: '25,3', trap: '"tăng 25,3%" is the difference of two plan rates in points (115,7% − 90,4%), with last year\'s rate in parentheses; not a relative change.' }),
    ratio({ id: 'inpatients-plan', quote: '15.366/13.273 lượt bệnh nhân, đạt 115,7% chỉ tiêu kế hoạch', x: '15.366', y: '13.273', stated: '115,7%', mistake: 'author', note: '15.366/13.273 = 115,77%, i.e. 115,8%; the 115,7% of the line above was repeated.' }),
    difference({ id: 'inpatients-vs-last-year', quote: ['tăng 21.8% so với cùng kỳ (năm 2017 đạt 93,9%)'], a: '115,7', b: '93,9', stated: '21.8', trap: 'points between two plan rates (115,7% − 93,9%), written "21.8" with a decimal point.' }),
    difference({ id: 'beds-vs-last-year', quote: ['giảm 53,37% so với cùng kỳ (năm 2017 đạt 190,5%)', 'Công xuất sử dụng giường bệnh đạt 137,13%'], a: '190,5', b: '137,13', stated: '53,37', trap: 'a fall in points of bed occupancy (190,5% − 137,13%), not a relative fall (28%).' }),
    ratio({ id: 'outpatients-plan', quote: '10.661/3.318 lượt bệnh nhân, đạt 321,3% chỉ tiêu kế hoạch', x: '10.661', y: '3.318', stated: '321,3%' }),
    difference({ id: 'outpatients-vs-last-year', quote: ['tăng 42,2% so với cùng kỳ (năm 2017 đạt 277,1%)'], a: '321,3', b: '277,1', stated: '42,2', mistake: 'planted', original: 'tăng 44,2% so với cùng kỳ', note: '321,3% − 277,1% (last year, in parentheses) = 44,2 points.' }),
    sum({ id: 'outpatients-by-disease', quote: ['10.661/3.318 lượt bệnh nhân', 'tăng huyết áp: 4.290', 'tiểu đường: 4.149', 'các bệnh khác: 2.122'], parts: ['4.290', '4.149', '2.122'], total: '10.661', labels: ['tăng huyết áp', 'tiểu đường', 'bệnh khác'], mistake: 'planted', original: 'các bệnh khác: 2.222', note: 'The parts after "Trong đó" add to 10.561, not 10.661.' }),
  ],
});
