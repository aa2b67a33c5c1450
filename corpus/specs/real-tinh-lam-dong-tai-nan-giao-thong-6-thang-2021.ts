// Tỉnh Lâm Đồng: báo Lâm Đồng, "Tai nạn giao thông tăng cả 3 tiêu chí" (title from the address; Ban An toàn giao thông
// tỉnh's figures), baolamdong.vn/phapluat/202107/tai-nan-giao-thong-tang-ca-3-tieu-chi-3066404/; whole. Each rise is
// written with its X/Y in parentheses ("tăng 13 vụ (51/38), tức tăng 34,21%"). The quarter I percents have no base in
// the text and are not checked. The authors' slip: the breakdown by severity names 10 + 6 + 31 = 47 injured against 29
// (it seems to put the serious accidents' deaths among the injured). Planted: the injured rise "tức tăng 20,83%"
// written 17,24% (5/29, divided by this year's count).
import { change, difference, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-lam-dong-tai-nan-giao-thong-6-thang-2021.txt',
  prefix: 'ldg',
  claims: [
    difference({ id: 'accidents-rise', quote: ['tăng 13 vụ (51/38)'], a: '51', b: '38', stated: '13' }),
    change({ id: 'accidents-rise-percent', quote: ['tức tăng 34,21%', '(51/38)'], x: '51', base: '38', stated: '34,21%', direction: 'tăng' }),
    difference({ id: 'deaths-rise', quote: ['tăng 7 người (35/28)'], a: '35', b: '28', stated: '7' }),
    change({ id: 'deaths-rise-percent', quote: ['tức tăng 25% và', '(35/28)'], x: '35', base: '28', stated: '25%', direction: 'tăng' }),
    difference({ id: 'injured-rise', quote: ['tăng 5 người bị thương (29/24)'], a: '29', b: '24', stated: '5' }),
    change({ id: 'injured-rise-percent', quote: ['tức tăng 17,24%', '(29/24)'], x: '29', base: '24', stated: '17,24%', direction: 'tăng', mistake: 'planted', original: 'tức tăng 20,83%', note: '5/24 = 20,83%; 17,24% is 5/29, the rise divided by this year\'s count.' }),
    sum({ id: 'accidents-by-severity', quote: ['đã để xảy ra 51 vụ tai nạn giao thông', 'va chạm giao thông xảy ra 14 vụ', 'ít nghiêm trọng xảy ra 3 vụ', 'nghiêm trọng xảy ra 32 vụ', 'rất nghiêm trọng 2 vụ'], parts: ['14', '3', '32', '2'], total: '51', labels: ['va chạm', 'ít nghiêm trọng', 'nghiêm trọng', 'rất nghiêm trọng'] }),
    sum({ id: 'injured-by-severity', quote: ['29 người bị thương. So với', 'làm bị thương 10 người', 'làm 6 người bị thương', 'làm 31 người bị thương'], parts: ['10', '6', '31'], total: '29', labels: ['va chạm', 'ít nghiêm trọng', 'nghiêm trọng'], mistake: 'author', note: 'The severity classes name 47 injured against the 29 of the total; the 31 of the serious accidents fit the deaths (31 + 4 = 35), not the injured.' }),
  ],
});
