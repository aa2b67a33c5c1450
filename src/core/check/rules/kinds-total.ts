/**
 * A count of documents, cases or works broken into kinds that each carry their own noun: "rà soát 46
 * văn bản …, gồm 22 nghị quyết của Hội đồng nhân dân và 26 quyết định của Ủy ban nhân dân" counts 48.
 * Only after "gồm" and a list closed by "và": kinds that name all of the whole, in nouns of their own.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import type { Mention, MentionIndex } from '../mentions';

/** Nouns of a whole that is made of kinds named by other nouns. */
const CONTAINER = /^(?:van ban|ho so|vu viec|vu|truong hop|cong trinh|du an|san pham|don thu|don|thu tuc|mo hinh|phuong tien|tac pham|tin bai|bai viet|cuoc|lop|su kien|hoat dong)$/;

export function checkKindsTotals(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    for (let i = 0; i < list.length; i++) {
      const total = list[i];
      if (total.percent || total.y || total.paren || !total.family.startsWith('n:') || !CONTAINER.test(total.family.slice(2)) || total.value < 2) continue;
      const folded = index.folded.get(total.block.index) ?? '';
      const next = list[i + 1];
      if (!next || next.sentence.start !== total.sentence.start) continue;
      const between = folded.slice(total.end, next.start);
      if (!/,\s*(?:gom|bao gom|gom co)\s*:?\s*$/.test(between) || /[;.]\s/.test(between) || between.length > 160) continue;
      const parts: Mention[] = [];
      let closed = false;
      for (let k = i + 1; k < list.length; k++) {
        const m = list[k];
        if (m.sentence.start !== total.sentence.start || m.percent || m.y || m.paren || !m.family.startsWith('n:') || m.family === total.family) break;
        if (parts.length > 0) {
          const gap = folded.slice(parts[parts.length - 1].end, m.start);
          if (gap.includes(';')) break;
          // each kind after a comma or the "và" that closes the list
          if (/\sva\s*$/.test(gap)) closed = true;
          else if (!/,\s*$/.test(gap)) break;
        }
        parts.push(m);
        if (closed) break;
      }
      // distinct kinds, all of them named: the list ends with its "và" part and nothing of a count follows in the clause
      if (!closed || parts.length < 2 || new Set(parts.map((p) => p.family)).size !== parts.length) continue;
      const after = list[list.indexOf(parts[parts.length - 1]) + 1];
      if (after && after.clause.start === parts[parts.length - 1].clause.start && !after.percent) continue;
      const sum = parts.reduce((s, p) => s + p.value, 0);
      if (sum === total.value) continue;
      out.push({
        rule: 'kinds-total',
        severity: 'warning',
        kind: 'possible',
        message: `Các loại sau “gồm” cộng lại ${parts.map((p) => p.n.numberText).join(' + ')} = ${formatVn(sum)}, không khớp tổng ${total.n.numberText} ${total.unit}.`,
        text: total.n.text,
        location: { story: total.block.story, block: total.block.index, start: total.n.start, end: total.n.end },
        stated: total.n.text,
        expected: formatVn(sum),
      });
    }
  }
  return out;
}
