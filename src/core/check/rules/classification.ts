/**
 * A whole classified by one attribute: "Tổng số hội viên … là 2.846 người. … Phân theo độ tuổi: dưới
 * 40 tuổi 612 người, từ 40 đến 60 tuổi 1.395 người, trên 60 tuổi 893 người." Classifying by age, sex,
 * group or source puts every member in one class, so the classes add up to the whole. The whole is the
 * stated total before the list (in its paragraph or a few before, in its section); a class list that
 * adds to any earlier amount of its kind is consistent. Which classes the text left out is not known:
 * a warning.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import { hasAnyRole, type Mention, type MentionIndex, PLACE_WHOLE } from '../mentions';

/** "Phân theo độ tuổi:", "Chia theo giới tính,", "Theo nhóm đối tượng:" at the head of a sentence or clause. */
const OPENER =
  /(?:^|[.;:]\s+|,\s+)(?:neu\s+)?(?:(?:phan|chia|co cau)\s+theo\s+[a-z]+(?: [a-z]+){0,3}\s*:|(?:(?:phan|chia|co cau)\s+)?theo\s+(?:do tuoi|nhom tuoi|gioi tinh|(?:nhom\s+)?doi tuong|trinh do(?: [a-z]+){0,3}|nguon(?: [a-z]+){0,2}|dan toc|thanh phan(?: [a-z]+){0,2}|hinh thuc(?: [a-z]+){0,2}|loai hinh(?: [a-z]+){0,2})\s*[:,])/g;
const BLOCKS_BACK = 3;

function sumOf(parts: readonly Mention[]): { lo: number; hi: number; value: number } {
  return parts.reduce((s, m) => ({ lo: s.lo + m.interval.lo, hi: s.hi + m.interval.hi, value: s.value + m.value }), { lo: 0, hi: 0, value: 0 });
}

/** The classes after the opener: the amounts of one kind up to the end of its sentence, outside parentheses. */
function classesAfter(list: readonly Mention[], from: number): Mention[] {
  const first = list.find((m) => m.start >= from && !m.percent && m.family !== '');
  if (!first) return [];
  const inSentence = list.filter((m) => m.start >= from && m.sentence.start === first.sentence.start && !m.percent && !m.y && !m.paren && m.family !== '');
  // "dưới 40 tuổi 612 người, từ 40 đến 60 tuổi …": ages are labels; the classes are of the kind most of the amounts are
  const counts = new Map<string, number>();
  for (const m of inSentence) counts.set(m.family, (counts.get(m.family) ?? 0) + 1);
  const family = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return inSentence.filter((m) => m.family === family);
}

function isWhole(m: Mention, family: string): boolean {
  return !m.percent && m.family === family && !hasAnyRole(m, ['same', 'previous', 'plan', 'target', 'approximate']);
}

export function checkClassifications(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const [b, list] of index.byBlock) {
    const block = index.blocks[b];
    if (!block || block.table) continue;
    const folded = index.folded.get(b) ?? '';
    if (!folded.includes('theo ')) continue;
    for (const opener of folded.matchAll(OPENER)) {
      const at = opener.index + opener[0].length;
      // a second opener in the same sentence ends the first one's list
      const next = [...folded.slice(at).matchAll(OPENER)][0];
      const parts = classesAfter(list, at).filter((m) => !next || m.start < at + next.index);
      if (parts.length < 2) continue;
      const family = parts[0].family;
      const max = Math.max(...parts.map((m) => m.value));
      const wholes: Mention[] = [];
      for (let k = b; k >= Math.max(0, b - BLOCKS_BACK); k--) {
        const other = index.byBlock.get(k) ?? [];
        if (k !== b && (index.blocks[k]?.story !== block.story || (other[0] && other[0].section !== parts[0].section))) break;
        for (const m of other) if ((k !== b || m.end <= opener.index) && isWhole(m, family) && m.value >= max) wholes.push(m);
      }
      const sum = sumOf(parts);
      const fits = (lo: number, hi: number): boolean => sum.hi >= lo - 1e-9 && sum.lo <= hi + 1e-9;
      if (wholes.some((w) => fits(w.interval.lo, w.interval.hi) || (w.yInterval !== undefined && fits(w.yInterval.lo, w.yInterval.hi)))) continue;
      // the whole meant: the last stated total before the list
      // (or what the place has: "Năm 2025, toàn xã có 232 người đi làm việc ở nước ngoài")
      const whole = wholes.filter((w) => (w.roles.has('total') || PLACE_WHOLE.test(w.lead)) && !w.y).sort((x, y) => y.id - x.id)[0];
      if (!whole) continue;
      const label = block.text.slice(opener.index, at).replace(/^[\s.;:,]+|[\s:,]+$/g, '');
      const unit = whole.unit ? ` ${whole.unit}` : '';
      out.push({
        rule: 'classification-total',
        severity: 'warning',
        kind: 'possible',
        message: `Các nhóm “${label}” cộng lại ${parts.map((m) => m.n.text).join(' + ')} = ${formatVn(sum.value)}${unit}, không bằng tổng ${whole.n.text}${unit} (${whole.block === block ? 'cùng đoạn' : `đoạn ${whole.block.index + 1}`}): phân loại theo một tiêu chí phải chia hết tổng số.`,
        text: parts[parts.length - 1].n.text,
        location: { story: block.story, block: b, start: parts[parts.length - 1].n.start, end: parts[parts.length - 1].n.end },
        stated: formatVn(sum.value),
        expected: whole.n.text,
      });
    }
  }
  return out;
}
