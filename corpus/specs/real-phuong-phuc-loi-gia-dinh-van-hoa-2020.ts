// Phường Phúc Lợi (Long Biên, Hà Nội): the ward portal, "Hội nghị thông qua danh sách gia đình văn hóa phường Phúc Lợi
// năm 2020", phucloi.longbien.hanoi.gov.vn/hoat-dong-khoi-chinh-quyen?…_101_urlTitle=hoi-nghi-thong-qua-danh-sach-gia-inh-van-hoa-phuong-phuc-loi-nam-2020,
// 28/10/2020; opening (the section label and the view counter left out). The rates are written with a dot
// ("96.46%"). The families' 91.46% is of all 3.301 households (3.019/3.301), though the sentence names the households
// reviewed (3.019/3.184 would be 94,82%): a trap.
import { ratio, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-phuong-phuc-loi-gia-dinh-van-hoa-2020.txt',
  prefix: 'plv',
  claims: [
    ratio({ id: 'registered', quote: ['Số hộ đăng ký gia đình văn hóa 3.184 đạt 96.46%', 'Toàn phường có 3.301 hộ dân'], x: '3.184', y: '3.301', stated: '96.46%' }),
    ratio({ id: 'cultured', quote: ['Có 3.019 hộ đạt gia đình văn hóa, đạt tỷ lệ 91.46%', 'Toàn phường có 3.301 hộ dân'], x: '3.019', y: '3.301', stated: '91.46%', trap: 'Of all the ward\'s 3.301 households, in a sentence that names the households reviewed (3.019 of those would be 94,82%).' }),
    repeat({ id: 'reviewed-are-registered', quote: ['Số hộ đăng ký gia đình văn hóa 3.184', 'Tổng số hộ tham gia bình xét gia đình văn hóa là 3.148 hộ'], values: ['3.184', '3.148'], mistake: 'planted', original: 'là 3.184 hộ', note: 'The households reviewed are those registered ("thực hiện việc bình xét khi hộ gia đình … có đăng ký"): 3.184 both times; two digits swapped.' }),
  ],
});
