/**
 * The report store: what a document remembers about itself — its period, its data source, and for
 * each figure id the full spec and the text last written. Stored as JSON in a custom XML part (or in
 * the add-in's document settings on a Word without custom XML parts); validated when read.
 */
import { z } from 'zod';
import { PeriodSchema } from '../indicators/schema';
import { SigningRecordSchema } from '../sign/schema';
import { FigureSpecSchema, type FigureSpec } from './spec';

export const STORE_NAMESPACE = 'urn:baocao:report:1';

/**
 * `last`: the text the add-in last wrote. `next`: the text it was about to write when it last
 * started an edit; a figure showing it was written by the add-in even if the edit's batch then
 * failed before `last` was updated (Word batches are not transactions).
 */
export const FigureRecordSchema = z.object({ spec: FigureSpecSchema, last: z.string().max(2000).optional(), next: z.string().max(2000).optional() });
export type FigureRecord = z.infer<typeof FigureRecordSchema>;

export const ReportStoreSchema = z.object({
  v: z.literal(1),
  /** Incremented on every write: when the store is found in two places, the higher one is newer. */
  rev: z.number().int().nonnegative().optional(),
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
    if (typeof o.rev === 'number' && Number.isInteger(o.rev) && o.rev >= 0) store.rev = o.rev;
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
    if (rec) figures[id] = { spec: rec.spec, last };
  }
  return { ...store, figures };
}

/** Records the texts about to be written, before writing them (see FigureRecordSchema). */
export function withNextTexts(store: ReportStore, texts: ReadonlyMap<string, string>): ReportStore {
  const figures = { ...store.figures };
  for (const [id, next] of texts) {
    const rec = figures[id];
    if (rec) figures[id] = { ...rec, next };
  }
  return { ...store, figures };
}

/**
 * One store from the two places a document may keep it (custom XML part, document settings): the one
 * with the higher `rev` wins, and figures only the other knows are kept. Equal revs: `a` wins.
 * The signing record is the winner's alone: it vouches for the text the winner was written with, and a
 * record removed in one place (Word without custom XML parts writes only the settings) stays removed.
 */
export function reconcileStores(a: ReportStore | undefined, b: ReportStore | undefined): ReportStore {
  if (!a) return b ?? emptyStore();
  if (!b) return a;
  const [win, lose] = (b.rev ?? 0) > (a.rev ?? 0) ? [b, a] : [a, b];
  const { signed: _older, ...kept } = lose;
  const out: ReportStore = { ...kept, ...win, figures: { ...lose.figures, ...win.figures } };
  if (win.period === undefined && lose.period !== undefined) out.period = lose.period;
  if (win.sourceUrl === undefined && lose.sourceUrl !== undefined) out.sourceUrl = lose.sourceUrl;
  return out;
}

/** The store as it is written next: one rev above everything read. */
export function nextRevision(store: ReportStore): ReportStore {
  return { ...store, rev: (store.rev ?? 0) + 1 };
}
