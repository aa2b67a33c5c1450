/**
 * The relations a report spec declares, each with its inputs as the report writes them, and their
 * evaluation into a labelled claim with exact arithmetic. A spec says which claims are mistakes
 * (`mistake: 'author' | 'planted'`); the evaluation refuses a spec whose arithmetic disagrees, so a
 * label can never silently flip.
 */
import { Rat } from './rational';
import { formatVi, parseViNumber, showVi } from './vi-number';
import { convert, parseQuantity, type Quantity } from './units';

export type ClaimKind =
  | 'ratio_percent' | 'exceed_percent' | 'sum_parts' | 'share_percent' | 'repeat' | 'unit'
  | 'cross_total' | 'change_percent' | 'cumulative' | 'other';

export type Origin = 'author' | 'planted';

interface Base {
  id: string;
  /** Exact substrings of the report; the first holds the stated number. */
  quote: string | string[];
  note?: string;
  /** Declared when the claim is wrong: made by the report's authors, or planted for the corpus. */
  mistake?: Origin;
  /** For a planted mistake: what the published text said. */
  original?: string;
  /** Marks a claim kept to catch false alarms (a target, a borrowed percent, a weighted index…). */
  trap?: string;
}

export interface RatioSpec extends Base { x: string; y: string; stated: string; kind?: ClaimKind }
export interface ExcessSpec extends Base { x: string; y: string; stated: string }
export interface ChangeSpec extends Base { x: string; base: string; stated: string; direction: 'tăng' | 'giảm'; kind?: ClaimKind }
export interface SumSpec extends Base {
  parts: string[];
  total: string;
  labels?: string[];
  kind?: ClaimKind;
  /** The total is not written (shares of one whole must add to 100%): the first quote need not hold it. */
  implicitTotal?: boolean;
  /**
   * The parts are rounded figures (shares, or values written with decimals): the sum agrees when the
   * total lies within the parts' and the total's rounding intervals added up, not only when it rounds
   * to the total. Counts are exact and never set this.
   */
  rounded?: boolean;
}
export interface DifferenceSpec extends Base { a: string; b: string; stated: string; kind?: ClaimKind }
export interface CumulativeSpec extends Base { previous: string; period: string; stated: string }
/** x / y (× factor) = stated, a per-item figure written without "%": "2.187 ha cho 2.650 hộ (bình quân 0,84 ha/hộ)", "40/16 = 2.5". */
export interface QuotientSpec extends Base { x: string; y: string; factor?: string; stated: string; kind?: ClaimKind }
/** x ÷ y as a multiple ("gấp 1,6 lần", "bằng 1,08 lần cùng kỳ"): x/y rounded half-up to the stated decimals. */
export interface TimesSpec extends Base { x: string; y: string; stated: string; kind?: ClaimKind }
/** x × y (× factor, e.g. 0,1 for tạ → tấn) = stated: area × yield = output. */
export interface ProductSpec extends Base { x: string; y: string; factor?: string; stated: string; kind?: ClaimKind }
export interface AtLeastSpec extends Base { big: string; small: string; kind?: ClaimKind }
export interface RepeatSpec extends Base { values: string[]; kind?: 'repeat' | 'unit' }
export interface ContradictionSpec extends Base { stated: string; expected: string; consistent: boolean; reason: string; kind?: ClaimKind }

export type Relation =
  | { rel: 'ratio'; spec: RatioSpec }
  | { rel: 'excess'; spec: ExcessSpec }
  | { rel: 'change'; spec: ChangeSpec }
  | { rel: 'sum'; spec: SumSpec }
  | { rel: 'difference'; spec: DifferenceSpec }
  | { rel: 'cumulative'; spec: CumulativeSpec }
  | { rel: 'atLeast'; spec: AtLeastSpec }
  | { rel: 'product'; spec: ProductSpec }
  | { rel: 'quotient'; spec: QuotientSpec }
  | { rel: 'times'; spec: TimesSpec }
  | { rel: 'repeat'; spec: RepeatSpec }
  | { rel: 'contradiction'; spec: ContradictionSpec };

export const ratio = (spec: RatioSpec): Relation => ({ rel: 'ratio', spec });
export const share = (spec: RatioSpec): Relation => ({ rel: 'ratio', spec: { kind: 'share_percent', ...spec } });
export const excess = (spec: ExcessSpec): Relation => ({ rel: 'excess', spec });
export const change = (spec: ChangeSpec): Relation => ({ rel: 'change', spec });
export const sum = (spec: SumSpec): Relation => ({ rel: 'sum', spec });
export const difference = (spec: DifferenceSpec): Relation => ({ rel: 'difference', spec });
export const cumulative = (spec: CumulativeSpec): Relation => ({ rel: 'cumulative', spec });
export const atLeast = (spec: AtLeastSpec): Relation => ({ rel: 'atLeast', spec });
export const product = (spec: ProductSpec): Relation => ({ rel: 'product', spec });
export const quotient = (spec: QuotientSpec): Relation => ({ rel: 'quotient', spec });
export const times = (spec: TimesSpec): Relation => ({ rel: 'times', spec });
export const repeat = (spec: RepeatSpec): Relation => ({ rel: 'repeat', spec });
export const contradiction = (spec: ContradictionSpec): Relation => ({ rel: 'contradiction', spec });

export interface ReportSpec {
  /** File name of the report inside corpus/, e.g. "real-x.txt". */
  doc: string;
  /** Short id prefix for claim ids. */
  prefix: string;
  claims: Relation[];
}

export const report = (spec: ReportSpec): ReportSpec => spec;

export interface Claim {
  doc: string;
  id: string;
  kind: ClaimKind;
  quote: string[];
  stated: string;
  expected: string;
  consistent: boolean;
  note: string;
  origin?: Origin;
  trap?: boolean;
  values: Record<string, string | string[]>;
}

const HUNDRED = Rat.of(100);

/** Fewest decimals (up to 4) that write the value exactly. */
function exactDecimals(v: Rat): number {
  for (let k = 0; k < 4; k++) if (v.roundHalfUp(k).eq(v)) return k;
  return 4;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A percentage against its stated form: same decimals, "%" kept only if the report wrote it. */
function percentResult(exact: Rat, stated: string) {
  const s = parseViNumber(stated.replace(/^(vượt|tăng|giảm|đạt|bằng)\s+/, ''));
  const rounded = exact.roundHalfUp(s.decimals);
  const expected = formatVi(rounded, s.decimals) + (s.percent ? '%' : '');
  return { s, rounded, expected, consistent: rounded.eq(s.value), how: `${showVi(exact)}% → ${formatVi(rounded, s.decimals)}% (half-up, ${plural(s.decimals, 'decimal')})` };
}

/**
 * An input as written, or written figures combined ("99.558 + 106.018", "37.358 − 10.401"), in the
 * first one's unit: for a base the report gives only through its parts or its difference.
 */
function qty(s: string): Quantity {
  const tokens = s.split(/ ([+−]) /);
  const first = tokens[0] === undefined ? undefined : parseQuantity(tokens[0]);
  if (!first) throw new Error(`empty input "${s}"`);
  let acc: Quantity = first;
  for (let i = 1; i + 1 < tokens.length; i += 2) {
    const q = parseQuantity(tokens[i + 1] ?? '');
    const v = convert(q, acc.unit);
    acc = { ...acc, value: tokens[i] === '+' ? acc.value.add(v) : acc.value.sub(v), decimals: Math.max(acc.decimals, q.decimals) };
  }
  return acc;
}

function sameUnit(a: Quantity, b: Quantity): [Rat, Rat] {
  // Convert to the unit of the second operand (the base), so "1,05 tỷ đồng" meets "980 triệu đồng".
  return [convert(a, b.unit), b.value];
}

interface Evaluated { kind: ClaimKind; stated: string; expected: string; consistent: boolean; computed: string; values: Record<string, string | string[]> }

function evaluate(r: Relation): Evaluated {
  switch (r.rel) {
    case 'ratio': {
      const { x, y, stated } = r.spec;
      const [xv, yv] = sameUnit(qty(x), qty(y));
      const res = percentResult(xv.div(yv).mul(HUNDRED), stated);
      return { kind: r.spec.kind ?? 'ratio_percent', stated, expected: res.expected, consistent: res.consistent, computed: `${x}/${y} = ${res.how}`, values: { x, y } };
    }
    case 'excess': {
      const { x, y, stated } = r.spec;
      const [xv, yv] = sameUnit(qty(x), qty(y));
      const pct = xv.div(yv).mul(HUNDRED);
      const res = percentResult(pct.sub(HUNDRED), stated);
      return { kind: 'exceed_percent', stated, expected: res.expected, consistent: res.consistent, computed: `${x}/${y} = ${showVi(pct)}% of the base, so the excess (vượt) is ${res.how}`, values: { x, y } };
    }
    case 'change': {
      const { x, base, stated, direction } = r.spec;
      const [xv, bv] = sameUnit(qty(x), qty(base));
      const delta = xv.sub(bv).div(bv).mul(HUNDRED);
      const actual: 'tăng' | 'giảm' = delta.cmp(Rat.of(0)) < 0 ? 'giảm' : 'tăng';
      const res = percentResult(delta.abs(), stated);
      const zero = res.rounded.isZero();
      const consistent = res.consistent && (actual === direction || zero);
      return { kind: r.spec.kind ?? 'change_percent', stated: `${direction} ${stated}`, expected: `${actual} ${res.expected}`, consistent, computed: `(${x} − ${base})/${base} = ${actual} ${res.how}`, values: { x, base } };
    }
    case 'sum': {
      const { parts, total } = r.spec;
      const t = parseQuantity(total);
      const vals = parts.map((p) => convert(parseQuantity(p), t.unit));
      const s = vals.reduce((a, b) => a.add(b), Rat.of(0));
      const rounded = s.roundHalfUp(t.decimals);
      const partQs = parts.map(parseQuantity);
      const halfUnit = (d: number) => new Rat(1n, 2n * 10n ** BigInt(d));
      // An unwritten total (100% of a whole) is exact; a written one was rounded like the parts.
      const slack = partQs.reduce((acc, q) => acc.add(halfUnit(q.decimals)), r.spec.implicitTotal ? Rat.of(0) : halfUnit(t.decimals));
      const consistent = r.spec.rounded ? s.sub(t.value).abs().cmp(slack) <= 0 : rounded.eq(t.value);
      // A wrong total is shown with the parts' precision, so 227,2 is not hidden as 227.
      const shown = Math.max(t.decimals, ...partQs.map((q) => q.decimals));
      const expected = consistent ? formatVi(rounded, t.decimals) : formatVi(s, shown);
      return { kind: r.spec.kind ?? 'sum_parts', stated: total, expected, consistent, computed: `${parts.join(' + ')} = ${showVi(s)} against a stated total of ${total}${r.spec.rounded ? ` (rounded parts: agree within ±${showVi(slack)})` : ''}`, values: { parts, total, ...(r.spec.labels ? { labels: r.spec.labels } : {}) } };
    }
    case 'difference': {
      const { a, b, stated } = r.spec;
      const st = parseQuantity(stated);
      const d = convert(parseQuantity(a), st.unit).sub(convert(parseQuantity(b), st.unit));
      const rounded = d.roundHalfUp(st.decimals);
      return { kind: r.spec.kind ?? 'other', stated, expected: formatVi(rounded, st.decimals), consistent: rounded.eq(st.value), computed: `${a} − ${b} = ${showVi(d)}`, values: { a, b } };
    }
    case 'cumulative': {
      const { previous, period, stated } = r.spec;
      const st = parseQuantity(stated);
      const s = convert(parseQuantity(previous), st.unit).add(convert(parseQuantity(period), st.unit));
      const rounded = s.roundHalfUp(st.decimals);
      return { kind: 'cumulative', stated, expected: formatVi(rounded, st.decimals), consistent: rounded.eq(st.value), computed: `previous ${previous} + period ${period} = ${showVi(s)} against a stated lũy kế of ${stated}`, values: { previous, period } };
    }
    case 'atLeast': {
      const { big, small } = r.spec;
      const b = qty(big);
      const sv = convert(qty(small), b.unit);
      const consistent = b.value.cmp(sv) >= 0;
      return { kind: r.spec.kind ?? 'other', stated: big, expected: `≥ ${small}`, consistent, computed: `${big} ${consistent ? '≥' : '<'} ${small}`, values: { big, small } };
    }
    case 'product': {
      const { x, y, factor, stated } = r.spec;
      const st = parseQuantity(stated);
      const f = factor ? parseViNumber(factor).value : Rat.of(1);
      const p = parseQuantity(x).value.mul(parseQuantity(y).value).mul(f);
      const rounded = p.roundHalfUp(st.decimals);
      return { kind: r.spec.kind ?? 'other', stated, expected: formatVi(rounded, st.decimals) + (st.unit ? ' ' + st.unit : ''), consistent: rounded.eq(st.value), computed: `${x} × ${y}${factor ? ` × ${factor}` : ''} = ${showVi(p)}`, values: { x, y, ...(factor ? { factor } : {}) } };
    }
    case 'quotient': {
      const { x, y, factor, stated } = r.spec;
      const st = parseQuantity(stated);
      const f = factor ? parseViNumber(factor).value : Rat.of(1);
      const q = qty(x).value.div(qty(y).value).mul(f);
      const rounded = q.roundHalfUp(st.decimals);
      return { kind: r.spec.kind ?? 'other', stated, expected: formatVi(rounded, st.decimals) + (st.unit ? ' ' + st.unit : ''), consistent: rounded.eq(st.value), computed: `${x} / ${y}${factor ? ` × ${factor}` : ''} = ${showVi(q)}`, values: { x, y, ...(factor ? { factor } : {}) } };
      }
    case 'times': {
      const { x, y, stated } = r.spec;
      const [xv, yv] = sameUnit(qty(x), qty(y));
      const multiple = xv.div(yv);
      const written = /lần\s*$/.test(stated);
      const s = parseViNumber(stated.replace(/^(gấp|bằng)\s+/, '').replace(/\s*lần\s*$/, ''));
      const rounded = multiple.roundHalfUp(s.decimals);
      const expected = formatVi(rounded, s.decimals) + (written ? ' lần' : '');
      return { kind: r.spec.kind ?? 'ratio_percent', stated, expected, consistent: rounded.eq(s.value), computed: `${x}/${y} = ${showVi(multiple)} times → ${formatVi(rounded, s.decimals)} (half-up, ${plural(s.decimals, 'decimal')})`, values: { x, y } };
    }
    case 'repeat': {
      const [first, ...rest] = r.spec.values.map(parseQuantity);
      if (!first || rest.length === 0) throw new Error('repeat needs at least two values');
      const agree = rest.map((q) => {
        // Agree when the finer figure, written in the coarser one's unit and precision, gives it.
        const aInQ = convert(first, q.unit).roundHalfUp(q.decimals);
        const qInA = convert(q, first.unit).roundHalfUp(first.decimals);
        return aInQ.eq(q.value) || qInA.eq(first.value);
      });
      const consistent = agree.every(Boolean);
      const expected = rest.map((q) => {
        const v = convert(first, q.unit);
        return `${formatVi(v, Math.max(q.decimals, exactDecimals(v)))}${q.unit ? ' ' + q.unit : ''}`;
      }).join('; ');
      const [, ...restRaw] = r.spec.values;
      return { kind: r.spec.kind ?? 'repeat', stated: restRaw.join('; '), expected, consistent, computed: `first stated as ${r.spec.values[0]}, repeated as ${restRaw.join(', ')} (${consistent ? 'agree' : 'disagree'})`, values: { values: r.spec.values } };
    }
    case 'contradiction': {
      const { stated, expected, consistent, reason } = r.spec;
      return { kind: r.spec.kind ?? 'other', stated, expected, consistent, computed: reason, values: {} };
    }
  }
}

export function buildClaim(doc: string, r: Relation): Claim {
  const e = evaluate(r);
  const spec = r.spec;
  const quote = Array.isArray(spec.quote) ? spec.quote : [spec.quote];
  const parts = [`${e.computed.replace(/\.$/, '')}: ${e.consistent ? 'consistent' : 'MISTAKE'}.`];
  if (spec.mistake === 'author') parts.push("The authors' own mistake (as published).");
  if (spec.mistake === 'planted') parts.push(`Planted for the corpus${spec.original ? `; the published text says "${spec.original}"` : ''}.`);
  if (spec.trap) parts.push(`TRAP: ${spec.trap}`);
  if (spec.note) parts.push(spec.note);
  const claim: Claim = {
    doc, id: spec.id, kind: e.kind, quote, stated: e.stated, expected: e.expected, consistent: e.consistent, note: parts.join(' '),
    ...(spec.mistake ? { origin: spec.mistake } : {}),
    ...(spec.trap ? { trap: true } : {}),
    values: e.values,
  };
  return claim;
}

/** The stated number's digits as they appear in the text ("78,4" of "vượt 78,4%"). */
export function statedDigits(r: Relation): string | undefined {
  if (r.rel === 'repeat' || r.rel === 'contradiction' || r.rel === 'atLeast') return undefined;
  if (r.rel === 'sum' && r.spec.implicitTotal) return undefined;
  const s = r.rel === 'sum' ? r.spec.total : r.spec.stated;
  const m = /\d[\d.,]*/.exec(s);
  return m ? m[0] : undefined;
}
