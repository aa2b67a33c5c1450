/**
 * Applying a checker's fix to a real .docx: the text at the finding's location is replaced inside its
 * runs, the finding is gone on the next check, and nothing else in the package changes.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocument } from '../../src/core/check';
import { DocxDocument } from '../../src/docx/adapter';

const CORPUS = path.resolve(__dirname, '..', '..', 'corpus');

test('every certain fix of the May report applies in place, and the findings are gone', async () => {
  const bytes = new Uint8Array(readFileSync(path.join(CORPUS, '001_9331be7396ee03da.docx')));
  const doc = await DocxDocument.open(bytes);
  const before = checkDocument(await doc.readText());
  const fixable = before.filter((f) => f.fix);
  expect(fixable.length).toBeGreaterThanOrEqual(3);
  for (const f of fixable) expect(await doc.replaceText(f.location, f.text, f.fix!)).toBe(true);
  const text = await doc.readText();
  const after = checkDocument(text);
  expect(after.filter((f) => f.fix)).toEqual([]);
  expect(text.blocks[fixable[0].location.block].text).toContain(fixable[0].fix);

  const saved = await JSZip.loadAsync(await doc.save());
  const original = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(original.files)) {
    if (original.files[name].dir || name === 'word/document.xml') continue;
    expect([name, await saved.file(name)!.async('string')]).toEqual([name, await original.file(name)!.async('string')]);
  }
});

test('a stale location is refused and changes nothing', async () => {
  const doc = await DocxDocument.open(new Uint8Array(readFileSync(path.join(CORPUS, '001_9331be7396ee03da.docx'))));
  const [f] = checkDocument(await doc.readText());
  expect(await doc.replaceText(f.location, 'không còn như vậy', '1')).toBe(false);
  expect(await doc.replaceText({ ...f.location, block: 99999 }, f.text, '1')).toBe(false);
  expect((await doc.readText()).blocks[f.location.block].text.slice(f.location.start, f.location.end)).toBe(f.text);
});
