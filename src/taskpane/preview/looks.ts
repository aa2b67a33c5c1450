/**
 * How a paragraph of the .docx looks, as far as the workbench draws it: alignment, first-line indent,
 * bold/italic/underline runs, and the columns a table cell spans.
 */
import type { Element } from '@xmldom/xmldom';
import type { DocxBlock } from '../../docx/model';
import { firstW, isW, wAttr } from '../../docx/xml';

export interface BlockLooks {
  align?: 'left' | 'center' | 'right' | 'justify';
  indent?: string;
  colSpan?: number;
  runs: Array<{ start: number; end: number; bold: boolean; italic: boolean; underline: boolean }>;
}

const ALIGN: Record<string, BlockLooks['align']> = { center: 'center', right: 'right', end: 'right', both: 'justify', distribute: 'justify', left: 'left', start: 'left' };

/** A toggle property (w:b, w:i) is on unless w:val says 0/false/off. */
function on(rPr: Element | undefined, name: string): boolean {
  const el = rPr ? firstW(rPr, name) : undefined;
  if (!el) return false;
  const v = wAttr(el, 'val');
  return v === undefined || !['0', 'false', 'off', 'none'].includes(v);
}

const cache = new WeakMap<DocxBlock, BlockLooks>();

export function blockLooks(block: DocxBlock | undefined): BlockLooks {
  if (!block) return { runs: [] };
  const known = cache.get(block);
  if (known) return known;
  const pPr = firstW(block.paragraph, 'pPr');
  const jc = wAttr(pPr ? firstW(pPr, 'jc') : undefined, 'val');
  const firstLine = wAttr(pPr ? firstW(pPr, 'ind') : undefined, 'firstLine');
  const looks: BlockLooks = { runs: [] };
  if (jc && ALIGN[jc]) looks.align = ALIGN[jc];
  // twentieths of a point
  if (firstLine && /^\d+$/.test(firstLine) && Number(firstLine) > 0) looks.indent = `${Number(firstLine) / 20}pt`;
  const cell = block.paragraph.parentNode;
  if (cell && isW(cell, 'tc')) {
    const span = wAttr(firstW(firstW(cell, 'tcPr') ?? cell, 'gridSpan'), 'val');
    if (span && /^\d+$/.test(span) && Number(span) > 1) looks.colSpan = Number(span);
  }
  for (const p of block.pieces) {
    const run = p.el.parentNode;
    const rPr = run && isW(run, 'r') ? firstW(run, 'rPr') : undefined;
    const u = rPr ? firstW(rPr, 'u') : undefined;
    looks.runs.push({ start: p.start, end: p.end, bold: on(rPr, 'b'), italic: on(rPr, 'i'), underline: !!u && wAttr(u, 'val') !== 'none' });
  }
  cache.set(block, looks);
  return looks;
}
