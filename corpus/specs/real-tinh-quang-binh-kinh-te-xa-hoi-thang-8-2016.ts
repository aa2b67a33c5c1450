// Tỉnh Quảng Bình: Cục Thống kê Quảng Bình, "Tình hình kinh tế - xã hội tháng 8 năm 2016 tỉnh Quảng Bình",
// cucthongke.quangbinh.gov.vn/3cms/tinh-hinh-kinh-te---xa-hoi-thang-8-nam-2016-tinh-quang-binh.htm; opening (the page's
// print/send links left out). The districts' changes are written "bằng X%" or "tăng X%" without last year's areas.
// Planted: Quảng Ninh's area 4.180,6 ha written 4.108,6 (the eight districts no longer make 31.094,2); the stem borer's
// 120 ha written 210 (the five pests no longer make 1.137 ha).
import { atLeast, contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-binh-kinh-te-xa-hoi-thang-8-2016.txt',
  prefix: 'qb16',
  claims: [
    sum({ id: 'summer-area-by-district', quote: ['thực hiện 31.094,2 ha', 'Đồng Hới thực hiện 1.003,3 ha', 'Quảng Ninh thực hiện 4.108,6 ha', 'Lệ Thuỷ thực hiện 10.685,5 ha'], parts: ['1.003,3', '2.555,3', '1.017,0', '2.868,0', '4.069,8', '4.714,7', '4.108,6', '10.685,5'], total: '31.094,2', labels: ['Đồng Hới', 'Ba Đồn', 'Minh Hoá', 'Tuyên Hoá', 'Quảng Trạch', 'Bố Trạch', 'Quảng Ninh', 'Lệ Thuỷ'], mistake: 'planted', original: 'Quảng Ninh thực hiện 4.180,6 ha', note: 'As published, the eight districts add to 31.094,2 ha.' }),
    contradiction({ id: 'summer-growth-weighted', kind: 'change_percent', quote: ['tăng 2,8% so cùng kỳ năm trước', 'Đồng Hới thực hiện 1.003,3 ha, bằng 99,8%'], stated: '2,8%', expected: '2,84% from the districts (published figures)', consistent: true, reason: 'Last year\'s districts, each area over its "bằng/tăng" ratio, add to 30.235,6 ha; 31.094,2/30.235,6 = +2,84% (2,79–2,89% over the ratios\' rounding).', trap: 'a weighted rate: the province\'s 2,8% lies between the districts\' −3,7% and +35,1%.' }),
    atLeast({ id: 'rice-within-summer', quote: ['Cây lúa thực hiện 24.203 ha', 'thực hiện 31.094,2 ha'], big: '31.094,2', small: '24.203' }),
    atLeast({ id: 'ratoon-within-rice', quote: ['Lúa Hè Thu tái sinh thực hiện 8.769 ha', 'Cây lúa thực hiện 24.203 ha'], big: '24.203', small: '8.769' }),
    sum({ id: 'pests-by-kind', quote: ['chuột gây hại 1.137 ha', 'chuột phá 310,5 ha', 'sâu đục thân gây hại 210 ha', 'bệnh khô vằn gây hại 235 ha'], parts: ['310,5', '215,5', '256', '210', '235'], total: '1.137', labels: ['chuột', 'rầy lưng trắng', 'sâu cuốn lá nhỏ', 'sâu đục thân', 'khô vằn'], mistake: 'planted', original: 'sâu đục thân gây hại 120 ha', note: 'The list is "Một số loại", but as published it adds to exactly 1.137 ha; with 210 it is 1.227 ha, above the total.' }),
  ],
});
