/** The binder on short reports written for each case: kinds, tables, ambiguity, and what it must leave. */
import { proposeBindings, type BindCandidate } from '../../src/core/bind';
import type { DocumentText, TextBlock } from '../../src/core/document/text';
import { renderFigure } from '../../src/core/figures/render';
import { parseFigureSpec } from '../../src/core/figures/spec';
import type { Indicator, IndicatorValue, PeriodData } from '../../src/core/indicators/schema';

const AT = '2026-06-30T10:00:00+07:00';
const ind = (id: string, name: string, unit: string, aliases: string[] = [], extra: Partial<Indicator> = {}): Indicator => ({ id, name, unit, group: 'x', department: 'Phòng Kinh tế', aliases, decimals: 0, ...extra });
const val = (indicatorId: string, value: number | null, cumulative: number | null, plan: number | null, samePeriodLastYear: number | null = null, period = '2026-06'): IndicatorValue => ({ indicatorId, period, value, cumulative, plan, samePeriodLastYear, version: 3, updatedBy: 'x', updatedAt: AT, source: 'entry' });

const DATA: PeriodData = {
  period: '2026-06',
  previousPeriod: '2026-05',
  indicators: [
    ind('lua', 'Diện tích gieo cấy lúa', 'ha', ['lúa']),
    ind('ngo', 'Diện tích ngô', 'ha', ['ngô']),
    ind('luong-thuc', 'Sản lượng lương thực', 'tấn'),
    ind('gia-suc', 'Tổng đàn gia súc', 'con', ['gia súc']),
    ind('gia-cam', 'Tổng đàn gia cầm', 'con', ['gia cầm']),
    ind('tong-ho', 'Tổng số hộ', 'hộ'),
    ind('ho-ngheo', 'Số hộ nghèo', 'hộ', ['hộ nghèo'], { parent: 'tong-ho' }),
    ind('thu', 'Thu ngân sách nhà nước', 'triệu đồng', ['thu ngân sách']),
    ind('hoc-nghe', 'Lao động tham gia học nghề', 'lao động', ['học nghề']),
    ind('ket-nap', 'Kết nạp đảng viên mới', 'đảng viên', ['kết nạp mới']),
    ind('bhyt', 'Tỷ lệ bao phủ bảo hiểm y tế', '%', ['bao phủ bảo hiểm y tế'], { decimals: 2 }),
  ],
  values: [
    val('lua', 509, 509, 650),
    val('ngo', 509, 509, 700),
    val('luong-thuc', 480, 1250, null, 450),
    val('gia-suc', 11206, null, 15200),
    val('gia-cam', 51863, null, 86000),
    val('tong-ho', 2239, null, null),
    val('ho-ngheo', 570, null, null),
    val('thu', 626, 1532, 1095),
    val('hoc-nghe', 120, null, null),
    val('ket-nap', 6, 6, 26),
    val('bhyt', 98.35, null, null),
  ],
  previousValues: [],
  generatedAt: AT,
};

function doc(...texts: Array<string | Omit<TextBlock, 'index'>>): DocumentText {
  return { blocks: texts.map((t, index) => (typeof t === 'string' ? { index, story: 'body', text: t } : { ...t, index })) };
}

const sure = (c: BindCandidate[]) => c.filter((x) => x.sure).map((x) => [x.text, x.kind, x.indicators.join('+'), x.spec.basis ?? 'value']);

test('every kind, with the span and phrasing as written, each rendering to its own text', () => {
  const p = proposeBindings(
    doc(
      'Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,3% kế hoạch.',
      'Sản lượng lương thực đạt 480 tấn, tăng 6,7% so với cùng kỳ; lũy kế đạt 1.250 tấn.',
      'Tổng đàn gia súc, gia cầm đạt 63.069 con.',
      'Tổng số hộ toàn xã là 2.239 hộ; hộ nghèo 570 hộ, chiếm 25,5%.',
      'Thu ngân sách nhà nước lũy kế đạt 1.532/1.095 triệu đồng, vượt 39,91% kế hoạch.',
      'Trong kỳ kết nạp mới 06/26 đảng viên.',
      'Tỷ lệ bao phủ bảo hiểm y tế đạt 98,35%.',
    ),
    DATA,
  );
  expect(sure(p.candidates)).toEqual([
    ['509/650 ha', 'ratio', 'lua', 'value'],
    ['78,3%', 'percentOfPlan', 'lua', 'value'],
    ['480 tấn', 'value', 'luong-thuc', 'value'],
    ['tăng 6,7%', 'change', 'luong-thuc', 'value'],
    ['1.250 tấn', 'cumulative', 'luong-thuc', 'value'],
    ['63.069 con', 'sum', 'gia-suc+gia-cam', 'value'],
    ['2.239 hộ', 'value', 'tong-ho', 'value'],
    ['570 hộ', 'value', 'ho-ngheo', 'value'],
    ['25,5%', 'share', 'ho-ngheo+tong-ho', 'value'],
    ['1.532/1.095 triệu đồng', 'ratio', 'thu', 'cumulative'],
    ['39,91%', 'excess', 'thu', 'cumulative'],
    ['06/26 đảng viên', 'ratio', 'ket-nap', 'value'],
    ['98,35%', 'value', 'bhyt', 'value'],
  ]);
  for (const c of p.candidates) {
    // the binder builds specs without the schema: each must pass it
    expect(parseFigureSpec(c.spec)).toEqual({ ok: true, spec: c.spec });
    const r = renderFigure(c.spec, DATA);
    expect([c.text, r.ok && r.text]).toEqual([c.text, c.text]);
  }
  // the trend word is part of the figure, so a fall would be written "giảm"
  expect(p.candidates.find((c) => c.kind === 'change')?.spec.template).toBe('{trend} {change}%');
});

test('a table cell takes its unit and role from its row label and column header', () => {
  const cell = (row: number, c: number, text: string): Omit<TextBlock, 'index'> => ({ story: 'table', text, table: { table: 0, row, cell: c } });
  const p = proposeBindings(doc(cell(0, 0, 'Chỉ tiêu'), cell(0, 1, 'Thực hiện'), cell(0, 2, 'Kế hoạch'), cell(1, 0, 'Diện tích lúa (ha)'), cell(1, 1, '509'), cell(1, 2, '650')), DATA);
  expect(sure(p.candidates)).toEqual([
    ['509', 'value', 'lua', 'value'],
    ['650', 'plan', 'lua', 'value'],
  ]);
  expect(p.candidates.map((c) => c.location.story)).toEqual(['table', 'table']);
});

test('what it leaves: two indicators with the same number, no words, a need rather than a result, a bound figure, another unit', () => {
  const p = proposeBindings(
    doc(
      'Diện tích lúa và ngô đều đạt 509 ha.',
      'Tổng cộng 509 ha đã được rà soát.',
      'Có 120 lao động có nhu cầu học nghề.',
      'Diện tích gieo cấy lúa đạt 509/650 ha.',
      'Diện tích gieo cấy lúa đạt 509 tấn.',
    ),
    DATA,
    { bound: [{ story: 'body', block: 3, start: 27, end: 37 }] },
  );
  expect(sure(p.candidates)).toEqual([]);
  const listed = new Map(p.candidates.map((c) => [c.location.block, c]));
  expect(listed.get(0)?.reason).toMatch(/Cũng có thể là/);
  expect(listed.get(2)?.reason).toMatch(/nhu cầu/);
  expect(listed.has(1)).toBe(false);
  expect(listed.has(3)).toBe(false);
  expect(p.unmatched.map((u) => u.text)).toEqual(['509 ha', '509 tấn']);
  expect(p.numbers).toBe(4);
});

test('a number that names its indicator but disagrees with the source is listed with the source’s number, never sure', () => {
  const p = proposeBindings(doc('Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,4% kế hoạch; thu ngân sách nhà nước lũy kế đạt 1.532/1.095 triệu đồng, vượt 139,91% kế hoạch.'), DATA);
  const wrong = p.candidates.filter((c) => !c.sure);
  expect(wrong.map((c) => [c.text, c.rendered])).toEqual([
    ['78,4%', '78,3%'],
    ['139,91%', '39,91%'],
  ]);
  expect(wrong.every((c) => c.confidence < 0.7)).toBe(true);
});

test('the report of another period binds only what is the same in this one', () => {
  const april = { ...DATA, period: '2026-04', values: DATA.values.map((v) => ({ ...v, period: '2026-04', value: v.value === null ? null : v.value + 1, cumulative: v.cumulative === null ? null : v.cumulative + 1 })) };
  const p = proposeBindings(doc('Diện tích gieo cấy lúa đạt 509/650 ha.', 'Tổng đàn gia súc đạt 11.206/15.200 con.'), april);
  expect(sure(p.candidates)).toEqual([]);
});
