// Thành phố Phúc Yên (Vĩnh Phúc): the city portal, "Giới thiệu" (section DÂN SỐ),
// phucyen.vinhphuc.gov.vn/pages/gioithieu.aspx?newsid=304, figures to 12/2017 (the page dated 09/10/2013); whole
// (the repeated page heading left out). The density "khoảng 772 người/km2" does not fit the text's own figures:
// 155.435 people on 12.013,05 ha (120,13 km2) is 1.294 a km2; it seems kept from an older population (the authors'
// slip). The eight wards and two communes are named one by one.
import { quotient, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-phuc-yen-dan-so-2017.txt',
  prefix: 'pyd',
  claims: [
    sum({ id: 'units', quote: ['gồm 10 đơn vị hành chính cấp xã trực thuộc với 08 phường', 'và 02 xã: Cao Minh, Ngọc Thanh'], parts: ['08', '02'], total: '10', labels: ['phường', 'xã'] }),
    sum({ id: 'wards-named', quote: ['với 08 phường: Trưng Trắc, Trưng Nhị, Hùng Vương, Phúc Thắng, Xuân Hòa, Đồng Xuân, Tiền Châu, Nam Viêm'], parts: ['1', '1', '1', '1', '1', '1', '1', '1'], total: '08', labels: ['Trưng Trắc', 'Trưng Nhị', 'Hùng Vương', 'Phúc Thắng', 'Xuân Hòa', 'Đồng Xuân', 'Tiền Châu', 'Nam Viêm'] }),
    quotient({ id: 'density', quote: ['Mật độ dân số của thành phố đạt khoảng 772 người/km2', 'Thành phố Phúc Yên có 12.013,05 ha diện tích tự nhiên và dân số 155.435 người'], x: '155.435', y: '12.013,05', factor: '100', stated: '772', mistake: 'author', note: '155.435/120,1305 km2 = 1.293,9 người/km2, not about 772.' }),
    share({ id: 'non-farm-workers', quote: ['tỷ lệ lao động phi nông nghiệp đạt 84,8%', 'là 54.462 người', 'khu vực nội thành64.436 người'], x: '54.462', y: '64.436', stated: '84,8%', mistake: 'planted', original: 'là 54.642 người', note: '54.462/64.436 = 84,52%; with the published 54.642 it is 84,80%.' }),
  ],
});
