/**
 * Acceptance on the real reports: every inconsistent claim of claims.json found, in the .txt and the
 * .docx, and none of the consistent ones flagged (scored by the project's scorer, src/core/check/score.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument } from '../../src/core/check';
import { readPlainText } from '../../src/core/document/plain-text';
import { readDocxText } from '../../src/docx/read-text';
import { CORPUS, score } from './support';

const DOCS = ['000_306bd0586b3c5796', '001_9331be7396ee03da'];

describe.each(DOCS)('corpus report %s', (name) => {
  const LABELS = path.join(CORPUS, `${name}.claims.json`);
  const labels = (JSON.parse(readFileSync(LABELS, 'utf8')) as Array<{ doc: string; consistent: boolean }>).filter((c) => c.doc === `${name}.txt`);
  const inconsistent = labels.filter((c) => !c.consistent).length;

  test('.txt: all inconsistencies found, no false alarm', () => {
    const findings = checkDocument(readPlainText(readFileSync(path.join(CORPUS, `${name}.txt`), 'utf8')));
    const s = score(LABELS, findings, `${name}.txt`);
    expect(s.total).toBe(inconsistent);
    expect({ found: s.found, falseAlarms: s.falseAlarms }).toEqual({ found: inconsistent, falseAlarms: 0 });
  });

  test('.docx: all inconsistencies found, no false alarm', async () => {
    const doc = await readDocxText(new Uint8Array(readFileSync(path.join(CORPUS, `${name}.docx`))));
    const s = score(LABELS, checkDocument(doc), `${name}.txt`);
    expect({ found: s.found, falseAlarms: s.falseAlarms }).toEqual({ found: inconsistent, falseAlarms: 0 });
  });
});

test('the May report: each of the six mistakes says what the right number is', () => {
  const findings = checkDocument(readPlainText(readFileSync(path.join(CORPUS, '001_9331be7396ee03da.txt'), 'utf8')));
  const byStated = Object.fromEntries(findings.map((f) => [f.stated, f]));
  expect(byStated['78,4%']).toMatchObject({ expected: '78,3%', fix: '78,3%', kind: 'certain', severity: 'error' });
  expect(byStated['4,74%']).toMatchObject({ expected: '4,75%', kind: 'rounding-slip' });
  expect(byStated['139,91%']).toMatchObject({ expected: '39,91%', rule: 'excess' });
  expect(byStated['114,29%']).toMatchObject({ expected: '14,29%', rule: 'excess' });
  expect(findings.find((f) => f.rule === 'unit')).toMatchObject({ text: '17/30 thửa', expected: '17/30 hồ sơ' });
  expect(findings.find((f) => f.rule === 'repeat')?.text).toBe('16 hộ với 61,6 triệu đồng');
  for (const f of findings) {
    expect(f.message).toMatch(/[àáảãạăâđêôơư]/);
    expect(f.message).not.toMatch(/\d\.\d{1,2}(?!\d)/); // Vietnamese decimals use a comma
  }
});
