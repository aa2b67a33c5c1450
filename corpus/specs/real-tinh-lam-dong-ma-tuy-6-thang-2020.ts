// Tỉnh Lâm Đồng: crime and drugs in the first six months of 2020 (Công an tỉnh), from báo Lâm Đồng
// (baolamdong.vn/phapluat/202006/bat-giu-326-doi-tuong-co-hanh-vi-tang-tru-van-chuyen-mua-ban-trai-phep-chat-ma-tuy-3010344/);
// whole as stored (no title in the stored copy). Comparisons with the same period are written "tăng N vụ
// (this/last vụ)"; last year's crimes are given only through the fall.
import { change, difference, repeat, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lam-dong-ma-tuy-6-thang-2020.txt',
  prefix: 'ldm',
  claims: [
    difference({ id: 'drug-cases-rise', quote: 'tăng 93 vụ (206/113 vụ)', a: '206', b: '113', stated: '93' }),
    change({ id: 'crime-fall', quote: ['(giảm 47,5%)', 'điều tra 341/360 vụ phạm tội về trật tự xã hội', 'số vụ án giảm 171 vụ'], x: '360', base: '360 + 171', stated: '47,5%', direction: 'giảm', mistake: 'planted', original: 'số vụ án giảm 171 vụ (giảm 32,2%)', note: 'Last year\'s cases are this year\'s 360 plus the fall of 171: 531, so the fall is 32,2%; 47,5% divides the fall by this year\'s cases.' }),
    repeat({ id: 'economic-prosecutions', quote: ['(12/6 vụ)', 'khởi tố 14 vụ, 18 bị can, so với cùng kỳ năm ngoái, số án khởi tố ít hơn 6 vụ'], values: ['14', '12'], mistake: 'author', note: 'The parentheses give this year against last year as in "(206/113 vụ)": 12 is not the 14 cases just written, and 12 against 6 is six more, not "ít hơn 6 vụ".' }),
  ],
});
