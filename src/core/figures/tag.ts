/**
 * The content-control tag of a bound figure.
 *
 * Word's user interface caps a tag at 64 characters, so the tag cannot carry every spec (a custom
 * template alone is longer). The tag is "bc1:" + a short figure id, followed by ";" + a compact spec
 * when that fits in 64 characters. The full spec and the last rendered text live in the report store
 * (a custom XML part, keyed by figure id). Copy-paste inside the document duplicates the tag, and both
 * copies then resolve to the same stored spec; a figure pasted into another document still works when
 * its spec fitted in the tag.
 */
import { defaultTemplate, type FigureKind, type FigurePart, type FigureSpec, FIGURE_PARTS, parseFigureSpec } from './spec';

export const TAG_PREFIX = 'bc1:';
export const MAX_TAG_LENGTH = 64;

const KIND_CODES: Record<FigureKind, string> = {
  value: 'v', cumulative: 'c', plan: 'p', ratio: 'r', percentOfPlan: 'k', excess: 'x', change: 'g', share: 's', sum: 'm',
};
const CODE_KINDS = new Map(Object.entries(KIND_CODES).map(([k, c]) => [c, k as FigureKind]));
const PART_CODES = new Map<FigurePart, string>(FIGURE_PARTS.map((p, i) => [p, i.toString(36)]));
const CODE_PARTS = new Map([...PART_CODES].map(([p, c]) => [c, p]));

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A new figure id, 6 characters, not among `taken`. */
export function newFigureId(taken: ReadonlySet<string> = new Set(), random: () => number = Math.random): string {
  for (;;) {
    let id = '';
    for (let i = 0; i < 6; i++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    if (!taken.has(id)) return id;
  }
}

/** The compact form, or undefined when the spec has a custom template or unit (store only). */
export function compactSpec(spec: FigureSpec): string | undefined {
  if ((spec.template !== undefined && spec.template !== defaultTemplate(spec)) || spec.unit !== undefined) return undefined;
  const opts: string[] = [];
  if (spec.basis === 'cumulative') opts.push('C');
  if (spec.compareTo === 'previous') opts.push('P');
  if (spec.leadingZero) opts.push('Z');
  for (const [part, d] of Object.entries(spec.decimals ?? {})) opts.push(`${PART_CODES.get(part as FigurePart)}${d}`);
  return [KIND_CODES[spec.kind], spec.indicators.join(','), ...(opts.length ? [opts.join('')] : [])].join('|');
}

export function expandSpec(compact: string): FigureSpec | undefined {
  const [code, ids, opts = ''] = compact.split('|');
  const kind = CODE_KINDS.get(code);
  if (!kind || !ids) return undefined;
  const spec: Record<string, unknown> = { kind, indicators: ids.split(',') };
  const decimals: Record<string, number> = {};
  for (const m of opts.matchAll(/([CPZ])|([0-9a-z])(\d)/g)) {
    if (m[1] === 'C') spec.basis = 'cumulative';
    else if (m[1] === 'P') spec.compareTo = 'previous';
    else if (m[1] === 'Z') spec.leadingZero = true;
    else {
      const part = CODE_PARTS.get(m[2]);
      if (part) decimals[part] = Number(m[3]);
    }
  }
  if (Object.keys(decimals).length) spec.decimals = decimals;
  const parsed = parseFigureSpec(spec);
  return parsed.ok ? parsed.spec : undefined;
}

export function figureTag(figureId: string, spec: FigureSpec): string {
  const base = TAG_PREFIX + figureId;
  const compact = compactSpec(spec);
  const full = compact ? `${base};${compact}` : base;
  return full.length <= MAX_TAG_LENGTH ? full : base;
}

/** Reads a tag; undefined when it is not a bound figure's. */
export function parseFigureTag(tag: string): { figureId: string; spec?: FigureSpec } | undefined {
  if (!tag.startsWith(TAG_PREFIX)) return undefined;
  const rest = tag.slice(TAG_PREFIX.length);
  const semi = rest.indexOf(';');
  const figureId = semi === -1 ? rest : rest.slice(0, semi);
  if (!/^[a-z0-9]{1,32}$/.test(figureId)) return undefined;
  const spec = semi === -1 ? undefined : expandSpec(rest.slice(semi + 1));
  return spec ? { figureId, spec } : { figureId };
}
