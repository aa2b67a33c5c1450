/** @jest-environment jsdom */
/**
 * The pane's states, rendered with Testing Library: loading, empty, error, offline — each says what
 * to do next. The data source is a fake IndicatorClient; the document a .docx adapter stand-in.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { PeriodData } from '../../src/core/indicators/schema';
import { type DataSource, DataSourceError } from '../../src/data/client';
import { AT as at, DATA, fakeClient as client, fakePort as port, renderApp, SOURCE } from './support';

test('loading: a spinner while the document opens and while the data loads', async () => {
  renderApp({ port: null });
  expect(screen.getByText('Đang mở tài liệu…')).toBeTruthy();
  let release: (v: { data: PeriodData; offline: boolean; fetchedAt: string; source: DataSource }) => void = () => undefined;
  renderApp({ client: client(() => new Promise((r) => (release = r))) });
  expect(await screen.findByText('Đang tải số liệu…')).toBeTruthy();
  await act(async () => release({ data: DATA, offline: false, fetchedAt: at, source: SOURCE }));
  expect(await screen.findByRole('searchbox', { name: 'Tìm chỉ tiêu' })).toBeTruthy();
});

test('empty: a search with no match says what to try', async () => {
  renderApp({ client: client(async () => ({ data: DATA, offline: false, fetchedAt: at, source: SOURCE })) });
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

test('offline: the last good data is used and the pane says so, naming the source the copy is of', async () => {
  renderApp({ client: client(async () => ({ data: DATA, offline: true, fetchedAt: at, source: SOURCE })) });
  expect(await screen.findByText('Đang dùng số liệu đã lưu')).toBeTruthy();
  expect(screen.getByTestId('offline-source').textContent).toBe('http://127.0.0.1:3100 (mã nguồn 5f0c2a8e)');
  expect(await screen.findByRole('searchbox', { name: 'Tìm chỉ tiêu' })).toBeTruthy();
});

test('check: a clean document is ready to sign; a wrong percent is listed with its fix', async () => {
  const { unmount } = renderApp({ client: client(async () => ({ data: DATA, offline: false, fetchedAt: at, source: SOURCE })) });
  fireEvent.click(await screen.findByRole('tab', { name: 'Kiểm tra' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  expect(await screen.findByText('Sẵn sàng ký')).toBeTruthy();
  unmount();
  renderApp({ port: port('Diện tích lúa đạt 509/650 ha, bằng 78,4% kế hoạch.'), client: client(async () => ({ data: DATA, offline: false, fetchedAt: at, source: SOURCE })) });
  fireEvent.click(await screen.findByRole('tab', { name: 'Kiểm tra' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Sửa thành 78,3%' })).toBeTruthy());
  expect(screen.getByText('Còn 1 lỗi, 0 cảnh báo, 0 ghi chú')).toBeTruthy();
});
