/**
 * A rating splits its whole: "có 04/05 chi hội vững mạnh (chiếm 80%), 02/05 chi hội khá, không có chi
 * hội trung bình, yếu, kém"; "xếp loại giỏi đạt 29,63%, khá 44,58%, trung bình 25,97%"; "có 6 chi bộ đạt
 * trong sạch vững mạnh, 5 chi bộ hoàn thành tốt nhiệm vụ, 1 chi bộ hoàn thành nhiệm vụ" of the 11 chi bộ
 * of the sentence before. Each rated thing gets one grade, so the grades of one sentence add up to the
 * whole (the Y of their X/Y, the whole said just before them, or 100% for shares).
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import type { Mention, MentionIndex } from '../mentions';

/** Grades of one scale: a sentence that uses two of them rates one set of things. */
export const GRADE = /\b(?:loai (?:a|b|c|d|i{1,3}|iv)|xuat sac|kha gia|kha|gioi|trung binh|yeu|kem|vung manh|trong sach vung manh|hoan thanh tot nhiem vu|hoan thanh xuat sac nhiem vu|hoan thanh nhiem vu|khong hoan thanh nhiem vu|tot(?! nghiep))\b/;

interface Graded {
  m: Mention;
  grade: string;
}

/**
 * The grade as written (the report's own words, with their marks), right after the count or right before it,
 * within `back` characters ("hoàn thành xuất sắc nhiệm vụ 243 đồng chí" needs more than the 22 of a short list).
 */
export function gradeOf(index: MentionIndex, m: Mention, back = 22): string | undefined {
  const folded = index.folded.get(m.block.index) ?? '';
  const text = m.block.text;
  // "02/05 chi hội khá", "khá 44,58%"
  const after = folded.slice(m.end, m.end + 45).split(/[,;(]/)[0];
  const a = GRADE.exec(after);
  if (a) return text.slice(m.end + a.index, m.end + a.index + a[0].length);
  const from = Math.max(m.sentence.start, m.start - back);
  const stretch = folded.slice(from, m.start);
  const cut = Math.max(stretch.lastIndexOf(','), stretch.lastIndexOf(';'), stretch.lastIndexOf(')')) + 1;
  const b = GRADE.exec(stretch.slice(cut));
  return b ? text.slice(from + cut + b.index, from + cut + b.index + b[0].length) : undefined;
}

export function checkRatings(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    // by sentence and by what is rated: "10 đồng chí … xuất sắc, 78 đồng chí …, có 6 chi bộ …, 5 chi bộ …" rates two sets
    const bySentence = new Map<string, Graded[]>();
    for (const m of list) {
      if (m.family === '' || m.roles.has('plan') || m.roles.has('target')) continue;
      const grade = gradeOf(index, m);
      if (!grade) continue;
      const key = `${m.sentence.start}|${m.percent ? '%' : m.family}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), { m, grade }]);
    }
    for (const graded of bySentence.values()) {
      // one count per grade, all of one kind: the shares of a graded X/Y ("(chiếm 80%)") are no grade of their own
      const counts = graded.filter((g) => !g.m.percent);
      const shares = graded.filter((g) => g.m.percent && !/\bchiem\b/.test(g.m.lead.slice(-12)));
      const items = counts.length >= 2 ? counts : shares.length >= 2 ? shares : [];
      if (items.length < 2 || new Set(items.map((g) => g.grade.toLowerCase())).size !== items.length) continue;
      if (items.some((g) => g.m.family !== items[0].m.family)) continue;
      const first = items[0].m;
      // every figure of its kind from the first grade on must be graded, or the grades were not all read
      const same = list.filter((m) => m.sentence.start === first.sentence.start && m.start >= first.start && m.percent === first.percent && m.family === first.family && !(m.percent && /\bchiem\b/.test(m.lead.slice(-12))));
      const before = list.filter((m) => m.sentence.start === first.sentence.start && m.start < first.start && m.percent && first.percent);
      if (same.length !== items.length || before.length > 0) continue;
      const folded = index.folded.get(first.block.index) ?? '';
      const sentence = folded.slice(first.sentence.start, first.sentence.end);
      // a breakdown that says more groups exist than it counts ("… và các loại khác") is not the whole
      if (/\b(?:khac|con lai khac)\b/.test(folded.slice(items.at(-1)!.m.end, items.at(-1)!.m.end + 30)) && !/\bcon lai\b/.test(sentence)) continue;
      const lo = items.reduce((s, g) => s + g.m.interval.lo, 0);
      const hi = items.reduce((s, g) => s + g.m.interval.hi, 0);
      let whole: { lo: number; hi: number; text: string; where: string } | undefined;
      if (first.percent) whole = { lo: 100, hi: 100, text: '100%', where: 'các mức xếp loại' };
      else if (items.every((g) => g.m.y && g.m.y.value === first.y?.value) && first.yInterval) whole = { ...first.yInterval, text: `${first.y!.numberText} ${first.unit}`, where: 'mẫu số' };
      else if (!items.some((g) => g.m.y)) {
        // the whole said before the grades, in the sentence or the one before: "sinh hoạt ở 11 chi bộ. … có 6 chi bộ …"
        const before = list.filter((m) => m.end <= first.start && !m.percent && !m.y && m.family === first.family && m.sentence.end >= first.sentence.start - 400 && !items.some((g) => g.m === m));
        // "53 cơ sở Đảng được công nhận trong sạch vững mạnh (…); 39 cơ sở …": a count with a grade of its own is one of the grades
        const w = before.filter((m) => !GRADE.test((index.folded.get(m.block.index) ?? '').slice(m.end, m.end + 70).split(/[,;(]/)[0])).at(-1);
        if (w && w.interval.lo >= Math.max(...items.map((g) => g.m.interval.lo))) whole = { ...w.interval, text: `${w.n.text} ${w.unit}`, where: w.sentence.start === first.sentence.start ? 'cùng câu' : 'câu trước' };
      }
      if (!whole) continue;
      // rounded shares may miss 100 by their rounding; counts are exact
      const slack = first.percent ? 0 : 1e-9;
      if (hi + slack >= whole.lo && lo - slack <= whole.hi) continue;
      // members are rated but some are exempt (old age, illness): their grades may fall short of all members, never pass them
      if (first.family === 'people' && whole.where !== 'mẫu số' && !first.percent && hi < whole.lo) continue;
      const sum = items.reduce((s, g) => s + (g.m.percent ? g.m.n.value : g.m.value / (g.m.value / g.m.n.value || 1)), 0);
      const decimals = Math.max(...items.map((g) => g.m.n.decimals));
      out.push({
        rule: 'parts-total',
        severity: whole.where === 'câu trước' ? 'warning' : 'error',
        kind: whole.where === 'câu trước' ? 'possible' : 'certain',
        message: `Các mức xếp loại (${items.map((g) => `${g.grade} ${g.m.n.text}`).join(', ')}) cộng lại ${formatVn(sum, { decimals })}${first.percent ? '%' : ''}, không bằng tổng ${whole.text} (${whole.where}): mỗi đơn vị chỉ có một mức.`,
        text: items[items.length - 1].m.n.text,
        location: { story: items[items.length - 1].m.block.story, block: items[items.length - 1].m.block.index, start: items[items.length - 1].m.n.start, end: items[items.length - 1].m.n.end },
        stated: formatVn(sum, { decimals }),
        expected: whole.text,
      });
    }
  }
  return out;
}
