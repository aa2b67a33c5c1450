// Xã Xuân Sinh (Thọ Xuân, Thanh Hóa): UBND xã, "Phương án Sản xuất vụ Đông năm 2023 – 2024" (Phương án 41/PA-UBND,
// 23/8/2023), whose first part reviews the winter crop of 2022-2023
// (xuansinh.thoxuan.thanhhoa.gov.vn/web/trang-chu/pho-bien-tuyen-truyen/phuong-an-san-xuat-vu-dong-nam-2023-2024.html);
// opening, view counter left out. Yields are in tấn/ha, so area × yield is the output in tấn. The 50 triệu/ha of the
// vegetables has no area × value to check.
import { product, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-xuan-sinh-vu-dong-2022-2023.txt',
  prefix: 'xsv',
  claims: [
    sum({ id: 'winter-area', quote: ['Tổng diện tích vụ đông năm 2022-2023 là: 231,86ha', 'Cây ngô thường: 68,86 ha; Khoai lang, khoai tây: 10 ha; Rau màu các loại: 120ha;', 'Ớt xuất khẩu: 15ha'], parts: ['68,86 ha', '10 ha', '120 ha', '15 ha'], total: '231,86 ha', labels: ['ngô', 'khoai lang, khoai tây', 'rau màu', 'ớt xuất khẩu'], mistake: 'planted', original: 'là: 213,86ha', note: 'The crops listed after "trong đó" add to 213,86 ha.' }),
    repeat({ id: 'maize-area', quote: ['Cây ngô thường: 68,86 ha', 'Tổng tích cây ngô: 68,86ha'], values: ['68,86 ha', '68,86 ha'] }),
    repeat({ id: 'potato-area', quote: ['Khoai lang, khoai tây: 10 ha', 'Cây khoai lang: Diện tích 10ha'], values: ['10 ha', '10 ha'], trap: 'The list names "khoai lang, khoai tây", the detail only "khoai lang": the same 10 ha, not a part of it.' }),
    repeat({ id: 'chili-area', quote: ['Ớt xuất khẩu: 15ha', 'Cây ớt: Diện tích 15 ha'], values: ['15 ha', '15 ha'] }),
    product({ id: 'maize-output', quote: 'năng suất 5,5tấn/ha, sản lượng đạt 378,7tấn', x: '68,86', y: '5,5', stated: '378,7 tấn', note: '68,86 ha × 5,5 tấn/ha = 378,73 tấn.' }),
    product({ id: 'potato-output', quote: 'năng suất 12 tấn/ha, sản lượng:102 tấn', x: '10', y: '12', stated: '102 tấn', mistake: 'planted', original: 'sản lượng:120 tấn', note: '10 ha × 12 tấn/ha = 120 tấn; the digits were swapped.' }),
    product({ id: 'chili-output', quote: 'năng suất 30 tấn/ha, sản lượng: 450 tấn', x: '15', y: '30', stated: '450 tấn' }),
  ],
});
