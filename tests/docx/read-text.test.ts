import { readFileSync } from 'fs';
import path from 'path';
import { readDocxText } from '../../src/docx/read-text';
import { buildDocx } from './build';

const corpus = path.resolve(__dirname, '../../corpus');

describe('readDocxText', () => {
  test('reads body, tables, footnotes, headings and content controls in document order', async () => {
    const bytes = await buildDocx({
      body: [
        { heading: 1, pieces: ['I. Kinh tế'] },
        { pieces: ['Lúa đạt ', { tag: 'bc1:a', text: '1.110 ha' }, ' trong kỳ', { footnote: 1 }, '.'] },
        { table: [[['Chỉ tiêu'], ['Kết quả']], [['Ngô'], [{ tag: 'bc1:b', text: '250' }, ' ha']]] },
        { pieces: ['Sau bảng', { footnote: 2 }] },
        { table: [[['x']]] },
      ],
      footnotes: { 1: ['Nguồn: Phòng Kinh tế, ', { tag: 'bc1:c', text: '31/5/2026' }], 2: ['Chú thích hai'] },
    });
    const { blocks } = await readDocxText(bytes);
    expect(blocks.map((b) => [b.index, b.story, b.text])).toEqual([
      [0, 'body', 'I. Kinh tế'],
      [1, 'body', 'Lúa đạt 1.110 ha trong kỳ.'],
      [2, 'table', 'Chỉ tiêu'],
      [3, 'table', 'Kết quả'],
      [4, 'table', 'Ngô'],
      [5, 'table', '250 ha'],
      [6, 'body', 'Sau bảng'],
      [7, 'table', 'x'],
      [8, 'footnote', 'Nguồn: Phòng Kinh tế, 31/5/2026'],
      [9, 'footnote', 'Chú thích hai'],
    ]);
    expect(blocks[0].headingLevel).toBe(1);
    expect(blocks[1].headingLevel).toBeUndefined();
    expect(blocks[5].table).toEqual({ table: 0, row: 1, cell: 1 });
    expect(blocks[7].table).toEqual({ table: 1, row: 0, cell: 0 });
    expect(blocks[8].footnoteId).toBe('1');
    expect(blocks[9].footnoteId).toBe('2');
  });

  test('reads the corpus reports: headings, paragraphs and the three footnotes of May', async () => {
    const may = await readDocxText(readFileSync(path.join(corpus, '001_9331be7396ee03da.docx')));
    const notes = may.blocks.filter((b) => b.story === 'footnote');
    expect([...new Set(notes.map((b) => b.footnoteId))]).toEqual(['1', '2', '3']);
    expect(notes[0].index).toBe(may.blocks.length - notes.length);
    expect(may.blocks.filter((b) => b.headingLevel === 1)).toHaveLength(4);
    expect(may.blocks.every((b, i) => b.index === i)).toBe(true);
    // The body text is the .txt export's, without its footnote markers.
    const txt = readFileSync(path.join(corpus, '001_9331be7396ee03da.txt'), 'utf8');
    const body = may.blocks.filter((b) => b.story === 'body' && b.text.length > 40);
    expect(body.length).toBeGreaterThan(50);
    for (const b of body.slice(0, 20)) expect(txt).toContain(b.text.slice(0, 40));
    const april = await readDocxText(readFileSync(path.join(corpus, '000_306bd0586b3c5796.docx')));
    expect(april.blocks.filter((b) => b.story === 'footnote')).toHaveLength(0);
    expect(april.blocks.length).toBeGreaterThan(20);
  });

  test('rejects bytes that are not a .docx with a clear message', async () => {
    await expect(readDocxText(new Uint8Array([1, 2, 3]))).rejects.toThrow(/not a \.docx/);
  });
});
