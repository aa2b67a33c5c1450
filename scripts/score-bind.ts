/**
 * npx tsx scripts/score-bind.ts [corpus/bind/NAME.bind.json …] — binds each labelled report with its
 * data file, as `baocao bind` does (only the sure candidates), and prints bound / wrongly bound / left.
 * Exit 1 when anything is bound wrongly or below 90% of the bindable numbers are bound.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { proposeBindings } from '../src/core/bind';
import { BindLabelsSchema, scoreBindings } from '../src/core/bind/score';
import { loadPeriodDataFile } from '../src/data/load-file';
import { readDocxText } from '../src/docx/read-text';

const ROOT = path.resolve(__dirname, '..');

async function main(): Promise<number> {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const verbose = process.argv.includes('-v');
  const list = files.length ? files : readdirSync(path.join(ROOT, 'corpus', 'bind')).filter((f) => f.endsWith('.bind.json')).map((f) => path.join(ROOT, 'corpus', 'bind', f));
  let failed = false;
  for (const file of list) {
    const labels = BindLabelsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const doc = await readDocxText(readFileSync(path.join(ROOT, labels.report)));
    const data = await loadPeriodDataFile(path.join(ROOT, labels.data), labels.period);
    const proposal = proposeBindings(doc, data);
    const bound = proposal.candidates.filter((c) => c.sure);
    const s = scoreBindings(labels, doc, bound);
    const pct = s.bindable ? (100 * s.bound) / s.bindable : 100;
    const wrong = s.wrong.length + s.mismatchBound.length + s.unlabelled.length;
    console.log(`${path.basename(file)}: ${s.bindable} bindable — bound ${s.bound} (${pct.toFixed(1)}%), wrong ${wrong}, left ${s.left.length}; ${proposal.candidates.length - bound.length} listed for review, ${proposal.unmatched.length} matched nothing, of ${proposal.numbers} numbers`);
    for (const w of s.wrong) console.log(`  WRONG  block ${w.label.block} “${w.label.text}”: ${w.got.spec.kind} ${w.got.spec.indicators.join('+')} (${w.got.spec.basis ?? 'value'}), label ${w.label.kind} ${w.label.indicators.join('+')} (${w.label.basis ?? 'value'})`);
    for (const w of s.mismatchBound) console.log(`  BOUND DESPITE MISMATCH  block ${w.label.block} “${w.label.text}”`);
    for (const b of s.unlabelled) console.log(`  UNLABELLED  block ${b.location.block} “${b.text}”: ${b.spec.kind} ${b.spec.indicators.join('+')}`);
    for (const l of s.notFound) console.log(`  LABEL NOT FOUND  block ${l.block} “${l.text}”`);
    if (verbose) for (const l of s.left) console.log(`  left   block ${l.block} “${l.text}”: ${l.kind} ${l.indicators.join('+')}`);
    if (verbose) for (const c of proposal.candidates.filter((x) => !x.sure)) console.log(`  review block ${c.location.block} “${c.text}” ${c.label} (${c.confidence}): ${c.reason}`);
    if (wrong > 0 || pct < 90 || s.notFound.length) failed = true;
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err);
    process.exitCode = 2;
  },
);
