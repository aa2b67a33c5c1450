/**
 * Comparing a document, and the data as it is now, with its signing record: has the text changed,
 * does each recorded figure still read as recorded, and which indicators' values changed since.
 */
import type { DocumentText } from '../document/text';
import { sameText } from '../figures/refresh';
import type { PeriodData } from '../indicators/schema';
import { documentTextHash, type SigningRecord } from './record';

export interface FigureCheck {
  figureId: string;
  recorded: string;
  /** The text now; absent when the figure is gone. */
  now?: string;
  status: 'same' | 'changed' | 'gone' | 'added';
}

export interface DataChange {
  indicatorId: string;
  name: string;
  recordedVersion: number | null;
  version: number | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface Verification {
  textMatches: boolean;
  figures: FigureCheck[];
  /** Present when the data was given: the indicators whose values are not the recorded version. */
  dataChanges?: DataChange[];
  /** Text and figures as recorded. */
  ok: boolean;
}

export function verifyRecord(record: SigningRecord, now: { text: DocumentText; figures: ReadonlyArray<{ figureId: string; text: string }>; data?: PeriodData }): Verification {
  const textMatches = documentTextHash(now.text) === record.textHash;
  const current = new Map<string, string>();
  for (const f of now.figures) if (!current.has(f.figureId)) current.set(f.figureId, f.text);
  const figures: FigureCheck[] = record.figures.map((f) => {
    const text = current.get(f.figureId);
    if (text === undefined) return { figureId: f.figureId, recorded: f.text, status: 'gone' };
    return { figureId: f.figureId, recorded: f.text, now: text, status: sameText(text, f.text) ? 'same' : 'changed' };
  });
  const recorded = new Set(record.figures.map((f) => f.figureId));
  for (const [id, text] of current) if (!recorded.has(id)) figures.push({ figureId: id, recorded: '', now: text, status: 'added' });
  const out: Verification = { textMatches, figures, ok: textMatches && figures.every((f) => f.status === 'same') };
  if (now.data) {
    const values = new Map(now.data.values.filter((v) => v.period === now.data?.period).map((v) => [v.indicatorId, v]));
    const names = new Map(now.data.indicators.map((i) => [i.id, i.name]));
    const seen = new Set<string>();
    out.dataChanges = [];
    for (const f of record.figures) {
      for (const v of f.values) {
        if (seen.has(v.indicatorId)) continue;
        seen.add(v.indicatorId);
        const cur = values.get(v.indicatorId);
        const version = cur?.version ?? null;
        if (version !== v.version) out.dataChanges.push({ indicatorId: v.indicatorId, name: names.get(v.indicatorId) ?? v.indicatorId, recordedVersion: v.version, version, updatedAt: cur?.updatedAt ?? null, updatedBy: cur?.updatedBy ?? null });
      }
    }
  }
  return out;
}
