/** Opening a report .docx for a command, and the options every report command shares. */
import { readFile, writeFile } from 'node:fs/promises';
import { periodOfDocument } from '../core/document/period';
import { PeriodSchema } from '../core/indicators/schema';
import { DataSourceError } from '../data/client';
import { DocxDocument } from '../docx/adapter';
import { ArgError, type Parsed, option, parseArgs } from './args';
import { dataChoiceError, type DataOptions } from './data';

export async function openReport(file: string): Promise<DocxDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new Error(`Không đọc được tệp “${file}”.`);
  }
  try {
    return await DocxDocument.open(bytes);
  } catch {
    throw new Error(`“${file}” không phải tệp Word .docx đọc được.`);
  }
}

export async function saveReport(doc: DocxDocument, file: string): Promise<void> {
  await writeFile(file, await doc.save());
}

/** `-o` is `--output`, `-v` is `--verbose`; options are parsed with args.ts. Throws an English message for a developer's typo. */
export function parseReportArgs(args: string[], valued: readonly string[], flags: readonly string[] = []): Parsed {
  return parseArgs(args.map((a) => (a === '-o' ? '--output' : a === '-v' ? '--verbose' : a)), valued, flags);
}

/** A period given on the command line, checked; undefined when not given. */
export function periodOption(p: Parsed, name: string): string | undefined {
  const v = option(p, name);
  if (v !== undefined && !PeriodSchema.safeParse(v).success) throw new UsageError(`Kỳ báo cáo “${v}” không hợp lệ (dạng 2026-05, 2026-Q2 hoặc 2026).`);
  return v;
}

/** The report's period: given, else stored in it, else named in its title. */
export async function reportPeriod(doc: DocxDocument, given: string | undefined): Promise<string> {
  if (given) return given;
  const stored = (await doc.getReportSettings()).period;
  if (stored) return stored;
  const named = periodOfDocument(await doc.readText());
  if (named) return named.period;
  throw new UsageError('Chưa biết kỳ báo cáo: thêm --period 2026-05.');
}

/** A command that reads one report and writes another with data from a source: its arguments checked. */
export function inOutArgs(p: Parsed): { input: string; output: string; data: DataOptions } {
  const [input, ...extra] = p.positional;
  if (!input || extra.length) throw new UsageError(input ? `Thừa tham số “${extra[0]}”.` : 'Thiếu tệp báo cáo .docx.');
  const output = option(p, 'output');
  if (!output) throw new UsageError('Thiếu tệp kết quả (-o KETQUA.docx).');
  const data = { source: option(p, 'source'), token: option(p, 'token'), data: option(p, 'data') };
  const choice = dataChoiceError(data);
  if (choice) throw new UsageError(choice);
  return { input, output, data };
}

/** Bad input from the user: status 2 and the message, in Vietnamese. */
export class UsageError extends Error {}

/** Runs a command body: bad input and data-source errors are messages with status 2, never a stack. */
export async function guarded(usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    const message = err instanceof DataSourceError ? err.userMessage : err instanceof Error ? err.message : String(err);
    process.stderr.write(`${message}\n${err instanceof UsageError || err instanceof ArgError ? `${usage}\n` : ''}`);
    return 2;
  }
}
