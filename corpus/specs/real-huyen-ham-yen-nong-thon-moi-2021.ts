// Huyện Hàm Yên (Tuyên Quang): the district's portal, "Hàm Yên thêm 2 xã Nông thôn mới và 1 xã Nông thôn mới nâng cao",
// hamyen.org.vn/tin-tuc-su-kien/nong-thon-moi/ham-yen-them-2-xa-nong-thon-moi-va-1-xa-nong-thon-moi-nang-cao-44325.html; whole
// (the image caption and "Tin cùng chuyên mục" left out; "kỹ", "Đưc Ninh" as published). Every count is followed by the
// communes' names.
// Planted: "có 7 xã Nông thôn mới" written 8; the list names seven.
import { contradiction, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-ham-yen-nong-thon-moi-2021.txt',
  prefix: 'hy21',
  claims: [
    contradiction({ id: 'ntm-communes-named', kind: 'sum_parts', quote: ['có 8 xã Nông thôn mới là', 'Đưc Ninh, Thái Hòa'], stated: '8', expected: '7 named', consistent: false, reason: 'Đức Ninh, Thái Hòa, Nhân Mục, Phù Lưu, Minh Dân, Thái Sơn, Tân Thành: seven communes, not eight (Bình Xa is named after them as the advanced one).', mistake: 'planted', original: 'có 7 xã Nông thôn mới là' }),
    contradiction({ id: 'new-communes-named', kind: 'sum_parts', quote: ['có thêm 2 xã đạt chuẩn xã Nông thôn mới là', 'xã Thái Sơn và xã Tân Thành'], stated: '2', expected: '2 named', consistent: true, reason: 'Thái Sơn and Tân Thành: two.' }),
    repeat({ id: 'headline-new-communes', quote: ['Hàm Yên thêm 2 xã', 'có thêm 2 xã đạt chuẩn'], values: ['2', '2'] }),
    contradiction({ id: 'plan-2022-named', kind: 'sum_parts', quote: ['thêm 3 xã về đích', 'Bạch Xa, Minh Khương và xã Yên Phú'], stated: '3', expected: '3 named', consistent: true, reason: 'Bạch Xa, Minh Khương, Yên Phú: three.' }),
  ],
});
