/**
 * The web workbench in Debian's Chromium, on the real May report of corpus/: served at the site's
 * root, opened through the file input, its 6 mistakes found, the certain ones fixed in one click, the
 * others edited in place, ready to sign, downloaded; the download passes `baocao check`, differs from
 * the original only where it was edited, and opens in LibreOffice. Also: drag and drop, the warning
 * before leaving with edits, no horizontal overflow at 320 px in any area, axe-core with no serious
 * or critical violation, and the README's screenshots at 320 and 1280 px.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DocxDocument } from '../../src/docx/adapter';
import { startDataService } from '../../src/server';
import { buildDocx } from '../docx/build';
import { parts } from '../docx/parts';
import { libreOfficeAvailable } from '../support/libreoffice';
import { axeViolations, build, chromiumAvailable, launch, noHorizontalOverflow, ROOT, serveDist } from './support';

const SHOTS = path.join(ROOT, 'docs', 'screenshots');
const MAY = path.join(ROOT, 'corpus', '001_9331be7396ee03da.docx');
const APRIL = path.join(ROOT, 'corpus', '000_306bd0586b3c5796.docx');
const enabled = chromiumAvailable();
const maybe = enabled ? describe : describe.skip;

maybe('web workbench', () => {
  let browser: Browser;
  let site: { url: string; close(): void };
  let page: Page;
  let service: Awaited<ReturnType<typeof startDataService>>;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baocao-workbench-'));
  const pageErrors: string[] = [];
  const notFound: string[] = [];

  beforeAll(async () => {
    await build();
    site = await serveDist();
    service = await startDataService({ dbFile: path.join(dir, 'db.sqlite'), port: 0, config: { corsOrigins: [site.url] } });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('response', (r) => {
      if (r.status() === 404) notFound.push(r.url());
    });
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => expect(pageErrors).toEqual([]));

  const pane = () => page.locator('#pane');
  const article = () => page.locator('article.page');
  const tab = (name: string) => pane().getByRole('tab', { name });
  const finding = (text: string) => page.getByTestId('finding').filter({ has: page.getByText(`“${text}”`, { exact: true }) });
  const dirty = () =>
    page.evaluate(() => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    });

  test('the site root is the workbench, with its icon; nothing is missing', async () => {
    // No data service here: the check runs on the text alone, as for a clerk without the network.
    const closed = 'http://127.0.0.1:9';
    const res = await page.goto(`${site.url}/?data=${encodeURIComponent(closed)}`);
    expect(res?.status()).toBe(200);
    await article().waitFor();
    expect(await page.title()).toContain('Báo cáo');
    expect(await page.locator('body').innerText()).not.toContain('Cannot GET');
    const icon = await page.request.get(`${site.url}/favicon.ico`);
    expect(icon.status()).toBe(200);
    expect(await page.locator('link[rel="icon"]').count()).toBe(1);
    expect(notFound).toEqual([]);
  }, 60000);

  test('the May report opens through the file input, drawn faithfully, its period from its title', async () => {
    await page.getByLabel('Mở tệp báo cáo .docx').setInputFiles(MAY);
    await page.getByRole('article', { name: 'Báo cáo 001_9331be7396ee03da.docx' }).waitFor();
    await expect(article().locator('h3', { hasText: 'II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 5 NĂM 2026' }).count()).resolves.toBe(1);
    // three footnotes, each with its mark in the text and its note, numbered 1–3
    expect(await article().locator('sup.fn-ref').allInnerTexts()).toEqual(['1', '2', '3']);
    expect(await article().locator('.footnote').count()).toBe(3);
    await pane().getByText('Kỳ báo cáo: tháng 5/2026').waitFor();
    await pane().getByText('Lấy từ tài liệu: “THÁNG 5 NĂM 2026”.').waitFor();
    // the period can be changed, in Vietnamese
    const month = pane().getByRole('combobox', { name: 'Tháng' });
    expect(await month.locator('option').allInnerTexts()).toContain('Tháng 5');
    expect(await pane().innerText()).not.toMatch(/January|February|March|April|May|June|July|August|September|October|November|December/);
    expect(await dirty()).toBe(false);
  }, 60000);

  test('Kiểm tra finds the 6 mistakes and the 3 copies of wrong figures in the summaries; Chọn scrolls to one and marks it', async () => {
    await tab('Kiểm tra').click();
    await pane().getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.getByTestId('finding').first().waitFor();
    // 78,4% comes back in "Tồn tại, hạn chế", 4,74% there and in "Kết quả nổi bật": each copy is listed too
    const texts: Array<[string, number]> = [['78,4%', 2], ['4,74%', 3], ['139,91%', 1], ['114,29%', 1], ['16 hộ với 61,6 triệu đồng', 1], ['17/30 thửa', 1]];
    expect(await page.getByTestId('finding').count()).toBe(9);
    for (const [t, n] of texts) expect(await finding(t).count()).toBe(n);
    // every "Chọn" names its own finding for a screen reader
    const labels = await page.getByTestId('finding').evaluateAll((els) => els.map((el) => [/“([^”]+)”/.exec(el.textContent ?? '')?.[1], [...el.querySelectorAll('button')].find((b) => b.textContent === 'Chọn')?.getAttribute('aria-label')]));
    for (const [t, label] of labels) expect(label).toBe(`Chọn “${t}” trong tài liệu`);

    const report = page.locator('#report');
    await report.evaluate((el) => el.scrollTo(0, 0));
    await finding('17/30 thửa').getByRole('button', { name: 'Chọn “17/30 thửa” trong tài liệu' }).click();
    const selected = article().locator('.selected');
    expect(await selected.innerText()).toBe('17/30 thửa');
    const box = (await selected.boundingBox())!;
    const view = (await report.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(view.y);
    expect(box.y + box.height).toBeLessThanOrEqual(view.y + view.height);
    await pane().evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'workbench-1280.png') });
  }, 60000);

  test('certain fixes in one click, the rest edited in place, then ready to sign', async () => {
    for (const [text, fix] of [
      ['78,4%', '78,3% (cả 2 chỗ)'],
      ['4,74%', '4,75% (cả 3 chỗ)'],
      ['139,91%', '39,91%'],
    ]) {
      // one click mends the figure and its copy in the summary
      await finding(text).first().getByRole('button', { name: `Sửa thành ${fix}`, exact: true }).click();
      await finding(text).first().waitFor({ state: 'detached' });
    }
    expect(await dirty()).toBe(true);
    // a possible mistake: the box starts with the checker's suggestion
    await finding('114,29%').getByRole('button', { name: 'Sửa tại chỗ “114,29%”' }).click();
    const box114 = pane().getByRole('textbox', { name: 'Sửa “114,29%” thành' });
    expect(await box114.inputValue()).toBe('14,29%');
    expect(await article().locator('.selected').innerText()).toBe('114,29%');
    await pane().getByRole('button', { name: 'Ghi vào tài liệu' }).click();
    await finding('114,29%').waitFor({ state: 'detached' });

    await finding('17/30 thửa').getByRole('button', { name: 'Sửa tại chỗ “17/30 thửa”' }).click();
    expect(await pane().getByRole('textbox', { name: 'Sửa “17/30 thửa” thành' }).inputValue()).toBe('17/30 hồ sơ');
    await pane().getByRole('button', { name: 'Ghi vào tài liệu' }).click();
    await finding('17/30 thửa').waitFor({ state: 'detached' });

    // the summary repeats the body: the suggestion says what, the user writes it
    await finding('16 hộ với 61,6 triệu đồng').getByRole('button', { name: /Sửa tại chỗ/ }).click();
    const box16 = pane().getByRole('textbox', { name: 'Sửa “16 hộ với 61,6 triệu đồng” thành' });
    await pane().getByText('Gợi ý: 02 hộ; 12 triệu đồng').waitFor();
    await box16.fill('02 hộ với 12 triệu đồng');
    await box16.press('Enter');
    await pane().getByText('Sẵn sàng ký').waitFor();
    expect(await page.getByTestId('finding').count()).toBe(0);
    const text = await article().innerText();
    for (const t of ['bằng 78,3%', 'Lúa đạt 78,3%', 'đạt 4,75% kế hoạch;', 'vượt 39,91% kế hoạch', 'vượt 14,29% kế hoạch', '02 hộ với 12 triệu đồng', '17/30 hồ sơ']) expect(text).toContain(t);
    expect(text).not.toMatch(/78,4%|4,74%/);
  }, 60000);

  test('Tải về: the file passes baocao check, differs only where edited, and opens in LibreOffice', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải về' }).click()]);
    expect(download.suggestedFilename()).toBe('001_9331be7396ee03da.docx');
    const out = path.join(dir, 'da-sua.docx');
    await download.saveAs(out);
    expect(await dirty()).toBe(false);

    const check = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'baocao.js'), 'check', out], { encoding: 'utf8' });
    expect(check.stdout).not.toContain('LỖI');
    expect(check.status).toBe(0);

    // every part but the body is byte for byte the original; in the body only the six edited paragraphs changed
    const before = await parts(readFileSync(MAY));
    const after = await parts(readFileSync(out));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const changed = [...before.keys()].filter((k) => before.get(k) !== after.get(k));
    expect(changed).toEqual(['word/document.xml']);
    const [a, b] = await Promise.all([DocxDocument.open(readFileSync(MAY)), DocxDocument.open(readFileSync(out))]);
    const [ta, tb] = [(await a.readText()).blocks, (await b.readText()).blocks];
    expect(tb.length).toBe(ta.length);
    const edited = ta.filter((blk, i) => blk.text !== tb[i].text).map((blk) => blk.index);
    expect(edited.length).toBeGreaterThanOrEqual(4);
    expect(edited.length).toBeLessThanOrEqual(6);

    if (!libreOfficeAvailable()) return;
    const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-'));
    try {
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'pipe', timeout: 120000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = execFileSync('pdftotext', [path.join(dir, 'da-sua.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toContain('vượt 39,91% kế hoạch');
    expect(pdf).toContain('02 hộ với 12 triệu đồng');
  }, 180000);

  test('a report dropped on the page opens too; a file that is not a .docx is refused in Vietnamese', async () => {
    const drop = async (name: string, bytes: Buffer): Promise<void> => {
      const transfer = await page.evaluateHandle(
        ({ name, b64 }) => {
          const bin = atob(b64);
          const arr = new Uint8Array(bin.length);
          for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
          const dt = new DataTransfer();
          dt.items.add(new File([arr], name));
          return dt;
        },
        { name, b64: bytes.toString('base64') },
      );
      await page.locator('.workbench').dispatchEvent('dragover', { dataTransfer: transfer });
      await page.locator('.workbench').dispatchEvent('drop', { dataTransfer: transfer });
    };
    await drop('ghi-chu.docx', Buffer.from('không phải tệp Word'));
    await page.getByRole('alert').getByText('“ghi-chu.docx” không phải tệp Word .docx.').waitFor();
    await drop('bao-cao-thang-4.docx', readFileSync(APRIL));
    await page.getByRole('article', { name: 'Báo cáo bao-cao-thang-4.docx' }).waitFor();
    expect(await article().innerText()).toContain('ĐẢNG ỦY XÃ LÙNG PHÌNH');
    // a new document: the pane starts afresh
    await pane().getByRole('tab', { name: 'Số liệu', selected: true }).waitFor();
  }, 60000);

  test('at 320 px nothing scrolls sideways, in every area; axe finds no serious or critical violation', async () => {
    // with the data service now, so that every control of every area is on screen
    await page.goto(`${site.url}/?data=${encodeURIComponent(service.url)}`);
    await page.getByLabel('Mở tệp báo cáo .docx').setInputFiles(MAY);
    await page.getByRole('article', { name: 'Báo cáo 001_9331be7396ee03da.docx' }).waitFor();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const area of ['Số liệu', 'Cập nhật', 'Kiểm tra', 'Cài đặt']) {
      await tab(area).click();
      await pane().locator(`section[role="tabpanel"][aria-label="${area}"]`).waitFor();
      if (area === 'Số liệu') {
        // the figure builder's selects ("Hiển thị", "Cách viết") are the widest controls of the pane
        await pane().getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('lua');
        await pane().getByRole('button', { name: /Diện tích gieo cấy lúa/ }).click();
        await pane().getByRole('combobox', { name: 'Cách viết' }).waitFor();
      }
      if (area === 'Kiểm tra') {
        await pane().getByRole('button', { name: 'Kiểm tra', exact: true }).click();
        await page.getByTestId('finding').first().waitFor();
      }
      expect(await noHorizontalOverflow(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      // Vietnamese typography: “…”, never straight quotes, in whatever the area says
      expect(await pane().innerText()).not.toContain('"');
      if (area === 'Số liệu') {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: path.join(SHOTS, 'workbench-320.png') });
      }
    }
    // the check itself can fail: a 500 px wide block in the pane is reported
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.style.width = '500px';
      probe.textContent = 'x';
      document.querySelector('#pane main')!.append(probe);
    });
    expect((await noHorizontalOverflow(page)).join('\n')).toMatch(/div "x"/);
    await page.evaluate(() => document.getElementById('probe')!.remove());
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
  }, 120000);

  test('a plain number in a table cell becomes a bound figure, and Cập nhật refreshes it', async () => {
    const file = path.join(dir, 'bang-lua.docx');
    writeFileSync(
      file,
      await buildDocx({
        body: [
          { heading: 1, pieces: ['BÁO CÁO THÁNG 5 NĂM 2026'] },
          { pieces: ['Diện tích gieo cấy lúa đạt 509 ha.'] },
          { table: [[['Chỉ tiêu'], ['Thực hiện']], [['Lúa (ha)'], ['509']]] },
        ],
      }),
    );
    await page.getByLabel('Mở tệp báo cáo .docx').setInputFiles(file);
    await page.getByRole('article', { name: 'Báo cáo bang-lua.docx' }).waitFor();
    // select the cell's number, as a user double-clicks a word
    await article().locator('td', { hasText: /^509$/ }).locator('[data-offset]').dblclick();
    await tab('Số liệu').click();
    await pane().getByRole('searchbox', { name: 'Tìm chỉ tiêu' }).fill('lua');
    await pane().getByRole('button', { name: /Diện tích gieo cấy lúa/ }).click();
    await pane().getByRole('combobox', { name: 'Hiển thị' }).selectOption('value');
    await pane().getByRole('textbox', { name: 'Mẫu câu' }).fill('‹số›');
    await page.getByTestId('figure-preview').getByText('509', { exact: true }).waitFor();
    await pane().getByRole('button', { name: 'Chèn vào vị trí con trỏ' }).click();
    await pane().getByText('Đã chèn “509”.').waitFor();
    const cell = article().locator('tr', { hasText: 'Lúa (ha)' }).locator('td').nth(1);
    expect(await cell.locator('.figure').innerText()).toBe('509');
    expect(await cell.innerText()).toBe('509');

    const { token } = await service.store.addToken('department', 'Phòng Kinh tế', 'e2e');
    const [cur] = await service.store.history('lua-gieo-cay', '2026-05', '2026-05');
    const put = await fetch(`${service.url}/api/indicators/lua-gieo-cay/values/2026-05`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ value: 520, version: cur.version }),
    });
    expect(put.status).toBe(200);
    await tab('Cập nhật').click();
    await pane().getByRole('button', { name: 'Cập nhật tất cả' }).click();
    await pane().getByText('1 số liệu: 1 cập nhật, 0 không đổi, 0 cần xem lại.').waitFor();
    expect(await cell.innerText()).toBe('520');
    // focus stays with the result, not dropped to the page
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('1 số liệu: 1 cập nhật');
  }, 60000);

  test('in a window under 700 px high the top of the pane stays reachable', async () => {
    for (const size of [
      { width: 1280, height: 560 },
      { width: 600, height: 500 },
    ]) {
      await page.setViewportSize(size);
      const heading = pane().getByRole('heading', { name: 'Báo cáo', level: 1 });
      await heading.scrollIntoViewIfNeeded();
      const box = (await heading.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(await page.evaluate(() => window.scrollX)).toBe(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60000);
});
