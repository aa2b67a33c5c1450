// Đắk Nông province, administrative procedures in the first six months of 2021, from UBND tỉnh's report
// as published by báo Đắk Nông (06/07/2021).
import { ratio, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-dak-nong-tthc-6-thang-2021.txt',
  prefix: 'dn',
  claims: [
    sum({ id: 'received', quote: ['toàn tỉnh có 218.763 hồ sơ', '19.838 hồ sơ tiếp nhận trực tuyến, 8.606 hồ sơ kỳ trước chuyển qua, 190.319 hồ sơ mới tiếp nhận'], parts: ['19.838', '8.606', '190.319'], total: '218.763', labels: ['trực tuyến', 'kỳ trước chuyển qua', 'mới tiếp nhận trực tiếp, bưu chính'] }),
    sum({ id: 'solved', quote: ['có 206.885 hồ sơ đã được giải quyết'], parts: ['99.558', '106.018', '1.309'], total: '206.885' }),
    share({ id: 'early-share', quote: '99.558 hồ sơ giải quyết trước hạn đạt 48,2%', x: '99.558', y: '206.885', stated: '48,2%', mistake: 'author', note: 'The three shares were made to add to 100% (48,2 + 51,2 + 0,6); 99.558/206.885 is 48,1%.' }),
    share({ id: 'on-time-share', quote: '106.018 hồ sơ giải quyết đúng hạn đạt 51,2%', x: '106.018', y: '206.885', stated: '51,2%' }),
    share({ id: 'late-share', quote: '1.309 hồ sơ giải quyết quá hạn chiếm 0,6%', x: '1.309', y: '206.885', stated: '0,6%' }),
    sum({ id: 'resolved-plus-pending', quote: ['toàn tỉnh có 218.763 hồ sơ', '11.878 hồ sơ đang giải quyết'], parts: ['206.885', '11.878'], total: '218.763', labels: ['đã giải quyết', 'đang giải quyết'] }),
    ratio({ id: 'headline-early-and-on-time', kind: 'share_percent', quote: ['Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt 99,4%'], x: '99.558 + 106.018', y: '206.885', stated: '99,4%', note: 'The headline percent is two parts of the body over the resolved files.' }),
    sum({ id: 'guidance', quote: 'cho 5.687 lượt tổ chức, cá nhân; trong đó: 3.582 lượt hướng dẫn trực tiếp, 756 lượt gọi đi và 1.079 lượt trả lời cuộc gọi đến', parts: ['3.582', '756', '1.079'], total: '5.687', mistake: 'planted', original: '3.852 lượt hướng dẫn trực tiếp' }),
  ],
});
