/**
 * Cumulative values (lũy kế): the year to date cannot be below the period's own value, and where the
 * previous cumulative, the period and the new cumulative are all stated, the first two add up to it.
 */
import type { Finding } from '../finding';
import { formatVn } from '../../number';
import { type BlockClaims, clauseBounds } from '../quantities';

const CUMULATIVE = /lũy kế|luỹ kế|lũy kế từ đầu năm/u;

interface Amount {
  value: number;
  decimals: number;
  text: string;
  /** "triệu" of "1.532 triệu đồng": kept when writing the right number. */
  scale: string;
  start: number;
  end: number;
  unit: string;
  cumulative: boolean;
  previous: boolean;
}

function amounts(claims: BlockClaims): Amount[] {
  const text = claims.block.text;
  const list: Amount[] = [];
  const push = (value: number, decimals: number, start: number, end: number, unit: string, scale = ''): void => {
    const before = text.slice(Math.max(0, start - 30), start);
    list.push({
      value,
      decimals,
      text: text.slice(start, end),
      scale,
      start,
      end,
      unit,
      cumulative: CUMULATIVE.test(before),
      previous: /(?:tháng trước|kỳ trước)[\p{L} ]{0,12}$/u.test(before),
    });
  };
  for (const q of claims.quantities) if (!q.n.percent && q.unit) push(q.n.mantissa, q.n.decimals, q.n.start, q.n.end, q.unit, q.n.scaleWord ?? '');
  for (const r of claims.ratios) push(r.x.mantissa, r.x.decimals, r.x.start, r.x.end, r.unit);
  return list.sort((a, b) => a.start - b.start);
}

export function checkCumulative(all: readonly BlockClaims[]): Finding[] {
  const out: Finding[] = [];
  for (const claims of all) {
    const text = claims.block.text;
    const list = amounts(claims);
    for (let i = 0; i < list.length; i++) {
      const cum = list[i];
      if (!cum.cumulative || cum.previous) continue;
      // the period's own value: the nearest earlier amount of the same unit in the same sentence or clause pair
      const clause = clauseBounds(text, cum.start);
      const windowStart = clauseBounds(text, Math.max(0, clause.start - 2)).start;
      const period = [...list.slice(0, i)].reverse().find((a) => a.unit === cum.unit && !a.cumulative && !a.previous && a.start >= windowStart);
      if (!period) continue;
      const prev = list.find((a) => a.previous && a.unit === cum.unit && a.start >= windowStart && a.start < cum.end + 80);
      if (prev) {
        const sum = prev.value + period.value;
        const decimals = Math.max(prev.decimals, period.decimals);
        if (Math.abs(sum - cum.value) > 0.5 * 10 ** -decimals + 1e-9) {
          const expected = `${formatVn(sum, { decimals })}${cum.scale ? ` ${cum.scale}` : ''}`;
          out.push({
            rule: 'cumulative',
            severity: 'error',
            kind: 'certain',
            message: `Lũy kế tháng trước ${prev.text} cộng tháng này ${period.text} là ${expected}, không phải ${cum.text} (${cum.unit}).`,
            text: cum.text,
            location: { story: claims.block.story, block: claims.block.index, start: cum.start, end: cum.end },
            stated: cum.text,
            expected,
            fix: expected,
          });
        }
        continue;
      }
      if (cum.value + 1e-9 < period.value) {
        out.push({
          rule: 'cumulative',
          severity: 'error',
          kind: 'possible',
          message: `Lũy kế ${cum.text} nhỏ hơn số của riêng kỳ này (${period.text}, đơn vị ${cum.unit}): lũy kế phải ít nhất bằng số trong kỳ.`,
          text: cum.text,
          location: { story: claims.block.story, block: claims.block.index, start: cum.start, end: cum.end },
          stated: cum.text,
          expected: `≥ ${period.text}`,
        });
      }
    }
  }
  return out;
}
