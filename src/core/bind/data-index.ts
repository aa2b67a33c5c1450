/**
 * The period's data arranged for binding: each indicator with the phrases that name it and every
 * number a figure of it can show (its value, cumulative and plan; its percent of plan, excess, change
 * and share), so that a written number is compared with a short list, not rendered against everything.
 */
import type { Indicator, IndicatorValue, PeriodData } from '../indicators/schema';
import { roundHalfUp } from '../number/format';
import type { FigureKind } from '../figures/spec';
import { contentSyllables, syllables } from './words';

export type Basis = 'value' | 'cumulative';

export interface IndicatorEntry {
  ind: Indicator;
  value: IndicatorValue;
  previous?: IndicatorValue;
  /** Name, aliases and the name without its generic head ("Số hộ nghèo" → "hộ nghèo"), as syllables, longest first. */
  phrases: string[];
  /** Content syllables of the name and aliases, for overlap when no phrase is written out. */
  content: string[];
  /** The unit as syllables (" trieu dong "); " % " for percentages. */
  unit: string;
}

/** One amount a figure of an indicator can show. */
export interface AmountReading {
  entry: IndicatorEntry;
  kind: Extract<FigureKind, 'value' | 'cumulative' | 'plan'>;
  amount: number;
}

/** One percentage a figure can show, with what it is of. */
export interface PercentReading {
  entries: IndicatorEntry[];
  kind: Extract<FigureKind, 'percentOfPlan' | 'excess' | 'change' | 'share'>;
  basis: Basis;
  compareTo?: 'samePeriod' | 'previous';
  percent: number;
  /** For change: rising or falling, as the trend word must say. */
  trend?: 'tăng' | 'giảm' | 'bằng';
}

/** Generic heads a report often leaves out: "Tổng đàn gia súc" is written "đàn gia súc". */
const HEADS = [' tong so ', ' so ', ' tong ', ' dien tich ', ' ty le ', ' ti le '];

function phrasesOf(ind: Indicator, unit: string): string[] {
  const out = new Set<string>();
  for (const n of [ind.name, ...ind.aliases]) {
    const s = syllables(n);
    out.add(s);
    for (const h of HEADS) if (s.startsWith(h) && s.length > h.length + 3) out.add(` ${s.slice(h.length)}`);
  }
  // a phrase that is only the unit ("hồ sơ" of "hồ sơ tiếp nhận") names every count of that unit
  out.delete(unit);
  out.delete('  ');
  return [...out].filter((p) => p.trim().length >= 2).sort((a, b) => b.length - a.length);
}

const ratioOf = (a: number | null | undefined, b: number | null | undefined): number | undefined =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? undefined : (a / b) * 100;

export class BindIndex {
  readonly entries: IndicatorEntry[] = [];
  readonly byId = new Map<string, IndicatorEntry>();
  /** Amounts by unit (syllables). */
  readonly amounts = new Map<string, AmountReading[]>();
  readonly percents: PercentReading[] = [];
  /** Every phrase of every indicator, by its first syllable. */
  private readonly byFirst = new Map<string, Array<{ entry: IndicatorEntry; phrase: string }>>();

  constructor(readonly data: PeriodData) {
    const values = new Map(data.values.filter((v) => v.period === data.period).map((v) => [v.indicatorId, v]));
    const previous = new Map(data.previousValues.map((v) => [v.indicatorId, v]));
    for (const ind of data.indicators) {
      const value = values.get(ind.id);
      if (!value) continue;
      const unit = ind.unit.trim() === '%' ? ' % ' : syllables(ind.unit);
      const entry: IndicatorEntry = {
        ind,
        value,
        phrases: phrasesOf(ind, unit),
        content: [...new Set([ind.name, ...ind.aliases].flatMap(contentSyllables))].filter((w) => !unit.includes(` ${w} `)),
        unit,
      };
      const prev = previous.get(ind.id);
      if (prev) entry.previous = prev;
      this.entries.push(entry);
      this.byId.set(ind.id, entry);
    }
    for (const e of this.entries) {
      this.addReadings(e);
      for (const phrase of e.phrases) {
        const first = phrase.trim().split(' ')[0];
        this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), { entry: e, phrase }]);
      }
    }
  }

  /** The phrases (longest first within an indicator) that start with a syllable. */
  phrasesStartingWith(syllable: string): ReadonlyArray<{ entry: IndicatorEntry; phrase: string }> {
    return this.byFirst.get(syllable) ?? [];
  }

  private addAmount(e: IndicatorEntry, kind: AmountReading['kind'], amount: number | null): void {
    if (amount === null) return;
    const list = this.amounts.get(e.unit) ?? [];
    list.push({ entry: e, kind, amount });
    this.amounts.set(e.unit, list);
  }

  private addReadings(e: IndicatorEntry): void {
    const v = e.value;
    this.addAmount(e, 'value', v.value);
    this.addAmount(e, 'cumulative', v.cumulative);
    this.addAmount(e, 'plan', v.plan);
    for (const basis of ['value', 'cumulative'] as const) {
      const actual = v[basis];
      const pct = ratioOf(actual, v.plan);
      if (pct !== undefined) {
        this.percents.push({ entries: [e], kind: 'percentOfPlan', basis, percent: pct });
        if (pct >= 100) this.percents.push({ entries: [e], kind: 'excess', basis, percent: pct - 100 });
      }
      const bases: Array<['samePeriod' | 'previous', number | null | undefined]> = [
        ['samePeriod', v.samePeriodLastYear],
        ['previous', e.previous?.[basis]],
      ];
      for (const [compareTo, base] of bases) {
        const ratio = ratioOf(actual, base);
        if (ratio === undefined) continue;
        const trend = ratio > 100 ? 'tăng' : ratio < 100 ? 'giảm' : 'bằng';
        this.percents.push({ entries: [e], kind: 'change', basis, compareTo, percent: Math.abs(ratio - 100), trend });
      }
      const whole = e.ind.parent ? this.byId.get(e.ind.parent) : undefined;
      const share = whole ? ratioOf(actual, whole.value[basis]) : undefined;
      if (whole && share !== undefined && share <= 100) this.percents.push({ entries: [e, whole], kind: 'share', basis, percent: share });
    }
  }

  /** Amounts of a unit as written ("triệu đồng", "ha"). */
  amountsIn(unit: string): AmountReading[] {
    return this.amounts.get(unit) ?? [];
  }
}

/** Whether a written number (its digits, `decimals` after the comma) is `amount` rounded half-up, as figures are rendered. */
export function writtenAs(written: number, decimals: number, amount: number): boolean {
  // most comparisons are far apart: only near ones pay for the exact decimal rounding
  if (Math.abs(amount - written) > 10 ** -decimals) return false;
  return roundHalfUp(amount, decimals) === written;
}
