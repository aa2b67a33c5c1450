/**
 * "81,3% số đảng viên được xếp loại 'Hoàn thành tốt nhiệm vụ' trở lên" in the summary restates the grades
 * given in the body: "hoàn thành xuất sắc nhiệm vụ 243 đồng chí (15,0%) …; hoàn thành tốt nhiệm vụ 1.257
 * đồng chí (77,7%); …". The grade named and every better one add up to the share said; the body's own
 * shares of the grades are the inputs, so their rounding is the tolerance.
 */
import { atNumber, type Finding } from '../finding';
import { formatVn } from '../../number';
import type { Mention, MentionIndex } from '../mentions';
import { fold } from '../../text/fold';
import { GRADE, gradeOf } from './ratings';

/** Grades best first: the rank of each ("trong sạch vững mạnh" of the older scale stands with "xuất sắc"). */
const RANKS: ReadonlyArray<readonly string[]> = [
  ['hoan thanh xuat sac nhiem vu', 'trong sach vung manh', 'xuat sac'],
  ['hoan thanh tot nhiem vu', 'vung manh', 'gioi', 'tot'],
  ['kha'],
  ['hoan thanh nhiem vu', 'trung binh'],
  ['khong hoan thanh nhiem vu', 'yeu', 'kem'],
];

function rankOf(grade: string): number {
  const folded = fold(grade).toLowerCase();
  return RANKS.findIndex((r) => r.includes(folded));
}

/** The rated things a share names: "số đảng viên", "số chi bộ" (and the first of "89,5% số chi bộ và 81,3% số đảng viên … trở lên"). */
const AT_LEAST = new RegExp(
  `^\\s*%?\\s*so ([a-z]+(?: [a-z]+)?)(?: va [\\d,]+% so [a-z]+(?: [a-z]+)?)? (?:duoc )?(?:danh gia,? )?(?:xep loai |dat )?["“']?(${GRADE.source})["”']? tro len\\b`,
);
/** The same rated things under the names a body counts them by ("243 đồng chí" of "số đảng viên"). */
const PEOPLE_NAMES = new Set(['dang vien', 'can bo', 'cong chuc', 'vien chuc', 'hoi vien', 'doan vien', 'nguoi']);

interface Graded {
  count: Mention;
  share: Mention;
  rank: number;
}

/** The graded counts of one sentence with their shares in parentheses ("243 đồng chí (15,0%)"), if every grade has one. */
function gradedSentences(index: MentionIndex): Graded[][] {
  const out: Graded[][] = [];
  for (const list of index.byBlock.values()) {
    const bySentence = new Map<number, Graded[]>();
    for (let i = 0; i < list.length - 1; i++) {
      const count = list[i];
      const share = list[i + 1];
      if (count.percent || count.y || !share.percent || share.sentence.start !== count.sentence.start) continue;
      if (!share.paren || share.paren.start < count.end || !/^\s*[a-z ]{0,20}\(\s*$/.test(share.lead)) continue;
      const grade = gradeOf(index, count, 45);
      const rank = grade === undefined ? -1 : rankOf(grade);
      if (rank < 0) continue;
      bySentence.set(count.sentence.start, [...(bySentence.get(count.sentence.start) ?? []), { count, share, rank }]);
    }
    for (const graded of bySentence.values()) {
      const ranks = graded.map((g) => g.rank);
      // one count per grade, best first
      if (graded.length >= 2 && new Set(ranks).size === ranks.length && ranks.every((r, i) => i === 0 || r > ranks[i - 1])) out.push(graded);
    }
  }
  return out;
}

function names(unit: Mention, noun: string): boolean {
  const u = fold(unit.unit).toLowerCase();
  return u === noun || (unit.family === 'people' && PEOPLE_NAMES.has(noun));
}

export function checkRatedAtLeast(index: MentionIndex): Finding[] {
  const claims = index.all.flatMap((p) => {
    // (the tail stops at 60 characters: a grade in quotes runs longer)
    const said = p.percent && !p.y ? AT_LEAST.exec((index.folded.get(p.block.index) ?? '').slice(p.end, p.end + 140)) : null;
    // ("Số đảng viên hoàn thành xuất sắc nhiệm vụ bằng 16,2% số đảng viên hoàn thành tốt nhiệm vụ trở lên": one grade against the others)
    if (!said || GRADE.test((index.folded.get(p.block.index) ?? '').slice(p.sentence.start, p.start))) return [];
    // the grade as the report writes it: the folded text keeps the original's offsets
    const at = p.end + said.index + said[0].lastIndexOf(said[2]);
    return [{ p, noun: said[1], rank: rankOf(said[2]), grade: p.block.text.slice(at, at + said[2].length) }].filter((c) => c.rank >= 0);
  });
  if (claims.length === 0) return [];
  const sentences = gradedSentences(index);
  const out: Finding[] = [];
  for (const { p, noun, rank, grade } of claims) {
    const of = sentences.filter((g) => g[0].count.sentence.start !== p.sentence.start || g[0].count.block !== p.block)
      .filter((g) => names(g[0].count, noun) && g.some((x) => x.rank === rank) && g[0].rank <= rank);
    // two sets of that kind rated (two years, two bodies): which one is restated is not known
    if (of.length !== 1) continue;
    const items = of[0].filter((x) => x.rank <= rank);
    const lo = items.reduce((s, x) => s + x.share.interval.lo, 0);
    const hi = items.reduce((s, x) => s + x.share.interval.hi, 0);
    const stated = p.interval;
    if (stated.hi >= lo && stated.lo <= hi) continue;
    const decimals = Math.max(...items.map((x) => x.share.n.decimals));
    const sum = items.reduce((s, x) => s + x.share.n.value, 0);
    const where = p.block.index === items[0].share.block.index ? 'cùng đoạn' : `đoạn ${items[0].share.block.index + 1}`;
    out.push({
      rule: 'rated-at-least',
      severity: 'warning',
      kind: 'possible',
      message: `Tỷ lệ xếp loại “${grade}” trở lên là ${items.map((x) => `${x.count.n.text} ${x.count.unit} (${x.share.n.text})`).join(' cộng ')} (${where}), tức ${formatVn(sum, { decimals })}%, không phải ${p.n.text}.`,
      ...atNumber(p),
      expected: `${formatVn(sum, { decimals })}%`,
    });
  }
  return out;
}
