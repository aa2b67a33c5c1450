/**
 * Change against a base: "tăng 12,5% so với cùng kỳ (cùng kỳ: 400 tấn)" after the current amount,
 * and "giảm 15 hộ (từ 585 xuống 570 hộ)": the difference and the direction must agree.
 */
import type { Finding } from '../finding';
import { formatVn, roundHalfUp } from '../../number';
import { agrees, intervalOf, slipKind } from '../precision';
import { type BlockClaims, clauseBounds, type Quantity } from '../quantities';

const DIRECTION = /(tăng|giảm)\s*$/u;

function at(q: Quantity): Finding['location'] {
  return { story: q.block.story, block: q.block.index, start: q.n.start, end: q.n.end };
}

export function checkChanges(all: readonly BlockClaims[]): Finding[] {
  const out: Finding[] = [];
  for (const claims of all) {
    const text = claims.block.text;
    const qs = claims.quantities;
    for (let i = 0; i < qs.length; i++) {
      const q = qs[i];
      const before = text.slice(Math.max(0, q.n.start - 8), q.n.start);
      const dir = DIRECTION.exec(before)?.[1];
      if (!dir) continue;
      const clause = clauseBounds(text, q.n.start);
      const rest = text.slice(q.n.end, Math.min(clause.end + 1, q.n.end + 120));

      // "giảm 15 hộ (từ 585 xuống 570 hộ)"
      const fromTo = /^\s*[\p{L} ]{0,20}\(\s*từ\s+/u.exec(rest);
      if (!q.n.percent && fromTo) {
        const a = qs[i + 1];
        const b = qs[i + 2];
        if (a && b && /^\s*[\p{L} ]{0,12}(xuống|lên|còn)\s+$/u.test(text.slice(a.n.end, b.n.start))) {
          const diff = b.n.value - a.n.value;
          const expectedDir = diff < 0 ? 'giảm' : 'tăng';
          // (to the figures' own decimals: 90,4 − 88,8 is 1,6000000000000085 in floating point)
          const magnitude = roundHalfUp(Math.abs(diff), Math.max(a.n.decimals, b.n.decimals));
          if (magnitude !== q.n.value || (diff !== 0 && expectedDir !== dir)) {
            const expected = formatVn(magnitude, { decimals: Math.max(a.n.decimals, b.n.decimals), leadingZero: q.n.leadingZero });
            out.push({
              rule: 'change',
              severity: 'error',
              kind: 'certain',
              message: `Từ ${a.n.text} ${dir === 'giảm' ? 'xuống' : 'lên'} ${b.n.text} là ${expectedDir} ${expected}, không phải ${dir} ${q.n.text}.`,
              text: q.n.text,
              location: at(q),
              stated: `${dir} ${q.n.text}`,
              expected: `${expectedDir} ${expected}`,
              ...(expectedDir === dir ? { fix: expected } : {}),
            });
          }
          i += 2;
        }
        continue;
      }

      // "tăng 12,5% so với cùng kỳ (cùng kỳ: 400 tấn)", current amount earlier in the clause
      if (!q.n.percent) continue;
      const base = /^\s*so với cùng kỳ[^()]{0,30}\(\s*cùng kỳ[^0-9()]{0,20}/u.exec(rest);
      if (!base) continue;
      const baseQ = qs.find((o) => o.n.start >= q.n.end + base[0].length - 1 && o.n.start <= q.n.end + base[0].length + 2 && !o.n.percent);
      const current = [...qs.slice(0, i)].reverse().find((o) => o.n.start >= clause.start && !o.n.percent && (!baseQ || o.unit === baseQ.unit));
      if (!baseQ || !current || baseQ.n.value === 0) continue;
      const c = intervalOf(current.n);
      const b = intervalOf(baseQ.n);
      const change = ((current.n.value - baseQ.n.value) / baseQ.n.value) * 100;
      const lo = ((c.lo - b.hi) / b.hi) * 100;
      const hi = ((c.hi - b.lo) / b.lo) * 100;
      const signed = dir === 'giảm' ? -q.n.value : q.n.value;
      const stated = { value: signed, decimals: q.n.decimals };
      if (agrees(stated, { lo: Math.min(lo, hi), hi: Math.max(lo, hi) })) continue;
      const expectedDir = change < 0 ? 'giảm' : 'tăng';
      const expected = `${formatVn(roundHalfUp(Math.abs(change), q.n.decimals), { decimals: q.n.decimals })}%`;
      out.push({
        rule: 'change',
        severity: 'error',
        kind: expectedDir === dir ? slipKind({ value: q.n.value, decimals: q.n.decimals }, Math.abs(change)) : 'certain',
        message: `${current.n.text} so với cùng kỳ ${baseQ.n.text} là ${expectedDir} ${expected}, không phải ${dir} ${q.n.text}.`,
        text: q.n.text,
        location: at(q),
        stated: `${dir} ${q.n.text}`,
        expected: `${expectedDir} ${expected}`,
        ...(expectedDir === dir ? { fix: expected } : {}),
      });
    }
  }
  return out;
}
