/**
 * What a spreadsheet cell holds, told apart: a number, text, a date, a formula Excel never computed,
 * an error. exceljs gives cells as a union of shapes; nothing here turns an object into
 * "[object Object]".
 */
import type ExcelJS from 'exceljs';
import { cleanText } from '../core/text/normalize';

export type CellContent =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: Date }
  | { kind: 'boolean'; value: boolean }
  /** A formula saved without its computed value (files written by programs, not by Excel). */
  | { kind: 'formula'; formula: string }
  | { kind: 'error'; code: string };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function cellContent(v: ExcelJS.CellValue | unknown): CellContent {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'error', code: String(v) };
  if (typeof v === 'string') return cleanText(v) === '' ? { kind: 'blank' } : { kind: 'text', text: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { kind: 'error', code: 'ngày không hợp lệ' } : { kind: 'date', date: v };
  if (!isObject(v)) return { kind: 'error', code: typeof v };
  if (typeof v.error === 'string') return { kind: 'error', code: v.error };
  if ('formula' in v || 'sharedFormula' in v) {
    if (v.result === undefined || v.result === null) return { kind: 'formula', formula: String(v.formula ?? v.sharedFormula ?? '') };
    return cellContent(v.result);
  }
  if (Array.isArray(v.richText)) return cellContent(v.richText.map((t: unknown) => (isObject(t) && typeof t.text === 'string' ? t.text : '')).join(''));
  if (typeof v.text === 'string') return cellContent(v.text);
  if (isObject(v.text) && Array.isArray(v.text.richText)) return cellContent(v.text);
  return { kind: 'error', code: 'ô có nội dung lạ' };
}

/** Why a cell cannot be read as the text or number its column needs; null when it can. */
export function unreadable(c: CellContent, address: string): string | null {
  if (c.kind === 'formula') return `ô ${address} có công thức${c.formula ? ` =${c.formula.slice(0, 40)}` : ''} nhưng chưa có kết quả tính sẵn (tệp không do Excel lưu): mở tệp bằng Excel, lưu lại rồi nhập lại`;
  if (c.kind === 'error') return `ô ${address} báo lỗi ${c.code}`;
  if (c.kind === 'boolean') return `ô ${address} là giá trị đúng/sai (${c.value ? 'TRUE' : 'FALSE'}), không phải số liệu`;
  return null;
}

/** "A", "B", …, "Z", "AA": the column's letters. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
