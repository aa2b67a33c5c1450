/**
 * `baocao roll REPORT.docx --to 2026-06 (--source URL | --data FILE) -o OUT.docx [--from 2026-05] [--keep-lines]`
 * Moves a report to a new period: every bound figure recomputed from the new period's data, the title and
 * date lines moved; lists the other mentions of a period, the plain numbers that are old values, and
 * the figures with no data for the new period (they keep their old text and are said to be stale).
 * Status 0 when everything moved, 1 when figures need a look, 2 on bad input.
 */
import { periodLabel } from '../core/figures/render';
import type { PeriodData } from '../core/indicators/schema';
import { applyRoll, planRoll } from '../core/roll';
import { loadData } from './data';
import { guarded, inOutArgs, openReport, parseReportArgs, periodOption, reportPeriod, saveReport, UsageError } from './report-file';
import { HELP as ALL_HELP } from './help';

export const HELP = ALL_HELP.roll;

const STORY = { body: 'thân bài', table: 'bảng', footnote: 'chú thích' } as const;

export async function run(args: string[]): Promise<number> {
  return guarded(HELP.split('\n')[0], async () => {
    const p = parseReportArgs(args, ['to', 'from', 'source', 'token', 'data', 'output'], ['keep-lines']);
    const { input, output, data: o } = inOutArgs(p);
    const to = periodOption(p, 'to');
    if (!to) throw new UsageError('Thiếu kỳ mới: --to 2026-06.');
    const doc = await openReport(input);
    const from = await reportPeriod(doc, periodOption(p, 'from'));
    if (from === to) throw new UsageError(`Báo cáo đã là của ${periodLabel(to)}.`);
    const { data, offline } = await loadData(o, to);
    let oldData: PeriodData | undefined;
    let oldNote = '';
    try {
      oldData = (await loadData(o, from)).data;
    } catch {
      oldNote = `Không lấy được số liệu ${periodLabel(from)}: không tìm được các số chưa gắn dữ liệu trùng số liệu kỳ cũ.`;
    }
    const [text, figures, bound] = await Promise.all([doc.readText(), doc.listFigures(), doc.boundSpans()]);
    const plan = planRoll({ text, figures, bound, from, to, data, ...(oldData ? { oldData } : {}) });
    const outcome = await applyRoll(doc, plan, p.options.has('keep-lines') ? new Set() : undefined);
    if (o.source) await doc.setReportSettings({ sourceUrl: o.source });
    await saveReport(doc, output);

    const where = (l: { story: keyof typeof STORY; block: number }): string => `${STORY[l.story]}, đoạn ${l.block + 1}`;
    const updated = plan.refresh.reports.filter((r) => r.status === 'updated' && outcome.figures.applied.includes(r.key));
    const handEdited = plan.refresh.reports.filter((r) => r.status === 'handEdited' || outcome.figures.conflicts.some((c) => c.key === r.key));
    const out: string[] = [`Chuyển từ ${periodLabel(from)} sang ${periodLabel(to)}: ${plan.refresh.reports.length} số liệu gắn dữ liệu.`];
    if (offline) out.push(`Không kết nối được nguồn số liệu: dùng bản lưu của ${offline} (có thể đã cũ).`);
    if (updated.length) {
      out.push('', `Đã tính lại (${updated.length}):`);
      for (const r of updated) out.push(`  ${r.old} → ${r.new}`);
    }
    const unchanged = plan.refresh.reports.filter((r) => r.status === 'unchanged').length;
    if (unchanged) out.push(`Không đổi: ${unchanged}.`);
    if (plan.missing.length) {
      out.push('', `Chưa có số liệu ${periodLabel(to)} — giữ số cũ, ĐÃ CŨ, cần xem lại (${plan.missing.length}):`);
      for (const r of plan.missing) out.push(`  “${r.old}”: ${r.message}`);
    }
    if (handEdited.length) {
      out.push('', `Bị sửa tay — giữ nguyên, cần xem lại (${handEdited.length}):`);
      for (const r of handEdited) out.push(`  “${r.old}”: ${r.message}`);
    }
    if (plan.lines.length) {
      out.push('', p.options.has('keep-lines') ? 'Dòng tiêu đề, ngày tháng nên sửa (chưa sửa):' : 'Đã sửa dòng tiêu đề, ngày tháng:');
      plan.lines.forEach((l, i) => out.push(`  ${where(l.location)}: “${l.expected}” → “${l.replacement}”${!p.options.has('keep-lines') && !outcome.lines[i] ? ' (không sửa được: đoạn văn đã đổi)' : ''}`));
    }
    if (plan.mentions.length) {
      out.push('', `Còn nhắc tới kỳ — xem lại (${plan.mentions.length}):`);
      for (const m of plan.mentions) out.push(`  ${where(m.location)}: “${m.text}”${m.oldPeriod ? ' (kỳ cũ)' : ''}${m.suggestion ? ` → gợi ý “${m.suggestion}”` : ''}`);
    }
    if (plan.oldValues?.length) {
      out.push('', `Số chưa gắn dữ liệu trùng số liệu ${periodLabel(from)} — xem lại (${plan.oldValues.length}):`);
      for (const v of plan.oldValues) out.push(`  ${where(v.location)}: “${v.text}” — ${v.label}`);
    }
    if (oldNote) out.push('', oldNote);
    out.push('', `Đã ghi ${output}.`);
    process.stdout.write(out.join('\n') + '\n');
    return plan.missing.length || handEdited.length ? 1 : 0;
  });
}
