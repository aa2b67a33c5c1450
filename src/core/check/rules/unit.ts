/**
 * One figure given with two units: "trích lục bản đồ địa chính đạt 17/30 hồ sơ" in the body and
 * "trích lục 17/30 thửa" in the summary. The same X/Y about the same thing (a shared word before it)
 * must carry the same unit.
 */
import type { Finding } from '../finding';
import { type BlockClaims, clauseBounds, fold, type Ratio } from '../quantities';

const STOP = new Set(['dat', 'duoc', 'voi', 'la', 'co', 'va', 'cac', 'trong', 'da', 'thuc', 'hien', 'bang', 'tong', 'so', 'moi', 'nam', 'thang', 'tren', 'cua', 'cho', 'tai', 'theo', 'xa']);

function contextWords(r: Ratio): Set<string> {
  const clause = clauseBounds(r.block.text, r.start);
  const before = r.block.text.slice(Math.max(clause.start, r.start - 40), r.start);
  const words = fold(before).split(/[^a-z]+/).filter((w) => w.length >= 2 && !STOP.has(w));
  return new Set(words.slice(-7));
}

function unitSpan(r: Ratio): { end: number; text: string } {
  const tail = r.block.text.slice(r.end, r.end + 40);
  const i = tail.toLowerCase().indexOf(r.unit);
  const end = i >= 0 && i <= 2 ? r.end + i + r.unit.length : r.end;
  return { end, text: r.block.text.slice(r.start, end) };
}

export function checkUnits(all: readonly BlockClaims[]): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, Ratio>();
  for (const claims of all) {
    for (const r of claims.ratios) {
      if (!r.unit) continue;
      const key = `${r.x.value}/${r.y.value}`;
      const prior = first.get(key);
      if (!prior) {
        first.set(key, r);
        continue;
      }
      if (prior.unit === r.unit) continue;
      const shared = [...contextWords(r)].some((w) => contextWords(prior).has(w));
      if (!shared) continue;
      const span = unitSpan(r);
      const expected = `${r.x.text}/${r.y.text} ${prior.unit}`;
      out.push({
        rule: 'unit',
        severity: 'error',
        kind: 'possible',
        message: `Cùng số liệu ${r.x.text}/${r.y.text} nhưng hai đơn vị: “${unitSpan(prior).text}” ở trên và “${span.text}” ở đây; kiểm tra lại đơn vị (có thể là ${prior.unit}).`,
        text: span.text,
        location: { story: r.block.story, block: r.block.index, start: r.start, end: span.end },
        stated: span.text,
        expected,
      });
    }
  }
  return out;
}
