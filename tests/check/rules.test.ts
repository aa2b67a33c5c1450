import { checkText } from './support';

function only(text: string) {
  return checkText(text).map((f) => ({ rule: f.rule, text: f.text, expected: f.expected, kind: f.kind }));
}

describe('ratio and percent', () => {
  test.each([
    ['Diện tích lúa đạt 509/650 ha, bằng 78,3% kế hoạch.', []],
    ['Tổng đàn gia súc đạt 11.206/15.200 con, bằng 73,7% kế hoạch.', []],
    ['trồng mới 10,5/56 ha rừng sản xuất, đạt 18,8% kế hoạch.', []],
    ['đã kết nạp mới 06/26 đảng viên (23% kế hoạch).', []],
    ['đạt 8.565/8.565 lao động, đạt 100%.', []],
    ['lũy kế đạt 109.013/166.776 triệu đồng, bằng 65,36% kế hoạch giao.', []],
    ['Tỷ lệ tiêm chủng đạt 92,5% (185/200 trẻ).', []],
  ])('consistent: %s', (text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  test('a wrong percent is found with the right value and a fix', () => {
    const [f] = checkText('Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,4% kế hoạch.');
    expect(f).toMatchObject({ rule: 'ratio-percent', text: '78,4%', expected: '78,3%', fix: '78,3%', kind: 'certain', severity: 'error' });
    expect(f.location).toMatchObject({ story: 'body', block: 0 });
  });

  test('a truncated percent is a rounding slip', () => {
    const [f] = checkText('giải ngân được 1.000/21.070 triệu đồng, đạt 4,74% kế hoạch.');
    expect(f).toMatchObject({ kind: 'rounding-slip', expected: '4,75%' });
  });

  test('inputs written with decimals are intervals', () => {
    // 418,5/1.070 = 39,112…; 418,45/1.070 = 39,107…: 39,1 fits, 39,2 does not
    expect(only('sản lượng thịt đạt 418,5/1.070 tấn, bằng 39,1% kế hoạch.')).toEqual([]);
    expect(only('sản lượng thịt đạt 418,5/1.070 tấn, bằng 39,2% kế hoạch.')).toHaveLength(1);
  });

  test('the percent before its X/Y in brackets', () => {
    expect(only('Tỷ lệ tiêm chủng đạt 93,5% (185/200 trẻ).')).toEqual([{ rule: 'ratio-percent', text: '93,5%', expected: '92,5%', kind: 'certain' }]);
  });
});

describe('excess ("vượt")', () => {
  test('vượt is the excess over plan', () => {
    expect(only('lũy kế đạt 1.532/1.095 triệu đồng, vượt 39,91% kế hoạch giao.')).toEqual([]);
    expect(only('lũy kế đạt 1.532/1.095 triệu đồng, vượt 139,91% kế hoạch giao.')).toEqual([{ rule: 'excess', text: '139,91%', expected: '39,91%', kind: 'certain' }]);
  });
  test('vượt with a ratio under 100% is wrong', () => {
    const [f] = checkText('Thu ngân sách đạt 900/1.000 triệu đồng, vượt 90% kế hoạch.');
    expect(f).toMatchObject({ rule: 'excess', expected: '90%' });
    expect(f.message).toMatch(/chưa vượt/);
  });
  test('an amount whose X/Y is given elsewhere in the report', () => {
    const text = 'Thu ngân sách lũy kế đạt 1.532/1.095 triệu đồng, vượt 39,91% kế hoạch.\nKết quả nổi bật: thu ngân sách đạt 1.532 triệu đồng (vượt 139,91% kế hoạch).';
    expect(only(text)).toEqual([{ rule: 'excess', text: '139,91%', expected: '39,91%', kind: 'certain' }]);
  });
  test('a percentage with an implied whole-number plan', () => {
    expect(only('Tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 80% (vượt 114,29% kế hoạch).')).toEqual([{ rule: 'excess', text: '114,29%', expected: '14,29%', kind: 'possible' }]);
    // no stated base: not checkable
    expect(only('Doanh thu du lịch đạt 15 tỷ đồng (vượt 104% kế hoạch).')).toEqual([]);
  });
});

describe('parts and total', () => {
  test('gồm: parts must add up', () => {
    expect(only('tổng số hồ sơ là 280 hồ sơ, gồm: 136 hồ sơ trực tuyến, 129 hồ sơ trực tiếp và 15 hồ sơ tồn kỳ trước.')).toEqual([]);
    expect(only('tổng số hồ sơ là 290 hồ sơ, gồm: 136 hồ sơ trực tuyến, 129 hồ sơ trực tiếp và 15 hồ sơ tồn kỳ trước.')).toEqual([
      { rule: 'parts-total', text: '290', expected: '280', kind: 'certain' },
    ]);
  });
  test('trong đó: a subset may be smaller, never larger', () => {
    expect(only('Tổng vốn 22.113 triệu đồng, trong đó vốn tỉnh 21.070 triệu đồng, vốn xã 1.043 triệu đồng.')).toEqual([]);
    expect(only('có 120 lao động học nghề, trong đó 65 lao động nữ.')).toEqual([]);
    // overlapping categories are common after "trong đó": only a part above the total is wrong
    expect(only('kết nạp 24 đảng viên; trong đó 15 đảng viên nữ, 12 đảng viên người dân tộc thiểu số.')).toEqual([]);
    expect(only('có 100 lao động học nghề, trong đó 130 lao động nữ.')).toEqual([{ rule: 'parts-total', text: '100', expected: '≥ 130', kind: 'certain' }]);
  });
});

describe('units', () => {
  test('the same X/Y about the same thing with two units', () => {
    const text = 'trích lục bản đồ địa chính đạt 17/30 hồ sơ; trích đo địa chính đạt 17/20 thửa.\nTóm lại: trích lục 17/30 thửa.';
    expect(only(text)).toEqual([{ rule: 'unit', text: '17/30 thửa', expected: '17/30 hồ sơ', kind: 'possible' }]);
  });
  test('the same X/Y about different things is not a mistake', () => {
    expect(only('Thu gom rác tại 20/20 thôn. Phát thanh đến 20/20 hộ gia đình.')).toEqual([]);
  });
});

describe('summary against body', () => {
  test('a pair of amounts restated with other values', () => {
    const text = [
      'II. KẾT QUẢ THỰC HIỆN',
      'Rà soát thiệt hại do mưa lớn; có 02 hộ đủ điều kiện đề nghị hỗ trợ với tổng kinh phí 12 triệu đồng.',
      'III. ĐÁNH GIÁ CHUNG',
      'Chủ động phòng chống thiên tai, kịp thời hỗ trợ 16 hộ với 61,6 triệu đồng.',
    ].join('\n');
    expect(only(text)).toEqual([{ rule: 'repeat', text: '16 hộ với 61,6 triệu đồng', expected: '02 hộ; 12 triệu đồng', kind: 'possible' }]);
    expect(only(text.replace('16 hộ với 61,6', '02 hộ với 12'))).toEqual([]);
  });
});

describe('what is not a claim', () => {
  test.each([
    'Ngày 25/6/2026, Đảng ủy ban hành Kế hoạch số 125-KH/ĐU, đạt 50% tiến độ.',
    'Thực hiện Quy định 20-QĐ/TW và Nghị quyết 105/NQ-CP, nhiệm kỳ 2026–2031.',
    'Đại hội lần thứ 11, tháng 5/2026, năm học 2026 – 2027.',
    '1.2. Đầu tư xây dựng cơ bản',
    'Hội Nông dân quản lý dư nợ 17,7 tỷ đồng/295 hộ vay.',
  ])('%s', (text) => {
    expect(only(text)).toEqual([]);
  });
});
