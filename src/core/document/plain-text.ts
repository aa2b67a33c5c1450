/**
 * Reads a report written as plain text or Markdown into the document text model, so the checker
 * treats a .txt/.md exactly like a .docx:
 * - one block per non-empty line (Word exports one paragraph per line);
 * - Markdown pipe tables: one 'table' block per cell, with its table/row/cell;
 * - Markdown footnotes "[^1]: text" and references "[^1]";
 * - Word's text export: "[footnoteRef:N]" references and "[N: text]" footnote bodies, which may span
 *   several lines and sit in the middle of a body line.
 * Block text is the source text with footnote markers removed, so offsets point into what the user sees.
 */
import type { DocumentText, FootnoteRef, TextBlock } from './text';

interface Footnote {
  id: string;
  text: string;
}

const HEADING_ROMAN = /^\s*[IVX]+\.\s/;
const HEADING_NUMBERED = /^\s*\d+(?:\.\d+)*\.?\s+\S/;

function headingLevel(line: string): number | undefined {
  const md = /^(#{1,6})\s/.exec(line);
  if (md) return md[1].length;
  if (HEADING_ROMAN.test(line) && line.length < 160) return 1;
  if (HEADING_NUMBERED.test(line) && line.length < 160 && !/[.;:]\s*\S.*[.;]\s*$/.test(line.slice(0, -1))) {
    const depth = (/^\s*(\d+(?:\.\d+)*)/.exec(line)?.[1].split('.').length ?? 1) + 1;
    return depth;
  }
  return undefined;
}

/** Removes "[N: …]" footnote bodies (balanced brackets, may span lines) and collects them. */
function extractWordFootnotes(text: string, notes: Footnote[]): string {
  let out = '';
  let i = 0;
  const open = /\[(\d{1,4}):[ \t]+/g;
  while (i < text.length) {
    open.lastIndex = i;
    const m = open.exec(text);
    if (!m) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, m.index);
    let depth = 1;
    let j = m.index + m[0].length;
    while (j < text.length && depth > 0) {
      const c = text[j];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      j++;
    }
    if (depth !== 0) {
      // Unbalanced to the end: not a footnote body; keep the rest as it is (and stay linear).
      out += text.slice(m.index);
      break;
    }
    notes.push({ id: m[1], text: text.slice(m.index + m[0].length, j - 1) });
    i = j;
  }
  return out;
}

function isTableRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

function isTableRule(line: string): boolean {
  return /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/.test(line);
}

function splitCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((c) => c.trim());
}

export function readPlainText(source: string): DocumentText {
  const notes: Footnote[] = [];
  const normalized = source.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const withoutWordNotes = extractWordFootnotes(normalized, notes);
  const lines = withoutWordNotes.split('\n');
  const blocks: TextBlock[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  let tableIndex = -1;
  let row = 0;
  let inTable = false;
  for (const rawLine of lines) {
    const md = /^\[\^([^\]\s]+)\]:\s?(.*)$/.exec(rawLine);
    if (md) {
      notes.push({ id: md[1], text: md[2] });
      inTable = false;
      continue;
    }
    const refs: Array<{ id: string; offset: number }> = [];
    // Drop the marks, remembering where each stood in the text that is left.
    let removed = 0;
    const line = rawLine.replace(/[ \t]{0,3}\[footnoteRef:(\d+)\]|\[\^([^\]\s]+)\]/g, (mark: string, word: string | undefined, md: string | undefined, at: number) => {
      refs.push({ id: word ?? md ?? '', offset: at - removed });
      removed += mark.length;
      return '';
    });
    if (isTableRow(line)) {
      if (!inTable) {
        tableIndex++;
        row = 0;
        inTable = true;
      }
      if (isTableRule(line)) continue;
      splitCells(line).forEach((cell, c) => {
        blocks.push({ index: blocks.length, story: 'table', text: cell, table: { table: tableIndex, row, cell: c } });
      });
      row++;
      continue;
    }
    inTable = false;
    if (line.trim() === '') continue;
    const level = headingLevel(line);
    const block: TextBlock = { index: blocks.length, story: 'body', text: line };
    for (const r of refs) footnoteRefs.push({ id: r.id, block: block.index, offset: r.offset });
    if (level !== undefined) block.headingLevel = level;
    blocks.push(block);
  }
  for (const note of notes) {
    for (const part of note.text.split('\n')) {
      if (part.trim() === '') continue;
      blocks.push({ index: blocks.length, story: 'footnote', text: part, footnoteId: note.id });
    }
  }
  return { blocks, footnoteRefs };
}
