// TP Hà Nội: báo Pháp luật Việt Nam, "Hà Nội kỷ luật 440 đảng viên trong 6 tháng" (UBKT Thành ủy's six-month review),
// m.baophapluat.vn/ha-noi-ky-luat-440-dang-vien-trong-6-thang-post280949.amp; opening (the photo caption left out). The
// authors' slips: 784/886 = 88,49%, written 88,48%, and 102/886 = 11,51%, written 11,52% (the pair was made to add to 100).
// Planted: the body's 440 members disciplined (the headline's figure) written 404.
import { atLeast, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-ha-noi-ky-luat-dang-vien-6-thang-2018.txt',
  prefix: 'hnk',
  claims: [
    share({ id: 'good-organisations', quote: ['784 tổ chức Đảng (đạt 88,48%)', 'kiểm tra 886 tổ chức Đảng cấp dưới'], x: '784', y: '886', stated: '88,48%', mistake: 'author', note: '784/886 = 88,487%: 88,49% half-up.' }),
    share({ id: 'not-good-organisations', quote: ['102 tổ chức Đảng (chiếm 11,52%)', 'kiểm tra 886 tổ chức Đảng cấp dưới'], x: '102', y: '886', stated: '11,52%', mistake: 'author', note: '102/886 = 11,512%: 11,51%; the authors seem to have taken 100 − 88,48.' }),
    sum({ id: 'organisations-by-result', quote: ['kiểm tra 886 tổ chức Đảng cấp dưới', '784 tổ chức Đảng (đạt', '102 tổ chức Đảng (chiếm'], parts: ['784', '102'], total: '886', labels: ['thực hiện tốt', 'chưa làm tốt'] }),
    atLeast({ id: 'members-violating-within-checked', quote: ['181 đảng viên; đã kết luận', '107 đảng viên có vi phạm'], big: '181', small: '107' }),
    atLeast({ id: 'organisations-violating-within-checked', quote: ['69 tổ chức đảng và 181', 'kết luận 30 tổ chức Đảng'], big: '69', small: '30' }),
    atLeast({ id: 'members-to-discipline-within-violating', quote: ['107 đảng viên có vi phạm', '1 tổ chức Đảng và 63 đảng viên'], big: '107', small: '63' }),
    atLeast({ id: 'city-ubkt-members-within-all', quote: ['181 đảng viên; đã kết luận', '4 tổ chức Đảng và 19 đảng viên'], big: '181', small: '19' }),
    atLeast({ id: 'committee-members-within-disciplined', quote: ['đã thi hành kỷ luật 404 đảng viên', 'có 92 cấp ủy viên các cấp'], big: '404', small: '92' }),
    repeat({ id: 'disciplined-headline-body', quote: ['Hà Nội kỷ luật 440 đảng viên trong 6 tháng', 'đã thi hành kỷ luật 404 đảng viên'], values: ['440', '404'], mistake: 'planted', original: 'đã thi hành kỷ luật 440 đảng viên', note: 'The headline says 440 members disciplined; the body 404 (digits swapped).' }),
  ],
});
