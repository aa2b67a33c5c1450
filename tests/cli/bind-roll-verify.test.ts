/**
 * The commands on the real May report, against the data service over HTTP (127.0.0.1, a free port) and
 * against the sample data file: bind, figures --json, roll to June, verify a signing record; --help;
 * bad input. The files they write are real .docx files, opened again and read by LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { checkerVersion, makeSigningRecord, serviceIdentity } from '../../src/core/sign';
import { IndicatorClient } from '../../src/data/client';
import { DocxDocument } from '../../src/docx/adapter';
import { SEED_FILE, startDataService } from '../../src/server';

const MAY = path.join(__dirname, '..', '..', 'corpus', '001_9331be7396ee03da.docx');
let dir: string;
let service: Awaited<ReturnType<typeof startDataService>>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'baocao-cli-'));
  service = await startDataService({ dbFile: path.join(dir, 'db.sqlite'), port: 0 });
});
afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const file = (name: string) => path.join(dir, name);

test('bind prints bound, ambiguous and unmatched; figures --json lists them; the text is unchanged', async () => {
  const r = await cli('bind', MAY, '--period', '2026-05', '--source', service.url, '-o', file('bound.docx'));
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const [, bound, review, none] = /Đã gắn: (\d+)\. Cần xem lại \(chưa gắn\): (\d+)\. Không khớp chỉ tiêu nào: (\d+)\./.exec(r.out) ?? [];
  expect(Number(bound)).toBeGreaterThanOrEqual(44);
  expect(Number(review)).toBeGreaterThan(0);
  expect(Number(bound) + Number(review) + Number(none)).toBe(Number(/(\d+) số chưa gắn dữ liệu được xem xét/.exec(r.out)?.[1]));
  expect(r.out).toContain('“139,91%” — Thu ngân sách nhà nước trên địa bàn — vượt kế hoạch');

  const f = await cli('figures', file('bound.docx'), '--json');
  const figures = (JSON.parse(f.out) as { figures: Array<{ key: string; indicators: string[]; kind: string; text: string; story: string }> }).figures;
  expect(figures.length).toBe(Number(bound));
  expect(figures[0]).toEqual({ key: expect.any(String), indicators: ['lua-gieo-cay'], kind: 'ratio', text: '509/650 ha', story: 'body' });
  const [a, b] = await Promise.all([DocxDocument.open(readFileSync(MAY)), DocxDocument.open(readFileSync(file('bound.docx')))]);
  expect(await b.readText()).toEqual(await a.readText());
  expect((await b.getReportSettings()).period).toBe('2026-05');
  // binding again binds nothing more
  const again = await cli('bind', file('bound.docx'), '--data', SEED_FILE, '-o', file('bound2.docx'));
  expect(again.out).toContain('Đã gắn: 0.');
});

test('roll to June recomputes, moves the title lines, reports the figures without June data; LibreOffice reads it', async () => {
  const r = await cli('roll', file('bound.docx'), '--to', '2026-06', '--source', service.url, '-o', file('june.docx'));
  expect(r.err).toBe('');
  expect(r.code).toBe(1);
  expect(r.out).toContain('Chuyển từ tháng 5/2026 sang tháng 6/2026');
  expect(r.out).toContain('509/650 ha → 632/650 ha');
  expect(r.out).toMatch(/Chưa có số liệu tháng 6\/2026 — giữ số cũ, ĐÃ CŨ, cần xem lại \(2\):\n {2}“02 hộ”/);
  expect(r.out).toContain('“THÁNG 5 NĂM 2026” → “THÁNG 6 NĂM 2026”');
  expect(r.out).toMatch(/“tháng 5 năm 2026” \(kỳ cũ\) → gợi ý “tháng 6 năm 2026”/);
  expect(r.out).toContain('“120 lao động” — Lao động tham gia học nghề');
  const june = await DocxDocument.open(readFileSync(file('june.docx')));
  expect((await june.getReportSettings()).period).toBe('2026-06');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'txt:Text', '--outdir', dir, file('june.docx')], { stdio: 'pipe', timeout: 120000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const txt = readFileSync(file('june.txt'), 'utf8');
  expect(txt).toContain('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 6 NĂM 2026');
  expect(txt).toContain('Tổng thu ngân sách trên địa bàn đạt 540 triệu đồng; lũy kế đạt 2.072/1.095 triệu đồng, vượt 89,22% kế hoạch giao.');
}, 180000);

test('verify: matches its record, says which data changed since, and fails once the text is edited', async () => {
  const doc = await DocxDocument.open(readFileSync(file('june.docx')));
  const client = new IndicatorClient({ baseUrl: service.url });
  const data = (await client.getPeriod('2026-06')).data;
  const record = makeSigningRecord({
    at: '2026-06-30T16:00:00+07:00',
    period: '2026-06',
    source: serviceIdentity(client.url, await client.health()),
    figures: await doc.listFigures(),
    data,
    checker: checkerVersion('0.1.0'),
    accepted: [],
    text: await doc.readText(),
  });
  // the service names its database (healthz sourceId): the record keeps that identity and the address
  expect(record.source).toMatchObject({ from: 'service', identity: expect.stringMatching(/^[0-9a-f-]{36}$/), url: service.url, changeSeq: expect.any(Number) });
  await doc.setSigningRecord(record);
  writeFileSync(file('signed.docx'), await doc.save());

  const ok = await cli('verify', file('signed.docx'));
  expect(ok.code).toBe(0);
  expect(ok.out).toContain('Chữ của báo cáo: như lúc ghi nhận.');
  expect(ok.out).toContain('Số liệu của nguồn: không đổi từ lúc ghi nhận.');

  // a department corrects a June value: the record says which
  const { token } = await service.store.addToken('department', 'Phòng Kinh tế', 'test');
  const [cur] = await service.store.history('lua-gieo-cay', '2026-06', '2026-06');
  const put = await fetch(`${service.url}/api/indicators/lua-gieo-cay/values/2026-06`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ value: 640, version: cur.version }) });
  expect(put.status).toBe(200);
  const changed = await cli('verify', file('signed.docx'));
  expect(changed.code).toBe(0);
  expect(changed.out).toMatch(/Số liệu của nguồn đã thay đổi từ lúc ghi nhận \(1\):\n {2}Diện tích gieo cấy lúa: phiên bản \d+ → \d+/);

  const later = await DocxDocument.open(readFileSync(file('signed.docx')));
  const block = (await later.readText()).blocks[10];
  expect(await later.replaceText({ story: 'body', block: 10, start: block.text.indexOf('78,4%'), end: block.text.indexOf('78,4%') + 5 }, '78,4%', '97,2%')).toBe(true);
  writeFileSync(file('edited.docx'), await later.save());
  const bad = await cli('verify', file('edited.docx'), '--json');
  expect(bad.code).toBe(1);
  expect(JSON.parse(bad.out)).toMatchObject({ textMatches: false, ok: false });
  expect((await cli('verify', MAY)).code).toBe(2);
});

test('every command has --help; bad input is told in Vietnamese with status 2', async () => {
  for (const c of ['bind', 'figures', 'roll', 'verify', 'refresh', 'check']) {
    const h = await cli(c, '--help');
    expect([c, h.code, /Cách dùng: baocao/.test(h.out)]).toEqual([c, 0, true]);
  }
  expect(await cli('bind', MAY, '--data', SEED_FILE)).toMatchObject({ code: 2, err: expect.stringContaining('Thiếu tệp kết quả') });
  expect(await cli('roll', MAY, '--data', SEED_FILE, '-o', file('x.docx'))).toMatchObject({ code: 2, err: expect.stringContaining('Thiếu kỳ mới') });
  expect(await cli('roll', MAY, '--to', '2026-13', '--data', SEED_FILE, '-o', file('x.docx'))).toMatchObject({ code: 2, err: expect.stringContaining('không hợp lệ') });
  expect(await cli('bind', file('nope.docx'), '--data', SEED_FILE, '-o', file('x.docx'))).toMatchObject({ code: 2, err: expect.stringContaining('Không đọc được tệp') });
  expect(await cli('figures', SEED_FILE)).toMatchObject({ code: 2, err: expect.stringContaining('không phải tệp Word') });
});
