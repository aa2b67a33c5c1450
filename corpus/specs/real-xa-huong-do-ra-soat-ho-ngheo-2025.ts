// Xã Hương Đô (Hà Tĩnh): the 2025 review of poor and near-poor households, from báo Hà Tĩnh
// (baohatinh.vn/xa-mien-nui-huong-do-vuot-muc-tieu-giam-ngheo-post300315.amp). Image captions are kept
// (they are visible text and repeat the figures); the stored copy breaks off in the quote that closes it.
import { atLeast, repeat, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-xa-huong-do-ra-soat-ho-ngheo-2025.txt',
  prefix: 'hdo',
  claims: [
    sum({ id: 'reviewed-list', quote: ['có 251 hộ được đưa vào danh sách rà soát', '97 hộ nghèo và 139 hộ cận nghèo năm 2024', '19 hộ rà soát bổ sung'], parts: ['97', '139', '19'], total: '251', labels: ['hộ nghèo 2024', 'hộ cận nghèo 2024', 'bổ sung theo đơn'], mistake: 'author', note: 'The three groups listed after "bao gồm" add to 255, not the 251 stated.' }),
    share({ id: 'poor-share', quote: 'có 75 hộ nghèo, chiếm 1,9% tổng số hộ dân', x: '75', y: '3.909', stated: '1,9%', note: 'The 3.909 households are given two paragraphs earlier.' }),
    share({ id: 'near-poor-share', quote: 'có 118 hộ cận nghèo, chiếm 3,1 %', x: '118', y: '3.909', stated: '3,1%', mistake: 'author', note: '118/3.909 = 3,02%, i.e. 3,0%; the base is the 3.909 households of the sentence about the poor ones.' }),
    sum({ id: 'poor-flow', kind: 'cumulative', quote: ['hiện nay xã Hương Đô có 75 hộ nghèo', '97 hộ nghèo và 139', 'có 24 hộ thoát nghèo', 'có 2 hộ nghèo mới bổ sung'], parts: ['97', '−24', '2'], total: '75', labels: ['hộ nghèo 2024', 'thoát nghèo', 'mới bổ sung'], note: 'Last year\'s poor households, less those that left poverty, plus the new ones.' }),
    sum({ id: 'near-poor-flow', kind: 'cumulative', quote: ['Toàn xã có 118 hộ cận nghèo', '139 hộ cận nghèo năm 2024', '34 hộ thoát cận nghèo', 'có 22 hộ cận nghèo mới bổ sung'], parts: ['139', '−34', '22'], total: '118', labels: ['hộ cận nghèo 2024', 'thoát cận nghèo', 'mới bổ sung'], mistake: 'planted', original: '43 hộ thoát cận nghèo', note: 'With 34 households leaving, 139 − 34 + 22 = 127, not 118: two digits swapped in a flow far from the stock it explains.' }),
    repeat({ id: 'poor-count-twice', quote: ['Hiện Hương Đô có 75 hộ nghèo', 'hiện nay xã Hương Đô có 75 hộ nghèo'], values: ['75', '75'] }),
    repeat({ id: 'near-poor-count-twice', quote: ['75 hộ nghèo, 118 hộ cận nghèo', 'Toàn xã có 118 hộ cận nghèo'], values: ['118', '118'] }),
    repeat({ id: 'poor-rate-drop-twice', quote: ['tỷ lệ hộ nghèo giảm 0,67%', 'tỷ lệ hộ nghèo ở Hương Đô giảm 0,76%'], values: ['0,67%', '0,76%'], mistake: 'planted', original: 'tỷ lệ hộ nghèo ở Hương Đô giảm 0,67%', note: 'The closing paragraph repeats the fall in the poverty rate with two digits swapped.' }),
    repeat({ id: 'near-poor-rate-drop-twice', quote: ['hộ cận nghèo giảm 0,61%, đạt chỉ tiêu', 'hộ cận nghèo giảm 0,61% so với năm 2024'], values: ['0,61%', '0,61%'] }),
    atLeast({ id: 'poor-drop-meets-target', quote: ['tỷ lệ hộ nghèo giảm 0,67%', '(giảm 0,5% trở lên)'], big: '0,67', small: '0,5', trap: 'the province\'s minimum (0,5 points) in parentheses next to the achieved fall; it is a threshold, not a figure to reconcile.' }),
    atLeast({ id: 'near-poor-drop-meets-target', quote: ['hộ cận nghèo giảm 0,61%, đạt chỉ tiêu kế hoạch tỉnh giao (giảm 0,5% trở lên)'], big: '0,61', small: '0,5', trap: 'the same threshold for the near-poor rate.' }),
  ],
});
