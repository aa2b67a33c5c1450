/**
 * Scores a checker's findings against labelled claims (the corpus's `*.claims.json`): how many of the
 * labelled mistakes a finding points at (recall), and how many findings point at a mistake
 * (precision). The matching is loose on the span (a finding matches a claim when its text overlaps one
 * of the claim's quotes) so that two checkers that mark a slightly different span of the same number
 * score the same, and strict on the place: with the report at hand (ReportLayout) the quote must be
 * written where the finding stands, and a figure never points into a larger one ("12" in "412").
 */
import { z } from 'zod';

export const ClaimSchema = z.object({
  doc: z.string().min(1),
  id: z.string().min(1),
  kind: z.string(),
  quote: z.array(z.string()).min(1),
  stated: z.string().optional().default(''),
  expected: z.string().optional().default(''),
  consistent: z.boolean(),
  note: z.string().optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;
export const ClaimsSchema = z.array(ClaimSchema.passthrough());

/** The part of a finding the scorer reads. */
export interface ScoredFinding {
  severity: string;
  text: string;
  rule?: string;
  message?: string;
}

/**
 * Where the findings stand in the report, when the scorer has it: the report's text normalized and
 * joined, and each finding's offset in it. A finding then points at a quote only where the quote is
 * written, not at the same digits anywhere else ("2" of one sentence is not the "2" of another).
 */
export interface ReportLayout {
  text: string;
  offsetOf(f: ScoredFinding): number | undefined;
}

export interface ScoreResult {
  found: Claim[];
  missed: Claim[];
  /** Error and warning findings that point at no labelled mistake. */
  falseAlarms: ScoredFinding[];
  /** Error and warning findings (info findings are not alarms). */
  alarms: number;
  recall: number;
  precision: number;
}

/** Word exports and Markdown carry markers the .docx does not: footnote marks and table pipes. */
export function normalize(s: string): string {
  return s
    .replace(/\[\^\d+\]:?/g, ' ')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Longest common substring; the strings are a finding's span and a quote, so O(n·m) is fine. */
function longestCommon(a: string, b: string): string {
  let best = 0;
  let end = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best) {
          best = cur[j];
          end = i;
        }
      }
    }
    prev = cur;
  }
  return a.slice(end - best, end);
}

const DIGIT = /\d/;

/** `part` occurs in `whole` somewhere not glued to more of a number (a digit, or a separator and a digit). */
function standsAlone(whole: string, part: string): boolean {
  for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
    const before = whole.slice(Math.max(0, at - 2), at);
    const after = whole.slice(at + part.length, at + part.length + 2);
    const gluedBefore = DIGIT.test(part[0]) && /(?:\d|\d[.,])$/.test(before);
    const gluedAfter = DIGIT.test(part[part.length - 1]) && /^(?:\d|[.,]\d)/.test(after);
    if (!gluedBefore && !gluedAfter) return true;
  }
  return false;
}

/** Whether a finding's text points at a quote: contained in it, containing it, or sharing a long run with a digit. */
export function pointsAt(findingText: string, quote: string): boolean {
  const f = normalize(findingText);
  const q = normalize(quote);
  if (!f || !q) return false;
  // the whole quote, even one without a digit ("– Học vấn:", the label of a list that does not add up)
  if (f === q) return true;
  // a figure inside another does not point at it: "12" is not in "412 triệu đồng"
  if (q.includes(f)) return DIGIT.test(f) && standsAlone(q, f);
  if (f.includes(q)) return f.length <= 3 * q.length;
  const common = longestCommon(f, q);
  return common.length >= Math.min(14, f.length, q.length) && DIGIT.test(common);
}

const ALARM = new Set(['error', 'warning', 'lỗi', 'cảnh báo']);

export function isAlarm(f: Pick<ScoredFinding, 'severity'>): boolean {
  return ALARM.has(String(f.severity).toLowerCase());
}

/** Whether the quote is written where the finding stands (always, without a layout). */
function writtenThere(layout: ReportLayout | undefined, f: ScoredFinding, quote: string): boolean {
  const at = layout?.offsetOf(f);
  if (!layout || at === undefined) return true;
  const q = normalize(quote);
  const span = normalize(f.text).length;
  const slack = 2;
  for (let from = layout.text.indexOf(q); from >= 0; from = layout.text.indexOf(q, from + 1)) {
    // the finding's span and the quote's overlap
    if (from <= at + span + slack && from + q.length >= at - slack) return true;
  }
  return false;
}

export function scoreFindings(claims: readonly Claim[], findings: readonly ScoredFinding[], layout?: ReportLayout): ScoreResult {
  const alarms = findings.filter(isAlarm);
  const bad = claims.filter((c) => !c.consistent);
  const used = new Set<number>();
  const found: Claim[] = [];
  const missed: Claim[] = [];
  for (const c of bad) {
    const hits = alarms.flatMap((f, i) => (c.quote.some((q) => pointsAt(f.text, q) && writtenThere(layout, f, q)) ? [i] : []));
    (hits.length > 0 ? found : missed).push(c);
    for (const i of hits) used.add(i);
  }
  // A wrong percentage copied elsewhere (a summary repeating it) is credited, not a false alarm.
  const wrongPercents = bad.map((c) => normalize(c.stated)).filter((s) => s.includes('%'));
  const falseAlarms = alarms.filter((f, i) => !used.has(i) && !wrongPercents.some((s) => s && normalize(f.text).includes(s)));
  return {
    found,
    missed,
    falseAlarms,
    alarms: alarms.length,
    recall: bad.length ? found.length / bad.length : 1,
    precision: alarms.length ? (alarms.length - falseAlarms.length) / alarms.length : 1,
  };
}
