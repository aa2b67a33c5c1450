/**
 * Word's paragraph text holds U+0002 where a footnote reference mark sits, in the body and at the
 * start of each footnote's own text (office-js #2749, #4997, #6942). The document model has no such
 * character: it keeps the text clean and the reference as an offset.
 */
export const NOTE_MARK = '\u0002';

/** The text without reference marks, and the offset (in the clean text) of each mark. */
export function stripNoteMarks(raw: string): { text: string; marks: number[] } {
  if (!raw.includes(NOTE_MARK)) return { text: raw, marks: [] };
  const marks: number[] = [];
  let text = '';
  for (const ch of raw) {
    if (ch === NOTE_MARK) marks.push(text.length);
    else text += ch;
  }
  return { text, marks };
}
