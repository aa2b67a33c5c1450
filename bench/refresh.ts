/**
 * npm run bench:refresh — syncs and time of "refresh all" through the Word adapter on the fake Word
 * API for 10, 100 and 1,000 figures, and the time of `baocao refresh` on a ~200-page .docx.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { refreshDocument } from '../src/core/figures';
import { WordDocument } from '../src/word/adapter';
import { MAY } from '../tests/docx/figure-doc';
import { FakeWord } from '../tests/word/fake-word';
import { manyFiguresDocx } from '../tests/word/many';

const host = { platform: 'PC', supported: { footnotes: true, customXml: true, fileAccess: true, tableCells: true } };

async function fakeWord(n: number): Promise<void> {
  const fake = await FakeWord.open(await manyFiguresDocx(n));
  const word = new WordDocument({ run: fake.run, host });
  const t0 = performance.now();
  const out = await refreshDocument(word, MAY, '2026-05');
  const ms = performance.now() - t0;
  const s0 = fake.syncs;
  await word.readText();
  console.log(`fake Word, ${String(n).padStart(5)} figures: refresh all ${s0} syncs, ${ms.toFixed(0)} ms, ${out.edits.length} edits; readText ${fake.syncs - s0} syncs`);
}

async function cli(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-refresh-'));
  try {
    // 400 figures with 14 filler paragraphs each: ~6,000 paragraphs, about 200 pages.
    const bytes = await manyFiguresDocx(400, 14);
    const input = path.join(dir, 'in.docx');
    writeFileSync(input, bytes);
    writeFileSync(path.join(dir, 'may.json'), JSON.stringify(MAY));
    const pdfPages = (): string => {
      try {
        const profile = mkdtempSync(path.join(tmpdir(), 'lo-'));
        execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'pipe', timeout: 300000 });
        rmSync(profile, { recursive: true, force: true });
        return /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, 'in.pdf')], { encoding: 'utf8' }))?.[1] ?? '?';
      } catch {
        return '?';
      }
    };
    const t0 = performance.now();
    execFileSync(process.execPath, [require.resolve('tsx/cli'), 'src/cli/main.ts', 'refresh', input, '--period', '2026-05', '--data', path.join(dir, 'may.json'), '-o', path.join(dir, 'out.docx')], { stdio: 'pipe' });
    const wall = performance.now() - t0;
    const { run } = await import('../src/cli/refresh');
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    const t1 = performance.now();
    await run([input, '--period', '2026-05', '--data', path.join(dir, 'may.json'), '-o', path.join(dir, 'out2.docx')]);
    const inProc = performance.now() - t1;
    process.stdout.write = write;
    console.log(`baocao refresh, ${(bytes.length / 1024).toFixed(0)} KB .docx, ${pdfPages()} pages (LibreOffice), 400 figures: ${wall.toFixed(0)} ms as a process (incl. tsx start-up), ${inProc.toFixed(0)} ms in-process`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  for (const n of [10, 100, 1000]) await fakeWord(n);
  await cli();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
