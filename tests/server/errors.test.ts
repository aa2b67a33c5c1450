/**
 * Every error the service gives is its JSON envelope {error: {code, message}} with a Vietnamese
 * message, whoever produced it: the routes, fastify (unknown media type, a body that is not JSON, an id
 * too long for the router), Node's HTTP parser (a URL too long), an unexpected failure. A full disk
 * says so: SQLite with a page limit it has reached, PostgreSQL on a tablespace of a full tmpfs.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startDataService } from '../../src/server';
import { startTestPostgres, type TestPostgres } from '../support/postgres';

type Service = Awaited<ReturnType<typeof startDataService>>;
const dbFile = (): string => path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-errors-')), 'db.sqlite');

interface Envelope {
  status: number;
  type: string | null;
  body: { error?: { code: string; message: string } };
}

async function answer(res: Response): Promise<Envelope> {
  const text = await res.text();
  let body: Envelope['body'] = {};
  try {
    body = JSON.parse(text) as Envelope['body'];
  } catch {
    // not JSON: the assertions below say so
  }
  return { status: res.status, type: res.headers.get('content-type'), body };
}

/** A raw request line, for what fetch would refuse to send. */
function raw(url: string, request: string): Promise<Envelope> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.end(request));
    let data = '';
    socket.on('data', (b) => (data += b.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
      const type = /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? null;
      let body: Envelope['body'] = {};
      try {
        body = JSON.parse(rest.join('\r\n\r\n')) as Envelope['body'];
      } catch {
        // not JSON
      }
      resolve({ status, type, body });
    });
  });
}

function expectEnvelope(e: Envelope, status: number, code: string, message: RegExp): void {
  expect({ status: e.status, code: e.body.error?.code }).toEqual({ status, code });
  expect(e.type).toMatch(/^application\/json/);
  expect(e.body.error?.message).toMatch(message);
  // Vietnamese, not fastify's or Node's English.
  expect(e.body.error?.message).not.toMatch(/Unsupported Media Type|Body is not valid JSON|exceeding|Bad Request|Client Error|header size/);
}

describe('the error envelope', () => {
  let s: Service;
  let token = '';
  beforeAll(async () => {
    s = await startDataService({ dbFile: dbFile(), port: 0 });
    token = (await s.store.addToken('department', 'Phòng Kinh tế', 'errors')).token;
  });
  afterAll(() => s.close());
  const auth = () => ({ authorization: `Bearer ${token}` });

  test('404, and a method the address does not have', async () => {
    expectEnvelope(await answer(await fetch(`${s.url}/api/nowhere`)), 404, 'not_found', /Không có địa chỉ này/);
    expectEnvelope(await answer(await fetch(`${s.url}/api/periods/2026-05`, { method: 'DELETE' })), 404, 'not_found', /Không có địa chỉ này/);
  });

  test('414: an id longer than the router takes', async () => {
    expectEnvelope(await answer(await fetch(`${s.url}/api/indicators/${'a'.repeat(200)}/history`)), 414, 'uri_too_long', /Địa chỉ yêu cầu quá dài/);
  });

  test('431: a URL longer than the HTTP parser takes', async () => {
    expectEnvelope(await raw(s.url, `GET /api/indicators?q=${'a'.repeat(20000)} HTTP/1.1\r\nHost: x\r\n\r\n`), 431, 'too_long', /quá dài/);
  });

  test('400: a request line the parser cannot read, and a URL with a broken escape', async () => {
    expectEnvelope(await raw(s.url, 'GARBAGE\r\n\r\n'), 400, 'bad_request', /Yêu cầu HTTP không đọc được/);
    expectEnvelope(await answer(await fetch(`${s.url}/api/indicators/%E0%A4%A/history`)), 400, 'bad_request', /Địa chỉ yêu cầu không hợp lệ/);
  });

  test('413 and 415: a body too large, a media type the service does not read', async () => {
    expectEnvelope(await answer(await fetch(`${s.url}/api/import`, { method: 'POST', headers: { 'content-type': 'text/csv', ...auth() }, body: 'x'.repeat(6 * 1024 * 1024) })), 413, 'too_large', /quá lớn/);
    expectEnvelope(await answer(await fetch(`${s.url}/api/import`, { method: 'POST', headers: { 'content-type': 'text/plain', ...auth() }, body: 'x' })), 415, 'unsupported', /XLSX hoặc CSV/);
    expectEnvelope(await answer(await fetch(`${s.url}/api/indicators/lua-gieo-cay/values/2026-05`, { method: 'PUT', headers: { 'content-type': 'application/xml', ...auth() }, body: '<x/>' })), 415, 'unsupported', /JSON/);
  });

  test('400 from fastify\'s own parsing: a body that is not JSON, an empty one', async () => {
    const put = (body: string) => fetch(`${s.url}/api/indicators/lua-gieo-cay/values/2026-05`, { method: 'PUT', headers: { 'content-type': 'application/json', ...auth() }, body });
    expectEnvelope(await answer(await put('{"value": ')), 400, 'bad_request', /không phải JSON hợp lệ/);
    expectEnvelope(await answer(await put('')), 400, 'bad_request', /trống/);
  });

  test('500: an unexpected failure is the envelope, and says nothing of the inside', async () => {
    const broken = await startDataService({ dbFile: dbFile(), port: 0 });
    (broken.store as unknown as { indicator(): Promise<never> }).indicator = async () => {
      throw new TypeError('secret internal detail');
    };
    try {
      const e = await answer(await fetch(`${broken.url}/api/indicators/lua-gieo-cay/history`));
      expectEnvelope(e, 500, 'internal', /Lỗi máy chủ dữ liệu/);
      expect(JSON.stringify(e.body)).not.toContain('secret');
    } finally {
      await broken.close();
    }
  });
});

describe('a full disk', () => {
  test('SQLite at its page limit: a write is 507 and says the disk is full; nothing is half-written', async () => {
    const s = await startDataService({ dbFile: dbFile(), port: 0 });
    try {
      const { token } = await s.store.addToken('department', 'Phòng Kinh tế', 'full');
      const [{ page_count: pages }] = (await s.store.db.all('PRAGMA page_count')) as Array<{ page_count: number }>;
      await s.store.db.exec(`PRAGMA max_page_count = ${pages}`);
      const seq = await s.store.changeSeq();
      const rows = Array.from({ length: 3000 }, (_, i) => `lua-gieo-cay,${2100 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${i}`);
      const res = await fetch(`${s.url}/api/import`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` }, body: ['Mã chỉ tiêu,Kỳ,Thực hiện', ...rows].join('\n') });
      expectEnvelope(await answer(res), 507, 'disk_full', /hết dung lượng đĩa/);
      expect(await s.store.changeSeq()).toBe(seq);
      expect(await s.store.history('lua-gieo-cay', '2100-01', '2349-12')).toEqual([]);
    } finally {
      await s.close();
    }
  }, 60000);

  describe('PostgreSQL on a full tablespace', () => {
    let pg: TestPostgres | null = null;
    let mount = '';
    let why = '';
    beforeAll(async () => {
      pg = await startTestPostgres();
      if (!pg) return;
      mount = mkdtempSync(path.join(os.tmpdir(), 'baocao-full-'));
      try {
        // 24 MB: a new database (a copy of template1, about 8 MB) and a little more.
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mount], { stdio: 'pipe' });
        if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', mount]);
      } catch (err) {
        why = `cannot mount a tmpfs here (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`;
      }
    }, 60000);
    afterAll(() => {
      pg?.stop();
      if (mount && !why) spawnUmount(mount);
      if (mount) rmSync(mount, { recursive: true, force: true });
    });

    test('53100 disk_full: a write is 507 and says the disk is full', async () => {
      if (!pg) return;
      if (why) {
        // Mounting needs privileges a developer's machine or a CI runner may not give: said, not hidden.
        console.warn(`PostgreSQL full-disk test SKIPPED: ${why}`);
        return;
      }
      const admin = new Client({ connectionString: pg.url });
      await admin.connect();
      const name = `baocao_full_${Date.now()}`;
      try {
        await admin.query(`CREATE TABLESPACE small LOCATION '${mount}'`);
        await admin.query(`CREATE DATABASE ${name} TABLESPACE small`);
      } finally {
        await admin.end();
      }
      const u = new URL(pg.url);
      u.pathname = `/${name}`;
      const s = await startDataService({ databaseUrl: u.href, port: 0 });
      try {
        const { token } = await s.store.addToken('department', 'Phòng Kinh tế', 'full');
        // What is left of the tmpfs goes to a file, as another program filling the disk would.
        mkdirSync(path.join(mount, 'filler'), { recursive: true });
        spawnFill(path.join(mount, 'filler', 'fill'));
        let last: Envelope | null = null;
        for (let round = 0; round < 40 && last?.status !== 507; round++) {
          const rows = Array.from({ length: 2000 }, (_, i) => `lua-gieo-cay,${2100 + round}-${String((i % 12) + 1).padStart(2, '0')},${i}`).filter((_, i) => i < 12);
          const many = Array.from({ length: 500 }, (_, i) => `ngo-xuan-he,${2200 + round * 40 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')},${i}`);
          const res = await fetch(`${s.url}/api/import`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` }, body: ['Mã chỉ tiêu,Kỳ,Thực hiện', ...rows, ...many].join('\n') });
          last = await answer(res);
        }
        expect(last).not.toBeNull();
        expectEnvelope(last!, 507, 'disk_full', /hết dung lượng đĩa/);
      } finally {
        await s.close();
      }
    }, 120000);
  });
});

function spawnFill(file: string): void {
  // dd stops with "No space left on device": that is the point.
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${file}`, 'bs=64k'], { stdio: 'pipe' });
  } catch {
    // the disk is full
  }
}

function spawnUmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    // already gone
  }
}
