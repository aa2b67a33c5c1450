// TP.HCM: The Saigon Times (KTSG Online), "Tất cả cán bộ, công chức, viên chức TPHCM phải làm CCCD, tài khoản định danh trong
// tháng 4-2023" (title from the address), thesaigontimes.vn/tat-ca-can-bo-cong-chuc-vien-chuc-tphcm-phai-lam-cccd-tai-khoan-dinh-danh-trong-thang-4-2023;
// the lead as stored. Digital government: electronic identity accounts issued and activated, to 1/3/2023.
// Planted: the activated accounts 304.191 written 340.191 (two digits swapped; 20,3% is 304.191/1.497.360).
import { atLeast, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-ho-chi-minh-dinh-danh-dien-tu-3-2023.txt',
  prefix: 'hcm23d',
  claims: [
    ratio({ id: 'activated-share', quote: ['đạt tỉ lệ 20,3%', 'có 340.191 tài khoản', 'đã cấp 1.497.360 tài khoản'], x: '340.191', y: '1.497.360', stated: '20,3%', mistake: 'planted', original: 'chỉ mới có 304.191 tài khoản', note: 'As published, 304.191/1.497.360 = 20,32%; 340.191/1.497.360 = 22,72%.' }),
    atLeast({ id: 'activated-within-issued', quote: ['đã cấp 1.497.360 tài khoản', 'có 340.191 tài khoản'], big: '1.497.360', small: '340.191' }),
  ],
});
