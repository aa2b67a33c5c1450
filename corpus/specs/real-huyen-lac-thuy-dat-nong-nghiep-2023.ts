// Huyện Lạc Thủy (Hòa Bình): tỉnh Hòa Bình's portal, "Hiệu quả công tác dồn điền đổi thửa trên địa bàn huyện Lạc Thủy"
// (01/11/2023; the list page's summary), hoabinh.gov.vn/tin-nong-nghiep-nong-thon (list page 15); whole as stored.
// Authors' slip: the agricultural land's four kinds 7.208,32 + 14.514,33 + 321,27 + 169,5 = 22.213,42 ha, 20,61 ha more than the
// 22.192,81 ha they are a split of.
// The 70,77% of the natural area has no natural area written: not checkable.
import { atLeast, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-lac-thuy-dat-nong-nghiep-2023.txt',
  prefix: 'lt23',
  claims: [
    sum({ id: 'agri-land-by-kind', quote: ['là 22.192,81 ha', 'nông nghiệp là 7.208,32 ha', 'đất lâm nghiệp 14.514,33 ha', 'thủy sản 321,27 ha', 'nông nghiệp khác 169,5 ha'], parts: ['7.208,32 ha', '14.514,33 ha', '321,27 ha', '169,5 ha'], total: '22.192,81 ha', labels: ['sản xuất nông nghiệp', 'lâm nghiệp', 'nuôi trồng thủy sản', 'nông nghiệp khác'], rounded: true, mistake: 'author', note: 'The parts after "Trong đó" add to 22.213,42 ha, above the 22.192,81 ha total (far beyond rounding).' }),
    sum({ id: 'production-land-by-crop', quote: ['nông nghiệp là 7.208,32 ha', 'hàng năm 3.969,45 ha', 'lâu năm 3.238,87 ha'], parts: ['3.969,45 ha', '3.238,87 ha'], total: '7.208,32 ha', labels: ['cây hàng năm', 'cây lâu năm'], rounded: true }),
    atLeast({ id: 'rice-within-annual', quote: ['hàng năm 3.969,45 ha', 'đất lúa 2.401 ha'], big: '3.969,45 ha', small: '2.401 ha' }),
  ],
});
