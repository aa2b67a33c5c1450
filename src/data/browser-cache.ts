/** The offline copy in the add-in: the browser's localStorage (shared by the task pane's sessions). */
import type { CachedAnswer, OfflineCache } from './offline-cache';

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export class BrowserCache implements OfflineCache {
  constructor(
    private readonly storage: StorageLike,
    private readonly prefix = 'baocao:',
  ) {}
  async get(key: string): Promise<CachedAnswer | null> {
    try {
      const raw = this.storage.getItem(this.prefix + key);
      return raw ? (JSON.parse(raw) as CachedAnswer) : null;
    } catch {
      return null;
    }
  }
  async set(key: string, value: CachedAnswer): Promise<void> {
    try {
      this.storage.setItem(this.prefix + key, JSON.stringify(value));
    } catch {
      // storage full or disabled: the add-in still works online
    }
  }
}
