/**
 * Refresh as one pure function: from the bound figures of a document and a period's data, the edits
 * to make (old → new) and a report for every figure. Adapters apply the edits and touch nothing else.
 */
import type { PeriodData } from '../indicators/schema';
import { FigureData, periodLabel, renderFigure } from './render';
import type { FigureSpec } from './spec';

/** One bound figure as an adapter found it. `key` is the adapter's handle on that content control. */
export interface FigureInstance {
  key: string;
  figureId: string;
  /** Null when the spec could not be found or read; `specError` says why. */
  spec: FigureSpec | null;
  specError?: string;
  text: string;
  /** The text the add-in last wrote into this figure, when known. */
  lastText?: string;
}

export interface FigureEdit {
  key: string;
  figureId: string;
  old: string;
  new: string;
}

export type FigureStatus = 'updated' | 'unchanged' | 'handEdited' | 'missing' | 'broken';

export interface FigureReport {
  key: string;
  figureId: string;
  status: FigureStatus;
  /** The text in the document before the refresh. */
  old: string;
  /** The text the data gives (absent when it could not be computed). */
  new?: string;
  /** Vietnamese, for the user. */
  message: string;
}

export interface RefreshPlan {
  period: string;
  edits: FigureEdit[];
  reports: FigureReport[];
}

/** Whitespace differences (a non-breaking space Word put in) are not edits. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  return norm(a) === norm(b);
}

export class PeriodMismatchError extends Error {
  constructor(want: string, got: string) {
    super(`Dữ liệu là của ${periodLabel(got)}, không phải ${periodLabel(want)} của báo cáo`);
  }
}

export function planRefresh(figures: readonly FigureInstance[], data: PeriodData, period: string): RefreshPlan {
  if (data.period !== period) throw new PeriodMismatchError(period, data.period);
  const d = new FigureData(data);
  const edits: FigureEdit[] = [];
  const reports: FigureReport[] = [];
  for (const f of figures) {
    const base = { key: f.key, figureId: f.figureId, old: f.text };
    if (!f.spec) {
      reports.push({ ...base, status: 'broken', message: f.specError ?? 'Không đọc được định nghĩa của số liệu này' });
      continue;
    }
    const r = renderFigure(f.spec, d);
    if (!r.ok) {
      reports.push({ ...base, status: r.status, message: `${r.message}; giữ nguyên “${f.text}”` });
      continue;
    }
    if (sameText(f.text, r.text)) {
      reports.push({ ...base, status: 'unchanged', new: r.text, message: 'Không thay đổi' });
    } else if (f.lastText !== undefined && !sameText(f.text, f.lastText)) {
      reports.push({
        ...base,
        status: 'handEdited',
        new: r.text,
        message: `Đã bị sửa tay (lần cập nhật trước ghi “${f.lastText}”); giữ nguyên, số liệu mới là “${r.text}”`,
      });
    } else {
      edits.push({ ...base, new: r.text });
      reports.push({ ...base, status: 'updated', new: r.text, message: `“${f.text}” → “${r.text}”` });
    }
  }
  return { period, edits, reports };
}
