/**
 * `baocao import FILE --department NAME [--db FILE]`: a department's sheet into the store, all or
 * nothing, with a row-by-row account.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSheet } from '../data/sheet-pool';
import { CLI_BUSY_WAIT_MS, openStore } from '../server';
import { option, parseArgs } from './args';

export async function run(args: string[]): Promise<number> {
  const p = parseArgs(args, ['department', 'db']);
  const [file] = p.positional;
  const department = option(p, 'department');
  if (!file || !department) throw new Error('cách dùng: baocao import TEP.xlsx|TEP.csv --department TÊN_PHÒNG [--db TEP.sqlite]');
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new Error('bảng số liệu phải là tệp .xlsx hoặc .csv');
  const sheet = await parseSheet(await readFile(file), ext === '.csv' ? 'csv' : 'xlsx');
  const store = await openStore({ dbFile: option(p, 'db'), databaseUrl: process.env.DATABASE_URL || undefined, busyWaitMs: CLI_BUSY_WAIT_MS });
  try {
    const result = await store.importRows(sheet.rows, `${department} (nhập tệp ${path.basename(file)})`, department, sheet.rejected);
    const fine = result.committed ? 'đã nhận' : 'hợp lệ (chưa nhập vì có dòng bị từ chối)';
    for (const r of result.rows) process.stdout.write(`Dòng ${r.row}: ${r.status === 'accepted' ? fine : `bị từ chối — ${r.reason}`}\n`);
    process.stdout.write(result.committed ? `Đã nhập ${result.accepted} dòng.\n` : `Không nhập dòng nào: ${result.rejected} dòng bị từ chối (nhập tất cả hoặc không gì cả).\n`);
    return result.committed ? 0 : 1;
  } finally {
    await store.close();
  }
}
