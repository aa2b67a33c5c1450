// Công an TP.HCM: crime from 1/10 to 28/10/2021, from vietbao.vn ("Mỗi ngày Công an TP.HCM triển khai hơn
// 600 tổ tuần tra kiểm soát lưu động", vietbao.vn/moi-ngay-cong-an-tphcm-trien-khai-hon-600-to-tuan-tra-kiem-
// soat-luu-dong-283977.html). Each change is given as a count of cases with its percent; the base (the other
// period) is not written and is the figure less or plus the change.
import { change, contradiction, report } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-tp-hcm-pham-phap-hinh-su-thang-10-2021.txt',
  prefix: 'hcm21',
  claims: [
    change({ id: 'crime-vs-last-year', quote: ['giảm 78 vụ, tương đương 26,53% so với cùng kỳ năm 2020', 'xảy ra 216 vụ phạm pháp hình sự'], x: '216', base: '216 + 78', stated: '26,53%', direction: 'giảm' }),
    change({ id: 'crime-vs-previous-month', quote: ['tăng 96 vụ, tương đương 44,44% so với thời gian liền kề', 'xảy ra 216 vụ phạm pháp hình sự'], x: '216', base: '216 − 96', stated: '44,44%', direction: 'tăng', mistake: 'planted', original: 'tương đương 80% so với thời gian liền kề', note: 'The previous period had 216 − 96 = 120 cases: +80%. 44,44% is 96 over this period\'s 216, the wrong base.' }),
    change({ id: 'snatching-vs-previous-month', quote: ['tăng 16 vụ - tương đương 160% so với thời gian liền kề', 'cướp giật tài sản 26 vụ'], x: '26', base: '26 − 16', stated: '160%', direction: 'tăng' }),
    change({ id: 'theft-vs-previous-month', quote: ['tăng 40 vụ so với thời gian liền kề - tương đương 68,97%', 'trộm cắp tài sản xảy ra 98 vụ'], x: '98', base: '98 − 40', stated: '68,97%', direction: 'tăng' }),
    contradiction({ id: 'kinds-not-parts', quote: ['Tội phạm cướp giật tài sản 26 vụ', 'trộm cắp tài sản xảy ra 98 vụ'], stated: '26 + 98 = 124', expected: '≤ 216, not a split', consistent: true, reason: 'Two kinds of crime among the 216 cases; the other kinds are not listed, so they are not parts that must add up.', trap: 'counts per kind that are not all the parts of the total.' }),
  ],
});
