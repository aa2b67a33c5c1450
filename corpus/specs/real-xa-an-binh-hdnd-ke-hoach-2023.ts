// HĐND xã An Bình (huyện Thuận Thành, Bắc Ninh), 6th session, 26-27/12/2022: the 2023 targets, from
// thuanthanh.bacninh.gov.vn/en/news/-/details/22340/hoi-ong-nhan-dan-xa-an-binh-thong-qua-5-nghi-quyet-quan-trong-42954826;
// opening as stored. The figures are targets, but their parts and shares still have to agree.
import { report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-an-binh-hdnd-ke-hoach-2023.txt',
  prefix: 'anb',
  claims: [
    sum({ id: 'income-by-sector', quote: ['tổng thu nhập xã hội trên địa bàn xã đạt 621 tỉ đồng', 'giá trị nông nghiệp, chăn nuôi, thủy sản đạt 50 tỉ đồng', 'Giá trị thương mại dịch vụ đạt 298 tỉ đồng', 'Giá trị tiểu thủ công nghiệp và xây dựng đạt 273 tỉ đồng'], parts: ['50', '298', '273'], total: '621', labels: ['nông nghiệp', 'thương mại dịch vụ', 'TTCN-XD'] }),
    share({ id: 'agriculture-share', quote: 'đạt 50 tỉ đồng, chiếm 8%', x: '50', y: '621', stated: '8%', note: '8,05%.' }),
    share({ id: 'services-share', quote: 'đạt 298 tỉ đồng, chiếm 48%', x: '298', y: '621', stated: '48%', note: '47,99%.' }),
    share({ id: 'industry-share', quote: 'đạt 273 tỉ đồng, chiếm 45%', x: '273', y: '621', stated: '45%', mistake: 'planted', original: 'chiếm 44%', note: '273/621 = 43,96%, i.e. 44%.' }),
    sum({ id: 'shares-whole', quote: ['chiếm 8%', 'chiếm 48%', 'chiếm 45%'], parts: ['8', '48', '45'], total: '100', implicitTotal: true, rounded: true, note: 'Whole-number shares: 101 is within their rounding (±1,5), so the sum alone does not show the slip in the last one.' }),
  ],
});
