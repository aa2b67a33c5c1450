/**
 * Who a paragraph speaks of, when it names them: "Trường THPT Chuyên Hùng Vương", "Trường Phổ thông Dân
 * tộc Nội trú tỉnh", "xã Ia Bang", "huyện Đak Pơ". A news page or a district report often runs through
 * several schools, communes or units, one a paragraph; a count about one does not contradict, repeat or
 * break down a figure about another.
 */
import type { TextBlock } from '../document/text';
import { fold } from '../text/fold';
import { headingOf } from './headings';

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
  // a name in a table's cell ("Đường trục xã Đắk Ngo Đông - Quảng Tân Đông") speaks for its row only: the rows
  // after it and the tables after it do not speak of that commune
  const sections = new Map<string, Map<number, string | undefined>>();
  let outside: { key: string; subject: string | undefined; row: string } | undefined;
  for (const b of blocks) {
    const key = `${b.story}|${b.footnoteId ?? ''}`;
    const row = b.table ? `${b.table.table}:${b.table.row}` : '';
    if (outside && (outside.key !== key || outside.row !== row)) {
      if (outside.subject === undefined) last.delete(outside.key);
      else last.set(outside.key, outside.subject);
      outside = undefined;
    }
    if (b.table && !outside) outside = { key, subject: last.get(key), row };
    // a part's heading ends what the paragraphs of the part before it spoke of ("Công trình Đường trục xã Đắk Ngo Đông …"
    // is one project of the commune's report): the part speaks of whom its enclosing part spoke of
    const heading = b.story === 'body' && !b.table ? headingOf(b) : undefined;
    if (heading) {
      const levels = sections.get(key) ?? new Map<number, string | undefined>();
      // (the title's headings stand before the paragraph that names the speaker: none saved yet is none to go back to)
      const saved = levels.get(heading.level);
      if (saved !== undefined) last.set(key, saved);
      else levels.set(heading.level, last.get(key));
      for (const l of [...levels.keys()]) if (l > heading.level) levels.delete(l);
      sections.set(key, levels);
    }
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
