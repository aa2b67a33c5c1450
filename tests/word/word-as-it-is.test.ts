/**
 * The Word adapter against the Word communes have (issue 11): each test shows the fake failing where
 * real Word fails, then the adapter working there. Sources are in tests/word/fake-word.ts.
 */
import { refreshDocument } from '../../src/core/figures';
import { parseStore } from '../../src/core/figures/store';
import { DocxDocument } from '../../src/docx/adapter';
import { SETTINGS_KEY } from '../../src/docx/store';
import { NO_FIGURE_IN_FOOTNOTE_ON_WEB, WordDocument } from '../../src/word/adapter';
import { SEARCH_DIALOG_MESSAGE } from '../../src/word/search';
import { buildDocx } from '../docx/build';
import { figureDocx, MAY } from '../docx/figure-doc';
import { FakeWord, WordError } from './fake-word';
import { HOSTS, inWord } from './hosts';

const statuses = (o: Awaited<ReturnType<typeof refreshDocument>>) => o.reports.map((r) => `${r.figureId}:${r.status}`).sort();

describe('2. WordApi 1.1 (Office 2016 volume licence)', () => {
  test('the fake throws ApiNotFound for members above 1.1, as Office.js does', async () => {
    const fake = await FakeWord.open(await figureDocx(), { wordApi: '1.1' });
    await expect(fake.run(async (ctx) => ctx.document.body.paragraphs.load('items/text,items/tableNestingLevel'))).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(fake.run(async (ctx) => ctx.document.body.contentControls.getByIdOrNullObject(1))).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      fake.run(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load('items/text');
        await ctx.sync();
        return ps.items[0].getRange('Start');
      }),
    ).rejects.toThrow(/Paragraph.getRange needs WordApi 1.3 \(index\.d\.ts:107667\)/);
    await expect(fake.run(async (ctx) => ctx.document.customXmlParts)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('reads the same text (tables and footnotes from the file), refreshes, selects and fixes', async () => {
    const bytes = await figureDocx();
    const { fake, word } = await inWord(bytes, '1.1');
    const docx = await DocxDocument.open(bytes);
    expect(await word.readText()).toEqual(await docx.readText());
    const outcome = await refreshDocument(word, MAY, '2026-05');
    expect(outcome.edits.length).toBeGreaterThan(3);
    expect(statuses(outcome)).toEqual(statuses(await refreshDocument(docx, MAY, '2026-05')).filter((s) => !s.startsWith('ngu001') && !s.startsWith('ton001')));
    // the store went to the document settings, the only place WordApi 1.1 has
    expect(parseStore(fake.settings.get(SETTINGS_KEY) as string).store.period).toBe('2026-05');
    await word.select({ figure: outcome.edits[0].key });
    expect(fake.selected).toBe(`cc:${outcome.edits[0].key}`);
    const text = await word.readText();
    const block = text.blocks.find((b) => b.text.startsWith('Tiêm chủng'))!;
    expect(await word.replaceText({ story: 'body', block: block.index, start: 0, end: 9 }, 'Tiêm chủn', 'Tiêm phòn')).toBe(true);
    expect((await word.readText()).blocks[block.index].text.startsWith('Tiêm phòng')).toBe(true);
    expect(word.capabilities.limits.join(' ')).toMatch(/Theo dõi thay đổi/);
  });
});

describe('3. the store follows the report between Word versions', () => {
  test('begun in Word 2019 (settings), carried on in Microsoft 365 (custom XML), and back', async () => {
    const start = await figureDocx();
    const in2019 = await inWord(start, '1.3');
    const first = await refreshDocument(in2019.word, MAY, '2026-05');
    expect(statuses(first).filter((s) => s.endsWith('handEdited'))).toEqual(['tay001:handEdited']);
    await new Promise((r) => setTimeout(r, 5));

    const in365 = await inWord(await in2019.fake.doc.save(), '1.5');
    // The custom XML part still holds April's store; the settings hold May's, with a higher revision.
    const figures = await in365.word.listFigures();
    const known = figures.filter((f) => f.lastText !== undefined && f.lastText === f.text);
    expect(known.length).toBe(figures.filter((f) => f.figureId !== 'tay001' && f.lastText !== undefined).length);
    expect(known.length).toBeGreaterThanOrEqual(6);
    expect(await in365.word.getReportSettings()).toMatchObject({ period: '2026-05' });
    const second = await refreshDocument(in365.word, MAY, '2026-05');
    // only the footnote figures, which Word 2019 (no footnote API) could not refresh
    expect(second.edits.map((e) => e.figureId).sort()).toEqual(['ngu001', 'ton001']);
    expect(statuses(second).filter((s) => s.endsWith('handEdited'))).toEqual(['tay001:handEdited']);
    await new Promise((r) => setTimeout(r, 5));

    // back in Word 2019 after the period was moved on in Microsoft 365: it sees it
    const june = { ...MAY, period: '2026-06' };
    await refreshDocument(in365.word, june, '2026-06');
    await new Promise((r) => setTimeout(r, 5));
    const again = await inWord(await in365.fake.doc.save(), '1.3');
    expect(await again.word.getReportSettings()).toMatchObject({ period: '2026-06' });
    // and its figures are still known as the add-in's: May again is no hand edit but tay's
    const back = statuses(await refreshDocument(again.word, MAY, '2026-05'));
    expect(back.filter((x) => x.endsWith('handEdited'))).toEqual(['tay001:handEdited']);
  });
});

describe('4. Track Changes', () => {
  test('the fake gives deleted text in Paragraph.text (#1267); a tracked refresh is not a hand edit the next time', async () => {
    const { fake, word } = await inWord(await figureDocx(), '1.5', { trackChanges: true });
    const before = await word.readText();
    await refreshDocument(word, MAY, '2026-05');
    const raw = await fake.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items/text');
      await ctx.sync();
      return ps.items.map((p) => p.text);
    });
    const thu = before.blocks.find((b) => b.story === 'table' && /triệu đồng/.test(b.text))!;
    const old = thu.text;
    // old and new text side by side in Word's text
    expect(raw[thu.index].startsWith(old)).toBe(true);
    expect(raw[thu.index].length).toBeGreaterThan(old.length);
    const after = await word.readText();
    expect(after.blocks[thu.index].text).not.toBe(old);
    expect(raw[thu.index].endsWith(after.blocks[thu.index].text)).toBe(true);
    const again = await refreshDocument(word, MAY, '2026-05');
    expect(again.edits).toEqual([]);
    expect(statuses(again).filter((s) => s.endsWith('handEdited'))).toEqual(['tay001:handEdited']);
  });
});

describe('5. footnote marks and Word for Mac', () => {
  test('on Mac a footnote after a figure lands inside it (#6397); a plain Replace would delete it (#2749); refresh keeps it', async () => {
    const { fake, word } = await inWord(await figureDocx(), '1.5', { platform: 'Mac' });
    const figure = (await word.listFigures()).find((f) => f.figureId === 'thu001')!;
    await word.insertFootnote(['Nguồn: Trạm Y tế.'], { afterFigure: figure.key });
    const rawText = await fake.run(async (ctx) => {
      const cc = ctx.document.body.contentControls.getByIdOrNullObject(Number(figure.key));
      cc.load('text');
      await ctx.sync();
      return cc.text;
    });
    expect(rawText).toBe(`${figure.text}\u0002`);
    const notes = (await word.readText()).blocks.filter((b) => b.story === 'footnote').length;

    // what a Replace on the whole control does in Word: the footnote is gone
    const copy = await inWord(await fake.doc.save(), '1.5', { platform: 'Mac' });
    await copy.fake.run(async (ctx) => {
      ctx.document.body.contentControls.getByIdOrNullObject(Number(figure.key)).insertText('1 triệu đồng', 'Replace');
      await ctx.sync();
    });
    expect((await copy.word.readText()).blocks.filter((b) => b.story === 'footnote').length).toBe(notes - 1);

    const outcome = await refreshDocument(word, MAY, '2026-05');
    expect(outcome.reports.find((r) => r.figureId === 'thu001')!.status).toBe('updated');
    const text = await word.readText();
    expect(text.blocks.filter((b) => b.story === 'footnote').length).toBe(notes);
    expect(text.blocks.some((b) => b.story === 'footnote' && b.text.includes('Trạm Y tế'))).toBe(true);
  });
});

describe('6. Word on the web: no figure at a selection inside a footnote (#4373)', () => {
  test('the fake throws as Word does; the adapter refuses in Vietnamese and changes nothing', async () => {
    const bytes = await figureDocx();
    const { fake, word } = await inWord(bytes, '1.5', { platform: 'OfficeOnline' });
    const note = (await word.readText()).blocks.find((b) => b.story === 'footnote')!;
    fake.setSelection({ story: 'footnote', block: note.index, start: 2, end: 2 });
    await expect(
      fake.run(async (ctx) => {
        ctx.document.getSelection().insertText('1 ha', 'Replace').insertContentControl();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    const { word: fresh, fake: fresh2 } = await inWord(bytes, '1.5', { platform: 'OfficeOnline' });
    fresh2.setSelection({ story: 'footnote', block: note.index, start: 2, end: 2 });
    const before = await fresh.readText();
    await expect(fresh.insertFigure({ kind: 'value', indicators: ['nn.ngo'] }, '1 ha', { selection: true })).rejects.toThrow(NO_FIGURE_IN_FOOTNOTE_ON_WEB);
    expect(await fresh.readText()).toEqual(before);
  });
});

describe('7. body.contentControls is the main body', () => {
  test('a footnote figure is a null object there; the adapter still selects it', async () => {
    const { fake, word } = await inWord(await figureDocx());
    const inNote = (await word.listFigures()).find((f) => f.story === 'footnote')!;
    const isNull = await fake.run(async (ctx) => {
      const cc = ctx.document.body.contentControls.getByIdOrNullObject(Number(inNote.key));
      cc.load('isNullObject');
      await ctx.sync();
      return cc.isNullObject;
    });
    expect(isNull).toBe(true);
    await expect(
      fake.run(async (ctx) => {
        ctx.document.body.contentControls.getByIdOrNullObject(Number(inNote.key)).select();
        await ctx.sync();
      }),
    ).rejects.toThrow(/null object/);
    await word.select({ figure: inNote.key });
    expect(fake.selected).toBe(`cc:${inNote.key}`);
    await word.select({ figure: '123456789' });
  });
});

describe('8. search', () => {
  const doc = () => buildDocx({ body: [{ pieces: ['Có 111 hộ và 11 thôn; giá 5^2 đồng.'] }] });

  test('the fake: non-overlapping hits, ^ codes, 255 characters, the open dialog', async () => {
    const fake = await FakeWord.open(await doc());
    const count = (text: string) =>
      fake.run(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load('items');
        await ctx.sync();
        const hits = ps.items[0].search(text, { matchCase: true });
        hits.load('items');
        await ctx.sync();
        return hits.items.length;
      });
    expect(await count('11')).toBe(2);
    expect(await count('^#^#')).toBe(2);
    expect(await count('5^^2')).toBe(1);
    await expect(count('x'.repeat(256))).rejects.toMatchObject({ code: 'InvalidArgument' });
    fake.searchDialogOpen = true;
    await expect(count('11')).rejects.toBeInstanceOf(WordError);
    await expect(count('11')).rejects.toMatchObject({ code: 'SearchDialogIsOpen' });
  });

  test('the adapter never edits the wrong "11" in "111", finds a caret, and says when the dialog is open', async () => {
    const { fake, word } = await inWord(await doc());
    const text = (await word.readText()).blocks[0].text;
    const inside = text.indexOf('111') + 1;
    expect(await word.replaceText({ story: 'body', block: 0, start: inside, end: inside + 2 }, '11', '22')).toBe(false);
    const alone = text.indexOf(' 11 ') + 1;
    await word.select({ story: 'body', block: 0, start: alone, end: alone + 2 });
    expect(fake.selected).toBe(`p:0@${alone}+2`);
    expect(await word.replaceText({ story: 'body', block: 0, start: alone, end: alone + 2 }, '11', '12')).toBe(true);
    const caret = text.indexOf('5^2');
    expect(await word.replaceText({ story: 'body', block: 0, start: caret, end: caret + 3 }, '5^2', '25')).toBe(true);
    expect((await word.readText()).blocks[0].text).toBe('Có 111 hộ và 12 thôn; giá 25 đồng.');
    fake.searchDialogOpen = true;
    await expect(word.select({ story: 'body', block: 0, start: 3, end: 6 })).rejects.toThrow(SEARCH_DIALOG_MESSAGE);
  });
});

describe('9. a refresh that fails half-way', () => {
  test('the fake applies what came before the failure; the next refresh is right', async () => {
    const bytes = await figureDocx();
    const { fake, word } = await inWord(bytes);
    const figures = await word.listFigures();
    expect(figures.length).toBeGreaterThan(5);
    // refreshDocument: listFigures takes 2 syncs, applyEdits' edits go in its 3rd: fail after the
    // store's "about to write" record and half of the edits.
    fake.failSync(5, 1 + 3);
    await expect(refreshDocument(word, MAY, '2026-05')).rejects.toMatchObject({ code: 'GeneralException' });
    const half = (await word.listFigures()).filter((f) => figures.find((g) => g.key === f.key)!.text !== f.text);
    expect(half.length).toBe(3);

    const next = await refreshDocument(word, MAY, '2026-05');
    expect(statuses(next).filter((s) => s.endsWith('handEdited'))).toEqual(['tay001:handEdited']);
    const clean = await inWord(bytes);
    await refreshDocument(clean.word, MAY, '2026-05');
    expect((await word.readText()).blocks.map((b) => b.text)).toEqual((await clean.word.readText()).blocks.map((b) => b.text));
    const again = await refreshDocument(word, MAY, '2026-05');
    expect(again.edits).toEqual([]);
  });
});

describe('12. custom XML parts', () => {
  test('setXml ignores XML with a declaration (#1643): the adapter writes none, so the period is kept', async () => {
    const fake = await FakeWord.open(await figureDocx());
    const word = new WordDocument({ run: fake.run, host: { platform: 'PC', supported: HOSTS['1.5'] } });
    await fake.run(async (ctx) => {
      const parts = ctx.document.customXmlParts.getByNamespace('urn:baocao:report:1');
      parts.load('items');
      await ctx.sync();
      parts.items[0].setXml('<?xml version="1.0" standalone="yes"?><baocao xmlns="urn:baocao:report:1">{"v":1,"period":"2030-01"}</baocao>');
      await ctx.sync();
    });
    expect(await word.getReportSettings()).toMatchObject({ period: '2026-04' });
    await word.setReportSettings({ period: '2026-07' });
    expect(await word.getReportSettings()).toMatchObject({ period: '2026-07' });
  });
});
