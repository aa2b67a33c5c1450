/**
 * The whole flow in the browser preview, in Debian's Chromium, against the real data service:
 * insert a figure; change a value in the service; refresh and see it in the document; check, select
 * a finding, apply its fix and see the finding gone. Screenshots of each area at 320 and 800 px.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startDataService } from '../../src/server';
import { build, chromiumAvailable, launch, ROOT, serveDist } from './support';

const SHOTS = path.join(ROOT, 'docs', 'screenshots');
const enabled = chromiumAvailable();
const maybe = enabled ? describe : describe.skip;

maybe('browser preview', () => {
  let browser: Browser;
  let site: { url: string; close(): void };
  let service: Awaited<ReturnType<typeof startDataService>>;
  let page: Page;

  beforeAll(async () => {
    build();
    site = await serveDist();
    service = await startDataService({ dbFile: path.join(mkdtempSync(path.join(os.tmpdir(), 'baocao-e2e-')), 'db.sqlite'), port: 0, config: { corsOrigins: [site.url] } });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${site.url}/preview.html?data=${encodeURIComponent(service.url)}`);
    await page.getByRole('article', { name: 'Báo cáo mẫu' }).waitFor();
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    site?.close();
  });

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

  test('insert a figure at the cursor', async () => {
    await pane().getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('lua');
    await pane().getByRole('button', { name: /Diện tích gieo cấy lúa/ }).click();
    await pane().getByRole('combobox').selectOption('value');
    await page.getByTestId('figure-preview').getByText('509 ha').waitFor();
    await shoot('so-lieu');
    const before = await page.locator('article .figure').count();
    await pane().getByRole('button', { name: 'Chèn vào vị trí con trỏ' }).click();
    await pane().getByText('Đã chèn “509 ha”.').waitFor();
    expect(await page.locator('article .figure').count()).toBe(before + 1);
    expect(await page.locator('article .figure.selected').innerText()).toBe('509 ha');
  }, 60000);

  test('change a value in the service, refresh, see the new value in the document', async () => {
    const { token } = await service.store.addToken('department', 'Phòng Kinh tế', 'e2e');
    const [cur] = await service.store.history('lua-gieo-cay', '2026-05', '2026-05');
    const res = await fetch(`${service.url}/api/indicators/lua-gieo-cay/values/2026-05`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ value: 520, version: cur.version }),
    });
    expect(res.status).toBe(200);
    await tab('Cập nhật').click();
    await pane().getByRole('button', { name: 'Cập nhật tất cả' }).click();
    await pane().getByRole('list', { name: 'Kết quả cập nhật' }).getByText('520/650 ha').waitFor();
    const text = await reportText();
    expect(text).toContain('520/650 ha');
    expect(text).toContain('520 ha');
    expect(text).toContain('80,0% kế hoạch');
    expect(text).not.toContain('509/650');
    await shoot('cap-nhat');
  }, 60000);

  test('check, select a finding, apply its fix, and the finding is gone', async () => {
    await tab('Kiểm tra').click();
    await pane().getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const finding = page.getByTestId('finding').filter({ hasText: '58,1%' });
    await finding.waitFor();
    await shoot('kiem-tra');
    await finding.getByRole('button', { name: 'Chọn trong tài liệu' }).click();
    expect(await page.locator('article .selected').innerText()).toBe('58,1%');
    await finding.getByRole('button', { name: 'Sửa thành 59,1%' }).click();
    await pane().getByText('Sẵn sàng ký').waitFor();
    expect(await page.getByTestId('finding').count()).toBe(0);
    expect(await reportText()).toContain('bằng 59,1% kế hoạch');
  }, 60000);

  test('settings: connection test against the service', async () => {
    await tab('Cài đặt').click();
    await pane().getByRole('button', { name: 'Kiểm tra kết nối' }).click();
    await pane().getByText('Kết nối được nguồn dữ liệu.').waitFor();
    await shoot('cai-dat');
  }, 60000);
});
