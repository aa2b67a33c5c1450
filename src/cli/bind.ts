/**
 * `baocao bind REPORT.docx --period 2026-05 (--source URL | --data FILE) -o OUT.docx [-v]`
 * Binds the plain numbers of a report that surely are figures of the period's indicators (value, unit
 * and the words around them agree); lists the ambiguous ones; the text is not changed.
 * Status 0 when done, 2 on bad input.
 */
import { proposeBindings } from '../core/bind';
import { periodLabel } from '../core/figures/render';
import { loadData } from './data';
import { guarded, inOutArgs, openReport, parseReportArgs, periodOption, reportPeriod, saveReport, UsageError } from './report-file';
import { HELP as ALL_HELP } from './help';

export const HELP = ALL_HELP.bind;

const STORY = { body: 'thân bài', table: 'bảng', footnote: 'chú thích' } as const;

export async function run(args: string[]): Promise<number> {
  const usage = HELP.split('\n')[0];
  return guarded(usage, async () => {
    const p = parseReportArgs(args, ['period', 'source', 'token', 'data', 'output'], ['verbose']);
    const { input, output, data: o } = inOutArgs(p);
    const doc = await openReport(input);
    const period = await reportPeriod(doc, periodOption(p, 'period'));
    const { data, offline } = await loadData(o, period);
    const proposal = proposeBindings(await doc.readText(), data, { bound: await doc.boundSpans() });
    const sure = proposal.candidates.filter((c) => c.sure);
    const review = proposal.candidates.filter((c) => !c.sure);
    const result = await doc.bindFigures(sure);
    await doc.setReportSettings({ period, ...(o.source ? { sourceUrl: o.source } : {}) });
    await saveReport(doc, output);
    const where = (l: { story: keyof typeof STORY; block: number }): string => `${STORY[l.story]}, đoạn ${l.block + 1}`;
    const out: string[] = [`Kỳ báo cáo: ${periodLabel(period)} — ${proposal.numbers} số chưa gắn dữ liệu được xem xét.`];
    if (offline) out.push(`Không kết nối được nguồn số liệu: dùng bản lưu của ${offline} (có thể đã cũ).`);
    out.push(`Đã gắn: ${result.bound.length}. Cần xem lại (chưa gắn): ${review.length + result.skipped.length}. Không khớp chỉ tiêu nào: ${proposal.unmatched.length}.`);
    if (p.options.has('verbose') && result.bound.length) {
      out.push('', 'Đã gắn:');
      sure.forEach((c) => out.push(`  ${where(c.location)}: “${c.text}” — ${c.label}`));
    }
    if (review.length || result.skipped.length) {
      out.push('', 'Cần xem lại:');
      for (const c of review) out.push(`  ${where(c.location)}: “${c.text}” — ${c.label} (độ tin cậy ${Math.round(c.confidence * 100)}%): ${c.reason}`);
      for (const s of result.skipped) out.push(`  ${where(s.binding.location)}: “${s.binding.text}” — không gắn được (${s.reason === 'not-plain' ? 'chữ có định dạng đặc biệt' : 'đoạn văn đã đổi'})`);
    }
    out.push('', `Đã ghi ${output}.`);
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  });
}
