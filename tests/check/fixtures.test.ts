/**
 * Acceptance on the whole labelled corpus (corpus/*.claims.json; corpus/README.md says where each
 * report comes from and its cold score): at least 95% of the labelled mistakes found and at least
 * 95% of the alarms right, over every report and form (.txt/.md and .docx).
 */
import { listCorpus, scoreReport, type FileScore } from '../../src/cli/corpus';
import { CORPUS } from './support';

const reports = listCorpus(CORPUS);

test('the corpus is large enough to say something: at least 4 reports with 15 mistakes', () => {
  const mistakes = reports.flatMap((r) => r.claims.filter((c) => !c.consistent));
  expect(reports.length).toBeGreaterThanOrEqual(4);
  expect(mistakes.length).toBeGreaterThanOrEqual(15);
});

test('recall and precision are at least 0.95 over the whole corpus', async () => {
  const rows: FileScore[] = [];
  for (const r of reports) rows.push(...(await scoreReport(r)));
  const found = rows.reduce((s, r) => s + r.found.length, 0);
  const total = rows.reduce((s, r) => s + r.found.length + r.missed.length, 0);
  const alarms = rows.reduce((s, r) => s + r.alarms, 0);
  const wrong = rows.reduce((s, r) => s + r.falseAlarms.length, 0);
  const detail = rows.flatMap((r) => [...r.missed.map((c) => `missed ${c.id} in ${r.file}`), ...r.falseAlarms.map((f) => `false alarm ${f.rule}: ${f.text} in ${r.file}`)]).join('\n');
  expect({ recall: found / total >= 0.95, precision: alarms === 0 || (alarms - wrong) / alarms >= 0.95, detail: found / total >= 0.95 && (alarms - wrong) / alarms >= 0.95 ? '' : detail }).toEqual({ recall: true, precision: true, detail: '' });
});
