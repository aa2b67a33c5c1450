/**
 * Builds real .docx files for the tests with the `docx` package. The package cannot write content
 * controls with tags, so figures are written as marker runs "@@n@@" and turned into w:sdt afterwards.
 */
import JSZip from 'jszip';
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/** A piece of a paragraph: plain text, a bound figure (tag + shown text) or a footnote reference. */
export type Piece = string | { tag: string; text: string } | { footnote: number } | { styled: string; bold?: boolean; italics?: boolean };

export interface BlockSpec {
  heading?: 1 | 2 | 3;
  pieces?: Piece[];
  /** A table: rows of cells, each cell one paragraph. */
  table?: Piece[][][];
}

export interface DocSpec {
  body: BlockSpec[];
  footnotes?: Record<number, Piece[]>;
}

function runs(pieces: Piece[], figures: { tag: string; text: string }[]): (TextRun | FootnoteReferenceRun)[] {
  return pieces.map((p) => {
    if (typeof p === 'string') return new TextRun(p);
    if ('footnote' in p) return new FootnoteReferenceRun(p.footnote);
    if ('styled' in p) return new TextRun({ text: p.styled, bold: p.bold, italics: p.italics });
    figures.push(p);
    return new TextRun({ text: `@@${figures.length - 1}@@`, bold: figures.length % 3 === 0 });
  });
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Replaces each marker run with a rich-text content control holding the same run properties. */
function toControls(xml: string, figures: { tag: string; text: string }[]): string {
  return xml.replace(/<w:r>((?:(?!<w:r>).)*?)<w:t xml:space="preserve">@@(\d+)@@<\/w:t><\/w:r>/g, (_m, rPr: string, n: string) => {
    const f = figures[Number(n)];
    return (
      `<w:sdt><w:sdtPr>${rPr}<w:id w:val="${1000 + Number(n)}"/><w:tag w:val="${escape(f.tag)}"/></w:sdtPr>` +
      `<w:sdtContent><w:r>${rPr}<w:t xml:space="preserve">${escape(f.text)}</w:t></w:r></w:sdtContent></w:sdt>`
    );
  });
}

export async function buildDocx(spec: DocSpec): Promise<Uint8Array> {
  const figures: { tag: string; text: string }[] = [];
  const children = spec.body.map((b) => {
    if (b.table) {
      return new Table({
        rows: b.table.map(
          (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell, figures) })] })) }),
        ),
      });
    }
    const heading = b.heading ? [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][b.heading - 1] : undefined;
    return new Paragraph({ children: runs(b.pieces ?? [], figures), ...(heading ? { heading } : {}) });
  });
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const [id, pieces] of Object.entries(spec.footnotes ?? {})) footnotes[Number(id)] = { children: [new Paragraph({ children: runs(pieces, figures) })] };
  const doc = new Document({ footnotes, sections: [{ children }] });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  for (const name of ['word/document.xml', 'word/footnotes.xml']) {
    const file = zip.file(name);
    if (file) zip.file(name, toControls(await file.async('string'), figures));
  }
  return zip.generateAsync({ type: 'uint8array' });
}
