/**
 * The corpus labels are generated, never hand-edited: each committed claims file must be exactly what
 * its spec produces, and the arithmetic behind them (exact rationals, half-up rounding, Vietnamese
 * numbers) is tested here on the cases the labels depend on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Rat } from '../../scripts/corpus/rational';
import { formatVi, parseViNumber } from '../../scripts/corpus/vi-number';
import { convert, parseQuantity } from '../../scripts/corpus/units';
import { buildClaim, change, contradiction, cumulative, excess, ratio, repeat, report, share, sum, difference, atLeast, product, quotient, times } from '../../scripts/corpus/relations';
import { claimsPath, generate, generateByName, serialize, specNames } from '../../scripts/corpus/generate';
import { readClaims } from '../../src/cli/corpus';

const pct = (x: string, y: string, d: number) => formatVi(parseViNumber(x).value.div(parseViNumber(y).value).mul(Rat.of(100)), d);

describe('exact rationals and half-up rounding', () => {
  test('1.000/21.070 is 4,75%, not the truncated 4,74%', () => {
    expect(pct('1.000', '21.070', 2)).toBe('4,75');
  });
  test('1.532/1.095 is 139,91%, an excess of 39,91%', () => {
    const r = parseViNumber('1.532').value.div(parseViNumber('1.095').value).mul(Rat.of(100));
    expect(formatVi(r, 2)).toBe('139,91');
    expect(formatVi(r.sub(Rat.of(100)), 2)).toBe('39,91');
  });
  test('ties round up, also where binary floating point would round down', () => {
    expect(pct('10,5', '56', 1)).toBe('18,8'); // 18,75 exactly
    expect(formatVi(parseViNumber('1,005').value, 2)).toBe('1,01'); // 1.005 in a double is 1.00499…
    expect(formatVi(parseViNumber('2,675').value, 2)).toBe('2,68');
    expect(formatVi(parseViNumber('0,5').value, 0)).toBe('1');
    expect(formatVi(parseViNumber('-2,5').value, 0)).toBe('-3');
    expect(formatVi(parseViNumber('0,49999').value, 0)).toBe('0');
  });
  test('fractions stay exact', () => {
    const third = Rat.of(1).div(Rat.of(3));
    expect(third.add(third).add(third).eq(Rat.of(1))).toBe(true);
    expect(new Rat(6n, -4n).toString()).toBe('-3/2');
    expect(() => Rat.of(1).div(Rat.of(0))).toThrow();
  });
});

describe('Vietnamese numbers', () => {
  test('dot groups thousands, comma is the decimal mark', () => {
    expect(parseViNumber('1.532,5').value.eq(new Rat(15325n, 10n))).toBe(true);
    expect(parseViNumber('109.013').value.eq(Rat.of(109013))).toBe(true);
    expect(parseViNumber('78,4%')).toMatchObject({ decimals: 1, percent: true });
    expect(parseViNumber('06').value.eq(Rat.of(6))).toBe(true);
    expect(parseViNumber('78.4').decimals).toBe(1); // a dot not grouping thousands is a decimal point
    expect(parseViNumber('0.065')).toMatchObject({ decimals: 3 }); // nor does a dot behind a lone leading zero
    expect(parseViNumber('0.065').value.eq(new Rat(65n, 1000n))).toBe(true);
    expect(parseViNumber('10.065').value.eq(Rat.of(10065))).toBe(true);
    expect(() => parseViNumber('12a')).toThrow();
  });
  test('formatting groups thousands', () => {
    expect(formatVi(Rat.of(1234567), 0)).toBe('1.234.567');
    expect(formatVi(new Rat(15325n, 10n), 2)).toBe('1.532,50');
  });
  test('units convert within a family', () => {
    expect(convert(parseQuantity('1,05 tỷ đồng'), 'triệu đồng').eq(Rat.of(1050))).toBe(true);
    expect(convert(parseQuantity('418,5 tấn'), 'tạ').eq(Rat.of(4185))).toBe(true);
    expect(() => convert(parseQuantity('3 tấn'), 'ha')).toThrow();
  });
  test('an amount written across two scales ("3.579 tỷ 654 triệu đồng", "147 triệu 700 nghìn đồng") is one figure in triệu đồng', () => {
    const q = parseQuantity('3.579 tỷ 654 triệu đồng');
    expect(q.unit).toBe('triệu đồng');
    expect(q.value.eq(Rat.of(3579654))).toBe(true);
    expect(convert(parseQuantity('312 tỷ 033 triệu đồng'), 'tỷ đồng').eq(new Rat(312033n, 1000n))).toBe(true);
    expect(parseQuantity('16 tỷ 434 triệu').value.eq(Rat.of(16434))).toBe(true);
    expect(parseQuantity('3 tỷ đồng')).toMatchObject({ unit: 'tỷ đồng' });
    const t = parseQuantity('254 triệu 700 nghìn đồng');
    expect(t).toMatchObject({ unit: 'triệu đồng', decimals: 3 });
    expect(t.value.eq(new Rat(2547n, 10n))).toBe(true);
    expect(convert(parseQuantity('147 triệu 700 nghìn đồng'), 'nghìn đồng').eq(Rat.of(147700))).toBe(true);
  });
});

describe('relations', () => {
  const c = (r: Parameters<typeof buildClaim>[1]) => buildClaim('x.txt', r);
  test('ratio, share and excess', () => {
    expect(c(ratio({ id: 'a', quote: 'q', x: '509', y: '650', stated: '78,4%' }))).toMatchObject({ kind: 'ratio_percent', expected: '78,3%', consistent: false });
    expect(c(ratio({ id: 'a', quote: 'q', x: '1,05 tỷ đồng', y: '980 triệu đồng', stated: '107,1%' }))).toMatchObject({ expected: '107,1%', consistent: true });
    expect(c(share({ id: 'a', quote: 'q', x: '320', y: '540', stated: '59,3%' }))).toMatchObject({ kind: 'share_percent', consistent: true });
    expect(c(excess({ id: 'a', quote: 'q', x: '1.532', y: '1.095', stated: '39,91%' }))).toMatchObject({ expected: '39,91%', consistent: true });
    expect(c(excess({ id: 'a', quote: 'q', x: '1.532', y: '1.095', stated: '139,91%' }))).toMatchObject({ consistent: false });
    expect(c(excess({ id: 'a', quote: 'q', x: '95', y: '90', stated: '5,6%' }))).toMatchObject({ consistent: true });
  });
  test('change checks the direction too', () => {
    expect(c(change({ id: 'a', quote: 'q', x: '540', base: '480', stated: '12,5%', direction: 'tăng' }))).toMatchObject({ expected: 'tăng 12,5%', consistent: true });
    expect(c(change({ id: 'a', quote: 'q', x: '540', base: '480', stated: '12,5%', direction: 'giảm' }))).toMatchObject({ consistent: false });
  });
  test('sum, difference, cumulative, order', () => {
    expect(c(sum({ id: 'a', quote: 'q', parts: ['80', '45', '22'], total: '152' }))).toMatchObject({ expected: '147', consistent: false });
    expect(c(sum({ id: 'a', quote: 'q', parts: ['4.180', '30'], total: '4.210' }))).toMatchObject({ consistent: true });
    expect(c(difference({ id: 'a', quote: 'q', a: '215', b: '204', stated: '9' }))).toMatchObject({ expected: '11', consistent: false });
    expect(c(cumulative({ id: 'a', quote: 'q', previous: '906', period: '626', stated: '1.532' }))).toMatchObject({ kind: 'cumulative', consistent: true });
    expect(c(atLeast({ id: 'a', quote: 'q', big: '290', small: '310' }))).toMatchObject({ consistent: false });
    expect(c(atLeast({ id: 'a', quote: 'q', big: '29.028', small: '2.574 + 26.400' }))).toMatchObject({ consistent: true });
    expect(c(atLeast({ id: 'a', quote: 'q', big: '29.028', small: '2.574 + 26.500' }))).toMatchObject({ consistent: false }); // the whole sum, not its first term
  });
  test('repeat across units and scales', () => {
    expect(c(repeat({ id: 'a', quote: 'q', values: ['12 triệu đồng', '0,012 tỷ đồng'] }))).toMatchObject({ consistent: true });
    expect(c(repeat({ id: 'a', quote: 'q', values: ['1.052 triệu đồng', '1,1 tỷ đồng'] }))).toMatchObject({ consistent: true });
    expect(c(repeat({ id: 'a', quote: 'q', values: ['45 tấn', '450 tạ'] }))).toMatchObject({ consistent: true });
    expect(c(repeat({ id: 'a', quote: 'q', values: ['45 tấn', '45 tạ'] }))).toMatchObject({ expected: '450 tạ', consistent: false });
  });
  test('bases given through parts or a difference, and area × yield', () => {
    expect(c(share({ id: 'a', quote: 'q', x: '99.558 + 106.018', y: '206.885', stated: '99,4%' }))).toMatchObject({ consistent: true });
    expect(c(change({ id: 'a', quote: 'q', x: '37.358', base: '37.358 − 10.401', stated: '38,58%', direction: 'tăng' }))).toMatchObject({ consistent: true });
    expect(c(product({ id: 'a', quote: 'q', x: '115', y: '62,58', factor: '0,1', stated: '719,67 tấn' }))).toMatchObject({ consistent: true });
    expect(c(product({ id: 'a', quote: 'q', x: '33', y: '30', stated: '99 tạ' }))).toMatchObject({ expected: '990 tạ', consistent: false });
  });
  test('a per-item quotient is rounded half-up to the decimals written', () => {
    expect(c(quotient({ id: 'a', quote: 'q', x: '39', y: '16', stated: '2.44' }))).toMatchObject({ expected: '2,44', consistent: true }); // 2,4375
    expect(c(quotient({ id: 'a', quote: 'q', x: '2.187 ha', y: '2.650', stated: '0,84 ha' }))).toMatchObject({ expected: '0,83 ha', consistent: false });
    expect(c(quotient({ id: 'a', quote: 'q', x: '36', y: '587', stated: '0.613' }))).toMatchObject({ expected: '0,061', consistent: false });
  });
  test('a multiple ("gấp 1,6 lần") rounds x/y half-up to the decimals written, and reads bases in other scales', () => {
    expect(c(times({ id: 'a', quote: 'q', x: '1.086', y: '672', stated: '1,6 lần' }))).toMatchObject({ expected: '1,6 lần', consistent: true });
    expect(c(times({ id: 'a', quote: 'q', x: '486', y: '186', stated: '2,4 lần' }))).toMatchObject({ expected: '2,6 lần', consistent: false });
    expect(c(times({ id: 'a', quote: 'q', x: '146,3 triệu đồng', y: '0,1355 tỷ đồng', stated: '1,08' }))).toMatchObject({ expected: '1,08', consistent: true });
    expect(c(times({ id: 'a', quote: 'q', x: '21', y: '8', stated: '2,63' }))).toMatchObject({ expected: '2,63', consistent: true }); // 2,625 ties up
  });
  test('rounded parts agree within their rounding intervals; counts must be exact', () => {
    // 13 (a whole number) + 80,42 + 5,84 + 0,73 = 99,99: 100% at the precision written.
    expect(c(sum({ id: 'a', quote: 'q', parts: ['13', '80,42', '5,84', '0,73'], total: '100', implicitTotal: true, rounded: true }))).toMatchObject({ consistent: true });
    expect(c(sum({ id: 'a', quote: 'q', parts: ['17,06', '40,08', '33,59', '9,72'], total: '100', implicitTotal: true, rounded: true }))).toMatchObject({ expected: '100,45', consistent: false });
    expect(c(sum({ id: 'a', quote: 'q', parts: ['16', '5', '7'], total: '29' }))).toMatchObject({ expected: '28', consistent: false });
  });
  test('a contradiction carries its own flag', () => {
    expect(c(contradiction({ id: 'a', quote: 'q', stated: '01', expected: '0', consistent: false, reason: 'r', mistake: 'planted' }))).toMatchObject({ kind: 'other', consistent: false, origin: 'planted' });
  });
});

describe('spec validation', () => {
  const text = 'Diện tích lúa đạt 509/650 ha, bằng 78,4% kế hoạch. Lúa 509 ha. Lúa 509 ha.';
  test('refuses missing and ambiguous quotes, undeclared mistakes, and declared mistakes that are right', () => {
    const g = generate(report({ doc: 'x.txt', prefix: 't', claims: [
      ratio({ id: 'undeclared', quote: 'đạt 509/650 ha, bằng 78,4%', x: '509', y: '650', stated: '78,4%' }),
      ratio({ id: 'missing', quote: 'không có', x: '509', y: '650', stated: '78,3%' }),
      ratio({ id: 'ambiguous', quote: 'Lúa 509 ha', x: '509', y: '650', stated: '78,3%' }),
      ratio({ id: 'not-a-mistake', quote: '509/650 ha, bằng 78,4%', x: '509', y: '650', stated: '78,4%', mistake: 'author' }),
      ratio({ id: 'ok', quote: '509/650 ha, bằng 78,4%', x: '509', y: '651', stated: '78,2%', mistake: 'author' }),
    ] }), text, 'x');
    expect(g.problems.join('\n')).toMatch(/undeclared: inconsistent but not declared/);
    expect(g.problems.join('\n')).toMatch(/missing: quote not in the report/);
    expect(g.problems.join('\n')).toMatch(/ambiguous: quote occurs 2 times/);
    expect(g.problems.join('\n')).toMatch(/ambiguous: first quote does not contain the stated 78,3/);
    expect(g.problems.join('\n')).toMatch(/ok: declared a mistake/);
    expect(g.problems.some((p) => p.includes('t ok') || p.includes('x ok'))).toBe(true);
  });
});

const SPECS = specNames();
test('every claims file made by a spec is accounted for', () => {
  for (const name of SPECS) expect(existsSync(claimsPath(name))).toBe(true);
});

(SPECS.length ? describe.each(SPECS) : describe.skip.each(['none']))('corpus spec %s', (name) => {
  test('generates without problems, and the committed claims file is what it generates', () => {
    const g = generateByName(name);
    expect(g.problems).toEqual([]);
    expect(existsSync(claimsPath(name))).toBe(true);
    expect(readFileSync(claimsPath(name), 'utf8')).toBe(serialize(g.claims));
  });
  test('the scorer reads the claims file', () => {
    expect(readClaims(claimsPath(name))).toHaveLength(generateByName(name).claims.length);
  });
});
