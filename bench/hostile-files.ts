/**
 * `npm run bench:hostile`: the files an attacker (or a careless user) sends, built here, each read by
 * the real code in its own process: time to answer, peak RSS of that process, the longest the event
 * loop was held. Goal: every hostile file refused in under a second and under 400 MB, with a
 * Vietnamese reason; the event loop never held for long by an import.
 * The bombs are cached in $TMPDIR/baocao-bombs (a 3 GB document.xml takes a while to deflate).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DOC_HEAD, DOC_TAIL, docxWith, HEADER_ROW, millionRows, monthlyRows, paragraphs, SHEET_HEAD, SHEET_TAIL, xlsxWith } from '../tests/support/hostile-zip';

const DIR = path.join(os.tmpdir(), 'baocao-bombs');
const GB = 1024;

interface Case {
  name: string;
  file: string;
  kind: 'docx' | 'import';
  times?: number;
  build(): Promise<Buffer>;
}

const spaces = (mb: number) => ({ head: SHEET_HEAD + HEADER_ROW, body: ' '.repeat(1024), times: mb * 1024, tail: SHEET_TAIL });
const letters = (mb: number) => ({ head: `${DOC_HEAD}<w:p><w:r><w:t>`, body: 'a'.repeat(1024), times: mb * 1024, tail: `</w:t></w:r></w:p>${DOC_TAIL}` });

const CASES: Case[] = [
  { name: 'XLSX, 1 000 000 rows', file: 'rows-1m.xlsx', kind: 'import', build: () => xlsxWith(millionRows(1_000_000)) },
  { name: 'XLSX, 1 000 000 rows, eight at once', file: 'rows-1m.xlsx', kind: 'import', times: 8, build: () => xlsxWith(millionRows(1_000_000)) },
  { name: 'XLSX, 300 000 rows (under the size limit)', file: 'rows-300k.xlsx', kind: 'import', build: () => xlsxWith(millionRows(300_000)) },
  { name: 'XLSX bomb, 1 GB of spaces, honest sizes', file: 'spaces-1g.xlsx', kind: 'import', build: () => xlsxWith(spaces(GB)) },
  { name: 'XLSX bomb, 1 GB of spaces, says 1 KB', file: 'spaces-1g-lying.xlsx', kind: 'import', build: () => xlsxWith(spaces(GB), { declaredSize: 1024 }) },
  { name: 'XLSX, 5 000 rows (an ordinary large sheet)', file: 'rows-5k.xlsx', kind: 'import', build: () => xlsxWith(monthlyRows(5_000)) },
  { name: 'XLSX, 20 000 rows (the row limit)', file: 'rows-20k.xlsx', kind: 'import', build: () => xlsxWith(monthlyRows(20_000)) },
  { name: '.docx bomb, 3 GB document.xml, honest sizes', file: 'letters-3g.docx', kind: 'docx', build: () => docxWith(letters(3 * GB)) },
  { name: '.docx bomb, 3 GB document.xml, says 1 KB', file: 'letters-3g-lying.docx', kind: 'docx', build: () => docxWith(letters(3 * GB), { declaredSize: 1024 }) },
  { name: '.docx, 2 000 paragraphs (a long report)', file: 'paragraphs-2k.docx', kind: 'docx', build: () => docxWith(paragraphs(2000)) },
];

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const only = process.argv[2];
  console.log(`${'case'.padEnd(46)} ${'file'.padStart(8)} ${'time'.padStart(8)} ${'peak RSS'.padStart(9)} ${'loop held'.padStart(10)}  outcome`);
  for (const c of CASES) {
    if (only && !c.name.toLowerCase().includes(only.toLowerCase())) continue;
    const file = path.join(DIR, c.file);
    if (!existsSync(file)) writeFileSync(file, await c.build());
    const run = spawnSync(path.join(__dirname, '..', 'node_modules', '.bin', 'tsx'), [path.join(__dirname, 'hostile-target.ts'), c.kind, file, String(c.times ?? 1)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const line = run.stdout.trim().split('\n').pop() ?? '';
    let r: { ms: number; rssMB: number; loopMaxMs: number; outcome: string };
    try {
      r = JSON.parse(line) as typeof r;
    } catch {
      console.log(`${c.name.padEnd(46)} the process died (status ${run.status}, ${run.signal ?? ''}): ${run.stderr.trim().split('\n').slice(-2).join(' ')}`);
      continue;
    }
    const size = `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
    console.log(`${c.name.padEnd(46)} ${size.padStart(8)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(8)} ${`${r.rssMB} MB`.padStart(9)} ${`${r.loopMaxMs} ms`.padStart(10)}  ${r.outcome}`);
  }
}

void main();
