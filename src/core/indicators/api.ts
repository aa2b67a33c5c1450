/** Shapes of the indicator service's requests and answers (shared by the service and its clients). */
import { z } from 'zod';
import { cleanText } from '../text/normalize';
import { AuditEntrySchema, IndicatorSchema, IndicatorValueSchema, PeriodSchema, SourceIdSchema } from './schema';

/**
 * The amounts a report can carry: a commune's figures are far below a million billion, and nothing
 * written with at most 6 decimals is smaller than 0,000001. Outside that range a number is a slip
 * (or an attack): 1e-308 as a plan made "Infinity% kế hoạch".
 */
export const AMOUNT_MAX = 1e15;
export const AMOUNT_MIN = 1e-6;

/** Why `x` cannot be an indicator's amount, in Vietnamese; null when it can. */
export function amountProblem(x: number): string | null {
  if (!Number.isFinite(x)) return 'không phải là một số hữu hạn';
  if (Math.abs(x) > AMOUNT_MAX) return 'quá lớn (lớn hơn 1 triệu tỷ)';
  if (x !== 0 && Math.abs(x) < AMOUNT_MIN) return 'quá nhỏ (nhỏ hơn 0,000001 mà khác 0)';
  return null;
}

const amount = z
  .number()
  .superRefine((x, ctx) => {
    const problem = amountProblem(x);
    if (problem) ctx.addIssue({ code: 'custom', message: `số ${problem}` });
  })
  .nullable();

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * One line of text typed by a person (a search, a department's name): no control characters. A NUL
 * cannot be stored or compared in PostgreSQL's text type, and no name or search has any of them.
 */
export function lineText(max: number) {
  return z
    .string()
    .refine((s) => !CONTROL.test(s), 'không được chứa ký tự điều khiển (như ký tự NUL)')
    .overwrite(cleanText)
    .max(max);
}

/** GET /api/indicators: the search and its filters. */
export const SearchQuerySchema = z
  .object({
    q: lineText(200).optional(),
    department: lineText(120).optional(),
    group: lineText(120).optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** PUT /api/indicators/:id/values/:period: the fields to set, and the version they were read at. */
export const ValueWriteSchema = z
  .object({
    value: amount.optional(),
    cumulative: amount.optional(),
    plan: amount.optional(),
    samePeriodLastYear: amount.optional(),
    /** The version the writer read; a stale one gets 409. Omit only to create a new value. */
    version: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((w) => ['value', 'cumulative', 'plan', 'samePeriodLastYear'].some((k) => k in w), 'cần ít nhất một số liệu để ghi (value, cumulative, plan hoặc samePeriodLastYear)');
export type ValueWrite = z.infer<typeof ValueWriteSchema>;

export const SearchResultSchema = z.object({ indicators: z.array(IndicatorSchema), sourceId: SourceIdSchema.optional() });
export const HistorySchema = z.object({ indicator: IndicatorSchema, values: z.array(IndicatorValueSchema), sourceId: SourceIdSchema.optional() });
export const AuditListSchema = z.object({ entries: z.array(AuditEntrySchema), sourceId: SourceIdSchema.optional() });
export const ApiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export const ImportRowResultSchema = z.object({
  row: z.number().int(),
  status: z.enum(['accepted', 'rejected']),
  indicatorId: z.string().optional(),
  period: PeriodSchema.optional(),
  reason: z.string().optional(),
});
export const ImportResultSchema = z.object({
  /** The database the rows were (or would have been) written to. */
  sourceId: SourceIdSchema.optional(),
  committed: z.boolean(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  rows: z.array(ImportRowResultSchema),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** The seed file format (data/seed/*.json): indicators and values without bookkeeping. */
export const SeedSchema = z.object({
  description: z.string().optional(),
  commune: z.string().optional(),
  indicators: z.array(IndicatorSchema),
  values: z.array(
    z.object({
      indicatorId: z.string(),
      period: PeriodSchema,
      value: amount,
      cumulative: amount,
      plan: amount,
      samePeriodLastYear: amount,
    }),
  ),
});
export type Seed = z.infer<typeof SeedSchema>;
