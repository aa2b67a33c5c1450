/**
 * The binder on the real May report with the sample data, scored against the labels of
 * corpus/bind/001_9331be7396ee03da.bind.json (made by reading the report, not from the binder):
 * at least 90% of the bindable numbers bound, none bound wrongly, no number that disagrees with the
 * source bound, nothing bound that the labels do not call bindable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { proposeBindings } from '../../src/core/bind';
import { BindLabelsSchema, scoreBindings } from '../../src/core/bind/score';
import { loadPeriodDataFile } from '../../src/data/load-file';
import { readDocxText } from '../../src/docx/read-text';

const ROOT = path.join(__dirname, '..', '..');
const labels = BindLabelsSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'corpus', 'bind', '001_9331be7396ee03da.bind.json'), 'utf8')));

test('the May report: ≥ 90% of the bindable numbers bound, none wrongly', async () => {
  const doc = await readDocxText(readFileSync(path.join(ROOT, labels.report)));
  const data = await loadPeriodDataFile(path.join(ROOT, labels.data), labels.period);
  const proposal = proposeBindings(doc, data);
  const s = scoreBindings(labels, doc, proposal.candidates.filter((c) => c.sure));
  expect(s.notFound).toEqual([]);
  expect(s.bindable).toBe(48);
  expect(s.wrong).toEqual([]);
  expect(s.mismatchBound).toEqual([]);
  expect(s.unlabelled).toEqual([]);
  expect(s.bound / s.bindable).toBeGreaterThanOrEqual(0.9);
  // the report's own mistakes that name their indicator plainly are listed for review, with the source's number
  const review = proposal.candidates.filter((c) => !c.sure);
  for (const [block, text, source] of [
    [10, '78,4%', '78,3%'],
    [105, '139,91%', '39,91%'],
    [115, '17/30 thửa', '17/30 hồ sơ'],
  ] as const) {
    expect(review.find((c) => c.location.block === block && c.text === text)?.rendered).toBe(source);
  }
});

test('the score can fail: a binding to the wrong indicator, and one of a mistaken number, are counted', async () => {
  const doc = await readDocxText(readFileSync(path.join(ROOT, labels.report)));
  const data = await loadPeriodDataFile(path.join(ROOT, labels.data), labels.period);
  const proposal = proposeBindings(doc, data);
  const sure = proposal.candidates.filter((c) => c.sure);
  const lua = sure.find((c) => c.text === '509/650 ha')!;
  const wrong = { ...lua, spec: { ...lua.spec, indicators: ['ngo-xuan-he'] } };
  const mistaken = proposal.candidates.find((c) => c.text === '78,4%')!;
  const s = scoreBindings(labels, doc, [...sure.filter((c) => c !== lua), wrong, mistaken]);
  expect(s.wrong.map((w) => w.label.text)).toEqual(['509/650 ha']);
  expect(s.mismatchBound.map((w) => w.label.text)).toEqual(['78,4%']);
  expect(s.bound).toBe(s.bindable - 1);
});
