// A district of Đồng Tháp (not named in the stored text): Tỉnh đoàn Đồng Tháp's portal, "Trao danh sách đoàn viên ưu tú cho cấp
// ủy Đảng nhân dịp kỷ niệm 92 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2023)",
// tinhdoandongthap.org.vn/web/td/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/14605999; opening.
// Planted: the second "Kỷ niệm 92 năm" of the body written "93 năm".
import { contradiction, difference, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-doan-vien-uu-tu-dong-thap-2023.txt',
  prefix: 'dt23',
  claims: [
    sum({ id: 'members-by-bloc', quote: ['giới thiệu được 67 đoàn viên ưu tú', 'đã có 62 đoàn viên', 'đã có 5 đoàn viên'], parts: ['62', '5'], total: '67', labels: ['khối địa bàn dân cư', 'khối trường học'] }),
    difference({ id: 'anniversary-title', quote: ['kỷ niệm 92 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2023)'], a: '2023', b: '1931', stated: '92' }),
    difference({ id: 'anniversary-body', quote: ['Kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2023) được'], a: '2023', b: '1931', stated: '92' }),
    contradiction({ id: 'anniversary-repeat', kind: 'repeat', quote: ['Trong dịp Kỷ niệm 93 năm', 'Kỷ niệm 92 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2023) được'], stated: '93 năm', expected: '92 năm (1931–2023)', consistent: false, reason: 'The same anniversary is 92 years in the title and the first paragraph, 93 in the second.', mistake: 'planted', original: 'Trong dịp Kỷ niệm 92 năm' }),
  ],
});
