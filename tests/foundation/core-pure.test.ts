/**
 * DESIGN.md's layers: nothing in src/core imports Node, the DOM or Office, or reaches for a platform
 * global, so the checker and the refresh run the same in Word, in the browser, in IE 11 and in Node.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const CORE = path.resolve(__dirname, '../../src/core');
const ALLOWED = /^(?:\.|zod$|@noble\/hashes\/)/;
const GLOBALS = /\b(?:TextDecoder|TextEncoder|Buffer|process|window|document|navigator|localStorage|fetch|XMLHttpRequest|Office|Word|require)\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The code of a file without its comments and string contents, where these words may be written freely. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ''))
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g, "''");
}

test('src/core imports only its own modules, zod and @noble/hashes, and uses no platform global', () => {
  const bad: string[] = [];
  for (const f of files(CORE)) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) if (!ALLOWED.test(m[1])) bad.push(`${path.relative(CORE, f)}: imports ${m[1]}`);
    code(text)
      .split('\n')
      .forEach((line, i) => {
        const g = GLOBALS.exec(line);
        if (g) bad.push(`${path.relative(CORE, f)}:${i + 1}: ${g[0]}`);
      });
  }
  expect(bad).toEqual([]);
});
