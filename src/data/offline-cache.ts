/** Where the client keeps the last good answer of each request, for offline use. */
export interface CachedAnswer {
  etag: string | null;
  body: unknown;
  fetchedAt: string;
}

export interface OfflineCache {
  get(key: string): Promise<CachedAnswer | null>;
  set(key: string, value: CachedAnswer): Promise<void>;
}

/** In memory only: for tests and for one session. */
export class MemoryCache implements OfflineCache {
  private readonly map = new Map<string, CachedAnswer>();
  async get(key: string): Promise<CachedAnswer | null> {
    return this.map.get(key) ?? null;
  }
  async set(key: string, value: CachedAnswer): Promise<void> {
    this.map.set(key, value);
  }
}
