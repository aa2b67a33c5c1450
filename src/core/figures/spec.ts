/**
 * What a bound figure shows: the indicators it reads, the kind of figure and the Vietnamese phrasing
 * around the numbers. A spec crosses the document boundary (tags, stored parts), so it has a schema.
 */
import { z } from 'zod';
import { IndicatorIdSchema } from '../indicators/schema';

export const FIGURE_KINDS = ['value', 'cumulative', 'plan', 'ratio', 'percentOfPlan', 'excess', 'change', 'share', 'sum'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** The placeholders a template may use. Numbers unless noted. */
export const FIGURE_PARTS = [
  'value', 'cumulative', 'plan', 'samePeriod', 'previous', 'actual', 'base',
  'pct', 'excess', 'change', 'delta', 'share', 'whole', 'sum',
  'unit', 'trend', 'name', 'department', 'period', 'asOf',
] as const;
export type FigurePart = (typeof FIGURE_PARTS)[number];

export const NUMERIC_PARTS: readonly FigurePart[] = FIGURE_PARTS.slice(0, 14);
/** Parts that are percentages (default one decimal) rather than amounts (the indicator's decimals). */
export const PERCENT_PARTS: readonly FigurePart[] = ['pct', 'excess', 'change', 'share'];

export const FigureSpecSchema = z
  .object({
    kind: z.enum(FIGURE_KINDS),
    /** share: [part, whole]; sum: the parts; otherwise one indicator (more are ignored). */
    indicators: z.array(IndicatorIdSchema).min(1).max(20),
    /** Which amount "actual" is: the period's value or the cumulative value (lũy kế). */
    basis: z.enum(['value', 'cumulative']).optional(),
    /** For change: against the same period last year (default) or the previous period. */
    compareTo: z.enum(['samePeriod', 'previous']).optional(),
    /** The phrasing; absent means the kind's default template. */
    template: z.string().min(1).max(500).optional(),
    /** Decimals per part; absent parts use the indicator's decimals (amounts) or 1 (percentages). */
    decimals: z.partialRecord(z.enum(FIGURE_PARTS), z.number().int().min(0).max(6)).optional(),
    /** Counts below 10 written "06", as reports do. */
    leadingZero: z.boolean().optional(),
    /** Overrides the indicator's unit in {unit}. */
    unit: z.string().max(40).optional(),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'share' && s.indicators.length !== 2) ctx.addIssue({ code: 'custom', message: 'a share needs two indicators: the part and the whole' });
    if (s.kind === 'sum' && s.indicators.length < 2) ctx.addIssue({ code: 'custom', message: 'a sum needs at least two indicators' });
  });
export type FigureSpec = z.infer<typeof FigureSpecSchema>;

export function defaultTemplate(spec: Pick<FigureSpec, 'kind' | 'compareTo'>): string {
  switch (spec.kind) {
    case 'value':
      return '{value} {unit}';
    case 'cumulative':
      return '{cumulative} {unit}';
    case 'plan':
      return '{plan} {unit}';
    case 'ratio':
      return '{actual}/{plan} {unit}';
    case 'percentOfPlan':
      return '{pct}% kế hoạch';
    case 'excess':
      return 'vượt {excess}% kế hoạch';
    case 'change':
      return spec.compareTo === 'previous' ? '{trend} {change}% so với kỳ trước' : '{trend} {change}% so với cùng kỳ';
    case 'share':
      return '{share}%';
    case 'sum':
      return '{sum} {unit}';
  }
}

export function templateOf(spec: FigureSpec): string {
  return spec.template ?? defaultTemplate(spec);
}

/** Validates a spec from outside (a tag, a stored part, the task pane); the message is English. */
export function parseFigureSpec(input: unknown): { ok: true; spec: FigureSpec } | { ok: false; error: string } {
  const r = FigureSpecSchema.safeParse(input);
  if (r.success) return { ok: true, spec: r.data };
  return { ok: false, error: r.error.issues.map((i) => `${i.path.join('.') || 'spec'}: ${i.message}`).join('; ') };
}
