/**
 * The offline copy for the command line: a folder per source address, holding the identity last seen
 * there (`identity.json`) and a folder per identity with one JSON file per request.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type CachedAnswer, copyFor, identityFrom, type OfflineCache, type SourceKey } from './offline-cache';

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 32);

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** Never leaves a half-written file: written beside, then renamed over. */
async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(value));
  await rename(tmp, file);
}

export class FileCache implements OfflineCache {
  constructor(private readonly dir: string) {}

  private sourceDir(url: string): string {
    return path.join(this.dir, hash(url));
  }

  private file(source: SourceKey, request: string): string {
    return path.join(this.sourceDir(source.url), hash(source.id), `${hash(request)}.json`);
  }

  async knownIdentity(url: string): Promise<string | null> {
    return identityFrom(await readJson(path.join(this.sourceDir(url), 'identity.json')));
  }

  async learnIdentity(url: string, id: string): Promise<void> {
    if ((await this.knownIdentity(url)) === id) return;
    const dir = this.sourceDir(url);
    await writeJson(path.join(dir, 'identity.json'), id);
    const keep = hash(id);
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== keep) await rm(path.join(dir, entry.name), { recursive: true, force: true });
    }
    // Copies of the first versions lay directly in the folder, keyed by the request path alone.
    for (const entry of await readdir(this.dir, { withFileTypes: true })) {
      if (entry.isFile() && /^[0-9a-f]{40}\.json$/.test(entry.name)) await rm(path.join(this.dir, entry.name), { force: true });
    }
  }

  async get(source: SourceKey, request: string): Promise<CachedAnswer | null> {
    return copyFor(await readJson(this.file(source, request)), source, request);
  }

  async set(answer: CachedAnswer): Promise<void> {
    await writeJson(this.file(answer.source, answer.path), answer);
  }
}
