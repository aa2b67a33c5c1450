import { DocxDocument } from '../../src/docx/adapter';
import { readDocxText } from '../../src/docx/read-text';
import { figureDocx } from './figure-doc';

describe('inserting into a .docx', () => {
  test('a figure in the middle of a run, then a footnote with a bound figure after it; both survive save and reopen', async () => {
    const doc = await DocxDocument.open(await figureDocx());
    const before = (await doc.readText()).blocks[0].text; // "I. KINH TẾ"
    const fig = await doc.insertFigure({ kind: 'value', indicators: ['nn.lua'] }, '1.110 ha', { location: { story: 'body', block: 0, start: 3, end: 3 } });
    expect((await doc.readText()).blocks[0].text).toBe(`${before.slice(0, 3)}1.110 ha${before.slice(3)}`);
    await doc.insertFootnote(['Nguồn: ', { spec: { kind: 'value', indicators: ['nn.lua'], template: '{department}, số liệu đến {asOf}' }, text: 'Phòng Kinh tế, số liệu đến 31/5/2026' }], { afterFigure: fig.key });
    const reopened = await DocxDocument.open(await doc.save());
    const figs = await reopened.listFigures();
    expect(figs.filter((f) => f.text === '1.110 ha' && f.story === 'body' && f.spec?.kind === 'value')).toHaveLength(1);
    const note = figs.find((f) => f.text === 'Phòng Kinh tế, số liệu đến 31/5/2026');
    expect(note).toMatchObject({ story: 'footnote', lastText: 'Phòng Kinh tế, số liệu đến 31/5/2026' });
    expect(note?.spec?.template).toContain('{asOf}');
    const text = await readDocxText(await reopened.save());
    const notes = text.blocks.filter((b) => b.story === 'footnote');
    // The new footnote is referenced first in the body, so it comes first.
    expect(notes[0].text).toBe(' Nguồn: Phòng Kinh tế, số liệu đến 31/5/2026');
  });
});
