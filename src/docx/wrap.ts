/**
 * Wrapping spans of existing text in content controls, without changing a character of the text: the
 * runs a span covers are split at its edges (each half keeps its run's properties) and the covered part
 * is put inside a w:sdt. Spans sharing runs are wrapped in one splice. A span whose text crosses a
 * hyperlink, a tracked change or a field, or lies inside a content control already, is refused.
 */
import type { Element, Node } from '@xmldom/xmldom';
import type { TextLocation } from '../core/document/text';
import { parseFigureTag } from '../core/figures/tag';
import { rawIndex, rawOf, type Splice } from './edit';
import type { DocxBlock, DocxModel } from './model';
import type { XmlSource } from './source';
import { childElements, escapeXmlAttr, firstW, isElement, isW, W_NS } from './xml';

export type WrapRefusal = 'changed' | 'not-plain' | 'inside-figure';

export interface WrapRequest {
  location: TextLocation;
  /** The text the span must still hold. */
  expected: string;
  tag: string;
}

export interface WrapPlan {
  splices: Map<string, Splice[]>;
  /** Per request: the new control's w:id, or why it was refused. */
  outcomes: Array<{ ok: true; wid: string } | { ok: false; reason: WrapRefusal }>;
}

/** Elements that may sit between the runs of a span: they mark places, they hold no text. */
const MARKERS = new Set(['proofErr', 'bookmarkStart', 'bookmarkEnd', 'commentRangeStart', 'commentRangeEnd', 'permStart', 'permEnd']);

interface Located {
  index: number;
  request: WrapRequest;
  block: DocxBlock;
  parent: Element;
  first: number;
  last: number;
  wid: string;
}

function siblings(parent: Element): Element[] {
  return [...childElements(parent)];
}

function insideFigure(model: DocxModel, block: DocxBlock, start: number, end: number): boolean {
  return model.controls.some((c) =>
    c.level === 'inline'
      ? c.block === block.index && c.start < end && c.end > start
      : c.block <= block.index && c.endBlock >= block.index && parseFigureTag(c.tag) !== undefined,
  );
}

function locate(model: DocxModel, r: WrapRequest, index: number, wid: string): Located | WrapRefusal {
  const block = model.blocks[r.location.block];
  const { start, end } = r.location;
  if (!block || end <= start || block.text.slice(start, end) !== r.expected) return 'changed';
  if (insideFigure(model, block, start, end)) return 'inside-figure';
  const covered = block.pieces.filter((p) => p.end > start && p.start < end);
  if (!covered.length || covered.some((p) => !isW(p.el, 't'))) return 'not-plain';
  const r1 = covered[0].el.parentNode;
  const r2 = covered[covered.length - 1].el.parentNode;
  if (!isElement(r1) || !isElement(r2) || !isW(r1, 'r') || !isW(r2, 'r') || r1.parentNode !== r2.parentNode || !isElement(r1.parentNode)) return 'not-plain';
  const parent = r1.parentNode;
  const list = siblings(parent);
  const first = list.indexOf(r1);
  const last = list.indexOf(r2);
  if (first < 0 || last < first) return 'not-plain';
  for (let i = first; i <= last; i++) {
    const s: Element = list[i];
    const name = s.localName ?? '';
    if (s.namespaceURI !== W_NS || (name !== 'r' && !MARKERS.has(name))) return 'not-plain';
  }
  return { index, request: r, block, parent, first, last, wid };
}

interface Atom {
  start: number;
  end: number;
  xml: string;
}

/** A run's children as atoms of text positions, its w:t cut at `cuts`. */
function atoms(src: XmlSource, run: Element, block: DocxBlock, cuts: readonly number[], from: number): { atoms: Atom[]; end: number } {
  const out: Atom[] = [];
  let pos = from;
  for (const c of childElements(run) as Iterable<Element>) {
    if (c.localName === 'rPr' && c.namespaceURI === W_NS) continue;
    const piece = block.pieces.find((p) => p.el === c);
    if (!piece) {
      out.push({ start: pos, end: pos, xml: rawOf(src, c) });
      continue;
    }
    pos = piece.start;
    const tName = c.nodeName;
    if (c.localName !== 't') {
      out.push({ start: piece.start, end: piece.end, xml: rawOf(src, c) });
      pos = piece.end;
      continue;
    }
    const raw = src.text.slice(src.innerStart(c), src.innerEnd(c));
    const inside = cuts.filter((k) => k > piece.start && k < piece.end);
    const edges = [piece.start, ...inside, piece.end];
    for (let i = 0; i + 1 < edges.length; i++) {
      const a = rawIndex(raw, edges[i] - piece.start);
      const b = rawIndex(raw, edges[i + 1] - piece.start);
      out.push({ start: edges[i], end: edges[i + 1], xml: `<${tName} xml:space="preserve">${raw.slice(a, b)}</${tName}>` });
    }
    pos = piece.end;
  }
  return { atoms: out, end: pos };
}

function sdtOpen(prefix: string, tag: string, wid: string, rPr: string): string {
  const w = (n: string): string => `${prefix}${n}`;
  return `<${w('sdt')}><${w('sdtPr')}>${rPr}<${w('alias')} ${w('val')}="Số liệu"/><${w('tag')} ${w('val')}="${escapeXmlAttr(tag)}"/><${w('id')} ${w('val')}="${wid}"/></${w('sdtPr')}><${w('sdtContent')}>`;
}

/** The XML of siblings first…last of `parent`, with the spans of `group` wrapped. */
function wrapGroup(src: XmlSource, group: Located[]): string {
  const { parent, block } = group[0];
  const list = siblings(parent);
  const first = Math.min(...group.map((g) => g.first));
  const last = Math.max(...group.map((g) => g.last));
  const spans = [...group].sort((a, b) => a.request.location.start - b.request.location.start);
  const cuts = spans.flatMap((s) => [s.request.location.start, s.request.location.end]);
  const prefix = parent.prefix ? `${parent.prefix}:` : '';
  let out = '';
  let open: Located | undefined;
  let next = 0;
  let pos = block.pieces.find((p) => p.el.parentNode === list[first])?.start ?? 0;
  const emit = (xml: string, start: number, end: number): void => {
    // opened lazily (marks before the span stay outside), closed as soon as its last character is out
    if (!open && next < spans.length && end > start && start === spans[next].request.location.start) {
      open = spans[next++];
      const rPr = firstW(list[open.first], 'rPr');
      out += sdtOpen(prefix, open.request.tag, open.wid, rPr ? rawOf(src, rPr) : '');
    }
    out += xml;
    if (open && end > start && end === open.request.location.end) {
      out += `</${prefix}sdtContent></${prefix}sdt>`;
      open = undefined;
    }
  };
  for (let i = first; i <= last; i++) {
    const s = list[i];
    if (!isW(s, 'r')) {
      emit(rawOf(src, s), pos, pos);
      continue;
    }
    const runOpen = src.text.slice(src.start(s), src.innerStart(s)).replace(/\/>$/, '>');
    const runClose = `</${s.nodeName}>`;
    const rPr = firstW(s, 'rPr');
    const props = rPr ? rawOf(src, rPr) : '';
    const a = atoms(src, s, block, cuts, pos);
    // consecutive atoms between two cuts make one run
    let seg: Atom[] = [];
    const flush = (): void => {
      if (!seg.length) return;
      emit(`${runOpen}${props}${seg.map((x) => x.xml).join('')}${runClose}`, seg[0].start, seg[seg.length - 1].end);
      seg = [];
    };
    for (const atom of a.atoms) {
      // a cut between two atoms ends a run; marks sitting at a cut get a run of their own
      if (seg.length && cuts.includes(atom.start) && seg[seg.length - 1].end === atom.start) flush();
      seg.push(atom);
    }
    flush();
    pos = a.end;
  }
  return out;
}

/** Splices wrapping each request's span in a content control with its tag. */
export function planWraps(model: DocxModel, requests: readonly WrapRequest[], newWid: () => string): WrapPlan {
  const outcomes: WrapPlan['outcomes'] = [];
  const located: Located[] = [];
  requests.forEach((r, i) => {
    const l = locate(model, r, i, newWid());
    if (typeof l === 'string') outcomes[i] = { ok: false, reason: l };
    else {
      located.push(l);
      outcomes[i] = { ok: true, wid: l.wid };
    }
  });
  // spans over the same runs (or overlapping each other) are one splice; overlapping spans are refused
  const byParent = new Map<Node, Located[]>();
  for (const l of located) byParent.set(l.parent, [...(byParent.get(l.parent) ?? []), l]);
  const splices = new Map<string, Splice[]>();
  for (const list of byParent.values()) {
    list.sort((a, b) => a.first - b.first || a.request.location.start - b.request.location.start);
    const groups: Located[][] = [];
    for (const l of list) {
      const g = groups[groups.length - 1];
      const prev = g?.[g.length - 1];
      if (prev && prev.request.location.end > l.request.location.start) {
        outcomes[l.index] = { ok: false, reason: 'changed' };
        continue;
      }
      if (g && Math.max(...g.map((x) => x.last)) >= l.first) g.push(l);
      else groups.push([l]);
    }
    for (const g of groups) {
      const src = model.sources.get(g[0].block.part);
      if (!src) continue;
      const siblingsOf = siblings(g[0].parent);
      const first = Math.min(...g.map((x) => x.first));
      const last = Math.max(...g.map((x) => x.last));
      const part = g[0].block.part;
      const listFor = splices.get(part) ?? [];
      listFor.push({ start: src.start(siblingsOf[first]), end: src.end(siblingsOf[last]), text: wrapGroup(src, g) });
      splices.set(part, listFor);
    }
  }
  return { splices, outcomes };
}
