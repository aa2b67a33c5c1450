/**
 * The add-in's and the CLI's client of the indicator service: fetch with a timeout and retries,
 * every answer validated with zod, ETag revalidation, and the last good answer kept for offline use
 * (always marked offline when used). Errors carry a Vietnamese message for the user.
 */
import { z } from 'zod';
import { ApiErrorSchema, HistorySchema, SearchResultSchema, type ValueWrite } from '../core/indicators/api';
import { type Indicator, type IndicatorValue, IndicatorValueSchema, type PeriodData, PeriodDataSchema, PeriodSchema, SourceIdSchema } from '../core/indicators/schema';
import { MemoryCache, type OfflineCache } from './offline-cache';

/** The header every answer of the service names its database in. */
export const SOURCE_HEADER = 'Baocao-Source-Id';

/**
 * GET /healthz. The service says it is up, its change counter and its database's identity
 * (`sourceId`); older or other services may name themselves `instance`, `id` or `name`, read when present.
 */
export const HealthSchema = z.object({
  status: z.string().max(40),
  changeSeq: z.number().int().min(0).optional(),
  sourceId: SourceIdSchema.optional(),
  instance: z.string().min(1).max(300).optional(),
  id: z.string().min(1).max(300).optional(),
  name: z.string().min(1).max(300).optional(),
});
export type Health = z.infer<typeof HealthSchema>;

export class DataSourceError extends Error {
  constructor(
    /** Vietnamese, for the user. */
    readonly userMessage: string,
    readonly status?: number,
    readonly body?: unknown,
  ) {
    super(userMessage);
  }
}

export interface ClientOptions {
  baseUrl: string;
  token?: string;
  timeoutMs?: number;
  retries?: number;
  cache?: OfflineCache;
  fetch?: typeof fetch;
}

/** Where an answer comes from: the service's address and its database's identity (null: not said). */
export interface DataSource {
  url: string;
  id: string | null;
}

/** "http://192.168.1.10:3100 (mã nguồn 1a2b3c4d)": the source as the user is shown it. */
export function describeSource(source: DataSource): string {
  return source.id ? `${source.url} (mã nguồn ${source.id.slice(0, 8)})` : source.url;
}

export interface Fresh<T> {
  data: T;
  /** True when the service could not be reached and the last good copy is used. */
  offline: boolean;
  fetchedAt: string;
  /** The source the data is of: when offline, the one the copy was taken from. */
  source: DataSource;
}

export class IndicatorClient {
  private readonly base: string;
  private readonly cache: OfflineCache;
  private readonly doFetch: typeof fetch;

  constructor(private readonly o: ClientOptions) {
    let url: URL;
    try {
      url = new URL(o.baseUrl);
    } catch {
      throw new DataSourceError(`Địa chỉ nguồn dữ liệu không hợp lệ: “${o.baseUrl}”.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DataSourceError('Địa chỉ nguồn dữ liệu phải bắt đầu bằng http:// hoặc https://.');
    this.base = url.href.replace(/\/$/, '');
    this.cache = o.cache ?? new MemoryCache();
    this.doFetch = o.fetch ?? ((...a) => fetch(...a));
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Accept: 'application/json', ...(this.o.token ? { Authorization: `Bearer ${this.o.token}` } : {}), ...extra };
  }

  /** One request with a timeout; network failures and 5xx are retried with a short back-off. */
  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    const retries = this.o.retries ?? 2;
    let last: unknown;
    for (let attempt = 0; attempt <= retries; attempt++) {
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), this.o.timeoutMs ?? 5000);
      try {
        const res = await this.doFetch(`${this.base}${path}`, { ...init, signal: ctrl.signal });
        if (res.status < 500 || attempt === retries) return res;
        last = new DataSourceError(`Máy chủ dữ liệu báo lỗi (${res.status}).`, res.status);
      } catch (err) {
        last = err;
      } finally {
        clearTimeout(timer);
      }
      await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
    }
    if (last instanceof DataSourceError) throw last;
    throw new DataSourceError('Không kết nối được máy chủ dữ liệu; kiểm tra địa chỉ và mạng.');
  }

  private async fail(res: Response): Promise<never> {
    let body: unknown = null;
    try {
      body = await res.json();
    } catch {
      // not JSON
    }
    const parsed = ApiErrorSchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `Máy chủ dữ liệu trả lời mã ${res.status}.`;
    throw new DataSourceError(message, res.status, body);
  }

  /**
   * The identity an answer names (null when it names none); once seen, it is this address's, and the
   * copies of any other identity here are dropped: the database behind the address was replaced.
   */
  private async identityOf(res: Response): Promise<string | null> {
    const header = res.headers.get(SOURCE_HEADER);
    if (header === null) return null;
    const id = SourceIdSchema.safeParse(header.trim().toLowerCase());
    if (!id.success) throw new DataSourceError('Máy chủ dữ liệu trả lời không đúng định dạng (mã nguồn dữ liệu).');
    await this.cache.learnIdentity(this.base, id.data);
    return id.data;
  }

  private async json<T>(res: Response, schema: z.ZodType<T>, sourceId: string | null = null): Promise<T> {
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new DataSourceError('Máy chủ dữ liệu trả lời không đúng định dạng (không phải JSON).');
    }
    const named = body && typeof body === 'object' ? (body as { sourceId?: unknown }).sourceId : undefined;
    if (named !== undefined && named !== sourceId) throw new DataSourceError('Máy chủ dữ liệu trả lời không nhất quán: số liệu ghi mã nguồn khác với mã nguồn của máy chủ.');
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new DataSourceError(`Máy chủ dữ liệu trả lời không đúng định dạng (${parsed.error.issues[0]?.path.join('.') || 'gốc'}).`);
    return parsed.data;
  }

  /**
   * A cached GET: revalidated with the ETag; the last good answer when the service is unreachable.
   * Only the copy of this address's current identity is used, for a 304 as offline; an answer that
   * names no identity is used but not kept, since it could not be told apart from another source's.
   */
  private async cachedGet<T>(path: string, schema: z.ZodType<T>): Promise<Fresh<T>> {
    const known = await this.cache.knownIdentity(this.base);
    const cached = known ? await this.cache.get({ url: this.base, id: known }, path) : null;
    let res: Response;
    try {
      res = await this.request(path, { headers: this.headers(cached?.etag ? { 'If-None-Match': cached.etag } : {}) });
    } catch (err) {
      const copy = cached && schema.safeParse(cached.body);
      if (copy && copy.success) return { data: copy.data, offline: true, fetchedAt: cached.fetchedAt, source: cached.source };
      throw err;
    }
    let id = await this.identityOf(res);
    if (res.status === 304) {
      const copy = cached && id === cached.source.id ? schema.safeParse(cached.body) : null;
      if (copy?.success) return { data: copy.data, offline: false, fetchedAt: new Date().toISOString(), source: { url: this.base, id } };
      // "Not modified" of a copy this source did not give: ask for the data itself.
      res = await this.request(path, { headers: this.headers() });
      id = await this.identityOf(res);
    }
    if (!res.ok) return this.fail(res);
    const data = await this.json(res, schema, id);
    const fetchedAt = new Date().toISOString();
    if (id) await this.cache.set({ source: { url: this.base, id }, path, etag: res.headers.get('ETag'), body: data, fetchedAt });
    return { data, offline: false, fetchedAt, source: { url: this.base, id } };
  }

  async getPeriod(period: string): Promise<Fresh<PeriodData>> {
    if (!PeriodSchema.safeParse(period).success) throw new DataSourceError(`Kỳ báo cáo “${period}” không hợp lệ (dạng 2026-05).`);
    return this.cachedGet(`/api/periods/${period}`, PeriodDataSchema);
  }

  async searchIndicators(q: string, filter: { department?: string; group?: string } = {}): Promise<Indicator[]> {
    const params = new URLSearchParams({ q, ...filter });
    return (await this.cachedGet(`/api/indicators?${params}`, SearchResultSchema)).data.indicators;
  }

  async getHistory(id: string): Promise<IndicatorValue[]> {
    return (await this.cachedGet(`/api/indicators/${encodeURIComponent(id)}/history`, HistorySchema)).data.values;
  }

  async putValue(id: string, period: string, write: ValueWrite): Promise<IndicatorValue> {
    const res = await this.request(`/api/indicators/${encodeURIComponent(id)}/values/${period}`, {
      method: 'PUT',
      headers: this.headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify(write),
    });
    if (!res.ok) return this.fail(res);
    return this.json(res, IndicatorValueSchema);
  }

  /** The service's health answer (never cached: it is asked when a record is made). */
  async health(): Promise<Health> {
    const res = await this.request('/healthz', { headers: this.headers() });
    if (!res.ok) return this.fail(res);
    return this.json(res, HealthSchema, await this.identityOf(res));
  }

  /** The base URL, as the records name the source when the service gives no identity. */
  get url(): string {
    return this.base;
  }

  /** For the settings screen: reachable, and the token (if any) accepted. */
  async testConnection(): Promise<{ ok: true } | { ok: false; message: string }> {
    try {
      const res = await this.request('/api/indicators?limit=1', { headers: this.headers() });
      if (!res.ok) await this.fail(res);
      return { ok: true };
    } catch (err) {
      return { ok: false, message: err instanceof DataSourceError ? err.userMessage : 'Không kết nối được máy chủ dữ liệu.' };
    }
  }
}
