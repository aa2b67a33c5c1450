// Huyện Phú Giáo (Bình Dương): báo Bình Dương, "Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Phú Giáo: Tổng dư
// nợ đạt gần 486,6 tỷ đồng" (title from the address; Hoài Phương),
// baobinhduong.vn/phong-giao-dich-ngan-hang-chinh-sach-xa-hoi-huyen-phu-giao-tong-du-no-dat-gan-486-6-ty-dong-a243956.html,
// quý I/2021; whole as stored (the title is not in the stored copy). The seven programmes are written "trên", "gần",
// "hơn" and to whole or tenths of a billion, so their sum is checked within their rounding; with the published
// 123 tỷ for clean water they make 485,8 of 486,6. The overdue debt "gần 820 triệu" of "gần 486,6 tỷ" is 0,168%, written
// 0,16%: cut, not rounded (0,17%), unless "tổng nguồn vốn vay" is a larger base than the outstanding loans; labelled
// the authors' slip against the loans, the only base the text gives.
import { ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-phu-giao-tin-dung-chinh-sach-quy-1-2021.txt',
  prefix: 'pgt',
  claims: [
    sum({ id: 'loans-by-programme', quote: ['tổng dư nợ các nguồn vốn vay của Phòng Giao dịch Ngân hàng Chính sách xã hội huyện đạt gần 486,6 tỷ đồng', 'vốn vay hộ nghèo số tiền trên 2,6 tỷ đồng', 'vốn học sinh, sinh viên số tiền gần 20,6 tỷ đồng', 'vốn giải quyết việc làm hơn 232 tỷ đồng', 'vốn nước sạch và vệ sinh môi trường hơn 132 tỷ đồng', 'vốn doanh nghiệp vừa và nhỏ hơn 48 tỷ đồng', 'vốn hộ cận nghèo trên 55,6 tỷ đồng', 'vốn vay nhà ở xã hội hơn 4 tỷ đồng'], parts: ['2,6 tỷ đồng', '20,6 tỷ đồng', '232 tỷ đồng', '132 tỷ đồng', '48 tỷ đồng', '55,6 tỷ đồng', '4 tỷ đồng'], total: '486,6 tỷ đồng', labels: ['hộ nghèo', 'học sinh, sinh viên', 'giải quyết việc làm', 'nước sạch và VSMT', 'doanh nghiệp vừa và nhỏ', 'hộ cận nghèo', 'nhà ở xã hội'], rounded: true, mistake: 'planted', original: 'hơn 123 tỷ đồng', note: 'The programmes add to 494,8 tỷ, 8,2 tỷ over the 486,6 (their rounding allows 2,2).' }),
    ratio({ id: 'overdue-rate', quote: ['tỷ lệ nợ quá hạn chiếm 0,16% tổng nguồn vốn vay', 'nợ quá hạn của Phòng Giao dịch Ngân hàng Chính sách xã hội huyện gần 820 triệu đồng', 'đạt gần 486,6 tỷ đồng'], x: '820 triệu đồng', y: '486,6 tỷ đồng', stated: '0,16%', mistake: 'author', note: '820 triệu/486,6 tỷ = 0,1685%: 0,17% rounded half-up.' }),
  ],
});
