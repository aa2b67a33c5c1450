// Tỉnh Đồng Nai: báo Đồng Nai's item "6 tháng đầu năm, số vụ cháy và thiệt hại do cháy tăng cao" (title from the address) as
// copied at xsdinh.com/tintuc/200607/6-thang-dau-nam-so-vu-chay-va-thiet-hai-do-chay-tang-cao-2020326 (the path of
// baodongnai.com.vn; July 2006); whole (the lead paragraph, printed twice, kept once). The rises are written without last year's
// counts: a whole count must give them.
// The authors' slips: 29 fires "tăng 11,15%" (26 gives 11,54%, 27 gives 7,41%); 16 injured "tăng 160%" (6 gives 166,67%, 7 gives
// 128,57%).
import { contradiction, report, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-dong-nai-chay-6-thang-2006.txt',
  prefix: 'dn06',
  claims: [
    sum({ id: 'fires-by-place', quote: ['xảy ra 29 vụ cháy', '(13 vụ)', '(7 vụ)', '(9 vụ)'], parts: ['13', '7', '9'], total: '29', labels: ['khu dân cư', 'cơ sở sản xuất trong nước', 'cơ sở có vốn đầu tư nước ngoài'] }),
    contradiction({ id: 'fires-rise', kind: 'change_percent', quote: ['số vụ cháy tăng 11,15%', 'xảy ra 29 vụ cháy'], stated: 'tăng 11,15%', expected: 'no whole count gives it (26 → 11,54%; 27 → 7,41%)', consistent: false, reason: '29/(1 + 11,15%) = 26,09 fires last year: not a whole count.', mistake: 'author' }),
    contradiction({ id: 'deaths-rise', kind: 'change_percent', quote: ['số người chết tăng 100%', 'làm chết 10 người'], stated: 'tăng 100%', expected: '10 against 5', consistent: true, reason: 'A whole count of last year (5) gives +100%.' }),
    contradiction({ id: 'injured-rise', kind: 'change_percent', quote: ['người bị thương tăng 160%', 'bị thương 16 người'], stated: 'tăng 160%', expected: 'no whole count gives it (6 → 166,67%; 7 → 128,57%)', consistent: false, reason: '16/(1 + 160%) = 6,15 injured last year: not a whole count.', mistake: 'author' }),
  ],
});
