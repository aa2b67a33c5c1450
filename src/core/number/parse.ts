import { formatVn } from './format';

/**
 * Parsing of numbers as Vietnamese reports write them.
 *
 * Rules (each is tested in tests/unit/number.parse.test.ts):
 * 1. The comma is the decimal mark: "78,4", "0,7", "1,215 tỷ" (= 1.215 tỷ, three decimals).
 * 2. A dot followed by exactly three digits groups thousands: "1.110", "1.000", "1.532,5".
 *    A dot followed by anything else is read as an English decimal point ("2.5") and the number is
 *    marked ambiguous, because a Vietnamese writer would have written "2,5".
 * 3. "1,532.5" (comma groups, dot decimal) is English format: read as 1532,5 and marked ambiguous.
 * 4. A comma followed by exactly three digits with no other separators ("1,215") stays a decimal
 *    comma but is marked ambiguous: an English writer would mean 1215.
 * 5. A leading zero on an integer ("06") is a count written with two digits: value 6, leadingZero.
 * 6. Scale words after the number multiply it: nghìn/ngàn (10³), triệu (10⁶), tỷ/tỉ (10⁹).
 * 7. "%" right after the number (up to three spaces allowed: "20,68  %") makes it a percentage.
 * 8. "-" or "−" directly before the digits makes it negative.
 * 9. An amount written across two scales ("3.579 tỷ 654 triệu", "147 triệu 700 nghìn") is one number,
 *    in the larger scale, with as many decimals as the smaller scale gives ("3.579,654 tỷ").
 */

export type Scale = 1 | 1e3 | 1e6 | 1e9;

export type Ambiguity = 'dot-decimal' | 'english-format' | 'comma-thousands';

export interface VnNumber {
  /** The numeric value with the scale word applied: "17,7 tỷ" → 17_700_000_000. */
  value: number;
  /** The value as written, before the scale word: "17,7 tỷ" → 17.7. */
  mantissa: number;
  /** Digits written after the decimal mark: "78,4" → 1, "1.110" → 0. */
  decimals: number;
  scale: Scale;
  /** The scale word as written ("tỷ", "triệu"…), if any. */
  scaleWord?: string;
  percent: boolean;
  negative: boolean;
  /** An integer written with a superfluous leading zero, as counts are: "06". */
  leadingZero: boolean;
  /** Set when the written form can be read another way (see the rules above). */
  ambiguous?: Ambiguity;
  /** The exact text of the whole match, scale word and % included. */
  text: string;
  /** The digits part only: "17,7" of "17,7 tỷ". */
  numberText: string;
  /** Offsets of `text` in the source string: [start, end). */
  start: number;
  end: number;
}

export interface NumberParseError {
  ok: false;
  input: string;
  /** English, for developers: parse errors reach users only through the checker's own messages. */
  reason: string;
}

export type ParseResult = { ok: true; number: VnNumber } | NumberParseError;

const SCALE_WORDS: ReadonlyArray<readonly [string, Scale]> = [
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
];

/**
 * One number token: sign, digits with separators, optional scale word and percent sign.
 * Written without nested quantifiers over the same characters so that it runs in linear time.
 */
const NUMBER_TOKEN =
  /([-−])?(\d+(?:[.,]\d+)*)(?:(\s{0,3}%)|(\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))(?![\p{L}\p{M}]))?/gu;

/**
 * A fresh copy of NUMBER_TOKEN (its own lastIndex). The flags come from the literal: the ES5 build of
 * the lite pane rewrites the literal without 'u' (Internet Explorer has no 'u' flag), and a RegExp
 * constructed with 'u' would not run there.
 */
function tokenRegExp(global: boolean): RegExp {
  const flags = NUMBER_TOKEN.flags.replace('g', '');
  return new RegExp(NUMBER_TOKEN.source, global ? `${flags}g` : flags);
}

/** Letters (with Vietnamese diacritics) that glue to a number and make it part of a word or code. */
const WORDISH = /[\p{L}\p{M}_]/u;

/** Units that drafters type without the space ("43ha", "30tạ/ha", "715,5tấn", "17.250.000.000đ"): a number, not a code like "4E". */
const GLUED_UNIT = /^(?:ha|tạ|tấn|kg|con|hộ|người|km|đ|đồng|lượt|m²|m³|m2|m3|m)(?![\p{L}\p{M}\d])/u;

interface DigitsReading {
  mantissa: number;
  decimals: number;
  ambiguous?: Ambiguity;
  leadingZero: boolean;
}

/** Normalise the digits-with-separators part ("1.532,5") to a value. Returns null if malformed. */
export function readDigits(digits: string): DigitsReading | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(digits)) return null;
  const dots = countChar(digits, '.');
  const commas = countChar(digits, ',');
  let intPart: string;
  let fracPart = '';
  let ambiguous: Ambiguity | undefined;

  if (commas === 0 && dots === 0) {
    intPart = digits;
  } else if (commas >= 1 && isEnGrouped(digits) && (commas > 1 || dots === 1)) {
    // "1,532.5", "1,000,000": comma-grouped English format.
    const [i, f = ''] = digits.split('.');
    intPart = i.replace(/,/g, '');
    fracPart = f;
    ambiguous = 'english-format';
  } else if (commas <= 1 && isVnGrouped(beforeComma(digits)) && !afterComma(digits).includes('.')) {
    // Vietnamese: dots group, one comma marks decimals.
    const [i, f = ''] = digits.split(',');
    intPart = i.replace(/\./g, '');
    fracPart = f;
    if (commas === 1 && dots === 0 && f.length === 3 && i.length <= 3 && !/^0/.test(i)) {
      ambiguous = 'comma-thousands';
    }
  } else if (dots === 1 && commas === 0) {
    // "2.5": a dot not followed by three digits is an English decimal point.
    const [i, f] = digits.split('.');
    intPart = i;
    fracPart = f;
    ambiguous = 'dot-decimal';
  } else {
    return null;
  }
  const leadingZero = fracPart === '' && intPart.length > 1 && intPart.startsWith('0');
  const mantissa = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  if (!Number.isFinite(mantissa)) return null;
  return { mantissa, decimals: fracPart.length, ambiguous, leadingZero };
}

function afterComma(s: string): string {
  const i = s.indexOf(',');
  return i < 0 ? '' : s.slice(i + 1);
}

function beforeComma(s: string): string {
  const i = s.indexOf(',');
  return i < 0 ? s : s.slice(0, i);
}

/** "1.110", "1.532", "12", "1.000.000": digits grouped by dots in threes. */
function isVnGrouped(intText: string): boolean {
  return /^\d{1,3}(?:\.\d{3})+$/.test(intText) || /^\d+$/.test(intText);
}

/** "1,532.5", "1,000,000": digits grouped by commas in threes, one optional dot decimal. */
function isEnGrouped(s: string): boolean {
  return /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s);
}

function countChar(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n++;
  return n;
}

function scaleOf(word: string): Scale {
  for (const [w, s] of SCALE_WORDS) if (w === word) return s;
  return 1;
}

/** Multiply without binary noise: 17,7 × 10⁹ must be exactly 17 700 000 000. */
function applyScale(mantissa: number, decimals: number, scale: Scale): number {
  if (scale === 1) return mantissa;
  return Number((mantissa * scale).toFixed(Math.max(0, decimals - Math.log10(scale))));
}

function build(m: RegExpExecArray, reading: DigitsReading, base: number): VnNumber {
  const [whole, sign, digits, pct, scaleRaw] = m;
  const scaleWord = scaleRaw?.trim();
  const scale = scaleWord ? scaleOf(scaleWord) : 1;
  const negative = sign !== undefined;
  const signed = negative ? -reading.mantissa : reading.mantissa;
  const start = base + m.index;
  const n: VnNumber = {
    value: applyScale(signed, reading.decimals, scale),
    mantissa: signed,
    decimals: reading.decimals,
    scale,
    percent: pct !== undefined,
    negative,
    leadingZero: reading.leadingZero,
    text: whole,
    numberText: (sign ?? '') + digits,
    start,
    end: start + whole.length,
  };
  if (scaleWord) n.scaleWord = scaleWord;
  if (reading.ambiguous) n.ambiguous = reading.ambiguous;
  return n;
}

/**
 * Parse a string that is exactly one number ("1.532,5", "78,4%", "17,7 tỷ", "06").
 * Never throws: anything else is a typed error.
 */
export function parseVnNumber(input: string): ParseResult {
  if (typeof input !== 'string') return { ok: false, input: String(input), reason: 'not a string' };
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, input, reason: 'empty input' };
  if (trimmed.length > 64) return { ok: false, input, reason: 'too long to be a number' };
  const re = tokenRegExp(false);
  const m = re.exec(trimmed);
  if (!m || m.index !== 0 || m[0].length !== trimmed.length) {
    return { ok: false, input, reason: `not a Vietnamese number: "${trimmed}"` };
  }
  const reading = readDigits(m[2]);
  if (!reading) return { ok: false, input, reason: `malformed digit grouping: "${m[2]}"` };
  const offset = input.indexOf(trimmed);
  return { ok: true, number: build(m, reading, offset) };
}

/**
 * Find every number in a text, with its span. Numbers that are part of a word ("H5N1", "COVID-19")
 * are skipped; what is a claim and what is a date or a document number is the checker's business.
 */
export function scanVnNumbers(text: string): VnNumber[] {
  const out: VnNumber[] = [];
  if (typeof text !== 'string' || text === '') return out;
  const re = tokenRegExp(true);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const firstDigit = m.index + (m[1] ? 1 : 0);
    const prev = firstDigit > 0 ? text[firstDigit - 1] : '';
    if (prev && (WORDISH.test(prev) || /\d/.test(prev))) continue;
    const after = text[m.index + m[0].length] ?? '';
    if (after && WORDISH.test(after) && !m[3] && !m[4] && !GLUED_UNIT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
    let reading = readDigits(m[2]);
    let match = m;
    if (!reading) continue;
    // "-" glued to a word is part of a code ("COVID-19"); between numbers it is a dash ("2026-2031").
    if (m[1] && m.index > 0 && WORDISH.test(text[m.index - 1])) continue;
    if (m[1] && m.index > 0 && /\p{N}/u.test(text[m.index - 1])) {
      const unsigned = tokenRegExp(false).exec(m[0].slice(1));
      if (!unsigned) continue;
      unsigned.index = m.index + 1;
      match = unsigned;
      reading = readDigits(match[2]);
      if (!reading) continue;
    }
    const n = build(match, reading, 0);
    const last = out[out.length - 1];
    const joined = last ? joinScales(last, n, text) : undefined;
    if (joined) out[out.length - 1] = joined;
    else out.push(n);
  }
  return out;
}

/** "3.579 tỷ" then "654 triệu" with only a space between: the one amount rule 9 reads. */
function joinScales(big: VnNumber, small: VnNumber, text: string): VnNumber | undefined {
  if (!big.scaleWord || !small.scaleWord || big.percent || small.negative || small.decimals > 0 || small.mantissa >= 1000) return undefined;
  if (small.scale >= big.scale || !/^\s{1,3}$/.test(text.slice(big.end, small.start))) return undefined;
  const decimals = Math.max(big.decimals, Math.round(Math.log10(big.scale / small.scale)));
  const sign = big.negative ? -1 : 1;
  const mantissa = Number((big.mantissa + (sign * small.mantissa * small.scale) / big.scale).toFixed(decimals));
  return {
    ...big,
    value: applyScale(mantissa, decimals, big.scale),
    mantissa,
    decimals,
    leadingZero: false,
    text: text.slice(big.start, small.end),
    // (written with the digits it needs: "147,7" of "147 triệu 700 nghìn")
    numberText: formatVn(mantissa, { decimals }).replace(/(,\d*?)0+$/, '$1').replace(/,$/, ''),
    end: small.end,
  };
}
