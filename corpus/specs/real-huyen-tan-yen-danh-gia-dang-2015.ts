// Huyện Tân Yên (Bắc Giang): the district portal, "24 tổ chức cơ sở Đảng đạt trong sạch vững mạnh." (CTV Kim Anh),
// tanyen.bacgiang.gov.vn/tin-tuc/9297/24-to-chuc-co-so-Dang-dat-trong-sach-vung-manh..html, 10/01/2016; whole (site
// menu and the list of other news left out). The classification of 2015: the 41 grassroots organisations, the 545
// cells (543 assessed) and the 8.159 members. The cells' shares are of all 545 cells (304/545 = 55,8%, 228/545 =
// 41,8%), not of the 543 assessed (56,0% and 42,0%). The third class of organisations is written "22", which cannot
// be: 24 + 15 + 22 = 61 of 41, and its "trên 4,8%" fits 2 (2/41 = 4,88%), so the 22 is the authors' slip.
import { ratio, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-huyen-tan-yen-danh-gia-dang-2015.txt',
  prefix: 'tyd',
  claims: [
    share({ id: 'organisations-clean-strong', quote: ['có 24 tổ chức cơ sở Đảng đạt trong sạch vững mạnh, chiếm gần 59%', 'Đảng bộ huyện Tân Yên hiện có 41 tổ chức cơ sở Đảng'], x: '24', y: '41', stated: '59%', note: '24/41 = 58,54%, "gần 59%".' }),
    share({ id: 'organisations-good', quote: ['Có 15 tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ, tỷ lệ 36,7%', 'hiện có 41 tổ chức cơ sở Đảng'], x: '15', y: '41', stated: '36,7%', mistake: 'author', note: '15/41 = 36,585%: 36,6% rounded half-up.' }),
    sum({ id: 'organisations-by-class', quote: ['hiện có 41 tổ chức cơ sở Đảng', '22 tổ chức cơ sở đảng hoàn thành nhiệm vụ, tỷ lệ trên 4,8%', 'có 24 tổ chức cơ sở Đảng đạt trong sạch vững mạnh', 'Có 15 tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ'], parts: ['24', '15', '22'], total: '41', labels: ['trong sạch vững mạnh', 'hoàn thành tốt nhiệm vụ', 'hoàn thành nhiệm vụ'], mistake: 'author', note: 'The three classes add to 61 organisations of 41; with 2 in the third class (which its 4,88% fits) they add to 41.' }),
    ratio({ id: 'cells-assessed', quote: '543/545 Chi bộ trực thuộc Đảng ủy cơ sở kiểm điểm, đánh giá, đạt 99,6%', x: '543', y: '545', stated: '99,6%' }),
    share({ id: 'cells-clean-strong', quote: ['304 Chi bộ đạt TSVM, tỷ lệ 55,8%', '543/545 Chi bộ'], x: '304', y: '545', stated: '55,8%', trap: 'Of all 545 cells, not of the 543 assessed (304/543 = 56,0%); the whole text keeps the 545 as its base.' }),
    share({ id: 'cells-good', quote: ['Có 228 Chi bộ hoàn thành tốt nhiệm vụ, tỷ lệ 41,8%', '543/545 Chi bộ'], x: '228', y: '545', stated: '41,8%', note: '228/545 = 41,83%.' }),
    sum({ id: 'cells-by-class', quote: ['543/545 Chi bộ trực thuộc Đảng ủy cơ sở kiểm điểm', '304 Chi bộ đạt TSVM', 'Có 228 Chi bộ hoàn thành tốt nhiệm vụ', 'Có 11 Chi bộ thành nhiệm vụ'], parts: ['304', '228', '11'], total: '543', labels: ['trong sạch vững mạnh', 'hoàn thành tốt nhiệm vụ', 'hoàn thành nhiệm vụ'], note: 'The three classes add to the 543 cells assessed (no cell weak).' }),
    sum({ id: 'cells-assessed-and-new', quote: ['543/545 Chi bộ', '(có 2 Chi bộ trực thuộc mới thành lập không đánh giá xếp loại)'], parts: ['543', '2'], total: '545', labels: ['đã đánh giá', 'mới thành lập không đánh giá'] }),
    ratio({ id: 'members-assessed', quote: '6.659/8.159 đảng viên dự đánh giá, xếp loại, tỷ lệ trên 81,6%', x: '6.659', y: '8.159', stated: '81,6%', note: '6.659/8.159 = 81,62%, "trên 81,6%".' }),
    sum({ id: 'members-assessed-exempt-pending', quote: ['Đảng bộ huyện có 8.159 đảng viên', 'Có 1.388 đảng viên miễn đánh giá, 112 đảng viên chưa đánh giá', '6.659/8.159'], parts: ['6.659', '1.388', '112'], total: '8.159', labels: ['dự đánh giá', 'miễn đánh giá', 'chưa đánh giá'] }),
    share({ id: 'members-pending', quote: ['112 đảng viên chưa đánh giá, chiếm tỷ lệ 1,73%', 'Đảng bộ huyện có 8.159 đảng viên'], x: '112', y: '8.159', stated: '1,73%', mistake: 'planted', original: 'chiếm tỷ lệ 1,37%', note: '112/8.159 = 1,37%: two digits swapped.' }),
    sum({ id: 'members-ratings', quote: ['Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ chiếm 11,3%', 'Đảng viên hoàn thành tốt nhiệm vụ chiếm 75,5%', 'Đảng viên hoàn thành nhiệm vụ 12,7%', 'Đảng viên không hoàn thành nhiệm vụ 0,5%'], parts: ['11,3', '75,5', '12,7', '0,5'], total: '100', implicitTotal: true, rounded: true, note: 'Shares of the members assessed add to 100,0%.' }),
    repeat({ id: 'clean-strong-headline', quote: ['24 tổ chức cơ sở Đảng đạt trong sạch vững mạnh.', 'có 24 tổ chức cơ sở Đảng đạt trong sạch vững mạnh, chiếm'], values: ['24', '24'] }),
  ],
});
