/**
 * The data client against the real service on 127.0.0.1: validated answers, ETag revalidation,
 * the last good data when the service is gone (marked offline), clear Vietnamese errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DataSourceError, IndicatorClient } from '../../src/data/client';
import { FileCache } from '../../src/data/file-cache';
import { loadPeriodDataFile } from '../../src/data/load-file';
import { SEED_FILE, startDataService } from '../../src/server';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'baocao-client-'));

test('period data, search and history from the real service; an unchanged refresh is a 304', async () => {
  const s = await startDataService({ dbFile: path.join(tmp(), 'db.sqlite'), port: 0 });
  const seen: number[] = [];
  const spy: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    seen.push(res.status);
    return res;
  };
  try {
    const client = new IndicatorClient({ baseUrl: s.url, fetch: spy });
    const first = await client.getPeriod('2026-05');
    expect(first.offline).toBe(false);
    expect(first.data.values.find((v) => v.indicatorId === 'lua-gieo-cay')?.value).toBe(509);
    const again = await client.getPeriod('2026-05');
    expect(again.data).toEqual(first.data);
    expect(seen).toEqual([200, 304]);
    expect((await client.searchIndicators('lua')).map((i) => i.id)).toContain('lua-gieo-cay');
    expect((await client.getHistory('thu-nsnn')).map((v) => v.period)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(await client.testConnection()).toEqual({ ok: true });
  } finally {
    await s.close();
  }
});

test('offline: the last good data is used and marked, from a file cache that survives the process', async () => {
  const cacheDir = tmp();
  const s = await startDataService({ dbFile: path.join(tmp(), 'db.sqlite'), port: 0 });
  const online = await new IndicatorClient({ baseUrl: s.url, cache: new FileCache(cacheDir) }).getPeriod('2026-05');
  await s.close();
  const client = new IndicatorClient({ baseUrl: s.url, cache: new FileCache(cacheDir), retries: 0, timeoutMs: 500 });
  const offline = await client.getPeriod('2026-05');
  expect(offline.offline).toBe(true);
  expect(offline.data).toEqual(online.data);
  expect(offline.fetchedAt).toBe(online.fetchedAt);
  await expect(client.getPeriod('2026-04')).rejects.toThrow(/Không kết nối được máy chủ dữ liệu/);
  const test = await client.testConnection();
  expect(test.ok).toBe(false);
});

test('a malformed answer is an error the user can read, never a crash', async () => {
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url?.startsWith('/api/periods/2026-05')) res.end(JSON.stringify({ period: '2026-05', values: 'nhiều' }));
    else if (req.url?.startsWith('/api/periods/2026-04')) res.end('<html>');
    else {
      res.statusCode = 503;
      res.end('{}');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  try {
    const client = new IndicatorClient({ baseUrl: `http://127.0.0.1:${port}`, retries: 1 });
    await expect(client.getPeriod('2026-05')).rejects.toThrow(/không đúng định dạng/);
    await expect(client.getPeriod('2026-04')).rejects.toThrow(/không phải JSON/);
    await expect(client.searchIndicators('x')).rejects.toBeInstanceOf(DataSourceError);
    await expect(client.getPeriod('tháng 5')).rejects.toThrow(/Kỳ báo cáo/);
    expect(() => new IndicatorClient({ baseUrl: 'ftp://x' })).toThrow(/http/);
  } finally {
    server.close();
  }
});

test('a stale write through the client is refused with the service message', async () => {
  const s = await startDataService({ dbFile: path.join(tmp(), 'db.sqlite'), port: 0 });
  try {
    const { token } = await s.store.addToken('department', 'Phòng Kinh tế', 't');
    const client = new IndicatorClient({ baseUrl: s.url, token });
    const written = await client.putValue('lua-gieo-cay', '2026-05', { value: 512, version: 1 });
    expect(written.version).toBe(2);
    await expect(client.putValue('lua-gieo-cay', '2026-05', { value: 513, version: 1 })).rejects.toMatchObject({ status: 409 });
  } finally {
    await s.close();
  }
});

test('local data files: the seed file and a PeriodData JSON; wrong files are refused clearly', async () => {
  const seed = await loadPeriodDataFile(SEED_FILE, '2026-05');
  expect(seed.values.find((v) => v.indicatorId === 'thu-nsnn')).toMatchObject({ value: 626, cumulative: 1532 });
  expect(seed.previousValues.find((v) => v.indicatorId === 'thu-nsnn')?.cumulative).toBe(906);
  const dir = tmp();
  const file = path.join(dir, 'p.json');
  writeFileSync(file, JSON.stringify(seed));
  expect((await loadPeriodDataFile(file, '2026-05')).values).toEqual(seed.values);
  await expect(loadPeriodDataFile(file, '2026-06')).rejects.toThrow(/Dữ liệu là của tháng 5\/2026/);
  writeFileSync(path.join(dir, 'bad.json'), '{"x": 1}');
  await expect(loadPeriodDataFile(path.join(dir, 'bad.json'), '2026-05')).rejects.toThrow(/không đúng định dạng/);
  const csv = path.join(dir, 'so-lieu.csv');
  writeFileSync(csv, 'Mã chỉ tiêu;Kỳ;Thực hiện;Kế hoạch\nlua-gieo-cay;2026-05;"509";650\n');
  expect((await loadPeriodDataFile(csv, '2026-05')).values[0]).toMatchObject({ indicatorId: 'lua-gieo-cay', value: 509, plan: 650 });
});
