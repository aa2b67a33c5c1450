import fc from 'fast-check';
import { formatPercent, formatVn, parseVnNumber, roundHalfUp, scanVnNumbers, truncateDecimals } from '../../src/core/number';

function parsed(s: string) {
  const r = parseVnNumber(s);
  if (!r.ok) throw new Error(`expected "${s}" to parse: ${r.reason}`);
  return r.number;
}

describe('parseVnNumber: forms found in reports', () => {
  test.each([
    ['1.110', 1110, 0],
    ['78,4', 78.4, 1],
    ['1.532,5', 1532.5, 1],
    ['0,7', 0.7, 1],
    ['509', 509, 0],
    ['21.070', 21070, 0],
    ['1.000', 1000, 0],
    ['1.234.567,89', 1234567.89, 2],
    ['139,91', 139.91, 2],
  ])('%s → %d with %d decimals', (text, value, decimals) => {
    const n = parsed(text);
    expect(n.value).toBe(value);
    expect(n.decimals).toBe(decimals);
    expect(n.text).toBe(text);
  });

  test('counts with a leading zero keep the fact', () => {
    const n = parsed('06');
    expect(n.value).toBe(6);
    expect(n.leadingZero).toBe(true);
    expect(parsed('6').leadingZero).toBe(false);
    expect(parsed('0,5').leadingZero).toBe(false);
  });

  test('scale words multiply exactly', () => {
    expect(parsed('17,7 tỷ').value).toBe(17_700_000_000);
    expect(parsed('17,7 tỷ').mantissa).toBe(17.7);
    expect(parsed('17,7 tỷ').scaleWord).toBe('tỷ');
    expect(parsed('61,6 triệu').value).toBe(61_600_000);
    expect(parsed('6,45 tỷ').value).toBe(6_450_000_000);
    expect(parsed('250 nghìn').value).toBe(250_000);
    expect(parsed('3 tỉ').value).toBe(3e9);
  });

  test('percentages and negatives', () => {
    expect(parsed('78,4%')).toMatchObject({ value: 78.4, percent: true, decimals: 1 });
    expect(parsed('78,4 %').percent).toBe(true);
    expect(parsed('-5,2')).toMatchObject({ value: -5.2, negative: true });
    expect(parsed('−3')).toMatchObject({ value: -3, negative: true });
  });

  test('ambiguous forms resolve by the documented rules', () => {
    // a dot before exactly three digits groups thousands
    expect(parsed('1.000')).toMatchObject({ value: 1000, decimals: 0 });
    expect(parsed('1.000').ambiguous).toBeUndefined();
    // a comma is always the decimal mark; three digits after it are flagged
    expect(parsed('1,215 tỷ')).toMatchObject({ mantissa: 1.215, value: 1_215_000_000, decimals: 3, ambiguous: 'comma-thousands' });
    expect(parsed('2.5')).toMatchObject({ value: 2.5, decimals: 1, ambiguous: 'dot-decimal' });
    expect(parsed('1,532.5')).toMatchObject({ value: 1532.5, decimals: 1, ambiguous: 'english-format' });
    expect(parsed('1,000,000')).toMatchObject({ value: 1_000_000, ambiguous: 'english-format' });
  });

  test('errors are typed, not thrown', () => {
    for (const bad of ['', 'abc', '1.2.3,4,5', '12a', '%', '1..2']) {
      const r = parseVnNumber(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
    }
  });
});

describe('scanVnNumbers', () => {
  test('finds numbers with their spans in a report sentence', () => {
    const s = 'Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,4% kế hoạch; tổng thu 17,7 tỷ đồng.';
    const found = scanVnNumbers(s);
    expect(found.map((n) => n.text)).toEqual(['509', '650', '78,4%', '17,7 tỷ']);
    for (const n of found) expect(s.slice(n.start, n.end)).toBe(n.text);
  });
  test('sentence punctuation after a number is not part of it', () => {
    expect(scanVnNumbers('gồm 136 hồ sơ, 129 hồ sơ và 15 hồ sơ.').map((n) => n.value)).toEqual([136, 129, 15]);
    expect(scanVnNumbers('đạt 1.110.').map((n) => n.value)).toEqual([1110]);
  });
  test('numbers glued to letters are not numbers', () => {
    expect(scanVnNumbers('H5N1 và COVID-19').map((n) => n.text)).toEqual([]);
  });
  test('a unit typed without its space still leaves the number: 43ha, 30tạ/ha, 715,5tấn, 17.250.000.000đ', () => {
    expect(scanVnNumbers('trồng được 43ha, năng suất 30tạ/ha, sản lượng 715,5tấn; thu 17.250.000.000đ').map((n) => n.value)).toEqual([43, 30, 715.5, 17_250_000_000]);
    expect(scanVnNumbers('Quốc lộ 4E, xã 3hab, mã 12kgx')).toEqual([]);
  });
  test('an amount written across two scales is one number in the larger scale', () => {
    const found = scanVnNumbers('tổng nguồn vốn đạt 3.579 tỷ 654 triệu đồng, tăng 331 tỷ 273 triệu đồng; dự toán 254 triệu 700 nghìn đồng; chi 5 tỷ, 300 triệu đồng');
    expect(found.map((n) => n.text)).toEqual(['3.579 tỷ 654 triệu', '331 tỷ 273 triệu', '254 triệu 700 nghìn', '5 tỷ', '300 triệu']);
    expect(found.map((n) => n.value)).toEqual([3_579_654_000_000, 331_273_000_000, 254_700_000, 5_000_000_000, 300_000_000]);
    expect(found.slice(0, 3).map((n) => [n.numberText, n.decimals, n.scaleWord])).toEqual([['3.579,654', 3, 'tỷ'], ['331,273', 3, 'tỷ'], ['254,7', 3, 'triệu']]);
  });
  test('a hyphen between numbers is not a minus', () => {
    expect(scanVnNumbers('nhiệm kỳ 2026-2031').map((n) => n.value)).toEqual([2026, 2031]);
  });
});

describe('formatVn', () => {
  test.each([
    [1110, 0, '1.110'],
    [1532.5, 1, '1.532,5'],
    [78.307692, 1, '78,3'],
    [18.75, 1, '18,8'],
    [101.25, 1, '101,3'],
    [1.005, 2, '1,01'],
    [4.7460370, 2, '4,75'],
    [-1234.5, 1, '-1.234,5'],
    [0.05, 1, '0,1'],
    [999.95, 1, '1.000,0'],
  ])('%d with %d decimals → %s', (v, d, s) => {
    expect(formatVn(v, { decimals: d })).toBe(s);
  });
  test('leading zero for small counts when asked', () => {
    expect(formatVn(6, { leadingZero: true })).toBe('06');
    expect(formatVn(12, { leadingZero: true })).toBe('12');
    expect(formatVn(6)).toBe('6');
  });
  test('trimZeros and percent', () => {
    expect(formatVn(78, { decimals: 1, trimZeros: true })).toBe('78');
    expect(formatPercent(139.9086, 2)).toBe('139,91%');
  });
  test('truncation is what a rounding slip looks like', () => {
    expect(truncateDecimals(4.746, 2)).toBe(4.74);
    expect(roundHalfUp(4.746, 2)).toBe(4.75);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
  });
});

describe('properties', () => {
  test('format then parse gives the rounded value back, for any number and decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => {
        const text = formatVn(v, { decimals: d });
        const r = parseVnNumber(text);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.number.value).toBe(roundHalfUp(v, d) === 0 ? 0 : roundHalfUp(v, d));
          expect(r.number.decimals).toBe(d);
        }
      }),
      { numRuns: 2000 },
    );
  });
  test('parse never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const r = parseVnNumber(s);
        expect(typeof r.ok).toBe('boolean');
        scanVnNumbers(s);
      }),
      { numRuns: 3000 },
    );
  });
  test('scan spans always match the text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('1.110', '78,4%', ' ', 'ha', ', ', '17,7 tỷ', '-', '06', '/'), fc.string({ maxLength: 4 }))), (parts) => {
        const s = parts.join('');
        for (const n of scanVnNumbers(s)) expect(s.slice(n.start, n.end)).toBe(n.text);
      }),
    );
  });
});
