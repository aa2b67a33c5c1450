/**
 * Finding a span of a paragraph with Word's search, which has no offsets:
 * - `^` is special in Word's search text (^p, ^t, ^#…; "Use search options in your Word add-in to find
 *   text", learn.microsoft.com): a literal caret is written ^^. Wildcards are special only with
 *   matchWildcards, which is never set here.
 * - The search text is limited to 255 characters on Word for Windows and Mac (office-js #168, #731);
 *   escapes count.
 * - Which hit is the span is counted in the paragraph's text, as Word finds matches: left to right,
 *   each after the previous one. A span that is not such a match ("11" at the second "1" of "111")
 *   cannot be found by search, and the caller gets no hit rather than a wrong one. The caller also
 *   checks that Word returned as many hits as counted: if Word counted differently (overlapping
 *   matches), the numbers differ wherever it matters, and again nothing is edited.
 */
export const SEARCH_LIMIT = 255;

/** The text as Word's search reads it literally: every caret doubled. */
export function literalSearchText(text: string): string {
  return text.replace(/\^/g, '^^');
}

function occurrences(text: string, wanted: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(wanted); i !== -1; i = text.indexOf(wanted, i + wanted.length)) out.push(i);
  return out;
}

export interface SearchPlan {
  /** What to pass to search(). */
  searchText: string;
  /** Which hit (from 0) is the span. */
  nth: number;
  /** How many hits the search must return for `nth` to be the span. */
  expected: number;
}

/**
 * How to find text[start, end) by search, or undefined when search cannot tell it apart: empty,
 * longer than the limit, holding a U+0002 mark, or not one of the matches Word finds.
 */
export function planSearch(text: string, start: number, end: number): SearchPlan | undefined {
  const wanted = text.slice(start, end);
  if (!wanted.trim() || wanted.includes('\u0002')) return undefined;
  const searchText = literalSearchText(wanted);
  if (searchText.length > SEARCH_LIMIT) return undefined;
  const disjoint = occurrences(text, wanted);
  const nth = disjoint.indexOf(start);
  if (nth === -1) return undefined;
  return { searchText, nth, expected: disjoint.length };
}

/**
 * planSearch for a span given in the text without footnote marks (what readText gives), over Word's
 * text of the paragraph, which has a U+0002 at each mark: the search runs over Word's text.
 */
export function planSearchUnmarked(raw: string, start: number, end: number): SearchPlan | undefined {
  const toRaw: number[] = [];
  for (let i = 0; i < raw.length; i++) if (raw[i] !== '\u0002') toRaw.push(i);
  if (end <= start || end > toRaw.length) return undefined;
  return planSearch(raw, toRaw[start], toRaw[end - 1] + 1);
}

/** Word's error when the Find and Replace dialog is open (office-js #4922). */
export function isSearchDialogOpen(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'SearchDialogIsOpen';
}

export const SEARCH_DIALOG_MESSAGE = 'Hộp thoại Tìm và Thay thế của Word đang mở: hãy đóng nó rồi bấm lại.';
