// Tỉnh Bình Dương: social and health insurance at the start of 12/2022, from Lao Động
// (amp.laodong.vn/xa-hoi/bhxh-tinh-binh-duong-phan-dau-them-khoang-100000-nguoi-tham-gia-bhyt-1125016.ldo), 08/12/2022;
// whole, the site's banners left out. Each plan is the participants plus those still to be found. Only the voluntary
// insurance gap is exact (18.683): the other two gaps are round thousands (143.000, 358.000), so their rates (87,39%
// and 85,35%, which imply gaps of about 143.335 and 358.695) cannot be checked to two decimals and are not labelled; a
// checker that divides by 993.341 + 143.000 gets 87,42% and would raise a false alarm. The debt's 4,02% is of the sum
// due, which is not written.
import { ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-binh-duong-bhxh-bhyt-12-2022.txt',
  prefix: 'bdb',
  claims: [
    ratio({ id: 'voluntary-plan', quote: ['có 10.031 người tham gia, đạt 34,93% kế hoạch', '18.683 người tham gia BHXH tự nguyện'], x: '10.031', y: '10.031 + 18.683', stated: '34,93%', note: 'The plan is not written: it is the 10.031 participants plus the 18.683 still to be found, a paragraph later.' }),
  ],
});
