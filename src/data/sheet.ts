/**
 * A department's sheet (XLSX or CSV) read into rows of values. Header names are matched without
 * diacritics: "Mã chỉ tiêu", "Kỳ", "Thực hiện", "Lũy kế", "Kế hoạch", "Cùng kỳ" (or id, period,
 * value, cumulative, plan, samePeriodLastYear). Cells may hold numbers or Vietnamese-formatted text
 * ("1.532", "78,4").
 *
 * An .xlsx is checked first (xlsx-guard.ts) and then streamed (exceljs's streaming reader), so a large
 * sheet never sits whole in memory; it stops at MAX_ROWS. This runs in a worker thread
 * (sheet-pool.ts): the service's event loop is not held while a sheet is read.
 *
 * Anything that would write a number somewhere it was not meant for is refused with its row: merged
 * cells, two columns of one kind, two rows for one indicator and period, a formula with no value.
 */
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { amountProblem, type ImportResult } from '../core/indicators/api';
import { IndicatorIdSchema, PeriodSchema } from '../core/indicators/schema';
import { formatVn, parseVnNumber } from '../core/number';
import { fold } from '../core/text/fold';
import { cleanText } from '../core/text/normalize';
import { ZipFormatError, ZipLimitError } from '../core/zip/inspect';
import { type CellContent, cellContent, columnLetters, unreadable } from './sheet-cells';
import type { ImportRow, ValueField } from './values';
import { type MergedRange, packageForStreaming, planXlsx, TooManyMerges, XLSX_LIMITS } from './xlsx-guard';

type ColumnKey = 'indicatorId' | 'period' | ValueField;

const HEADERS: Array<[RegExp, ColumnKey, string]> = [
  [/^(ma chi tieu|ma|indicator|indicatorid|id)$/, 'indicatorId', 'Mã chỉ tiêu'],
  [/^(ky|ky bao cao|thang|period)$/, 'period', 'Kỳ'],
  [/^(thuc hien|gia tri|so lieu|value)$/, 'value', 'Thực hiện'],
  [/^(luy ke|cumulative)$/, 'cumulative', 'Lũy kế'],
  [/^(ke hoach|plan)$/, 'plan', 'Kế hoạch'],
  [/^(cung ky|cung ky nam truoc|sameperiodlastyear)$/, 'samePeriodLastYear', 'Cùng kỳ'],
];

/** More data rows than a department sends in a year; beyond it, the sheet is refused (split it). */
export const MAX_ROWS = 20_000;
/** Row elements of a sheet, empty ones included (Excel writes rows that only carry formatting). */
const MAX_ROW_ELEMENTS = 5 * MAX_ROWS;
/** A CSV larger than this is not a department's sheet. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export class SheetError extends Error {}

function tooManyRows(): SheetError {
  return new SheetError(`Tệp có hơn ${formatVn(MAX_ROWS)} dòng số liệu; mỗi lần chỉ nhập tối đa ${formatVn(MAX_ROWS)} dòng: chia tệp thành nhiều phần.`);
}

export interface SheetRead {
  rows: ImportRow[];
  rejected: ImportResult['rows'];
}

/** A row as both exceljs readers give it. */
interface RowLike {
  number: number;
  getCell(col: number): { value: ExcelJS.CellValue };
  eachCell(callback: (cell: { value: ExcelJS.CellValue }, col: number) => void): void;
}

/** Text of a cell as a message may quote it: control characters shown as "�", at most 60 characters. */
function printable(s: string): string {
  const t = s.replace(/[\u0000-\u001f\u007f]/g, '\ufffd');
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
}

function textOf(c: CellContent): string {
  if (c.kind === 'text') return cleanText(c.text);
  if (c.kind === 'number') return String(c.value);
  if (c.kind === 'date') return c.date.toISOString().slice(0, 7);
  return '';
}

function amount(c: CellContent): { ok: true; value: number | null } | { ok: false } {
  if (c.kind === 'blank') return { ok: true, value: null };
  if (c.kind === 'number') return { ok: true, value: c.value };
  if (c.kind !== 'text') return { ok: false };
  const text = c.text.trim();
  if (text === '-') return { ok: true, value: null };
  const r = parseVnNumber(text);
  return r.ok ? { ok: true, value: r.number.value } : { ok: false };
}

/** The header row: which column holds what. Two columns of one kind, or a merged header, are refused. */
function readHeader(header: RowLike | undefined, merges: MergedRange[]): Map<number, ColumnKey> {
  const columns = new Map<number, ColumnKey>();
  const seen = new Map<ColumnKey, number>();
  if (header && header.number === 1) {
    for (const m of merges) {
      if (m.top <= 1 && m.right > m.left) throw new SheetError(`Ô tiêu đề ${m.ref} được gộp (merge) nên một tiêu đề đứng cho nhiều cột; tách ô để mỗi cột có tiêu đề riêng rồi nhập lại.`);
    }
    header.eachCell((cell, col) => {
      const hit = HEADERS.find(([re]) => re.test(fold(textOf(cellContent(cell.value)))));
      if (!hit) return;
      const before = seen.get(hit[1]);
      if (before !== undefined) throw new SheetError(`Cột ${columnLetters(before)} và cột ${columnLetters(col)} cùng là cột “${hit[2]}”; mỗi loại số liệu chỉ được một cột.`);
      seen.set(hit[1], col);
      columns.set(col, hit[1]);
    });
  }
  if (!seen.has('indicatorId') || !seen.has('period')) throw new SheetError('Dòng tiêu đề (dòng 1) phải có cột “Mã chỉ tiêu” và “Kỳ”.');
  return columns;
}

/** The rows a merged range of the read columns covers would all get one cell's value: refuse them. */
function mergesOver(columns: Map<number, ColumnKey>, merges: MergedRange[]): MergedRange[] {
  const cols = [...columns.keys()];
  const out = merges.filter((m) => m.bottom >= 2 && cols.some((c) => c >= m.left && c <= m.right));
  if (out.length > 1000) throw new SheetError(`Tệp có ${out.length} vùng ô gộp (merge) trong các cột số liệu; tách các ô rồi nhập lại.`);
  return out;
}

async function readRows(rows: AsyncIterable<RowLike>, merges: MergedRange[]): Promise<SheetRead> {
  const iterator = rows[Symbol.asyncIterator]();
  try {
    return await readRowsOf(iterator, merges);
  } finally {
    // A sheet refused half-way closes its stream: the reading thread goes on clean to the next one.
    await iterator.return?.();
  }
}

async function readRowsOf(iterator: AsyncIterator<RowLike>, merges: MergedRange[]): Promise<SheetRead> {
  const first = await iterator.next();
  const columns = readHeader(first.done ? undefined : first.value, merges);
  const merged = mergesOver(columns, merges);
  const good: ImportRow[] = [];
  const rejected: ImportResult['rows'] = [];
  let count = 0;
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const row = next.value;
    const r = row.number;
    const cells = [...columns].map(([col, key]) => ({ col, key, content: cellContent(row.getCell(col).value) }));
    const covering = merged.filter((m) => r >= m.top && r <= m.bottom);
    if (covering.length === 0 && cells.every((c) => c.content.kind === 'blank')) continue;
    if (++count > MAX_ROWS) throw tooManyRows();
    const out: ImportRow = { row: r, indicatorId: '', period: '', fields: {} };
    const problems: string[] = [];
    for (const m of covering) problems.push(`ô ${m.ref} được gộp (merge) nên một giá trị sẽ ghi cho nhiều ô; tách ô và ghi số cho từng ô`);
    let figureRefused = false;
    for (const { col, key, content } of cells) {
      const address = `${columnLetters(col)}${r}`;
      const why = unreadable(content, address);
      if (why) {
        problems.push(why);
        figureRefused ||= key !== 'indicatorId' && key !== 'period';
        continue;
      }
      if (key === 'indicatorId') out.indicatorId = textOf(content);
      else if (key === 'period') out.period = textOf(content);
      else {
        const a = amount(content);
        const range = a.ok && a.value !== null ? amountProblem(a.value) : null;
        if (!a.ok) problems.push(`ô ${address} “${printable(textOf(content))}” không phải là số`);
        else if (range) problems.push(`ô ${address} “${printable(textOf(content))}”: số ${range}`);
        else out.fields[key] = a.value;
        figureRefused ||= !a.ok || range !== null;
      }
    }
    if (!out.indicatorId) problems.push('thiếu mã chỉ tiêu');
    else if (!IndicatorIdSchema.safeParse(out.indicatorId).success) problems.push(`mã chỉ tiêu “${printable(out.indicatorId)}” không hợp lệ (chỉ gồm chữ thường không dấu, số, “.”, “_”, “-”)`);
    if (!PeriodSchema.safeParse(out.period).success) problems.push(`kỳ “${printable(out.period)}” không đúng dạng YYYY-MM`);
    // "No figures" only when no figure cell was refused: that cell's reason says more.
    if (Object.keys(out.fields).length === 0 && !figureRefused) problems.push('không có số liệu');
    if (problems.length) rejected.push({ row: r, status: 'rejected', indicatorId: out.indicatorId || undefined, reason: `Dòng ${r}: ${problems.join('; ')}.` });
    else good.push(out);
  }
  if (good.length === 0 && rejected.length === 0) throw new SheetError('Tệp không có dòng số liệu nào: dưới dòng tiêu đề các ô đều trống.');
  return refuseDuplicates(good, rejected);
}

/** Two rows for one indicator and period: which one is meant cannot be known, so neither is taken. */
function refuseDuplicates(good: ImportRow[], rejected: ImportResult['rows']): SheetRead {
  const byKey = new Map<string, ImportRow[]>();
  for (const r of good) {
    const key = `${r.indicatorId}\u0000${r.period}`;
    const group = byKey.get(key);
    if (group) group.push(r);
    else byKey.set(key, [r]);
  }
  const rows: ImportRow[] = [];
  for (const group of byKey.values()) {
    if (group.length === 1) {
      rows.push(group[0]);
      continue;
    }
    const shown = group.slice(0, 5).map((g) => g.row);
    const lines = group.length > shown.length ? `${formatVn(group.length)} dòng: ${shown.join(', ')}, …` : shown.join(', ');
    for (const g of group) rejected.push({ row: g.row, status: 'rejected', indicatorId: g.indicatorId, period: g.period, reason: `Dòng ${g.row}: chỉ tiêu “${g.indicatorId}” kỳ ${g.period} có ở nhiều dòng (${lines}); chỉ giữ một dòng rồi nhập lại.` });
  }
  rows.sort((a, b) => a.row - b.row);
  rejected.sort((a, b) => a.row - b.row);
  return { rows, rejected };
}

async function* csvRows(bytes: Buffer): AsyncGenerator<RowLike> {
  if (bytes.length > MAX_CSV_BYTES) throw new SheetError(`Tệp CSV nặng quá ${MAX_CSV_BYTES / 1024 / 1024} MB; chia tệp thành nhiều phần.`);
  // Lines, the last one counted whether or not a newline ends it.
  let lines = bytes.length > 0 && bytes[bytes.length - 1] !== 10 ? 1 : 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) {
    if (++lines > MAX_ROWS + 1) throw tooManyRows();
  }
  const text = bytes.toString('utf8');
  let sheet: ExcelJS.Worksheet;
  try {
    // Cells stay text: exceljs would read "1.110" as 1,11 and try a dozen date formats on every cell;
    // numbers are read the Vietnamese way below (parseVnNumber).
    sheet = await new ExcelJS.Workbook().csv.read(Readable.from([text]), { map: (datum: unknown) => (datum === '' ? null : datum), parserOptions: { delimiter: text.split('\n')[0].includes(';') ? ';' : ',' } });
  } catch (err) {
    throw new SheetError(`Không đọc được tệp CSV: ${err instanceof Error ? err.message : String(err)}`);
  }
  for (let r = 1; r <= sheet.rowCount; r++) yield sheet.getRow(r);
}

async function* xlsxRows(bytes: Buffer, sheetName: string | undefined): AsyncGenerator<RowLike> {
  const input = Readable.from([bytes]);
  let found = false;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name?: string }).name;
      if (sheetName !== undefined && name !== sheetName) continue;
      found = true;
      for await (const row of ws) yield row as unknown as RowLike;
      return;
    }
    // Never "no data" for a sheet that was there but not read.
    if (!found) throw new SheetError(`Không đọc được trang tính${sheetName ? ` “${sheetName}”` : ''} trong tệp XLSX; lưu lại tệp bằng Excel rồi nhập lại.`);
  } finally {
    input.destroy();
  }
}

/** Reads a sheet in this thread (the worker's); over its limits, or unreadable, it is a SheetError. */
export async function readSheet(bytes: Buffer, kind: 'xlsx' | 'csv'): Promise<SheetRead> {
  if (kind === 'csv') return readRows(csvRows(bytes), []);
  if (bytes.length > XLSX_LIMITS.maxFileBytes) throw new SheetError(`Tệp XLSX nặng quá ${XLSX_LIMITS.maxFileBytes / 1024 / 1024} MB; chia tệp thành nhiều phần.`);
  let merges: MergedRange[];
  let sheetName: string | undefined;
  let sheetPath: string;
  let rowElements: number;
  try {
    ({ merges, sheetName, sheetPath, rowElements } = await planXlsx(bytes));
  } catch (err) {
    if (err instanceof ZipLimitError || err instanceof ZipFormatError) throw new SheetError(err.message);
    if (err instanceof TooManyMerges) throw new SheetError('Tệp có quá nhiều vùng ô gộp (merge); tách các ô rồi nhập lại.');
    throw new SheetError(`Không đọc được tệp XLSX: ${err instanceof Error ? err.message : String(err)}`);
  }
  // Rows are counted again as they are read (empty ones do not count); this only spares reading
  // a sheet that cannot be under the limit however many of its rows are empty.
  if (rowElements > MAX_ROW_ELEMENTS) throw tooManyRows();
  try {
    return await readRows(xlsxRows(await packageForStreaming(bytes, sheetPath), sheetName), merges);
  } catch (err) {
    if (err instanceof SheetError) throw err;
    throw new SheetError(`Không đọc được tệp XLSX: ${err instanceof Error ? err.message : String(err)}`);
  }
}
