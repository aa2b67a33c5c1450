/**
 * The report store: what a document remembers about itself — its period, its data source, and for
 * each figure id the full spec and the text last written. Stored as JSON in a custom XML part (or in
 * the add-in's document settings on a Word without custom XML parts); validated when read.
 */
import { z } from 'zod';
import { PeriodSchema } from '../indicators/schema';
import { SigningRecordSchema } from '../sign/record';
import { FigureSpecSchema, type FigureSpec } from './spec';

export const STORE_NAMESPACE = 'urn:baocao:report:1';

export const FigureRecordSchema = z.object({ spec: FigureSpecSchema, last: z.string().max(2000).optional() });
export type FigureRecord = z.infer<typeof FigureRecordSchema>;

export const ReportStoreSchema = z.object({
  v: z.literal(1),
  period: PeriodSchema.optional(),
  sourceUrl: z.string().max(2000).optional(),
  figures: z.record(z.string().regex(/^[a-z0-9]{1,32}$/), FigureRecordSchema).default({}),
  /** What was checked before signing (src/core/sign), when it was recorded. */
  signed: SigningRecordSchema.optional(),
});
export type ReportStore = z.infer<typeof ReportStoreSchema>;

export function emptyStore(): ReportStore {
  return { v: 1, figures: {} };
}

/** Reads a stored JSON; a damaged store is reported and replaced by an empty one, never fatal. */
export function parseStore(json: string | undefined): { store: ReportStore; error?: string } {
  if (json === undefined || json.trim() === '') return { store: emptyStore() };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { store: emptyStore(), error: 'report store: not JSON' };
  }
  const r = ReportStoreSchema.safeParse(raw);
  if (r.success) return { store: r.data };
  // Keep the figures that are still valid rather than losing them all for one bad record.
  const store = emptyStore();
  if (raw && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    const period = PeriodSchema.safeParse(o.period);
    if (period.success) store.period = period.data;
    if (typeof o.sourceUrl === 'string') store.sourceUrl = o.sourceUrl;
    const signed = SigningRecordSchema.safeParse(o.signed);
    if (signed.success) store.signed = signed.data;
    if (o.figures && typeof o.figures === 'object') {
      for (const [id, rec] of Object.entries(o.figures as Record<string, unknown>)) {
        const fr = FigureRecordSchema.safeParse(rec);
        if (fr.success && /^[a-z0-9]{1,32}$/.test(id)) store.figures[id] = fr.data;
      }
    }
  }
  return { store, error: `report store: ${r.error.issues[0]?.message ?? 'invalid'}` };
}

export function serializeStore(store: ReportStore): string {
  return JSON.stringify(store);
}

export function withFigure(store: ReportStore, figureId: string, spec: FigureSpec, last: string): ReportStore {
  return { ...store, figures: { ...store.figures, [figureId]: { spec, last } } };
}

/** Several new figures at once (one copy of the record, however many). */
export function withFigures(store: ReportStore, added: ReadonlyArray<{ id: string; spec: FigureSpec; last: string }>): ReportStore {
  const figures = { ...store.figures };
  for (const a of added) figures[a.id] = { spec: a.spec, last: a.last };
  return { ...store, figures };
}

/** Records the text just written into figures (after a refresh), keeping their specs. */
export function withLastTexts(store: ReportStore, texts: ReadonlyMap<string, string>): ReportStore {
  const figures = { ...store.figures };
  for (const [id, last] of texts) {
    const rec = figures[id];
    if (rec) figures[id] = { ...rec, last };
  }
  return { ...store, figures };
}
