/**
 * A department's sheet (XLSX or CSV) read into rows of values, with exceljs. Header names are
 * matched without diacritics: "Mã chỉ tiêu", "Kỳ", "Thực hiện", "Lũy kế", "Kế hoạch", "Cùng kỳ"
 * (or id, period, value, cumulative, plan, samePeriodLastYear). Cells may hold numbers or
 * Vietnamese-formatted text ("1.532", "78,4").
 */
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { ImportResult } from '../core/indicators/api';
import { IndicatorIdSchema, PeriodSchema } from '../core/indicators/schema';
import { parseVnNumber } from '../core/number';
import { fold } from '../core/text/fold';
import type { ImportRow, ValueField } from './values';

const HEADERS: Array<[RegExp, keyof ImportRow | ValueField]> = [
  [/^(ma chi tieu|ma|indicator|indicatorid|id)$/, 'indicatorId'],
  [/^(ky|ky bao cao|thang|period)$/, 'period'],
  [/^(thuc hien|gia tri|so lieu|value)$/, 'value'],
  [/^(luy ke|cumulative)$/, 'cumulative'],
  [/^(ke hoach|plan)$/, 'plan'],
  [/^(cung ky|cung ky nam truoc|sameperiodlastyear)$/, 'samePeriodLastYear'],
];

export class SheetError extends Error {}

/** Text of a cell as a message may quote it: control characters shown as "�", at most 60 characters. */
function printable(s: string): string {
  const t = s.replace(/[\u0000-\u001f\u007f]/g, '\ufffd');
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'result' in v) return cellText(v.result as ExcelJS.CellValue);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (v instanceof Date) return v.toISOString().slice(0, 7);
  return String(v);
}

function amount(v: ExcelJS.CellValue): { ok: true; value: number | null } | { ok: false } {
  if (typeof v === 'number') return { ok: true, value: v };
  const text = cellText(v).trim();
  if (text === '' || text === '-') return { ok: true, value: null };
  const r = parseVnNumber(text);
  return r.ok ? { ok: true, value: r.number.value } : { ok: false };
}

export async function readSheet(bytes: Buffer, kind: 'xlsx' | 'csv'): Promise<{ rows: ImportRow[]; rejected: ImportResult['rows'] }> {
  const wb = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (kind === 'xlsx') {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      sheet = wb.worksheets[0];
    } else {
      sheet = await wb.csv.read(Readable.from([bytes.toString('utf8')]), { parserOptions: { delimiter: bytes.toString('utf8').split('\n')[0].includes(';') ? ';' : ',' } });
    }
  } catch (err) {
    throw new SheetError(`Không đọc được tệp ${kind.toUpperCase()}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!sheet || sheet.rowCount < 1) throw new SheetError('Tệp không có dữ liệu.');
  const header = sheet.getRow(1);
  const columns = new Map<number, keyof ImportRow | ValueField>();
  header.eachCell((cell, col) => {
    const name = fold(cellText(cell.value)).trim();
    const hit = HEADERS.find(([re]) => re.test(name));
    if (hit) columns.set(col, hit[1]);
  });
  const has = (k: string): boolean => [...columns.values()].includes(k as ValueField);
  if (!has('indicatorId') || !has('period')) throw new SheetError('Dòng tiêu đề phải có cột “Mã chỉ tiêu” và “Kỳ”.');
  const rows: ImportRow[] = [];
  const rejected: ImportResult['rows'] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const out: ImportRow = { row: r, indicatorId: '', period: '', fields: {} };
    const problems: string[] = [];
    for (const [col, key] of columns) {
      const v = row.getCell(col).value;
      if (key === 'indicatorId') out.indicatorId = cellText(v).trim();
      else if (key === 'period') out.period = cellText(v).trim();
      else if (key !== 'row' && key !== 'fields') {
        const a = amount(v);
        if (a.ok) out.fields[key as ValueField] = a.value;
        else problems.push(`ô “${cellText(v)}” không phải là số`);
      }
    }
    if (!out.indicatorId) problems.push('thiếu mã chỉ tiêu');
    else if (!IndicatorIdSchema.safeParse(out.indicatorId).success) problems.push(`mã chỉ tiêu “${printable(out.indicatorId)}” không hợp lệ (chỉ gồm chữ thường không dấu, số, “.”, “_”, “-”)`);
    if (!PeriodSchema.safeParse(out.period).success) problems.push(`kỳ “${out.period}” không đúng dạng YYYY-MM`);
    if (Object.keys(out.fields).length === 0) problems.push('không có số liệu');
    if (problems.length) rejected.push({ row: r, status: 'rejected', indicatorId: out.indicatorId || undefined, reason: `Dòng ${r}: ${problems.join('; ')}.` });
    else rows.push(out);
  }
  return { rows, rejected };
}
