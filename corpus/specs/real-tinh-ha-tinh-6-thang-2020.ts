// Hà Tĩnh province: economic growth in the first six months of 2020, opening of the provincial report as
// published on hatinh.gov.vn (chi-dao-dieu-hanh/tin-bai/7381).
import { change, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ha-tinh-6-thang-2020.txt',
  prefix: 'htt',
  claims: [
    change({ id: 'grdp-vs-2015', quote: 'đã tăng thêm 38,58% so với năm 2015 (tương đương 10.401 tỷ đồng)', x: '37.358', base: '37.358 − 10.401', stated: '38,58%', direction: 'tăng', note: 'The base (2015) is not written: it is 37.358 − 10.401 = 26.957 tỷ đồng, and the increase is in parentheses.' }),
    sum({ id: 'structure', quote: ['Cơ cấu kinh tế 6 tháng đầu năm 2020: khu vực nông, lâm nghiệp và thủy sản chiếm 17,06%', 'thuế sản phẩm trừ trợ cấp sản phẩm chiếm 9,72%'], parts: ['17,06', '40,08', '33,59', '9,72'], total: '100', implicitTotal: true, rounded: true, mistake: 'planted', original: 'chiếm 9,27%', note: 'The four shares of GRDP must add to 100%.' }),
    sum({ id: 'agri-contribution', quote: ['đóng góp 0,2 điểm phần trăm (nông nghiệp'], parts: ['0,1', '0,02', '0,1'], total: '0,2', rounded: true, note: 'Contributions in percentage points add up (0,22 → 0,2).' }),
    contradiction({ id: 'agri-growth-weighted', quote: ['khu vực nông, lâm nghiệp và thuỷ sản ước tính tăng 1,5% so với cùng kỳ'], stated: 'tăng 1,5%', expected: 'a weighted mean of 0,8%, 2,7% and 7,2%', consistent: true, reason: 'The sector growth is weighted by each branch\'s size; the growth rates of the branches do not add up to it.', trap: 'a weighted index is not a sum of its parts.' }),
  ],
});
