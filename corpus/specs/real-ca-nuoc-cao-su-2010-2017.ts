// Cả nước: Hiệp hội Cao su Việt Nam, "Diện tích, sản lượng và năng suất cây cao su tại Việt Nam" (from Tổng cục Thống
// kê, updated 26/7/2018), vra.com.vn/thong-tin/thong-ke-tong-quat/dien-tich-san-luong-va-nang-suat-cay-cao-su-tai-viet-nam.7964.html;
// whole, the table flattened one cell a line with "|" as the page has it. Checked for each year: the yield (kg/ha/năm)
// against output / harvested area, and the harvested area within the whole area. Planted: 2014's yield 1.696 written
// 1.669 (two digits swapped).
import { atLeast, quotient, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-cao-su-2010-2017.txt',
  prefix: 'csu',
  claims: [
    quotient({ id: 'yield-2010', quote: ['751.700\n|\n1.712', '2010\n|\n748.700\n|\n439.100'], x: '751.700', y: '439.100', factor: '1000', stated: '1.712' }),
    atLeast({ id: 'harvested-within-area-2010', quote: ['2010\n|\n748.700\n|\n439.100'], big: '748.700', small: '439.100' }),
    quotient({ id: 'yield-2011', quote: ['789.300\n|\n1.716', '2011\n|\n801.600\n|\n460.000'], x: '789.300', y: '460.000', factor: '1000', stated: '1.716' }),
    atLeast({ id: 'harvested-within-area-2011', quote: ['2011\n|\n801.600\n|\n460.000'], big: '801.600', small: '460.000' }),
    quotient({ id: 'yield-2012', quote: ['877.100\n|\n1.720', '2012\n|\n917.900\n|\n510.000'], x: '877.100', y: '510.000', factor: '1000', stated: '1.720' }),
    atLeast({ id: 'harvested-within-area-2012', quote: ['2012\n|\n917.900\n|\n510.000'], big: '917.900', small: '510.000' }),
    quotient({ id: 'yield-2013', quote: ['946.900\n|\n1.728', '2013\n|\n958.800\n|\n548.100'], x: '946.900', y: '548.100', factor: '1000', stated: '1.728' }),
    atLeast({ id: 'harvested-within-area-2013', quote: ['2013\n|\n958.800\n|\n548.100'], big: '958.800', small: '548.100' }),
    quotient({ id: 'yield-2014', quote: ['966.600\n|\n1.669', '2014\n|\n978.900\n|\n570.000'], x: '966.600', y: '570.000', factor: '1000', stated: '1.669', mistake: 'planted', original: '1.696', note: '966.600 t on 570.000 ha is 1.695,8 kg/ha: two digits swapped.' }),
    atLeast({ id: 'harvested-within-area-2014', quote: ['2014\n|\n978.900\n|\n570.000'], big: '978.900', small: '570.000' }),
    quotient({ id: 'yield-2015', quote: ['1.012.700\n|\n1.676', '2015\n|\n985.600\n|\n604.300'], x: '1.012.700', y: '604.300', factor: '1000', stated: '1.676' }),
    atLeast({ id: 'harvested-within-area-2015', quote: ['2015\n|\n985.600\n|\n604.300'], big: '985.600', small: '604.300' }),
    quotient({ id: 'yield-2016', quote: ['1.035.300\n|\n1.666', '2016\n|\n973.500\n|\n621.400'], x: '1.035.300', y: '621.400', factor: '1000', stated: '1.666' }),
    atLeast({ id: 'harvested-within-area-2016', quote: ['2016\n|\n973.500\n|\n621.400'], big: '973.500', small: '621.400' }),
    quotient({ id: 'yield-2017', quote: ['1.094.500\n|\n1.676', '2017\n|\n969.700\n|\n653.200'], x: '1.094.500', y: '653.200', factor: '1000', stated: '1.676' }),
    atLeast({ id: 'harvested-within-area-2017', quote: ['2017\n|\n969.700\n|\n653.200'], big: '969.700', small: '653.200' }),
  ],
});
