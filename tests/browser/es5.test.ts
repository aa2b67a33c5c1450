/**
 * Office 2016/2019 run the pane in Internet Explorer 11 or EdgeHTML: every script taskpane.html
 * loads before it knows the webview (office.js, the inline bootstrap) and every file of the lite
 * pane must parse as ECMAScript 5. The production build is the one tested (office.js kept local).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { build, DIST } from './support';

function es5Error(source: string): string | null {
  try {
    acorn.parse(source, { ecmaVersion: 5 });
    return null;
  } catch (err) {
    const pos = (err as { pos?: number }).pos ?? 0;
    return `${(err as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 60), pos + 30))}`;
  }
}

/** The files the bootstrap loads for each pane (the minified page writes the object without quotes). */
function panes(html: string): { modern: string[]; lite: string[] } {
  const list = (name: string): string[] => [...(new RegExp(`${name}"?:\\[([^\\]]*)\\]`).exec(html)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  return { modern: list('modern'), lite: list('lite') };
}

beforeAll(() => build(), 300000);

test('every script taskpane.html loads parses as ES5, and so does every lite*.js', () => {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const external = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(external).toEqual(['office-js/office.js']);
  expect(inline.length).toBe(2);
  const lite = readdirSync(DIST).filter((f) => /^lite.*\.js$/.test(f));
  expect(lite.length).toBeGreaterThan(0);
  const failures: string[] = [];
  for (const f of [...external, ...lite]) {
    const e = es5Error(readFileSync(path.join(DIST, f), 'utf8'));
    if (e) failures.push(`${f}: ${e}`);
  }
  inline.forEach((src, i) => {
    const e = es5Error(src);
    if (e) failures.push(`inline script ${i + 1}: ${e}`);
  });
  expect(failures).toEqual([]);
  // the bootstrap names the lite pane it loads
  expect(panes(html).lite).toEqual(lite.filter((f) => !f.endsWith('.map')));
});

test('the modern bundle is not ES5: the test above can fail', () => {
  const modern = panes(readFileSync(path.join(DIST, 'taskpane.html'), 'utf8')).modern;
  expect(modern.length).toBe(1);
  expect(es5Error(readFileSync(path.join(DIST, modern[0]), 'utf8'))).not.toBeNull();
});

test('production builds load office.js from Microsoft\'s CDN unless told to self-host', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../../webpack.config.js') as (env: unknown, argv: { mode: string }) => Array<{ name: string; plugins: Array<{ constructor: { name: string }; userOptions?: { filename?: string; templateParameters?: unknown }; patterns?: Array<{ from: string }> }> }>;
  const officeUrl = (mode: string, env?: string): { url: string; copied: boolean } => {
    const before = process.env.BAOCAO_OFFICE_JS;
    if (env === undefined) delete process.env.BAOCAO_OFFICE_JS;
    else process.env.BAOCAO_OFFICE_JS = env;
    try {
      const modern = config({}, { mode }).find((c) => c.name === 'modern')!;
      const html = modern.plugins.find((p) => p.userOptions?.filename === 'taskpane.html')!;
      const params = (html.userOptions!.templateParameters as (c: unknown) => { officeJsUrl: string })({ entrypoints: new Map([['taskpane', { getFiles: () => ['taskpane.js'] }]]) });
      const copy = modern.plugins.find((p) => p.constructor.name === 'CopyPlugin')!;
      return { url: params.officeJsUrl, copied: (copy.patterns ?? []).some((p) => p.from === 'office.js') };
    } finally {
      if (before === undefined) delete process.env.BAOCAO_OFFICE_JS;
      else process.env.BAOCAO_OFFICE_JS = before;
    }
  };
  expect(officeUrl('production')).toEqual({ url: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js', copied: false });
  expect(officeUrl('production', 'local')).toEqual({ url: 'office-js/office.js', copied: true });
  expect(officeUrl('development')).toEqual({ url: 'office-js/office.js', copied: true });
  expect(() => officeUrl('production', 'elsewhere')).toThrow(/BAOCAO_OFFICE_JS/);
});
