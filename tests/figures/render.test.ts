import fc from 'fast-check';
import {
  compactSpec,
  expandSpec,
  FIGURE_KINDS,
  figureTag,
  type FigureSpec,
  MAX_TAG_LENGTH,
  parseFigureSpec,
  parseFigureTag,
  periodEnd,
  periodLabel,
  renderFigure,
} from '../../src/core/figures';
import { periodData } from './fixture';

const data = periodData();
const text = (spec: FigureSpec): string => {
  const r = renderFigure(spec, data);
  if (!r.ok) throw new Error(r.message);
  return r.text;
};

describe('renderFigure: every kind', () => {
  test.each<[string, FigureSpec, string]>([
    ['value', { kind: 'value', indicators: ['nn.lua'] }, '1.110 ha'],
    ['cumulative', { kind: 'cumulative', indicators: ['ns.thu'] }, '5.200,5 triệu đồng'],
    ['plan', { kind: 'plan', indicators: ['nn.lua'], decimals: { plan: 1 } }, '1.417,5 ha'],
    ['ratio', { kind: 'ratio', indicators: ['nn.lua'] }, '1.110/1.418 ha'],
    ['percent of plan', { kind: 'percentOfPlan', indicators: ['nn.lua'] }, '78,3% kế hoạch'],
    ['excess (vượt)', { kind: 'excess', indicators: ['nn.ngo'], decimals: { excess: 2 } }, 'vượt 39,91% kế hoạch'],
    ['change vs same period (tăng)', { kind: 'change', indicators: ['nn.lua'] }, 'tăng 5,7% so với cùng kỳ'],
    ['change vs same period (giảm)', { kind: 'change', indicators: ['nn.ngo'], decimals: { change: 2 } }, 'giảm 4,25% so với cùng kỳ'],
    ['change vs previous period', { kind: 'change', indicators: ['nn.lua'], compareTo: 'previous' }, 'tăng 25,0% so với kỳ trước'],
    ['share', { kind: 'share', indicators: ['nn.lua', 'nn.ngo'], decimals: { share: 2 } }, '72,45%'],
    ['sum', { kind: 'sum', indicators: ['nn.lua', 'nn.ngo'] }, '2.642 ha'],
    ['sum with decimals of the parts', { kind: 'sum', indicators: ['ns.thu', 'nn.lua'], unit: 'đơn vị' }, '2.360,3 đơn vị'],
  ])('%s', (_name, spec, expected) => {
    expect(text(spec)).toBe(expected);
  });

  test('a user template with decimals per part, inline and in the spec', () => {
    const spec: FigureSpec = { kind: 'ratio', indicators: ['nn.lua'], template: 'đạt {value}/{plan:1} {unit}, bằng {pct}% kế hoạch', decimals: { pct: 2 } };
    expect(text(spec)).toBe('đạt 1.110/1.417,5 ha, bằng 78,31% kế hoạch');
  });

  test('half-up rounding on decimal digits: 1.000/21.070 is 4,75%', () => {
    const d = periodData();
    d.values.find((v) => v.indicatorId === 'ns.thu')!.value = 1000;
    const r = renderFigure({ kind: 'percentOfPlan', indicators: ['ns.thu'], decimals: { pct: 2 }, template: '{pct}%' }, d);
    expect(r).toEqual({ ok: true, text: '4,75%' });
  });

  test('leading zero for small counts, only where asked', () => {
    expect(text({ kind: 'value', indicators: ['xh.ho-ngheo'], leadingZero: true })).toBe('06 hộ');
    expect(text({ kind: 'value', indicators: ['xh.ho-ngheo'] })).toBe('6 hộ');
    expect(text({ kind: 'cumulative', indicators: ['xh.ho-ngheo'], leadingZero: true })).toBe('21 hộ');
  });

  test('no stray space for a unit-less indicator; period and source placeholders', () => {
    expect(text({ kind: 'value', indicators: ['vh.thon'] })).toBe('17');
    expect(text({ kind: 'value', indicators: ['yt.tiem'], template: 'Nguồn: {department}, số liệu đến {asOf} ({period})' })).toBe(
      'Nguồn: Trạm Y tế, số liệu đến 31/5/2026 (tháng 5/2026)',
    );
    expect(periodLabel('2026-Q2')).toBe('quý II/2026');
    expect(periodEnd('2026-02')).toBe('28/2/2026');
    expect(periodEnd('2026-Q2')).toBe('30/6/2026');
  });

  test('missing data, unknown indicators and impossible figures are reported, not rendered', () => {
    expect(renderFigure({ kind: 'percentOfPlan', indicators: ['yt.tiem'] }, data)).toMatchObject({ ok: false, status: 'missing', message: expect.stringContaining('chưa có kế hoạch') });
    expect(renderFigure({ kind: 'value', indicators: ['khong.co'] }, data)).toMatchObject({ ok: false, status: 'missing', message: expect.stringContaining('không có trong dữ liệu') });
    expect(renderFigure({ kind: 'excess', indicators: ['nn.lua'] }, data)).toMatchObject({ ok: false, status: 'broken', message: expect.stringContaining('chưa đạt kế hoạch') });
    expect(renderFigure({ kind: 'value', indicators: ['nn.lua'], template: '{valeu} ha' }, data)).toMatchObject({ ok: false, status: 'broken' });
    expect(renderFigure({ kind: 'change', indicators: ['vh.thon'] }, data)).toEqual({ ok: true, text: 'bằng 0,0% so với cùng kỳ' });
  });

  test('spec validation', () => {
    expect(parseFigureSpec({ kind: 'share', indicators: ['a'] }).ok).toBe(false);
    expect(parseFigureSpec({ kind: 'sum', indicators: ['a'] }).ok).toBe(false);
    expect(parseFigureSpec({ kind: 'nope', indicators: ['a'] }).ok).toBe(false);
    expect(parseFigureSpec({ kind: 'value', indicators: ['A B'] }).ok).toBe(false);
  });
});

describe('figure tags', () => {
  test('every kind survives the compact form', () => {
    for (const kind of FIGURE_KINDS) {
      const spec: FigureSpec = { kind, indicators: kind === 'share' || kind === 'sum' ? ['nn.lua', 'nn.ngo'] : ['nn.lua'], basis: 'cumulative', leadingZero: true, decimals: { pct: 2, value: 1, sum: 3 } };
      expect(expandSpec(compactSpec(spec)!)).toEqual(spec);
    }
  });

  test('a tag fits in 64 characters; a long or templated spec leaves only the id', () => {
    const short: FigureSpec = { kind: 'ratio', indicators: ['nn.lua'], decimals: { pct: 2 } };
    const tag = figureTag('abc123', short);
    expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    expect(parseFigureTag(tag)).toEqual({ figureId: 'abc123', spec: short });
    const long: FigureSpec = { kind: 'sum', indicators: ['nong-nghiep.dien-tich-lua', 'nong-nghiep.dien-tich-ngo', 'nong-nghiep.dien-tich-dau'] };
    expect(figureTag('abc123', long)).toBe('bc1:abc123');
    expect(figureTag('abc123', { ...short, template: 'đạt {pct}%' })).toBe('bc1:abc123');
    expect(parseFigureTag('other-addin')).toBeUndefined();
    expect(parseFigureTag('bc1:abc123;garbage')).toEqual({ figureId: 'abc123' });
  });

  test('property: any valid spec either round-trips through the tag or is left to the store', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/);
    const arb = fc.record({
      kind: fc.constantFrom(...FIGURE_KINDS),
      ids: fc.array(id, { minLength: 2, maxLength: 4 }),
      cum: fc.boolean(),
      zero: fc.boolean(),
      d: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(arb, ({ kind, ids, cum, zero, d }) => {
        const spec: FigureSpec = { kind, indicators: kind === 'share' ? ids.slice(0, 2) : kind === 'sum' ? ids : ids.slice(0, 1), decimals: { pct: d } };
        if (cum) spec.basis = 'cumulative';
        if (zero) spec.leadingZero = true;
        const tag = figureTag('f00001', spec);
        expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
        const back = parseFigureTag(tag);
        expect(back?.figureId).toBe('f00001');
        if (back?.spec) expect(back.spec).toEqual(spec);
        else expect(tag).toBe('bc1:f00001');
      }),
    );
  });
});

describe('a share over 100%', () => {
  test('is not rendered; the reason names the part and the whole', () => {
    const r = renderFigure({ kind: 'share', indicators: ['nn.ngo', 'nn.lua'], template: 'chiếm {share}%' }, periodData());
    expect(r).toEqual({ ok: false, status: 'broken', message: expect.stringContaining('Tỷ trọng vượt 100%: “Diện tích trồng ngô” (1.532 ha) lớn hơn “Diện tích gieo cấy lúa” (1.110 ha)') });
    expect(renderFigure({ kind: 'share', indicators: ['nn.lua', 'nn.lua'] }, periodData())).toEqual({ ok: true, text: '100,0%' });
  });
});
