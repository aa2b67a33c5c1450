/**
 * Refresh all, over any document port: list the figures, plan the edits from the data, apply them
 * at once, and remember the period. Figures changed between listing and applying count as hand edits.
 */
import type { ApplyResult, DocumentPort } from '../document/port';
import type { PeriodData } from '../indicators/schema';
import { planRefresh, type RefreshPlan } from './refresh';

export interface RefreshOutcome extends RefreshPlan {
  apply: ApplyResult;
}

export async function refreshDocument(port: DocumentPort, data: PeriodData, period: string): Promise<RefreshOutcome> {
  const figures = await port.listFigures();
  const plan = planRefresh(figures, data, period);
  const apply = await port.applyEdits(plan.edits);
  for (const c of apply.conflicts) {
    const r = plan.reports.find((x) => x.key === c.key);
    if (r) Object.assign(r, { status: 'handEdited', old: c.actual, message: `Vừa bị sửa trong lúc cập nhật (“${c.actual}”); giữ nguyên` });
  }
  for (const key of apply.gone) {
    const r = plan.reports.find((x) => x.key === key);
    if (r) Object.assign(r, { status: 'broken', message: 'Số liệu đã bị xóa khỏi tài liệu trong lúc cập nhật' });
  }
  const skipped = new Set([...apply.conflicts.map((c) => c.key), ...apply.gone]);
  plan.edits = plan.edits.filter((e) => !skipped.has(e.key));
  await port.setReportSettings({ period });
  return { ...plan, apply };
}
