import { readFileSync } from 'node:fs';
import path from 'node:path';
import { proposeBindings } from '../../src/core/bind';
import type { DocumentPort } from '../../src/core/document/port';
import { planRefresh } from '../../src/core/figures/refresh';
import { loadPeriodDataFile } from '../../src/data/load-file';
import { DocxDocument } from '../../src/docx/adapter';
import { SEED_FILE } from '../../src/server';
import { WordDocument, type WordHost } from '../../src/word/adapter';
import { buildDocx } from '../docx/build';
import { FakeWord } from './fake-word';

const MAY_REPORT = path.join(__dirname, '..', '..', 'corpus', '001_9331be7396ee03da.docx');
const DESKTOP: WordHost = { platform: 'PC', supported: { footnotes: true, customXml: true, fileAccess: true, tableCells: true } };
const WEB: WordHost = { platform: 'OfficeOnline', supported: { footnotes: true, customXml: true, fileAccess: true, tableCells: true } };

async function both(bytes: Uint8Array, host = DESKTOP) {
  const fake = await FakeWord.open(bytes, { api15: host.supported.footnotes, platform: host.platform });
  const word = new WordDocument({ run: fake.run, host, getFile: async () => bytes });
  const docx = await DocxDocument.open(bytes);
  return { fake, word, docx };
}

const may = () => loadPeriodDataFile(SEED_FILE, '2026-05');

async function bindSure(port: DocumentPort) {
  const proposal = proposeBindings(await port.readText(), await may(), { bound: await port.boundSpans() });
  return { proposal, result: await port.bindFigures(proposal.candidates.filter((c) => c.sure)) };
}

const shape = (fs: Array<{ text: string; spec: unknown; story: string }>) => fs.map((f) => [f.text, f.spec, f.story]);

describe('binding through the Word adapter, on the fake Word', () => {
  test('the May report: the same figures as the .docx adapter, the text untouched, May renders each as written', async () => {
    const { fake, word, docx } = await both(readFileSync(MAY_REPORT));
    const before = await word.readText();
    const w = await bindSure(word);
    const d = await bindSure(docx);
    expect(w.result.skipped).toEqual([]);
    expect(w.result.bound.length).toBe(d.result.bound.length);
    expect(w.result.bound.length).toBeGreaterThanOrEqual(44);
    expect(shape(w.result.bound)).toEqual(shape(d.result.bound));
    expect(await word.readText()).toEqual(before);
    expect(await docx.readText()).toEqual(before);
    const listed = await word.listFigures();
    expect(shape(listed)).toEqual(shape(await docx.listFigures()));
    expect(planRefresh(listed, await may(), '2026-05').reports.every((r) => r.status === 'unchanged')).toBe(true);
    // where the figures are: Word, without offsets, marks every occurrence of a figure's text in its
    // paragraph ("ngô (100%)" is bound, "OCOP (100%)" beside it is marked too), so it holds the file's spans
    const inWord = await word.boundSpans();
    const inFile = await docx.boundSpans();
    const key = (l: { block: number; start: number; end: number }) => `${l.block}:${l.start}-${l.end}`;
    expect(inFile.map(key).filter((k) => !inWord.map(key).includes(k))).toEqual([]);
    const texts = new Set(listed.map((f) => f.text));
    expect(inWord.every((l) => texts.has(before.blocks[l.block].text.slice(l.start, l.end)))).toBe(true);
    expect(inWord.length - inFile.length).toBeLessThanOrEqual(3);
    // nothing is proposed twice
    expect((await bindSure(word)).proposal.candidates.filter((c) => c.sure)).toEqual([]);
    // the saved file is a valid .docx with the figures in its store
    const reopened = await DocxDocument.open(await fake.doc.save());
    expect((await reopened.listFigures()).filter((f) => f.spec).length).toBe(listed.length);
  }, 60000);

  test('a span that changed or is already a figure is skipped; on Word on the web footnotes are not bound', async () => {
    const bytes = await buildDocx({
      body: [{ pieces: ['Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,3% kế hoạch.', { footnote: 1 }] }],
      footnotes: { 1: ['Lúa đạt 509/650 ha.'] },
    });
    const { word } = await both(bytes, WEB);
    const text = await word.readText();
    const proposal = proposeBindings(text, await may());
    const inFootnote = proposal.candidates.filter((c) => c.location.story === 'footnote');
    expect(inFootnote.length).toBe(1);
    const body = proposal.candidates.filter((c) => c.location.story === 'body');
    const stale = { ...body[1], text: '78,4%' };
    const r = await word.bindFigures([body[0], stale, ...inFootnote]);
    expect(r.bound.map((f) => f.text)).toEqual(['509/650 ha']);
    expect(r.skipped.map((s) => s.reason)).toEqual(['changed', 'unsupported']);
    const again = await word.bindFigures([body[0]]);
    expect(again.skipped.map((s) => s.reason)).toEqual(['inside-figure']);
    expect(await word.readText()).toEqual(text);
  });

  test('the same number of syncs for 10 and 1,000 numbers bound; batch text edits and the record too', async () => {
    const counts: number[][] = [];
    for (const n of [10, 1000]) {
      const body = Array.from({ length: n / 2 }, (_, i) => ({ pieces: [`Thôn ${i + 1}: diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,3% kế hoạch.`] }));
      const { fake, word } = await both(await buildDocx({ body }));
      const perOp: number[] = [];
      let before = fake.syncs;
      const step = async <T>(f: () => Promise<T>): Promise<T> => {
        const out = await f();
        perOp.push(fake.syncs - before);
        before = fake.syncs;
        return out;
      };
      const text = await step(() => word.readText());
      await step(() => word.boundSpans());
      const proposal = proposeBindings(text, await may());
      const bound = await step(() => word.bindFigures(proposal.candidates.filter((c) => c.sure)));
      expect(bound.bound.length).toBe(n);
      const edits = text.blocks.map((b) => ({ location: { story: b.story, block: b.index, start: 0, end: 4 }, expected: 'Thôn', replacement: 'Bản' }));
      const done = await step(() => word.replaceTexts(edits));
      expect(done.every(Boolean)).toBe(true);
      await step(() => word.getSigningRecord());
      counts.push(perOp);
      expect((await word.readText()).blocks[0].text).toMatch(/^Bản 1: /);
    }
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]).toEqual([2, 3, 4, 4, 2]);
  }, 180000);
});
