/**
 * Writes corpus/NAME.docx from corpus/NAME.md, so a report written for the corpus exists as a real Word
 * file with the very same text: "#" lines become Heading 1…4 paragraphs, pipe tables real Word tables,
 * "[^N]" marks real footnote references and "[^N]: …" lines the footnotes (footnotes.xml).
 *
 *   npx tsx scripts/corpus/make-docx.ts                 # every corpus/written-*.md
 *   npx tsx scripts/corpus/make-docx.ts written-x       # one
 *   npx tsx scripts/corpus/make-docx.ts --check         # write nothing; verify the .docx files on disk
 *
 * After writing (or with --check), each .docx is read back with the project's reader and compared with
 * the Markdown as the plain-text reader sees it, block by block (story, text, table cell, footnote,
 * where each footnote mark sits); and every quote of NAME.claims.json must lie inside one block of the
 * .docx. Exits 1 on any difference.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import { z } from 'zod';
import { readPlainText } from '../../src/core/document/plain-text';
import type { DocumentText } from '../../src/core/document/text';
import { readDocxText } from '../../src/docx/read-text';
import { CORPUS_DIR } from './generate';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const FOOTNOTE_DEF = /^\[\^(\d+)\]:\s?(.*)$/;
const FOOTNOTE_MARK = /\[\^(\d+)\]/g;
const HEADING = /^(#{1,4})\s+(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|(?:\s*:?-{2,}:?\s*\|)+\s*$/;
/** Half-points: 13 pt for the text, 10,5 pt in tables, as commune reports are set. */
const TEXT_SIZE = 26;
const TABLE_SIZE = 21;
/** Twips (1 cm = 567): the margins of an administrative document (top, bottom 2 cm; left 3 cm; right 1,5 cm). */
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 851 };
const PAGE = { width: 11906, height: 16838 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** A line's text as runs: plain text, and a footnote reference where "[^N]" stands. */
function runs(text: string, style: { bold?: boolean; size?: number } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let at = 0;
  for (const m of text.matchAll(FOOTNOTE_MARK)) {
    const index = m.index ?? 0;
    if (index > at) out.push(new TextRun({ text: text.slice(at, index), ...style }));
    out.push(new FootnoteReferenceRun(Number(m[1])));
    at = index + m[0].length;
  }
  if (at < text.length) out.push(new TextRun({ text: text.slice(at), ...style }));
  return out;
}

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/**
 * Column widths in twips: a column of figures gets what its longest figure needs at 10,5 pt, even in a wider substitute font (so that
 * 12.850.000 stays on one line), the label columns share the rest by the length of their text.
 */
function columnWidths(rows: string[][], columns: number): number[] {
  const body = rows.slice(1);
  const longest = (c: number): number => Math.max(1, ...body.map((r) => (r[c] ?? '').length));
  const numeric = (c: number): boolean => body.every((r) => /^[\d.,%\s-]*$/.test(r[c] ?? ''));
  const fixed = Array.from({ length: columns }, (_, c) => (numeric(c) ? 135 * Math.max(longest(c), 5) + 240 : 0));
  const rest = TEXT_WIDTH - fixed.reduce((a, b) => a + b, 0);
  const weights = fixed.map((f, c) => (f ? 0 : Math.min(40, longest(c))));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return fixed.map((f, c) => f || Math.max(700, Math.floor((rest * weights[c]) / total)));
}

function table(lines: string[]): Table {
  const rows = lines.filter((l) => !TABLE_RULE.test(l)).map(cells);
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = columnWidths(rows, columns);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map((r, i) => new TableRow({
      tableHeader: i === 0,
      children: widths.map((w, c) => new TableCell({ width: { size: w, type: WidthType.DXA }, children: [new Paragraph({ children: runs(r[c] ?? '', { bold: i === 0, size: TABLE_SIZE }) })] })),
    })),
  });
}

/** The Word document of a Markdown report (headings, paragraphs, pipe tables, footnotes). */
export function markdownToDocument(md: string): Document {
  const lines = md.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n');
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const children: Array<Paragraph | Table> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const def = FOOTNOTE_DEF.exec(line);
    if (def) {
      footnotes[Number(def[1])] = { children: [new Paragraph({ children: runs(def[2]) })] };
      continue;
    }
    if (TABLE_ROW.test(line)) {
      const rows: string[] = [];
      while (i < lines.length && TABLE_ROW.test(lines[i])) rows.push(lines[i++]);
      i--;
      children.push(table(rows));
      continue;
    }
    if (line.trim() === '') continue;
    const h = HEADING.exec(line);
    if (h) children.push(new Paragraph({ heading: HEADINGS[h[1].length - 1], children: runs(h[2]) }));
    else children.push(new Paragraph({ children: runs(line) }));
  }
  return new Document({
    creator: 'Báo cáo corpus',
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: TEXT_SIZE }, paragraph: { spacing: { after: 60 } } },
        ...Object.fromEntries([1, 2, 3, 4].map((n) => [`heading${n}`, { run: { font: 'Times New Roman', size: TEXT_SIZE, bold: true, italics: n === 4, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 } } }])),
      },
    },
    footnotes,
    sections: [{ properties: { page: { size: PAGE, margin: MARGIN } }, children }],
  });
}

/** The plain-text reader's blocks with the Markdown heading marks taken off, as a .docx shows them. */
function comparable(doc: DocumentText): string[] {
  const refs = (doc.footnoteRefs ?? []).map((r) => `ref ${r.id} @${r.block}:${r.offset}`);
  const blocks = doc.blocks.map((b) => {
    const text = b.story === 'body' ? b.text.replace(/^#{1,6}\s+/, '') : b.text;
    const where = b.table ? ` t${b.table.table}r${b.table.row}c${b.table.cell}` : b.footnoteId ? ` fn${b.footnoteId}` : '';
    return `${b.story}${where}: ${text.trim()}`;
  });
  return [...blocks, ...refs];
}

/** Heading offsets shift by the removed "## ": compare marks by block and offset within the shown text. */
function shiftRefs(md: DocumentText): DocumentText {
  const cut = new Map(md.blocks.map((b) => [b.index, b.story === 'body' ? (/^#{1,6}\s+/.exec(b.text)?.[0].length ?? 0) : 0]));
  return { ...md, footnoteRefs: (md.footnoteRefs ?? []).map((r) => ({ ...r, offset: r.offset - (cut.get(r.block) ?? 0) })) };
}

/** One fixed time for the package's dates, so that writing the same .md again gives the same bytes. */
const FIXED_DATE = new Date('2026-11-01T00:00:00Z');

async function reproducible(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)/g, `$1${FIXED_DATE.toISOString().replace(/\.\d{3}Z$/, 'Z')}$2`);
    zip.file('docProps/core.xml', xml);
  }
  zip.forEach((_, file) => { file.date = FIXED_DATE; });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A quote written as a table row's cells ("| Cộng | 172 | 266 |") lies in one row when neighbouring cells of a row hold them, in order. */
function inOneRow(doc: DocumentText, quote: string): boolean {
  if (!quote.includes('|')) return false;
  const cells = quote.split('|').map((c) => c.trim()).filter((c) => c !== '');
  const rows = new Map<string, string[]>();
  for (const b of doc.blocks) if (b.table) {
    const key = `${b.story}:${b.table.table}:${b.table.row}`;
    rows.set(key, [...(rows.get(key) ?? []), b.text.trim()]);
  }
  // (an empty cell is no block to compare: "| Tổng cộng | | 554 |" is the row's cells with text)
  return [...rows.values()].map((row) => row.filter((t) => t !== '')).some((row) => row.some((_, i) => cells.every((c, j) => (j === 0 ? row[i + j]?.endsWith(c) : j === cells.length - 1 ? row[i + j]?.startsWith(c) : row[i + j] === c))));
}

const QuotesSchema = z.array(z.object({ id: z.string(), quote: z.array(z.string()) }));

export async function verify(name: string): Promise<string[]> {
  const problems: string[] = [];
  const mdText = readFileSync(path.join(CORPUS_DIR, `${name}.md`), 'utf8');
  const docxFile = path.join(CORPUS_DIR, `${name}.docx`);
  if (!existsSync(docxFile)) return [`${name}: no .docx`];
  const docx = await readDocxText(new Uint8Array(readFileSync(docxFile)));
  const want = comparable(shiftRefs(readPlainText(mdText)));
  const got = comparable(docx);
  const n = Math.max(want.length, got.length);
  for (let i = 0; i < n; i++) {
    if (want[i] !== got[i]) {
      problems.push(`${name}: block ${i} differs\n  .md:   ${want[i] ?? '(none)'}\n  .docx: ${got[i] ?? '(none)'}`);
      if (problems.length > 5) break;
    }
  }
  const claimsFile = path.join(CORPUS_DIR, `${name}.claims.json`);
  if (existsSync(claimsFile)) {
    const claims = QuotesSchema.parse(JSON.parse(readFileSync(claimsFile, 'utf8')));
    for (const c of claims) {
      // (a Markdown footnote mark is a reference in the .docx, not text: "tổng 74 thành viên[^2]")
      for (const quote of c.quote) {
        const q = quote.replace(/\[\^\d+\]/g, '');
        if (!docx.blocks.some((b) => b.text.includes(q)) && !inOneRow(docx, q)) problems.push(`${name} ${c.id}: quote not inside one .docx block: "${q}"`);
      }
    }
  }
  return problems;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const checkOnly = args.includes('--check');
  const given = args.filter((a) => !a.startsWith('--'));
  const names = given.length
    ? given
    : readdirSync(CORPUS_DIR).filter((f) => f.startsWith('written-') && f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
  let failed = false;
  for (const name of names) {
    if (!checkOnly) {
      const md = readFileSync(path.join(CORPUS_DIR, `${name}.md`), 'utf8');
      writeFileSync(path.join(CORPUS_DIR, `${name}.docx`), await reproducible(await Packer.toBuffer(markdownToDocument(md))));
    }
    const problems = await verify(name);
    for (const p of problems) console.error(`✗ ${p}`);
    if (problems.length) failed = true;
    console.log(`${name}.docx: ${problems.length ? `${problems.length} problems` : 'same text as the .md, every quote inside'}${checkOnly ? '' : ' (written)'}`);
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  main().then((code) => process.exit(code), (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  });
}
