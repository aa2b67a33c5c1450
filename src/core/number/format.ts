/**
 * Formatting numbers the Vietnamese way: dot grouping, decimal comma, half-up rounding.
 *
 * Rounding is done on the decimal digits, not on the binary double, so that what a person computes
 * on paper is what the add-in writes: 18,75 → 18,8 and 101,25 → 101,3 (Intl and toFixed may not agree).
 */

/** The shortest decimal string of a double without binary noise ("0.1 + 0.2" → "0.3"). */
function cleanDecimal(value: number): string {
  const s = Number(value.toPrecision(15)).toString();
  if (!/e/i.test(s)) return s;
  // Expand exponent form into plain digits.
  const [mant, expText] = s.split(/e/i);
  const exp = Number(expText);
  const neg = mant.startsWith('-');
  const [ip, fp = ''] = mant.replace('-', '').split('.');
  const digits = ip + fp;
  const point = ip.length + exp;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return (neg ? '-' : '') + out;
}

/** Round half away from zero ("half-up" as people mean it) to `decimals` digits. */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const d = Math.max(0, Math.min(20, Math.trunc(decimals)));
  const s = cleanDecimal(Math.abs(value));
  const [ip, fp = ''] = s.split('.');
  if (fp.length <= d) return value < 0 ? -Number(s) : Number(s);
  const keep = ip + fp.slice(0, d);
  const roundUp = fp.charCodeAt(d) >= 53; // '5'
  let digits = keep;
  if (roundUp) {
    // add one to the last kept digit, with carry
    const arr = digits.split('').map(Number);
    let i = arr.length - 1;
    while (i >= 0) {
      if (arr[i] === 9) {
        arr[i] = 0;
        i--;
      } else {
        arr[i]++;
        break;
      }
    }
    digits = (i < 0 ? '1' : '') + arr.join('');
  }
  const intLen = digits.length - d;
  const text = d === 0 ? digits : `${digits.slice(0, intLen) || '0'}.${digits.slice(intLen)}`;
  const r = Number(text);
  return value < 0 && r !== 0 ? -r : r;
}

/** Truncate toward zero to `decimals` digits: what a person does who drops digits instead of rounding. */
export function truncateDecimals(value: number, decimals: number): number {
  const s = cleanDecimal(Math.abs(value));
  const [ip, fp = ''] = s.split('.');
  const r = Number(decimals > 0 ? `${ip}.${fp.slice(0, decimals) || '0'}` : ip);
  return value < 0 && r !== 0 ? -r : r;
}

export interface FormatOptions {
  /** Digits after the decimal comma (default 0). */
  decimals?: number;
  /** Drop trailing zeros of the fraction: 78,0 → 78 (default false: keep what was asked). */
  trimZeros?: boolean;
  /** Write counts below 10 with a leading zero, as reports do: 6 → "06". */
  leadingZero?: boolean;
  /** Group thousands with dots (default true). */
  grouping?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${decimals}:${grouping}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    formatters.set(key, f);
  }
  return f;
}

/** Format a number in Vietnamese style: formatVn(1532.5, {decimals: 1}) → "1.532,5". */
export function formatVn(value: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const decimals = Math.max(0, Math.min(20, Math.trunc(options.decimals ?? 0)));
  const rounded = roundHalfUp(value, decimals);
  let text = formatter(decimals, options.grouping ?? true).format(rounded === 0 ? 0 : rounded);
  // Some ICU builds use U+2212 or a non-breaking space; reports use plain '-' and '.'.
  text = text.replace(/\u2212/g, '-').replace(/[\u00a0\u202f]/g, '.');
  if (options.trimZeros && decimals > 0) text = text.replace(/,?0+$/, '');
  if (options.leadingZero && Number.isInteger(rounded) && rounded >= 0 && rounded < 10) text = `0${text}`;
  return text;
}

/** Format a percentage: formatPercent(78.307, 1) → "78,3%". */
export function formatPercent(value: number, decimals = 1, trimZeros = false): string {
  return `${formatVn(value, { decimals, trimZeros })}%`;
}
