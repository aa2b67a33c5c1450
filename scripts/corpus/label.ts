/**
 * Regenerates corpus/NAME.claims.json from corpus/specs/NAME.ts for every spec (or the names given).
 *   npx tsx scripts/corpus/label.ts            # all
 *   npx tsx scripts/corpus/label.ts real-x     # one
 *   npx tsx scripts/corpus/label.ts --check    # write nothing; exit 1 if a file would change
 * Exits 1 when a spec has a problem (a quote not in the report, a mistake the arithmetic denies…).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { claimsPath, generateByName, serialize, specNames } from './generate';

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const names = args.filter((a) => !a.startsWith('--'));
let failed = false;
for (const name of names.length ? names : specNames()) {
  const g = generateByName(name);
  for (const p of g.problems) console.error(`✗ ${p}`);
  if (g.problems.length) failed = true;
  const out = serialize(g.claims);
  const file = claimsPath(name);
  const same = existsSync(file) && readFileSync(file, 'utf8') === out;
  const mistakes = g.claims.filter((c) => !c.consistent);
  const planted = mistakes.filter((c) => c.origin === 'planted').length;
  const state = same ? '' : checkOnly ? ' — OUT OF DATE' : g.problems.length ? ' — NOT written (fix the problems above)' : ' — written';
  console.log(`${name}: ${g.claims.length} claims, ${mistakes.length} mistakes (${mistakes.length - planted} authors', ${planted} planted)${state}`);
  if (!same) {
    if (checkOnly) failed = true;
    else if (!g.problems.length) writeFileSync(file, out);
  }
}
process.exit(failed ? 1 : 0);
