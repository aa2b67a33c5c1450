// Cả nước: báo mới (from another paper, author Bảo Cầm), "Xây dựng, sửa chữa hơn 1 triệu căn nhà cho người nghèo" (Ủy ban
// T.Ư MTTQ Việt Nam, 2010), baomoi.com/xay-dung-sua-chua-hon-1-trieu-can-nha-cho-nguoi-ngheo/c/5020959.epi; whole.
// Checked: the central fund within the four levels' 705 tỉ, the nine months within the ten years' cumulative 5.120 tỉ,
// and the headline against the body.
import { atLeast, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-quy-vi-nguoi-ngheo-9-thang-2010.txt',
  prefix: 'vnn',
  claims: [
    atLeast({ id: 'central-within-four-levels', quote: ['đã vận động được 705 tỉ đồng', '(trong đó Quỹ vì người nghèo T.Ư vận động được 103 tỉ đồng)'], big: '705', small: '103' }),
    atLeast({ id: 'nine-months-within-cumulative', kind: 'cumulative', quote: ['quỹ đã vận động được 5.120 tỉ đồng', 'đã vận động được 705 tỉ đồng'], big: '5.120', small: '705' }),
    repeat({ id: 'headline-houses', quote: ['Xây dựng, sửa chữa hơn 1 triệu căn nhà cho người nghèo', 'sửa chữa được hơn 1 triệu căn nhà đại đoàn kết'], values: ['1', '1'] }),
  ],
});
