/**
 * The whole flow in the browser preview, in Debian's Chromium, against the real data service:
 * insert a figure and its source footnote; change a value in the service; refresh and see it in the
 * document; a figure typed over by hand is reported and can take the data's value; check, select a
 * finding, apply fixes until the report is ready to sign; the offline copy when the service is gone.
 * Screenshots of each area at 320 and 800 px go to docs/screenshots/.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startDataService } from '../../src/server';
import { measureInitialJs } from '../../scripts/initial-js';
import { build, chromiumAvailable, DIST, launch, ROOT, serveDist } from './support';

const SHOTS = path.join(ROOT, 'docs', 'screenshots');
const enabled = chromiumAvailable();
const maybe = enabled ? describe : describe.skip;

maybe('browser preview', () => {
  let browser: Browser;
  let site: { url: string; close(): void };
  let service: Awaited<ReturnType<typeof startDataService>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await build();
    site = await serveDist();
    service = await startDataService({ dbFile: path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-e2e-')), 'db.sqlite'), port: 0, config: { corsOrigins: [site.url] } });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${site.url}/preview.html?data=${encodeURIComponent(service.url)}`);
    await page.getByRole('article', { name: 'Báo cáo bao-cao-mau.docx' }).waitFor();
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    site?.close();
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  const pane = () => page.locator('#pane');
  const shoot = async (name: string): Promise<void> => {
    for (const width of [320, 800]) {
      await page.evaluate((w) => document.documentElement.style.setProperty('--pane-width', `${w}px`), width);
      await pane().screenshot({ path: path.join(SHOTS, `${name}-${width}.png`) });
    }
    await page.evaluate(() => document.documentElement.style.setProperty('--pane-width', '340px'));
  };
  const tab = (name: string) => pane().getByRole('tab', { name });
  const reportText = () => page.locator('article.page').innerText();
  const putValue = async (id: string, value: number): Promise<void> => {
    const { token } = await service.store.addToken('department', 'Phòng Kinh tế', 'e2e');
    const [cur] = await service.store.history(id, '2026-05', '2026-05');
    const res = await fetch(`${service.url}/api/indicators/${id}/values/2026-05`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ value, version: cur.version }),
    });
    expect(res.status).toBe(200);
  };

  test('the first screen loads under 200 KB of gzipped JavaScript', () => {
    const sizes = measureInitialJs(DIST);
    for (const s of sizes) console.log(`${s.name}: ${(s.gzipBytes / 1024).toFixed(1)} KB gzip`);
    const first = sizes.find((s) => s.name === 'taskpane.html first screen')!;
    expect(first.files.length).toBeGreaterThan(1);
    expect(first.gzipBytes).toBeLessThan(200 * 1024);
    expect(sizes.find((s) => s.name === 'preview.html entry')!.gzipBytes).toBeLessThan(200 * 1024);
  });

  test('insert a figure at the cursor, then its source footnote', async () => {
    await pane().getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('lua');
    await pane().getByRole('button', { name: /Diện tích gieo cấy lúa/ }).click();
    await pane().getByRole('combobox', { name: 'Hiển thị' }).selectOption('value');
    await page.getByTestId('figure-preview').getByText('509 ha').waitFor();
    await pane().getByRole('combobox', { name: 'Cách viết' }).selectOption({ label: 'đạt ‹số› ‹đơn vị›' });
    await page.getByTestId('figure-preview').getByText('đạt 509 ha').waitFor();
    await pane().getByRole('combobox', { name: 'Cách viết' }).selectOption({ index: 0 });
    await shoot('so-lieu');
    const before = await page.locator('article .figure').count();
    await pane().getByRole('button', { name: 'Chèn vào vị trí con trỏ' }).click();
    await pane().getByText('Đã chèn “509 ha”.').waitFor();
    expect(await page.locator('article .figure').count()).toBe(before + 1);
    expect(await page.locator('article .figure.selected').innerText()).toBe('509 ha');
    expect(await reportText()).toContain('Trong tháng, diện tích lúa được gieo cấy mới là 509 ha');

    // the sample already cites Phòng Kinh tế: the same source is not noted twice
    const notes = await page.locator('.footnote').count();
    const marks = await page.locator('sup.fn-ref').count();
    await pane().getByRole('button', { name: 'Chèn chú thích nguồn' }).click();
    await pane().getByText(/Chú thích “Nguồn: Phòng Kinh tế; số liệu đến 31\/5\/2026\.” đã có trong tài liệu/).waitFor();
    expect(await page.locator('.footnote').count()).toBe(notes);

    // another department's source is a new footnote, with its mark in the text
    await pane().getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('ho ngheo');
    await pane().getByRole('button', { name: /^Số hộ nghèo/ }).click();
    await pane().getByRole('button', { name: 'Chèn chú thích nguồn' }).click();
    await pane().getByText(/Đã chèn chú thích “Nguồn: Phòng Văn hóa - Xã hội; số liệu đến 31\/5\/2026\.”/).waitFor();
    expect(await page.locator('.footnote').count()).toBe(notes + 1);
    expect(await page.locator('sup.fn-ref').count()).toBe(marks + 1);
    expect(await page.locator('.footnote').last().innerText()).toContain('Nguồn: Phòng Văn hóa - Xã hội');
    await pane().getByRole('button', { name: 'Chèn chú thích nguồn' }).click();
    await pane().getByText(/Phòng Văn hóa - Xã hội; số liệu đến 31\/5\/2026\.” đã có trong tài liệu/).waitFor();
    expect(await page.locator('.footnote').count()).toBe(notes + 1);
  }, 60000);

  test('change a value in the service, refresh, see the new value in the document', async () => {
    await putValue('lua-gieo-cay', 520);
    await tab('Cập nhật').click();
    await pane().getByRole('button', { name: 'Cập nhật tất cả' }).click();
    await pane().getByRole('list', { name: 'Kết quả cập nhật' }).getByText('520/650 ha').waitFor();
    const text = await reportText();
    expect(text).toContain('520/650 ha');
    expect(text).toContain('được gieo cấy mới là 520 ha');
    expect(text).toContain('80,0% kế hoạch');
    expect(text).not.toContain('509/650');
    // the footnote's figure (the plan) did not change, and no other text was touched
    expect(text).toContain('Kế hoạch năm 2026 giao 650 ha lúa');
    expect(text).toContain('78/132 ha, bằng 58,1% kế hoạch');
    // the table row is bound like the text: it says 520 and 80,0 too
    expect(await page.locator('article table tr', { hasText: 'Lúa (ha)' }).innerText()).toMatch(/Lúa \(ha\)\s+650\s+520\s+80,0/);
    await shoot('cap-nhat');
    await pane().getByRole('button', { name: 'Chọn “80,0% kế hoạch” trong tài liệu' }).click();
    expect(await page.locator('article .figure.selected').innerText()).toBe('80,0% kế hoạch');
  }, 60000);

  test('a figure typed over by hand is reported, and can take the data value', async () => {
    await page.locator('article .figure', { hasText: '570 hộ' }).dblclick();
    const input = page.getByRole('textbox', { name: 'Sửa tay số liệu' });
    await input.fill('575 hộ');
    await input.press('Enter');
    expect(await reportText()).toContain('Toàn xã còn 575 hộ nghèo');
    await pane().getByRole('button', { name: 'Cập nhật tất cả' }).click();
    const report = page.getByTestId('refresh-report').filter({ hasText: '575 hộ' });
    await report.waitFor();
    expect(await report.getAttribute('data-status')).toBe('handEdited');
    expect(await reportText()).toContain('Toàn xã còn 575 hộ nghèo');
    await shoot('sua-tay');
    await report.getByRole('button', { name: 'Lấy số liệu nguồn (570 hộ)' }).click();
    await pane().getByText('Đã lấy số liệu của nguồn: 570 hộ.').waitFor();
    expect(await reportText()).toContain('Toàn xã còn 570 hộ nghèo');
  }, 60000);

  test('check, select a finding, apply fixes until the report is ready to sign', async () => {
    await tab('Kiểm tra').click();
    await pane().getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const finding = page.getByTestId('finding').filter({ hasText: '58,1%' });
    await finding.waitFor();
    await shoot('kiem-tra');
    const total = await page.getByTestId('finding').count();
    expect(total).toBeGreaterThanOrEqual(2);
    await finding.getByRole('button', { name: 'Chọn “58,1%” trong tài liệu' }).click();
    expect(await page.locator('article .selected').innerText()).toBe('58,1%');
    await finding.getByRole('button', { name: 'Sửa thành 59,1%' }).click();
    await finding.waitFor({ state: 'detached' });
    expect(await reportText()).toContain('bằng 59,1% kế hoạch');
    expect(await page.getByTestId('finding').count()).toBeLessThan(total);
    // 290 hồ sơ: parts add up to 280, and the data source says 280
    await page.getByTestId('finding').filter({ hasText: 'nguồn dữ liệu' }).getByRole('button', { name: 'Sửa thành 280' }).click();
    await pane().getByText('Sẵn sàng ký').waitFor();
    expect(await page.getByTestId('finding').count()).toBe(0);
    expect(await reportText()).toContain('là 280 hồ sơ');
    await shoot('san-sang-ky');
  }, 60000);

  test('settings: connection test against the service', async () => {
    await tab('Cài đặt').click();
    await pane().getByRole('button', { name: 'Kiểm tra kết nối' }).click();
    await pane().getByText('Kết nối được nguồn dữ liệu.').waitFor();
    await shoot('cai-dat');
  }, 60000);

  test('offline: with the service gone, the last good data is used and the pane says so', async () => {
    const { sourceId } = await service.store.state();
    await service.close();
    await tab('Cập nhật').click();
    await pane().getByRole('button', { name: 'Cập nhật tất cả' }).click();
    await pane().getByText('Đang dùng số liệu đã lưu').waitFor();
    // Whose copy it is: the address and the identity of the database it was taken from.
    expect(await pane().getByTestId('offline-source').innerText()).toBe(`${service.url} (mã nguồn ${sourceId.slice(0, 8)})`);
    await pane().getByRole('list', { name: 'Kết quả cập nhật' }).or(pane().getByText(/số liệu: \d+ cập nhật/)).first().waitFor();
    await shoot('ngoai-tuyen');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, 'xem-thu.png') });
  }, 60000);
});
