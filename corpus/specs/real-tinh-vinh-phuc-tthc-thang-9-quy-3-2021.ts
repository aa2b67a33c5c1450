// Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc: files in 9/2021 and quarter III/2021, as published on
// vinhphuc.gov.vn (ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3158), 29/09/2021; the stored copy
// breaks off in the quarter's paragraph. "Lũy kế" = files carried over plus files received; the percents
// are of the files due (đến hạn).
import { atLeast, contradiction, cumulative, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-vinh-phuc-tthc-thang-9-quy-3-2021.txt',
  prefix: 'vp9',
  claims: [
    cumulative({ id: 'sep-cumulative', quote: ['lũy kế đã và đang giải quyết trong kỳ là 6.203 hồ sơ', 'đã tiếp nhận mới 4.131 hồ sơ, hồ sơ tồn kỳ trước chuyển sang là 2.171'], previous: '2.171', period: '4.131', stated: '6.203', mistake: 'planted', original: 'lũy kế đã và đang giải quyết trong kỳ là 6.302 hồ sơ', note: 'Carried over 2.171 + received 4.131 = 6.302; two digits swapped.' }),
    share({ id: 'sep-on-time', quote: 'trả trước và đúng hạn là 4.157 hồ sơ (đạt 99,71%)', x: '4.157', y: '4.169', stated: '99,71%' }),
    share({ id: 'sep-late', quote: 'chưa có kết quả là 12 hồ sơ (chiếm 0,29%)', x: '12', y: '4.169', stated: '0,29%' }),
    sum({ id: 'sep-due', quote: ['đến hạn giải quyết là 4.169 hồ sơ', 'trả trước và đúng hạn là 4.157 hồ sơ', 'chưa có kết quả là 12 hồ sơ'], parts: ['4.157', '12'], total: '4.169' }),
    share({ id: 'sep-returned', quote: 'Có 90 hồ sơ (chiếm 2,16%)', x: '90', y: '4.169', stated: '2,16%', note: 'Of the files due, like the other percents, though the 90 are outside them.' }),
    sum({ id: 'sep-online', quote: ['tổng số 1.598 hồ sơ', 'có 61 hồ sơ nộp mức độ 3', '1.537 hồ sơ nộp mức độ 4'], parts: ['61', '1.537'], total: '1.598', labels: ['mức độ 3', 'mức độ 4'] }),
    contradiction({ id: 'online-rate', quote: ['Tỷ lệ hồ sơ trực tuyến trung bình đạt 18,9%'], stated: '18,9%', expected: 'of a base the text does not give', consistent: true, reason: 'The online rate is an average over the departments\' files solved, a base not written here; 1.598 over 4.169 or 6.302 is not meant.', trap: 'a percent of another base next to the online count.' }),
    cumulative({ id: 'q3-cumulative', quote: ['lũy kế đã và đang giải quyết trong kỳ là 16.234 hồ sơ', 'tiếp nhận mới 14.043 hồ sơ, hồ sơ tồn kỳ trước chuyển sang là 2.191'], previous: '2.191', period: '14.043', stated: '16.234' }),
    share({ id: 'q3-on-time', quote: 'đúng hạn là 14.064 hồ sơ (đạt 99,47%)', x: '14.064', y: '14.101', stated: '99,47%', mistake: 'planted', original: '(đạt 99,74%)', note: 'Of the 14.101 files due, written in the sentence before: 99,74%; two digits swapped.' }),
    share({ id: 'q3-late', quote: 'chưa có kết quả là 37 hồ sơ (chiếm 0,26%)', x: '37', y: '14.101', stated: '0,26%' }),
    sum({ id: 'q3-due', quote: ['đến hạn giải quyết là 14.101 hồ sơ', 'đúng hạn là 14.064 hồ sơ', 'chưa có kết quả là 37 hồ sơ'], parts: ['14.064', '37'], total: '14.101' }),
    share({ id: 'q3-returned', quote: 'Có 461 hồ sơ (chiếm 3,3%)', x: '461', y: '14.101', stated: '3,3%' }),
    atLeast({ id: 'quarter-holds-september', kind: 'cumulative', quote: ['tiếp nhận mới 14.043 hồ sơ', 'đã tiếp nhận mới 4.131 hồ sơ'], big: '14.043', small: '4.131', note: 'The quarter includes September, so its new files cannot be fewer.' }),
  ],
});
