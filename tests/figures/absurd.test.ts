/**
 * A figure whose number is not finite, or absurd, is never written: a plan of 1e-308 made
 * "Infinity% kế hoạch". The figure is reported broken, with the reason, and refresh leaves its text.
 */
import { planRefresh, renderFigure } from '../../src/core/figures';
import type { FigureSpec } from '../../src/core/figures/spec';
import { ValueWriteSchema } from '../../src/core/indicators/api';
import type { PeriodData } from '../../src/core/indicators/schema';
import { periodData } from './fixture';

function withValues(over: Partial<Record<'value' | 'plan' | 'samePeriodLastYear' | 'cumulative', number>>): PeriodData {
  const d = periodData();
  return { ...d, values: d.values.map((v) => (v.indicatorId === 'nn.lua' ? { ...v, ...over } : v)) };
}

const pct: FigureSpec = { kind: 'percentOfPlan', indicators: ['nn.lua'] };

test.each([
  ['a plan of 1e-308', { plan: 1e-308 }, pct, /tỷ lệ so với kế hoạch/],
  ['a plan of 1e-12 (a percentage of 1e17)', { plan: 1e-12 }, pct, /tỷ lệ so với kế hoạch/],
  ['a value of 1e300', { value: 1e300 }, { kind: 'value', indicators: ['nn.lua'] } as FigureSpec, /số thực hiện/],
  ['a base of 1e-300 for a change', { samePeriodLastYear: 1e-300 }, { kind: 'change', indicators: ['nn.lua'] } as FigureSpec, /mức tăng\/giảm/],
  ['the largest double as a plan, for an excess', { value: Number.MAX_VALUE, plan: 1 }, { kind: 'excess', indicators: ['nn.lua'] } as FigureSpec, /phần vượt kế hoạch/],
])('%s: broken, with a Vietnamese reason, never "Infinity" or "NaN"', (_name, over, spec, what) => {
  const r = renderFigure(spec, withValues(over));
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.status).toBe('broken');
  expect(r.message).toMatch(what);
  expect(r.message).toMatch(/bất thường|không tính được/i);
  expect(r.message).not.toMatch(/Infinity|NaN|e\+/);
});

test('refresh keeps the text of such a figure and lists it as broken', () => {
  const plan = planRefresh([{ key: 'k1', figureId: 'f1', spec: pct, text: '78,3% kế hoạch', lastText: '78,3% kế hoạch' }], withValues({ plan: 1e-308 }), '2026-05');
  expect(plan.edits).toEqual([]);
  expect(plan.reports).toEqual([expect.objectContaining({ status: 'broken', old: '78,3% kế hoạch', message: expect.stringContaining('giữ nguyên “78,3% kế hoạch”') })]);
});

test('an ordinary figure still renders', () => {
  expect(renderFigure(pct, periodData())).toEqual({ ok: true, text: '78,3% kế hoạch' });
});

test('the service refuses to store an absurd amount in the first place', () => {
  for (const bad of [1e-308, 1e16, -1e16, 5e-7]) expect(ValueWriteSchema.safeParse({ plan: bad }).success).toBe(false);
  for (const good of [0, 1e-6, 0.5, 1417.5, 999_999_999_999_999, -3]) expect(ValueWriteSchema.safeParse({ plan: good }).success).toBe(true);
});

test('a sheet cell with an absurd amount is a rejected row', async () => {
  const { parseSheet } = await import('../../src/data/sheet-pool');
  const csv = 'Mã chỉ tiêu,Kỳ,Kế hoạch\nlua-gieo-cay,2026-05,"0,000000001"\nngo-xuan-he,2026-05,650\n';
  const r = await parseSheet(Buffer.from(csv), 'csv');
  expect(r.rejected).toEqual([expect.objectContaining({ row: 2, reason: 'Dòng 2: ô C2 “0,000000001”: số quá nhỏ (nhỏ hơn 0,000001 mà khác 0).' })]);
  expect(r.rows.map((x) => x.row)).toEqual([3]);
});
