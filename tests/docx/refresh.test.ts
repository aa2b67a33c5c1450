import { refreshDocument, renderFigure } from '../../src/core/figures';
import { DocxDocument } from '../../src/docx/adapter';
import { readDocxText } from '../../src/docx/read-text';
import { FIGURES, figureDocx, MAY } from './figure-doc';
import { outsideFigures, parts } from './parts';

const may = (name: keyof typeof FIGURES): string => {
  const r = renderFigure(FIGURES[name].spec, MAY);
  if (!r.ok) throw new Error(r.message);
  return r.text;
};

describe('refresh of a .docx', () => {
  test('lists the figures of body, table and footnote with their specs and last texts', async () => {
    const doc = await DocxDocument.open(await figureDocx());
    const figs = await doc.listFigures();
    expect(figs.map((f) => [f.figureId, f.story, f.text])).toEqual([
      ['lua001', 'body', FIGURES.lua.text],
      ['ngo001', 'body', FIGURES.ngo.text],
      ['thu001', 'body', FIGURES.thu.text],
      ['ngh001', 'body', FIGURES.ngheo.text],
      ['tie001', 'body', '50,0% kế hoạch'],
      ['tay001', 'body', '990 ha'],
      ['ngo001', 'body', FIGURES.ngo.text],
      ['lac001', 'body', 'lúa 5 ha'],
      ['ngu001', 'footnote', FIGURES.nguon.text],
      ['ton001', 'footnote', FIGURES.tong.text],
    ]);
    expect(figs[0].spec?.template).toContain('bằng {pct}%');
    expect(figs[1].lastText).toBeUndefined();
    const text = await doc.readText();
    for (const f of figs) expect(text.blocks[f.location!.block].text.slice(f.location!.start, f.location!.end)).toBe(f.text);
    expect(text.blocks[figs[2].location!.block].table).toEqual({ table: 0, row: 1, cell: 1 });
  });

  test('writes the new values, keeps hand edits and missing ones, and changes nothing else', async () => {
    const before = await figureDocx();
    const doc = await DocxDocument.open(before);
    const out = await refreshDocument(doc, MAY, '2026-05');
    const status = Object.fromEntries(out.reports.map((r) => [`${r.figureId}@${r.key}`, r.status]));
    expect(Object.values(status).sort()).toEqual(['broken', 'handEdited', 'missing', 'updated', 'updated', 'updated', 'updated', 'updated', 'updated', 'updated'].sort());
    expect(out.reports.find((r) => r.figureId === 'tay001')).toMatchObject({ status: 'handEdited', old: '990 ha', new: '1.110 ha' });
    expect(out.reports.find((r) => r.figureId === 'tie001')).toMatchObject({ status: 'missing' });
    expect(out.reports.find((r) => r.figureId === 'lac001')).toMatchObject({ status: 'broken', message: expect.stringContaining('Không tìm thấy') });
    expect(out.edits.find((e) => e.figureId === 'ngh001')).toMatchObject({ old: '05 hộ', new: '06 hộ' });
    const after = await doc.save();

    const text = (await readDocxText(after)).blocks.map((b) => b.text).join('\n');
    for (const name of ['lua', 'ngo', 'thu', 'nguon', 'tong'] as const) expect(text).toContain(may(name));
    expect(text).toContain('990 ha');
    expect(text).toContain('50,0% kế hoạch');

    const a = await parts(before);
    const b = await parts(after);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, xml] of a) {
      if (name === 'word/document.xml' || name === 'word/footnotes.xml') expect(outsideFigures(b.get(name)!)).toBe(outsideFigures(xml));
      else if (name === 'customXml/item1.xml') expect(b.get(name)).toContain('2026-05');
      else expect(b.get(name)).toBe(xml);
    }

    // A second refresh with the same data changes nothing, and the hand edit is still reported.
    const again = await DocxDocument.open(after);
    const second = await refreshDocument(again, MAY, '2026-05');
    expect(second.edits).toEqual([]);
    expect(second.reports.filter((r) => r.status === 'handEdited').map((r) => r.figureId)).toEqual(['tay001']);
    expect(await again.getReportSettings()).toEqual({ period: '2026-05', sourceUrl: 'http://127.0.0.1:3100' });
  });
});
