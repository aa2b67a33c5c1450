/**
 * The signing record: what was checked when a report passed the check and was about to be signed —
 * when, for which period, against which data source (and which version of each figure's values), by
 * which checker, which warnings the drafter kept as written and why, and a hash of the text. Kept in
 * the report store; `verify` compares a document (and the data) with it.
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { DocumentText } from '../document/text';
import type { FIGURE_KINDS } from '../figures/spec';
import type { PeriodData } from '../indicators/schema';
import { type AcceptedFinding, type DataSourceIdentity, type RecordedFigure, type SigningRecord, SigningRecordSchema } from './schema';

export * from './schema';

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
 * else its URL (a service that does not name itself); with its change counter when it says.
 */
export function serviceIdentity(url: string, health?: { sourceId?: string; instance?: string; id?: string; name?: string; changeSeq?: number } | null): DataSourceIdentity {
  const named = health?.sourceId ?? health?.instance ?? health?.id ?? health?.name;
  const out: DataSourceIdentity = named ? { identity: named, from: 'service', url } : { identity: url, from: 'url', url };
  if (health?.changeSeq !== undefined) out.changeSeq = health.changeSeq;
  return out;
}

/** The source as users read it: its address, and the start of the identity its service gives ("http://… (mã nguồn 63d67763)"). */
export function sourceLabel(s: DataSourceIdentity): string {
  if (s.from !== 'service') return s.identity;
  return s.url ? `${s.url} (mã nguồn ${s.identity.slice(0, 8)})` : `mã nguồn ${s.identity.slice(0, 8)}`;
}
