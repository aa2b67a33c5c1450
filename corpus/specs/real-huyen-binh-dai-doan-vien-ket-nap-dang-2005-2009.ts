// Huyện Bình Đại (Bến Tre): youth-union members admitted to the Party, 2005-2009, from báo Đồng Khởi
// (baodongkhoi.vn/binh-dai-787-doan-vien-duoc-ket-nap-dang-29032010-a21135.html), 29/03/2010; whole.
import { atLeast, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-binh-dai-doan-vien-ket-nap-dang-2005-2009.txt',
  prefix: 'bdd',
  claims: [
    sum({ id: 'admitted-by-sector', quote: ['kết nạp Đảng 787 đoàn viên; trong đó', 'có 635 đoàn viên ở địa bàn  nông thôn', '180 đoàn viên công tác ở cơ quan, doanh nghiệp', '2 đoàn viên là học sinh'], parts: ['635', '180', '2'], total: '787', labels: ['nông thôn', 'cơ quan, doanh nghiệp', 'học sinh'], mistake: 'author', note: 'The three groups after "trong đó" add to 817, 30 more than the 787 admitted.' }),
    repeat({ id: 'admitted-title', quote: ['Bình Đại: 787 đoàn viên', 'kết nạp Đảng 787 đoàn viên'], values: ['787', '787'] }),
    atLeast({ id: 'admitted-of-proposed', quote: ['giới thiệu 1.091 đoàn viên ưu tú', 'kết nạp Đảng 787 đoàn viên'], big: '1.091', small: '787' }),
  ],
});
