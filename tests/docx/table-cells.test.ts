/**
 * Figures in table cells: a plain number of a cell becomes a bound figure when a figure is inserted
 * over it (as typing over a selection does in Word), and refresh keeps the row in step with the text.
 */
import { refreshDocument } from '../../src/core/figures';
import { DocxDocument } from '../../src/docx/adapter';
import { PreviewDocument } from '../../src/taskpane/preview/preview-document';
import { periodData } from '../figures/fixture';
import { buildDocx } from './build';
import { parts } from './parts';

async function report(): Promise<PreviewDocument> {
  const bytes = await buildDocx({
    body: [
      { pieces: ['Diện tích lúa đạt 1.110 ha.'] },
      { table: [[['Chỉ tiêu'], ['Kế hoạch'], ['Thực hiện']], [['Lúa (ha)'], ['1.417,5'], ['1.110']]] },
      { pieces: ['Hết.'] },
    ],
  });
  return new PreviewDocument(await DocxDocument.open(bytes), 'bang.docx');
}

describe('figures in table cells', () => {
  test('inserting over a selected number in a cell binds it; refresh updates it; the rest is untouched', async () => {
    const doc = await report();
    const blocks = (await doc.readText()).blocks;
    const cell = blocks.find((b) => b.story === 'table' && b.text === '1.110')!;
    expect(cell.table).toEqual({ table: 0, row: 1, cell: 2 });
    doc.setCursor({ story: 'table', block: cell.index, start: 0, end: 5 });
    const figure = await doc.insertFigure({ kind: 'value', indicators: ['nn.lua'], template: '{value}' }, '1.110', { selection: true });
    expect(figure.location).toMatchObject({ story: 'table', block: cell.index, start: 0, end: 5 });
    expect((await doc.readText()).blocks[cell.index].text).toBe('1.110');
    expect(doc.dirty).toBe(true);

    const before = await parts(await doc.inner.save());
    const june = periodData('2026-05', 520 / 1110);
    const outcome = await refreshDocument(doc, june, '2026-05');
    expect(outcome.reports.map((r) => [r.status, r.old, r.new])).toEqual([['updated', '1.110', '520']]);
    const after = await doc.readText();
    expect(after.blocks[cell.index].text).toBe('520');
    // the plain cells and the text stay as they were
    expect(after.blocks.filter((b) => b.index !== cell.index).map((b) => b.text)).toEqual(blocks.filter((b) => b.index !== cell.index).map((b) => b.text));

    // saved and reopened, the cell is still a bound figure of the table
    const reopened = await DocxDocument.open(await doc.inner.save());
    const [f] = await reopened.listFigures();
    expect(f).toMatchObject({ text: '520', location: { story: 'table', block: cell.index } });
    const saved = await parts(await reopened.save());
    for (const name of before.keys()) if (name !== 'word/document.xml' && !name.startsWith('customXml/')) expect(saved.get(name)).toBe(before.get(name));
  });

  test('a cursor in a cell (no selection) inserts there, leaving the cell text around it', async () => {
    const doc = await report();
    const cell = (await doc.readText()).blocks.find((b) => b.text === 'Lúa (ha)')!;
    doc.setCursor({ story: 'table', block: cell.index, start: 8, end: 8 });
    await doc.insertFigure({ kind: 'plan', indicators: ['nn.lua'], template: ' {plan:1}' }, ' 1.417,5', { selection: true });
    expect((await doc.readText()).blocks[cell.index].text).toBe('Lúa (ha) 1.417,5');
  });
});
