/**
 * Figures never come from the wrong data source: two real services on two ports, and one service whose
 * database is replaced at the same address. Each database has its own identity; a 304 or an offline
 * copy is used only for the source (address and identity) it came from.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserCache } from '../../src/data/browser-cache';
import { IndicatorClient } from '../../src/data/client';
import { FileCache } from '../../src/data/file-cache';
import type { OfflineCache } from '../../src/data/offline-cache';
import { startDataService } from '../../src/server';
import { freePort } from '../support/net';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'baocao-identity-'));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Service = Awaited<ReturnType<typeof startDataService>>;

/** A seeded service whose rice area is `lua` after one write: every such service has change counter 2. */
async function serviceWith(lua: number, dbFile = path.join(tmp(), 'db.sqlite'), port = 0): Promise<Service> {
  const s = await startDataService({ dbFile, port });
  const [cur] = await s.store.history('lua-gieo-cay', '2026-05', '2026-05');
  expect((await s.store.writeValue('lua-gieo-cay', '2026-05', { value: lua, version: cur.version }, 'identity test')).status).toBe('written');
  expect(await s.store.changeSeq()).toBe(2);
  return s;
}

const lua = (data: { values: Array<{ indicatorId: string; value: number | null }> }): number | null | undefined => data.values.find((v) => v.indicatorId === 'lua-gieo-cay')?.value;

class MapStorage {
  readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, v);
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}

test('each database has its own identity, kept across restarts, on every answer and in every ETag', async () => {
  const file = path.join(tmp(), 'db.sqlite');
  const a = await startDataService({ dbFile: file, port: 0 });
  const b = await startDataService({ dbFile: path.join(tmp(), 'db.sqlite'), port: 0 });
  let id = '';
  try {
    const health = (await (await fetch(`${a.url}/healthz`)).json()) as { sourceId: string };
    id = health.sourceId;
    expect(health.sourceId).toMatch(UUID);
    const other = (await (await fetch(`${b.url}/healthz`)).json()) as { sourceId: string };
    expect(other.sourceId).toMatch(UUID);
    expect(other.sourceId).not.toBe(health.sourceId);
    for (const p of ['/healthz', '/api/periods/2026-05', '/api/indicators?q=lua', '/api/nowhere', '/api/periods/2026-13']) {
      expect((await fetch(`${a.url}${p}`)).headers.get('baocao-source-id')).toBe(health.sourceId);
    }
    const period = await fetch(`${a.url}/api/periods/2026-05`);
    expect(period.headers.get('etag')).toContain(health.sourceId);
    expect(((await period.json()) as { sourceId: string }).sourceId).toBe(health.sourceId);
    const ea = (await fetch(`${a.url}/api/periods/2026-05`)).headers.get('etag')!;
    // The other database's ETag for the same period and the same change counter is not this one's.
    expect((await fetch(`${b.url}/api/periods/2026-05`, { headers: { 'if-none-match': ea } })).status).toBe(200);
    // A write's version is of one database too: the ETag of another one's value is refused.
    const { token } = await a.store.addToken('department', 'Phòng Kinh tế', 'identity test');
    const put = (ifMatch: string): Promise<Response> =>
      fetch(`${a.url}/api/indicators/lua-gieo-cay/values/2026-05`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'if-match': ifMatch }, body: JSON.stringify({ value: 510 }) });
    const refused = await put(`"${other.sourceId}:v1"`);
    expect(refused.status).toBe(412);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/nguồn dữ liệu khác/);
    const written = await put(`"${health.sourceId}:v1"`);
    expect(written.status).toBe(200);
    expect(written.headers.get('etag')).toBe(`"${health.sourceId}:v2"`);
    // The browser may read the identity: CORS exposes it.
    const cors = await fetch(`${a.url}/api/periods/2026-05`, { headers: { origin: 'https://localhost:3000' } });
    expect(cors.headers.get('access-control-expose-headers')).toMatch(/Baocao-Source-Id/i);
  } finally {
    await a.close();
    await b.close();
  }
  const again = await startDataService({ dbFile: file, port: 0 });
  try {
    const health = (await (await fetch(`${again.url}/healthz`)).json()) as { sourceId: string };
    expect(health.sourceId).toBe(id);
  } finally {
    await again.close();
  }
});

describe.each([
  ['the command line file cache', (): OfflineCache => new FileCache(tmp())],
  ['the add-in browser cache', (): OfflineCache => new BrowserCache(new MapStorage())],
])('%s', (_name, makeCache) => {
  test('two services on two ports with equal change counters: each keeps its own figures, online and offline', async () => {
    const cache = makeCache();
    const a = await serviceWith(600);
    const b = await serviceWith(700);
    const c = `http://127.0.0.1:${await freePort()}`;
    try {
      const fromA = await new IndicatorClient({ baseUrl: a.url, cache }).getPeriod('2026-05');
      expect(lua(fromA.data)).toBe(600);
      expect(fromA.source).toEqual({ url: a.url, id: expect.stringMatching(UUID) });
      const fromB = await new IndicatorClient({ baseUrl: b.url, cache }).getPeriod('2026-05');
      expect(lua(fromB.data)).toBe(700);
      expect(fromB.offline).toBe(false);
      expect(fromB.source.id).not.toBe(fromA.source.id);
      await b.close();
      const offlineB = await new IndicatorClient({ baseUrl: b.url, cache, retries: 0, timeoutMs: 500 }).getPeriod('2026-05');
      expect(offlineB).toMatchObject({ offline: true, source: fromB.source });
      expect(lua(offlineB.data)).toBe(700);
      // A source never reached has no copy: another source's figures are not offered as its own.
      await expect(new IndicatorClient({ baseUrl: c, cache, retries: 0, timeoutMs: 500 }).getPeriod('2026-05')).rejects.toThrow(/Không kết nối được/);
    } finally {
      await a.close();
      await b.close().catch(() => undefined);
    }
  }, 30000);

  test('a database replaced at the same address: no 304 and no offline copy of the old one', async () => {
    const cache = makeCache();
    const port = await freePort();
    const first = await serviceWith(600, path.join(tmp(), 'db.sqlite'), port);
    // One retry: the first request after the restart may meet the old server's closed keep-alive socket.
    const client = new IndicatorClient({ baseUrl: first.url, cache, retries: 1, timeoutMs: 1000 });
    const old = await client.getPeriod('2026-05');
    expect(lua(old.data)).toBe(600);
    expect((await client.getPeriod('2026-04')).data.values.length).toBeGreaterThan(0);
    await first.close();

    const second = await serviceWith(700, path.join(tmp(), 'db.sqlite'), port);
    let fresh = old;
    try {
      expect(second.url).toBe(first.url);
      fresh = await client.getPeriod('2026-05');
      expect(lua(fresh.data)).toBe(700);
      expect(fresh.source.id).not.toBe(old.source.id);
      // The new database is learnt; a copy of the old one is never served for this address again,
      // even for a request the new one has not answered yet.
      await client.getPeriod('2026-06');
      await client.searchIndicators('lua');
    } finally {
      await second.close();
    }
    const down = await client.getPeriod('2026-05');
    expect(down).toMatchObject({ offline: true, source: { url: first.url, id: fresh.source.id } });
    expect(lua(down.data)).toBe(700);
    await expect(client.getPeriod('2026-04')).rejects.toThrow(/Không kết nối được/);
  }, 30000);
});

test('a cache copy that does not name its source and identity is not used', async () => {
  const storage = new MapStorage();
  const cache = new BrowserCache(storage);
  const s = await serviceWith(600);
  const client = new IndicatorClient({ baseUrl: s.url, cache, retries: 0, timeoutMs: 500 });
  const online = await client.getPeriod('2026-05');
  await s.close();
  // Tampered: the stored copy claims another identity than the key it is stored under.
  for (const [k, v] of storage.map) {
    if (k.includes('/api/periods/2026-05')) storage.map.set(k, v.replace(online.source.id!, '00000000-0000-4000-8000-000000000000'));
  }
  await expect(client.getPeriod('2026-05')).rejects.toThrow(/Không kết nối được/);
});
