/**
 * `npm run validate [-- FILE]`: validates the manifest offline (scripts/lib/manifest-check.ts), then
 * with Microsoft's online validator (office-addin-manifest) when its service is reachable.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkManifest } from './lib/manifest-check';

const ROOT = path.resolve(__dirname, '..');

function main(): number {
  const file = path.resolve(process.argv[2] ?? path.join(ROOT, 'manifest.xml'));
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const problems = checkManifest(xml, { projectRoot: ROOT, devOrigin: 'https://localhost:3000' });
  if (problems.length > 0) {
    console.error(`Manifest ${path.relative(ROOT, file)} is not valid:`);
    for (const p of problems) console.error(`  - ${p.at}: ${p.message}`);
    return 1;
  }
  console.log(`Manifest ${path.relative(ROOT, file)}: valid (offline checks: structure, element order, ids, URLs, resources, icons).`);

  if (process.env.BAOCAO_SKIP_ONLINE_VALIDATION === '1') return 0;
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'office-addin-manifest.cmd' : 'office-addin-manifest');
  const online = spawnSync(bin, ['validate', file], { encoding: 'utf8', timeout: 30000, shell: process.platform === 'win32' });
  const out = `${online.stdout ?? ''}${online.stderr ?? ''}`;
  if (online.status === 0) {
    console.log('Online validation (office-addin-manifest): passed.');
    return 0;
  }
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed|network|Unable to contact/i.test(out) || online.error) {
    console.log('Online validation skipped: the Microsoft validation service is not reachable from this network.');
    return 0;
  }
  console.error(`Online validation failed:\n${out.trim()}`);
  return 1;
}

process.exitCode = main();
