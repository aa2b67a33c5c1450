/**
 * From a content control's tag and text to a figure instance, using the report store.
 * Shared by both adapters so they read a document the same way.
 */
import { type FigureInstance, sameText } from './refresh';
import type { ReportStore } from './store';
import { parseFigureTag } from './tag';

/** Undefined when the tag is not a bound figure's (another add-in's control, a plain control). */
export function resolveFigure(key: string, tag: string, text: string, store: ReportStore): FigureInstance | undefined {
  const parsed = parseFigureTag(tag);
  if (!parsed) return undefined;
  const rec = store.figures[parsed.figureId];
  const spec = rec?.spec ?? parsed.spec ?? null;
  const out: FigureInstance = { key, figureId: parsed.figureId, spec, text };
  if (!spec) out.specError = `Không tìm thấy định nghĩa của số liệu “${parsed.figureId}” trong tài liệu (có thể được dán từ tài liệu khác)`;
  if (rec?.last !== undefined) out.lastText = rec.last;
  // An edit whose batch failed before the store was updated: the figure shows what the add-in wrote.
  if (rec?.next !== undefined && sameText(text, rec.next)) out.lastText = rec.next;
  return out;
}
