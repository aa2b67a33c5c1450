/**
 * The gzip size of the JavaScript the task pane loads first, after `npm run build`:
 *   the entry (what taskpane.html names) and the first screen (the entry plus the Số liệu area,
 *   which opens at once), and the same for the browser preview (which adds the sample document).
 * gzip level 6 = `gzip -c`. Run: `npm run build && npx tsx scripts/initial-js.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialJs {
  name: string;
  files: string[];
  gzipBytes: number;
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((s) => !s.startsWith('office-js/') && !/^https?:/.test(s));
}

export function measureInitialJs(dist: string): InitialJs[] {
  const groupsFile = path.join(dist, 'bundle-groups.json');
  if (!existsSync(groupsFile)) throw new Error(`${groupsFile} is missing: run npm run build first`);
  const groups = JSON.parse(readFileSync(groupsFile, 'utf8')) as Record<string, string[]>;
  const size = (files: string[]): number => files.reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, f))).length, 0);
  const out: InitialJs[] = [];
  for (const page of ['taskpane', 'preview']) {
    // taskpane.html's bootstrap loads the modern entry (or the lite pane): its files are the entry's
    const entry = page === 'taskpane' ? (groups.taskpane ?? []) : scriptsOf(readFileSync(path.join(dist, `${page}.html`), 'utf8'));
    const first = [...new Set([...entry, ...(groups['area-data'] ?? []), ...(page === 'preview' ? (groups['preview-document'] ?? []) : [])])];
    out.push({ name: `${page}.html entry`, files: entry, gzipBytes: size(entry) });
    out.push({ name: `${page}.html first screen`, files: first, gzipBytes: size(first) });
  }
  return out;
}

if (require.main === module) {
  const dist = path.resolve(__dirname, '..', 'dist');
  for (const m of measureInitialJs(dist)) {
    console.log(`${m.name.padEnd(28)} ${(m.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzip  (${m.files.length} files)`);
  }
}
