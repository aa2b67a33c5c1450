// Xã Định Trung (TP Vĩnh Yên, Vĩnh Phúc): value of production in 2018 from the commune's report, as published
// on vinhyen.vinhphuc.gov.vn (23/01/2019); the stored copy ends in the list of other news.
import { repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-dinh-trung-kinh-te-2018.txt',
  prefix: 'dtg',
  claims: [
    sum({ id: 'sectors', quote: ['ước đạt 595,6 tỷ đồng', 'Thương mại - dịch vụ ước đạt 290,6 tỷ đồng', 'Công nghiệp - xây dựng ước đạt 227,5 tỷ đồng', 'Nông nghiệp, thủy sản ước đạt 77,5 tỷ'], parts: ['290,6', '227,5', '77,5'], total: '595,6', labels: ['TM-DV', 'CN-XD', 'nông nghiệp'] }),
    share({ id: 'trade-share', quote: 'ngành TM-DV Chiếm 48,3 %', x: '290,6', y: '595,6', stated: '48,3%', mistake: 'planted', original: 'ngành TM-DV Chiếm 48,8 %', note: 'A share of the total given two sentences earlier: 290,6/595,6 = 48,8%.' }),
    share({ id: 'industry-share', quote: 'CN-XD chiếm  38,2%', x: '227,5', y: '595,6', stated: '38,2%' }),
    share({ id: 'farming-share', quote: 'Thủy sản chiểm 13 %', x: '77,5', y: '595,6', stated: '13%', note: 'A whole-number percent: 13,01…%.' }),
    sum({ id: 'shares-whole', quote: ['Chiếm 48,3 %', 'chiếm  38,2%', 'chiểm 13 %'], parts: ['48,3', '38,2', '13'], total: '100', implicitTotal: true, rounded: true, note: '99,5% adds to 100% at the precision of the whole-number 13%; the planted 48,3% is not caught here.' }),
    repeat({ id: 'growth-headline', quote: ['xã Định Trung tăng 13,4%', 'tăng 13,4% so với năm 2017'], values: ['13,4%', '13,4%'] }),
  ],
});
