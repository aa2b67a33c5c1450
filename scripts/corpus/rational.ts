/**
 * Exact rational numbers on bigint, so that labels never inherit a floating-point rounding error
 * (1.000/21.070 must round to 4,75 and 10,5/56 = 18,75 must round up to 18,8).
 */

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export class Rat {
  readonly n: bigint;
  readonly d: bigint;

  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new Error('Rat: division by zero');
    const sign = d < 0n ? -1n : 1n;
    const g = gcd(n, d) || 1n;
    this.n = (sign * n) / g;
    this.d = (sign * d) / g;
  }

  static of(v: bigint | number): Rat {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`Rat.of: ${v} is not an integer; parse decimals from text`);
      return new Rat(BigInt(v));
    }
    return new Rat(v);
  }

  static pow10(k: number): Rat {
    return k >= 0 ? new Rat(10n ** BigInt(k)) : new Rat(1n, 10n ** BigInt(-k));
  }

  add(o: Rat): Rat { return new Rat(this.n * o.d + o.n * this.d, this.d * o.d); }
  sub(o: Rat): Rat { return new Rat(this.n * o.d - o.n * this.d, this.d * o.d); }
  mul(o: Rat): Rat { return new Rat(this.n * o.n, this.d * o.d); }
  div(o: Rat): Rat {
    if (o.n === 0n) throw new Error('Rat: division by zero');
    return new Rat(this.n * o.d, this.d * o.n);
  }
  neg(): Rat { return new Rat(-this.n, this.d); }
  abs(): Rat { return this.n < 0n ? this.neg() : this; }
  cmp(o: Rat): -1 | 0 | 1 {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  eq(o: Rat): boolean { return this.cmp(o) === 0; }
  isZero(): boolean { return this.n === 0n; }

  /**
   * Rounds half away from zero to `decimals` places: the convention of Vietnamese reports
   * (and of Excel's ROUND), so 18,75 → 18,8 and −2,5 → −3.
   */
  roundHalfUp(decimals: number): Rat {
    const scale = 10n ** BigInt(decimals);
    const neg = this.n < 0n;
    const n = neg ? -this.n : this.n;
    // floor((n/d)·scale + 1/2) = floor((2·n·scale + d) / (2·d))
    const q = (2n * n * scale + this.d) / (2n * this.d);
    return new Rat(neg ? -q : q, scale);
  }

  /** Digits after the point, truncated (for notes only): 4,7461… */
  toFixedTrunc(decimals: number): string {
    const scale = 10n ** BigInt(decimals);
    const neg = this.n < 0n;
    const n = neg ? -this.n : this.n;
    const q = (n * scale) / this.d;
    const int = q / scale;
    const frac = (q % scale).toString().padStart(decimals, '0');
    return `${neg ? '-' : ''}${int}${decimals > 0 ? '.' + frac : ''}`;
  }

  toString(): string { return this.d === 1n ? `${this.n}` : `${this.n}/${this.d}`; }
}
