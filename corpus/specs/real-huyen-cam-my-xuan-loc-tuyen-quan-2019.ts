// Huyện Cẩm Mỹ and huyện Xuân Lộc (Đồng Nai): báo Đồng Nai, "Các địa phương chuẩn bị tuyển chọn gọi công dân nhập
// ngũ" (title from the address; Đinh Tài - Lê Tùng), baodongnai.com.vn/tintuc/201901/cac-dia-phuong-chuan-bi-tuyen-chon-goi-cong-dan-nhap-ngu-2927661,
// 4/01/2019; whole as stored (the page prints its lead twice, kept). Cẩm Mỹ's fit 254 are of the 1.318 examined,
// not of the 2.439 reviewed. Xuân Lộc's 270 recruits and 12 police recruits come from the 428 fit, not all of them.
import { atLeast, ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-cam-my-xuan-loc-tuyen-quan-2019.txt',
  prefix: 'cmx',
  claims: [
    ratio({ id: 'cam-my-fit', quote: 'Qua khám tuyển có 254/1.318 công dân đủ sức khỏe nhập ngũ, đạt 19,72%', x: '254', y: '1.318', stated: '19,72%', mistake: 'planted', original: 'đạt 19,27%', note: '254/1.318 = 19,27%: two digits swapped.' }),
    repeat({ id: 'cam-my-fit-repeated', quote: ['Qua khám tuyển có 254/1.318 công dân', 'thiết lập hồ sơ cho 254 công dân'], values: ['254', '254'] }),
    atLeast({ id: 'xuan-loc-chosen-within-fit', quote: ['Trong tổng số 428 thanh niên đủ sức khỏe', 'chọn được 270 thanh niên nhập ngũ và 12 thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân'], big: '428', small: '270 + 12', trap: 'The 282 chosen are the quota, picked from the 428 fit: parts of a larger pool after "trong tổng số", not a sum that must make 428.' }),
    repeat({ id: 'xuan-loc-communes', quote: ['15 xã, thị trấn đã bình cử', 'giao chỉ tiêu về 15 xã, thị trấn'], values: ['15', '15'] }),
  ],
});
