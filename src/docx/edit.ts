/**
 * Raw-text splices of WordprocessingML: replacing a content control's content, and inserting XML at a
 * text offset of a paragraph (splitting a run). Only the spliced span of the part changes.
 */
import type { Element } from '@xmldom/xmldom';
import type { DocxBlock } from './model';
import type { XmlSource } from './source';
import { childElements, escapeXmlText, firstW, isW } from './xml';

export interface Splice {
  start: number;
  end: number;
  text: string;
}

export function applySplices(text: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new Error('overlapping edits');
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
}

/** Qualified name with the element's own prefix, so new markup reads like its neighbours. */
export function qname(el: Element, local: string): string {
  return el.prefix ? `${el.prefix}:${local}` : local;
}

export function rawOf(src: XmlSource, el: Element): string {
  return src.text.slice(src.start(el), src.end(el));
}

/** A run holding `text` with the given raw run properties. */
export function runXml(like: Element, rPr: string, text: string): string {
  const r = qname(like, 'r');
  const t = qname(like, 't');
  return `<${r}>${rPr}<${t} xml:space="preserve">${escapeXmlText(text)}</${t}></${r}>`;
}

/** The raw w:rPr of the first run inside `el` (to keep the figure's formatting), or ''. */
export function firstRunProps(src: XmlSource, el: Element): string {
  const runs = el.getElementsByTagNameNS(el.namespaceURI ?? '', 'r');
  for (let i = 0; i < runs.length; i++) {
    const r = runs.item(i);
    if (!r) continue;
    const rPr = firstW(r, 'rPr');
    return rPr ? rawOf(src, rPr) : '';
  }
  return '';
}

/** Replaces what an inline or block content control shows by one run of `text`. */
export function replaceControlText(src: XmlSource, sdt: Element, level: 'inline' | 'block', text: string): Splice[] {
  const content = firstW(sdt, 'sdtContent');
  const pr = firstW(sdt, 'sdtPr');
  const splices: Splice[] = [];
  // Once real text is in, the control no longer shows its placeholder.
  const plc = pr ? firstW(pr, 'showingPlcHdr') : undefined;
  if (plc) splices.push({ start: src.start(plc), end: src.end(plc), text: '' });
  const rPr = content ? firstRunProps(src, content) : '';
  let inner = runXml(sdt, rPr, text);
  if (level === 'block') {
    const p = content ? [...childElements(content)].find((c) => isW(c, 'p')) : undefined;
    const pPr = p ? firstW(p, 'pPr') : undefined;
    inner = `<${qname(sdt, 'p')}>${pPr ? rawOf(src, pPr) : ''}${inner}</${qname(sdt, 'p')}>`;
  }
  if (!content || src.isSelfClosing(content)) {
    const name = qname(sdt, 'sdtContent');
    const whole = content ? { start: src.start(content), end: src.end(content) } : { start: src.innerEnd(sdt), end: src.innerEnd(sdt) };
    splices.push({ ...whole, text: `<${name}>${inner}</${name}>` });
  } else {
    splices.push({ start: src.innerStart(content), end: src.innerEnd(content), text: inner });
  }
  return splices;
}

/** Raw offset inside a w:t's text for a character offset (entities count as one character). */
export function rawIndex(raw: string, chars: number): number {
  let i = 0;
  for (let n = 0; n < chars && i < raw.length; n++) {
    if (raw[i] === '&') {
      const semi = raw.indexOf(';', i);
      i = semi === -1 ? i + 1 : semi + 1;
    } else i++;
  }
  return i;
}

/**
 * Splice inserting `xml` (runs or an sdt) at character `offset` of a paragraph, splitting the run
 * there if needed.
 */
export function insertAtOffset(src: XmlSource, block: DocxBlock, offset: number, xml: string): Splice {
  const piece =
    block.pieces.find((p) => offset > p.start && offset < p.end) ??
    block.pieces.find((p) => p.start === offset) ??
    block.pieces.find((p) => p.end === offset);
  if (!piece) {
    // An empty paragraph, or no text: append after the paragraph properties.
    const at = src.innerEnd(block.paragraph);
    return { start: at, end: at, text: xml };
  }
  const run = piece.el.parentNode as Element;
  if (piece.start === offset) {
    const before = [...childElements(run)].filter((c) => !isW(c, 'rPr'));
    if (before[0] === piece.el) return { start: src.start(run), end: src.start(run), text: xml };
  }
  if (piece.end === offset) {
    const after = [...childElements(run)];
    if (after[after.length - 1] === piece.el) return { start: src.end(run), end: src.end(run), text: xml };
  }
  // Split the run around the point: the left half keeps everything before, the right half the rest.
  const runStart = src.start(run);
  const runOpen = src.text.slice(runStart, src.innerStart(run));
  const runClose = src.text.slice(src.innerEnd(run), src.end(run));
  const rPr = firstW(run, 'rPr');
  const rPrRaw = rPr ? rawOf(src, rPr) : '';
  let cut: number;
  let rightHead = '';
  if (isW(piece.el, 't')) {
    const tOpen = src.text.slice(src.start(piece.el), src.innerStart(piece.el));
    const tText = src.text.slice(src.innerStart(piece.el), src.innerEnd(piece.el));
    const k = rawIndex(tText, offset - piece.start);
    const tClose = `</${piece.el.nodeName}>`;
    const t = piece.el.nodeName;
    const left = `${tOpen.replace(/\/?>$/, '')}${/xml:space/.test(tOpen) ? '' : ' xml:space="preserve"'}>${tText.slice(0, k)}${tClose}`;
    rightHead = `<${t} xml:space="preserve">${tText.slice(k)}${tClose}`;
    const leftRun = src.text.slice(runStart, src.start(piece.el)) + left + runClose;
    return { start: runStart, end: src.end(piece.el), text: leftRun + xml + runOpen + rPrRaw + rightHead };
  }
  cut = piece.start === offset ? src.start(piece.el) : src.end(piece.el);
  const leftRun = src.text.slice(runStart, cut) + runClose;
  return { start: runStart, end: cut, text: leftRun + xml + runOpen + rPrRaw };
}

/**
 * Splices replacing the characters [start, end) of a paragraph's text with `text`, inside the w:t
 * elements that hold them: the first keeps the run's formatting and gets the new text, the others
 * lose the covered characters. Null when the span covers anything but plain text (a tab, a break).
 */
export function replaceTextSplices(src: XmlSource, block: DocxBlock, start: number, end: number, text: string): Splice[] | null {
  const covered = block.pieces.filter((p) => p.end > start && p.start < end);
  if (covered.length === 0 || covered.some((p) => !isW(p.el, 't'))) return null;
  if (covered[0].start > start || covered[covered.length - 1].end < end) return null;
  return covered.map((p, i) => {
    const raw = src.text.slice(src.innerStart(p.el), src.innerEnd(p.el));
    const a = rawIndex(raw, Math.max(0, start - p.start));
    const b = rawIndex(raw, Math.min(p.end, end) - p.start);
    const inner = raw.slice(0, a) + (i === 0 ? escapeXmlText(text) : '') + raw.slice(b);
    // the whole w:t is rewritten so that xml:space="preserve" keeps the spaces around the new text
    return { start: src.start(p.el), end: src.end(p.el), text: `<${p.el.nodeName} xml:space="preserve">${inner}</${p.el.nodeName}>` };
  });
}
