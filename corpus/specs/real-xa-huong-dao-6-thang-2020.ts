// Xã Hướng Đạo (huyện Tam Dương, Vĩnh Phúc): the HĐND's 16th session and the UBND's six-month figures,
// as published on tamduong.vinhphuc.gov.vn (30/06/2020); the stored copy breaks off in the list of sectors.
import { share, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-huong-dao-6-thang-2020.txt',
  prefix: 'hdo',
  claims: [
    share({ id: 'crops-share', quote: '15.013.125.000đ. Chiếm 7,54%', x: '15.013.125.000', y: '201.586.125.000', stated: '7,54%', mistake: 'planted', original: 'Chiếm 7,45%', note: 'A share of the total written three lines above: 15.013.125.000/201.586.125.000 = 7,45%.' }),
    share({ id: 'forestry-share', quote: '1.021205.000đ. Chiếm 0,5%', x: '1.021.205.000', y: '201.586.125.000', stated: '0,5%', note: 'The figure is printed "1.021205.000" (a missing dot); read as 1.021.205.000 đồng it is 0,51%.' }),
    share({ id: 'livestock-share', quote: '71.737.000.000. Chiếm 35,58%', x: '71.737.000.000', y: '201.586.125.000', stated: '35,58%', mistake: 'author', note: '71.737.000.000/201.586.125.000 = 35,586…% rounds to 35,59%; the authors truncated.' }),
  ],
});
