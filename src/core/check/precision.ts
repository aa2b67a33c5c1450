/**
 * A written number stands for the interval its decimals allow: 78,4 is [78,35; 78,45).
 * Counts written without decimals are exact. The checker flags a number only when no inputs within
 * their written precision give it.
 */
import type { VnNumber } from '../number';
import { roundHalfUp, truncateDecimals } from '../number';

export interface Interval {
  lo: number;
  hi: number;
}

export function intervalOf(n: Pick<VnNumber, 'value' | 'decimals'>, exactIntegers = true): Interval {
  if (n.decimals === 0 && exactIntegers) return { lo: n.value, hi: n.value };
  const h = 0.5 * 10 ** -n.decimals;
  return { lo: n.value - h, hi: n.value + h };
}

/** The interval of a / b × 100 for positive a, b. */
export function percentInterval(a: Interval, b: Interval): Interval | null {
  if (b.lo <= 0) return null;
  return { lo: (a.lo / b.hi) * 100, hi: (a.hi / b.lo) * 100 };
}

export function shift(i: Interval, by: number): Interval {
  return { lo: i.lo + by, hi: i.hi + by };
}

const EPS = 1e-9;

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi + EPS && b.lo <= a.hi + EPS;
}

/**
 * Whether a stated number (with its written decimals) can be the rounding of a value in `exact`. A
 * stated 96 stands for [95,5; 96,5): half-up, 96,5 is 97 (386/400 is not "96%"), so the upper end is
 * open, with room for the last bit of floating point.
 */
export function agrees(stated: Pick<VnNumber, 'value' | 'decimals'>, exact: Interval): boolean {
  const s = intervalOf(stated, false);
  return exact.hi >= s.lo - EPS && exact.lo < s.hi - EPS;
}

export type Slip = 'rounding-slip' | 'certain';

/** A truncated instead of rounded value is a slip of its own kind: 4,74% for 4,746…%. */
export function slipKind(stated: Pick<VnNumber, 'value' | 'decimals'>, exact: number): Slip {
  const t = truncateDecimals(exact, stated.decimals);
  return t === stated.value && roundHalfUp(exact, stated.decimals) !== stated.value ? 'rounding-slip' : 'certain';
}

export function midpoint(i: Interval): number {
  return (i.lo + i.hi) / 2;
}
