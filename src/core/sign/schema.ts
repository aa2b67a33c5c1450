/**
 * The signing record's shape, apart from how it is made: the report store validates it with this
 * alone, so what reads the store (the lite pane for Internet Explorer 11 among them) does not load the
 * hashing, which needs BigInt and TextEncoder.
 */
import { z } from 'zod';
import { FIGURE_KINDS } from '../figures/spec';
import { IndicatorIdSchema, PeriodSchema } from '../indicators/schema';

const LocationSchema = z.object({
  story: z.enum(['body', 'table', 'footnote']),
  block: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const DataSourceIdentitySchema = z.object({
  /**
   * Who answered: the identity the service gives on /healthz (`instance`, `id` or `name`) when it gives
   * one; otherwise its URL; for a data file, its name.
   */
  identity: z.string().min(1).max(300),
  from: z.enum(['service', 'url', 'file']),
  url: z.string().max(2000).optional(),
  /** The service's change counter at the time (/healthz `changeSeq`), when it says. */
  changeSeq: z.number().int().min(0).optional(),
});
export type DataSourceIdentity = z.infer<typeof DataSourceIdentitySchema>;

export const RecordedFigureSchema = z.object({
  figureId: z.string().regex(/^[a-z0-9]{1,32}$/),
  text: z.string().max(2000),
  indicators: z.array(IndicatorIdSchema).min(1).max(20),
  kind: z.enum(FIGURE_KINDS),
  /** The version of each indicator's values the figure was computed from (null: the source had none). */
  values: z.array(z.object({ indicatorId: IndicatorIdSchema, version: z.number().int().min(0).nullable(), updatedAt: z.string().max(40).nullable() })),
});
export type RecordedFigure = z.infer<typeof RecordedFigureSchema>;

export const AcceptedFindingSchema = z.object({
  rule: z.string().max(80),
  text: z.string().max(2000),
  message: z.string().max(2000),
  location: LocationSchema,
  /** Why the drafter keeps it as written. */
  reason: z.string().trim().min(1).max(1000),
});
export type AcceptedFinding = z.infer<typeof AcceptedFindingSchema>;

export const SigningRecordSchema = z.object({
  v: z.literal(1),
  at: z.string().datetime({ offset: true }),
  period: PeriodSchema,
  source: DataSourceIdentitySchema,
  figures: z.array(RecordedFigureSchema).max(10000),
  checker: z.object({ name: z.string().max(80), version: z.string().max(80) }),
  accepted: z.array(AcceptedFindingSchema).max(1000),
  /** SHA-256 of the document's text (documentTextHash), hex. */
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type SigningRecord = z.infer<typeof SigningRecordSchema>;
