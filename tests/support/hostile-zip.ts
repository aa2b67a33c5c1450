/**
 * Zip files as an attacker writes them, for the tests and bench/hostile-files.ts: parts that inflate
 * to far more than the file (a zip bomb), sizes in the headers that lie, local headers that disagree
 * with the central directory. Written by hand (zlib for the deflate), since a zip library would not
 * write a lie. Large contents are streamed through zlib, never held whole.
 */
import { once } from 'node:events';
import zlib from 'node:zlib';

/**
 * A part's content: bytes, or `head` + `times` bodies + `tail`, where the body is one string repeated
 * or made from its index (so gigabytes cost nothing to describe).
 */
export type PartContent = string | Uint8Array | { head?: string; body: string | ((i: number) => string); times: number; tail?: string };

export interface HostileEntry {
  name: string;
  content: PartContent;
  /** Stored (0) or deflated (8, the default). */
  method?: 0 | 8;
  /** Write this uncompressed size in both headers instead of the true one. */
  declaredSize?: number;
  /** Sizes left out of the local header and given after the data (bit 3), as streaming writers do. */
  descriptor?: boolean;
  /** A name in the local header other than the central directory's. */
  localName?: string;
}

function* chunks(content: PartContent): Generator<Buffer> {
  if (typeof content === 'string') yield Buffer.from(content);
  else if (content instanceof Uint8Array) yield Buffer.from(content);
  else {
    if (content.head) yield Buffer.from(content.head);
    const { body, times } = content;
    if (typeof body === 'string') {
      // Repeat in blocks of about a megabyte: few calls into zlib, little memory.
      const per = Math.max(1, Math.floor((1 << 20) / Math.max(1, Buffer.byteLength(body))));
      const block = Buffer.from(body.repeat(per));
      let left = times;
      for (; left >= per; left -= per) yield block;
      if (left > 0) yield Buffer.from(body.repeat(left));
    } else {
      let block: string[] = [];
      let length = 0;
      for (let i = 0; i < times; i++) {
        const piece = body(i);
        block.push(piece);
        length += piece.length;
        if (length >= 1 << 20) {
          yield Buffer.from(block.join(''));
          block = [];
          length = 0;
        }
      }
      if (block.length) yield Buffer.from(block.join(''));
    }
    if (content.tail) yield Buffer.from(content.tail);
  }
}

async function compress(entry: HostileEntry): Promise<{ data: Buffer; crc: number; size: number }> {
  let crc = 0;
  let size = 0;
  const out: Buffer[] = [];
  if (entry.method === 0) {
    for (const c of chunks(entry.content)) {
      crc = zlib.crc32(c, crc);
      size += c.length;
      out.push(c);
    }
    return { data: Buffer.concat(out), crc, size };
  }
  const deflate = zlib.createDeflateRaw({ level: 9 });
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  for (const c of chunks(entry.content)) {
    crc = zlib.crc32(c, crc);
    size += c.length;
    if (!deflate.write(c)) await once(deflate, 'drain');
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), crc, size };
}

/** A zip of `entries`, in order, with its central directory. */
export async function hostileZip(entries: HostileEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { data, crc, size } = await compress(e);
    const method = e.method ?? 8;
    const declared = e.declaredSize ?? size;
    const name = Buffer.from(e.name);
    const localName = Buffer.from(e.localName ?? e.name);
    const flags = 0x0800 | (e.descriptor ? 0x0008 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(e.descriptor ? 0 : crc >>> 0, 14);
    local.writeUInt32LE(e.descriptor ? 0 : data.length, 18);
    local.writeUInt32LE(e.descriptor ? 0 : declared, 22);
    local.writeUInt16LE(localName.length, 26);
    const parts = [local, localName, data];
    if (e.descriptor) {
      const d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc >>> 0, 4);
      d.writeUInt32LE(data.length, 8);
      d.writeUInt32LE(declared, 12);
      parts.push(d);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    for (const p of parts) offset += p.length;
    locals.push(...parts);
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const CT_XLSX =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';
/** The header row every department sheet starts with, as inline strings. */
export const HEADER_ROW =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã chỉ tiêu</t></is></c><c r="B1" t="inlineStr"><is><t>Kỳ</t></is></c><c r="C1" t="inlineStr"><is><t>Thực hiện</t></is></c></row>';

/** A minimal .xlsx whose first sheet is `sheet` (a part content of the worksheet XML). */
export function xlsxWith(sheet: PartContent, over: Partial<HostileEntry> = {}): Promise<Buffer> {
  return hostileZip([
    { name: '[Content_Types].xml', content: CT_XLSX },
    { name: '_rels/.rels', content: RELS },
    { name: 'xl/workbook.xml', content: WORKBOOK },
    { name: 'xl/_rels/workbook.xml.rels', content: WORKBOOK_RELS },
    { name: 'xl/worksheets/sheet1.xml', content: sheet, ...over },
  ]);
}

/** One data row of a sheet, at sheet row `r`, in the columns of HEADER_ROW. */
export function dataRow(r: number, id: string, period: string, value: string): string {
  return `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${id}</t></is></c><c r="B${r}" t="inlineStr"><is><t>${period}</t></is></c><c r="C${r}"><v>${value}</v></c></row>`;
}

/** A sheet of `rows` data rows after the header (one indicator, successive values). */
export function manyRows(rows: number): PartContent {
  return { head: SHEET_HEAD + HEADER_ROW, body: (i) => dataRow(i + 2, 'lua-gieo-cay', '2026-05', String(i % 1000)), times: rows, tail: SHEET_TAIL };
}

/**
 * A header and `rows` rows of one number each, as small as a row can be written: a million rows in
 * about 5 MB, under the service's body limit. (Each row lacks its indicator: it is the reading of a
 * million rows that is the attack.)
 */
export function millionRows(rows: number): PartContent {
  return { head: SHEET_HEAD + HEADER_ROW, body: (i) => `<row r="${i + 2}"><c r="C${i + 2}"><v>7</v></c></row>`, times: rows, tail: SHEET_TAIL };
}

/** `rows` valid rows of one indicator, one month each from January 2000: an ordinary large import. */
export function monthlyRows(rows: number): PartContent {
  const period = (i: number): string => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  return { head: SHEET_HEAD + HEADER_ROW, body: (i) => dataRow(i + 2, 'lua-gieo-cay', period(i), String(500 + (i % 100))), times: rows, tail: SHEET_TAIL };
}

const CT_DOCX =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const DOCX_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
export const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
export const DOC_TAIL = '</w:body></w:document>';

/** A minimal .docx whose word/document.xml is `document`. */
export function docxWith(document: PartContent, over: Partial<HostileEntry> = {}): Promise<Buffer> {
  return hostileZip([
    { name: '[Content_Types].xml', content: CT_DOCX },
    { name: '_rels/.rels', content: DOCX_RELS },
    { name: 'word/document.xml', content: document, ...over },
  ]);
}

/** Paragraphs of report-like text: `count` of them. */
export function paragraphs(count: number): PartContent {
  return {
    head: DOC_HEAD,
    body: '<w:p><w:r><w:t xml:space="preserve">Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,3% kế hoạch; thu ngân sách 1.250,3 triệu đồng.</w:t></w:r></w:p>',
    times: count,
    tail: DOC_TAIL,
  };
}
