/**
 * `npm run bench:check`: speed of the consistency check over the corpus. Prints the time per report,
 * the throughput over the corpus repeated to at least 5 MB, and how time grows with size (linear is
 * the goal: a 60 KB report in under 10 ms).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument } from '../src/core/check';
import { readPlainText } from '../src/core/document/plain-text';

const CORPUS = path.resolve(__dirname, '..', 'corpus');
const reports = ['000_306bd0586b3c5796.txt', '001_9331be7396ee03da.txt'].map((f) => readFileSync(path.join(CORPUS, f), 'utf8'));

/**
 * The median of single runs, after a warm-up: the pane checks the report again at every change, so the
 * compiled steady state is what a user waits for (V8 takes some forty runs of a report to get there: the first
 * report measured after ten showed twice its later time); the median keeps another process on this shared
 * machine from counting (the mean is printed too).
 */
function time(fn: () => void, runs: number): number {
  for (let i = 0; i < 10; i++) fn();
  const each: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    each.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  each.sort((a, b) => a - b);
  lastMean = each.reduce((a, b) => a + b, 0) / each.length;
  return each[Math.floor(each.length / 2)];
}
let lastMean = 0;

function sized(bytes: number): string {
  const base = reports.join('\n');
  let text = base;
  while (Buffer.byteLength(text) < bytes) text += `\n${base}`;
  return text;
}

const kb = (s: string): string => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;

// the warm-up: every report, until the compiler has settled
const warmUntil = Date.now() + 2000;
while (Date.now() < warmUntil) for (const r of reports) checkDocument(readPlainText(r));

for (const [i, r] of reports.entries()) {
  const ms = time(() => checkDocument(readPlainText(r)), 50);
  console.log(`report ${i} (${kb(r)}): ${ms.toFixed(2)} ms per check (median; mean ${lastMean.toFixed(2)})`);
}
const sixty = reports[1] + '\n' + reports[0].slice(0, 61440 - Buffer.byteLength(reports[1]));
const sixtyMs = time(() => checkDocument(readPlainText(sixty)), 50);
console.log(`60 KB report (${kb(sixty)}): ${sixtyMs.toFixed(2)} ms per check (median; mean ${lastMean.toFixed(2)}; goal < 10 ms)`);

const big = sized(5 * 1024 * 1024);
const bigMs = time(() => checkDocument(readPlainText(big)), 3);
console.log(`corpus repeated to ${(Buffer.byteLength(big) / 1024 / 1024).toFixed(1)} MB: ${bigMs.toFixed(0)} ms, ${(Buffer.byteLength(big) / 1024 / 1024 / (bigMs / 1000)).toFixed(1)} MB/s`);

console.log('growth (time per KB should stay flat):');
for (const size of [64, 256, 1024, 4096]) {
  const text = sized(size * 1024);
  const ms = time(() => checkDocument(readPlainText(text)), size > 1024 ? 3 : 10);
  console.log(`  ${kb(text).padStart(8)}: ${ms.toFixed(1).padStart(8)} ms  (${((ms / Buffer.byteLength(text)) * 1024 * 1000).toFixed(1)} µs/KB)`);
}
