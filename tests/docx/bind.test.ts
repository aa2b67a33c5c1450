/**
 * Binding in a real .docx: the spans become content controls, runs split at the spans' edges keep
 * their formatting, nothing of the text changes, the file opens in LibreOffice with the same text, and
 * what cannot be wrapped (a number across a hyperlink, inside a figure, a span that changed) is refused.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { proposeBindings } from '../../src/core/bind';
import { figureTag } from '../../src/core/figures/tag';
import { loadPeriodDataFile } from '../../src/data/load-file';
import { DocxDocument } from '../../src/docx/adapter';
import { SEED_FILE } from '../../src/server';
import { buildDocx } from './build';
import { parts } from './parts';

const may = () => loadPeriodDataFile(SEED_FILE, '2026-05');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'baocao-bind-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function withHyperlink(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  // "1.110" of the second paragraph put inside a hyperlink, split from "/1.110 ha"
  zip.file('word/document.xml', xml.replace(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">1\.110<\/w:t><\/w:r>/, '<w:hyperlink w:anchor="x"><w:r><w:t>1.110</w:t></w:r></w:hyperlink>'));
  return zip.generateAsync({ type: 'uint8array' });
}

test('spans over several runs, and several spans in one run, are wrapped; the text and the formatting stay', async () => {
  const bytes = await buildDocx({
    body: [
      { heading: 1, pieces: ['BÁO CÁO THÁNG 5 NĂM 2026'] },
      { pieces: ['Diện tích gieo cấy lúa đạt ', { styled: '509', bold: true }, { styled: '/650 ha', italics: true }, ', bằng 78,3% kế hoạch; rau, đậu các loại đạt 78/132 ha, bằng 59,1% kế hoạch.'] },
      { pieces: ['Cây ngô xuân hè đạt ', { styled: '1.110' }, '/1.110 ha.'] },
    ],
  });
  const doc = await DocxDocument.open(await withHyperlink(bytes));
  const before = await doc.readText();
  const proposal = proposeBindings(before, await may());
  const sure = proposal.candidates.filter((c) => c.sure);
  expect(sure.map((c) => c.text)).toEqual(['509/650 ha', '78,3%', '78/132 ha', '59,1%', '1.110/1.110 ha']);
  const r = await doc.bindFigures(sure);
  expect(r.bound.map((f) => f.text)).toEqual(['509/650 ha', '78,3%', '78/132 ha', '59,1%']);
  expect(r.skipped.map((s) => [s.binding.text, s.reason])).toEqual([['1.110/1.110 ha', 'not-plain']]);
  expect(await doc.readText()).toEqual(before);
  const xml = (await parts(await doc.save())).get('word/document.xml') ?? '';
  // the bold "509" and the italic "/650 ha" are both inside the control, each with its own formatting
  const control = /<w:sdt>(?:(?!<\/w:sdt>).)*509(?:(?!<\/w:sdt>).)*<\/w:sdt>/s.exec(xml)?.[0] ?? '';
  expect(control).toMatch(/<w:b\/>.*509/s);
  expect(control).toMatch(/<w:i\/>.*\/650 ha/s);
  expect(control).not.toContain('bằng');
  // the figures are listed with their stored specs, and render to their text for May
  const listed = await doc.listFigures();
  expect(listed.map((f) => [f.text, f.spec?.kind])).toEqual([
    ['509/650 ha', 'ratio'],
    ['78,3%', 'percentOfPlan'],
    ['78/132 ha', 'ratio'],
    ['59,1%', 'percentOfPlan'],
  ]);
  expect(await doc.boundSpans()).toEqual(listed.map((f) => f.location));

  // LibreOffice reads the same text
  const file = path.join(dir, 'bound.docx');
  writeFileSync(file, await doc.save());
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, file], { stdio: 'pipe', timeout: 120000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const txt = execFileSync('cat', [path.join(dir, 'bound.txt')], { encoding: 'utf8' });
  expect(txt).toContain('Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,3% kế hoạch; rau, đậu các loại đạt 78/132 ha, bằng 59,1% kế hoạch.');
}, 180000);

test('refused: a span that changed, one inside a figure, overlapping spans; batch text edits in one run', async () => {
  const bytes = await buildDocx({ body: [{ pieces: ['Lúa đạt ', { tag: figureTag('abc123', { kind: 'value', indicators: ['lua-gieo-cay'] }), text: '509 ha' }, ' và 509 ha, tháng 5 năm 2026 và tháng 6 năm 2026.'] }] });
  const doc = await DocxDocument.open(bytes);
  const text = (await doc.readText()).blocks[0].text;
  const spec = { kind: 'value' as const, indicators: ['lua-gieo-cay'] };
  const at = (s: string, from = 0) => ({ story: 'body' as const, block: 0, start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  const second = at('509 ha', 10);
  const r = await doc.bindFigures([
    { location: at('509 ha'), text: '509 ha', spec },
    { location: second, text: '509 ha', spec },
    { location: { ...second, start: second.start + 1 }, text: text.slice(second.start + 1, second.end), spec },
    { location: at('và'), text: 'và!', spec },
  ]);
  expect(r.bound.map((f) => f.location)).toEqual([second]);
  expect(r.skipped.map((s) => s.reason)).toEqual(['inside-figure', 'changed', 'changed']);
  const done = await doc.replaceTexts([
    { location: at('tháng 5 năm 2026'), expected: 'tháng 5 năm 2026', replacement: 'tháng 6 năm 2026' },
    { location: at('tháng 6 năm 2026'), expected: 'tháng 6 năm 2026', replacement: 'tháng 7 năm 2026' },
    { location: at('và'), expected: 'hoặc', replacement: 'x' },
  ]);
  expect(done).toEqual([true, true, false]);
  expect((await doc.readText()).blocks[0].text).toBe('Lúa đạt 509 ha và 509 ha, tháng 6 năm 2026 và tháng 7 năm 2026.');
  expect((await doc.listFigures()).map((f) => f.text)).toEqual(['509 ha', '509 ha']);
});
