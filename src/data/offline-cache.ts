/**
 * Where the client keeps the last good answer of each request, for offline use and ETag revalidation.
 * A copy belongs to one source: the service's address AND the identity of the database behind it.
 * Copies of one source are never used for another, and once an address is seen to answer with a new
 * identity (its database was replaced), the copies of the old one are dropped.
 */
import { z } from 'zod';
import { SourceIdSchema } from '../core/indicators/schema';

export interface SourceKey {
  /** The service's base URL, as the client normalised it. */
  url: string;
  /** The identity the service answered with (Baocao-Source-Id). */
  id: string;
}

export interface CachedAnswer {
  source: SourceKey;
  /** The request path and query. */
  path: string;
  etag: string | null;
  body: unknown;
  fetchedAt: string;
}

export interface OfflineCache {
  /** The identity last seen at this address, or null when it never answered. */
  knownIdentity(url: string): Promise<string | null>;
  /** Records the identity now at this address and drops the copies of any other identity there. */
  learnIdentity(url: string, id: string): Promise<void>;
  get(source: SourceKey, path: string): Promise<CachedAnswer | null>;
  set(answer: CachedAnswer): Promise<void>;
}

const CachedAnswerSchema = z.object({
  source: z.object({ url: z.string(), id: SourceIdSchema }),
  path: z.string(),
  etag: z.string().nullable(),
  body: z.unknown(),
  fetchedAt: z.string(),
});

/**
 * A stored copy as read back (from a file, from localStorage: outside input), used only when it is
 * whole and names exactly the source and request it is asked for.
 */
export function copyFor(raw: unknown, source: SourceKey, path: string): CachedAnswer | null {
  const r = CachedAnswerSchema.safeParse(raw);
  if (!r.success) return null;
  const c = r.data;
  if (c.source.url !== source.url || c.source.id !== source.id || c.path !== path) return null;
  return { source: c.source, path: c.path, etag: c.etag, body: c.body, fetchedAt: c.fetchedAt };
}

/** A stored identity as read back: a UUID, or nothing. */
export function identityFrom(raw: unknown): string | null {
  const r = SourceIdSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** In memory only: for tests and for one session. */
export class MemoryCache implements OfflineCache {
  private readonly identities = new Map<string, string>();
  private readonly copies = new Map<string, CachedAnswer>();
  private static key(source: SourceKey, path: string): string {
    return JSON.stringify([source.url, source.id, path]);
  }
  async knownIdentity(url: string): Promise<string | null> {
    return this.identities.get(url) ?? null;
  }
  async learnIdentity(url: string, id: string): Promise<void> {
    if (this.identities.get(url) === id) return;
    this.identities.set(url, id);
    for (const [k, c] of this.copies) if (c.source.url === url && c.source.id !== id) this.copies.delete(k);
  }
  async get(source: SourceKey, path: string): Promise<CachedAnswer | null> {
    return copyFor(this.copies.get(MemoryCache.key(source, path)), source, path);
  }
  async set(answer: CachedAnswer): Promise<void> {
    this.copies.set(MemoryCache.key(answer.source, answer.path), answer);
  }
}
