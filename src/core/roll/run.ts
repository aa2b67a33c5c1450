/**
 * Rolling over any document port: read the text, the figures and where they are; plan; then write the
 * chosen title and date lines (one batch), the recomputed figures (one batch) and the new period.
 */
import type { ApplyResult, DocumentPort } from '../document/port';
import type { PeriodData } from '../indicators/schema';
import { planRoll, type RollPlan } from './plan';

export async function readRollPlan(port: DocumentPort, from: string, to: string, data: PeriodData, oldData?: PeriodData): Promise<RollPlan> {
  const [text, figures, bound] = await Promise.all([port.readText(), port.listFigures(), port.boundSpans()]);
  return planRoll({ text, figures, bound, from, to, data, ...(oldData ? { oldData } : {}) });
}

export interface RollOutcome {
  /** Per proposed line (in the plan's order): written or not (chosen out, or the line changed since). */
  lines: boolean[];
  figures: ApplyResult;
}

/** `lines`: the indexes of the plan's proposed lines to write (all by default). */
export async function applyRoll(port: DocumentPort, plan: RollPlan, lines: ReadonlySet<number> = new Set(plan.lines.map((_, i) => i))): Promise<RollOutcome> {
  const chosen = plan.lines.map((l, i) => ({ l, i })).filter(({ i }) => lines.has(i));
  // the lines first: figure edits are by figure, not by offset, so they do not move the lines' offsets
  const done = await port.replaceTexts(chosen.map(({ l }) => l));
  const written = plan.lines.map(() => false);
  chosen.forEach(({ i }, k) => (written[i] = done[k] ?? false));
  const figures = await port.applyEdits(plan.refresh.edits);
  await port.setReportSettings({ period: plan.to });
  return { lines: written, figures };
}
