/**
 * `npm start`: the main job on the embedded default.
 *  1. the shared data service on SQLite with the sample data (created on first start);
 *  2. the task pane over HTTPS with the Office development certificates;
 *  3. sideloading into Word where Word exists (Windows, macOS); the web workbench at the site's root
 *     (https://localhost:3000/) works everywhere, with or without Word.
 * Everything runs in this one process; `npm stop` (scripts/stop.ts) ends it.
 *
 * Knobs (environment): BAOCAO_PORT (task pane, default 3000), BAOCAO_DATA_PORT (default 3100),
 * BAOCAO_DB (SQLite file, default data/baocao.sqlite), DATABASE_URL (PostgreSQL instead),
 * BAOCAO_NO_SIDELOAD=1 (never start Word).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { httpsCredentials } from './lib/certs';
import { clearRunState, readRunState, writeRunState } from './lib/run-state';

const ROOT = path.resolve(__dirname, '..');

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return n;
}

interface Running {
  close(): Promise<void>;
}

interface DataServiceModule {
  startDataService(options: { port: number; dbFile?: string; databaseUrl?: string; host?: string; config?: { corsOrigins?: string[] } }): Promise<{ url: string; close(): Promise<void> }>;
}

async function startData(port: number, taskpaneOrigin: string): Promise<{ url: string; service: Running } | null> {
  const entry = path.join(ROOT, 'src/server/index.ts');
  if (!existsSync(entry)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(entry) as Partial<DataServiceModule>;
  if (typeof mod.startDataService !== 'function') return null;
  const started = await mod.startDataService({
    port,
    dbFile: process.env.BAOCAO_DB || path.join(ROOT, 'data', 'baocao.sqlite'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    config: { corsOrigins: [taskpaneOrigin] },
  });
  return { url: started.url, service: started };
}

async function startTaskpane(port: number, dataUrl: string | undefined): Promise<Running> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const WebpackDevServer = require('webpack-dev-server') as typeof import('webpack-dev-server');
  if (dataUrl) process.env.BAOCAO_DATA_URL = dataUrl;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (env: unknown, argv: { mode: string }) => Array<import('webpack').Configuration & {
    devServer?: Record<string, unknown>;
  }>;
  // Two compilers (the lite pane's ES5 build, then the modern pane's); the modern one has the dev server's options.
  const configs = makeConfig({}, { mode: 'development' });
  const devServer = configs.find((c) => c.devServer)?.devServer ?? {};
  const webpackConfigs = configs.map(({ devServer: _d, ...c }) => c);
  const creds = await httpsCredentials();
  const compiler = webpack(webpackConfigs);
  const server = new WebpackDevServer(
    { ...devServer, port, host: 'localhost', server: { type: 'https', options: creds }, devMiddleware: { stats: 'errors-warnings' } },
    compiler,
  );
  await server.start();
  // Wait for the first compilation, so the URL we print works when it is printed.
  await new Promise<void>((resolve) => {
    compiler.hooks.done.tap('baocao-start', () => resolve());
  });
  return { close: () => server.stop() };
}

function wordIsPossible(): boolean {
  return process.platform === 'win32' || process.platform === 'darwin';
}

function sideload(port: number): void {
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-debugging.cmd' : 'office-addin-debugging');
  // office-addin-debugging is optional: its keytar dependency needs a native build that may fail.
  if (!existsSync(bin)) {
    console.log('office-addin-debugging is not installed, so Word was not started: sideload manifest.xml by hand (see README).');
    return;
  }
  const child = spawn(bin, ['start', 'manifest.xml', 'desktop', '--app', 'word', '--dev-server-port', String(port), '--no-debug'], {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  child.on('exit', (code) => {
    if (code !== 0) {
      console.log('Could not sideload into Word automatically: open Word, Insert › Add-ins › Upload My Add-in, and choose manifest.xml (see README).');
    }
  });
}

async function main(): Promise<void> {
  const previous = readRunState();
  if (previous && isAlive(previous.pid)) {
    console.log(`Báo cáo is already running (pid ${previous.pid}): ${previous.previewUrl}. Run "npm stop" first.`);
    process.exitCode = 1;
    return;
  }
  const taskpanePort = portFromEnv('BAOCAO_PORT', 3000);
  const dataPort = portFromEnv('BAOCAO_DATA_PORT', 3100);
  const running: Running[] = [];
  const shutdown = async (): Promise<void> => {
    for (const r of running.reverse()) await r.close().catch(() => undefined);
    clearRunState();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  const data = await startData(dataPort, `https://localhost:${taskpanePort}`);
  if (data) {
    running.push(data.service);
    console.log(`Data service (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite with sample data'}): ${data.url}`);
  } else {
    console.log('Data service: not part of this build yet.');
  }
  const taskpane = await startTaskpane(taskpanePort, data?.url);
  running.push(taskpane);
  const base = `https://localhost:${taskpanePort}`;
  // The site's root is the web workbench (index.html): open a .docx, check, fix, download.
  const previewUrl = `${base}/`;
  writeRunState({ pid: process.pid, previewUrl, dataUrl: data?.url ?? null, sideloaded: false });

  if (process.env.BAOCAO_NO_SIDELOAD !== '1' && wordIsPossible()) {
    console.log(`Task pane: ${base}/taskpane.html — sideloading into Word… The web workbench: ${previewUrl}`);
    writeRunState({ pid: process.pid, previewUrl, dataUrl: data?.url ?? null, sideloaded: true });
    sideload(taskpanePort);
  } else {
    console.log(`Word is not available on ${process.platform === 'linux' ? 'Linux' : process.platform}: open the web workbench at ${previewUrl}`);
  }
  console.log('Ready. Press Ctrl+C or run "npm stop" to stop.');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

main().catch((err: unknown) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  clearRunState();
  process.exit(1);
});
