/**
 * From a reading of a written number (this indicator, this kind) to the binding: the span of text that
 * becomes the bound figure (the number with its unit, "tăng" with a change) and a spec whose rendering
 * for the period is that very text. The phrasing is the writer's: the span's text with its numbers
 * replaced by placeholders, with the decimals and leading zeros as written. Null when the span cannot
 * be written that way.
 */
import type { TextLocation } from '../document/text';
import { type FigureData, renderFigure } from '../figures/render';
import { sameText } from '../figures/refresh';
import { type FigureKind, type FigurePart, type FigureSpec, PERCENT_PARTS } from '../figures/spec';
import type { VnNumber } from '../number';
import type { Basis } from './data-index';
import type { WrittenNumber } from './context';

export interface Reading {
  indicators: string[];
  kind: FigureKind;
  basis: Basis;
  compareTo?: 'samePeriod' | 'previous';
}

export interface Binding {
  location: TextLocation;
  /** The text of the span as it is in the document. */
  text: string;
  spec: FigureSpec;
  /** What the spec renders for the period: the span's text, or what it would become. */
  rendered: string | null;
  /** Why it cannot be rendered (Vietnamese), when it cannot. */
  renderError?: string;
}

/** The placeholder of each written number of a reading: X (and Y) of the span. */
function parts(kind: FigureKind): [FigurePart, FigurePart?] {
  switch (kind) {
    case 'ratio':
      return ['actual', 'plan'];
    case 'percentOfPlan':
      return ['pct'];
    default:
      return [kind as FigurePart];
  }
}

const TREND_BEFORE = /(tăng|giảm)(\s+)$/iu;

/**
 * `indicatorUnit`: the unit written is not the indicator's ("17/30 thửa" of a count in hồ sơ): the
 * figure writes the indicator's unit in its place.
 */
export function buildBinding(w: WrittenNumber, reading: Reading, data: FigureData, indicatorUnit = false): Binding | null {
  const text = w.block.text;
  const [first, second] = parts(reading.kind);
  let start = w.start;
  let trend: { at: number; length: number } | undefined;
  if (reading.kind === 'change') {
    // the trend word goes with the figure, so that a change of direction rewrites it too
    const m = TREND_BEFORE.exec(text.slice(Math.max(0, w.start - 8), w.start));
    if (m) {
      start = w.start - m[0].length;
      trend = { at: start, length: m[1].length };
    }
  }
  const end = w.spanEnd;
  const span = text.slice(start, end);
  if (/[{}]/.test(span)) return null;
  const numbers: Array<[VnNumber, FigurePart]> = [[w.n, first]];
  if (w.y && second) numbers.push([w.y, second]);
  if (!!w.y !== !!second) return null;
  // the template: the span with each written number (and the trend word) replaced by its placeholder
  const cuts: Array<{ at: number; length: number; put: string }> = numbers.map(([n, part]) => ({ at: n.start, length: n.numberText.length, put: `{${part}}` }));
  if (trend) cuts.push({ at: trend.at, length: trend.length, put: '{trend}' });
  cuts.sort((a, b) => a.at - b.at);
  let template = '';
  let at = start;
  for (const c of cuts) {
    template += text.slice(at, c.at) + c.put;
    at = c.at + c.length;
  }
  const unitText = text.slice(at, end);
  template += indicatorUnit && unitText.trim() ? unitText.replace(/\S.*\S|\S/su, '{unit}') : unitText;

  const decimals: Partial<Record<FigurePart, number>> = {};
  for (const [n, part] of numbers) {
    const standard = PERCENT_PARTS.includes(part) ? 1 : defaultDecimals(part, reading, data);
    if (n.decimals !== standard) decimals[part] = n.decimals;
  }
  // built from the data's ids and the kinds above: valid by construction (checked once in the tests)
  let spec: FigureSpec = { kind: reading.kind, indicators: reading.indicators, template };
  if (reading.basis === 'cumulative' && reading.kind !== 'cumulative' && reading.kind !== 'value' && reading.kind !== 'plan') spec.basis = 'cumulative';
  if (reading.compareTo === 'previous') spec.compareTo = 'previous';
  if (Object.keys(decimals).length) spec.decimals = decimals;
  if (numbers.some(([n]) => n.leadingZero)) spec.leadingZero = true;
  if (template.length > 500 || (spec.kind === 'share' && spec.indicators.length !== 2) || (spec.kind === 'sum' && spec.indicators.length < 2)) return null;
  const location: TextLocation = { story: w.block.story, block: w.block.index, start, end };
  const r = renderFigure(spec, data);
  if (!r.ok) return { location, text: span, spec, rendered: null, renderError: r.message };
  // the kind's own phrasing when it says the same: the tag then carries the whole spec
  const { template: _own, ...plain } = spec;
  const standard = renderFigure(plain, data);
  if (standard.ok && standard.text === r.text && sameText(r.text, span)) spec = plain;
  return { location, text: span, spec, rendered: r.text };
}

function defaultDecimals(part: FigurePart, reading: Reading, data: FigureData): number {
  const ids = part === 'sum' ? reading.indicators : reading.indicators.slice(0, 1);
  return Math.max(0, ...ids.map((id) => data.indicator(id).decimals));
}
