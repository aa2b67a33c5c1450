// Cả nước: traffic accidents in the first nine months and in September 2019 (Ủy ban ATGT Quốc gia), from Công an
// nhân dân, "Cả nước có hơn 5.600 người chết vì tai nạn giao thông trong chín tháng" (title from the address),
// cand.com.vn/Giao-thong/Ca-nuoc-co-hon-5-600-nguoi-chet-vi-tai-nan-giao-thong-trong-chin-thang-563240/; excerpt as stored
// (it opens after the nine-month totals, so their falls cannot be checked). Base = this year ± the change.
import { change, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tai-nan-giao-thong-9-thang-2019.txt',
  prefix: 'tn9',
  claims: [
    change({ id: 'road-cases', quote: 'giảm 554 vụ (-4,2%)', x: '12.501', base: '12.501 + 554', stated: '4,2%', direction: 'giảm' }),
    change({ id: 'road-deaths', quote: 'giảm 356 người chết (-6%)', x: '5.526', base: '5.526 + 356', stated: '6%', direction: 'giảm', note: 'A whole-number percent: 6,05%.' }),
    change({ id: 'road-injured', quote: 'giảm 694 người bị thương(-6,7%)', x: '9.571', base: '9.571 + 694', stated: '6,7%', direction: 'giảm', mistake: 'author', note: '694/10.265 = 6,76%, i.e. 6,8%.' }),
    change({ id: 'rail-cases', quote: 'giảm 7 vụ (6,1%)', x: '121', base: '121 + 7', stated: '6,1%', direction: 'giảm', mistake: 'planted', original: 'tăng 7 vụ (6,1%)', note: 'Rail cases rose from 114 to 121 (+6,1%); written as a fall, the base would be 128 and the fall 5,5%.' }),
    change({ id: 'rail-deaths', quote: 'tăng 7 người chết (7,4%)', x: '101', base: '101 − 7', stated: '7,4%', direction: 'tăng' }),
    change({ id: 'rail-injured', quote: 'giảm 8 người bị thương (-16,3%)', x: '41', base: '41 + 8', stated: '16,3%', direction: 'giảm' }),
    change({ id: 'september-cases', quote: 'giảm 116 vụ (giảm 7,9%)', x: '1.344', base: '1.344 + 116', stated: '7,9%', direction: 'giảm', note: 'The month\'s figures are in the paragraph before.' }),
    change({ id: 'september-deaths', quote: 'giảm 83 người chết (giảm 14,7%)', x: '563', base: '563 + 83', stated: '14,7%', direction: 'giảm', mistake: 'planted', original: 'giảm 83 người chết (giảm 12,8%)', note: 'The month\'s 563 deaths are in the paragraph before; 83/(563 + 83) = 12,85%, i.e. 12,8%. 14,7% is 83 over this year\'s 563.' }),
    change({ id: 'september-injured', quote: 'giảm 87 người bị thương (giảm 7,7%)', x: '1.032', base: '1.032 + 87', stated: '7,7%', direction: 'giảm', mistake: 'author', note: '87/1.119 = 7,77%, i.e. 7,8%.' }),
  ],
});
