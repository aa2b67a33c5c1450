/**
 * Text as Word's API gives it, computed from the XML (the .docx model itself keeps the reviewed text):
 * - U+0002 where a footnote reference mark sits, and at the start of a footnote's text for its own
 *   mark (office-js #2749: "insert the reference mark (\x2) into the paragraph"; #4997; #6942 for
 *   NoteItem.body.text).
 * - `.text` includes text deleted with Track Changes on (office-js #1267: "deleted redlined text is
 *   included" in paragraphs read through the API). The issue is about Paragraph.text; the fake applies
 *   it to every `.text` (ContentControl, Body, Range), which is stricter.
 * - getReviewedText('Current') is the text as if every change were accepted, 'Original' as if every
 *   change were rejected (Word.ChangeTrackingVersion, index.d.ts:107676; WordApi 1.4). Whether it keeps
 *   the U+0002 marks is not documented; the fake keeps them, and the adapter strips them either way.
 */
import type { Element } from '@xmldom/xmldom';
import { childElements, W_NS } from '../../src/docx/xml';

export type TextVersion = 'raw' | 'Current' | 'Original';

const RUN_CHARS: Record<string, string> = { tab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-', ptab: '\t' };
const CONTAINERS = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'dir', 'bdo', 'sdtContent']);

function run(r: Element, deleted: boolean, version: TextVersion): string {
  let out = '';
  for (const c of childElements(r)) {
    if (c.namespaceURI !== W_NS) continue;
    const name = c.localName ?? '';
    if (name === 't' && !deleted) out += c.textContent ?? '';
    else if (name === 'delText' && (deleted || version !== 'Current')) out += c.textContent ?? '';
    else if (name === 'footnoteReference' || name === 'footnoteRef') out += '\u0002';
    else if (RUN_CHARS[name]) out += RUN_CHARS[name];
  }
  return out;
}

/** The text of a paragraph or of a content control's content, in one of Word's versions. */
export function wordTextOf(el: Element, version: TextVersion, deleted = false): string {
  let out = '';
  for (const c of childElements(el)) {
    if (c.namespaceURI !== W_NS) continue;
    const name = c.localName ?? '';
    if (name === 'r') out += run(c, deleted, version);
    else if (name === 'del' || name === 'moveFrom') {
      if (version !== 'Current') out += wordTextOf(c, version, true);
    } else if (name === 'ins' || name === 'moveTo') {
      if (version !== 'Original') out += wordTextOf(c, version, deleted);
    } else if (name === 'sdt') {
      for (const sc of childElements(c)) if (sc.localName === 'sdtContent') out += wordTextOf(sc, version, deleted);
    } else if (CONTAINERS.has(name)) out += wordTextOf(c, version, deleted);
  }
  return out;
}

/** True when the element holds tracked changes (insertions or deletions). */
export function hasRevisions(el: Element): boolean {
  return el.getElementsByTagNameNS(W_NS, 'del').length > 0 || el.getElementsByTagNameNS(W_NS, 'ins').length > 0;
}
