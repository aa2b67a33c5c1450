/**
 * A presented token is checked even where reads are open: a wrong or revoked token is told (401), and
 * the task pane's connection test says so, apart from a missing token where one is needed.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IndicatorClient } from '../../src/data/client';
import { startDataService } from '../../src/server';

const dbFile = (): string => path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-token-')), 'db.sqlite');

async function get(url: string, token?: string): Promise<{ status: number; code?: string; message?: string }> {
  const res = await fetch(`${url}/api/periods/2026-05`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await res.json()) as { error?: { code: string; message: string } };
  return { status: res.status, code: body.error?.code, message: body.error?.message };
}

test('public reads: no token reads, a good token reads, a wrong or revoked token is refused', async () => {
  const s = await startDataService({ dbFile: dbFile(), port: 0 });
  try {
    const { token, id } = await s.store.addToken('read', null, 'văn phòng');
    expect((await get(s.url)).status).toBe(200);
    expect((await get(s.url, token)).status).toBe(200);
    expect(await get(s.url, 'bc_sai')).toEqual({ status: 401, code: 'bad_token', message: 'Mã truy cập không đúng hoặc đã bị thu hồi.' });
    await s.store.revokeToken(id);
    expect((await get(s.url, token)).code).toBe('bad_token');

    const wrong = await new IndicatorClient({ baseUrl: s.url, token: 'bc_sai', retries: 0 }).testConnection();
    expect(wrong).toEqual({ ok: false, message: 'Mã truy cập không đúng hoặc đã bị thu hồi.' });
    expect(await new IndicatorClient({ baseUrl: s.url, retries: 0 }).testConnection()).toEqual({ ok: true });
  } finally {
    await s.close();
  }
});

test('reads that need a token: a missing token and a wrong one get different messages', async () => {
  const s = await startDataService({ dbFile: dbFile(), port: 0, config: { requireReadToken: true } });
  try {
    const missing = await new IndicatorClient({ baseUrl: s.url, retries: 0 }).testConnection();
    const wrong = await new IndicatorClient({ baseUrl: s.url, token: 'bc_sai', retries: 0 }).testConnection();
    expect(missing).toEqual({ ok: false, message: expect.stringContaining('cần mã truy cập') });
    expect(wrong).toEqual({ ok: false, message: 'Mã truy cập không đúng hoặc đã bị thu hồi.' });
    const { token } = await s.store.addToken('read', null, 'văn phòng');
    expect(await new IndicatorClient({ baseUrl: s.url, token, retries: 0 }).testConnection()).toEqual({ ok: true });
  } finally {
    await s.close();
  }
});
