/**
 * The indicator service for real, on 127.0.0.1, against SQLite and against PostgreSQL: every
 * endpoint, bad input, the token rules, concurrent writers, an import that fails halfway.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImportResultSchema } from '../../src/core/indicators/api';
import { PeriodDataSchema } from '../../src/core/indicators/schema';
import { startDataService } from '../../src/server';
import type { Store } from '../../src/server/store';
import { freshDatabaseUrl as freshDatabase, startTestPostgres, type TestPostgres } from '../support/postgres';

let pg: TestPostgres | null = null;

beforeAll(async () => {
  pg = await startTestPostgres();
}, 60000);
afterAll(() => pg?.stop());


const stores = ['sqlite', 'postgres'] as const;

describe.each(stores)('indicator service on %s', (kind) => {
  let url = '';
  let store: Store;
  let close: () => Promise<void> = async () => undefined;
  let economy = '';
  let health = '';
  let reader = '';

  beforeAll(async () => {
    if (kind === 'postgres' && !pg) return;
    const options =
      kind === 'sqlite'
        ? { dbFile: path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-db-')), 'db.sqlite') }
        : { databaseUrl: await freshDatabase(pg!) };
    const s = await startDataService({ ...options, port: 0, config: { corsOrigins: ['https://localhost:3000'] } });
    url = s.url;
    store = s.store;
    close = s.close;
    economy = (await store.addToken('department', 'Phòng Kinh tế', 'test')).token;
    health = (await store.addToken('department', 'Phòng Văn hóa - Xã hội', 'test')).token;
    reader = (await store.addToken('read', null, 'read')).token;
  }, 60000);
  afterAll(() => close());

  const maybe = (name: string, fn: () => Promise<void>, timeout?: number): void => {
    test(name, async () => {
      if (kind === 'postgres' && !pg) return;
      await fn();
    }, timeout);
  };
  const put = (id: string, period: string, body: unknown, token?: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/indicators/${id}/values/${period}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: JSON.stringify(body),
    });

  maybe('healthz and the OpenAPI document', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const doc = (await (await fetch(`${url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/periods/{period}', '/api/import', '/api/audit']));
  });

  maybe('search is diacritic-insensitive, by name, alias, department or group', async () => {
    const ids = async (q: string) => ((await (await fetch(`${url}/api/indicators?${q}`)).json()) as { indicators: Array<{ id: string }> }).indicators.map((i) => i.id);
    expect(await ids('q=lua')).toContain('lua-gieo-cay');
    expect(await ids('q=LÚA')).toContain('lua-gieo-cay');
    expect(await ids('q=thu%20ngan%20sach')).toEqual(expect.arrayContaining(['thu-nsnn', 'thu-nsdp']));
    expect(await ids('q=dat%20dai')).toEqual(expect.arrayContaining(['trich-luc-ban-do']));
    const byDept = await ids(`department=${encodeURIComponent('Văn phòng Đảng ủy')}`);
    expect(byDept.length).toBeGreaterThan(0);
    expect(byDept).not.toContain('lua-gieo-cay');
    expect(await ids('q=khongcochitieunay')).toEqual([]);
  });

  maybe('all values of a period in one request, with an ETag that makes an unchanged refresh cost nothing', async () => {
    const res = await fetch(`${url}/api/periods/2026-05`);
    expect(res.status).toBe(200);
    const data = PeriodDataSchema.parse(await res.json());
    expect(data.values.find((v) => v.indicatorId === 'lua-gieo-cay')).toMatchObject({ value: 509, plan: 650 });
    expect(data.previousPeriod).toBe('2026-04');
    expect(data.previousValues.find((v) => v.indicatorId === 'thu-nsnn')?.cumulative).toBe(906);
    const etag = res.headers.get('etag')!;
    expect((await fetch(`${url}/api/periods/2026-05`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  maybe('bad input of each kind gets a clear JSON error', async () => {
    const cases: Array<[Promise<Response>, number]> = [
      [fetch(`${url}/api/periods/2026-13`), 400],
      [fetch(`${url}/api/periods/tháng-5`), 400],
      [fetch(`${url}/api/indicators?limit=abc`), 400],
      [fetch(`${url}/api/indicators?unknown=1`), 400],
      [fetch(`${url}/api/indicators/KHONG HOP LE/history`), 400],
      [fetch(`${url}/api/indicators/khong-co/history`), 404],
      [fetch(`${url}/api/nowhere`), 404],
      [put('lua-gieo-cay', '2026-05', { value: 'nhiều' }, economy), 400],
      [put('lua-gieo-cay', '2026-05', {}, economy), 400],
      [put('lua-gieo-cay', '2026-05', { value: 1, extra: 2 }, economy), 400],
      [fetch(`${url}/api/indicators/lua-gieo-cay/values/2026-05`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${economy}` }, body: '{"value": ' }), 400],
      [fetch(`${url}/api/import`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${economy}` }, body: 'x' }), 415],
      [fetch(`${url}/api/import`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${economy}` }, body: 'x'.repeat(6 * 1024 * 1024) }), 413],
    ];
    for (const [p, status] of cases) {
      const res = await p;
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.message.length).toBeGreaterThan(5);
      // Vietnamese, whoever wrote the message (zod and fastify speak English by default)
      expect(body.error.message).not.toMatch(/\b(invalid|expected|received|unrecognized|body|nothing|must)\b/i);
      expect(body.error.message).not.toContain('"');
    }
    const said = async (p: Promise<Response>): Promise<string> => ((await (await p).json()) as { error: { message: string } }).error.message;
    expect(await said(put('lua-gieo-cay', '2026-05', { value: 'nhiều' }, economy))).toBe('Số liệu không hợp lệ: value — cần một số');
    expect(await said(put('lua-gieo-cay', '2026-05', { value: 1, extra: 2 }, economy))).toBe('Số liệu không hợp lệ: (gốc) — không nhận “extra”');
    expect(await said(fetch(`${url}/api/indicators?limit=0`))).toBe('Tham số tìm kiếm không hợp lệ: limit — nhỏ nhất là 1');
  }, 30000);

  maybe('token rules: writes need a department token, for that department only; revoked tokens stop working', async () => {
    const [cur] = await store.history('lua-gieo-cay', '2026-05', '2026-05');
    expect((await put('lua-gieo-cay', '2026-05', { value: 510, version: cur.version })).status).toBe(401);
    expect((await put('lua-gieo-cay', '2026-05', { value: 510, version: cur.version }, 'bc_sai')).status).toBe(401);
    expect((await put('lua-gieo-cay', '2026-05', { value: 510, version: cur.version }, reader)).status).toBe(403);
    expect((await put('lua-gieo-cay', '2026-05', { value: 510, version: cur.version }, health)).status).toBe(403);
    const ok = await put('lua-gieo-cay', '2026-05', { value: 510, version: cur.version }, economy);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ value: 510, version: cur.version + 1 });
    const t = await store.addToken('department', 'Phòng Kinh tế', 'short-lived');
    expect(await store.revokeToken(t.id)).toBe(true);
    expect((await put('lua-gieo-cay', '2026-05', { value: 511, version: cur.version + 1 }, t.token)).status).toBe(401);
    const listed = await store.listTokens();
    expect(listed.every((x) => !JSON.stringify(x).includes(economy))).toBe(true); // stored hashed
  });

  maybe('a stale write gets 409 with the current value and loses nothing', async () => {
    const [cur] = await store.history('ngo-xuan-he', '2026-05', '2026-05');
    expect((await put('ngo-xuan-he', '2026-05', { value: 1111 }, economy, { 'if-match': `"${cur.version}"` })).status).toBe(200);
    const stale = await put('ngo-xuan-he', '2026-05', { value: 1112, version: cur.version }, economy);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { current: { value: number } }).current.value).toBe(1111);
  });

  maybe('50 concurrent writers on one value: no lost update, every accepted change audited', async () => {
    const id = 'dan-gia-suc';
    const start = (await store.history(id, '2026-05', '2026-05'))[0].value!;
    const increment = async (): Promise<number> => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const [cur] = await store.history(id, '2026-05', '2026-05');
        const res = await put(id, '2026-05', { value: cur.value! + 1, version: cur.version }, economy);
        if (res.status === 200) return attempt;
        expect(res.status).toBe(409);
      }
      throw new Error('writer starved');
    };
    await Promise.all(Array.from({ length: 50 }, increment));
    const [end] = await store.history(id, '2026-05', '2026-05');
    expect(end.value).toBe(start + 50);
    const audit = (await (await fetch(`${url}/api/audit?indicator=${id}&period=2026-05`)).json()) as { entries: Array<{ oldValue: number; newValue: number }> };
    expect(audit.entries).toHaveLength(50);
    expect(audit.entries.map((e) => e.newValue - e.oldValue)).toEqual(Array(50).fill(1));
  }, 60000);

  maybe('an import that fails halfway writes nothing and says which rows and why', async () => {
    const before = await (await fetch(`${url}/api/periods/2026-06`)).json();
    const csv = ['Mã chỉ tiêu,Kỳ,Thực hiện,Lũy kế,Kế hoạch', 'lua-gieo-cay,2026-06,600,600,650', 'ngo-xuan-he,2026-06,"1.110",1110,1110', 'ho-ngheo,2026-06,560,,', 'khong-co,2026-06,1,,', 'rau-dau,2026-6,abc,,'].join('\n');
    const res = await fetch(`${url}/api/import`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${economy}` }, body: csv });
    expect(res.status).toBe(422);
    const result = ImportResultSchema.parse(await res.json());
    expect(result).toMatchObject({ committed: false, accepted: 0, rejected: 3 });
    expect(result.rows.filter((r) => r.status === 'rejected').map((r) => r.row)).toEqual([4, 5, 6]);
    expect(result.rows.find((r) => r.row === 4)?.reason).toMatch(/thuộc Phòng Văn hóa - Xã hội/);
    const after = (await (await fetch(`${url}/api/periods/2026-06`)).json()) as { values: unknown[] };
    expect(after.values).toEqual((before as { values: unknown[] }).values);
  });

  maybe('a good XLSX import is written in one go and audited as an import', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Số liệu');
    ws.addRow(['Mã chỉ tiêu', 'Kỳ', 'Thực hiện', 'Lũy kế', 'Kế hoạch']);
    // July: a period the sample data has no values for, so every field is a new write
    ws.addRow(['lua-gieo-cay', '2026-07', 620, 620, 650]);
    ws.addRow(['thit-hoi', '2026-07', '85,5', '504', '1.070']);
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await fetch(`${url}/api/import`, { method: 'POST', headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', authorization: `Bearer ${economy}` }, body });
    expect(res.status).toBe(200);
    expect(ImportResultSchema.parse(await res.json())).toMatchObject({ committed: true, accepted: 2, rejected: 0 });
    const data = PeriodDataSchema.parse(await (await fetch(`${url}/api/periods/2026-07`)).json());
    expect(data.values.find((v) => v.indicatorId === 'thit-hoi')).toMatchObject({ value: 85.5, cumulative: 504, plan: 1070, source: 'import' });
    const audit = await store.audit({ indicator: 'thit-hoi', period: '2026-07' });
    expect(audit.map((a) => a.source)).toEqual(['import', 'import', 'import']);
  });

  maybe('history over periods, and CORS only for the add-in origin', async () => {
    const h = (await (await fetch(`${url}/api/indicators/thu-nsnn/history?from=2026-01&to=2026-12`)).json()) as { values: Array<{ period: string }> };
    expect(h.values.map((v) => v.period)).toEqual(['2026-04', '2026-05', '2026-06']);
    const ok = await fetch(`${url}/api/periods/2026-05`, { method: 'OPTIONS', headers: { origin: 'https://localhost:3000' } });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
    const no = await fetch(`${url}/api/periods/2026-05`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(no.status).toBe(403);
    expect((await fetch(`${url}/api/periods/2026-05`, { headers: { origin: 'https://evil.example' } })).headers.get('access-control-allow-origin')).toBeNull();
  });
});

test('reads can require a token', async () => {
  const s = await startDataService({ dbFile: path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-db-')), 'db.sqlite'), port: 0, config: { requireReadToken: true } });
  try {
    expect((await fetch(`${s.url}/api/periods/2026-05`)).status).toBe(401);
    const { token } = await s.store.addToken('read', null, 'office');
    expect((await fetch(`${s.url}/api/periods/2026-05`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  } finally {
    await s.close();
  }
});
