/**
 * `baocao check FILE [--json]`: the gate before signing. Exit 0 with no error finding, 1 with at
 * least one, 2 when the input cannot be read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DocxDocument } from '../docx/adapter';
import { checkDocument, type Finding } from '../core/check';
import { readPlainText } from '../core/document/plain-text';
import type { DocumentText } from '../core/document/text';
import { PeriodDataSchema, type PeriodData } from '../core/indicators/schema';
import { readDocxText } from '../docx/read-text';
import { HELP } from './help';

const STORY = { body: 'thân bài', table: 'bảng', footnote: 'chú thích' } as const;
const SEVERITY = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'GHI CHÚ' } as const;

export async function readReport(file: string): Promise<DocumentText> {
  const ext = path.extname(file).toLowerCase();
  const plain = ext === '.txt' || ext === '.md' || ext === '.markdown';
  if (ext !== '.docx' && !plain) throw new Error(`chỉ đọc báo cáo .docx, .txt hoặc .md (tệp này: “${ext || 'không có đuôi'}”)`);
  const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new Error(err.code === 'ENOENT' ? 'không có tệp này' : 'không mở được tệp để đọc');
  });
  if (plain) return readPlainText(bytes.toString('utf8'));
  return readDocxText(new Uint8Array(bytes)).catch((err: unknown) => {
    // The package's own "not a .docx" is for developers; a broken file is the user's to hear about.
    if (err instanceof Error && /^not a \.docx/.test(err.message)) throw new Error('không phải tệp Word .docx đọc được (tệp hỏng, hoặc là tệp khác đổi đuôi)');
    throw err;
  });
}

function human(f: Finding, doc: DocumentText): string {
  const block = doc.blocks[f.location.block];
  const where = `${STORY[f.location.story]}, đoạn ${f.location.block + 1}${block?.footnoteId ? ` (chú thích ${block.footnoteId})` : ''}`;
  const fix = f.fix ? `\n    Sửa thành: ${f.fix}` : '';
  return `${SEVERITY[f.severity]} [${f.rule}] ${where}: “${f.text}”\n    ${f.message}${fix}`;
}

async function boundSpans(file: string): Promise<Array<{ block: number; start: number; end: number }>> {
  const docx = await DocxDocument.open(new Uint8Array(await readFile(file)));
  return (await docx.listFigures()).flatMap((f) => (f.location ? [{ block: f.location.block, start: f.location.start, end: f.location.end }] : []));
}

async function readData(file: string): Promise<PeriodData> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new Error('không phải tệp JSON hợp lệ');
  }
  const parsed = PeriodDataSchema.safeParse(json);
  if (!parsed.success) throw new Error(`không phải số liệu của một kỳ (tệp của baocao serve /api/periods/…): ${parsed.error.issues[0]?.path.join('.')}`);
  return parsed.data;
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const dataAt = args.indexOf('--data');
  const dataFile = dataAt >= 0 ? args[dataAt + 1] : undefined;
  const rest = dataAt >= 0 ? args.filter((_, i) => i !== dataAt && i !== dataAt + 1) : args;
  const files = rest.filter((a) => !a.startsWith('--'));
  const unknown = rest.filter((a) => a.startsWith('--') && a !== '--json');
  if (files.length !== 1 || unknown.length > 0 || (dataAt >= 0 && !dataFile)) {
    process.stderr.write(HELP.check);
    return 2;
  }
  let data: PeriodData | undefined;
  if (dataFile) {
    try {
      data = await readData(dataFile);
    } catch (err) {
      process.stderr.write(`baocao check: không dùng được số liệu “${dataFile}”: ${err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
  }
  let doc: DocumentText;
  try {
    doc = await readReport(files[0]);
  } catch (err) {
    process.stderr.write(`baocao check: không đọc được “${files[0]}”: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  // bound figures keep their values by refresh: the data source is read against the rest of the text
  const figures = data && path.extname(files[0]).toLowerCase() === '.docx' ? await boundSpans(files[0]) : [];
  const findings = checkDocument(doc, { data, figures });
  if (json) {
    process.stdout.write(`${JSON.stringify({ findings }, null, 2)}\n`);
  } else if (findings.length === 0) {
    process.stdout.write('Không phát hiện số liệu nào không khớp: sẵn sàng ký.\n');
  } else {
    process.stdout.write(`${findings.map((f) => human(f, doc)).join('\n')}\n`);
    const errors = findings.filter((f) => f.severity === 'error').length;
    process.stdout.write(`\n${errors} lỗi, ${findings.length - errors} cảnh báo/ghi chú.\n`);
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
