// Huyện Đức Trọng (Lâm Đồng): budget revenue in quarter I 2020, from UBND huyện as published by báo Lâm
// Đồng (baolamdong.vn/kinhte/202003/duc-trong-thu-ngan-sach-tang-11-2996012/).
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-duc-trong-thu-ngan-sach-quy-1-2020.txt',
  prefix: 'dtr',
  claims: [
    sum({ id: 'district-and-province', quote: ['ước thực hiện là 235 tỷ đồng', 'thu ngân sách do huyện quản lý 127 tỷ đồng', 'Riêng thu ngân sách tỉnh quản lý 108 tỷ đồng'], parts: ['127', '108'], total: '235', note: 'The second part comes three sentences later, after "Riêng".' }),
    sum({ id: 'district-parts', quote: ['thu ngân sách do huyện quản lý 127 tỷ đồng', 'thu thuế và phí 73 tỷ đồng', 'bán nhà: 56 tỷ đồng', 'thu tài chính: 4 tỷ đồng'], parts: ['73', '56', '4'], total: '127', mistake: 'planted', original: 'thu cấp, thuê đất, bán nhà: 50 tỷ đồng', note: 'Parts after "Cụ thể", each followed by its own % of its own dự toán (not checkable: no dự toán given).' }),
  ],
});
