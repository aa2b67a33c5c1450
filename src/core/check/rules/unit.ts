/**
 * One figure given with two units: "trích lục bản đồ địa chính đạt 17/30 hồ sơ" in the body and
 * "trích lục 17/30 thửa" in the summary. The same X/Y about the same thing (a shared word before it)
 * must carry the same unit.
 */
import type { Finding } from '../finding';
import type { Mention, MentionIndex } from '../mentions';
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

/**
 * A plain figure written twice with two units of one measure: "sản lượng lương thực đạt 2.486 tạ" in the
 * summary, "sản lượng lương thực có hạt 2.486 tấn" in the body. The same digits about the same thing
 * (two words of its phrase in common) cannot be both tạ and tấn, triệu and tỷ.
 */
export function checkUnitSlips(index: MentionIndex): Finding[] {
  const out: Finding[] = [];
  const byDigits = new Map<string, Mention[]>();
  for (const m of index.all) {
    if (m.percent || m.y || m.family === '' || m.family.startsWith('n:') || m.family === 'people' || m.n.value === 0) continue;
    const key = `${m.n.numberText}|${m.family}`;
    byDigits.set(key, [...(byDigits.get(key) ?? []), m]);
  }
  for (const list of byDigits.values()) {
    for (let i = 1; i < list.length; i++) {
      const m = list[i];
      const prior = list.slice(0, i).find((p) => p.unit !== m.unit && p.block !== m.block && p.phrase.filter((w) => m.phrase.includes(w)).length >= 2);
      if (!prior) continue;
      out.push({
        rule: 'unit',
        severity: 'warning',
        kind: 'possible',
        message: `Cùng số ${m.n.numberText} nhưng hai đơn vị: “${prior.n.numberText} ${prior.unit}” ở đoạn ${prior.block.index + 1} và “${m.n.numberText} ${m.unit}” ở đây; kiểm tra lại đơn vị.`,
        text: m.n.text,
        location: { story: m.block.story, block: m.block.index, start: m.n.start, end: m.n.end },
        stated: `${m.n.numberText} ${m.unit}`,
        expected: `${m.n.numberText} ${prior.unit}`,
      });
    }
  }
  return out;
}
