/** @jest-environment jsdom */
/**
 * Each area's empty, error and decision states with Testing Library: a document without figures, a
 * source without indicators, data of the wrong period, a document that cannot be read, an insert
 * that fails, a hand-edited figure kept or replaced by the data's value.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { BoundFigure } from '../../src/core/document/port';
import type { FigureEdit } from '../../src/core/figures/refresh';
import { freshness } from '../../src/taskpane/areas/DataArea';
import { DATA, fakePort, online, renderApp } from './support';

/** After the period's data has loaded (the search box shows), as a user would. */
const openTab = async (name: string): Promise<void> => {
  await screen.findByRole('searchbox', { name: 'Tìm chỉ tiêu' });
  fireEvent.click(await screen.findByRole('tab', { name }));
};

const handEdited: BoundFigure = {
  key: 'doc#0',
  figureId: 'f1',
  spec: { kind: 'value', indicators: ['lua-gieo-cay'], template: '{value} {unit}' },
  text: '600 ha',
  lastText: '509 ha',
  story: 'body',
};

test('refresh: a document without bound figures says where to insert them', async () => {
  renderApp({ client: online() });
  await openTab('Cập nhật');
  fireEvent.click(await screen.findByRole('button', { name: 'Cập nhật tất cả' }));
  expect(await screen.findByText(/Tài liệu chưa có số liệu gắn dữ liệu\. Chèn số liệu ở thẻ Số liệu/)).toBeTruthy();
});

test('refresh: data of another period is an error that says what to check', async () => {
  renderApp({ client: online({ ...DATA, period: '2026-04' }), port: fakePort(undefined, { listFigures: async () => [handEdited] }) });
  await openTab('Cập nhật');
  fireEvent.click(await screen.findByRole('button', { name: 'Cập nhật tất cả' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/Chưa cập nhật được.*tháng 4\/2026.*tháng 5\/2026.*Kiểm tra kỳ báo cáo/);
});

test('refresh: a hand-edited figure is kept, or takes the data value on request', async () => {
  const applied: FigureEdit[][] = [];
  const port = fakePort(undefined, {
    listFigures: async () => [handEdited, { ...handEdited, key: 'doc#1', figureId: 'f2', text: '610 ha' }],
    applyEdits: async (edits) => {
      applied.push([...edits]);
      return { applied: edits.map((e) => e.key), conflicts: [], gone: [] };
    },
  });
  renderApp({ client: online(), port });
  await openTab('Cập nhật');
  fireEvent.click(await screen.findByRole('button', { name: 'Cập nhật tất cả' }));
  expect(await screen.findByText('2 số liệu: 0 cập nhật, 0 không đổi, 2 cần xem lại.')).toBeTruthy();
  expect(applied).toEqual([[]]); // the refresh itself wrote nothing over the hand edits
  const [first, second] = screen.getAllByTestId('refresh-report');
  fireEvent.click(within(first).getByRole('button', { name: 'Giữ số của tôi' }));
  expect(within(first).getByText(/Giữ số đã sửa tay/)).toBeTruthy();
  fireEvent.click(within(second).getByRole('button', { name: 'Lấy số liệu nguồn (509 ha)' }));
  expect(await within(second).findByText('Đã lấy số liệu của nguồn: 509 ha.')).toBeTruthy();
  expect(applied[1]).toEqual([{ key: 'doc#1', figureId: 'f2', old: '610 ha', new: '509 ha' }]);
});

test('data: a source without indicators for the period says what to do', async () => {
  renderApp({ client: online({ ...DATA, indicators: [], values: [] }) });
  expect(await screen.findByText(/Nguồn dữ liệu chưa có chỉ tiêu nào cho tháng 5\/2026/)).toBeTruthy();
});

test('data: an insert that fails says why and what to try', async () => {
  const port = fakePort(undefined, {
    insertFigure: async () => {
      throw new Error('không có vùng chọn');
    },
  });
  renderApp({ client: online(), port });
  fireEvent.change(await screen.findByRole('searchbox', { name: 'Tìm chỉ tiêu' }), { target: { value: 'lua' } });
  fireEvent.click(await screen.findByRole('button', { name: /Diện tích gieo cấy lúa/ }));
  await waitFor(() => expect(screen.getByTestId('figure-preview').textContent).toBe('509/650 ha'));
  fireEvent.click(screen.getByRole('button', { name: 'Chèn vào vị trí con trỏ' }));
  expect(await screen.findByText('Không chèn được: không có vùng chọn. Đặt con trỏ vào đoạn văn rồi thử lại.')).toBeTruthy();
});

test('check: a document that cannot be read is an error, not a crash', async () => {
  const port = fakePort(undefined, {
    readText: async () => {
      throw new Error('GeneralException');
    },
  });
  renderApp({ client: online(), port });
  await openTab('Kiểm tra');
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/Không đọc được tài liệu: GeneralException\. Hãy thử kiểm tra lại\./);
});

test('check: a fix is applied through the port and the list is checked again', async () => {
  let text = 'Diện tích lúa đạt 509/650 ha, bằng 78,4% kế hoạch.';
  const port = fakePort(undefined, {
    readText: async () => ({ blocks: [{ index: 0, story: 'body', text }] }),
    replaceText: async (loc, expected, replacement) => {
      if (text.slice(loc.start, loc.end) !== expected) return false;
      text = text.slice(0, loc.start) + replacement + text.slice(loc.end);
      return true;
    },
  });
  renderApp({ client: online(), port });
  await openTab('Kiểm tra');
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  expect(await screen.findByRole('region', { name: 'Lỗi (1)' })).toBeTruthy();
  fireEvent.click(await screen.findByRole('button', { name: 'Sửa thành 78,3%' }));
  expect(await screen.findByText('Sẵn sàng ký')).toBeTruthy();
  expect(text).toBe('Diện tích lúa đạt 509/650 ha, bằng 78,3% kế hoạch.');
});

test('freshness is said in Vietnamese', () => {
  const now = Date.parse('2026-06-03T10:00:00+07:00');
  expect(freshness('2026-06-03T08:00:00+07:00', now)).toBe('hôm nay');
  expect(freshness('2026-06-02T10:00:00+07:00', now)).toBe('hôm qua');
  expect(freshness('2026-05-31T10:00:00+07:00', now)).toBe('3 ngày trước');
});
