/**
 * The lite pane runs src/core in Internet Explorer 11 and EdgeHTML (issue 11). Babel compiles most
 * newer syntax down, but no compiler can turn a lookbehind or a named group into ES5: the built
 * bundle would not parse there. tests/browser/es5.test.ts proves it on the build; this finds the
 * same mistake in the source, in a second, with the file and line to fix.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const CORE = path.resolve(__dirname, '../../src/core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('src/core has no lookbehind and no named group in its regular expressions', () => {
  const bad: string[] = [];
  for (const f of files(CORE)) {
    readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
      if (/\(\?<[!=]|\(\?<[A-Za-z]/.test(line)) bad.push(`${path.relative(CORE, f)}:${i + 1}`);
    });
  }
  expect(bad).toEqual([]);
});
