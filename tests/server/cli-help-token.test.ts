/**
 * The command line as a user meets it: every command and subcommand answers --help (and -h) with its
 * usage, touching nothing; `baocao refresh --source` reaches a service whose reads need a token,
 * given with --token or BAOCAO_TOKEN.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDataService } from '../../src/server';

const ROOT = path.resolve(__dirname, '..', '..');

function baocao(args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'baocao.js'), ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', BAOCAO_TOKEN: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const COMMANDS: Array<[string[], RegExp]> = [
  [['check'], /baocao check TỆP/],
  [['refresh'], /baocao refresh BAOCAO\.docx[\s\S]*--token/],
  [['score'], /baocao score/],
  [['serve'], /baocao serve/],
  [['import'], /baocao import TỆP/],
  [['token'], /baocao token add[\s\S]*baocao token list[\s\S]*baocao token revoke/],
  [['token', 'add'], /baocao token add --department/],
  [['token', 'list'], /baocao token list/],
  [['token', 'revoke'], /baocao token revoke MÃ_SỐ/],
];

test.each(COMMANDS)('baocao %s --help and -h print the usage and change nothing', async (words, usage) => {
  const db = path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-help-')), 'db.sqlite');
  for (const flag of ['--help', '-h']) {
    const r = await baocao([...words, flag, '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Cách dùng:/);
    expect(r.stdout).toMatch(usage);
  }
  expect(existsSync(db)).toBe(false);
}, 60000);

test('baocao --help lists every command, each with how to get its own help', async () => {
  const r = await baocao(['--help']);
  expect(r.status).toBe(0);
  for (const [words] of COMMANDS.filter(([w]) => w.length === 1)) expect(r.stdout).toContain(`baocao ${words[0]}`);
  expect(r.stdout).toContain('baocao <lệnh> --help');
});

test('baocao refresh --source reaches a service that needs a read token: --token, or BAOCAO_TOKEN', async () => {
  const s = await startDataService({ dbFile: path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-tok-')), 'db.sqlite'), port: 0, config: { requireReadToken: true } });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baocao-tok-out-'));
  const input = path.join(dir, 'bao-cao.docx');
  copyFileSync(path.join(ROOT, 'assets', 'sample', 'bao-cao-mau.docx'), input);
  try {
    const { token } = await s.store.addToken('read', null, 'cli');
    const home = { HOME: dir };
    const refresh = (extra: string[], env: Record<string, string> = {}) => baocao(['refresh', input, '--period', '2026-05', '--source', s.url, '-o', path.join(dir, 'out.docx'), ...extra], { ...home, ...env });

    const none = await refresh([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/cần mã truy cập/);
    const wrong = await refresh(['--token', 'bc_sai']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Mã truy cập không đúng/);
    const given = await refresh(['--token', token]);
    expect(given.stderr).toBe('');
    expect(given.stdout).toMatch(/Kỳ báo cáo: tháng 5\/2026/);
    const fromEnv = await refresh([], { BAOCAO_TOKEN: token });
    expect(fromEnv.stderr).toBe('');
    expect(fromEnv.stdout).toMatch(/Đã ghi .*out\.docx/);
  } finally {
    await s.close();
  }
}, 60000);
