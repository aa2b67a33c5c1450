// National (digital government): Việt Nam Hội nhập, "Hà Nam dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình" (EMC
// figures for 2024), vietnamhoinhap.vn/vi/ha-nam-dan-dau-ve-ty-le-ho-so-truc-tuyen-toan-trinh-50847.htm; opening.
// Planted: the "15 bộ, ngành và địa phương" below 10% written 16; the list after "bao gồm" names 8 bodies and 7 provinces.
import { contradiction, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-ho-so-truc-tuyen-toan-trinh-2024.txt',
  prefix: 'tt24',
  claims: [
    ratio({ id: 'ha-nam-online-share', quote: ['chiếm 68,54%', 'trực tuyến toàn trình là 115.665', 'giải quyết TTHC là 168.746'], x: '115.665', y: '168.746', stated: '68,54%' }),
    contradiction({ id: 'bodies-below-ten-percent', kind: 'sum_parts', quote: ['ghi nhận 16 bộ, ngành và địa phương', 'Những đơn vị này bao gồm: Bộ Y tế'], stated: '16', expected: '15 (8 bộ, ngành + 7 tỉnh named)', consistent: false, reason: 'The list names Bộ Y tế, Ngân hàng Nhà nước, Bộ GD&ĐT, Bộ TN&MT, Bộ Quốc phòng, Bộ KH&ĐT, Bộ VHTTDL, Bộ Ngoại giao (8) and Đắk Lắk, Hải Dương, TP.HCM, Vĩnh Phúc, Hà Nội, Bắc Ninh, Đồng Tháp (7): 15, not 16.', mistake: 'planted', original: 'ghi nhận 15 bộ, ngành và địa phương' }),
    contradiction({ id: 'ranking-order', kind: 'other', quote: ['vượt Đà Nẵng (58,89%)', 'chiếm 68,54%'], stated: '68,54% > 58,89% > 55,76% > 52,96%', expected: 'descending', consistent: true, reason: 'Hà Nam leads; the three after it are in falling order, and all are above the 50% the rest fall under.', trap: 'other provinces\' rates next to Hà Nam\'s X/Y: they are not percents of 168.746.' }),
  ],
});
