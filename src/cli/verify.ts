/**
 * `baocao verify FILE.docx [--source URL | --data FILE] [--json]`: does the report still read as it did
 * when its signing record was made (its text, its figures), and which data changed since. The data is
 * asked of --source / --data, or of the service the record names.
 * Status 0 when text and figures match the record, 1 when they do not, 2 on bad input or no record.
 */
import { periodLabel } from '../core/figures/render';
import { verifyRecord, type Verification } from '../core/sign/verify';
import { sourceLabel } from '../core/sign/record';
import type { PeriodData } from '../core/indicators/schema';
import { option } from './args';
import { dataChoiceError, loadData } from './data';
import { guarded, openReport, parseReportArgs, UsageError } from './report-file';
import { HELP as ALL_HELP } from './help';

export const HELP = ALL_HELP.verify;

export async function run(args: string[]): Promise<number> {
  return guarded(HELP.split('\n')[0], async () => {
    const p = parseReportArgs(args, ['source', 'token', 'data'], ['json']);
    if (p.positional.length !== 1) throw new UsageError('Cần đúng một tệp báo cáo .docx.');
    const o = { source: option(p, 'source'), token: option(p, 'token'), data: option(p, 'data') };
    const choice = dataChoiceError(o, false);
    if (choice) throw new UsageError(choice);
    const doc = await openReport(p.positional[0]);
    const record = await doc.getSigningRecord();
    if (!record) throw new Error('Tệp chưa có bản ghi nhận trước khi ký (ghi nhận ở thẻ Kiểm tra khi báo cáo đã qua kiểm tra).');
    let data: PeriodData | undefined;
    let dataNote = '';
    const source = o.source || o.data ? o : record.source.url ? { source: record.source.url, token: process.env.BAOCAO_TOKEN?.trim() || undefined } : undefined;
    if (source) {
      try {
        const r = await loadData(source, record.period);
        data = r.data;
        if (r.offline) dataNote = `Không kết nối được nguồn số liệu: so với bản lưu của ${r.offline}.`;
      } catch (err) {
        dataNote = `Không kiểm tra được số liệu của nguồn: ${err instanceof Error ? err.message : String(err)}`;
      }
    } else dataNote = 'Bản ghi nhận không ghi máy chủ số liệu: thêm --source hoặc --data để biết số liệu nào đã đổi.';
    const v = verifyRecord(record, { text: await doc.readText(), figures: await doc.listFigures(), ...(data ? { data } : {}) });
    if (p.options.has('json')) process.stdout.write(`${JSON.stringify({ record: { at: record.at, period: record.period, source: record.source, checker: record.checker }, ...v }, null, 2)}\n`);
    else process.stdout.write(human(v, record.at, record.period, sourceLabel(record.source), dataNote));
    return v.ok ? 0 : 1;
  });
}

function human(v: Verification, at: string, period: string, source: string, dataNote: string): string {
  const out: string[] = [`Bản ghi nhận lúc ${new Date(at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}, ${periodLabel(period)}, nguồn ${source}.`];
  out.push(v.textMatches ? 'Chữ của báo cáo: như lúc ghi nhận.' : 'Chữ của báo cáo: ĐÃ SỬA sau khi ghi nhận.');
  const changed = v.figures.filter((f) => f.status !== 'same');
  if (!changed.length) out.push(`Số liệu gắn dữ liệu: ${v.figures.length}, như lúc ghi nhận.`);
  else {
    out.push(`Số liệu gắn dữ liệu đã khác (${changed.length}):`);
    for (const f of changed) out.push(f.status === 'gone' ? `  “${f.recorded}”: đã bị xóa` : f.status === 'added' ? `  “${f.now}”: mới thêm` : `  “${f.recorded}” → “${f.now}”`);
  }
  if (v.dataChanges) {
    if (!v.dataChanges.length) out.push('Số liệu của nguồn: không đổi từ lúc ghi nhận.');
    else {
      out.push(`Số liệu của nguồn đã thay đổi từ lúc ghi nhận (${v.dataChanges.length}):`);
      for (const c of v.dataChanges) out.push(`  ${c.name}: phiên bản ${c.recordedVersion ?? '—'} → ${c.version ?? 'không còn'}${c.updatedBy ? ` (${c.updatedBy}${c.updatedAt ? `, ${new Date(c.updatedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}` : ''})` : ''}`);
    }
  }
  if (dataNote) out.push(dataNote);
  out.push(v.ok ? 'Kết luận: khớp bản ghi nhận.' : 'Kết luận: KHÔNG còn khớp bản ghi nhận.');
  return `${out.join('\n')}\n`;
}
