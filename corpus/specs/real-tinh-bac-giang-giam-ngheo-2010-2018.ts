// Tỉnh Bắc Giang: Sở KH&ĐT's indicator page "3. GIẢM NGHÈO" (Chỉ tiêu toàn Tỉnh, 2010-2018), ktxh.khdt.bgo.vn/target/509;
// whole as stored. The header names nine years and each row holds eight values, so the columns are labelled by
// position (col-1 … col-8), not by year. The rate of each column is checked against poor / all households of the same
// column: columns 1 and 3 do not fit (15.38 and 10.52), the others do. The fourth "households out of poverty" is
// written 10.98, a rate-sized figure in a row of counts. Planted: column 7's 9.55 cut to 9.54.
import { contradiction, report, share } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-bac-giang-giam-ngheo-2010-2018.txt',
  prefix: 'bgn',
  claims: [
    share({ id: 'poverty-rate-col-1', quote: ['15.40', '63379.00', '412204.00'], x: '63379.00', y: '412204.00', stated: '15.40', mistake: 'author' }),
    share({ id: 'poverty-rate-col-2', quote: ['12.11', '51085.00', '421820.00'], x: '51085.00', y: '421820.00', stated: '12.11' }),
    share({ id: 'poverty-rate-col-3', quote: ['10.44', '44541.00', '423400.00'], x: '44541.00', y: '423400.00', stated: '10.44', mistake: 'author' }),
    share({ id: 'poverty-rate-col-4', quote: ['8.88', '38386.00', '432487.00'], x: '38386.00', y: '432487.00', stated: '8.88' }),
    share({ id: 'poverty-rate-col-5', quote: ['7.50', '32772.00', '436960.00'], x: '32772.00', y: '436960.00', stated: '7.50' }),
    share({ id: 'poverty-rate-col-6', quote: [' 7.00 ', '31046.00', '443514.00'], x: '31046.00', y: '443514.00', stated: '7.00' }),
    share({ id: 'poverty-rate-col-7', quote: ['9.54', '42813.00', '448365.00'], x: '42813.00', y: '448365.00', stated: '9.54', mistake: 'planted', original: '9.55', note: '42813/448365 = 9,5488%: cut to 9.54 instead of rounded to 9.55.' }),
    share({ id: 'poverty-rate-col-8', quote: ['7.55', '34168.00', '452560.00'], x: '34168.00', y: '452560.00', stated: '7.55' }),
    contradiction({ id: 'households-out-of-poverty-col-4', quote: ['6644.00 10.98 6150.00'], stated: '10.98', expected: 'a count of households (the poor fell from 44541 to 38386 that year)', consistent: false, reason: 'A count of households written 10.98, a rate-sized figure in the row of counts, between 6644 and 6150', mistake: 'author' }),
  ],
});
