/**
 * What a department token can send to /api/import, as an attacker or a careless user would: sheets of
 * a million rows, zip bombs with honest and lying headers, packages whose parts disagree, eight of
 * them at once; and sheets that are wrong in the ordinary ways (nothing but spaces, merged cells,
 * two columns or two rows for one thing, formulas Excel never computed). Each is refused with a
 * reason in Vietnamese and nothing is written. Time and memory: bench/hostile-files.ts.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImportResultSchema } from '../../src/core/indicators/api';
import { startDataService } from '../../src/server';
import { dataRow, HEADER_ROW, hostileZip, manyRows, SHEET_HEAD, SHEET_TAIL, xlsxWith } from '../support/hostile-zip';
import { packageForStreaming } from '../../src/data/xlsx-guard';

const LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MB = 1024 * 1024;

type Service = Awaited<ReturnType<typeof startDataService>>;
let s: Service;
let token = '';
beforeAll(async () => {
  s = await startDataService({ dbFile: path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-hostile-')), 'db.sqlite'), port: 0 });
  token = (await s.store.addToken('department', 'Phòng Kinh tế', 'hostile')).token;
});
afterAll(() => s.close());

async function importBytes(body: Buffer, type = XLSX): Promise<{ status: number; json: { error?: { code: string; message: string } } & Record<string, unknown> }> {
  const res = await fetch(`${s.url}/api/import`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${token}` }, body: new Uint8Array(body) });
  return { status: res.status, json: (await res.json()) as { error?: { code: string; message: string } } };
}

async function refused(body: Buffer, message: RegExp, type = XLSX): Promise<void> {
  const before = await s.store.changeSeq();
  const r = await importBytes(body, type);
  expect(r.status).toBe(422);
  expect(r.json.error?.code).toBe('bad_sheet');
  expect(r.json.error?.message).toMatch(message);
  expect(await s.store.changeSeq()).toBe(before);
}

/** A workbook built with exceljs, as Excel-like tools write them. */
async function workbook(build: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Số liệu'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('hostile files', () => {
  test('50 000 rows in 1 MB: refused at the row limit, and the service answers other requests meanwhile', async () => {
    const body = await xlsxWith(manyRows(50_000));
    expect(body.length).toBeLessThan(2 * MB);
    let answered = false;
    const pending = refused(body, /Tệp có hơn 20\.000 dòng số liệu; mỗi lần chỉ nhập tối đa 20\.000 dòng/).finally(() => (answered = true));
    let meanwhile = 0;
    while (!answered) {
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
      if (!answered) meanwhile++;
    }
    await pending;
    expect(meanwhile).toBeGreaterThanOrEqual(3);
  }, 60000);

  test('a sheet that inflates to 200 MB of whitespace is refused from its headers', async () => {
    const body = await xlsxWith({ head: SHEET_HEAD + HEADER_ROW, body: ' '.repeat(1024), times: 200 * 1024, tail: SHEET_TAIL });
    expect(body.length).toBeLessThan(MB);
    await refused(body, /^Tệp XLSX có phần “xl\/worksheets\/sheet1\.xml” giải nén ra 200 MB, quá giới hạn 32 MB; không đọc tệp này\.$/);
  }, 60000);

  test('a sheet whose headers say 2 KB but that inflates to 200 MB is stopped while it inflates', async () => {
    const body = await xlsxWith({ head: SHEET_HEAD + HEADER_ROW, body: ' '.repeat(1024), times: 200 * 1024, tail: SHEET_TAIL }, { declaredSize: 2048 });
    await refused(body, /giải nén ra hơn 32 MB \(dù ghi là nhỏ hơn\), quá giới hạn/);
  }, 60000);

  test('a package whose local headers disagree with its directory is refused, not read two ways', async () => {
    const body = await xlsxWith(`${SHEET_HEAD}${HEADER_ROW}${dataRow(2, 'lua-gieo-cay', '2026-07', '5')}${SHEET_TAIL}`, { localName: 'xl/worksheets/sheet9.xml' });
    await refused(body, /Tệp XLSX bị hỏng hoặc không phải tệp nén hợp lệ \(phần “xl\/worksheets\/sheet1\.xml” ghi khác nhau ở hai chỗ\)/);
    const notZip = Buffer.from('PK\u0003\u0004 không phải zip');
    await refused(notZip, /Tệp XLSX bị hỏng/);
  });

  test('eight bombs at once: each refused, none written, the service still up', async () => {
    const bomb = await xlsxWith({ head: SHEET_HEAD + HEADER_ROW, body: ' '.repeat(1024), times: 64 * 1024, tail: SHEET_TAIL }, { declaredSize: 100 });
    const before = await s.store.changeSeq();
    const results = await Promise.all(Array.from({ length: 8 }, () => importBytes(bomb)));
    for (const r of results) {
      expect(r.status).toBe(422);
      expect(r.json.error?.message).toMatch(/quá giới hạn/);
    }
    expect(await s.store.changeSeq()).toBe(before);
    expect((await fetch(`${s.url}/api/periods/2026-05`)).status).toBe(200);
  }, 60000);

  test('a CSV of more rows than the limit is refused before it is parsed', async () => {
    const csv = ['Mã chỉ tiêu,Kỳ,Thực hiện', ...Array.from({ length: 20_001 }, (_, i) => `lua-gieo-cay,2026-05,${i}`)].join('\n');
    await refused(Buffer.from(csv), /hơn 20\.000 dòng/, 'text/csv');
  });
});

describe('sheets wrong in ordinary ways', () => {
  const rowsOf = async (body: Buffer): Promise<{ status: number; rows: Array<{ row: number; status: string; reason?: string }> }> => {
    const r = await importBytes(body);
    const result = ImportResultSchema.parse(r.json);
    expect(result.committed).toBe(r.status === 200);
    return { status: r.status, rows: result.rows };
  };

  test('a sheet with only spaces under its header is "no data" (422), not committed with nothing', async () => {
    await refused(await workbook((ws) => {
      ws.addRow(['Mã chỉ tiêu', 'Kỳ', 'Thực hiện']);
      for (let i = 0; i < 50; i++) ws.addRow(['   ', ' ', '    ']);
    }), /Tệp không có dòng số liệu nào/);
    await refused(await xlsxWith({ head: SHEET_HEAD + HEADER_ROW, body: '      \n\t  ', times: 1000, tail: SHEET_TAIL }), /Tệp không có dòng số liệu nào/);
  });

  test('a value cell merged over two rows rejects both rows, with the range', async () => {
    const { status, rows } = await rowsOf(await workbook((ws) => {
      ws.addRow(['Mã chỉ tiêu', 'Kỳ', 'Thực hiện']);
      ws.addRow(['lua-gieo-cay', '2026-07', 600]);
      ws.addRow(['ngo-xuan-he', '2026-07', null]);
      ws.addRow(['rau-dau', '2026-07', 40]);
      ws.mergeCells('C2:C3');
    }));
    expect(status).toBe(422);
    for (const r of [2, 3]) expect(rows.find((x) => x.row === r)).toMatchObject({ status: 'rejected', reason: expect.stringContaining('ô C2:C3 được gộp (merge)') });
    expect(rows.find((x) => x.row === 4)?.status).toBe('accepted');
  });

  test('a merged header, or two columns of one kind, refuse the sheet: one column would overwrite the other', async () => {
    await refused(await workbook((ws) => {
      ws.addRow(['Mã chỉ tiêu', 'Kỳ', 'Thực hiện', null]);
      ws.addRow(['lua-gieo-cay', '2026-07', 600, 601]);
      ws.mergeCells('C1:D1');
    }), /^Ô tiêu đề C1:D1 được gộp \(merge\)/);
    await refused(await workbook((ws) => {
      ws.addRow(['Mã chỉ tiêu', 'Kỳ', 'Thực hiện', 'Giá trị']);
      ws.addRow(['lua-gieo-cay', '2026-07', 600, 601]);
    }), /^Cột C và cột D cùng là cột “Thực hiện”/);
  });

  test('two rows for one indicator and period are both rejected, row by row, not "last wins"', async () => {
    const { status, rows } = await rowsOf(await workbook((ws) => {
      ws.addRow(['Mã chỉ tiêu', 'Kỳ', 'Thực hiện']);
      ws.addRow(['lua-gieo-cay', '2026-08', 600]);
      ws.addRow(['ngo-xuan-he', '2026-08', 1100]);
      ws.addRow(['lua-gieo-cay', '2026-08', 610]);
    }));
    expect(status).toBe(422);
    for (const r of [2, 4]) expect(rows.find((x) => x.row === r)?.reason).toBe(`Dòng ${r}: chỉ tiêu “lua-gieo-cay” kỳ 2026-08 có ở nhiều dòng (2, 4); chỉ giữ một dòng rồi nhập lại.`);
    expect(await s.store.history('lua-gieo-cay', '2026-08', '2026-08')).toEqual([]);
  });

  test('a formula saved without its value, or an error cell, is told as such (never "[object Object]")', async () => {
    const { rows } = await rowsOf(await workbook((ws) => {
      ws.addRow(['Mã chỉ tiêu', 'Kỳ', 'Thực hiện', 'Kế hoạch']);
      ws.addRow(['lua-gieo-cay', '2026-09', 600, 650]);
      ws.addRow(['ngo-xuan-he', '2026-09', { formula: 'C2*2' }, 1000]);
      ws.addRow(['rau-dau', '2026-09', { error: '#DIV/0!' }, 10]);
    }));
    const text = JSON.stringify(rows);
    expect(text).not.toContain('[object Object]');
    expect(rows.find((r) => r.row === 3)?.reason).toBe('Dòng 3: ô C3 có công thức =C2*2 nhưng chưa có kết quả tính sẵn (tệp không do Excel lưu): mở tệp bằng Excel, lưu lại rồi nhập lại.');
    expect(rows.find((r) => r.row === 4)?.reason).toBe('Dòng 4: ô C4 báo lỗi #DIV/0!.');
  });

  test('an ordinary sheet still imports, from the workbook\'s first sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const first = wb.addWorksheet('Tháng 10');
    first.addRow(['Mã chỉ tiêu', 'Kỳ', 'Thực hiện', 'Ghi chú']);
    first.addRow(['lua-gieo-cay', '2026-10', 640, 'đạt']);
    first.mergeCells('D3:E3');
    wb.addWorksheet('Nháp').addRow(['Mã chỉ tiêu', 'Kỳ', 'Thực hiện']);
    const r = await importBytes(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.status).toBe(200);
    expect((await s.store.history('lua-gieo-cay', '2026-10', '2026-10'))[0].value).toBe(640);
  });
});

test('a zip written by hand with sizes after the data (as streaming writers do) still reads', async () => {
  const body = await hostileZip([
    { name: '[Content_Types].xml', content: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', descriptor: true },
    { name: 'xl/worksheets/sheet1.xml', content: `${SHEET_HEAD}${HEADER_ROW}${dataRow(2, 'lua-gieo-cay', '2026-11', '650')}${SHEET_TAIL}`, descriptor: true },
  ]);
  const r = await importBytes(body);
  expect(r.status).toBe(200);
  expect((await s.store.history('lua-gieo-cay', '2026-11', '2026-11'))[0].value).toBe(650);
});

test('the package exceljs streams meets the workbook before the sheet, whatever order the writer stored (exceljs #3064)', async () => {
  const written = await workbook((ws) => {
    ws.addRow(['Mã chỉ tiêu', 'Kỳ', 'Thực hiện']);
    ws.addRow(['lua-gieo-cay', '2026-07', 600]);
  });
  const order = (bytes: Buffer): string[] => {
    const names: string[] = [];
    for (let at = bytes.indexOf(LOCAL_HEADER); at !== -1; at = bytes.indexOf(LOCAL_HEADER, at + 4)) names.push(bytes.subarray(at + 30, at + 30 + bytes.readUInt16LE(at + 26)).toString());
    return names;
  };
  // exceljs stores xl/workbook.xml last: the streaming reader's single pass may lose it.
  expect(order(written).indexOf('xl/workbook.xml')).toBeGreaterThan(order(written).indexOf('xl/worksheets/sheet1.xml'));
  const names = order(await packageForStreaming(written, 'xl/worksheets/sheet1.xml'));
  for (const before of ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml']) {
    expect(names.indexOf(before)).toBeGreaterThanOrEqual(0);
    expect(names.indexOf(before)).toBeLessThan(names.indexOf('xl/worksheets/sheet1.xml'));
  }
  expect(names[names.length - 1]).not.toBe('xl/worksheets/sheet1.xml');
});
