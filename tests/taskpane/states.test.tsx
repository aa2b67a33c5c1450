/** @jest-environment jsdom */
/**
 * The pane's states, rendered with Testing Library: loading, empty, error, offline — each says what
 * to do next. The data source is a fake IndicatorClient; the document a .docx adapter stand-in.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { DocumentPort } from '../../src/core/document/port';
import type { PeriodData } from '../../src/core/indicators/schema';
import type { IndicatorClient } from '../../src/data/client';
import { DataSourceError } from '../../src/data/client';
import { App } from '../../src/taskpane/App';
import type { AppServices } from '../../src/taskpane/services';
import type { HostInfo } from '../../src/word/host';

// jsdom has no layout: Fluent's MessageBar watches its size with ResizeObserver.
class NoResize {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: typeof NoResize }).ResizeObserver = NoResize;

const at = '2026-05-31T10:00:00+07:00';
const DATA: PeriodData = {
  period: '2026-05',
  previousPeriod: '2026-04',
  indicators: [{ id: 'lua-gieo-cay', name: 'Diện tích gieo cấy lúa', unit: 'ha', group: 'Nông nghiệp', department: 'Phòng Kinh tế', aliases: ['lúa'], decimals: 0 }],
  values: [{ indicatorId: 'lua-gieo-cay', period: '2026-05', value: 509, cumulative: 509, plan: 650, samePeriodLastYear: null, version: 1, updatedBy: 'x', updatedAt: at, source: 'seed' }],
  previousValues: [],
  generatedAt: at,
};

const host: HostInfo = { inWord: false, platform: 'browser', supported: { contentControls: false, footnotes: false, settings: false, customXml: false, fileAccess: false, tableCells: false } };

function port(text = 'Diện tích lúa đạt 509/650 ha, bằng 78,3% kế hoạch.'): DocumentPort {
  return {
    capabilities: { footnotes: 'full', figuresInFootnotes: true, settings: 'customXml', select: true, limits: [] },
    readText: async () => ({ blocks: [{ index: 0, story: 'body', text }] }),
    listFigures: async () => [],
    applyEdits: async () => ({ applied: [], conflicts: [], gone: [] }),
    insertFigure: async () => {
      throw new Error('not in this test');
    },
    insertFootnote: async () => undefined,
    replaceText: async () => true,
    select: async () => undefined,
    getReportSettings: async () => ({ period: '2026-05' }),
    setReportSettings: async () => undefined,
  };
}

function client(getPeriod: IndicatorClient['getPeriod']): IndicatorClient {
  return { getPeriod, testConnection: async () => ({ ok: true }) } as unknown as IndicatorClient;
}

function renderApp(over: Partial<AppServices>) {
  const services: AppServices = { host, port: port(), client: null, settings: { url: 'http://127.0.0.1:3100', token: '' }, saveSettings: () => undefined, ...over };
  return render(<App services={services} />);
}

test('loading: a spinner while the document opens and while the data loads', async () => {
  renderApp({ port: null });
  expect(screen.getByText('Đang mở tài liệu…')).toBeTruthy();
  let release: (v: { data: PeriodData; offline: boolean; fetchedAt: string }) => void = () => undefined;
  renderApp({ client: client(() => new Promise((r) => (release = r))) });
  expect(await screen.findByText('Đang tải số liệu…')).toBeTruthy();
  await act(async () => release({ data: DATA, offline: false, fetchedAt: at }));
  expect(await screen.findByRole('searchbox', { name: 'Tìm chỉ tiêu' })).toBeTruthy();
});

test('empty: a search with no match says what to try', async () => {
  renderApp({ client: client(async () => ({ data: DATA, offline: false, fetchedAt: at })) });
  const box = await screen.findByRole('searchbox', { name: 'Tìm chỉ tiêu' });
  fireEvent.change(box, { target: { value: 'khong co' } });
  expect(await screen.findByText(/Không có chỉ tiêu nào khớp/)).toBeTruthy();
});

test('error: no data source, or one that fails, says what to do next', async () => {
  const { unmount } = renderApp({ client: null });
  expect(await screen.findByText(/Chưa có nguồn dữ liệu: nhập địa chỉ ở thẻ Cài đặt/)).toBeTruthy();
  unmount();
  renderApp({
    client: client(async () => {
      throw new DataSourceError('Không kết nối được máy chủ dữ liệu; kiểm tra địa chỉ và mạng.');
    }),
  });
  const alert = await screen.findByRole('alert');
  await waitFor(() => expect(alert.textContent).toMatch(/Không lấy được số liệu.*kiểm tra địa chỉ và mạng/));
});

test('offline: the last good data is used and the pane says so', async () => {
  renderApp({ client: client(async () => ({ data: DATA, offline: true, fetchedAt: at })) });
  expect(await screen.findByText('Đang dùng số liệu đã lưu')).toBeTruthy();
  expect(await screen.findByRole('searchbox', { name: 'Tìm chỉ tiêu' })).toBeTruthy();
});

test('check: a clean document is ready to sign; a wrong percent is listed with its fix', async () => {
  const { unmount } = renderApp({ client: client(async () => ({ data: DATA, offline: false, fetchedAt: at })) });
  fireEvent.click(await screen.findByRole('tab', { name: 'Kiểm tra' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  expect(await screen.findByText('Sẵn sàng ký')).toBeTruthy();
  unmount();
  renderApp({ port: port('Diện tích lúa đạt 509/650 ha, bằng 78,4% kế hoạch.'), client: client(async () => ({ data: DATA, offline: false, fetchedAt: at })) });
  fireEvent.click(await screen.findByRole('tab', { name: 'Kiểm tra' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Sửa thành 78,3%' })).toBeTruthy());
  expect(screen.getByText('1 lỗi, 0 cảnh báo, 0 ghi chú')).toBeTruthy();
});
