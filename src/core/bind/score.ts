/**
 * Scoring the binder against labelled numbers (corpus/bind/*.bind.json): of the numbers the source can
 * give as written, how many were bound to the right indicator and kind, how many to a wrong one, how
 * many were left; and whether anything else (an unlabelled number, or one that disagrees with the
 * source) was bound.
 */
import { z } from 'zod';
import type { DocumentText, TextLocation } from '../document/text';
import { FIGURE_KINDS, type FigureSpec } from '../figures/spec';
import { IndicatorIdSchema, PeriodSchema } from '../indicators/schema';

export const BindLabelSchema = z.object({
  block: z.number().int().min(0),
  text: z.string().min(1),
  nth: z.number().int().min(0).optional(),
  indicators: z.array(IndicatorIdSchema).min(1),
  kind: z.enum(FIGURE_KINDS),
  basis: z.enum(['value', 'cumulative']).optional(),
  status: z.enum(['bindable', 'mismatch']).default('bindable'),
  why: z.string().optional(),
});
export type BindLabel = z.infer<typeof BindLabelSchema>;

export const BindLabelsSchema = z.object({
  report: z.string(),
  data: z.string(),
  period: PeriodSchema,
  about: z.string().optional(),
  numbers: z.array(BindLabelSchema),
});
export type BindLabels = z.infer<typeof BindLabelsSchema>;

export interface BoundNumber {
  location: TextLocation;
  text: string;
  spec: FigureSpec;
}

export interface BindScore {
  bindable: number;
  bound: number;
  /** Bindable numbers bound to another indicator or kind. */
  wrong: Array<{ label: BindLabel; got: BoundNumber }>;
  left: BindLabel[];
  /** Numbers that disagree with the source, bound anyway. */
  mismatchBound: Array<{ label: BindLabel; got: BoundNumber }>;
  /** Bound numbers no label speaks of. */
  unlabelled: BoundNumber[];
  /** Labels whose text is not in their block (the labels are stale). */
  notFound: BindLabel[];
}

function spanOf(doc: DocumentText, l: BindLabel): TextLocation | undefined {
  const block = doc.blocks[l.block];
  if (!block) return undefined;
  let at = -1;
  for (let k = 0; k <= (l.nth ?? 0); k++) {
    at = block.text.indexOf(l.text, at + 1);
    if (at < 0) return undefined;
  }
  return { story: block.story, block: l.block, start: at, end: at + l.text.length };
}

const basisOf = (kind: string, basis: string | undefined): string => (kind === 'cumulative' ? 'cumulative' : kind === 'value' || kind === 'plan' ? 'value' : (basis ?? 'value'));

export function scoreBindings(labels: BindLabels, doc: DocumentText, bound: readonly BoundNumber[]): BindScore {
  const out: BindScore = { bindable: 0, bound: 0, wrong: [], left: [], mismatchBound: [], unlabelled: [], notFound: [] };
  const used = new Set<BoundNumber>();
  for (const l of labels.numbers) {
    const span = spanOf(doc, l);
    if (!span) {
      out.notFound.push(l);
      continue;
    }
    const got = bound.find((b) => b.location.block === span.block && b.location.start < span.end && b.location.end > span.start);
    if (got) used.add(got);
    if (l.status === 'mismatch') {
      if (got) out.mismatchBound.push({ label: l, got });
      continue;
    }
    out.bindable++;
    if (!got) out.left.push(l);
    else if (got.spec.kind === l.kind && got.spec.indicators.join(',') === l.indicators.join(',') && basisOf(got.spec.kind, got.spec.basis) === basisOf(l.kind, l.basis)) out.bound++;
    else out.wrong.push({ label: l, got });
  }
  out.unlabelled = bound.filter((b) => !used.has(b));
  return out;
}
