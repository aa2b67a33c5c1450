/**
 * The document model of a .docx: its text blocks in document order (body paragraphs and table cells,
 * then footnotes in reference order) and its content controls with where they sit.
 * Both the .docx adapter and the fake Word API of the tests are built on it, so block indices agree.
 */
import type { Element } from '@xmldom/xmldom';
import type { StoryKind, TableCoordinates, TextBlock } from '../core/document/text';
import { XmlSource } from './source';
import type { DocxPackage } from './package';
import { childElements, firstW, isW, W_NS, wAttr } from './xml';

export const DOCUMENT_PART = 'word/document.xml';
export const FOOTNOTES_PART = 'word/footnotes.xml';

/** One character for each of these run children, as Word's Range.text gives them. */
const RUN_CHARS: Record<string, string> = { tab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-', ptab: '\t' };
/** Containers inside a paragraph whose runs are part of its text. */
const INLINE_CONTAINERS = new Set(['hyperlink', 'ins', 'smartTag', 'customXml', 'fldSimple', 'moveTo', 'dir', 'bdo']);
/** Containers of paragraphs and tables. */
const BLOCK_CONTAINERS = new Set(['customXml', 'ins', 'moveTo']);

export interface DocxBlock extends TextBlock {
  part: string;
  paragraph: Element;
  /** The w:t / w:tab… elements and the text offsets they cover, for mapping offsets back to XML. */
  pieces: { el: Element; start: number; end: number }[];
}

export interface DocxControl {
  part: string;
  /** Position among all w:sdt elements of its part, in document order. */
  ordinal: number;
  element: Element;
  tag: string;
  alias: string;
  /** w:sdtPr/w:id, Word's ContentControl.id. */
  id?: string;
  story: StoryKind;
  footnoteId?: string;
  /** Inline controls sit inside one paragraph; block controls hold whole paragraphs or tables. */
  level: 'inline' | 'block';
  block: number;
  start: number;
  endBlock: number;
  end: number;
  text: string;
  /** Set while the control shows its placeholder text (w:showingPlcHdr). */
  placeholder: boolean;
}

export interface DocxModel {
  blocks: DocxBlock[];
  controls: DocxControl[];
  sources: Map<string, XmlSource>;
  /** Footnote ids in reference order, each with the body block that references it. */
  footnoteRefs: { id: string; block: number; offset: number }[];
}

interface Walk {
  part: string;
  story: StoryKind;
  footnoteId?: string;
  table?: TableCoordinates;
  ordinals: Map<Element, number>;
  headingLevels: Map<string, number>;
  tables: { n: number };
  blocks: DocxBlock[];
  controls: DocxControl[];
  refs: { id: string; block: number; offset: number }[];
}

function sdtOrdinals(root: Element): Map<Element, number> {
  const map = new Map<Element, number>();
  const list = root.getElementsByTagNameNS(W_NS, 'sdt');
  for (let i = 0; i < list.length; i++) {
    const el = list.item(i);
    if (el) map.set(el, i);
  }
  return map;
}

/** Heading levels by style id, from styles.xml (names "heading 1"… or an outline level). */
export function headingStyles(stylesXml: string | undefined): Map<string, number> {
  const map = new Map<string, number>();
  if (!stylesXml) return map;
  const root = new XmlSource(stylesXml, 'word/styles.xml').root;
  for (const style of childElements(root)) {
    if (!isW(style, 'style') || wAttr(style, 'type') !== 'paragraph') continue;
    const id = wAttr(style, 'styleId');
    if (!id) continue;
    const name = wAttr(firstW(style, 'name'), 'val') ?? '';
    const byName = /^heading\s*(\d)$/i.exec(name);
    const outline = wAttr(firstW(firstW(style, 'pPr') ?? style, 'outlineLvl'), 'val');
    if (byName) map.set(id, Number(byName[1]));
    else if (outline !== undefined && /^\d$/.test(outline) && Number(outline) < 9) map.set(id, Number(outline) + 1);
  }
  return map;
}

function headingLevel(p: Element, w: Walk): number | undefined {
  const pPr = firstW(p, 'pPr');
  if (!pPr) return undefined;
  const outline = wAttr(firstW(pPr, 'outlineLvl'), 'val');
  if (outline !== undefined && /^\d$/.test(outline) && Number(outline) < 9) return Number(outline) + 1;
  const style = wAttr(firstW(pPr, 'pStyle'), 'val');
  if (!style) return undefined;
  const known = w.headingLevels.get(style);
  if (known !== undefined) return known;
  const m = /^heading\s*(\d)$/i.exec(style);
  return m ? Number(m[1]) : undefined;
}

function sdtInfo(sdt: Element): { tag: string; alias: string; id?: string; placeholder: boolean } {
  const pr = firstW(sdt, 'sdtPr');
  return {
    tag: wAttr(firstW(pr ?? sdt, 'tag'), 'val') ?? '',
    alias: wAttr(firstW(pr ?? sdt, 'alias'), 'val') ?? '',
    id: wAttr(firstW(pr ?? sdt, 'id'), 'val'),
    placeholder: !!(pr && firstW(pr, 'showingPlcHdr')),
  };
}

function paragraph(p: Element, w: Walk): void {
  const block: DocxBlock = {
    index: w.blocks.length,
    story: w.story === 'body' && w.table ? 'table' : w.story,
    text: '',
    part: w.part,
    paragraph: p,
    pieces: [],
  };
  if (w.footnoteId !== undefined) block.footnoteId = w.footnoteId;
  if (w.table) block.table = { ...w.table };
  const level = headingLevel(p, w);
  if (level !== undefined) block.headingLevel = level;
  w.blocks.push(block);
  let text = '';
  const add = (el: Element, s: string): void => {
    if (!s) return;
    block.pieces.push({ el, start: text.length, end: text.length + s.length });
    text += s;
  };
  const inline = (parent: Element): void => {
    for (const c of childElements(parent)) {
      if (c.namespaceURI !== W_NS) continue;
      const name = c.localName ?? '';
      if (name === 'r') {
        for (const rc of childElements(c)) {
          if (rc.namespaceURI !== W_NS) continue;
          if (rc.localName === 't') add(rc, rc.textContent ?? '');
          else if (rc.localName === 'footnoteReference') w.refs.push({ id: wAttr(rc, 'id') ?? '', block: block.index, offset: text.length });
          else {
            const ch = RUN_CHARS[rc.localName ?? ''];
            if (ch) add(rc, ch);
          }
        }
      } else if (name === 'sdt') {
        const content = firstW(c, 'sdtContent');
        const start = text.length;
        if (content) inline(content);
        w.controls.push({
          part: w.part,
          ordinal: w.ordinals.get(c) ?? -1,
          element: c,
          ...sdtInfo(c),
          story: w.story,
          ...(w.footnoteId !== undefined ? { footnoteId: w.footnoteId } : {}),
          level: 'inline',
          block: block.index,
          start,
          endBlock: block.index,
          end: text.length,
          text: text.slice(start),
        });
      } else if (INLINE_CONTAINERS.has(name)) inline(c);
    }
  };
  inline(p);
  block.text = text;
}

function table(tbl: Element, w: Walk): void {
  const outer = w.table;
  const index = outer ? outer.table : w.tables.n++;
  let row = 0;
  for (const tr of unwrap(tbl, 'tr', w)) {
    let cell = 0;
    for (const tc of unwrap(tr, 'tc', w)) {
      // A nested table's paragraphs count as the outer cell's, as the cell is what a reader points to.
      w.table = outer ?? { table: index, row, cell };
      blocks(tc, w);
      cell++;
    }
    row++;
  }
  w.table = outer;
}

/** Children of a given kind, looking through row- and cell-level content controls and custom XML. */
function unwrap(parent: Element, localName: string, w: Walk): Element[] {
  const out: Element[] = [];
  for (const c of childElements(parent)) {
    if (isW(c, localName)) out.push(c);
    else if (isW(c, 'sdt')) {
      const content = firstW(c, 'sdtContent');
      if (content) out.push(...unwrap(content, localName, w));
    } else if (isW(c, 'customXml')) out.push(...unwrap(c, localName, w));
  }
  return out;
}

function blocks(parent: Element, w: Walk): void {
  for (const c of childElements(parent)) {
    if (c.namespaceURI !== W_NS) continue;
    const name = c.localName ?? '';
    if (name === 'p') paragraph(c, w);
    else if (name === 'tbl') table(c, w);
    else if (name === 'sdt') {
      const content = firstW(c, 'sdtContent');
      const first = w.blocks.length;
      if (content) blocks(content, w);
      const last = w.blocks.length - 1;
      const inner = w.blocks.slice(first);
      w.controls.push({
        part: w.part,
        ordinal: w.ordinals.get(c) ?? -1,
        element: c,
        ...sdtInfo(c),
        story: w.story,
        ...(w.footnoteId !== undefined ? { footnoteId: w.footnoteId } : {}),
        level: 'block',
        block: first,
        start: 0,
        endBlock: Math.max(first, last),
        end: inner.length ? inner[inner.length - 1].text.length : 0,
        text: inner.map((b) => b.text).join('\n'),
      });
    } else if (BLOCK_CONTAINERS.has(name)) blocks(c, w);
  }
}

/** Builds the model from the parts of a package (parts parsed once; pass `sources` to reuse them). */
export function buildModel(pkg: DocxPackage): DocxModel {
  const sources = new Map<string, XmlSource>();
  const docText = pkg.part(DOCUMENT_PART);
  if (docText === undefined) throw new Error('not a .docx file: word/document.xml is missing');
  const doc = new XmlSource(docText, DOCUMENT_PART);
  sources.set(DOCUMENT_PART, doc);
  const body = firstW(doc.root, 'body');
  const walk: Walk = {
    part: DOCUMENT_PART,
    story: 'body',
    ordinals: sdtOrdinals(doc.root),
    headingLevels: headingStyles(pkg.part('word/styles.xml')),
    tables: { n: 0 },
    blocks: [],
    controls: [],
    refs: [],
  };
  if (body) blocks(body, walk);

  const fnText = pkg.part(FOOTNOTES_PART);
  if (fnText !== undefined) {
    const fn = new XmlSource(fnText, FOOTNOTES_PART);
    sources.set(FOOTNOTES_PART, fn);
    const notes = new Map<string, Element>();
    for (const note of childElements(fn.root)) {
      const type = wAttr(note, 'type');
      if (!isW(note, 'footnote') || (type !== undefined && type !== 'normal')) continue;
      notes.set(wAttr(note, 'id') ?? '', note);
    }
    const order = [...new Set(walk.refs.map((r) => r.id).filter((id) => notes.has(id)))];
    for (const id of notes.keys()) if (!order.includes(id)) order.push(id);
    const fnWalk: Walk = { ...walk, part: FOOTNOTES_PART, story: 'footnote', ordinals: sdtOrdinals(fn.root), tables: { n: 0 }, refs: [] };
    for (const id of order) {
      fnWalk.footnoteId = id;
      fnWalk.tables = { n: 0 };
      const note = notes.get(id);
      if (note) blocks(note, fnWalk);
    }
  }
  return { blocks: walk.blocks, controls: walk.controls, sources, footnoteRefs: walk.refs };
}

