import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { proposeBindings } from '../../src/core/bind';
import type { DocumentPort } from '../../src/core/document/port';
import { planRefresh } from '../../src/core/figures/refresh';
import { parseStore } from '../../src/core/figures/store';
import { checkerVersion, makeSigningRecord } from '../../src/core/sign';
import { loadPeriodDataFile } from '../../src/data/load-file';
import { DocxDocument } from '../../src/docx/adapter';
import { SETTINGS_KEY } from '../../src/docx/store';
import { SEED_FILE } from '../../src/server';
import { WordDocument, type WordHost } from '../../src/word/adapter';
import { SEARCH_DIALOG_MESSAGE } from '../../src/word/search';
import { buildDocx } from '../docx/build';
import { FakeWord } from './fake-word';
import { inWord } from './hosts';

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

const SMALL = () =>
  buildDocx({
    body: [
      { pieces: ['Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,3% kế hoạch.', { footnote: 1 }] },
      { pieces: ['Tổng diện tích gieo cấy lúa đạt 509/650 ha (78,3%).'] },
    ],
    footnotes: { 1: ['Lúa đạt 509/650 ha.'] },
  });

/** A deletion tracked at the start of the first paragraph: Word's text holds it (#1267), the file's text does not. */
async function withTrackedDeletion(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const del = '<w:del w:id="7001" w:author="Văn phòng" w:date="2026-06-01T00:00:00Z"><w:r><w:delText xml:space="preserve">Cũ: </w:delText></w:r></w:del>';
  const at = xml.indexOf('<w:r>', xml.indexOf('<w:body>'));
  return zip.file('word/document.xml', xml.slice(0, at) + del + xml.slice(at)).generateAsync({ type: 'uint8array' });
}

describe('binding on the Word communes have (requirement sets, the store in both places, Track Changes)', () => {
  test.each(['1.1', '1.3', '1.5'])('WordApi %s: only members the host has, the same figures as the file outside footnotes, 4 syncs', async (wordApi) => {
    const bytes = await SMALL();
    const { fake, word } = await inWord(bytes, wordApi);
    const docx = await DocxDocument.open(bytes);
    const text = await word.readText();
    expect(text).toEqual(await docx.readText());
    const sure = proposeBindings(text, await may()).candidates.filter((c) => c.sure);
    expect(sure.some((c) => c.location.story === 'footnote')).toBe(true);
    const before = fake.syncs;
    const r = await word.bindFigures(sure);
    expect(fake.syncs - before).toBe(4);
    const inFile = await docx.bindFigures(sure);
    // below WordApi 1.5 there is no footnote API: footnote numbers (read from the file) are left
    const footnotes = wordApi === '1.5' ? inFile.bound : inFile.bound.filter((f) => f.story !== 'footnote');
    expect(shape(r.bound)).toEqual(shape(footnotes));
    expect(r.skipped.map((s) => s.reason)).toEqual(wordApi === '1.5' ? [] : ['unsupported']);
    const key = (l: { block: number; start: number; end: number }) => `${l.block}:${l.start}-${l.end}`;
    expect((await word.boundSpans()).map(key).sort()).toEqual(r.bound.map((f) => key(f.location!)).sort());
    expect(shape(await word.listFigures())).toEqual(shape(r.bound));
    // the store is in the settings on every Word, and only there without custom XML parts
    const settings = parseStore(fake.settings.get(SETTINGS_KEY) as string).store;
    expect(Object.keys(settings.figures).length).toBe(r.bound.length);
    const reopened = await DocxDocument.open(await fake.doc.save());
    expect(shape(await reopened.listFigures())).toEqual(shape(r.bound));
    expect(await word.readText()).toEqual(text);
  });

  test('a paragraph with tracked changes is not bound nor edited where Word can tell (WordApi 1.4+); the open Find dialog is said', async () => {
    const { fake, word } = await inWord(await withTrackedDeletion(await SMALL()), '1.5');
    const text = await word.readText();
    expect(text.blocks[0].text.startsWith('Diện tích')).toBe(true);
    const sure = proposeBindings(text, await may()).candidates.filter((c) => c.sure && c.location.story === 'body');
    const first = sure.filter((c) => c.location.block === 0);
    expect(first.length).toBeGreaterThan(0);
    expect(sure.length).toBeGreaterThan(first.length);
    const r = await word.bindFigures(sure);
    expect(r.skipped.map((s) => [s.binding.location.block, s.reason])).toEqual(first.map(() => [0, 'not-plain']));
    expect(r.bound.every((f) => f.location?.block === 1)).toBe(true);
    expect(await word.replaceTexts([{ location: { story: 'body', block: 0, start: 0, end: 9 }, expected: 'Diện tích', replacement: 'Diện tich' }])).toEqual([false]);
    fake.searchDialogOpen = true;
    await expect(word.bindFigures(sure.filter((c) => c.location.block === 1))).rejects.toThrow(SEARCH_DIALOG_MESSAGE);
    await expect(word.replaceTexts([{ location: { story: 'body', block: 1, start: 0, end: 4 }, expected: 'Tổng', replacement: 'Toàn' }])).rejects.toThrow(SEARCH_DIALOG_MESSAGE);
    expect(await word.readText()).toEqual(text);
  });

  test('the signing record between Word versions: removed in Word 2016 (settings only), it stays removed in Microsoft 365', async () => {
    const in365 = await inWord(await SMALL(), '1.5');
    await in365.word.bindFigures(proposeBindings(await in365.word.readText(), await may()).candidates.filter((c) => c.sure));
    const record = makeSigningRecord({
      at: '2026-05-31T16:00:00+07:00',
      period: '2026-05',
      source: { identity: 'lung-phinh-2026.json', from: 'file' },
      figures: await in365.word.listFigures(),
      data: await may(),
      checker: checkerVersion('0.1.0'),
      accepted: [],
      text: await in365.word.readText(),
    });
    await in365.word.setSigningRecord(record);
    const in2016 = await inWord(await in365.fake.doc.save(), '1.1');
    expect(await in2016.word.getSigningRecord()).toEqual(record);
    await in2016.word.setSigningRecord(null);
    expect(await in2016.word.getSigningRecord()).toBeNull();
    const saved = await in2016.fake.doc.save();
    // the custom XML part still holds the record, with an older revision than the settings
    const back = await inWord(saved, '1.5');
    expect(await back.word.getSigningRecord()).toBeNull();
    expect(await (await DocxDocument.open(saved)).getSigningRecord()).toBeNull();
    expect((await back.word.listFigures()).length).toBe((await in365.word.listFigures()).length);
  });
});
