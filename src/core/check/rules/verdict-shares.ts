/**
 * Targets sorted by verdict, each written as X/Y of the same whole: "Có 13/26 chỉ tiêu vượt so kế
 * hoạch …; 10/26 chỉ tiêu đạt kế hoạch, … chỉ có 04/26 chỉ tiêu không đạt" counts 27 of 26. A target
 * is over, met or short of its plan, never two of them: the X of different verdicts cannot add up to
 * more than their Y.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import type { Mention, MentionIndex } from '../mentions';

type Verdict = 'over' | 'met' | 'short';

/** The verdict an X/Y's own words give it, right after its unit. */
function verdictOf(m: Mention): Verdict | undefined {
  const words = m.tail.split(/[,;(]/)[0];
  if (/\b(?:khong|chua) (?:dat|hoan thanh)\b/.test(words)) return 'short';
  if (/\bvuot\b/.test(words)) return 'over';
  if (/\b(?:dat|hoan thanh)\b/.test(words)) return 'met';
  return undefined;
}

export function checkVerdictShares(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    const byWhole = new Map<string, Array<{ m: Mention; verdict: Verdict }>>();
    for (const m of list) {
      if (!m.y || m.percent || m.block.table) continue;
      const verdict = verdictOf(m);
      if (!verdict) continue;
      const key = `${m.y.value}|${m.unit}`;
      byWhole.set(key, [...(byWhole.get(key) ?? []), { m, verdict }]);
    }
    for (const group of byWhole.values()) {
      // one of each verdict: "13/26 … vượt", "10/26 … đạt", "04/26 … không đạt"
      const kinds = new Set(group.map((g) => g.verdict));
      if (kinds.size < 2 || kinds.size !== group.length) continue;
      const whole = group[0].m.y!.value;
      const sum = group.reduce((s, g) => s + g.m.n.value, 0);
      if (sum <= whole) continue;
      const last = group[group.length - 1].m;
      out.push({
        rule: 'verdict-shares',
        severity: 'error',
        kind: 'certain',
        message: `Các nhóm ${group.map((g) => `${g.m.n.numberText}/${g.m.y!.numberText}`).join(', ')} cộng lại ${formatVn(sum)}, nhiều hơn tổng ${group[0].m.y!.numberText}: mỗi chỉ tiêu chỉ thuộc một nhóm (vượt, đạt hoặc không đạt).`,
        text: last.n.numberText,
        location: { story: last.block.story, block: last.block.index, start: last.n.start, end: last.n.end },
        stated: `${formatVn(sum)}/${group[0].m.y!.numberText}`,
        expected: `≤ ${group[0].m.y!.numberText}`,
      });
    }
  }
  return out;
}
