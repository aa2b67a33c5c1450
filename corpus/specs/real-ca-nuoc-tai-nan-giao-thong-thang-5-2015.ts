// Cả nước: Ủy ban ATGT Quốc gia's quick report for May and the first five months of 2015, as reposted by
// benxethainguyen.net, "Đầu tháng 5 đã giảm số người chết khi tham gia giao thông" (title from the address),
// benxethainguyen.net/dau-thang-5-da-giam-so-nguoi-chet-khi-tham-gia-giao-thong/; whole as stored. The stored copy
// opens with the closing paragraph's first sentence (kept) and carries spam words injected by the site ("canada goose
// Ontario Parka", "Canada Goose Dame", "canada goose Snow Mantra Parka", "goosenorge") inside four sentences; they
// are left out, nothing else is changed. Last year's figure is given only through the fall, so every base is this
// year's figure + the fall. The authors' slip: the five months' collisions "giảm 1.279 vụ (-20,69%)" where
// 1.279/6.304 = 20,29%. Planted: the month's "-18,74%" written -23,07% (the fall divided by this year's 1.734), and
// the five months' serious accidents "-3,92%" written -3,29%.
import { change, repeat, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-ca-nuoc-tai-nan-giao-thong-thang-5-2015.txt',
  prefix: 'tg5',
  claims: [
    change({ id: 'month-accidents', quote: ['giảm 400 vụ (-23,07%)', 'cả nước xảy ra 1.734 vụ'], x: '1.734', base: '1.734 + 400', stated: '23,07%', direction: 'giảm', mistake: 'planted', original: 'giảm 400 vụ (-18,74%)', note: '400/2.134 = 18,74%; 23,07% is 400/1.734, the fall divided by this year\'s figure.' }),
    change({ id: 'month-deaths', quote: ['giảm 47 người chết (-6,23%), giảm 560', 'làm chết 708 người, làm bị thương 1.484'], x: '708', base: '708 + 47', stated: '6,23%', direction: 'giảm' }),
    change({ id: 'month-injured', quote: ['giảm 560 người bị thương (-27,4%)', 'làm bị thương 1.484 người'], x: '1.484', base: '1.484 + 560', stated: '27,4%', direction: 'giảm' }),
    change({ id: 'month-serious-accidents', quote: ['giảm 61 vụ (-7,1%)', 'xảy ra 798 vụ'], x: '798', base: '798 + 61', stated: '7,1%', direction: 'giảm' }),
    change({ id: 'month-serious-deaths', quote: ['giảm 47 người chết (-6,23%), giảm 133', 'xảy ra 798 vụ, làm chết 708 người'], x: '708', base: '708 + 47', stated: '6,23%', direction: 'giảm' }),
    change({ id: 'month-serious-injured', quote: ['giảm 133 người bị thương (-26,03%)', 'bị thương 378 người'], x: '378', base: '378 + 133', stated: '26,03%', direction: 'giảm' }),
    change({ id: 'month-collisions', quote: ['giảm 339 vụ (-26,59%)', 'Va chạm giao thông xảy ra 936 vụ'], x: '936', base: '936 + 339', stated: '26,59%', direction: 'giảm' }),
    change({ id: 'month-collision-injured', quote: ['giảm 427 người bị thương (-27,85%)', 'làm bị thương nhẹ 1.106 người'], x: '1.106', base: '1.106 + 427', stated: '27,85%', direction: 'giảm' }),
    sum({ id: 'month-accidents-by-kind', quote: ['cả nước xảy ra 1.734 vụ', 'xảy ra 798 vụ', 'Va chạm giao thông xảy ra 936 vụ'], parts: ['798', '936'], total: '1.734', labels: ['từ ít nghiêm trọng trở lên', 'va chạm giao thông'] }),
    sum({ id: 'month-injured-by-kind', quote: ['làm bị thương 1.484 người', 'bị thương 378 người', 'làm bị thương nhẹ 1.106 người'], parts: ['378', '1.106'], total: '1.484', labels: ['từ ít nghiêm trọng trở lên', 'va chạm giao thông'] }),
    sum({ id: 'month-fall-by-kind', quote: ['giảm 400 vụ', 'giảm 61 vụ', 'giảm 339 vụ'], parts: ['61', '339'], total: '400' }),
    sum({ id: 'month-injured-fall-by-kind', quote: ['giảm 560 người bị thương', 'giảm 133 người bị thương', 'giảm 427 người bị thương'], parts: ['133', '427'], total: '560' }),
    repeat({ id: 'month-deaths-all-serious', quote: ['xảy ra 798 vụ, làm chết 708 người', 'làm chết 708 người, làm bị thương 1.484'], values: ['708', '708'], note: 'Collisions kill no one by definition, so the serious accidents carry all the deaths.' }),
    change({ id: 'five-months-accidents', quote: ['giảm 1.454 vụ (-13,5%)', 'toàn quốc xảy ra 9.318 vụ'], x: '9.318', base: '9.318 + 1.454', stated: '13,5%', direction: 'giảm' }),
    change({ id: 'five-months-deaths', quote: ['giảm 193 người chết (-4,91%), giảm 2.002', 'làm chết 3.735 người, làm bị thương 8.554'], x: '3.735', base: '3.735 + 193', stated: '4,91%', direction: 'giảm' }),
    change({ id: 'five-months-injured', quote: ['giảm 2.002 người bị thương (-18,97%)', 'làm bị thương 8.554 người'], x: '8.554', base: '8.554 + 2.002', stated: '18,97%', direction: 'giảm' }),
    change({ id: 'five-months-serious-accidents', quote: ['giảm 175 vụ (-3,29%)', 'xảy ra 4.293 vụ'], x: '4.293', base: '4.293 + 175', stated: '3,29%', direction: 'giảm', mistake: 'planted', original: 'giảm 175 vụ (-3,92%)', note: '175/4.468 = 3,92%: two digits swapped.' }),
    change({ id: 'five-months-serious-deaths', quote: ['giảm 193 người chết (-4,91%), giảm 378', 'xảy ra 4.293 vụ, làm chết 3.735 người'], x: '3.735', base: '3.735 + 193', stated: '4,91%', direction: 'giảm' }),
    change({ id: 'five-months-serious-injured', quote: ['giảm 378 người bị thương (-13,07%)', 'bị thương 2.515 người'], x: '2.515', base: '2.515 + 378', stated: '13,07%', direction: 'giảm' }),
    change({ id: 'five-months-collisions', quote: ['giảm 1.279 vụ (-20,69%)', 'Va chạm giao thông xảy ra 5.025 vụ'], x: '5.025', base: '5.025 + 1.279', stated: '20,69%', direction: 'giảm', mistake: 'author', note: '1.279/6.304 = 20,29%, not 20,69%.' }),
    change({ id: 'five-months-collision-injured', quote: ['giảm 1.624 người bị thương (-21,19%)', 'làm bị thương nhẹ 6.039 người'], x: '6.039', base: '6.039 + 1.624', stated: '21,19%', direction: 'giảm' }),
    sum({ id: 'five-months-accidents-by-kind', quote: ['toàn quốc xảy ra 9.318 vụ', 'xảy ra 4.293 vụ', 'Va chạm giao thông xảy ra 5.025 vụ'], parts: ['4.293', '5.025'], total: '9.318', labels: ['từ ít nghiêm trọng trở lên', 'va chạm giao thông'] }),
    sum({ id: 'five-months-injured-by-kind', quote: ['làm bị thương 8.554 người', 'bị thương 2.515 người', 'làm bị thương nhẹ 6.039 người'], parts: ['2.515', '6.039'], total: '8.554', labels: ['từ ít nghiêm trọng trở lên', 'va chạm giao thông'] }),
    sum({ id: 'five-months-fall-by-kind', quote: ['giảm 1.454 vụ', 'giảm 175 vụ', 'giảm 1.279 vụ'], parts: ['175', '1.279'], total: '1.454' }),
    sum({ id: 'five-months-injured-fall-by-kind', quote: ['giảm 2.002 người bị thương', 'giảm 378 người bị thương', 'giảm 1.624 người bị thương'], parts: ['378', '1.624'], total: '2.002' }),
    repeat({ id: 'five-months-deaths-all-serious', quote: ['xảy ra 4.293 vụ, làm chết 3.735 người', 'làm chết 3.735 người, làm bị thương 8.554'], values: ['3.735', '3.735'] }),
  ],
});
