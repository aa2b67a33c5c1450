import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'baocao.js'), ...args], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, DATABASE_URL: '' } });

test('baocao token add | list | revoke and baocao import, on a SQLite file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baocao-cli-'));
  const db = path.join(dir, 'db.sqlite');
  const add = run('token', 'add', '--department', 'Phòng Kinh tế', '--label', 'kt', '--db', db);
  expect(add.status).toBe(0);
  const [, id, token] = /Mã truy cập (\w+) \(Phòng Kinh tế\): (bc_\S+)/.exec(add.stdout) ?? [];
  expect(token).toBeDefined();
  const list = run('token', 'list', '--db', db);
  expect(list.stdout).toContain(id);
  expect(list.stdout).not.toContain(token);
  expect(run('token', 'revoke', id, '--db', db).stdout).toMatch(/Đã thu hồi/);
  expect(run('token', 'revoke', id, '--db', db).status).toBe(1);
  expect(run('token', 'add', '--db', db).status).toBe(2);

  const good = path.join(dir, 'kt.csv');
  writeFileSync(good, 'Mã chỉ tiêu,Kỳ,Thực hiện\nlua-gieo-cay,2026-06,600\n');
  const ok = run('import', good, '--department', 'Phòng Kinh tế', '--db', db);
  expect(ok.status).toBe(0);
  expect(ok.stdout).toMatch(/Đã nhập 1 dòng/);
  const bad = path.join(dir, 'bad.csv');
  writeFileSync(bad, 'Mã chỉ tiêu,Kỳ,Thực hiện\nlua-gieo-cay,2026-06,601\nho-ngheo,2026-06,5\n');
  const refused = run('import', bad, '--department', 'Phòng Kinh tế', '--db', db);
  expect(refused.status).toBe(1);
  expect(refused.stdout).toMatch(/Dòng 3: bị từ chối/);
  expect(run('import', bad, '--db', db).status).toBe(2);
}, 60000);

test('the commands say what is wrong in Vietnamese', () => {
  const said = (...args: string[]): string => {
    const r = run(...args);
    expect(r.status).toBe(2);
    return r.stderr.trim();
  };
  expect(said('import', 'so-lieu.ods', '--department', 'Phòng Kinh tế')).toBe('baocao import: bảng số liệu phải là tệp .xlsx hoặc .csv');
  expect(said('import', 'so-lieu.csv')).toMatch(/^baocao import: cách dùng: baocao import TEP\.xlsx\|TEP\.csv --department TÊN_PHÒNG/);
  expect(said('import', 'so-lieu.csv', '--department')).toBe('baocao import: Tùy chọn --department cần một giá trị.');
  expect(said('token', 'list', '--bogus')).toBe('baocao token: Không có tùy chọn --bogus.');
  expect(said('serve', '--port', 'abc')).toBe('baocao serve: --port cần một số cổng (0 đến 65535)');
});
