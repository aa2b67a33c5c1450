// Ngân hàng Chính sách xã hội tỉnh Hà Giang: sources and loans at 30/9/2021, from báo Hà Giang, "9 tháng, dư
// nợ vốn vay Ngân hàng Chính sách xã hội tỉnh tăng 10,3%" (baohagiang.vn/kinh-te/202110/9-thang-du-no-von-vay-
// ngan-hang-chinh-sach-xa-hoi-tinh-tang-103-782809/); the stored copy starts at the lead and breaks off in the
// third paragraph. Amounts are written across two scales ("3.579 tỷ 654 triệu đồng"), read as triệu đồng.
import { change, contradiction, report, share, sum } from '../../scripts/corpus/relations';

export default report({
  doc: 'real-tinh-ha-giang-tin-dung-chinh-sach-9-thang-2021.txt',
  prefix: 'hg',
  claims: [
    sum({ id: 'sources', quote: ['tổng nguồn vốn đạt 3.579 tỷ 654 triệu đồng', 'nguồn từ Trung ương chuyển về là 3.135 tỷ 793 triệu đồng', 'ngân sách địa phương là 131 tỷ 918 triệu đồng', 'tổ tiết kiệm và vay vốn là 312 tỷ 033 triệu đồng'], parts: ['3.135 tỷ 793 triệu đồng', '131 tỷ 918 triệu đồng', '312 tỷ 033 triệu đồng'], total: '3.579 tỷ 654 triệu đồng', labels: ['Trung ương', 'ngân sách địa phương', 'vốn huy động'], mistake: 'author', note: 'The three sources after "Trong đó" add to 3.579 tỷ 744 triệu, 90 triệu more than the stated total (their increases do add up).' }),
    sum({ id: 'source-increases', quote: ['tăng 331 tỷ 273 triệu đồng so với đầu năm', 'tăng 244 tỷ 898 triệu đồng', 'tăng 56 tỷ 620 triệu đồng', 'tăng 29 tỷ 755 triệu đồng'], parts: ['244 tỷ 898 triệu đồng', '56 tỷ 620 triệu đồng', '29 tỷ 755 triệu đồng'], total: '331 tỷ 273 triệu đồng' }),
    change({ id: 'sources-growth', quote: ['tỷ lệ tăng đạt 9,9%', 'tổng nguồn vốn đạt 3.579 tỷ 654 triệu đồng, tăng 331 tỷ 273 triệu đồng so với đầu năm'], x: '3.579 tỷ 654 triệu đồng', base: '3.579 tỷ 654 triệu đồng − 331 tỷ 273 triệu đồng', stated: '9,9%', direction: 'tăng', mistake: 'author', note: 'The start-of-year base is the total less the increase (3.248.381 triệu): 331.273/3.248.381 = 10,2%, not 9,9%.' }),
    change({ id: 'loans-growth', quote: ['tỷ lệ tăng 11,3%', 'Tổng dư nợ đạt 3.569 tỷ 659 triệu đồng/85.579 khách hàng, tăng 331 tỷ 910 triệu đồng so với đầu năm'], x: '3.569 tỷ 659 triệu đồng', base: '3.569 tỷ 659 triệu đồng − 331 tỷ 910 triệu đồng', stated: '11,3%', direction: 'tăng', mistake: 'planted', original: 'tỷ lệ tăng 10,3%', note: '331.910/3.237.749 = 10,25% → 10,3% (the headline\'s figure).' }),
    share({ id: 'overdue-share', quote: 'Nợ quá hạn 3 tỷ 396 triệu đồng, chiếm tỷ lệ 0,1% tổng dư nợ', x: '3 tỷ 396 triệu đồng', y: '3.569 tỷ 659 triệu đồng', stated: '0,1%' }),
    contradiction({ id: 'lent-less-repaid', quote: ['Doanh số cho vay đạt 948 tỷ 879 triệu đồng', 'Doanh số thu nợ đạt 616 tỷ 577 triệu đồng'], stated: '948.879 − 616.577 = 332.302 triệu', expected: 'close to, not equal to, the 331.910 triệu rise in loans', consistent: true, reason: 'Loans made less loans repaid is not the change in outstanding loans (debts written off or rolled over also move it); no relation is stated.', trap: 'two flows that look as if they must give the change of a stock.' }),
  ],
});
