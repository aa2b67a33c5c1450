/** Serving the built add-in and launching Debian's Chromium for the browser tests. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without Chromium the browser tests are skipped loudly, except on CI, where that is a failure. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs Debian's chromium package`);
  console.warn(`Chromium not found at ${CHROMIUM} (apt-get install chromium): the browser tests are SKIPPED.`);
  return false;
}

const LOCK = path.join(ROOT, '.build-lock');
const STAMP = path.join(DIST, '.built-for');

/**
 * One production build per test run, however many browser test files ask for it: the build cleans
 * dist/, so a second one would pull the files from under a test that is serving them. Jest's workers
 * are children of one process, whose pid marks the build as this run's.
 */
export async function build(): Promise<void> {
  const run = String(process.ppid);
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock left by a killed run: a build takes a minute, not ten.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 600_000) rmdirSync(LOCK);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === run) return;
    const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
    writeFileSync(STAMP, run);
  } finally {
    rmdirSync(LOCK);
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.ico': 'image/png', '.docx': 'application/octet-stream', '.xml': 'text/xml', '.map': 'application/json' };

export function serveDist(): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // The site's root is the workbench, as webpack-dev-server serves it.
    const file = path.join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    // playwright gives every launch a new, empty profile of its own
  });
}
