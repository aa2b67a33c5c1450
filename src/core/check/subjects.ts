/**
 * Who a paragraph speaks of, when it names them: "Trường THPT Chuyên Hùng Vương", "Trường Phổ thông Dân
 * tộc Nội trú tỉnh", "xã Ia Bang", "huyện Đak Pơ". A news page or a district report often runs through
 * several schools, communes or units, one a paragraph; a count about one does not contradict, repeat or
 * break down a figure about another.
 */
import type { TextBlock } from '../document/text';
import { fold } from '../text/fold';

/** A kind of unit followed by its proper name (capitalised words, or an upper-case abbreviation). */
// no i flag: under it \p{Lu} would match lower-case letters too
const NAMED = /(?:^|[\s(,;:])([Tt]rường|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Tt]hôn|[Bb]ản|[Tt]ổ dân phố|[Cc]hi bộ|[Cc]ông ty|[Bb]ệnh viện|[Tt]rạm [Yy] tế)\s+((?:(?:\p{Lu}[\p{L}]*|[\p{Lu}\d]{2,})(?:[\s-]+|$)){1,6})/gu;
/** Words that are names of a kind, not of one unit: "Trường Tiểu học", "xã Nông thôn mới". */
const GENERIC = /^(?:tieu hoc|mam non|trung hoc co so|thcs|thpt|nong thon moi|dat chuan|vung|trong|nay|do)$/;

const OPENING = 50;

function namesIn(text: string): Array<{ key: string; at: number }> {
  const out: Array<{ key: string; at: number }> = [];
  for (const m of text.matchAll(NAMED)) {
    const name = fold(m[2]).toLowerCase().trim().replace(/\s+/g, ' ');
    if (!name || GENERIC.test(name)) continue;
    // the kind as one word ("thi-tran", "tram-y-te"): the key's first word tells the kind
    out.push({ key: `${fold(m[1]).toLowerCase().replace(/ /g, '-')} ${name}`, at: m.index ?? 0 });
  }
  return out;
}

/**
 * For each block, the unit it speaks of: the last one named in it or in the blocks before it of its
 * story; undefined where none is named yet.
 */
export function subjectsByBlock(blocks: readonly TextBlock[]): Map<number, string> {
  const out = new Map<number, string>();
  const last = new Map<string, string>();
  for (const b of blocks) {
    const key = `${b.story}|${b.footnoteId ?? ''}`;
    // the unit a paragraph opens with ("Năm học 2015-2016, Trường … có 390 học sinh") is what it speaks of;
    // one named further on is mentioned, not the speaker
    // only the opening is read: a name there is six words at most, far shorter than what is kept of it
    const names = namesIn(b.text.slice(0, OPENING + 250)).filter((n) => n.at < OPENING).map((n) => n.key);
    if (names.length) last.set(key, names[names.length - 1]);
    const current = last.get(key);
    if (current) out.set(b.index, current);
  }
  return out;
}

/** Two blocks speak of different named units of one kind (two schools; not a commune and one of its hamlets). */
export function differentSubjects(subjects: ReadonlyMap<number, string>, a: number, b: number): boolean {
  const x = subjects.get(a);
  const y = subjects.get(b);
  if (x === undefined || y === undefined || x === y) return false;
  return x.split(' ')[0] === y.split(' ')[0];
}
