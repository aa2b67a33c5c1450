/**
 * Rendering a figure's text from the data of a period: every number through the number module
 * (vi-VN format, half-up rounding). A figure that cannot be computed is not rendered; the reason
 * says, in Vietnamese, what is missing or wrong, so the old text can be kept and reported.
 */
import { formatVn } from '../number';
import { AMOUNT_MAX } from '../indicators/api';
import type { Indicator, IndicatorValue, PeriodData } from '../indicators/schema';
import { FIGURE_PARTS, type FigurePart, type FigureSpec, PERCENT_PARTS, templateOf } from './spec';

export type RenderResult =
  | { ok: true; text: string }
  | { ok: false; status: 'missing' | 'broken'; message: string };

type Field = 'value' | 'cumulative' | 'plan' | 'samePeriodLastYear';
const FIELD_NAMES: Record<Field, string> = {
  value: 'số thực hiện',
  cumulative: 'số lũy kế',
  plan: 'kế hoạch',
  samePeriodLastYear: 'số cùng kỳ năm trước',
};

class RenderFailure extends Error {
  constructor(
    readonly status: 'missing' | 'broken',
    message: string,
  ) {
    super(message);
  }
}

/** "2026-05" → "tháng 5/2026"; "2026-Q2" → "quý II/2026"; "2026" → "năm 2026". */
export function periodLabel(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return `tháng ${Number(m[2])}/${m[1]}`;
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) return `quý ${['I', 'II', 'III', 'IV'][Number(q[2]) - 1]}/${q[1]}`;
  return `năm ${period}`;
}

/** The last day of the period, as reports date their data: "31/5/2026". */
export function periodEnd(period: string): string {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/.exec(period);
  if (!m) return period;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : m[3] ? Number(m[3]) * 3 : 12;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${day}/${month}/${year}`;
}

/** Lookups over one period's data, built once per refresh. */
export class FigureData {
  private readonly indicators = new Map<string, Indicator>();
  private readonly values = new Map<string, IndicatorValue>();
  private readonly previous = new Map<string, IndicatorValue>();

  constructor(readonly data: PeriodData) {
    for (const i of data.indicators) this.indicators.set(i.id, i);
    for (const v of data.values) if (v.period === data.period) this.values.set(v.indicatorId, v);
    for (const v of data.previousValues) this.previous.set(v.indicatorId, v);
  }

  indicator(id: string): Indicator {
    const ind = this.indicators.get(id);
    if (!ind) throw new RenderFailure('missing', `Chỉ tiêu “${id}” không có trong dữ liệu ${periodLabel(this.data.period)}`);
    return ind;
  }

  field(id: string, field: Field): number {
    const ind = this.indicator(id);
    const v = this.values.get(id)?.[field];
    if (v === null || v === undefined) throw new RenderFailure('missing', `“${ind.name}” chưa có ${FIELD_NAMES[field]} ${periodLabel(this.data.period)}`);
    return v;
  }

  previousField(id: string, field: 'value' | 'cumulative'): number {
    const ind = this.indicator(id);
    const v = this.previous.get(id)?.[field];
    if (v === null || v === undefined) {
      const when = this.data.previousPeriod ? periodLabel(this.data.previousPeriod) : 'kỳ trước';
      throw new RenderFailure('missing', `“${ind.name}” chưa có số ${when}`);
    }
    return v;
  }
}

function ratio(a: number, b: number, what: string): number {
  if (b === 0) throw new RenderFailure('broken', `Không tính được ${what}: số chia bằng 0`);
  return (a / b) * 100;
}

/** Computes one placeholder (numbers unrounded; rounding happens when formatting). */
function compute(part: FigurePart, spec: FigureSpec, d: FigureData): number | string {
  const [first, second] = spec.indicators;
  const basis: 'value' | 'cumulative' = spec.basis ?? 'value';
  const actual = (id: string): number => d.field(id, basis);
  const base = (): number => (spec.compareTo === 'previous' ? d.previousField(first, basis) : d.field(first, 'samePeriodLastYear'));
  switch (part) {
    case 'value':
      return d.field(first, 'value');
    case 'cumulative':
      return d.field(first, 'cumulative');
    case 'plan':
      return d.field(first, 'plan');
    case 'samePeriod':
      return d.field(first, 'samePeriodLastYear');
    case 'previous':
      return d.previousField(first, basis);
    case 'actual':
      return actual(first);
    case 'base':
      return base();
    case 'pct':
      return ratio(actual(first), d.field(first, 'plan'), 'tỷ lệ so với kế hoạch');
    case 'excess': {
      const excess = ratio(actual(first), d.field(first, 'plan'), 'phần vượt kế hoạch') - 100;
      if (excess < 0) throw new RenderFailure('broken', `“${d.indicator(first).name}” chưa đạt kế hoạch, không thể viết “vượt”`);
      return excess;
    }
    case 'change':
      return Math.abs(ratio(actual(first), base(), 'mức tăng/giảm') - 100);
    case 'delta':
      return Math.abs(actual(first) - base());
    case 'trend': {
      const diff = actual(first) - base();
      return diff > 0 ? 'tăng' : diff < 0 ? 'giảm' : 'bằng';
    }
    case 'share': {
      if (!second) throw new RenderFailure('broken', 'Tỷ trọng cần hai chỉ tiêu');
      const share = ratio(actual(first), actual(second), 'tỷ trọng');
      // A part larger than its whole is a data or relation error: written as "chiếm 138,7%" it would
      // reach the signed report, so it is not rendered; the reason says which numbers disagree.
      if (share > 100 + 1e-9) {
        const [p, w] = [d.indicator(first), d.indicator(second)];
        throw new RenderFailure(
          'broken',
          `Tỷ trọng vượt 100%: “${p.name}” (${formatVn(actual(first), { decimals: p.decimals })} ${p.unit}) lớn hơn “${w.name}” (${formatVn(actual(second), { decimals: w.decimals })} ${w.unit}); kiểm tra số liệu của nguồn`,
        );
      }
      return share;
    }
    case 'whole':
      if (!second) throw new RenderFailure('broken', 'Tỷ trọng cần hai chỉ tiêu');
      return actual(second);
    case 'sum':
      return spec.indicators.reduce((s, id) => s + actual(id), 0);
    case 'unit':
      return spec.unit ?? d.indicator(first).unit;
    case 'name':
      return d.indicator(first).name;
    case 'department':
      return d.indicator(first).department;
    case 'period':
      return periodLabel(d.data.period);
    case 'asOf':
      return periodEnd(d.data.period);
  }
}

function decimalsFor(part: FigurePart, spec: FigureSpec, d: FigureData, inline: string | undefined): number {
  if (inline !== undefined) return Number(inline);
  const set = spec.decimals?.[part];
  if (set !== undefined) return set;
  if (PERCENT_PARTS.includes(part)) return 1;
  const ids = part === 'whole' ? spec.indicators.slice(1, 2) : part === 'sum' ? spec.indicators : spec.indicators.slice(0, 1);
  return Math.max(0, ...ids.map((id) => d.indicator(id).decimals));
}

/** What each number of a figure is, for a message that says which one went wrong. */
const PART_NAMES: Partial<Record<FigurePart, string>> = {
  value: 'số thực hiện',
  cumulative: 'số lũy kế',
  plan: 'kế hoạch',
  samePeriod: 'số cùng kỳ năm trước',
  previous: 'số kỳ trước',
  actual: 'số thực hiện',
  base: 'số để so sánh',
  pct: 'tỷ lệ so với kế hoạch',
  excess: 'phần vượt kế hoạch',
  change: 'mức tăng/giảm',
  delta: 'mức chênh lệch',
  share: 'tỷ trọng',
  whole: 'tổng',
  sum: 'tổng',
};

/** A percentage beyond this (ten thousand times) comes from a base that is a slip, not a figure to sign. */
const PERCENT_MAX = 1e6;

/**
 * A number that must not reach the document: not finite (a division by a near-zero base), or beyond
 * what any commune figure is. The figure is reported broken instead, with what to check.
 */
function absurd(part: FigurePart, v: number): RenderFailure | null {
  const what = PART_NAMES[part] ?? 'số liệu';
  const percent = PERCENT_PARTS.includes(part);
  const limit = percent ? PERCENT_MAX : AMOUNT_MAX;
  if (Number.isFinite(v) && Math.abs(v) <= limit) return null;
  const why = !Number.isFinite(v) ? 'kết quả không phải là một số hữu hạn (có số chia gần bằng 0)' : percent ? `kết quả vượt ${formatVn(PERCENT_MAX)}%` : 'kết quả lớn hơn 1 triệu tỷ';
  return new RenderFailure('broken', `Số liệu bất thường, không tính được ${what}: ${why}; kiểm tra số liệu của nguồn`);
}

const PLACEHOLDER = /\{([a-zA-Z]+)(?::(\d))?\}/g;

/** The template's placeholders that are not known parts (for validating an edited template). */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((p) => !(FIGURE_PARTS as readonly string[]).includes(p));
}

export function renderFigure(spec: FigureSpec, data: FigureData | PeriodData): RenderResult {
  const d = data instanceof FigureData ? data : new FigureData(data);
  const template = templateOf(spec);
  const unknown = unknownPlaceholders(template);
  if (unknown.length) return { ok: false, status: 'broken', message: `Mẫu câu có chỗ trống không hợp lệ: {${unknown.join('}, {')}}` };
  try {
    const text = template.replace(PLACEHOLDER, (_m, name: string, inline: string | undefined) => {
      const part = name as FigurePart;
      const v = compute(part, spec, d);
      if (typeof v === 'string') return v;
      const failure = absurd(part, v);
      if (failure) throw failure;
      const decimals = decimalsFor(part, spec, d, inline);
      const leadingZero = !!spec.leadingZero && !PERCENT_PARTS.includes(part);
      return formatVn(v, { decimals, leadingZero });
    });
    // An empty part (a unit-less indicator) must not leave a double or trailing space.
    return { ok: true, text: text.replace(/ {2,}/g, ' ').trim() };
  } catch (err) {
    if (err instanceof RenderFailure) return { ok: false, status: err.status, message: err.message };
    throw err;
  }
}
