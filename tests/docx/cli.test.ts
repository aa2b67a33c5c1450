import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { run } from '../../src/cli/refresh';
import { renderFigure } from '../../src/core/figures';
import { libreOfficeAvailable } from '../support/libreoffice';
import { FIGURES, figureDocx, MAY } from './figure-doc';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'baocao-refresh-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await run(args), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('baocao refresh', () => {
  test('refreshes a report from a data file, prints old → new and what needs a look; LibreOffice opens it', async () => {
    const input = path.join(dir, 'in.docx');
    const output = path.join(dir, 'out.docx');
    const data = path.join(dir, 'may.json');
    writeFileSync(input, await figureDocx());
    writeFileSync(data, JSON.stringify(MAY));
    const r = await runCli([input, '--period', '2026-05', '--data', data, '-o', output]);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Kỳ báo cáo: tháng 5/2026');
    expect(r.out).toContain(`${FIGURES.thu.text} → 1.250,3 triệu đồng`);
    expect(r.out).toMatch(/Bị sửa tay.*\(1\):\n {2}“990 ha”/);
    expect(r.out).toMatch(/Thiếu số liệu.*\(1\):\n {2}“50,0% kế hoạch”: “Trẻ em được tiêm chủng” chưa có kế hoạch/);
    expect(r.out).toContain('Lỗi — không tính được (1)');

    if (!libreOfficeAvailable()) return;
    const profile = mkdtempSync(path.join(tmpdir(), 'lo-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, output], { stdio: 'pipe', timeout: 120000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdfText = execFileSync('pdftotext', ['-layout', path.join(dir, 'out.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const name of ['lua', 'thu', 'ngheo', 'nguon', 'tong'] as const) {
      const want = renderFigure(FIGURES[name].spec, MAY);
      expect(want.ok && pdfText.includes(want.text)).toBe(true);
    }
    expect(pdfText).toContain('990 ha');
  }, 180000);

  test('bad input gets a Vietnamese message and status 2', async () => {
    const input = path.join(dir, 'in2.docx');
    writeFileSync(input, await figureDocx());
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ period: '2026-05', indicators: 'x' }));
    expect((await runCli([input, '--period', '2026-05', '--data', bad, '-o', path.join(dir, 'x.docx')])).err).toContain('không đúng định dạng');
    expect((await runCli([input, '--period', '2026-13', '--data', bad, '-o', 'x'])).code).toBe(2);
    expect((await runCli([input, '--data', bad])).err).toContain('Thiếu tệp kết quả');
    const april = path.join(dir, 'april.json');
    writeFileSync(april, JSON.stringify({ ...MAY, period: '2026-04', values: [] }));
    const r = await runCli([input, '--period', '2026-05', '--data', april, '-o', path.join(dir, 'y.docx')]);
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining('Dữ liệu là của tháng 4/2026') });
    expect(readFileSync(input).length).toBeGreaterThan(0);
  });
});
