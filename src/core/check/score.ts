/**
 * Scores a checker's findings against labelled claims (the corpus's `*.claims.json`): how many of the
 * labelled mistakes a finding points at (recall), and how many findings point at a mistake
 * (precision). The matching is deliberately loose on text (a finding matches a claim when its text
 * overlaps one of the claim's quotes) so that two checkers that mark a slightly different span of the
 * same number score the same.
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

/** Whether a finding's text points at a quote: contained in it, containing it, or sharing a long run with a digit. */
export function pointsAt(findingText: string, quote: string): boolean {
  const f = normalize(findingText);
  const q = normalize(quote);
  if (!f || !q) return false;
  // the whole quote, even one without a digit ("– Học vấn:", the label of a list that does not add up)
  if (f === q) return true;
  if (q.includes(f)) return DIGIT.test(f);
  if (f.includes(q)) return f.length <= 3 * q.length;
  const common = longestCommon(f, q);
  return common.length >= Math.min(14, f.length, q.length) && DIGIT.test(common);
}

const ALARM = new Set(['error', 'warning', 'lỗi', 'cảnh báo']);

export function isAlarm(f: Pick<ScoredFinding, 'severity'>): boolean {
  return ALARM.has(String(f.severity).toLowerCase());
}

export function scoreFindings(claims: readonly Claim[], findings: readonly ScoredFinding[]): ScoreResult {
  const alarms = findings.filter(isAlarm);
  const bad = claims.filter((c) => !c.consistent);
  const used = new Set<number>();
  const found: Claim[] = [];
  const missed: Claim[] = [];
  for (const c of bad) {
    const hits = alarms.flatMap((f, i) => (c.quote.some((q) => pointsAt(f.text, q)) ? [i] : []));
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
