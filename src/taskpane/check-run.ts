/**
 * Kiểm tra over a document port, shared by the modern pane (areas/CheckArea.tsx) and the lite pane
 * (src/lite): the same reading and the same checker, so both show the same findings.
 */
import { checkDocument, type Finding } from '../core/check';
import type { BoundFigure, DocumentPort } from '../core/document/port';
import type { PeriodData } from '../core/indicators/schema';

export const STORY_NAMES: Record<Finding['location']['story'], string> = { body: 'thân bài', table: 'bảng', footnote: 'chú thích' };

/** The document's findings and its bound figures. */
export async function checkPort(port: DocumentPort, data?: PeriodData): Promise<{ findings: Finding[]; figures: BoundFigure[] }> {
  const [text, figures] = await Promise.all([port.readText(), port.listFigures()]);
  const spans = figures.flatMap((f) => (f.location ? [{ block: f.location.block, start: f.location.start, end: f.location.end }] : []));
  return { findings: checkDocument(text, data ? { data, figures: spans } : { figures: spans }), figures };
}

/** A fix that would write the same text back is no fix. */
export function usableFix(f: Finding): string | undefined {
  return f.fix !== undefined && f.fix !== f.text ? f.fix : undefined;
}
