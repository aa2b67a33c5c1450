/**
 * The written numbers of a document, each with what surrounds it: its unit, the words before it (back
 * to the previous number of its clause) and after it, its sentence, its section heading, and for a
 * table cell its row label and column header. Dates, years and document numbers are not numbers here
 * (the checker's claim extraction leaves them out).
 */
import { claimsOf } from '../check/quantities';
import type { DocumentText, TextBlock } from '../document/text';
import type { VnNumber } from '../number';
import { fold } from '../text/fold';
import { syllables } from './words';

export interface Span {
  start: number;
  end: number;
}

export interface WrittenNumber {
  block: TextBlock;
  /** The number, or for "X/Y" its X. */
  n: VnNumber;
  /** For "X/Y": Y. */
  y?: VnNumber;
  /** The number(s) as written, without the unit. */
  start: number;
  end: number;
  /** After the unit written right behind the number ("509/650 ha"); `end` when there is none. */
  spanEnd: number;
  /** The unit as syllables (" ha ", " trieu dong "), " % " for a percentage, "  " for none. */
  unit: string;
  percent: boolean;
  sentence: Span;
  clause: Span;
  /** Syllables from the previous number of the clause (or its start) up to the number. */
  lead: string;
  /** The same, folded but not reduced, for the role words ("vượt", "tăng"…). */
  leadText: string;
  /** Folded text from the start of the clause to the number. */
  clauseLead: string;
  /** Syllables from the number (its unit included) to the next number or the clause's end. */
  tail: string;
  /** Syllables of the whole sentence and of the section heading above the block. */
  sentenceWords: string;
  heading: string;
  /** For a table cell: its row label and column header. */
  cellWords?: string;
}

function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?') && (i + 1 === text.length || /\s/.test(text[i + 1])) && !(c === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function isClauseBreak(text: string, i: number): boolean {
  const c = text[i];
  return c === ';' || (c === ':' && /\s/.test(text[i + 1] ?? ' ')) || (c === '.' && /\s/.test(text[i + 1] ?? ' ') && !/\d/.test(text[i - 1] ?? ''));
}

/** The clause around an offset: between the nearest ";", ": " or sentence end on either side. */
function clauseAround(text: string, at: number): Span {
  let start = at;
  while (start > 0 && !isClauseBreak(text, start - 1)) start--;
  let end = at;
  while (end < text.length && !isClauseBreak(text, end)) end++;
  return { start, end };
}

/** Where a unit written right after `end` stops: "ha", "triệu đồng" (the scale word may be in the number). */
function unitEnd(text: string, end: number, unit: string, scaleWord: string | undefined): number {
  const scale = scaleWord?.toLowerCase();
  const rest = scale && unit.startsWith(scale) ? unit.slice(scale.length).trim() : unit;
  if (!rest || rest === '%') return end;
  const tail = text.slice(end, end + rest.length + 2).toLowerCase();
  const i = tail.indexOf(rest);
  return i >= 0 && i <= 1 ? end + i + rest.length : end;
}

/** A claim of the checker's extraction: a number or an X/Y, with the unit written after it. */
type Raw = Pick<WrittenNumber, 'n' | 'y' | 'start' | 'end'> & { unit: string };

function tableWords(doc: DocumentText): Map<number, string> {
  const cells = new Map<string, TextBlock>();
  const key = (b: TextBlock, row: number, cell: number): string => `${b.story}|${b.footnoteId ?? ''}|${b.table?.table}|${row}|${cell}`;
  for (const b of doc.blocks) if (b.table && !cells.has(key(b, b.table.row, b.table.cell))) cells.set(key(b, b.table.row, b.table.cell), b);
  const out = new Map<number, string>();
  for (const b of doc.blocks) {
    if (!b.table) continue;
    const label = b.table.cell > 0 ? (cells.get(key(b, b.table.row, 0))?.text ?? '') : '';
    const header = b.table.row > 0 ? (cells.get(key(b, 0, b.table.cell))?.text ?? '') : '';
    out.set(b.index, `${label} | ${header}`);
  }
  return out;
}

/** A table cell's number written without its unit takes the unit its row label or header gives: "Lúa (ha)". */
function cellUnit(words: string | undefined): string {
  const m = words ? /\(([^)%]{1,20})\)/.exec(words) : null;
  return m ? m[1].trim().toLowerCase() : '';
}

export function writtenNumbers(doc: DocumentText): WrittenNumber[] {
  const out: WrittenNumber[] = [];
  const cells = tableWords(doc);
  let heading = '  ';
  for (const block of doc.blocks) {
    if (block.story === 'body' && block.headingLevel !== undefined) {
      heading = syllables(block.text);
      continue;
    }
    // footnotes follow the whole body: the last heading is not theirs
    if (block.story === 'footnote') heading = '  ';
    const text = block.text;
    if (!/\d/.test(text)) continue;
    const claims = claimsOf(block);
    const raws: Raw[] = [
      ...claims.quantities.map((q): Raw => ({ n: q.n, unit: q.unit, start: q.n.start, end: q.n.end })),
      ...claims.ratios.map((r): Raw => ({ n: r.x, y: r.y, unit: r.unit, start: r.start, end: r.end })),
    ].sort((a, b) => a.start - b.start);
    if (!raws.length) continue;
    const folded = fold(text);
    const same = folded.length === text.length;
    const foldedSlice = (a: number, b: number): string => (same ? folded.slice(a, b) : fold(text.slice(a, b)));
    const sentences = sentenceSpans(text);
    const cellWords = cells.get(block.index);
    const sentenceWords = new Map<number, string>();
    const ends = raws.map((r) => (r.n.percent || r.unit === '%' ? r.end : unitEnd(text, r.end, r.unit, (r.y ?? r.n).scaleWord)));
    raws.forEach((r, i) => {
      const sentence = sentences.find((s) => r.start >= s.start && r.start < s.end) ?? { start: 0, end: text.length };
      const clause = clauseAround(text, r.start);
      const percent = r.n.percent || r.unit === '%';
      const writtenUnit = percent ? '%' : r.unit || cellUnit(cellWords);
      const spanEnd = ends[i];
      const prevEnd = i > 0 ? ends[i - 1] : clause.start;
      const next = raws[i + 1];
      // the words before a number run back to the previous number's unit, not into it
      const leadFrom = Math.max(clause.start, prevEnd <= r.start ? prevEnd : clause.start, r.start - 120);
      const tailTo = Math.min(clause.end, next ? next.start : text.length, r.end + 60);
      const leadText = foldedSlice(leadFrom, r.start);
      const w: WrittenNumber = {
        block,
        n: r.n,
        start: r.start,
        end: r.end,
        spanEnd,
        unit: percent ? ' % ' : syllables(writtenUnit),
        percent,
        sentence,
        clause,
        lead: syllables(leadText),
        leadText,
        clauseLead: foldedSlice(clause.start, r.start),
        tail: syllables(text.slice(r.end, Math.max(r.end, tailTo))),
        sentenceWords: sentenceWords.get(sentence.start) ?? sentenceWords.set(sentence.start, syllables(text.slice(sentence.start, sentence.end))).get(sentence.start) ?? '',
        heading,
      };
      if (r.y) w.y = r.y;
      if (cellWords !== undefined) w.cellWords = syllables(cellWords);
      out.push(w);
    });
  }
  return out;
}
