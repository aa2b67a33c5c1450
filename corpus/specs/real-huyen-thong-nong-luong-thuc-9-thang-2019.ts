// Huyện Thông Nông (Cao Bằng): "Thông Nông: Tổng sản lượng lương thực ước đạt hơn 13.000 tấn trong 9 tháng đầu năm", as
// copied at trangtintonghop.net/thong-nong-tong-san-luong-luong-thuc-uoc-dat-hon-13-000-tan-trong-9-thang-dau-nam/; whole
// (the comment form left out). Grain is rice and maize; the plans and last year's outputs are not written.
// Authors' slip: the total's growth "tăng 0,4%" against its parts' (last year 5.175,5/1,0247 + 7.879,4/0,9935 = 12.981,7
// tấn, so +0,56%, 0,6%).
// Planted: the rice output 5.175,5 tấn written 5.715,5 (rice and maize no longer make 13.054,9).
import { contradiction, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-thong-nong-luong-thuc-9-thang-2019.txt',
  prefix: 'tn19',
  claims: [
    sum({ id: 'grain-by-crop', quote: ['ước đạt 13.054,9 tấn', 'sản lượng ước đạt 5.715,5 tấn', 'sản lượng 7.879,4 tấn'], parts: ['5.715,5', '7.879,4'], total: '13.054,9', labels: ['lúa', 'ngô'], mistake: 'planted', original: 'sản lượng ước đạt 5.175,5 tấn', note: 'As published, 5.175,5 + 7.879,4 = 13.054,9.' }),
    contradiction({ id: 'grain-growth-weighted', kind: 'change_percent', quote: ['tăng 0,4% so với cùng kỳ 2018', 'tăng 2,47% so với cùng kỳ', 'giảm 0,65% so với cùng kỳ'], stated: '0,4%', expected: '0,6% (0,56% from the parts)', consistent: false, reason: 'Last year (published rice 5.175,5): 5.175,5/1,0247 + 7.879,4/0,9935 = 5.050,7 + 7.931,0 = 12.981,7 tấn; 13.054,9/12.981,7 = +0,56% (0,559–0,569% over the rounding of 2,47% and 0,65%), not 0,4%.', mistake: 'author' }),
    contradiction({ id: 'grain-plan-weighted', kind: 'ratio_percent', quote: ['đạt 101,1% kế hoạch (KH) tỉnh giao', 'đạt 102,7% KH', 'đạt 100,1% KH'], stated: '101,1%', expected: 'between 100,1% and 102,7% (101,1% from the parts)', consistent: true, reason: 'Plans (published rice 5.175,5): 5.175,5/1,027 + 7.879,4/1,001 = 12.910,9 tấn; 13.054,9/12.910,9 = 101,12%.', trap: 'a weighted rate: the total\'s share of plan lies between its parts\'.' }),
    contradiction({ id: 'headline-grain', kind: 'repeat', quote: ['ước đạt hơn 13.000 tấn', 'ước đạt 13.054,9 tấn'], stated: 'hơn 13.000 tấn', expected: '13.054,9 tấn', consistent: true, reason: '13.054,9 tấn is "hơn 13.000 tấn".' }),
  ],
});
