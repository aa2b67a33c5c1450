/**
 * Thin helpers over @xmldom/xmldom for WordprocessingML. Parsing only: the package writer never
 * re-serialises a DOM (see splice.ts), so what Word wrote stays byte for byte.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import './xmldom-regex-cache';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function parseXml(text: string, partName: string): Element {
  let failure: string | undefined;
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning' && !failure) failure = message;
    },
  }).parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (failure || !root) throw new Error(`${partName}: not well-formed XML (${failure ?? 'no root element'})`);
  return root;
}

export function isElement(node: Node | null): node is Element {
  return !!node && node.nodeType === 1;
}

/** True for a WordprocessingML element with this local name. */
export function isW(node: Node | null, localName: string): node is Element {
  return isElement(node) && node.namespaceURI === W_NS && node.localName === localName;
}

export function* childElements(el: Element): Generator<Element> {
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n)) yield n;
}

export function firstW(el: Element, localName: string): Element | undefined {
  for (const c of childElements(el)) if (isW(c, localName)) return c;
  return undefined;
}

export function wAttr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W_NS, name);
  return v === null || v === '' ? (el.hasAttributeNS(W_NS, name) ? '' : undefined) : v;
}

export function escapeXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;');
}
