// Tỉnh Quảng Bình: universal-education standards after the first term of 2016-2017 (Sở GD-ĐT), from báo Quảng
// Bình (baoquangbinh.vn/dan-tri-nhan-luc/201703/937-xa-phuong-dat-chuan-pho-cap-giao-duc-tieu-hoc-muc-do-3-2143976/), 27/03/2017;
// opening as stored (a stray image letter left out). The province has 159 communes, wards and towns.
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-binh-pho-cap-giao-duc-hk1-2016-2017.txt',
  prefix: 'qbp',
  claims: [
    ratio({ id: 'primary-level-3', quote: 'có 149/158 xã, phường, thị trấn đạt chuẩn phổ cập giáo dục tiểu học mức độ 3 (tỷ lệ 93,7%)', x: '149', y: '158', stated: '93,7%', mistake: 'planted', original: 'có 149/159 xã, phường, thị trấn', note: 'Every other line counts 159 communes; with 158 the rate would be 94,3%, and the 93,7% belongs to 149/159.' }),
    repeat({ id: 'primary-title', quote: ['93,7% xã, phường đạt chuẩn', '(tỷ lệ 93,7%)'], values: ['93,7%', '93,7%'] }),
    ratio({ id: 'lower-secondary-level-2', quote: 'có 154/159 xã, phường, thị trấn đạt chuẩn phổ cập giáo dục THCS mức độ 2 trở lên (tỷ lệ 96,8%)', x: '154', y: '159', stated: '96,8%', mistake: 'author', note: '154/159 = 96,855…%, i.e. 96,9%; truncated.' }),
    ratio({ id: 'lower-secondary-level-3', quote: 'có 90/159 xã, phường, thị trấn đạt chuẩn phổ cập giáo dục THCS mức độ 3 (tỷ lệ 56,6 %)', x: '90', y: '159', stated: '56,6%' }),
    ratio({ id: 'literacy-level-2', quote: 'có 156/159 xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2 (tỷ lệ 98,11 %)', x: '156', y: '159', stated: '98,11%' }),
  ],
});
