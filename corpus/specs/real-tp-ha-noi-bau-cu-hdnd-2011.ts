// Thành phố Hà Nội (and tỉnh Quảng Bình): báo Lạng Sơn, "Nhiều tỉnh, thành phố công bố kết quả bầu cử QH khóa XIII và
// HÐND các cấp", baolangson.vn/chinh-tri/6554-nhieu-tinh-thanh-pho-cong-bo-ket-qua-bau-cu-qh-khoa-xiii-va-hdnd-cac-cap.html,
// 27-28/5/2011 (the page shows a later date); opening, the page's repeated lead left out. The make-up of Hà Nội's 95
// councillors: each share is of the 95, some of the counts written in words ("một", "bảy", "ba"). The Quảng Bình
// turnout has no counts; 123/159 has no percent.
import { atLeast, ratio, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tp-ha-noi-bau-cu-hdnd-2011.txt',
  prefix: 'hnb',
  claims: [
    ratio({ id: 'women', kind: 'share_percent', quote: ['có 32 đại biểu nữ (chiếm 24,21%)', 'đã bầu đủ 95 đại biểu HĐND thành phố'], x: '32', y: '95', stated: '24,21%', mistake: 'planted', original: 'Trong đó có 23 đại biểu nữ', note: '32/95 = 33,68%; the 24,21% is 23/95, the published count.' }),
    ratio({ id: 'ethnic-minority', kind: 'share_percent', quote: ['một đại biểu là người dân tộc thiểu số (chiếm 1,05%)', 'đã bầu đủ 95 đại biểu'], x: '1', y: '95', stated: '1,05%', note: 'The count is written "một".' }),
    ratio({ id: 'non-party', kind: 'share_percent', quote: ['bảy đại biểu là người ngoàiĐảng (7,37%)', 'đã bầu đủ 95 đại biểu'], x: '7', y: '95', stated: '7,37%', note: 'The count is written "bảy".' }),
    ratio({ id: 'under-35', kind: 'share_percent', quote: ['ba đại biểu dưới 35 tuổi (chiếm 3,16%)', 'đã bầu đủ 95 đại biểu'], x: '3', y: '95', stated: '3,16%', note: 'The count is written "ba"; 35 is an age, not a count.' }),
    ratio({ id: 're-elected', kind: 'share_percent', quote: ['số đại biểu tái cử là 24 người (chiếm 25,62%)', 'đã bầu đủ 95 đại biểu'], x: '24', y: '95', stated: '25,62%', mistake: 'planted', original: '(chiếm 25,26%)', note: '24/95 = 25,26%: two digits swapped.' }),
    atLeast({ id: 'candidates-over-seats', quote: ['từ 156 người ứng cử đại biểu HĐND thành phố', 'đã bầu đủ 95 đại biểu'], big: '156', small: '95' }),
  ],
});
