// Tỉnh Quảng Nam: báo Quảng Nam, "Tin vắn" (a brief of Sở VH-TT&DL's figures for May 2015),
// baoquangnam.vn/tin-van-3111023.html; whole. Checked: the month's visitors, international + domestic.
import { report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-nam-du-lich-thang-5-2015.txt',
  prefix: 'qdl15',
  claims: [
    sum({ id: 'visitors-by-origin', quote: ['ước đạt 349.000 lượt', 'khách quốc tế khoảng 210.000 lượt', 'khách trong nước khoảng 139.000 lượt'], parts: ['210.000', '139.000'], total: '349.000', labels: ['quốc tế', 'trong nước'] }),
  ],
});
