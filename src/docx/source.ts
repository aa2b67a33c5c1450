/**
 * Where elements sit in the raw XML text of a part, from xmldom's locator. Edits splice the raw text
 * at these offsets instead of re-serialising the DOM, so nothing outside the edited span changes.
 */
import type { Element, Node } from '@xmldom/xmldom';
import { parseXml } from './xml';

interface Located {
  lineNumber?: number;
  columnNumber?: number;
}

export class XmlSource {
  readonly root: Element;
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly text: string,
    readonly partName: string,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    this.root = parseXml(text, partName);
  }

  /** Offset of the node's first character ('<' of an element). */
  start(node: Node): number {
    const loc = node as unknown as Located;
    if (!loc.lineNumber || !loc.columnNumber) throw new Error(`${this.partName}: no source position for <${node.nodeName}>`);
    const offset = this.lineStarts[loc.lineNumber - 1] + loc.columnNumber - 1;
    if (node.nodeType === 1 && !this.text.startsWith(`<${node.nodeName}`, offset)) {
      throw new Error(`${this.partName}: source position of <${node.nodeName}> does not match the text`);
    }
    return offset;
  }

  /** Offset just after the node's last character. */
  end(node: Node): number {
    if (node.nextSibling) return this.start(node.nextSibling);
    const parent = node.parentNode;
    if (!parent || parent.nodeType !== 1) {
      const close = `</${node.nodeName}>`;
      const at = this.text.lastIndexOf(close);
      return at === -1 ? this.text.length : at + close.length;
    }
    return this.innerEnd(parent as Element);
  }

  /** Offset of the element's start tag end (just after '>'); for a self-closing tag, its end. */
  innerStart(el: Element): number {
    const s = this.start(el);
    let quote = '';
    for (let i = s + 1; i < this.text.length; i++) {
      const c = this.text[i];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') return i + 1;
    }
    throw new Error(`${this.partName}: unterminated <${el.nodeName}>`);
  }

  isSelfClosing(el: Element): boolean {
    return this.text[this.innerStart(el) - 2] === '/';
  }

  /** Offset of the element's end tag '</…>' (for a self-closing element, its end). */
  innerEnd(el: Element): number {
    if (!el.firstChild) {
      const inner = this.innerStart(el);
      if (this.isSelfClosing(el)) return inner;
      return this.text.indexOf('</', inner);
    }
    const end = this.end(el);
    const at = this.text.lastIndexOf('</', end - 1);
    if (at === -1 || !this.text.startsWith(`</${el.nodeName}`, at)) {
      throw new Error(`${this.partName}: end tag of <${el.nodeName}> not found`);
    }
    return at;
  }
}
