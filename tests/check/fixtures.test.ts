/**
 * Acceptance on the whole labelled corpus (corpus/*.claims.json; corpus/README.md says where each
 * report comes from and its cold score), over every report and form (.txt/.md and .docx).
 * The goal of issue 9 is recall and precision of 0.95. Precision is held there; recall is held at
 * what the checker reaches today (a ratchet: raise it as the checker improves; it is lowered only
 * when a batch labelled blind joins the corpus, to what the checker then reaches on the whole, or when
 * the scorer grows stricter: since batch G a finding counts only where the quote is written, which took
 * the whole corpus from 0,737 to 0,583 without a change to the checker).
 */
const RECALL_FLOOR = 0.69;
const PRECISION_FLOOR = 0.95;
import { listCorpus, scoreReport, type FileScore } from '../../src/cli/corpus';
import { CORPUS } from './support';

const reports = listCorpus(CORPUS);

test('the corpus is large enough to say something: at least 10 reports, 350 claims, 60 mistakes', () => {
  const claims = reports.flatMap((r) => r.claims);
  expect(reports.length).toBeGreaterThanOrEqual(10);
  expect(claims.length).toBeGreaterThanOrEqual(350);
  expect(claims.filter((c) => !c.consistent).length).toBeGreaterThanOrEqual(60);
});

test(`recall at least ${RECALL_FLOOR} and precision at least ${PRECISION_FLOOR} over the whole corpus`, async () => {
  const rows: FileScore[] = [];
  for (const r of reports) rows.push(...(await scoreReport(r)));
  const found = rows.reduce((s, r) => s + r.found.length, 0);
  const total = rows.reduce((s, r) => s + r.found.length + r.missed.length, 0);
  const alarms = rows.reduce((s, r) => s + r.alarms, 0);
  const wrong = rows.reduce((s, r) => s + r.falseAlarms.length, 0);
  const detail = rows.flatMap((r) => [...r.missed.map((c) => `missed ${c.id} in ${r.file}`), ...r.falseAlarms.map((f) => `false alarm ${f.rule}: ${f.text} in ${r.file}`)]).join('\n');
  const recall = found / total;
  const precision = alarms === 0 ? 1 : (alarms - wrong) / alarms;
  const pass = recall >= RECALL_FLOOR && precision >= PRECISION_FLOOR;
  expect({ recall: recall >= RECALL_FLOOR, precision: precision >= PRECISION_FLOOR, detail: pass ? '' : detail }).toEqual({ recall: true, precision: true, detail: '' });
});
