// Tỉnh Cao Bằng: farming and forestry in the first ten months of 2022, from the provincial portal's agriculture
// figures (caobang.gov.vn/so-lieu-nong-nghiep/ket-qua-san-xuat-nong-lam-nghiep-va-xay-dung-nong-thon-moi-10-thang-nam-2022-887973);
// opening as stored (view counter left out). Every crop is "done/plan ha, đạt …% KH".
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-cao-bang-nong-lam-nghiep-10-thang-2022.txt',
  prefix: 'cbg',
  claims: [
    ratio({ id: 'rice', quote: 'khoảng 26.410,28 ha/25.976 ha, đạt 101,2% KH', x: '26.410,28', y: '25.976', stated: '101,2%', mistake: 'author', note: '26.410,28/25.976 = 101,67%, i.e. 101,7%.' }),
    repeat({ id: 'rice-caption', quote: ['ha/25.976 ha, đạt 101,2% KH', 'Diện tích gieo cấy lúa mùa đạt 101,2% KH'], values: ['101,2%', '101,2%'], note: 'The caption repeats the (wrong) rate; one mistake, not two.' }),
    ratio({ id: 'maize', quote: '15.635,10 ha/14.007 ha, đạt 111,62%KH', x: '15.635,10', y: '14.007', stated: '111,62%' }),
    ratio({ id: 'soybean', quote: '1.692,75 ha/2.057 ha, đạt 82,29% KH', x: '1.692,75', y: '2.057', stated: '82,29%' }),
    ratio({ id: 'peanut', quote: '1.440,08 ha/1.593 ha, đạt 82,29% KH', x: '1.440,08', y: '1.593', stated: '82,29%', mistake: 'author', note: '1.440,08/1.593 = 90,40%; the 82,29% is copied from the soybean line before it.' }),
    ratio({ id: 'sugarcane', quote: '2.761,11 /2.945,0 ha, đạt 93,75% KH', x: '2.761,11', y: '2.945,0', stated: '93,75%', mistake: 'author', note: '2.761,11/2.945 = 93,7559…%, i.e. 93,76%; truncated.' }),
    ratio({ id: 'cassava', quote: '3.058,38 ha/2.026 ha, đạt 150,69% KH', x: '3.058,38', y: '2.026', stated: '150,69%', mistake: 'planted', original: 'đạt 150,96% KH', note: '3.058,38/2.026 = 150,96%; the last two digits swapped.' }),
    ratio({ id: 'arrowroot', quote: '474,94/371,0 ha, đạt 128,02% KH', x: '474,94', y: '371,0', stated: '128,02%' }),
    ratio({ id: 'grass-jelly', quote: '563,66/415,0 ha, đạt 135,8% KH', x: '563,66', y: '415,0', stated: '135,8%' }),
    ratio({ id: 'fodder-grass', quote: '1.373,86/960 ha, đạt 151,7% KH', x: '1.373,86', y: '960', stated: '151,7%', mistake: 'author', note: '1.373,86/960 = 143,11%, not 151,7%.' }),
  ],
});
