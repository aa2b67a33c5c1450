/**
 * The signing record: what was checked when a report passed the check and was about to be signed —
 * when, for which period, against which data source (and which version of each figure's values), by
 * which checker, which warnings the drafter kept as written and why, and a hash of the text. Kept in
 * the report store; `verify` compares a document (and the data) with it.
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { z } from 'zod';
import type { DocumentText } from '../document/text';
import { FIGURE_KINDS } from '../figures/spec';
import { IndicatorIdSchema, type PeriodData, PeriodSchema } from '../indicators/schema';

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

/**
 * The hash of what a reader sees: every block's story and text in document order. Spaces Word and the
 * file write differently (non-breaking, narrow) count as one space, so Word and the .docx agree.
 */
export function documentTextHash(doc: DocumentText): string {
  const canonical = doc.blocks.map((b) => `${b.story}\u0001${b.text.replace(/[\s\u00a0\u202f]+/g, ' ').trim()}`).join('\u0000');
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

export interface RecordInput {
  at: string;
  period: string;
  source: DataSourceIdentity;
  figures: ReadonlyArray<{ figureId: string; text: string; spec: { indicators: string[]; kind: (typeof FIGURE_KINDS)[number] } | null }>;
  data: PeriodData;
  checker: { name: string; version: string };
  accepted: readonly AcceptedFinding[];
  text: DocumentText;
}

export function makeSigningRecord(input: RecordInput): SigningRecord {
  const values = new Map(input.data.values.filter((v) => v.period === input.data.period).map((v) => [v.indicatorId, v]));
  const figures: RecordedFigure[] = [];
  for (const f of input.figures) {
    if (!f.spec) continue;
    figures.push({
      figureId: f.figureId,
      text: f.text,
      indicators: f.spec.indicators,
      kind: f.spec.kind,
      values: f.spec.indicators.map((id) => ({ indicatorId: id, version: values.get(id)?.version ?? null, updatedAt: values.get(id)?.updatedAt ?? null })),
    });
  }
  return SigningRecordSchema.parse({
    v: 1,
    at: input.at,
    period: input.period,
    source: input.source,
    figures,
    checker: input.checker,
    accepted: [...input.accepted],
    textHash: documentTextHash(input.text),
  });
}

/**
 * The identity to record for a data service: the one its /healthz gives (`instance`, `id` or `name`),
 * else its URL (the service does not name itself yet); with its change counter when it says.
 */
export function serviceIdentity(url: string, health?: { instance?: string; id?: string; name?: string; changeSeq?: number } | null): DataSourceIdentity {
  const named = health?.instance ?? health?.id ?? health?.name;
  const out: DataSourceIdentity = named ? { identity: named, from: 'service', url } : { identity: url, from: 'url', url };
  if (health?.changeSeq !== undefined) out.changeSeq = health.changeSeq;
  return out;
}
