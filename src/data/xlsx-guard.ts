/**
 * An .xlsx checked before exceljs reads it: the zip's directory against the limits (and laid out so
 * that the streaming reader meets the same parts), then every part inflated once, counted and thrown
 * away, so a part that lies about its size is stopped at its limit. On the way it finds the workbook's
 * first sheet and that sheet's merged cells, which exceljs's streaming reader does not report.
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { inspectZip, type ZipLimits } from '../core/zip/inspect';
import { drainLimited, InflateBudget, readTextLimited } from '../zip/read';

const MB = 1024 * 1024;

/**
 * A department's sheet has tens to a few thousand rows: a sheet of 20 000 rows is about 2 MB of XML.
 * These leave room for ten times that, and stop a bomb in well under a second.
 */
export const XLSX_LIMITS = {
  label: 'Tệp XLSX',
  maxFileBytes: 20 * MB,
  maxEntries: 500,
  maxPartBytes: (name: string): number => (/^xl\/worksheets\/[^/]+\.xml$/.test(name) ? 32 * MB : name === 'xl/sharedStrings.xml' ? 16 * MB : 8 * MB),
  maxTotalBytes: 64 * MB,
  sequential: true,
} satisfies ZipLimits & { maxFileBytes: number };

/** A merged range, 1-based and inclusive: "B2:C3" is rows 2–3, columns 2–3. */
export interface MergedRange {
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface XlsxPlan {
  /** The part of the workbook's first sheet, e.g. "xl/worksheets/sheet1.xml". */
  sheetPath: string;
  /** Its name as the workbook gives it (exceljs names its readers so). */
  sheetName?: string;
  merges: MergedRange[];
  /** How many `<row>` elements the sheet has, empty ones included. */
  rowElements: number;
}

function decodeAddress(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(a);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

export function mergedRange(ref: string): MergedRange | null {
  const [a, b = a] = ref.split(':');
  const p = decodeAddress(a);
  const q = decodeAddress(b);
  if (!p || !q) return null;
  return { ref, top: Math.min(p.row, q.row), bottom: Math.max(p.row, q.row), left: Math.min(p.col, q.col), right: Math.max(p.col, q.col) };
}

/** The first sheet's part, from workbook.xml and its relationships (small parts, read whole). */
function firstSheet(workbookXml: string, relsXml: string): { path: string; name?: string } | null {
  try {
    return firstSheetOf(workbookXml, relsXml);
  } catch {
    // not well-formed: the first sheet in the package's order stands in
    return null;
  }
}

function firstSheetOf(workbookXml: string, relsXml: string): { path: string; name?: string } | null {
  const parser = new DOMParser({ onError: () => undefined });
  const wb = parser.parseFromString(workbookXml, 'text/xml');
  const sheet = wb.getElementsByTagNameNS('*', 'sheet')[0];
  const rid = sheet?.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? sheet?.getAttribute('r:id');
  if (!sheet || !rid) return null;
  const rels = parser.parseFromString(relsXml, 'text/xml').getElementsByTagNameNS('*', 'Relationship');
  for (let i = 0; i < rels.length; i++) {
    if (rels[i].getAttribute('Id') !== rid) continue;
    const target = rels[i].getAttribute('Target') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    return { path, name: sheet.getAttribute('name') ?? undefined };
  }
  return null;
}

/**
 * Finds `<mergeCell ref="…"/>` in a sheet's XML as it streams by, across chunk boundaries, and counts
 * its `<row>` elements.
 */
class SheetScanner {
  readonly refs: string[] = [];
  rowElements = 0;
  private readonly decoder = new TextDecoder('utf-8');
  private carry = '';
  constructor(private readonly max: number) {}
  push(chunk: Uint8Array): void {
    const text = this.carry + this.decoder.decode(chunk, { stream: true });
    const re = /<(?:[\w.-]+:)?(?:(mergeCell)\b[^>]*?\bref="([^"]{1,40})"|row[\s>/])/g;
    let last = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      last = re.lastIndex;
      if (!m[1]) {
        this.rowElements++;
        continue;
      }
      this.refs.push(m[2]);
      if (this.refs.length > this.max) throw new TooManyMerges();
    }
    // Keep enough of the end for a tag cut in two.
    this.carry = text.slice(Math.max(last, text.length - 200));
  }
}

export class TooManyMerges extends Error {}

/** Checks the package and returns what reading it needs; throws ZipLimitError / ZipFormatError (Vietnamese). */
export async function planXlsx(bytes: Uint8Array, maxMerges = 10000): Promise<XlsxPlan> {
  inspectZip(bytes, XLSX_LIMITS);
  const zip = await JSZip.loadAsync(bytes);
  const budget = new InflateBudget(XLSX_LIMITS.label, XLSX_LIMITS.maxTotalBytes);
  const workbook = zip.file('xl/workbook.xml');
  const rels = zip.file('xl/_rels/workbook.xml.rels');
  const first =
    workbook && rels ? firstSheet(await readTextLimited(workbook, XLSX_LIMITS.maxPartBytes(workbook.name), budget), await readTextLimited(rels, XLSX_LIMITS.maxPartBytes(rels.name), budget)) : null;
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
  const sheetPath = first && zip.file(first.path) ? first.path : sheets.sort()[0];
  const scanner = new SheetScanner(maxMerges);
  for (const f of Object.values(zip.files)) {
    if (f.dir || f === workbook || f === rels) continue;
    await drainLimited(f, XLSX_LIMITS.maxPartBytes(f.name), budget, f.name === sheetPath ? (c) => scanner.push(c) : undefined);
  }
  const merges = scanner.refs.map(mergedRange).filter((m): m is MergedRange => m !== null);
  return { sheetPath: sheetPath ?? '', sheetName: first && first.path === sheetPath ? first.name : undefined, merges, rowElements: scanner.rowElements };
}

/** The parts exceljs's streaming reader needs before a sheet, in the order it must meet them. */
const PARTS_BEFORE_SHEET = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];

/**
 * The package laid out again, stored (not deflated), for exceljs's streaming reader: the workbook,
 * its relationships, shared strings and styles first, then the one sheet, then a part nobody reads.
 * Writers store xl/workbook.xml last, and that reader's single pass intermittently loses the last
 * entry, then fails on `this.model.sheets` (exceljs issue #3064; seen here about once in 3 000
 * reads of one small workbook). Call only after planXlsx: the parts were counted there.
 */
export async function packageForStreaming(bytes: Uint8Array, sheetPath: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of [...PARTS_BEFORE_SHEET, sheetPath]) {
    const f = zip.file(name);
    if (f) out.file(name, await f.async('uint8array'));
  }
  out.file('docProps/baocao-end.txt', 'end');
  return out.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
