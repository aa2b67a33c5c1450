/**
 * Rolling a report forward to a new period, as one pure function: every bound figure recomputed from
 * the new period's data (those without data reported missing, never left silently stale), the title
 * and date lines proposed in their new form, and for review every other mention of a period and every
 * plain number that is one of the old period's values.
 */
import { proposeBindings } from '../bind/propose';
import type { BoundFigure, TextEdit } from '../document/port';
import type { DocumentText, TextBlock, TextLocation } from '../document/text';
import { periodLabel } from '../figures/render';
import { planRefresh, type RefreshPlan, sameText, type FigureReport } from '../figures/refresh';
import type { PeriodData } from '../indicators/schema';
import { fold } from '../text/fold';
import { mentionsPeriod, monthsBetween, monthsOf, type PeriodMention, periodMentions, shiftMention } from './mentions';

export type LineKind = 'title' | 'date' | 'closing';

export interface ProposedLine extends TextEdit {
  why: LineKind;
  /** The whole line before and after, for showing. */
  before: string;
  after: string;
}

export interface MentionForReview {
  location: TextLocation;
  text: string;
  /** How it would read in the new period, when it can move. */
  suggestion?: string;
  /** It names the old period itself (not a neighbour). */
  oldPeriod: boolean;
}

export interface OldValue {
  location: TextLocation;
  text: string;
  /** The indicator and what the number is of it. */
  label: string;
}

export interface RollPlan {
  from: string;
  to: string;
  refresh: RefreshPlan;
  /** Figures with no data (or no computable value) for the new period: they keep their old text. */
  missing: FigureReport[];
  lines: ProposedLine[];
  mentions: MentionForReview[];
  /** Absent when the old period's data was not given. */
  oldValues?: OldValue[];
}

export interface RollInput {
  text: DocumentText;
  figures: readonly BoundFigure[];
  /** Where the bound figures are: mentions and numbers inside them are theirs. */
  bound: readonly TextLocation[];
  from: string;
  to: string;
  /** The new period's data. */
  data: PeriodData;
  /** The old period's data, to find the plain numbers that are its values. */
  oldData?: PeriodData;
}

function isTitle(b: TextBlock): boolean {
  if (b.story !== 'body' || b.table) return false;
  if (b.headingLevel !== undefined) return true;
  const letters = b.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toLocaleUpperCase('vi');
}

/** "Lùng Phình, ngày 25 tháng 5 năm 2026": a place and a date alone on their line. */
function isDateLine(b: TextBlock): boolean {
  return b.story === 'body' && b.text.length <= 90 && /^[^.;:]{0,60}\bngay[\s\d.…_]*thang\s+\d{1,2}\s+nam\s+\d{4}\s*\.?\s*$/.test(fold(b.text.trim()));
}

/** "Trên đây là Báo cáo kết quả … tháng 5 …": the sentence where a report names itself. */
function isClosing(b: TextBlock): boolean {
  return b.story === 'body' && /^\s*(?:tren day la )?bao cao\b/.test(fold(b.text)) && b.text.length <= 400;
}

function lineKind(b: TextBlock): LineKind | undefined {
  if (isDateLine(b)) return 'date';
  if (isTitle(b)) return 'title';
  if (isClosing(b)) return 'closing';
  return undefined;
}

function inside(bound: readonly TextLocation[], block: number, start: number, end: number): boolean {
  return bound.some((s) => s.block === block && s.start < end && s.end > start);
}

export function planRoll(input: RollInput): RollPlan {
  const { from, to } = input;
  const delta = monthsBetween(from, to);
  const year = monthsOf(from).year;
  const refresh = planRefresh(input.figures, input.data, to);
  const missing = refresh.reports.filter((r) => r.status === 'missing' || r.status === 'broken');
  const lines: ProposedLine[] = [];
  const mentions: MentionForReview[] = [];
  for (const b of input.text.blocks) {
    const found: PeriodMention[] = periodMentions(b).filter((m) => !inside(input.bound, b.index, m.start, m.end));
    if (!found.length) continue;
    const kind = lineKind(b);
    const moved = found.map((m) => ({ m, to: shiftMention(m, delta, year) }));
    // a title or date line moves whole; a date elsewhere is a document's date, not the report's period
    const movable = kind ? moved.filter((x) => x.to !== undefined && x.to !== x.m.text && (kind === 'date' || !x.m.inDate)) : [];
    if (movable.length) {
      let after = '';
      let at = 0;
      for (const x of movable) {
        after += b.text.slice(at, x.m.start) + x.to;
        at = x.m.end;
      }
      after += b.text.slice(at);
      for (const x of movable) lines.push({ location: { story: b.story, block: b.index, start: x.m.start, end: x.m.end }, expected: x.m.text, replacement: x.to ?? x.m.text, why: kind ?? 'title', before: b.text, after });
    }
    for (const x of moved) {
      if (movable.includes(x) || x.m.inDate) continue;
      const review: MentionForReview = { location: { story: b.story, block: b.index, start: x.m.start, end: x.m.end }, text: x.m.text, oldPeriod: mentionsPeriod(x.m, from, year) };
      if (x.to !== undefined && x.to !== x.m.text) review.suggestion = x.to;
      mentions.push(review);
    }
  }
  const plan: RollPlan = { from, to, refresh, missing, lines, mentions };
  if (input.oldData) {
    const proposal = proposeBindings(input.text, input.oldData, { bound: input.bound });
    plan.oldValues = proposal.candidates
      .filter((c) => c.rendered !== null && sameText(c.rendered, c.text))
      .map((c) => ({ location: c.location, text: c.text, label: `${c.label} (${periodLabel(input.oldData?.period ?? from)})` }));
  }
  return plan;
}
