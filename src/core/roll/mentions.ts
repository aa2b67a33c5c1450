/**
 * Mentions of periods in a report's text ("tháng 5 năm 2026", "THÁNG 6/2026", "quý II", "5 tháng đầu năm
 * 2026", "lũy kế 5 tháng") and how each reads when the report moves from one period to another: the
 * numbers change, the words and their case stay ("THÁNG 5 NĂM 2026" → "THÁNG 6 NĂM 2026", "quý II" →
 * "quý III", "tháng 04" → "tháng 05"). Dates of documents ("ngày 11/5/2026") are not periods.
 */
import type { TextBlock } from '../document/text';
import { fold } from '../text/fold';

export type MentionKind = 'month' | 'quarter' | 'months';

export interface PeriodMention {
  block: number;
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** month 1–12, quarter 1–4, or a count of months. */
  n: number;
  /** The year written in the mention, if any. */
  year?: number;
  /** Inside a date ("ngày 25 tháng 5 năm 2026"): only a date line is moved. */
  inDate: boolean;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const ROMAN_VALUE: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

// On folded text (one character per character), so match offsets are offsets in the original.
const MONTHS_SPAN = /\b(\d{1,2})(\s+)thang\b(?!\s*\d)((?:\s+dau)?(?:\s+nam)?\s+(\d{4}))?/g;
const MONTH = /\bthang(\s+)(\d{1,2})\b(?:(\s*(?:nam|\/|-)\s*)(\d{4}))?/g;
const QUARTER = /\bquy(\s+)(iv|iii|ii|i|[1-4])\b(?:(\s*(?:nam|\/|-)\s*)(\d{4}))?/g;
const DATE_BEFORE = /ngay[\s\d.…_]{0,14}$/;

export function periodMentions(block: TextBlock): PeriodMention[] {
  const text = block.text;
  const folded = fold(text);
  if (folded.length !== text.length || !/thang|quy/.test(folded)) return [];
  const out: PeriodMention[] = [];
  const add = (m: RegExpExecArray, kind: MentionKind, n: number, yearText: string | undefined): void => {
    const year = yearText ? Number(yearText) : undefined;
    if (year !== undefined && (year < 1945 || year > 2200)) return;
    out.push({ block: block.index, start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length), kind, n, ...(year !== undefined ? { year } : {}), inDate: DATE_BEFORE.test(folded.slice(Math.max(0, m.index - 20), m.index)) });
  };
  for (const m of folded.matchAll(MONTHS_SPAN)) {
    const n = Number(m[1]);
    if (n >= 2 && n <= 12) add(m as RegExpExecArray, 'months', n, m[4]);
  }
  for (const m of folded.matchAll(MONTH)) {
    const n = Number(m[2]);
    if (n < 1 || n > 12 || out.some((o) => o.start <= m.index! && o.end > m.index!)) continue;
    // "5/2026" written after "tháng" is the month and year; "tháng 5/2026" is not a date
    add(m as RegExpExecArray, 'month', n, m[4]);
  }
  for (const m of folded.matchAll(QUARTER)) {
    const n = ROMAN_VALUE[m[2]] ?? Number(m[2]);
    if (n >= 1 && n <= 4) add(m as RegExpExecArray, 'quarter', n, m[4]);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A period as months of a year: "2026-05" → months 5–5; "2026-Q2" → 4–6; "2026" → 1–12. */
export function monthsOf(period: string): { year: number; first: number; last: number } {
  const m = /^(\d{4})(?:-(\d{2})|-Q([1-4]))?$/.exec(period);
  if (!m) throw new Error(`not a period: ${period}`);
  const year = Number(m[1]);
  if (m[2]) return { year, first: Number(m[2]), last: Number(m[2]) };
  if (m[3]) return { year, first: Number(m[3]) * 3 - 2, last: Number(m[3]) * 3 };
  return { year, first: 1, last: 12 };
}

/** How many months the report moves: from the end of one period to the end of the other. */
export function monthsBetween(from: string, to: string): number {
  const a = monthsOf(from);
  const b = monthsOf(to);
  return b.year * 12 + b.last - (a.year * 12 + a.last);
}

function digitsLike(n: number, written: string): string {
  return written.length === 2 && written.startsWith('0') && n < 10 ? `0${n}` : String(n);
}

/**
 * The mention as it reads `delta` months later; undefined when it cannot move that way (a quarter by
 * one month) or would leave its year (a count of months past December).
 */
export function shiftMention(m: PeriodMention, delta: number, contextYear: number): string | undefined {
  if (delta === 0) return m.text;
  const year = m.year ?? contextYear;
  const rewrite = (re: RegExp, value: (written: string) => string): string => m.text.replace(re, (_all, before: string, written: string) => `${before}${value(written)}`);
  const withYear = (s: string, newYear: number): string => (m.year !== undefined ? s.replace(/\d{4}(?!.*\d{4})/s, String(newYear)) : s);
  if (m.kind === 'month') {
    const abs = year * 12 + (m.n - 1) + delta;
    const ny = Math.floor(abs / 12);
    const nm = (abs % 12) + 1;
    // a mention without its year cannot cross into another year unseen
    if (m.year === undefined && ny !== year) return undefined;
    return withYear(rewrite(/^(\S+\s+)(\d{1,2})/u, (w) => digitsLike(nm, w)), ny);
  }
  if (m.kind === 'quarter') {
    if (delta % 3 !== 0) return undefined;
    const abs = year * 4 + (m.n - 1) + delta / 3;
    const ny = Math.floor(abs / 4);
    const nq = (abs % 4) + 1;
    if (m.year === undefined && ny !== year) return undefined;
    return withYear(rewrite(/^(\S+\s+)([IVXivx]+|\d)/u, (w) => (/^\d$/.test(w) ? String(nq) : w === w.toLowerCase() ? ROMAN[nq - 1].toLowerCase() : ROMAN[nq - 1])), ny);
  }
  const n = m.n + delta;
  if (n < 1 || n > 12) return undefined;
  return m.text.replace(/^\d{1,2}/, (w) => digitsLike(n, w));
}

/** Whether a mention names (or counts up to) the given period. */
export function mentionsPeriod(m: PeriodMention, period: string, contextYear: number): boolean {
  const p = monthsOf(period);
  const year = m.year ?? contextYear;
  if (year !== p.year) return false;
  if (m.kind === 'month') return p.first === p.last && m.n === p.last;
  if (m.kind === 'quarter') return p.first !== p.last && p.last - p.first === 2 && m.n * 3 === p.last;
  return m.n === p.last;
}
