// Tỉnh Nam Định: official spring-rice figures for 2020 (Cục Thống kê), from báo Nam Định
// (baonamdinh.vn/channel/5083/202007/cong-bo-so-lieu-chinh-thuc-dien-tich-nang-suat-san-luong-lua-xuan-2020-2538464/); whole.
// The ten districts' areas and outputs add to the province's. Area × yield does not give each district's output
// (the yields are of the harvested area), so those products are not labelled.
import { atLeast, change, report, sum } from '../../scripts/corpus/relations';

const districts = ['TP Nam Định', 'Mỹ Lộc', 'Vụ Bản', 'Ý Yên', 'Nghĩa Hưng', 'Nam Trực', 'Trực Ninh', 'Xuân Trường', 'Giao Thủy', 'Hải Hậu'];

export default report({
  doc: 'real-tinh-nam-dinh-lua-xuan-2020.txt',
  prefix: 'ndl',
  claims: [
    sum({ id: 'area', quote: ['toàn tỉnh gieo cấy 72.465ha lúa', 'Thành phố Nam Ðịnh: 689ha', 'Hải Hậu: 10.120ha'], parts: ['689', '3.197', '8.113', '12.627', '10.117', '7.605', '7.390', '5.460', '7.147', '10.120'], total: '72.465', labels: districts }),
    sum({ id: 'output', kind: 'unit', quote: ['đạt 503.258 tạ', 'Thành phố Nam Ðịnh: 689ha, 54,25 tạ/ha (100,46%), 3.755 tấn', '76.534 tấn./.'], parts: ['3.755 tấn', '18.486 tấn', '49.950 tấn', '78.225 tấn', '75.522 tấn', '53.649 tấn', '52.638 tấn', '39.547 tấn', '54.952 tấn', '76.534 tấn'], total: '503.258 tạ', labels: districts, mistake: 'planted', original: 'Sản lượng thóc vụ xuân 2020 đạt 503.258 tấn', note: 'The districts\' outputs, in tấn, add to 503.258 tấn = 5.032.580 tạ: the province\'s output is written with the wrong unit.' }),
    change({ id: 'yield-change', quote: ['(bằng 0,07%)', 'Năng suất lúa bình quân toàn tỉnh đạt 69,45 tạ/ha, tăng 0,05 tạ/ha'], x: '69,45', base: '69,45 − 0,05', stated: '0,07%', direction: 'tăng', note: 'Last year\'s yield is given only through the rise: 69,40 tạ/ha.' }),
    atLeast({ id: 'grain-total', quote: ['đạt 514.835 tấn', 'sản lượng ngô đạt 5.653 tấn'], big: '514.835', small: '508.911', trap: 'the winter-spring grain output (514.835 tấn) is more than spring rice plus the 5.653 tấn of maize (508.911 tấn): it also counts the winter crop, so the two are not its parts.' }),
  ],
});
