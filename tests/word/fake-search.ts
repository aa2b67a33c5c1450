/**
 * Word's search over one story's text, as far as it is documented:
 * - `^` starts a special character ("Use search options in your Word add-in to find text",
 *   learn.microsoft.com/office/dev/add-ins/word/search-option-guidance, table "Special characters"):
 *   ^^ caret, ^t tab, ^? any character, ^# any digit, ^$ any letter, ^s non-breaking space, ^w white
 *   space, ^p paragraph mark, ^f footnote mark. Other codes are not modelled (the fake refuses them).
 * - Wildcards (? * [ ] { } < > @ !) are special only with matchWildcards (same page); the fake does not
 *   model wildcard search and refuses it, so without the option they are plain characters.
 * - More than 255 characters fails with InvalidArgument on Word for Windows and Mac (office-js #168,
 *   #731, #320; the limit counts escapes too, #1726). Word.ErrorCodes also has SearchStringInvalidOrTooLong
 *   (index.d.ts:140519); the fake throws InvalidArgument, what the issues report.
 * - With the Find and Replace dialog open, search throws SearchDialogIsOpen (office-js #4922).
 * - Matches are found left to right and do not overlap: each search continues after the previous match
 *   (Word's Find; not stated for Office.js, so the adapter does not rely on it: it refuses spans whose
 *   text overlaps itself, where overlapping and non-overlapping counts differ).
 * - matchCase false (the default) ignores case.
 */
import { NotModelled, WordError } from './fake-api';

type Token = { kind: 'char'; ch: string } | { kind: 'class'; test: (ch: string) => boolean };

function tokens(search: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < search.length; i++) {
    const ch = search[i];
    if (ch !== '^') {
      out.push({ kind: 'char', ch });
      continue;
    }
    const code = search[++i];
    switch (code) {
      case '^':
        out.push({ kind: 'char', ch: '^' });
        break;
      case 't':
        out.push({ kind: 'char', ch: '\t' });
        break;
      case 's':
        out.push({ kind: 'char', ch: '\u00a0' });
        break;
      case 'f':
      case 'F':
        out.push({ kind: 'char', ch: '\u0002' });
        break;
      case '?':
        out.push({ kind: 'class', test: () => true });
        break;
      case '#':
        out.push({ kind: 'class', test: (c) => /\d/.test(c) });
        break;
      case '$':
        out.push({ kind: 'class', test: (c) => /\p{L}/u.test(c) });
        break;
      case 'w':
        out.push({ kind: 'class', test: (c) => /\s/.test(c) });
        break;
      case 'p':
        // A paragraph's own text holds no paragraph mark: ^p matches nothing inside one paragraph.
        out.push({ kind: 'class', test: () => false });
        break;
      default:
        throw new NotModelled(`the search code ^${code ?? ''}`);
    }
  }
  return out;
}

export interface SearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
}

/** Start and end offsets of the matches of `search` in `text`, left to right, not overlapping. */
export function wordSearch(text: string, search: string, options: SearchOptions = {}, dialogOpen = false): Array<[number, number]> {
  if (dialogOpen) throw new WordError('SearchDialogIsOpen', 'The search dialog is open (office-js #4922).');
  if (search.length > 255) throw new WordError('InvalidArgument', 'The search text is longer than 255 characters (office-js #168, #731).');
  if (options.matchWildcards) throw new NotModelled('wildcard search');
  if (!search) throw new WordError('InvalidArgument', 'Empty search text.');
  const toks = tokens(search);
  const fold = (c: string): string => (options.matchCase ? c : c.toLocaleLowerCase('vi'));
  const matchAt = (i: number): boolean =>
    toks.every((t, k) => {
      const c = text[i + k];
      if (c === undefined) return false;
      return t.kind === 'char' ? fold(c) === fold(t.ch) : t.test(c);
    });
  const out: Array<[number, number]> = [];
  for (let i = 0; i + toks.length <= text.length; ) {
    if (matchAt(i)) {
      out.push([i, i + toks.length]);
      i += toks.length;
    } else i++;
  }
  return out;
}
