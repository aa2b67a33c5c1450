/**
 * npm run bench:bind — binding and rolling a ~200-page report in-process: the real May report's body
 * repeated twelve times (its footnote marks kept once), bound with the sample data of May and rolled to
 * June on the .docx adapter, each step timed, twice (the first run pays for the JIT); then the Word
 * adapter's syncs on the fake Word for 10 and 1,000 numbers bound. Prints figures; asserts nothing.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import JSZip from 'jszip';
import { proposeBindings } from '../src/core/bind';
import { applyRoll, readRollPlan } from '../src/core/roll';
import { loadPeriodDataFile } from '../src/data/load-file';
import { DocxDocument } from '../src/docx/adapter';
import { WordDocument } from '../src/word/adapter';
import { buildDocx } from '../tests/docx/build';
import { FakeWord } from '../tests/word/fake-word';

const ROOT = path.resolve(__dirname, '..');
const SEED = path.join(ROOT, 'data', 'seed', 'lung-phinh-2026.json');

/** The May report with its body `times` times over. */
async function longReport(times: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(ROOT, 'corpus', '001_9331be7396ee03da.docx')));
  const xml = await zip.file('word/document.xml')!.async('string');
  const open = xml.indexOf('>', xml.indexOf('<w:body')) + 1;
  const sect = xml.lastIndexOf('<w:sectPr');
  const body = xml.slice(open, sect);
  const copy = body.replace(/<w:r>(?:(?!<\/w:r>).)*?<w:footnoteReference[^>]*\/>(?:(?!<\/w:r>).)*?<\/w:r>/gs, '');
  zip.file('word/document.xml', xml.slice(0, open) + body + copy.repeat(times - 1) + xml.slice(sect));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function pages(file: string, dir: string): string {
  try {
    const profile = mkdtempSync(path.join(tmpdir(), 'lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 300000 });
    rmSync(profile, { recursive: true, force: true });
    return /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' }))?.[1] ?? '?';
  } catch {
    return '?';
  }
}

async function docx(times: number, run: string, countPages: boolean): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-bind-'));
  try {
    const bytes = await longReport(times);
    const file = path.join(dir, 'long.docx');
    writeFileSync(file, bytes);
    const [may, june] = await Promise.all([loadPeriodDataFile(SEED, '2026-05'), loadPeriodDataFile(SEED, '2026-06')]);
    const lap = (() => {
      let t = performance.now();
      return (): number => {
        const now = performance.now();
        const d = now - t;
        t = now;
        return d;
      };
    })();
    lap();
    const doc = await DocxDocument.open(bytes);
    const tOpen = lap();
    const text = await doc.readText();
    const proposal = proposeBindings(text, may, { bound: await doc.boundSpans() });
    const tPropose = lap();
    const bound = await doc.bindFigures(proposal.candidates.filter((c) => c.sure));
    const tBind = lap();
    const plan = await readRollPlan(doc, '2026-05', '2026-06', june, may);
    const tPlan = lap();
    const outcome = await applyRoll(doc, plan);
    const tApply = lap();
    const out = await doc.save();
    const tSave = lap();
    writeFileSync(path.join(dir, 'june.docx'), out);
    const bindMs = tPropose + tBind;
    const rollMs = tPlan + tApply;
    console.log(
      `${run}: .docx, ${(bytes.length / 1024).toFixed(0)} KB, ${text.blocks.length} blocks${countPages ? `, ${pages(file, dir)} pages (LibreOffice)` : ''}: ` +
        `open ${tOpen.toFixed(0)} ms; bind ${(tPropose + tBind).toFixed(0)} ms (propose ${tPropose.toFixed(0)} for ${proposal.numbers} numbers, wrap ${tBind.toFixed(0)} for ${bound.bound.length} figures); ` +
        `roll to June ${rollMs.toFixed(0)} ms (plan ${tPlan.toFixed(0)}, write ${tApply.toFixed(0)}: ${outcome.figures.applied.length} figures, ${outcome.lines.filter(Boolean).length} lines); ` +
        `bind + roll ${(bindMs + rollMs).toFixed(0)} ms; with opening and saving ${(tOpen + bindMs + rollMs + tSave).toFixed(0)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function fakeWord(n: number): Promise<void> {
  const body = Array.from({ length: n / 2 }, (_, i) => ({ pieces: [`Thôn ${i + 1}: diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,3% kế hoạch.`] }));
  const fake = await FakeWord.open(await buildDocx({ body }));
  const word = new WordDocument({ run: fake.run, host: { platform: 'PC', supported: { footnotes: true, customXml: true, fileAccess: true, tableCells: true } } });
  const may = await loadPeriodDataFile(SEED, '2026-05');
  const s0 = fake.syncs;
  const text = await word.readText();
  const spans = await word.boundSpans();
  const proposal = proposeBindings(text, may, { bound: spans });
  const s1 = fake.syncs;
  const t = performance.now();
  const r = await word.bindFigures(proposal.candidates.filter((c) => c.sure));
  const ms = performance.now() - t;
  console.log(`fake Word, ${String(n).padStart(5)} numbers: read ${s1 - s0} syncs; bind ${fake.syncs - s1} syncs (${r.bound.length} figures, ${ms.toFixed(0)} ms in the fake)`);
}

async function main(): Promise<void> {
  await docx(12, 'first run', true);
  await docx(12, 'second run', false);
  for (const n of [10, 1000]) await fakeWord(n);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
