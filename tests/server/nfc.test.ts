/**
 * Text typed in NFD (decomposed: "o" + U+0302 + U+0300 for "ồ", as some keyboards and macOS file
 * names give it) or with zero-width characters is the same text: a department's token writes its
 * indicators, a search finds them, an import's headers and department are read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDataService } from '../../src/server';

const ROOT = path.resolve(__dirname, '..', '..');
const nfd = (s: string): string => s.normalize('NFD');
type Service = Awaited<ReturnType<typeof startDataService>>;

let s: Service;
let dbFile = '';
beforeAll(async () => {
  dbFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-nfc-')), 'db.sqlite');
  s = await startDataService({ dbFile, port: 0 });
});
afterAll(() => s.close());

const put = (token: string, value: number, version: number) =>
  fetch(`${s.url}/api/indicators/lua-gieo-cay/values/2026-05`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ value, version }) });

test('a token made for a department typed in NFD writes that department\'s indicators', async () => {
  expect(nfd('Phòng Kinh tế')).not.toBe('Phòng Kinh tế');
  const { token } = await s.store.addToken('department', nfd('Phòng Kinh tế'), nfd('thử'));
  expect((await s.store.authenticate(token))?.department).toBe('Phòng Kinh tế');
  const [cur] = await s.store.history('lua-gieo-cay', '2026-05', '2026-05');
  const res = await put(token, 520, cur.version);
  expect(res.status).toBe(200);
});

test('the command line normalises a department typed in NFD, for tokens and for imports', async () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'baocao.js'), ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, DATABASE_URL: '' } });
  const db = path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-nfc-cli-')), 'db.sqlite');
  const add = run('token', 'add', '--department', nfd('Phòng Kinh tế'), '--db', db);
  expect(add.status).toBe(0);
  expect(add.stdout).toContain('(Phòng Kinh tế)');
  const csv = path.join(path.dirname(db), 'kt.csv');
  // NFD headers too, and a zero-width space in one.
  writeFileSync(csv, `${nfd('Mã chỉ tiêu')},${nfd('Kỳ')},${nfd('Thực\u200b hiện')}\nlua-gieo-cay,2026-06,600\n`);
  const imported = run('import', csv, '--department', nfd('Phòng Kinh tế'), '--db', db);
  expect(imported.stdout).toMatch(/Đã nhập 1 dòng/);
  expect(imported.status).toBe(0);
}, 60000);

test('search: NFD, zero-width characters and NFD filters find what NFC finds', async () => {
  const ids = async (query: Record<string, string>): Promise<string[]> => {
    const res = await fetch(`${s.url}/api/indicators?${new URLSearchParams(query)}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { indicators: Array<{ id: string }> }).indicators.map((i) => i.id);
  };
  const plain = await ids({ q: 'lúa' });
  expect(plain).toContain('lua-gieo-cay');
  expect(await ids({ q: nfd('lúa') })).toEqual(plain);
  expect(await ids({ q: 'l\u200bu\u200da' })).toEqual(plain);
  expect(await ids({ q: '\ufefflúa\u2060' })).toEqual(plain);
  const byDept = await ids({ department: 'Phòng Kinh tế' });
  expect(byDept.length).toBeGreaterThan(0);
  expect(await ids({ department: nfd('Phòng Kinh tế') })).toEqual(byDept);
  expect(await ids({ department: 'Phòng\u200b Kinh tế' })).toEqual(byDept);
});

test('an indicator stored with NFD names is kept in NFC', async () => {
  await s.store.db.transaction((tx) => s.store.upsertIndicator(tx, { id: 'thu-nfd', name: nfd('Số hộ được hỗ trợ'), unit: nfd('hộ'), group: nfd('Xã hội'), department: nfd('Phòng Văn hóa - Xã hội'), aliases: [nfd('hỗ trợ')], decimals: 0 }));
  const ind = await s.store.indicator('thu-nfd');
  expect(ind).toMatchObject({ name: 'Số hộ được hỗ trợ', unit: 'hộ', group: 'Xã hội', department: 'Phòng Văn hóa - Xã hội', aliases: ['hỗ trợ'] });
  const { token } = await s.store.addToken('department', 'Phòng Văn hóa - Xã hội', 'vh');
  const res = await fetch(`${s.url}/api/indicators/thu-nfd/values/2026-05`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ value: 3 }) });
  expect(res.status).toBe(200);
});

test('a database whose names were stored in NFD before is normalised when the service starts', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-nfc-old-')), 'db.sqlite');
  const old = await startDataService({ dbFile: file, port: 0 });
  const { token, id } = await old.store.addToken('department', 'Phòng Kinh tế', 'cũ');
  // As an earlier version stored them: the names as typed, in NFD.
  await old.store.db.run('UPDATE tokens SET department = ? WHERE id = ?', [nfd('Phòng Kinh tế'), id]);
  await old.store.db.run('UPDATE indicators SET department = ? WHERE id = ?', [nfd('Phòng Kinh tế'), 'ngo-xuan-he']);
  await old.store.db.run('DELETE FROM schema_migrations WHERE version = 3');
  await old.close();
  const again = await startDataService({ dbFile: file, port: 0 });
  try {
    expect((await again.store.authenticate(token))?.department).toBe('Phòng Kinh tế');
    expect((await again.store.indicator('ngo-xuan-he'))?.department).toBe('Phòng Kinh tế');
  } finally {
    await again.close();
  }
});
