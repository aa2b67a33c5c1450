import { refreshDocument } from '../../src/core/figures';
import { DocxDocument } from '../../src/docx/adapter';
import { WordDocument, type WordHost } from '../../src/word/adapter';
import { figureDocx, MAY } from '../docx/figure-doc';
import { parts } from '../docx/parts';
import { parseStore } from '../../src/core/figures/store';
import { storeJsonFromXml } from '../../src/docx/store';
import { FakeWord, PropertyNotLoaded } from './fake-word';
import { manyFiguresDocx } from './many';

const DESKTOP: WordHost = { platform: 'PC', supported: { footnotes: true, customXml: true, fileAccess: true, tableCells: true } };
const OLD: WordHost = { platform: 'PC', supported: { footnotes: false, customXml: true, fileAccess: true, tableCells: true } };

const strip = <T extends { key: string }>(xs: T[]): Omit<T, 'key'>[] => xs.map(({ key: _k, ...rest }) => rest);

async function both(bytes: Uint8Array, host = DESKTOP) {
  const fake = await FakeWord.open(bytes, { api15: host.supported.footnotes });
  const word = new WordDocument({ run: fake.run, host, getFile: async () => bytes });
  const docx = await DocxDocument.open(bytes);
  return { fake, word, docx };
}

describe('Word adapter over the fake Word API', () => {
  test('the fake behaves like Office.js: unloaded properties throw', async () => {
    const fake = await FakeWord.open(await figureDocx());
    await expect(
      fake.run(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load('items');
        await ctx.sync();
        return ps.items[0].text;
      }),
    ).rejects.toThrow(PropertyNotLoaded);
    await expect(fake.run(async (ctx) => ctx.document.body.paragraphs.items)).rejects.toThrow(PropertyNotLoaded);
  });

  test('reads the same text and figures as the .docx adapter', async () => {
    const { word, docx } = await both(await figureDocx());
    expect(await word.readText()).toEqual(await docx.readText());
    const a = (await word.listFigures()).map((f) => [f.figureId, f.story, f.text, f.lastText, f.spec]);
    const b = (await docx.listFigures()).map((f) => [f.figureId, f.story, f.text, f.lastText, f.spec]);
    expect(a).toEqual(b);
  });

  test('refresh produces the same edits, reports and document as the .docx adapter', async () => {
    const bytes = await figureDocx();
    const { fake, word, docx } = await both(bytes);
    const w = await refreshDocument(word, MAY, '2026-05');
    const d = await refreshDocument(docx, MAY, '2026-05');
    expect(strip(w.edits)).toEqual(strip(d.edits));
    expect(strip(w.reports)).toEqual(strip(d.reports));
    expect(w.edits.length).toBeGreaterThan(5);
    const pw = await parts(await fake.doc.save());
    const pd = await parts(await docx.save());
    expect([...pw.keys()].sort()).toEqual([...pd.keys()].sort());
    // The store part: the same store (Word's copy has no XML declaration, office-js #1643, and a revision).
    const store = (xml: string | undefined) => {
      const { rev: _rev, ...rest } = parseStore(storeJsonFromXml(xml ?? '')).store;
      return rest;
    };
    for (const [name, xml] of pd) {
      if (name.startsWith('customXml/item') && !name.includes('Props')) expect(store(pw.get(name))).toEqual(store(xml));
      else expect([name, pw.get(name)]).toEqual([name, xml]);
    }
    expect(await word.getReportSettings()).toEqual({ period: '2026-05', sourceUrl: 'http://127.0.0.1:3100' });
  });

  test('below WordApi 1.5 footnotes come from the file; their figures are not listed', async () => {
    const bytes = await figureDocx();
    const { word, docx } = await both(bytes, OLD);
    expect(await word.readText()).toEqual(await docx.readText());
    expect(word.capabilities.footnotes).toBe('read');
    expect((await word.listFigures()).every((f) => f.story === 'body')).toBe(true);
    await expect(word.insertFootnote(['x'], { selection: true })).rejects.toThrow(/WordApi 1\.5/);
  });

  test('the same number of syncs for 10 and 1,000 figures', async () => {
    const counts: number[][] = [];
    for (const n of [10, 1000]) {
      const { fake, word, docx } = await both(await manyFiguresDocx(n));
      const perOp: number[] = [];
      let before = fake.syncs;
      const step = async (f: () => Promise<unknown>): Promise<void> => {
        await f();
        perOp.push(fake.syncs - before);
        before = fake.syncs;
      };
      await step(() => word.readText());
      await step(() => word.listFigures());
      let outcome: Awaited<ReturnType<typeof refreshDocument>> | undefined;
      await step(async () => (outcome = await refreshDocument(word, MAY, '2026-05')));
      await step(() => word.select({ figure: outcome!.edits[0].key }));
      await step(() => word.select({ story: 'body', block: 1, start: 0, end: 5 }));
      expect(outcome!.edits).toHaveLength(n);
      expect(strip(outcome!.edits)).toEqual(strip((await refreshDocument(docx, MAY, '2026-05')).edits));
      counts.push(perOp);
    }
    expect(counts[0]).toEqual(counts[1]);
    // select(figure) checks the null object before selecting (office-js: isNullObject after a sync).
    expect(counts[0]).toEqual([2, 2, 8, 2, 4]);
  }, 120000);

  test('select finds the same occurrence of a text in its paragraph', async () => {
    const { fake, word } = await both(await figureDocx());
    await word.select({ story: 'body', block: 1, start: 0, end: 4 });
    expect(fake.selected).toBe('p:1@0+4');
  });
});
