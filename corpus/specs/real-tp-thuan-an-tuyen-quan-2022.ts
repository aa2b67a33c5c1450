// TP. Thuận An (Bình Dương, district level): recruitment of 2022, from báo Bình Dương,
// "TP.Thuận An khen thưởng tập thể, cá nhân có thành tích xuất sắc trong công tác tuyển chọn, gọi công dân nhập ngũ"
// (title from the address), baobinhduong.vn/tp-thuan-an-khen-thuong-tap-the-ca-nhan-co-thanh-tich-xuat-sac-trong-cong-tac-tuyen-chon-goi-cong-dan-nhap-ngu-a266829.html, 03/2022; whole.
import { ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-thuan-an-tuyen-quan-2022.txt',
  prefix: 'tan',
  claims: [
    sum({ id: 'recruits-by-force', quote: ['có 234 thanh niên lên đường nhập ngũ', '200 thanh niên tham gia nghĩa vụ quân sự', '34 thanh niên tham gia nghĩa vụ công an'], parts: ['200', '34'], total: '234', labels: ['quân sự', 'công an'] }),
    ratio({ id: 'volunteers', kind: 'share_percent', quote: ['chiếm tỷ lệ hơn 88%', 'có 178 thanh niên viết đơn tình nguyện', 'Trong tổng số 234 công dân nhập ngũ'], x: '178', y: '234', stated: '88%', mistake: 'author', note: 'The sentence names its base, the 234 recruits: 178/234 = 76,1%, far from "hơn 88%". 178 of the 200 military recruits would be 89%.' }),
  ],
});
