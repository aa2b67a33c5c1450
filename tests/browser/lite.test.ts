/**
 * taskpane.html in Debian's Chromium with the fake Word (tests/word/fake-word.ts) as Office and Word:
 * with an Internet Explorer 11 user agent the bootstrap loads the lite pane, which runs Kiểm tra end to
 * end (the same findings as the checker over the .docx), selects a finding in Word and applies a fix;
 * with Chromium's own user agent the modern pane loads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkDocument } from '../../src/core/check';
import { DocxDocument } from '../../src/docx/adapter';
import { build, chromiumAvailable, launch, ROOT, serveDist } from './support';

const REPORT = path.join(ROOT, 'corpus', '001_9331be7396ee03da.docx');
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const enabled = chromiumAvailable();
const maybe = enabled ? describe : describe.skip;

maybe('taskpane.html inside (a fake) Word', () => {
  let browser: Browser;
  let site: { url: string; close(): void };
  let fakeOffice: string;

  beforeAll(async () => {
    await build();
    site = await serveDist();
    fakeOffice = buildSync({ entryPoints: [path.join(__dirname, 'fake-office.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' }).outputFiles[0].text;
    browser = await launch();
  }, 300000);

  afterAll(async () => {
    await browser?.close();
    site?.close();
  });

  async function open(userAgent?: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ ...(userAgent ? { userAgent } : {}), viewport: { width: 340, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/office-js/office.js', (route) => route.fulfill({ body: fakeOffice, contentType: 'text/javascript' }));
    await page.route('**/fake-report.docx', (route) => route.fulfill({ body: readFileSync(REPORT), contentType: 'application/octet-stream' }));
    await page.addInitScript(() => {
      (window as unknown as { FAKE_DOCX: string }).FAKE_DOCX = 'fake-report.docx';
    });
    await page.goto(`${site.url}/taskpane.html`);
    return { context, page, errors };
  }

  test('an Internet Explorer 11 webview gets the lite pane: Kiểm tra finds what the checker finds, selects, fixes', async () => {
    const { context, page, errors } = await open(IE11);
    try {
      await page.getByRole('button', { name: 'Kiểm tra' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-pane'))).toBe('lite');
      expect(await page.evaluate(() => 'React' in window || !!document.querySelector('[class^="fui-"]'))).toBe(false);
      await expect(page.getByText(/Không chèn được số liệu mới/).isVisible()).resolves.toBe(true);
      expect(await page.getByRole('link', { name: 'bàn làm việc trên web' }).getAttribute('href')).toBe(`${site.url}/`);

      await page.getByRole('button', { name: 'Kiểm tra' }).click();
      await page.getByRole('status').filter({ hasText: /điểm cần xem/ }).waitFor();
      const shown = await page.locator('[data-testid="finding"] .message').allInnerTexts();
      const expected = checkDocument(await (await DocxDocument.open(readFileSync(REPORT))).readText()).map((f) => f.message);
      expect(expected.length).toBeGreaterThan(2);
      expect(shown).toEqual(expected);

      await page.locator('[data-testid="finding"]').first().getByRole('button', { name: 'Chọn' }).waitFor();
      await page.locator('[data-testid="finding"]').first().getByRole('button', { name: /^Chọn/ }).click();
      await page.waitForFunction(() => !!(window as unknown as { fakeWord?: { selected?: string } }).fakeWord?.selected);
      expect(await page.evaluate(() => (window as unknown as { fakeWord: { selected: string } }).fakeWord.selected)).toMatch(/^p:\d+/);

      const fixButton = page.getByRole('button', { name: /^Sửa thành / }).first();
      const fix = (await fixButton.innerText()).replace(/^Sửa thành /, '');
      await fixButton.click();
      await page.getByRole('status').filter({ hasText: new RegExp(`Có ${expected.length - 1} điểm cần xem|Sẵn sàng ký`) }).waitFor();
      const text = await page.evaluate(async () => {
        const fake = (window as unknown as { fakeWord: { doc: { readText(): Promise<{ blocks: Array<{ text: string }> }> } } }).fakeWord;
        return (await fake.doc.readText()).blocks.map((b) => b.text).join('\n');
      });
      expect(text).toContain(fix);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120000);

  test('Chromium (Edge WebView2, Word on the web) gets the modern pane', async () => {
    const { context, page, errors } = await open();
    try {
      await page.getByRole('tab', { name: 'Kiểm tra' }).waitFor({ timeout: 30000 });
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-pane'))).toBe('modern');
      await page.getByRole('tab', { name: 'Kiểm tra' }).click();
      await page.getByRole('button', { name: 'Kiểm tra' }).click();
      await page.getByTestId('finding').first().waitFor();
      expect(await page.getByTestId('finding').count()).toBe(checkDocument(await (await DocxDocument.open(readFileSync(REPORT))).readText()).length);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120000);
});
