/**
 * Vietnamese numbers as reports write them: "." groups thousands, "," is the decimal mark
 * ("1.532,5"; "78,4%"; "06"). A dot not followed by groups of exactly three digits ("78.4"), or behind a
 * lone leading zero ("0.065"), is read as a decimal point, because some published reports write it so.
 */
import { Rat } from './rational';

export interface ViNumber {
  value: Rat;
  /** Digits written after the decimal mark: the precision the writer claims. */
  decimals: number;
  percent: boolean;
  text: string;
}

const NUMBER = /^([-−]?)(\d+(?:[.,]\d+)*)\s*(%?)$/;

export function parseViNumber(raw: string): ViNumber {
  const text = raw.trim();
  const m = NUMBER.exec(text);
  if (!m) throw new Error(`not a Vietnamese number: "${raw}"`);
  const [, sign, body, pct] = m;
  let intPart: string;
  let frac = '';
  if (body.includes(',')) {
    const parts = body.split(',');
    if (parts.length !== 2) throw new Error(`more than one decimal comma in "${raw}"`);
    intPart = parts[0];
    frac = parts[1];
    if (intPart.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(intPart)) throw new Error(`bad thousands grouping in "${raw}"`);
    intPart = intPart.replace(/\./g, '');
  } else if (body.includes('.')) {
    // "0.065" is a decimal: nobody groups thousands behind a leading zero.
    if (/^\d{1,3}(\.\d{3})+$/.test(body) && !body.startsWith('0.')) intPart = body.replace(/\./g, '');
    else {
      const parts = body.split('.');
      if (parts.length !== 2) throw new Error(`cannot read "${raw}"`);
      [intPart, frac] = parts;
    }
  } else intPart = body;
  const digits = BigInt(intPart + frac);
  let value = new Rat(digits, 10n ** BigInt(frac.length));
  if (sign) value = value.neg();
  return { value, decimals: frac.length, percent: pct === '%', text };
}

/** Formats in Vietnamese: 1.532,50 with exactly `decimals` digits (the value is rounded half-up). */
export function formatVi(value: Rat, decimals: number): string {
  const r = value.roundHalfUp(decimals);
  const scale = 10n ** BigInt(decimals);
  const neg = r.n < 0n;
  const scaled = ((neg ? -r.n : r.n) * scale) / r.d;
  const int = (scaled / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = decimals > 0 ? ',' + (scaled % scale).toString().padStart(decimals, '0') : '';
  return `${neg ? '-' : ''}${int}${frac}`;
}

/** A value shown with up to 4 decimals, for the computation in a note: 78,3077. */
export function showVi(value: Rat): string {
  const r = value.roundHalfUp(4);
  let s = formatVi(r, 4);
  s = s.replace(/,?0+$/, '');
  return r.eq(value) ? s : `${s}…`;
}
