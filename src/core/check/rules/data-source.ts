/**
 * Against the data source: a figure that names an indicator of the report's period (by its name or
 * one of its aliases) but differs from the data source's value, cumulative or plan.
 */
import type { Finding } from '../finding';
import type { Indicator, IndicatorValue, PeriodData } from '../../indicators/schema';
import { formatVn } from '../../number';
import { agrees, intervalOf } from '../precision';
import { type BlockClaims, clauseBounds, fold } from '../quantities';

interface Name {
  folded: string;
  indicator: Indicator;
  value: IndicatorValue;
}

function namesOf(data: PeriodData): Name[] {
  const values = new Map(data.values.map((v) => [v.indicatorId, v]));
  const out: Name[] = [];
  for (const ind of data.indicators) {
    const value = values.get(ind.id);
    if (!value) continue;
    for (const n of [ind.name, ...ind.aliases]) if (fold(n).length >= 3) out.push({ folded: fold(n), indicator: ind, value });
  }
  // longest names first: "diện tích gieo cấy lúa" before "lúa"
  return out.sort((a, b) => b.folded.length - a.folded.length);
}

function unitMatches(written: string, unit: string): boolean {
  return fold(written) === fold(unit) || fold(written).startsWith(fold(unit));
}

/** A need, a registration or a forecast is no value of the indicator: "120 lao động có nhu cầu học nghề". */
const NOT_THE_VALUE = /\b(?:nhu cau|dang ky|du kien|phan dau|muc tieu|chi tieu)\b/;

function inside(start: number, figures: readonly Span[] | undefined): boolean {
  return Boolean(figures?.some((f) => start >= f.start && start < f.end));
}

export interface Span {
  block: number;
  start: number;
  end: number;
}

/**
 * `figures`: the spans of bound figures. Their values come from the data source by their own spec (a
 * cumulative, a change…), and refresh keeps them; reading them against the period's value would be wrong.
 */
export function checkAgainstData(all: readonly BlockClaims[], data: PeriodData | undefined, figures: readonly Span[] = []): Finding[] {
  if (!data) return [];
  const names = namesOf(data);
  const out: Finding[] = [];
  for (const claims of all) {
    const text = claims.block.text;
    const options = { figures: figures.filter((f) => f.block === claims.block.index) };
    // folding keeps one character per character for Vietnamese text, so offsets carry over
    const folded = fold(text);
    if (folded.length !== text.length) continue;
    const taken = new Set<number>();
    for (const name of names) {
      for (let at = folded.indexOf(name.folded); at !== -1; at = folded.indexOf(name.folded, at + 1)) {
        const clause = clauseBounds(text, at);
        const after = at + name.folded.length;
        // the figure the name speaks of: the first number after it, close and with no other number between
        // ("Diện tích gieo cấy lúa đạt 509/650 ha"), not one further on about something else
        const firstNumber = [...claims.ratios.map((r) => r.start), ...claims.quantities.map((q) => q.n.start)].filter((x) => x >= after).sort((x, y) => x - y)[0];
        const near = (start: number): boolean => start === firstNumber && start - after <= 60 && start < clause.end && !NOT_THE_VALUE.test(folded.slice(after, start)) && !inside(start, options.figures);
        const ratio = claims.ratios.find((r) => r.start >= after && near(r.start) && unitMatches(r.unit, name.indicator.unit));
        const quantity = claims.quantities.find((q) => q.n.start >= after && near(q.n.start) && !q.n.percent && unitMatches(q.unit, name.indicator.unit));
        const first = ratio && (!quantity || ratio.start < quantity.n.start) ? ratio : undefined;
        const checks: Array<{ n: { value: number; decimals: number; text: string; start: number; end: number }; expected: number | null; what: string; scale?: string }> = [];
        const cumulative = /lũy kế|luỹ kế/u.test(text.slice(at, (first?.start ?? quantity?.n.start ?? after) + 1));
        const actualField = cumulative ? name.value.cumulative : name.value.value;
        const label = cumulative ? 'lũy kế' : 'giá trị kỳ này';
        if (first) {
          checks.push({ n: { value: first.x.mantissa, decimals: first.x.decimals, text: first.x.text, start: first.x.start, end: first.x.end }, expected: actualField, what: label });
          checks.push({ n: { value: first.y.mantissa, decimals: first.y.decimals, text: first.y.text, start: first.y.start, end: first.y.end }, expected: name.value.plan, what: 'kế hoạch' });
        } else if (quantity) {
          checks.push({ n: { value: quantity.n.mantissa, decimals: quantity.n.decimals, text: quantity.n.text, start: quantity.n.start, end: quantity.n.end }, expected: actualField, what: label, scale: quantity.n.scaleWord });
        }
        for (const c of checks) {
          if (c.expected === null || taken.has(c.n.start)) continue;
          taken.add(c.n.start);
          if (agrees(c.n, intervalOf({ value: c.expected, decimals: 0 }))) continue;
          const expected = `${formatVn(c.expected, { decimals: c.n.decimals })}${c.scale ? ` ${c.scale}` : ''}`;
          out.push({
            rule: 'data-source',
            severity: 'warning',
            kind: 'certain',
            message: `${name.indicator.name} (${c.what}) theo nguồn dữ liệu (${name.indicator.department}) là ${expected} (${name.indicator.unit}), báo cáo ghi ${c.n.text}.`,
            text: c.n.text,
            location: { story: claims.block.story, block: claims.block.index, start: c.n.start, end: c.n.end },
            stated: c.n.text,
            expected,
            fix: expected,
          });
        }
        if (checks.length) break;
      }
    }
  }
  return out;
}
