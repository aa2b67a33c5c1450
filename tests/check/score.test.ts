/**
 * The scorer (`baocao score`): a labelled mistake is found when an alarm's text overlaps one of its
 * quotes; an alarm that overlaps none is a false alarm; info findings are not alarms.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pointsAt, scoreFindings, type Claim } from '../../src/core/check/score';
import { ROOT } from './support';
import { layoutOf } from '../../src/cli/corpus';
import { readPlainText } from '../../src/core/document/plain-text';
import type { Finding } from '../../src/core/check';

const claim = (over: Partial<Claim>): Claim => ({ doc: 'r.txt', id: 'c', kind: 'ratio_percent', quote: ['đạt 509/650 ha, bằng 78,4% kế hoạch'], stated: '78,4%', expected: '78,3%', consistent: false, ...over });

test('a finding inside a quote points at it only when it holds a digit', () => {
  expect(pointsAt('78,4%', 'đạt 509/650 ha, bằng 78,4% kế hoạch')).toBe(true);
  expect(pointsAt('kế hoạch', 'đạt 509/650 ha, bằng 78,4% kế hoạch')).toBe(false);
  expect(pointsAt('95%', 'đạt 509/650 ha, bằng 78,4% kế hoạch')).toBe(false);
});

test('a finding on the whole of a quote points at it, even a quote with no digit', () => {
  expect(pointsAt('– Học vấn:', '– Học vấn:')).toBe(true);
  expect(pointsAt('Học vấn', '– Học vấn:')).toBe(false);
});

test('a finding that contains the quote points at it unless it is far longer', () => {
  expect(pointsAt('bằng 78,4%', '78,4%')).toBe(true);
  expect(pointsAt(`${'x'.repeat(40)} 78,4%`, '78,4%')).toBe(false);
});

test('a figure inside a larger one does not point at it', () => {
  expect(pointsAt('12', 'đầu năm có 412 triệu đồng')).toBe(false);
  expect(pointsAt('2', 'tỷ lệ 2,5%')).toBe(false);
  expect(pointsAt('2,5', 'tỷ lệ 2,5%')).toBe(true);
  expect(pointsAt('412', 'đầu năm có 412 triệu đồng; còn 12 triệu')).toBe(true);
});

test('with the report at hand, a finding points at a quote only where the quote is written', async () => {
  const text = 'Có 2 giáo viên chưa đạt chuẩn.\nTrong năm bỏ học 2 em, tỷ lệ 0,22%.';
  const doc = readPlainText(text);
  const dropouts = claim({ id: 'd', quote: ['bỏ học 2 em'], stated: '2', expected: '0' });
  const at = (block: number, start: number): Finding => ({ rule: 'contradiction', severity: 'warning', kind: 'possible', message: 'm', text: '2', stated: '2', expected: '0', location: { story: 'body', block, start, end: start + 1 } });
  const teachers = at(0, text.indexOf('2'));
  const pupils = at(1, doc.blocks[1].text.indexOf('2 em'));
  expect(scoreFindings([dropouts], [teachers], layoutOf(doc)).found).toEqual([]);
  expect(scoreFindings([dropouts], [pupils], layoutOf(doc)).found.map((c) => c.id)).toEqual(['d']);
  // without the report, the text alone decides
  expect(scoreFindings([dropouts], [teachers]).found.map((c) => c.id)).toEqual(['d']);
});

test('markdown footnote marks and table pipes do not stop a match', () => {
  expect(pointsAt('| Lúa | 650 | 509 | 78,4 |', 'Lúa 650 509 78,4')).toBe(true);
  expect(pointsAt('78,4%[^2]', 'bằng 78,4% kế hoạch')).toBe(true);
});

test('recall, precision, misses and false alarms', () => {
  const claims = [claim({ id: 'a' }), claim({ id: 'b', quote: ['vượt 139,91%'], stated: '139,91%' }), claim({ id: 'ok', quote: ['bằng 95% kế hoạch'], consistent: true })];
  const r = scoreFindings(claims, [
    { severity: 'error', text: '78,4%' },
    { severity: 'warning', text: '95%' },
    { severity: 'info', text: '139,91%' },
    { severity: 'error', text: 'tóm tắt: 78,4% kế hoạch' },
  ]);
  expect(r.found.map((c) => c.id)).toEqual(['a']);
  expect(r.missed.map((c) => c.id)).toEqual(['b']);
  expect(r.falseAlarms.map((f) => f.text)).toEqual(['95%']);
  expect(r.alarms).toBe(3);
  expect(r.recall).toBe(0.5);
  expect(r.precision).toBeCloseTo(2 / 3);
});

test('baocao score --corpus checks and scores every labelled report of the repository', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'baocao.js'), 'score', '--corpus', path.join(ROOT, 'corpus'), '--json'], { encoding: 'utf8', cwd: ROOT });
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout) as { reports: number; claims: number; recall: number; precision: number; files: Array<{ file: string }> };
  expect(out.reports).toBeGreaterThanOrEqual(4);
  expect(out.files.map((f) => f.file)).toContain('001_9331be7396ee03da.docx');
});

test('baocao score FILES gives the same answer as the labels say, and refuses what is not findings', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baocao-score-'));
  const labels = path.join(dir, 'l.json');
  const findings = path.join(dir, 'f.json');
  writeFileSync(labels, JSON.stringify([claim({})]));
  writeFileSync(findings, JSON.stringify({ findings: [{ severity: 'error', text: '78,4%', rule: 'ratio-percent' }] }));
  const ok = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'baocao.js'), 'score', labels, findings, '--doc', 'r.txt'], { encoding: 'utf8' });
  expect(ok.stdout).toContain('found 1/1 inconsistencies; 0 false alarms among 1 findings');
  expect(ok.stdout).toContain('recall=1.000 precision=1.000');
  writeFileSync(findings, JSON.stringify({ nothing: true }));
  const bad = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'baocao.js'), 'score', labels, findings], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('not the output of "baocao check --json"');
});
