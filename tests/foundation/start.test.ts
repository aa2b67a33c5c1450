/**
 * npm start / npm stop, end to end: the real start script, the real dev server over HTTPS with the
 * Office dev certificates, the real data service when it is part of the build.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/net';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');


function get(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<{ match: RegExpMatchArray; output: string }> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const m = output.match(pattern);
      if (m) {
        clearTimeout(timer);
        resolve({ match: m, output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}; output:\n${output}`));
    });
  });
}

describe('npm start on a machine without Word', () => {
  let child: ChildProcess | undefined;
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'baocao-state-'));
  const env = { ...process.env, BAOCAO_STATE_DIR: stateDir, BAOCAO_NO_SIDELOAD: '1', BAOCAO_DB: path.join(stateDir, 'db.sqlite') };

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  test('serves the task pane over HTTPS, says Word is absent in one line, and npm stop ends it', async () => {
    const port = await freePort();
    const dataPort = await freePort();
    child = spawn(TSX, ['scripts/start.ts'], { cwd: ROOT, env: { ...env, BAOCAO_PORT: String(port), BAOCAO_DATA_PORT: String(dataPort) } });
    const { match, output } = await waitForLine(child, /Word is not available on (\w+): open the web workbench at (\S+)/, 150000);
    expect(match[1]).toBe(process.platform === 'linux' ? 'Linux' : process.platform);
    const url = match[2];
    expect(url).toBe(`https://localhost:${port}/`);

    // The certificate is the Office dev certificate: verify against its CA rather than disabling checks.
    const ca = readFileSync(path.join(os.homedir(), '.office-addin-dev-certs', 'ca.crt'));
    const page = await get(url, ca);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="vi">');
    expect(page.body).not.toContain('Cannot GET');
    expect(page.body).toContain('rel="icon"');
    expect((await get(new URL('favicon.ico', url).href, ca)).status).toBe(200);
    const script = page.body.match(/src="([^"]*preview[^"]*\.js)"/);
    expect(script).not.toBeNull();
    const js = await get(new URL(script![1], url).href, ca);
    expect(js.status).toBe(200);
    expect(js.body).toContain('FluentProvider');
    // the task pane Word opens, office.js from this origin, and the sample report of the preview
    const pane = await get(new URL('taskpane.html', url).href, ca);
    expect(pane.body).toContain('office-js/office.js');
    expect((await get(new URL('office-js/office.js', url).href, ca)).status).toBe(200);
    expect((await get(new URL('assets/sample/bao-cao-mau.docx', url).href, ca)).status).toBe(200);

    const dataLine = output.match(/Data service[^:]*: (http\S+)/);
    if (dataLine) {
      const health = await fetch(new URL('/healthz', dataLine[1]));
      expect(health.status).toBe(200);
    }

    const stop = spawnSync(TSX, ['scripts/stop.ts'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(stop.stdout).toMatch(/Stopped Báo cáo/);
    await new Promise<void>((resolve) => {
      if (child!.exitCode !== null || child!.signalCode !== null) resolve();
      else child!.on('exit', () => resolve());
    });
    await expect(get(url, ca)).rejects.toThrow();
  }, 200000);
});
