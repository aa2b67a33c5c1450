// Xã Xuân Quang (huyện Bảo Thắng, Lào Cai): the commune's profile page on baothang.laocai.gov.vn (land,
// population, schools); the "Chứng nhận tín nhiệm mạng" badge is left out.
import { repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-xuan-quang-dan-so-dat-dai.txt',
  prefix: 'xq',
  claims: [
    sum({ id: 'land-by-use', quote: ['tổng diện tích đất tự nhiên là 5.981 ha', 'đất nông nghiệp là 2.459,8 ha', 'đất lâm nghiệp là 1.852,8 ha', 'đất phi nông nghiệp là 894,7 ha', 'đất chưa sử dụng là 737,7 ha'], parts: ['2.459,8', '1.852,8', '894,7', '737,7'], total: '5.981', labels: ['nông nghiệp', 'lâm nghiệp', 'phi nông nghiệp', 'chưa sử dụng'], mistake: 'planted', original: 'đất chưa sử dụng là 773,7 ha', note: 'The four kinds after "trong đó" add to 5.945 ha; with the published 773,7 ha they make the 5.981 ha.' }),
    share({ id: 'working-age-share', quote: 'có 5.600 người trong độ tuổi lao động chiếm 47,3%', x: '5.600', y: '11.925', stated: '47,3%', mistake: 'author', note: '5.600/11.925 khẩu = 46,96…%, i.e. 47,0%.' }),
    sum({ id: 'ethnic-shares-whole', quote: ['Dân tộc kinh chiếm 83%', 'dân tộc Nùng chiếm 8,9%', 'dân tộc Pa cô chiếm 0,1%'], parts: ['83', '8,9', '6,3', '5,3', '1', '0,03', '0,7', '0,3', '0,5', '0,1'], total: '100', implicitTotal: true, rounded: true, mistake: 'author', note: 'The ten shares of the population add to 106,13%, more than the whole even with 83% and 1% read as whole numbers.' }),
    sum({ id: 'schools', quote: ['có 9 trường học', '02 trường mầm non', '04 trường tiểu học', '03 trường THCS'], parts: ['02', '04', '03'], total: '9', labels: ['mầm non', 'tiểu học', 'THCS'] }),
    repeat({ id: 'villages-twice', quote: ['sinh sống ở 22 thôn', '19/ 20 có nhà văn hóa thôn'], values: ['22', '20'], mistake: 'planted', original: 'sinh sống ở 20 thôn', note: 'The number of villages is given twice: 22 in the population paragraph, 20 (as the base of 19/20) further down.' }),
  ],
});
