/**
 * Inserting figures, footnotes and fixes through the Word adapter, on the fake Word, compared with
 * the .docx adapter on the same document: same text, same figures, same store; constant syncs.
 */
import type { TextLocation } from '../../src/core/document/text';
import { refreshDocument } from '../../src/core/figures';
import type { FigureSpec } from '../../src/core/figures/spec';
import { DocxDocument } from '../../src/docx/adapter';
import { WordDocument, type WordHost } from '../../src/word/adapter';
import { figureDocx, MAY } from '../docx/figure-doc';
import { FakeWord } from './fake-word';
import { manyFiguresDocx } from './many';

const DESKTOP: WordHost = { platform: 'PC', supported: { footnotes: true, customXml: true, fileAccess: true, tableCells: true } };
const WEB: WordHost = { platform: 'OfficeOnline', supported: { footnotes: true, customXml: true, fileAccess: true, tableCells: true } };
const OLD: WordHost = { platform: 'PC', supported: { footnotes: false, customXml: true, fileAccess: true, tableCells: true } };
const SPEC: FigureSpec = { kind: 'value', indicators: ['nn.ngo'] };

async function pair(bytes: Uint8Array, host = DESKTOP) {
  const fake = await FakeWord.open(bytes, { api15: host.supported.footnotes, platform: host.platform });
  const word = new WordDocument({ run: fake.run, host, getFile: async () => bytes });
  const docx = await DocxDocument.open(bytes);
  return { fake, word, docx };
}

const view = (fs: Array<{ figureId: string; text: string; spec: unknown; lastText?: string; story: string }>) =>
  fs.map((f) => [f.story, f.text, f.lastText, JSON.stringify(f.spec)]).sort();

test('a figure inserted at the selection: same document as the .docx adapter, and it refreshes', async () => {
  const bytes = await figureDocx();
  const { fake, word, docx } = await pair(bytes);
  const text = await docx.readText();
  const block = text.blocks.find((b) => b.text.startsWith('Tiêm chủng'))!;
  const at: TextLocation = { story: 'body', block: block.index, start: block.text.length - 1, end: block.text.length - 1 };
  fake.setSelection(at);
  const inWord = await word.insertFigure(SPEC, '1.000 ha', { selection: true });
  const inDocx = await docx.insertFigure(SPEC, '1.000 ha', { location: at });
  expect(inWord.text).toBe('1.000 ha');
  expect(inWord.spec).toEqual(inDocx.spec);
  expect(await word.readText()).toEqual(await docx.readText());
  expect(view(await word.listFigures())).toEqual(view(await docx.listFigures()));
  const refreshed = await refreshDocument(word, MAY, '2026-05');
  const mine = refreshed.reports.find((r) => r.key === inWord.key)!;
  expect(mine.status).toBe('updated');
  expect((await word.readText()).blocks[block.index].text).toContain(mine.new!);
});

test('a selection with text is replaced by the figure, as in Word', async () => {
  const { fake, word } = await pair(await figureDocx());
  const text = await word.readText();
  const block = text.blocks.find((b) => b.text.startsWith('Tiêm chủng'))!;
  fake.setSelection({ story: 'body', block: block.index, start: 0, end: 'Tiêm chủng'.length });
  await word.insertFigure(SPEC, '1.000 ha', { selection: true });
  expect((await word.readText()).blocks[block.index].text.startsWith('1.000 ha đạt')).toBe(true);
});

test('a source footnote after a figure, with a bound figure in it, on the desktop', async () => {
  const { word, docx } = await pair(await figureDocx());
  const [first] = await word.listFigures();
  const [firstDocx] = await docx.listFigures();
  const pieces = ['Nguồn: Phòng Kinh tế; ', { spec: SPEC, text: '1.000 ha' }, '.'] as const;
  await word.insertFootnote([...pieces], { afterFigure: first.key });
  await docx.insertFootnote([...pieces], { afterFigure: firstDocx.key });
  const a = await word.readText();
  // Word numbers footnotes 1…n in reference order (Office.js gives no XML id); the text is the same
  const plain = (t: Awaited<ReturnType<typeof word.readText>>) => t.blocks.map((b) => [b.story, b.text]);
  expect(plain(a)).toEqual(plain(await docx.readText()));
  expect(a.blocks.filter((b) => b.story === 'footnote').map((b) => b.text)).toContain(' Nguồn: Phòng Kinh tế; 1.000 ha.');
  expect(view(await word.listFigures())).toEqual(view(await docx.listFigures()));
});

test('on Word on the web the figure in a footnote is written as text (office-js #4373), and the pane is told', async () => {
  const { word } = await pair(await figureDocx(), WEB);
  expect(word.capabilities.figuresInFootnotes).toBe(false);
  expect(word.capabilities.limits.join(' ')).toMatch(/Word trên web/);
  const before = (await word.listFigures()).length;
  const [first] = await word.listFigures();
  await word.insertFootnote(['Nguồn: ', { spec: SPEC, text: '1.000 ha' }], { afterFigure: first.key });
  expect((await word.readText()).blocks.some((b) => b.story === 'footnote' && b.text.includes('Nguồn: 1.000 ha'))).toBe(true);
  expect((await word.listFigures()).length).toBe(before);
});

test('below WordApi 1.5 a footnote is refused with a Vietnamese message', async () => {
  const { word } = await pair(await figureDocx(), OLD);
  const [first] = await word.listFigures();
  await expect(word.insertFootnote(['Nguồn'], { afterFigure: first.key })).rejects.toThrow(/không chèn được chú thích/);
});

test("a checker's fix through Word replaces only that text", async () => {
  const { word, docx } = await pair(await figureDocx());
  const text = await word.readText();
  const block = text.blocks.find((b) => b.text.startsWith('Tiêm chủng'))!;
  const loc: TextLocation = { story: 'body', block: block.index, start: 0, end: 'Tiêm chủng'.length };
  expect(await word.replaceText(loc, 'Tiêm chủng', 'Tiêm phòng')).toBe(true);
  expect(await docx.replaceText(loc, 'Tiêm chủng', 'Tiêm phòng')).toBe(true);
  expect(await word.readText()).toEqual(await docx.readText());
  expect(await word.replaceText(loc, 'Tiêm chủng', 'x')).toBe(false);
});

test('inserting takes the same number of syncs with 10 and with 1,000 figures', async () => {
  const counts: number[][] = [];
  for (const n of [10, 1000]) {
    const { fake, word } = await pair(await manyFiguresDocx(n));
    const [first] = await word.listFigures();
    const text = await word.readText();
    fake.setSelection({ story: 'body', block: text.blocks[0].index, start: 0, end: 0 });
    const runs: number[] = [];
    for (const op of [
      () => word.insertFigure(SPEC, '1 ha', { selection: true }),
      () => word.insertFootnote(['Nguồn'], { afterFigure: first.key }),
      () => word.replaceText({ story: 'body', block: text.blocks[0].index, start: 0, end: 1 }, text.blocks[0].text.slice(0, 1), 'X'),
    ]) {
      const before = fake.syncs;
      await op();
      runs.push(fake.syncs - before);
    }
    counts.push(runs);
  }
  expect(counts[0]).toEqual(counts[1]);
}, 120000);
