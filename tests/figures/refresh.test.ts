import { type FigureInstance, planRefresh, PeriodMismatchError } from '../../src/core/figures';
import { periodData } from './fixture';

const fig = (key: string, over: Partial<FigureInstance>): FigureInstance => ({ key, figureId: key, spec: { kind: 'value', indicators: ['nn.lua'] }, text: '1.000 ha', ...over });

describe('planRefresh', () => {
  test('updates, keeps hand edits, reports missing and broken, leaves unchanged alone', () => {
    const plan = planRefresh(
      [
        fig('a', { lastText: '1.000 ha' }),
        fig('b', { lastText: '1.000 ha', text: '999 ha' }),
        fig('c', { text: '1.110 ha', lastText: '1.000 ha' }),
        fig('d', { spec: { kind: 'percentOfPlan', indicators: ['yt.tiem'] }, text: '50,0% kế hoạch' }),
        fig('e', { spec: null, specError: 'x' }),
        fig('f', {}),
        fig('g', { text: '1.110\u00a0ha' }),
      ],
      periodData(),
      '2026-05',
    );
    expect(plan.edits).toEqual([
      { key: 'a', figureId: 'a', old: '1.000 ha', new: '1.110 ha' },
      { key: 'f', figureId: 'f', old: '1.000 ha', new: '1.110 ha' },
    ]);
    expect(Object.fromEntries(plan.reports.map((r) => [r.key, r.status]))).toEqual({
      a: 'updated', b: 'handEdited', c: 'unchanged', d: 'missing', e: 'broken', f: 'updated', g: 'unchanged',
    });
    expect(plan.reports.find((r) => r.key === 'b')?.message).toContain('sửa tay');
  });

  test('data of another period is refused', () => {
    expect(() => planRefresh([], periodData('2026-04'), '2026-05')).toThrow(PeriodMismatchError);
  });
});
