/**
 * Turns a report spec into its claims and checks them against the report's text: every quote an
 * exact, unambiguous substring; the stated number inside the first quote; ids unique; and the
 * arithmetic agreeing with what the spec declares (a mistake is inconsistent, anything else is not).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildClaim, statedDigits, type Claim, type ReportSpec } from './relations';

export const CORPUS_DIR = path.resolve(__dirname, '../../corpus');
export const SPECS_DIR = path.join(CORPUS_DIR, 'specs');

export interface Generated { name: string; doc: string; claims: Claim[]; problems: string[] }

function occurrences(text: string, q: string): number {
  let n = 0;
  for (let i = text.indexOf(q); i !== -1; i = text.indexOf(q, i + 1)) n++;
  return n;
}

export function generate(spec: ReportSpec, reportText: string, name: string): Generated {
  const problems: string[] = [];
  const claims: Claim[] = [];
  const ids = new Set<string>();
  for (const rel of spec.claims) {
    const where = `${name} ${rel.spec.id}`;
    let claim: Claim;
    try {
      claim = buildClaim(spec.doc, rel);
    } catch (e) {
      problems.push(`${where}: ${(e as Error).message}`);
      continue;
    }
    claim.id = `${spec.prefix}-${rel.spec.id}`;
    if (ids.has(claim.id)) problems.push(`${where}: duplicate id`);
    ids.add(claim.id);
    if (claim.quote.length === 0) problems.push(`${where}: no quote`);
    for (const q of claim.quote) {
      const n = occurrences(reportText, q);
      if (n === 0) problems.push(`${where}: quote not in the report: "${q}"`);
      else if (n > 1) problems.push(`${where}: quote occurs ${n} times, make it longer: "${q}"`);
    }
    const digits = statedDigits(rel);
    if (digits && claim.quote[0] && !claim.quote[0].includes(digits)) problems.push(`${where}: first quote does not contain the stated ${digits}`);
    if (rel.spec.mistake && claim.consistent) problems.push(`${where}: declared a mistake (${rel.spec.mistake}) but the arithmetic agrees: ${claim.note}`);
    if (!rel.spec.mistake && !claim.consistent) problems.push(`${where}: inconsistent but not declared a mistake: ${claim.note}`);
    claims.push(claim);
  }
  return { name, doc: spec.doc, claims, problems };
}

export function specNames(): string[] {
  return readdirSync(SPECS_DIR).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
}

export function loadSpec(name: string): ReportSpec {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(SPECS_DIR, `${name}.ts`)) as { default?: ReportSpec };
  if (!mod.default || !Array.isArray(mod.default.claims)) throw new Error(`corpus/specs/${name}.ts has no default export made with report()`);
  return mod.default;
}

export function generateByName(name: string): Generated {
  const spec = loadSpec(name);
  const text = readFileSync(path.join(CORPUS_DIR, spec.doc), 'utf8');
  return generate(spec, text, name);
}

export function claimsPath(name: string): string {
  return path.join(CORPUS_DIR, `${name}.claims.json`);
}

export function serialize(claims: Claim[]): string {
  return JSON.stringify(claims, null, 1) + '\n';
}
