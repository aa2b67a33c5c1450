/**
 * Races and hostile text against a throwaway PostgreSQL (and SQLite, where the same input must give
 * the same answer): concurrent creates of one new value, concurrent imports of the same rows, NUL
 * bytes in search parameters and sheet cells. No answer is a 500.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, startDataService } from '../../src/server';
import { freshDatabaseUrl as freshDatabase, startTestPostgres, type TestPostgres } from '../support/postgres';

let pg: TestPostgres | null = null;
beforeAll(async () => {
  pg = await startTestPostgres();
}, 60000);
afterAll(() => pg?.stop());


type Service = Awaited<ReturnType<typeof startDataService>>;

describe.each(['postgres', 'sqlite'] as const)('on %s', (kind) => {
  let s: Service;
  let token = '';
  beforeAll(async () => {
    if (kind === 'postgres' && !pg) return;
    const where = kind === 'postgres' ? { databaseUrl: await freshDatabase(pg!) } : { dbFile: path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-race-')), 'db.sqlite') };
    s = await startDataService({ ...where, port: 0 });
    token = (await s.store.addToken('department', 'Phòng Kinh tế', 'race')).token;
  }, 60000);
  afterAll(() => s?.close());
  const live = (name: string, fn: () => Promise<void>): void => {
    test(name, async () => {
      if (kind === 'postgres' && !pg) return;
      await fn();
    }, 60000);
  };

  live('50 concurrent creates of one new value: one is written, the others are told it exists (409)', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        fetch(`${s.url}/api/indicators/lua-gieo-cay/values/2027-01`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ value: 100 + i }),
        }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((x) => x === 200)).toHaveLength(1);
    expect(statuses.filter((x) => x === 409)).toHaveLength(49);
    const [value] = await s.store.history('lua-gieo-cay', '2027-01', '2027-01');
    expect(value.version).toBe(1);
    expect(await s.store.audit({ indicator: 'lua-gieo-cay', period: '2027-01' })).toHaveLength(1);
  });

  live('20 concurrent imports of the same new rows all succeed, one after another, and lose nothing', async () => {
    const csv = (n: number): string => ['Mã chỉ tiêu,Kỳ,Thực hiện,Kế hoạch', `lua-gieo-cay,2027-02,${600 + n},650`, `ngo-xuan-he,2027-02,${1000 + n},1110`, `rau-dau,2027-02,${50 + n},`].join('\n');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        fetch(`${s.url}/api/import`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` }, body: csv(n) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { committed?: boolean } })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    const [lua] = await s.store.history('lua-gieo-cay', '2027-02', '2027-02');
    // Every import wrote its rows once, in some order: 20 versions, and the value of one of them.
    expect(lua.version).toBe(20);
    expect(lua.value! - 600).toBeGreaterThanOrEqual(0);
    expect(lua.value! - 600).toBeLessThan(20);
    const audit = await s.store.audit({ indicator: 'lua-gieo-cay', period: '2027-02' });
    expect(audit.filter((a) => a.field === 'value')).toHaveLength(20);
  });

  live('a NUL byte in q, department or group is a 400 with a message, never a 500', async () => {
    for (const query of ['q=l%00ua', `department=${encodeURIComponent('Phòng\u0000Kinh tế')}`, 'group=N%00', 'q=%00']) {
      const res = await fetch(`${s.url}/api/indicators?${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/ký tự điều khiển/);
    }
    expect((await fetch(`${s.url}/api/indicators?q=lua`)).status).toBe(200);
  });

  live('a NUL byte in a sheet cell is a rejected row, never a 500', async () => {
    const csv = ['Mã chỉ tiêu,Kỳ,Thực hiện', 'lua-gieo-cay\u0000,2027-03,1', 'ngo-xuan-he,2027-03,2'].join('\n');
    const res = await fetch(`${s.url}/api/import`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` }, body: csv });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { committed: boolean; rows: Array<{ row: number; status: string; reason?: string }> };
    expect(body.committed).toBe(false);
    expect(body.rows.find((r) => r.row === 2)).toMatchObject({ status: 'rejected', reason: expect.stringMatching(/mã chỉ tiêu/) });
  });
});

test('three instances starting at once on one empty PostgreSQL database migrate and seed it once', async () => {
  if (!pg) return;
  const url = await freshDatabase(pg!);
  const stores = await Promise.all([openStore({ databaseUrl: url }), openStore({ databaseUrl: url }), openStore({ databaseUrl: url })]);
  try {
    const ids = await Promise.all(stores.map(async (s) => (await s.state()).sourceId));
    expect(new Set(ids).size).toBe(1);
    const seeded = (await stores[0].periodData('2026-05')).values.length;
    expect(seeded).toBeGreaterThan(0);
    expect(await stores[0].changeSeq()).toBe(1);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
}, 60000);
