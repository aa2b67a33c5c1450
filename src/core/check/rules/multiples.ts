/**
 * A multiple against its base: "486 hồ sơ được thanh toán trực tuyến … Số hồ sơ thanh toán trực tuyến gấp
 * 2,4 lần cùng kỳ (186 hồ sơ)" is 486/186 = 2,6 lần; "đến nay đạt 1.086 ha, gấp 1,6 lần năm 2024 (672 ha)".
 * The base is the amount in parentheses right after the multiple; the figure is the amount of the same
 * kind before it in its sentence, else the last one earlier in its paragraph that names the same thing.
 */
import { atNumber, type Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import { type Mention, type MentionIndex, phraseOverlap } from '../mentions';
import { agrees } from '../precision';

export function checkMultiples(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  for (const list of index.byBlock.values()) {
    list.forEach((times, i) => {
      if (times.percent || times.y || !/^\s*lan\b/.test(times.tail) || !/\b(?:gap|bang)\s*$/.test(times.lead)) return;
      // "gấp 2,4 lần cùng kỳ (186 hồ sơ)": one amount opening parentheses just after
      const base = list[i + 1];
      if (!base || !base.paren || base.paren.start - times.end > 30 || base.percent || base.y || base.family === '' || base.value <= 0) return;
      if (list.some((m) => m !== base && m.paren?.start === base.paren!.start && !m.percent)) return;
      const kind = (m: Mention): boolean => m.family === base.family && !m.percent && !m.y && m !== base && m.roles.size === 0;
      const before = list.slice(0, i).filter(kind);
      const inSentence = before.filter((m) => m.sentence.start === times.sentence.start && !m.paren);
      const figure = inSentence.at(-1) ?? before.filter((m) => phraseOverlap([...m.phrase, ...m.after], times.phrase) >= 2).at(-1);
      if (!figure) return;
      const exact = figure.value / base.value;
      const lo = figure.interval.lo / base.interval.hi;
      const hi = figure.interval.hi / base.interval.lo;
      if (agrees(times.n, { lo, hi })) return;
      const expected = formatVn(roundHalfUp(exact, times.n.decimals), { decimals: times.n.decimals });
      out.push({
        rule: 'multiple',
        severity: 'error',
        kind: figure.sentence.start === times.sentence.start ? 'certain' : 'possible',
        message: `${figure.n.text} ${figure.unit} so với ${base.n.text} ${base.unit} (trong ngoặc) là ${formatVn(exact, { decimals: times.n.decimals + 2 })} lần; làm tròn là ${expected} lần, không phải ${times.n.text} lần.`,
        ...atNumber(times),
        expected,
        fix: expected,
      });
    });
  }
  return out;
}
