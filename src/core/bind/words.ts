/**
 * Words for matching a number to an indicator: text folded (no diacritics, lower case) and reduced to
 * syllables separated by single spaces, so that "rau, đậu" and "Rau đậu" read alike. Phrases are found
 * at syllable boundaries only: "ngo" is not found in "ngoai".
 */
import { fold } from '../text/fold';

/** Folded syllables joined by single spaces, with a space at each end (so " lua " is a whole word). */
export function syllables(text: string): string {
  return ` ${fold(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/** Where a phrase (already in `syllables` form) occurs in a syllable text: every start, left to right. */
export function phraseAt(haystack: string, phrase: string): number[] {
  const out: number[] = [];
  if (phrase.trim() === '') return out;
  for (let i = haystack.indexOf(phrase); i !== -1; i = haystack.indexOf(phrase, i + 1)) out.push(i);
  return out;
}

/** Syllables that say nothing about which indicator a number is (function words, generic nouns). */
const STOP = new Set(
  ('so tong dien tich cac loai cua va duoc trong tren dia ban nam thang ky nay do den mot nhung cho voi la co da dat ' +
    'bang hien con tai theo xa thi khi ve the nhu cau dang se moi gom ke hoach chi tieu thuc hien').split(' '),
);

/** The content syllables of a name, for overlap when no name or alias is written out. */
export function contentSyllables(text: string): string[] {
  return [...new Set(syllables(text).trim().split(' '))].filter((w) => w.length >= 2 && !/^\d/.test(w) && !STOP.has(w));
}
