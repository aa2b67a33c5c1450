import { checkText } from './support';

function only(text: string) {
  return checkText(text).map((f) => ({ rule: f.rule, text: f.text, expected: f.expected }));
}

describe('change against a base', () => {
  test('percent change against the same period', () => {
    expect(only('Sản lượng chè đạt 450 tấn, tăng 12,5% so với cùng kỳ (cùng kỳ: 400 tấn).')).toEqual([]);
    expect(only('Sản lượng chè đạt 450 tấn, tăng 15% so với cùng kỳ (cùng kỳ: 400 tấn).')).toEqual([{ rule: 'change', text: '15%', expected: 'tăng 12,5%'.replace(',5', ',5').replace('12,5%', '13%') }]);
    expect(only('Sản lượng chè đạt 350 tấn, tăng 12,5% so với cùng kỳ (cùng kỳ: 400 tấn).')).toEqual([{ rule: 'change', text: '12,5%', expected: 'giảm 12,5%' }]);
  });
  test('"giảm N (từ A xuống B)"', () => {
    expect(only('Số hộ nghèo giảm 15 hộ (từ 585 xuống 570 hộ).')).toEqual([]);
    expect(only('Số hộ nghèo giảm 17 hộ (từ 585 xuống 570 hộ).')).toEqual([{ rule: 'change', text: '17', expected: 'giảm 15' }]);
    expect(only('Số hộ nghèo giảm 15 hộ (từ 570 lên 585 hộ).')).toEqual([{ rule: 'change', text: '15', expected: 'tăng 15' }]);
  });
});

describe('shares', () => {
  const base = 'Tổng số hồ sơ tiếp nhận là 280 hồ sơ. Kết quả đã giải quyết 264 hồ sơ, đạt 94%; đang giải quyết 16 hồ sơ, chiếm ';
  test('a share of a stated total', () => {
    expect(only(`${base}6%.`)).toEqual([]);
    expect(only(`${base}7%.`)).toEqual([{ rule: expect.stringMatching(/^(share|percent-base|share-siblings|share-base)$/), text: '7%', expected: '6%' }]);
  });
  test('shares that must imply the same total', () => {
    expect(only('Toàn xã có 570 hộ nghèo, chiếm 25,46%; 411 hộ cận nghèo, chiếm 18,36%.')).toEqual([]);
    expect(only('Toàn xã có 570 hộ nghèo, chiếm 25,46%; 411 hộ cận nghèo, chiếm 19,36%.')).toEqual([{ rule: 'share', text: '19,36%', expected: '18,36%' }]);
  });
});

describe('cumulative', () => {
  test('lũy kế is at least the period value', () => {
    expect(only('Thu ngân sách trong tháng đạt 626 triệu đồng; lũy kế đạt 1.532 triệu đồng.')).toEqual([]);
    expect(only('Thu ngân sách trong tháng đạt 626 triệu đồng; lũy kế đạt 532 triệu đồng.')).toEqual([{ rule: 'cumulative', text: '532 triệu', expected: '≥ 626 triệu' }]);
  });
  test('previous cumulative plus the period is the new cumulative', () => {
    expect(only('Lũy kế tháng trước 906 triệu đồng, trong tháng thu 626 triệu đồng, lũy kế đạt 1.532 triệu đồng.')).toEqual([]);
    expect(only('Lũy kế tháng trước 906 triệu đồng, trong tháng thu 626 triệu đồng, lũy kế đạt 1.552 triệu đồng.')).toEqual([{ rule: 'cumulative', text: '1.552 triệu', expected: '1.532 triệu' }]);
  });
});

describe('table rows', () => {
  const table = (rate: string) =>
    ['| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |', '|---|---|---|---|', '| Lúa (ha) | 650 | 509 | 78,3 |', `| Ngô (ha) | 1.110 | 1.110 | ${rate} |`].join('\n');
  test('the rate column equals actual over plan in each row', () => {
    expect(only(table('100'))).toEqual([]);
    expect(only(table('98,5'))).toEqual([{ rule: 'table-rate', text: '98,5', expected: '100,0' }]);
  });
});

describe('table columns that add up', () => {
  const rows = (cell: string, total = '31.846') =>
    [
      '| Chương trình cho vay | Số hộ còn dư nợ | Dư nợ (triệu đồng) |',
      '|---|---|---|',
      '| Hộ nghèo | 96 | 5.412 |',
      '| Hộ cận nghèo | 104 | 6.185 |',
      `| Giải quyết việc làm | 148 | ${cell} |`,
      '| Nhà ở xã hội | 12 | 4.640 |',
      `| Tổng cộng | 360 | ${total} |`,
    ].join('\n');
  test('a "Tổng cộng" row is the sum of the rows above it, column by column', () => {
    expect(only(rows('15.609'))).toEqual([]);
    expect(only(rows('15.000'))).toEqual([{ rule: 'table-sum', text: '31.846', expected: '31.237' }]);
  });
  test('a cell with two neighbouring digits swapped is the one to mend, not the total', () => {
    expect(only(rows('15.069'))).toEqual([{ rule: 'table-sum', text: '15.069', expected: '15.609' }]);
  });
  test('the cell that both its column total and its row rate blame', () => {
    const table = (solved: string) =>
      [
        '| Lĩnh vực | Tiếp nhận | Đã giải quyết | Đúng hạn | Tỷ lệ đúng hạn (%) |',
        '|---|---|---|---|---|',
        `| Chứng thực | 1.140 | ${solved} | 1.136 | 100 |`,
        '| Hộ tịch | 672 | 664 | 661 | 99,5 |',
        '| Đất đai | 214 | 189 | 169 | 89,4 |',
        '| Tổng cộng | 2.026 | 1.989 | 1.966 | 98,8 |',
      ].join('\n');
    expect(only(table('1.136'))).toEqual([]);
    expect(only(table('1.186'))).toEqual([{ rule: 'table-sum', text: '1.186', expected: '1.136' }]);
  });
  test('attribute columns are no parts of a total column', () => {
    const staff = ['| | Tổng số | Nữ | Đảng viên |', '|---|---|---|---|', '| Giáo viên | 36 | 31 | 20 |', '| Nhân viên | 3 | 2 | 1 |', '| Cộng | 39 | 33 | 21 |'].join('\n');
    expect(only(staff)).toEqual([]);
  });
});

describe('copies of a wrong figure', () => {
  const text = 'Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,4% kế hoạch.\nII. ĐÁNH GIÁ CHUNG\nMột số chỉ tiêu đạt thấp: Lúa đạt 78,4%, rau màu 59,1%.';
  test('every copy is reported with the fix, and the first finding lists them so one fix mends all', () => {
    const findings = checkText(text).filter((f) => f.text === '78,4%');
    expect(findings.map((f) => [f.rule, f.location.block, f.fix])).toEqual([
      ['ratio-percent', 0, '78,3%'],
      ['copy-of-wrong', 2, '78,3%'],
    ]);
    expect(findings[0].also).toEqual([{ location: findings[1].location, text: '78,4%' }]);
  });
  test('once the body is right, the summary that still says 78,4% is an error with the body figure as fix', () => {
    const after = checkText(text.replace('bằng 78,4%', 'bằng 78,3%'));
    expect(after.map((f) => [f.rule, f.severity, f.text, f.fix])).toEqual([['repeat-indicator', 'error', '78,4%', '78,3%']]);
  });
  test('a copy about another thing is not a copy', () => {
    const other = 'Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,4% kế hoạch.\nII. ĐÁNH GIÁ CHUNG\nTỷ lệ tham gia bảo hiểm y tế đạt 78,4%.';
    expect(checkText(other).filter((f) => f.rule === 'copy-of-wrong')).toEqual([]);
  });
});

describe('a count against a denial elsewhere', () => {
  test('of a list of kinds in parentheses, the kind denied is the one flagged, and the message names it', () => {
    const text = 'Tiếp nhận 27 đơn (gồm 3 đơn khiếu nại, 2 đơn tố cáo, 22 đơn kiến nghị, phản ánh), chủ yếu liên quan đến tranh chấp ranh đất.\n\nTrong tháng không phát sinh đơn tố cáo.';
    const found = checkText(text).filter((f) => f.rule === 'contradiction');
    expect(found.map((f) => f.text)).toEqual(['2']);
    expect(found[0].message).toContain('“2 đơn tố cáo”');
  });
});
