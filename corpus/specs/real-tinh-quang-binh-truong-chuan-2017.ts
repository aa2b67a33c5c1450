// Tỉnh Quảng Bình: kindergartens and schools meeting the national standard after the school year 2016-2017, from
// báo Quảng Bình (baoquangbinh.vn/dan-tri-nhan-luc/201712/hon-55-truong-hoc-dat-chuan-quoc-gia-2152248/), 21/12/2017;
// whole, the repeated caption kept once. As published, three of the level rates fit no written base
// (55,4% fits 324/585, 77,3% fits 160/207, 54,42% fits 80/147), and the four levels' schools add to 583, not 590.
import { atLeast, ratio, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-quang-binh-truong-chuan-2017.txt',
  prefix: 'qbt',
  claims: [
    sum({ id: 'new-this-year', quote: ['công nhận mới 23 trường', '(7 trường mầm non, 9 trường tiểu học và 8 trường THCS)'], parts: ['7', '9', '8'], total: '23', labels: ['mầm non', 'tiểu học', 'THCS'], mistake: 'planted', original: 'và 7 trường THCS)', note: 'The schools in parentheses add to 24, not the 23 newly recognised.' }),
    atLeast({ id: 'new-within-total', kind: 'cumulative', quote: ['lên 324/590 trường', 'công nhận mới 23 trường'], big: '324', small: '23' }),
    ratio({ id: 'all-rate', quote: '324/590 trường, đạt tỷ lệ 55,4%', x: '324', y: '590', stated: '55,4%', mistake: 'author', note: '324/590 = 54,92%.' }),
    atLeast({ id: 'headline', quote: ['Hơn 55% trường học đạt chuẩn quốc gia', 'đạt tỷ lệ 55,4%'], big: '55,4', small: '55', note: 'The headline rounds the body\'s 55,4% (itself wrong: one mistake, not two).' }),
    ratio({ id: 'kindergarten-rate', quote: '71/179 trường mầm non, đạt tỷ lệ 39,7%', x: '71', y: '179', stated: '39,7%' }),
    ratio({ id: 'primary-rate', quote: '160/206 trường tiểu học, đạt tỷ lệ 77,3%', x: '160', y: '206', stated: '77,3%', mistake: 'author', note: '160/206 = 77,67%, 77,7%.' }),
    ratio({ id: 'lower-secondary-rate', quote: '80/165  trường THCS, đạt tỷ lệ 54,42%', x: '80', y: '165', stated: '54,42%', mistake: 'author', note: '80/165 = 48,48%; 54,42% is 80 over the 147 rural kindergartens of the next paragraph.' }),
    ratio({ id: 'upper-secondary-rate', quote: '13/33 trường THPT,THCS và THPT, đạt tỷ lệ 39,4%', x: '13', y: '33', stated: '39,4%' }),
    sum({ id: 'standard-by-level', quote: ['lên 324/590 trường', 'có 71/179 trường mầm non', '160/206 trường tiểu học', '80/165  trường THCS', '13/33 trường THPT'], parts: ['71', '160', '80', '13'], total: '324', labels: ['mầm non', 'tiểu học', 'THCS', 'THPT, THCS và THPT'] }),
    sum({ id: 'schools-by-level', quote: ['324/590 trường', '71/179 trường mầm non', '160/206 trường tiểu học', '80/165  trường THCS', '13/33 trường THPT'], parts: ['179', '206', '165', '33'], total: '590', labels: ['mầm non', 'tiểu học', 'THCS', 'THPT, THCS và THPT'], mistake: 'author', note: 'The four levels in parentheses (kindergartens and all schools) have 583 schools, not 590.' }),
    ratio({ id: 'rural-kindergartens', quote: '47/147 trường mầm non đạt chuẩn quốc gia (tỷ lệ 31%)', x: '47', y: '147', stated: '31%', mistake: 'planted', original: '(tỷ lệ 32%)', note: '47/147 = 31,97%, 32% whole; 31% is truncated.' }),
    ratio({ id: 'rural-primary', quote: '129/174 trường tiểu học đạt chuẩn quốc gia (tỷ lệ 74,1%)', x: '129', y: '174', stated: '74,1%' }),
    ratio({ id: 'rural-lower-secondary', quote: '61/137 trường THCS, TH và THCS đạt chuẩn quốc gia (tỷ lệ 44,5%)', x: '61', y: '137', stated: '44,5%' }),
  ],
});
