/**
 * The offline copy in the add-in: the browser's localStorage (shared by the task pane's sessions).
 * Keys: `baocao:source:<url>` holds the identity last seen at an address; `baocao:copy:<url>␟<id>␟<path>`
 * one answer of that source.
 */
import { type CachedAnswer, copyFor, identityFrom, type OfflineCache, type SourceKey } from './offline-cache';

export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const SEP = '\u241f';

export class BrowserCache implements OfflineCache {
  constructor(
    private readonly storage: StorageLike,
    private readonly prefix = 'baocao:',
  ) {
    // Copies of the first versions were keyed by the request path alone, whatever the source: never
    // use them, and give their room back.
    this.removeWhere((k) => k.startsWith(`${prefix}/api/`));
  }

  private read(key: string): unknown {
    try {
      const raw = this.storage.getItem(key);
      return raw === null ? null : (JSON.parse(raw) as unknown);
    } catch {
      return null;
    }
  }

  private write(key: string, value: unknown): void {
    try {
      this.storage.setItem(key, JSON.stringify(value));
    } catch {
      // storage full or disabled: the add-in still works online
    }
  }

  private removeWhere(test: (key: string) => boolean): void {
    try {
      const doomed: string[] = [];
      for (let i = 0; i < this.storage.length; i++) {
        const k = this.storage.key(i);
        if (k !== null && test(k)) doomed.push(k);
      }
      for (const k of doomed) this.storage.removeItem(k);
    } catch {
      // storage disabled
    }
  }

  private copyKey(source: SourceKey, path: string): string {
    return `${this.prefix}copy:${source.url}${SEP}${source.id}${SEP}${path}`;
  }

  async knownIdentity(url: string): Promise<string | null> {
    return identityFrom(this.read(`${this.prefix}source:${url}`));
  }

  async learnIdentity(url: string, id: string): Promise<void> {
    if ((await this.knownIdentity(url)) === id) return;
    this.write(`${this.prefix}source:${url}`, id);
    const ofUrl = `${this.prefix}copy:${url}${SEP}`;
    this.removeWhere((k) => k.startsWith(ofUrl) && !k.startsWith(`${ofUrl}${id}${SEP}`));
  }

  async get(source: SourceKey, path: string): Promise<CachedAnswer | null> {
    return copyFor(this.read(this.copyKey(source, path)), source, path);
  }

  async set(answer: CachedAnswer): Promise<void> {
    this.write(this.copyKey(answer.source, answer.path), answer);
  }
}
