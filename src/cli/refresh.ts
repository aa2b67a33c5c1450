/**
 * `baocao refresh IN.docx --period 2026-05 [--source URL [--token T] | --data FILE] -o OUT.docx`
 * Recomputes every bound figure of a report from the data and writes the refreshed copy.
 * Messages are Vietnamese (for the drafters); exit status 0 on success, 1 when figures need a look,
 * 2 on bad input.
 */
import { readFile, writeFile } from 'fs/promises';
import { refreshDocument, type FigureReport } from '../core/figures';
import { periodLabel } from '../core/figures/render';
import { PeriodSchema } from '../core/indicators/schema';
import { DataSourceError } from '../data/client';
import { DocxDocument } from '../docx/adapter';
import { dataChoiceError, loadData } from './data';
import { HELP } from './help';

interface Options {
  input: string;
  output: string;
  period?: string;
  source?: string;
  /** The read token of --source: --token, else the BAOCAO_TOKEN environment variable. */
  token?: string;
  data?: string;
}

const USAGE = HELP.refresh.split('\n')[0];

function parseArgs(args: string[]): Options | string {
  const o: Partial<Options> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const valued = ['--period', '--source', '--token', '--data', '-o', '--output'];
    if (valued.includes(a) && (args[i + 1] === undefined || args[i + 1].startsWith('-'))) return `Thiếu giá trị sau "${a}".`;
    const next = (): string => args[++i];
    if (a === '--period') o.period = next();
    else if (a === '--source') o.source = next();
    else if (a === '--token') o.token = next();
    else if (a === '--data') o.data = next();
    else if (a === '-o' || a === '--output') o.output = next();
    else if (a.startsWith('-')) return `Không hiểu tùy chọn “${a}”.`;
    else if (!o.input) o.input = a;
    else return `Thừa tham số “${a}”.`;
  }
  if (!o.input) return 'Thiếu tệp báo cáo .docx.';
  if (!o.output) return 'Thiếu tệp kết quả (-o KETQUA.docx).';
  const choice = dataChoiceError(o);
  if (choice) return choice;
  if (o.period !== undefined && !PeriodSchema.safeParse(o.period).success) return `Kỳ báo cáo “${o.period}” không hợp lệ (dạng 2026-05).`;
  return o as Options;
}

const SECTIONS: { status: FigureReport['status']; title: string }[] = [
  { status: 'updated', title: 'Đã cập nhật' },
  { status: 'handEdited', title: 'Bị sửa tay — giữ nguyên, cần xem lại' },
  { status: 'missing', title: 'Thiếu số liệu — giữ số cũ (có thể đã cũ)' },
  { status: 'broken', title: 'Lỗi — không tính được' },
];

export async function run(args: string[]): Promise<number> {
  const o = parseArgs(args);
  if (typeof o === 'string') {
    process.stderr.write(`${o}\n${USAGE}\n`);
    return 2;
  }
  try {
    const doc = await DocxDocument.open(await readFile(o.input).catch(() => {
      throw new Error(`Không đọc được tệp “${o.input}”.`);
    }));
    const stored = await doc.getReportSettings();
    const period = o.period ?? stored.period;
    if (!period) throw new Error('Chưa biết kỳ báo cáo: thêm --period 2026-05.');
    const { data, offline } = await loadData(o, period);
    const outcome = await refreshDocument(doc, data, period);
    if (o.source) await doc.setReportSettings({ sourceUrl: o.source });
    await writeFile(o.output, await doc.save());
    const out: string[] = [`Kỳ báo cáo: ${periodLabel(period)} — ${outcome.reports.length} số liệu gắn dữ liệu.`];
    if (offline) out.push(`Không kết nối được nguồn số liệu: dùng bản lưu của ${offline} (có thể đã cũ).`);
    for (const s of SECTIONS) {
      const list = outcome.reports.filter((r) => r.status === s.status);
      if (!list.length) continue;
      out.push('', `${s.title} (${list.length}):`);
      for (const r of list) out.push(s.status === 'updated' ? `  ${r.old} → ${r.new}` : `  “${r.old}”: ${r.message}`);
    }
    const unchanged = outcome.reports.filter((r) => r.status === 'unchanged').length;
    if (unchanged) out.push('', `Không thay đổi: ${unchanged}.`);
    if (doc.storeError) out.push('', `Cảnh báo: phần lưu thông tin báo cáo bị hỏng và đã được tạo lại (${doc.storeError}).`);
    out.push('', `Đã ghi ${o.output}.`);
    process.stdout.write(out.join('\n') + '\n');
    return outcome.reports.some((r) => r.status !== 'updated' && r.status !== 'unchanged') ? 1 : 0;
  } catch (err) {
    process.stderr.write(`${err instanceof DataSourceError ? err.userMessage : err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
