// Thành phố Đà Lạt (Lâm Đồng): administrative procedures in 2023 (7/12/2022 – 4/12/2023), from báo Lâm Đồng
// (baolamdong.vn/xa-hoi/202312/a-lat-ty-le-giai-quyet-ho-so-thu-tuc-hanh-chinh-nam-2023-dat-9962-cb50107/),
// 21/12/2023; whole, the repeated image caption kept once. The city desk and the ward/commune desks make the city.
import { atLeast, ratio, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-da-lat-tthc-2023.txt',
  prefix: 'dlt',
  claims: [
    ratio({ id: 'city-rate', quote: ['trong năm 2023 đạt 99,62%.', 'đã tiếp nhận tổng cộng 87.582 hồ sơ; giải quyết trước hạn, đúng hạn 87.253 hồ sơ'], x: '87.253', y: '87.582', stated: '99,62%', note: 'The rate opens the article; its inputs come in the next paragraph.' }),
    repeat({ id: 'rate-title-and-lead', quote: ['hành chính năm 2023 đạt 99,26%', 'trong năm 2023 đạt 99,62%.'], values: ['99,62%', '99,26%'], mistake: 'planted', original: 'Tỷ lệ giải quyết hồ sơ thủ tục hành chính năm 2023 đạt 99,62%', note: 'The headline gives the rate of the lead with two digits swapped.' }),
    sum({ id: 'received', quote: ['tiếp nhận tổng cộng 87.582 hồ sơ', 'đã tiếp nhận 15.868 hồ sơ', 'đã tiếp nhận tổng cộng 71.714 hồ sơ'], parts: ['15.868', '71.714'], total: '87.582', labels: ['Bộ phận Một cửa UBND thành phố', 'khối UBND các phường, xã'] }),
    sum({ id: 'on-time', quote: ['giải quyết trước hạn, đúng hạn 87.253 hồ sơ', 'giải quyết trước hạn, đúng hạn 15.539 hồ sơ', 'đã giải quyết trước hạn và đúng hạn 71.714 hồ sơ'], parts: ['15.539', '71.714'], total: '87.253', labels: ['Bộ phận Một cửa UBND thành phố', 'khối UBND các phường, xã'] }),
    ratio({ id: 'city-desk-rate', quote: ['đạt tỷ lệ 97,39%', 'đã tiếp nhận 15.868 hồ sơ, giải quyết trước hạn, đúng hạn 15.539 hồ sơ'], x: '15.539', y: '15.868', stated: '97,39%', mistake: 'planted', original: 'đạt tỷ lệ 97,93%', note: '15.539/15.868 = 97,93%; the percent comes after a long parenthesis about files still in progress, with two digits swapped.' }),
    atLeast({ id: 'in-progress-among-solved', quote: ['(trong đó có 370 hồ sơ đang giải quyết trong hạn và 9 hồ sơ đang giải quyết quá hạn)', 'giải quyết trước hạn, đúng hạn 15.539 hồ sơ'], big: '15.539', small: '379', trap: 'the files still in progress in parentheses after "trong đó" are a few of the 15.539, not its parts.' }),
    ratio({ id: 'wards-rate', quote: ['(trong đó có 32 hồ sơ đang giải quyết trong hạn), đạt tỷ lệ 100%', 'đã tiếp nhận tổng cộng 71.714 hồ sơ, đã giải quyết trước hạn và đúng hạn 71.714'], x: '71.714', y: '71.714', stated: '100%' }),
  ],
});
