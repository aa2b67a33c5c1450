/** Serving the built add-in and launching Debian's Chromium for the browser tests. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

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
    // The tests keep office.js local (production builds default to Microsoft's CDN).
    const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'webpack'), ['--mode', 'production'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BAOCAO_OFFICE_JS: 'local' } });
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

/**
 * What scrolls sideways: the page itself, or any element of the pane wider than the pane. Empty when
 * everything fits. Elements are named by tag, label and width so a failure says which one.
 */
export function noHorizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page: ${root.scrollWidth} px in ${root.clientWidth} px`);
    const pane = document.getElementById('pane');
    if (!pane) return out;
    if (pane.scrollWidth > pane.clientWidth) out.push(`#pane: ${pane.scrollWidth} px in ${pane.clientWidth} px`);
    const right = pane.getBoundingClientRect().right;
    // Content clipped by an ancestor that fits (Fluent collapses the search box's clear button into a
    // zero-width, overflow-hidden slot when the box is not focused) cannot make anything scroll.
    const clipped = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== pane; a = a.parentElement) {
        const s = getComputedStyle(a);
        if ((s.overflowX === 'hidden' || s.overflowX === 'clip') && a.getBoundingClientRect().right <= right + 0.5) return true;
      }
      return false;
    };
    for (const el of Array.from(pane.querySelectorAll<HTMLElement>('*'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > right + 0.5 && !clipped(el)) out.push(`${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} "${(el.textContent ?? '').slice(0, 30)}": right edge ${Math.round(r.right)} > ${Math.round(right)}`);
    }
    return out.slice(0, 10);
  });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core run in the page: the serious and critical violations, as "rule: target" lines. Fluent's
 * focus manager (Tabster) puts 1-px sentinels (`i[data-tabster-dummy]`, aria-hidden, tabindex 0) at
 * the ends of the tab list that hand focus straight on when reached; axe reads them as focusable
 * hidden content, so they are left out, and only they.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  // a message bar still fading in has its text at part of its colour: judge contrast once motion has stopped
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}
