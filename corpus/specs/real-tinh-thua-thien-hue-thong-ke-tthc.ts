// Thừa Thiên Huế province: statistics of administrative files by service level on the public-service portal
// (dichvucong.thuathienhue.gov.vn/thongke/ReqId/d65d4779), a snapshot without a date. The two tables (a two-row
// header in the page) are set as pipe tables; the copy breaks off in the list of satisfaction criteria.
// Each level: Tổng = Đã xử lý + Chưa xử lý; the before-time, on-time and late percents are of Đã xử lý.
import { contradiction, ratio, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-thua-thien-hue-thong-ke-tthc.md',
  prefix: 'tth',
  claims: [
    sum({ id: 'l12-total', quote: ['| 268763 | 257141 | 11622 |'], parts: ['257141', '11622'], total: '268763', labels: ['đã xử lý', 'chưa xử lý'] }),
    share({ id: 'l12-before-time', quote: '| 124907 | 48,6% |', x: '124907', y: '257141', stated: '48,6%' }),
    share({ id: 'l12-on-time', quote: '| 102770 | 39% |', x: '102770', y: '257141', stated: '39%', mistake: 'planted', original: '| 102770 | 40% |', note: 'A whole-number percent: 102770/257141 = 39,97% rounds to 40%; 39% truncates it.' }),
    share({ id: 'l12-late', quote: '| 19852 | 7,7% |', x: '19852', y: '257141', stated: '7,7%' }),
    contradiction({ id: 'l12-outcomes', quote: ['| 124907 | 48,6% | 102770 |'], stated: '124907 + 102770 + 19852 = 247529', expected: 'not the 257141 processed', consistent: true, reason: 'The three timing columns do not cover every processed file (the rest, e.g. returned or withdrawn files, has no column); their shares add to 96,3%.', trap: 'columns that look like the parts of Đã xử lý but are not all of them.' }),
    sum({ id: 'l3-total', quote: ['| 68544 | 61827 | 6771 |'], parts: ['61827', '6771'], total: '68544', labels: ['đã xử lý', 'chưa xử lý'], mistake: 'planted', original: '| 68544 | 61827 | 6717 |', note: 'Processed and pending add to 68598, not the 68544 in the row; two digits swapped.' }),
    share({ id: 'l3-before-time', quote: '| 43434 | 70,3% |', x: '43434', y: '61827', stated: '70,3%' }),
    share({ id: 'l3-on-time', quote: '| 11795 | 19,1% |', x: '11795', y: '61827', stated: '19,1%' }),
    share({ id: 'l3-late', quote: '| 4331 | 7% |', x: '4331', y: '61827', stated: '7%', note: 'A whole-number percent: 7,005%.' }),
    contradiction({ id: 'l3-outcomes', quote: ['| 43434 | 70,3% | 11795 |'], stated: '43434 + 11795 + 4331 = 59560', expected: 'not the 61827 processed', consistent: true, reason: 'As for levels 1-2: the timing columns leave out some processed files.', trap: 'columns that are not all the parts of Đã xử lý.' }),
    sum({ id: 'l4-total', quote: ['| 1665 | 1611 | 54 |'], parts: ['1611', '54'], total: '1665', labels: ['đã xử lý', 'chưa xử lý'] }),
    share({ id: 'l4-before-time', quote: '| 952 | 59,1% |', x: '952', y: '1611', stated: '59,1%' }),
    share({ id: 'l4-on-time', quote: '| 388 | 24,1% |', x: '388', y: '1611', stated: '24,1%' }),
    share({ id: 'l4-late', quote: '| 268 | 16,9% |', x: '268', y: '1611', stated: '16,9%', mistake: 'planted', original: '| 268 | 16,6% |', note: '268/1611 = 16,64% → 16,6%.' }),
    contradiction({ id: 'l4-outcomes', quote: ['| 952 | 59,1% | 388 |'], stated: '952 + 388 + 268 = 1608', expected: 'not the 1611 processed', consistent: true, reason: 'As for levels 1-2: three processed files have no timing column.', trap: 'columns that are not all the parts of Đã xử lý.' }),
    ratio({ id: 'online-level-1', quote: '| Tỷ lệ TTHC cung cấp trực tuyến | 2643 | 100% |', x: '2643', y: '2643', stated: '100%', note: 'Each level is a share of all 2643 procedures (the level-1 count).' }),
    share({ id: 'online-level-3', quote: '| 1856 | 70,2% |', x: '1856', y: '2643', stated: '70,2%' }),
    share({ id: 'online-level-4', quote: '| 736 | 27,8% |', x: '736', y: '2643', stated: '27,8%' }),
  ],
});
