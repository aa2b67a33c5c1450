/**
 * Where a report's parts begin: Word's or Markdown's headings, and the numbered lines in capitals that a
 * plain export leaves of them.
 */
import type { TextBlock } from '../document/text';
import { fold } from '../text/fold';

/** A heading's rank and folded text: a Word or Markdown heading, or a numbered line in capitals ("IV. PHƯƠNG HƯỚNG …"). */
export function headingOf(b: TextBlock): { level: number; text: string; title: boolean } | undefined {
  const raw = b.text.trim();
  const numbered = b.headingLevel === undefined && raw.length < 140 && /^(?:[IVXL]+|PHẦN [\p{Lu}]+)[.)]?\s/u.test(raw) && raw === raw.toUpperCase();
  // (folded only for a heading: every paragraph of a report is asked, most are not one)
  if (b.headingLevel === undefined && !numbered) return undefined;
  // (a Markdown export keeps its "## " marks in the text)
  const text = fold(b.text).toLowerCase().replace(/^[#\s]+/, '').trim();
  // a part's title: marked as one, or written in capitals; a numbered sentence is an item
  const title = raw.startsWith('#') || (raw === raw.toUpperCase() && /\p{Lu}/u.test(raw));
  return { level: b.headingLevel ?? 1, text, title: b.headingLevel === undefined ? true : title };
}
