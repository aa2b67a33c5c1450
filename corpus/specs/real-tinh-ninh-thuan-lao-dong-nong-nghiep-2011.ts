// Tỉnh Ninh Thuận: Cục Thống kê Ninh Thuận, results of the 2011 rural, agricultural and fishery census, part II B,
// the table of farm workers of working age (no title in the stored copy),
// cucthongke.ninhthuan.gov.vn/SiteFolders/CTK/2952/ketqua/nongnghiep_2011/phanIIB/page143.html; opening (the stored
// copy ends in the training shares), the flattened table set as a pipe table. The province's workers with a side job
// are printed "24.48" for 24.480: the full-time 104.042 and it do not make 128.522, and the six side jobs add to 24.480,
// not to the "24.48" printed (one slip of the authors, three relations). The training shares are cut before their
// end, so their sums are not labelled.
import { report, share, sum } from '../../scripts/corpus/relations';

const T = '| Lao động nông nghiệp trong độ tuổi lao động có khả năng lao động | Người | 128.522 | 17.633 | 110.889 |';
const NAM = '| - Nam | Người | 66.469 | 9.652 | 56.817 |';
const NU = '| - Nữ | Người | 62.053 | 7.981 | 54.072 |';
const CQDT = '| - Chưa qua đào tạo | Người | 126.008 | 17.083 | 108.925 |';
const DQDT = '| - Đã qua đào tạo nhưng không có chứng chỉ | Người | 695 | 134 | 561 |';
const SC = '| - Sơ cấp nghề | Người | 581 | 138 | 443 |';
const TC = '| - Trung cấp nghề, TC chuyên nghiệp | Người | 927 | 196 | 731 |';
const CDN = '| - Cao đẳng nghề | Người | 67 | 15 | 52 |';
const CD = '| - Cao đẳng | Người | 114 | 31 | 83 |';
const DH = '| - Đại học trở lên | Người | 130 | 36 | 94 |';
const THUAN = '| - Lao động thuần nông | Người | 104.042 | 13.664 | 90.378 |';
const KIEM = '| - Lao động nông nghiệp kiêm các ngành nghề khác | Người | 24.48 | 3.969 | 20.511 |';
const KLN = '| Chia ra: + Kiêm Lâm nghiệp | Người | 9.794 | 45 | 9.749 |';
const KTS = '| + Kiêm Thủy sản | Người | 1.371 | 83 | 1.288 |';
const KDN = '| + Kiêm Diêm nghiệp | Người | 257 | 3 | 254 |';
const KCN = '| + Kiêm Công nghiệp và Xây dựng | Người | 5.523 | 1.914 | 3.609 |';
const KTN = '| + Kiêm Thương nghiệp và Vận tải | Người | 3.292 | 789 | 2.494 |';
const KDV = '| + Kiêm Dịch vụ khác | Người | 4.243 | 1.126 | 3.117 |';
const CC = '| Cơ cấu lao động nông nghiệp trong độ tuổi lao động có khả năng lao động | % | 100,0 | 100,0 | 100,0 |';
const PNAM = '| - Nam | % | 51,7 | 54,7 | 51,2 |';
const PNU = '| - Nữ | % | 48,3 | 45,3 | 48,8 |';
const PCQDT = '| - Chưa qua đào tạo | % | 98,0 | 96,9 | 98,2 |';
const PDQDT = '| - Đã qua đào tạo nhưng không có chứng chỉ | % | 0,5 | 0,8 | 0,5 |';
const PSC = '| - Sơ cấp nghề | % | 0,5 | 0,8 | 0,4 |';
const PTC = '| - Trung cấp nghề, TC chuyên nghiệp | % | 0,7 | 1,1 | 0,7 |';
const TRAINING_Q = [T, CQDT, DQDT, SC, TC, CDN, CD, DH];
const TRAINING = ['chưa qua đào tạo', 'đào tạo không chứng chỉ', 'sơ cấp nghề', 'trung cấp', 'cao đẳng nghề', 'cao đẳng', 'đại học trở lên'];
const KIEM_Q = [KIEM, KLN, KTS, KDN, KCN, KTN, KDV];
const KIEMS = ['lâm nghiệp', 'thủy sản', 'diêm nghiệp', 'công nghiệp và xây dựng', 'thương nghiệp và vận tải', 'dịch vụ khác'];
const ROW = ['thành thị', 'nông thôn'];
const slip = 'The province\'s side-job workers are printed "24.48" for 24.480.';
const planted = { mistake: 'planted' as const, original: '| + Kiêm Thương nghiệp và Vận tải | Người | 3.292 | 798 | 2.494 |' };

export default report({
  doc: 'real-tinh-ninh-thuan-lao-dong-nong-nghiep-2011.md',
  prefix: 'ntn',
  claims: [
    sum({ id: 'total-by-sex', quote: [T, NAM, NU], parts: ['66.469', '62.053'], total: '128.522', labels: ['nam', 'nữ'] }),
    sum({ id: 'urban-by-sex', quote: [T, NAM, NU], parts: ['9.652', '7.981'], total: '17.633', labels: ['nam', 'nữ'] }),
    sum({ id: 'rural-by-sex', quote: [T, NAM, NU], parts: ['56.817', '54.072'], total: '110.889', labels: ['nam', 'nữ'] }),
    sum({ id: 'total-by-training', quote: TRAINING_Q, parts: ['126.008', '695', '581', '927', '67', '114', '130'], total: '128.522', labels: TRAINING }),
    sum({ id: 'urban-by-training', quote: TRAINING_Q, parts: ['17.083', '134', '138', '196', '15', '31', '36'], total: '17.633', labels: TRAINING }),
    sum({ id: 'rural-by-training', quote: TRAINING_Q, parts: ['108.925', '561', '443', '731', '52', '83', '94'], total: '110.889', labels: TRAINING }),
    sum({ id: 'total-by-activity', quote: [T, THUAN, KIEM], parts: ['104.042', '24.48'], total: '128.522', labels: ['thuần nông', 'kiêm ngành khác'], mistake: 'author', note: `${slip} 104.042 + 24.480 = 128.522.` }),
    sum({ id: 'urban-by-activity', quote: [T, THUAN, KIEM], parts: ['13.664', '3.969'], total: '17.633', labels: ['thuần nông', 'kiêm ngành khác'] }),
    sum({ id: 'rural-by-activity', quote: [T, THUAN, KIEM], parts: ['90.378', '20.511'], total: '110.889', labels: ['thuần nông', 'kiêm ngành khác'] }),
    sum({ id: 'total-side-jobs', quote: KIEM_Q, parts: ['9.794', '1.371', '257', '5.523', '3.292', '4.243'], total: '24.48', labels: KIEMS, mistake: 'author', note: `${slip} The six side jobs add to 24.480.` }),
    sum({ id: 'urban-side-jobs', quote: KIEM_Q, parts: ['45', '83', '3', '1.914', '789', '1.126'], total: '3.969', labels: KIEMS, ...planted, note: 'The urban side jobs add to 3.960, 9 short of 3.969.' }),
    sum({ id: 'rural-side-jobs', quote: KIEM_Q, parts: ['9.749', '1.288', '254', '3.609', '2.494', '3.117'], total: '20.511', labels: KIEMS }),
    sum({ id: 'row-total', quote: [T], parts: ['17.633', '110.889'], total: '128.522', labels: ROW }),
    sum({ id: 'row-men', quote: [NAM], parts: ['9.652', '56.817'], total: '66.469', labels: ROW }),
    sum({ id: 'row-women', quote: [NU], parts: ['7.981', '54.072'], total: '62.053', labels: ROW }),
    sum({ id: 'row-untrained', quote: [CQDT], parts: ['17.083', '108.925'], total: '126.008', labels: ROW }),
    sum({ id: 'row-no-certificate', quote: [DQDT], parts: ['134', '561'], total: '695', labels: ROW }),
    sum({ id: 'row-elementary', quote: [SC], parts: ['138', '443'], total: '581', labels: ROW }),
    sum({ id: 'row-vocational', quote: [TC], parts: ['196', '731'], total: '927', labels: ROW }),
    sum({ id: 'row-vocational-college', quote: [CDN], parts: ['15', '52'], total: '67', labels: ROW }),
    sum({ id: 'row-college', quote: [CD], parts: ['31', '83'], total: '114', labels: ROW }),
    sum({ id: 'row-university', quote: [DH], parts: ['36', '94'], total: '130', labels: ROW }),
    sum({ id: 'row-full-time', quote: [THUAN], parts: ['13.664', '90.378'], total: '104.042', labels: ROW }),
    sum({ id: 'row-side-jobs', quote: [KIEM], parts: ['3.969', '20.511'], total: '24.48', labels: ROW, mistake: 'author', note: `${slip} 3.969 + 20.511 = 24.480.` }),
    sum({ id: 'row-side-forestry', quote: [KLN], parts: ['45', '9.749'], total: '9.794', labels: ROW }),
    sum({ id: 'row-side-fishery', quote: [KTS], parts: ['83', '1.288'], total: '1.371', labels: ROW }),
    sum({ id: 'row-side-salt', quote: [KDN], parts: ['3', '254'], total: '257', labels: ROW }),
    sum({ id: 'row-side-industry', quote: [KCN], parts: ['1.914', '3.609'], total: '5.523', labels: ROW }),
    sum({ id: 'row-side-trade', quote: [KTN], parts: ['789', '2.494'], total: '3.292', labels: ROW, ...planted, note: 'Urban and rural make 3.283, 9 short of 3.292 (the same planted edit).' }),
    sum({ id: 'row-side-services', quote: [KDV], parts: ['1.126', '3.117'], total: '4.243', labels: ROW }),
    share({ id: 'share-men', quote: [PNAM, NAM, T], x: '66.469', y: '128.522', stated: '51,7' }),
    share({ id: 'share-women', quote: [PNU, NU, T], x: '62.053', y: '128.522', stated: '48,3' }),
    share({ id: 'urban-share-men', quote: [PNAM, NAM, T], x: '9.652', y: '17.633', stated: '54,7' }),
    share({ id: 'urban-share-women', quote: [PNU, NU, T], x: '7.981', y: '17.633', stated: '45,3' }),
    share({ id: 'rural-share-men', quote: [PNAM, NAM, T], x: '56.817', y: '110.889', stated: '51,2' }),
    share({ id: 'rural-share-women', quote: [PNU, NU, T], x: '54.072', y: '110.889', stated: '48,8' }),
    share({ id: 'share-untrained', quote: [PCQDT, CQDT, T], x: '126.008', y: '128.522', stated: '98,0' }),
    share({ id: 'urban-share-untrained', quote: [PCQDT, CQDT, T], x: '17.083', y: '17.633', stated: '96,9' }),
    share({ id: 'rural-share-untrained', quote: [PCQDT, CQDT, T], x: '108.925', y: '110.889', stated: '98,2' }),
    share({ id: 'share-no-certificate', quote: [PDQDT, DQDT, T], x: '695', y: '128.522', stated: '0,5' }),
    share({ id: 'urban-share-no-certificate', quote: [PDQDT, DQDT, T], x: '134', y: '17.633', stated: '0,8' }),
    share({ id: 'rural-share-no-certificate', quote: [PDQDT, DQDT, T], x: '561', y: '110.889', stated: '0,5' }),
    share({ id: 'share-elementary', quote: [PSC, SC, T], x: '581', y: '128.522', stated: '0,5' }),
    share({ id: 'urban-share-elementary', quote: [PSC, SC, T], x: '138', y: '17.633', stated: '0,8' }),
    share({ id: 'rural-share-elementary', quote: [PSC, SC, T], x: '443', y: '110.889', stated: '0,4' }),
    share({ id: 'share-vocational', quote: [PTC, TC, T], x: '927', y: '128.522', stated: '0,7' }),
    share({ id: 'urban-share-vocational', quote: [PTC, TC, T], x: '196', y: '17.633', stated: '1,1' }),
    share({ id: 'rural-share-vocational', quote: [PTC, TC, T], x: '731', y: '110.889', stated: '0,7' }),
    sum({ id: 'shares-sex-total', quote: [CC, PNAM, PNU], parts: ['51,7', '48,3'], total: '100,0', rounded: true }),
    sum({ id: 'shares-sex-urban', quote: [CC, PNAM, PNU], parts: ['54,7', '45,3'], total: '100,0', rounded: true }),
    sum({ id: 'shares-sex-rural', quote: [CC, PNAM, PNU], parts: ['51,2', '48,8'], total: '100,0', rounded: true }),
  ],
});
