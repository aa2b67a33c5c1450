/**
 * Text from people and files made comparable: composed (NFC), without the invisible characters that
 * copy-paste brings (zero-width spaces and joiners, word joiners, byte-order marks, soft hyphens), with
 * runs of spaces made one. "Phòng Kinh tế" typed in NFD, or with a zero-width space inside, is then
 * the same department as the one in the data, and not two names that look alike.
 */

// U+00AD soft hyphen, U+034F combining grapheme joiner, U+180E Mongolian vowel separator,
// U+200B–U+200F zero-width space/non-joiner/joiner and direction marks, U+202A–U+202E embeddings,
// U+2060–U+2064 word joiner and invisible operators, U+FEFF byte-order mark.
const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** A name or a search: NFC, invisible characters dropped, spaces collapsed and trimmed. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
