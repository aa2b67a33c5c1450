/** @jest-environment jsdom */
/**
 * The new areas inside Word: the pane over the Word adapter on the fake Word API (tests/word), with the
 * sample data for May and June. Link the numbers of the real May report, move it to June, then on a
 * short report check, record before signing, and see the banner once the document is edited in Word.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TextEncoder } from 'node:util';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PeriodData } from '../../src/core/indicators/schema';
import type { IndicatorClient } from '../../src/data/client';
import { loadPeriodDataFile } from '../../src/data/load-file';
import { WordDocument } from '../../src/word/adapter';
import type { HostInfo } from '../../src/word/host';
import { buildDocx } from '../docx/build';
import { FakeWord } from '../word/fake-word';
import { AT, renderApp } from './support';

// @noble/hashes encodes text with TextEncoder, which jsdom's window lacks
(globalThis as unknown as { TextEncoder: typeof TextEncoder }).TextEncoder ??= TextEncoder;

// the sample data file itself (src/server would bring the database drivers into jsdom)
const SEED_FILE = path.join(__dirname, '..', '..', 'data', 'seed', 'lung-phinh-2026.json');

const WORD_HOST: HostInfo = {
  inWord: true,
  platform: 'PC',
  supported: { contentControls: true, footnotes: true, settings: true, customXml: true, fileAccess: true, tableCells: true },
};

async function wordOn(bytes: Uint8Array) {
  const fake = await FakeWord.open(bytes);
  return { fake, port: new WordDocument({ run: fake.run, host: { platform: 'PC', supported: { footnotes: true, customXml: true, fileAccess: true, tableCells: true } } }) };
}

function seedClient(periods: Record<string, PeriodData>): IndicatorClient {
  return {
    url: 'http://127.0.0.1:3100',
    getPeriod: async (p: string) => {
      const data = periods[p];
      if (!data) throw new Error(`no data for ${p}`);
      return { data, offline: false, fetchedAt: AT };
    },
    health: async () => ({ status: 'ok', changeSeq: 42 }),
    testConnection: async () => ({ ok: true }),
  } as unknown as IndicatorClient;
}

const openTab = async (name: string): Promise<void> => {
  fireEvent.click(await screen.findByRole('tab', { name }));
};

test('Liên kết and Kỳ mới on the May report in Word: linked without a change of text, moved to June', async () => {
  const { fake, port } = await wordOn(readFileSync(path.join(__dirname, '..', '..', 'corpus', '001_9331be7396ee03da.docx')));
  const client = seedClient({ '2026-05': await loadPeriodDataFile(SEED_FILE, '2026-05'), '2026-06': await loadPeriodDataFile(SEED_FILE, '2026-06') });
  const before = JSON.stringify(await port.readText());
  renderApp({ host: WORD_HOST, port, client });
  await screen.findByText('Kỳ báo cáo: tháng 5/2026');
  await openTab('Liên kết');
  fireEvent.click(await screen.findByRole('button', { name: 'Tìm số liệu để liên kết' }));
  const all = await screen.findByRole('button', { name: /^Liên kết \d+ số chắc chắn$/ }, { timeout: 10000 });
  const sure = Number(/\d+/.exec(all.textContent ?? '')?.[0]);
  expect(sure).toBeGreaterThanOrEqual(44);
  const syncs = fake.syncs;
  fireEvent.click(all);
  await screen.findByText(`Đã liên kết ${sure} số liệu; chữ trong tài liệu không đổi.`, undefined, { timeout: 10000 });
  // one batch: reading, searching and wrapping, whatever the number of figures (plus the new proposal)
  expect(fake.syncs - syncs).toBeLessThanOrEqual(4 + 5);
  expect((await port.listFigures()).length).toBe(sure);
  expect(JSON.stringify(await port.readText())).toBe(before);

  await openTab('Kỳ mới');
  fireEvent.click(await screen.findByRole('button', { name: 'Xem trước' }));
  await screen.findByText(/^tháng 5\/2026 → tháng 6\/2026: \d+ số liệu tính lại, 2 thiếu số liệu kỳ mới, 4 dòng tiêu đề và ngày tháng/, undefined, { timeout: 10000 });
  expect(screen.getAllByTestId('roll-missing').map((li) => li.textContent)).toEqual([expect.stringContaining('“02 hộ”'), expect.stringContaining('“12 triệu đồng”')]);
  // the closing sentence's "tháng 6" (what comes next) stays as it was
  fireEvent.click(screen.getByRole('checkbox', { name: '“tháng 6” → “tháng 7” (câu kết)' }));
  fireEvent.click(screen.getByRole('button', { name: 'Chuyển sang tháng 6/2026' }));
  await screen.findByText(/Đã chuyển báo cáo sang tháng 6\/2026: \d+ số liệu tính lại, 3 dòng tiêu đề, ngày tháng đã sửa\./, undefined, { timeout: 10000 });
  const text = (await port.readText()).blocks.map((b) => b.text);
  expect(text).toContain('II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 6 NĂM 2026');
  expect(text.find((t) => t.startsWith('Trên đây là Báo cáo'))).toMatch(/nhiệm vụ tháng 6 và triển khai các nhiệm vụ trọng tâm trong tháng 6/);
  expect((await port.getReportSettings()).period).toBe('2026-06');
  await openTab('Số liệu');
  await screen.findByText('Kỳ báo cáo: tháng 6/2026');
}, 60000);

test('Ghi nhận trước khi ký in Word once the check passes; an edit in Word afterwards brings the banner', async () => {
  const bytes = await buildDocx({ body: [{ heading: 1, pieces: ['BÁO CÁO THÁNG 5 NĂM 2026'] }, { pieces: ['Diện tích gieo cấy lúa đạt 509/650 ha, bằng 78,3% kế hoạch; tổng đàn gia súc đạt 11.206/15.200 con, bằng 73,7% kế hoạch.'] }] });
  const { fake, port } = await wordOn(bytes);
  const may = await loadPeriodDataFile(SEED_FILE, '2026-05');
  renderApp({ host: WORD_HOST, port, client: seedClient({ '2026-05': may }) });
  await screen.findByText('Kỳ báo cáo: tháng 5/2026');
  await openTab('Liên kết');
  fireEvent.click(await screen.findByRole('button', { name: 'Tìm số liệu để liên kết' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Liên kết 4 số chắc chắn' }));
  await screen.findByText('Đã liên kết 4 số liệu; chữ trong tài liệu không đổi.');
  await openTab('Kiểm tra');
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  await screen.findByText('Sẵn sàng ký');
  const section = screen.getByRole('region', { name: 'Ghi nhận trước khi ký' });
  fireEvent.click(within(section).getByRole('button', { name: 'Ghi nhận trước khi ký' }));
  await within(section).findByText(/Đã ghi nhận lúc .*: tháng 5\/2026, nguồn http:\/\/127\.0\.0\.1:3100, 4 số liệu, 0 cảnh báo giữ nguyên; mã nội dung [0-9a-f]{12}\./);
  const record = await port.getSigningRecord();
  expect(record).toMatchObject({ period: '2026-05', source: { identity: 'http://127.0.0.1:3100', from: 'url', changeSeq: 42 }, accepted: [] });
  expect(record?.figures.map((f) => f.text)).toEqual(['509/650 ha', '78,3%', '11.206/15.200 con', '73,7%']);
  expect(screen.queryByTestId('record-banner')).toBeNull();

  // the drafter types in Word; coming back to the pane, it says the record no longer holds
  const block = fake.doc.model.blocks[1];
  await fake.doc.replaceText({ story: 'body', block: 1, start: block.text.indexOf('tổng đàn'), end: block.text.indexOf('tổng đàn') + 8 }, 'tổng đàn', 'đàn');
  act(() => {
    window.dispatchEvent(new Event('focus'));
  });
  await waitFor(() => expect(screen.getByTestId('record-banner').textContent).toContain('Tài liệu đã bị sửa sau khi ghi nhận'), { timeout: 5000 });
}, 60000);
