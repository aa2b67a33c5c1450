// Tỉnh Ninh Thuận: Cục Thống kê Ninh Thuận, results of the 2011 rural, agricultural and fishery census, part II A,
// the table of salt workers of working age (no title in the stored copy),
// cucthongke.ninhthuan.gov.vn/SiteFolders/CTK/2952/ketqua/nongnghiep_2011/phanIIA/page25.html; opening (the stored
// copy ends in the shares by activity), the flattened table set as a pipe table. Counts by sex, training and activity,
// then shares, for the province and its urban and rural areas. The rural total is printed "1.36" for 1.360: the urban
// 16 and it do not make 1.376, and each rural column (sex, training, activity) adds to 1.360, not to the "1.36"
// printed: one slip of the authors, four relations. The rural shares are therefore taken of 944 + 416. The college
// share "0,2" is 2/1.376 = 0,15% (0,1%) in the whole and 2/1.360 = 0,15% in the rural area: rounded up by the authors
// (the training shares then add to 100,1%, within their rounding). Rows written "-" are zero and not labelled.
import { ratio, report, share, sum } from '../../scripts/corpus/relations';

const T = '| Số lao động diêm nghiệp trong độ tuổi lao động có khả năng lao động | Người | 1376 | 16 | 1.36 |';
const NAM = '| - Nam | Người | 951 | 7 | 944 |';
const NU = '| - Nữ | Người | 425 | 9 | 416 |';
const CQDT = '| - Chưa qua đào tạo | Người | 1.315 | 13 | 1.302 |';
const DQDT = '| - Đã qua đào tạo nhưng không có chứng chỉ | Người | 12 | - | 12 |';
const SC = '| - Sơ cấp nghề | Người | 12 | - | 12 |';
const TC = '| - Trung cấp nghề, TC chuyên nghiệp | Người | 28 | 2 | 26 |';
const CDN = '| - Cao đẳng nghề | Người | 1 | - | 1 |';
const CD = '| - Cao đẳng | Người | 2 | - | 2 |';
const DH = '| - Đại học trở lên | Người | 6 | 1 | 5 |';
const CHUYEN = '| - Lao động chuyên diêm nghiệp | Người | 964 | 11 | 953 |';
const KIEM = '| - Lao động diêm nghiệp kiêm các ngành khác | Người | 412 | 5 | 407 |';
const KNN = '| Chia ra: + Kiêm Nông nghiệp | Người | 309 | 4 | 305 |';
const KLN = '| + Kiêm Lâm nghiệp | Người | 2 | - | 2 |';
const KTS = '| + Kiêm Thủy sản | Người | 52 | - | 52 |';
const KCN = '| + Kiêm CN và XD | Người | 13 | 1 | 12 |';
const KTN = '| + Kiêm Thương nghiệp, Vận tải | Người | 22 | - | 22 |';
const KDV = '| + Kiêm Dịch vụ khác | Người | 14 | - | 14 |';
const PNAM = '| - Nam | % | 69,1 | 48,3 | 69,4 |';
const PNU = '| - Nữ | % | 30,9 | 56,3 | 30,6 |';
const PCQDT = '| - Chưa qua đào tạo | % | 95,6 | 81,3 | 95,7 |';
const PDQDT = '| - Đã qua đào tạo nhưng không có chứng chỉ | % | 0,9 | - | 0,9 |';
const PSC = '| - Sơ cấp nghề | % | 0,9 | - | 0,9 |';
const PTC = '| - Trung cấp nghề, TC chuyên nghiệp | % | 2,0 | 12,5 | 1,9 |';
const PCDN = '| - Cao đẳng nghề | % | 0,1 | - | 0,1 |';
const PCD = '| - Cao đẳng | % | 0,2 | - | 0,2 |';
const PDH = '| - Đại học trở lên | % | 0,4 | 6,3 | 0,4 |';
const CC = '| Cơ cấu LĐDN trong độ tuổi lao động có khả năng lao động | % | 100,0 | 100,0 | 100,0 |';
const TRAINING = ['chưa qua đào tạo', 'đào tạo không chứng chỉ', 'sơ cấp nghề', 'trung cấp', 'cao đẳng nghề', 'cao đẳng', 'đại học trở lên'];
const KIEMS = ['nông nghiệp', 'lâm nghiệp', 'thủy sản', 'CN và XD', 'thương nghiệp, vận tải', 'dịch vụ khác'];
const RURAL = '944 + 416';
const slip = 'The rural total is printed "1.36": the rural column adds to 1.360.';

export default report({
  doc: 'real-tinh-ninh-thuan-lao-dong-diem-nghiep-2011.md',
  prefix: 'ntd',
  claims: [
    // The whole province's column.
    sum({ id: 'total-by-sex', quote: [T, NAM, NU], parts: ['951', '425'], total: '1376', labels: ['nam', 'nữ'] }),
    sum({ id: 'total-by-training', quote: [T, CQDT, DQDT, SC, TC, CDN, CD, DH], parts: ['1.315', '12', '12', '28', '1', '2', '6'], total: '1376', labels: TRAINING }),
    sum({ id: 'total-by-activity', quote: [T, CHUYEN, KIEM], parts: ['964', '412'], total: '1376', labels: ['chuyên diêm nghiệp', 'kiêm ngành khác'] }),
    sum({ id: 'total-side-jobs', quote: [KIEM, KNN, KLN, KTS, KCN, KTN, KDV], parts: ['309', '2', '52', '13', '22', '14'], total: '412', labels: KIEMS }),
    // The urban column.
    sum({ id: 'urban-by-sex', quote: [T, NAM, NU], parts: ['7', '9'], total: '16', labels: ['nam', 'nữ'] }),
    sum({ id: 'urban-by-training', quote: [T, CQDT, TC, DH], parts: ['13', '2', '1'], total: '16', labels: ['chưa qua đào tạo', 'trung cấp', 'đại học trở lên'] }),
    sum({ id: 'urban-by-activity', quote: [T, CHUYEN, KIEM], parts: ['11', '5'], total: '16', labels: ['chuyên diêm nghiệp', 'kiêm ngành khác'] }),
    sum({ id: 'urban-side-jobs', quote: [KIEM, KNN, KCN], parts: ['4', '1'], total: '5', labels: ['nông nghiệp', 'CN và XD'] }),
    // The rural column, against its printed "1.36".
    sum({ id: 'rural-by-sex', quote: [T, NAM, NU], parts: ['944', '416'], total: '1.36', labels: ['nam', 'nữ'], mistake: 'author', note: slip }),
    sum({ id: 'rural-by-training', quote: [T, CQDT, DQDT, SC, TC, CDN, CD, DH], parts: ['1.302', '12', '12', '26', '1', '2', '5'], total: '1.36', labels: TRAINING, mistake: 'author', note: slip }),
    sum({ id: 'rural-by-activity', quote: [T, CHUYEN, KIEM], parts: ['953', '407'], total: '1.36', labels: ['chuyên diêm nghiệp', 'kiêm ngành khác'], mistake: 'author', note: slip }),
    sum({ id: 'rural-side-jobs', quote: [KIEM, KNN, KLN, KTS, KCN, KTN, KDV], parts: ['305', '2', '52', '12', '22', '14'], total: '407', labels: KIEMS }),
    // Each row: the whole is the urban and the rural.
    sum({ id: 'row-total', quote: [T], parts: ['16', '1.36'], total: '1376', labels: ['thành thị', 'nông thôn'], mistake: 'author', note: '16 + 1.360 = 1.376; printed "1.36" the rural figure is off by three digits.' }),
    sum({ id: 'row-men', quote: [NAM], parts: ['7', '944'], total: '951', labels: ['thành thị', 'nông thôn'] }),
    sum({ id: 'row-women', quote: [NU], parts: ['9', '416'], total: '425', labels: ['thành thị', 'nông thôn'] }),
    sum({ id: 'row-untrained', quote: [CQDT], parts: ['13', '1.302'], total: '1.315', labels: ['thành thị', 'nông thôn'] }),
    sum({ id: 'row-vocational', quote: [TC], parts: ['2', '26'], total: '28', labels: ['thành thị', 'nông thôn'] }),
    sum({ id: 'row-university', quote: [DH], parts: ['1', '5'], total: '6', labels: ['thành thị', 'nông thôn'] }),
    sum({ id: 'row-salt-only', quote: [CHUYEN], parts: ['11', '953'], total: '964', labels: ['thành thị', 'nông thôn'] }),
    sum({ id: 'row-side-jobs', quote: [KIEM], parts: ['5', '407'], total: '412', labels: ['thành thị', 'nông thôn'] }),
    sum({ id: 'row-side-farming', quote: [KNN], parts: ['4', '305'], total: '309', labels: ['thành thị', 'nông thôn'] }),
    sum({ id: 'row-side-industry', quote: [KCN], parts: ['1', '12'], total: '13', labels: ['thành thị', 'nông thôn'] }),
    // Shares of the whole province.
    share({ id: 'share-men', quote: [PNAM, NAM, T], x: '951', y: '1376', stated: '69,1' }),
    share({ id: 'share-women', quote: [PNU, NU, T], x: '425', y: '1376', stated: '30,9' }),
    share({ id: 'share-untrained', quote: [PCQDT, CQDT, T], x: '1.315', y: '1376', stated: '95,6' }),
    share({ id: 'share-no-certificate', quote: [PDQDT, DQDT, T], x: '12', y: '1376', stated: '0,9' }),
    share({ id: 'share-elementary', quote: [PSC, SC, T], x: '12', y: '1376', stated: '0,9' }),
    share({ id: 'share-vocational', quote: [PTC, TC, T], x: '28', y: '1376', stated: '2,0' }),
    share({ id: 'share-vocational-college', quote: [PCDN, CDN, T], x: '1', y: '1376', stated: '0,1' }),
    share({ id: 'share-college', quote: [PCD, CD, T], x: '2', y: '1376', stated: '0,2', mistake: 'author', note: '2/1.376 = 0,145%: 0,1%.' }),
    share({ id: 'share-university', quote: [PDH, DH, T], x: '6', y: '1376', stated: '0,4' }),
    // Shares of the urban area.
    share({ id: 'urban-share-men', quote: [PNAM, NAM, T], x: '7', y: '16', stated: '48,3', mistake: 'planted', original: '| - Nam | % | 69,1 | 43,8 | 69,4 |', note: '7/16 = 43,75%: 43,8, the digits swapped.' }),
    share({ id: 'urban-share-women', quote: [PNU, NU, T], x: '9', y: '16', stated: '56,3' }),
    share({ id: 'urban-share-untrained', quote: [PCQDT, CQDT, T], x: '13', y: '16', stated: '81,3' }),
    share({ id: 'urban-share-vocational', quote: [PTC, TC, T], x: '2', y: '16', stated: '12,5' }),
    share({ id: 'urban-share-university', quote: [PDH, DH, T], x: '1', y: '16', stated: '6,3' }),
    // Shares of the rural area (of its 1.360).
    share({ id: 'rural-share-men', quote: [PNAM, NAM, NU], x: '944', y: RURAL, stated: '69,4' }),
    share({ id: 'rural-share-women', quote: [PNU, NU, NAM], x: '416', y: RURAL, stated: '30,6' }),
    share({ id: 'rural-share-untrained', quote: [PCQDT, CQDT], x: '1.302', y: RURAL, stated: '95,7' }),
    share({ id: 'rural-share-no-certificate', quote: [PDQDT, DQDT], x: '12', y: RURAL, stated: '0,9' }),
    share({ id: 'rural-share-elementary', quote: [PSC, SC], x: '12', y: RURAL, stated: '0,9' }),
    share({ id: 'rural-share-vocational', quote: [PTC, TC], x: '26', y: RURAL, stated: '1,9' }),
    share({ id: 'rural-share-vocational-college', quote: [PCDN, CDN], x: '1', y: RURAL, stated: '0,1' }),
    share({ id: 'rural-share-college', quote: [PCD, CD], x: '2', y: RURAL, stated: '0,2', mistake: 'author', note: '2/1.360 = 0,147%: 0,1%.' }),
    share({ id: 'rural-share-university', quote: [PDH, DH], x: '5', y: RURAL, stated: '0,4' }),
    // The shares of each whole add to 100.
    sum({ id: 'shares-sex-total', quote: [CC, PNAM, PNU], parts: ['69,1', '30,9'], total: '100,0', rounded: true }),
    sum({ id: 'shares-sex-urban', quote: [CC, PNAM, PNU], parts: ['48,3', '56,3'], total: '100,0', rounded: true, mistake: 'planted', original: '| - Nam | % | 69,1 | 43,8 | 69,4 |', note: 'The urban shares add to 104,6% (the same planted edit).' }),
    sum({ id: 'shares-sex-rural', quote: [CC, PNAM, PNU], parts: ['69,4', '30,6'], total: '100,0', rounded: true }),
    sum({ id: 'shares-training-total', quote: [CC, PCQDT, PDQDT, PSC, PTC, PCDN, PCD, PDH], parts: ['95,6', '0,9', '0,9', '2,0', '0,1', '0,2', '0,4'], total: '100,0', rounded: true, note: 'They add to 100,1%, within the ±0,4 their rounding allows.' }),
    sum({ id: 'shares-training-urban', quote: [CC, PCQDT, PTC, PDH], parts: ['81,3', '12,5', '6,3'], total: '100,0', rounded: true, note: 'They add to 100,1%.' }),
    sum({ id: 'shares-training-rural', quote: [CC, PCQDT, PDQDT, PSC, PTC, PCDN, PCD, PDH], parts: ['95,7', '0,9', '0,9', '1,9', '0,1', '0,2', '0,4'], total: '100,0', rounded: true, note: 'They add to 100,1%.' }),
  ],
});
