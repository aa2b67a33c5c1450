/**
 * `baocao refresh IN.docx --period 2026-05 [--source URL | --data FILE] -o OUT.docx`
 * Recomputes every bound figure of a report from the data and writes the refreshed copy.
 * Messages are Vietnamese (for the drafters); exit status 0 on success, 1 when figures need a look,
 * 2 on bad input.
 */
import { readFile, writeFile } from 'fs/promises';
import { refreshDocument, type FigureReport } from '../core/figures';
import { periodLabel } from '../core/figures/render';
import { type PeriodData, PeriodDataSchema, PeriodSchema } from '../core/indicators/schema';
import { DocxDocument } from '../docx/adapter';

interface Options {
  input: string;
  output: string;
  period?: string;
  source?: string;
  data?: string;
}

const USAGE = 'Cách dùng: baocao refresh BAOCAO.docx --period 2026-05 [--source URL | --data TEP.json] -o KETQUA.docx';

function parseArgs(args: string[]): Options | string {
  const o: Partial<Options> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = (): string | undefined => args[++i];
    if (a === '--period') o.period = next();
    else if (a === '--source') o.source = next();
    else if (a === '--data') o.data = next();
    else if (a === '-o' || a === '--output') o.output = next();
    else if (a.startsWith('-')) return `Không hiểu tùy chọn "${a}".`;
    else if (!o.input) o.input = a;
    else return `Thừa tham số "${a}".`;
  }
  if (!o.input) return 'Thiếu tệp báo cáo .docx.';
  if (!o.output) return 'Thiếu tệp kết quả (-o KETQUA.docx).';
  if (o.source && o.data) return 'Chỉ dùng một trong hai: --source hoặc --data.';
  if (!o.source && !o.data) return 'Thiếu nguồn số liệu: --source URL hoặc --data TEP.json.';
  if (o.period !== undefined && !PeriodSchema.safeParse(o.period).success) return `Kỳ báo cáo "${o.period}" không hợp lệ (dạng 2026-05).`;
  return o as Options;
}

function validate(raw: unknown, where: string): PeriodData {
  const r = PeriodDataSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`Số liệu từ ${where} không đúng định dạng (${issue?.path.join('.') || 'gốc'}: ${issue?.message ?? ''}).`);
  }
  return r.data;
}

async function loadData(o: Options, period: string): Promise<PeriodData> {
  if (o.data) {
    let text: string;
    try {
      text = await readFile(o.data, 'utf8');
    } catch {
      throw new Error(`Không đọc được tệp số liệu "${o.data}".`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new Error(`Tệp số liệu "${o.data}" không phải JSON.`);
    }
    return validate(raw, o.data);
  }
  const url = `${(o.source ?? '').replace(/\/+$/, '')}/api/periods/${encodeURIComponent(period)}`;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(15000) });
  } catch {
    throw new Error(`Không kết nối được nguồn số liệu ${o.source}.`);
  }
  if (!res.ok) throw new Error(`Nguồn số liệu trả lỗi ${res.status} cho ${periodLabel(period)}.`);
  return validate(await res.json(), url);
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
      throw new Error(`Không đọc được tệp "${o.input}".`);
    }));
    const stored = await doc.getReportSettings();
    const period = o.period ?? stored.period;
    if (!period) throw new Error('Chưa biết kỳ báo cáo: thêm --period 2026-05.');
    const data = await loadData(o, period);
    const outcome = await refreshDocument(doc, data, period);
    if (o.source) await doc.setReportSettings({ sourceUrl: o.source });
    await writeFile(o.output, await doc.save());
    const out: string[] = [`Kỳ báo cáo: ${periodLabel(period)} — ${outcome.reports.length} số liệu gắn dữ liệu.`];
    for (const s of SECTIONS) {
      const list = outcome.reports.filter((r) => r.status === s.status);
      if (!list.length) continue;
      out.push('', `${s.title} (${list.length}):`);
      for (const r of list) out.push(s.status === 'updated' ? `  ${r.old} → ${r.new}` : `  "${r.old}": ${r.message}`);
    }
    const unchanged = outcome.reports.filter((r) => r.status === 'unchanged').length;
    if (unchanged) out.push('', `Không thay đổi: ${unchanged}.`);
    if (doc.storeError) out.push('', `Cảnh báo: phần lưu thông tin báo cáo bị hỏng và đã được tạo lại (${doc.storeError}).`);
    out.push('', `Đã ghi ${o.output}.`);
    process.stdout.write(out.join('\n') + '\n');
    return outcome.reports.some((r) => r.status !== 'updated' && r.status !== 'unchanged') ? 1 : 0;
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
