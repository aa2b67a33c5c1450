// The 14th National Assembly (2016): make-up of the 496 deputies elected, from the National Election
// Council's figures as published by Pháp Luật TP.HCM (plo.vn/thoi-su/luan-dieu-xuyen-tac-khong-lam-anh-huong-den-cuoc-bau-cu-633704.html).
// Every share is of the 496 deputies.
import { contradiction, repeat, report, share, sum } from '../../scripts/corpus/relations';

const D = '496';
export default report({
  doc: 'real-ca-nuoc-dbqh-khoa-xiv-2016.txt',
  prefix: 'qh',
  claims: [
    sum({ id: 'seats-missing', quote: 'bầu thiếu 4 ĐBQH ở 4 tỉnh Sóc Trăng, Sơn La, Lâm Đồng, Đồng Nai, mỗi tỉnh bầu thiếu 1 ĐB', parts: ['1', '1', '1', '1'], total: '4' }),
    share({ id: 'central-nominees', quote: 'có 182 người trúng cử (tỉ lệ 36,70%)', x: '182', y: D, stated: '36,70%', mistake: 'author', note: '182/496 = 36,69…% (36,6935).' }),
    share({ id: 'local-nominees', quote: 'giới thiệu 312 người (tỉ lệ 62,90%)', x: '312', y: D, stated: '62,90%' }),
    share({ id: 'self-nominated', quote: 'ĐB tự ứng cử 2 người (tỉ lệ 0,4%), giảm 0,4% so với khóa XIII. + Cơ cấu', x: '2', y: D, stated: '0,4%' }),
    sum({ id: 'nominees-split', quote: ['Tổng số ĐBQH trúng cử là 496 người', 'có 182 người trúng cử', 'giới thiệu 312 người', 'ĐB tự ứng cử 2 người (tỉ lệ 0,4%), giảm 0,4% so với khóa XIII. + Cơ cấu'], parts: ['182', '312', '2'], total: '496' }),
    share({ id: 'ethnic-minority', quote: 'ĐB là người dân tộc thiểu số 86 người (tỉ lệ 17,30%)', x: '86', y: D, stated: '17,30%', mistake: 'author', note: '86/496 = 17,34%: rounded to one decimal, then written with two.' }),
    share({ id: 'women', quote: 'ĐB là phụ nữ 133 người (tỉ lệ 26,80%)', x: '133', y: D, stated: '26,80%', mistake: 'author', note: '133/496 = 26,81%.' }),
    share({ id: 'non-party', quote: 'ĐB là người ngoài Đảng có 21 người (tỉ lệ 4,2%)', x: '21', y: D, stated: '4,2%' }),
    share({ id: 'young', quote: 'ĐB trẻ (dưới 40 tuổi) 71 người (tỉ lệ 14.3%)', x: '71', y: D, stated: '14.3%', note: 'Written with a decimal point.' }),
    share({ id: 're-elected', quote: 'ĐB khóa XIII tái cử 160 người (tỉ lệ 32,3%)', x: '160', y: D, stated: '32,3%' }),
    share({ id: 'first-term', quote: 'ĐB tham gia QH lần đầu 317 người (tỉ lệ 63,9%)', x: '317', y: D, stated: '63,9%' }),
    contradiction({ id: 're-elected-plus-first-term', quote: ['ĐB khóa XIII tái cử 160 người', 'ĐB tham gia QH lần đầu 317 người'], stated: '160 + 317 = 477', expected: '≤ 496', consistent: true, reason: 'Deputies of earlier terms who were not in the 13th make up the other 19; the two groups are not a split of the 496.', trap: 'two groups of the same total that are not all its parts.' }),
    repeat({ id: 'self-nominated-twice', quote: ['ĐB tự ứng cử 2 người (tỉ lệ 0,4%), giảm 0,4% so với khóa XIII. + Cơ cấu', 'ĐB tự ứng cử 2 người (tỉ lệ 0,4%), giảm 0,4% so với khóa XIII. + Trình độ'], values: ['2', '2'] }),
    share({ id: 'postgraduate', quote: 'trên đại học 310 người (tỉ lệ 62,5%)', x: '310', y: D, stated: '62,5%' }),
    share({ id: 'graduate', quote: 'đại học 180 người (tỉ lệ 36,3%)', x: '180', y: D, stated: '36,3%' }),
    share({ id: 'below-graduate', quote: 'dưới đại học 6 người (tỉ lệ 1,3%)', x: '6', y: D, stated: '1,3%', mistake: 'author', note: '6/496 = 1,21% → 1,2%; the three levels then add to 100%, the published ones to 100,1%.' }),
    sum({ id: 'education-split', quote: ['Tổng số ĐBQH trúng cử là 496 người', 'trên đại học 310 người', 'đại học 180 người (tỉ lệ 36,3%)', 'dưới đại học 6 người'], parts: ['310', '180', '6'], total: '496' }),
  ],
});
