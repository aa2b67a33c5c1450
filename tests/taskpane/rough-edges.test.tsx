/** @jest-environment jsdom */
/**
 * The rough edges a new user found, each as the pane now behaves: the period from the document and in
 * Vietnamese, shares only of a declared whole, a bound figure refreshed rather than patched, edits in
 * place, one footnote per source, Vietnamese placeholders, search that ranks names, settings that
 * complete the address and tell a wrong token, focus kept after a refresh.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { BoundFigure, FootnotePiece } from '../../src/core/document/port';
import type { FigureEdit } from '../../src/core/figures/refresh';
import { SeedSchema } from '../../src/core/indicators/api';
import type { PeriodData } from '../../src/core/indicators/schema';
import { searchIndicators, writerName } from '../../src/taskpane/areas/DataArea';
import { templateFromVietnamese, templateToVietnamese } from '../../src/taskpane/areas/phrasings';
import { completeUrl } from '../../src/taskpane/areas/SettingsArea';
import { AT, DATA, fakePort, online, renderApp } from './support';

const seed = SeedSchema.parse(JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'data', 'seed', 'lung-phinh-2026.json'), 'utf8')));
const SEED_DATA: PeriodData = { period: '2026-05', previousPeriod: null, indicators: seed.indicators, values: [], previousValues: [], generatedAt: AT };

const openTab = async (name: string): Promise<void> => {
  await screen.findByRole('searchbox', { name: 'Tìm chỉ tiêu' });
  fireEvent.click(await screen.findByRole('tab', { name }));
};

test('the period comes from the document title, is said in Vietnamese, and can be changed', async () => {
  const saved: string[] = [];
  const port = fakePort('Nội dung.', {
    getReportSettings: async () => ({}),
    readText: async () => ({ blocks: [{ index: 0, story: 'body', text: 'BÁO CÁO KẾT QUẢ QUÝ III NĂM 2026', headingLevel: 1 }, { index: 1, story: 'body', text: 'Nội dung.' }] }),
    setReportSettings: async (s) => {
      saved.push(s.period ?? '');
    },
  });
  const asked: string[] = [];
  renderApp({
    port,
    client: { getPeriod: async (p: string) => (asked.push(p), { data: { ...DATA, period: p }, offline: false, fetchedAt: AT }), testConnection: async () => ({ ok: true }) } as never,
  });
  expect(await screen.findByText('Kỳ báo cáo: quý III/2026')).toBeTruthy();
  expect(screen.getByText('Lấy từ tài liệu: “QUÝ III NĂM 2026”.')).toBeTruthy();
  await waitFor(() => expect(asked).toEqual(['2026-Q3']));
  const last = screen.getByRole('group', { name: 'Kỳ báo cáo' });
  const unit = within(last).getByRole('combobox', { name: 'Loại kỳ' });
  fireEvent.change(unit, { target: { value: 'month' } });
  expect(saved).toEqual(['2026-09']);
  const month = within(last).getByRole('combobox', { name: 'Tháng' });
  expect(within(month).getAllByRole('option').map((o) => o.textContent)).toEqual(Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`));
  fireEvent.change(month, { target: { value: '5' } });
  expect(saved).toEqual(['2026-09', '2026-05']);
  expect(within(last).getByText('Kỳ báo cáo: tháng 5/2026')).toBeTruthy();
});

test('a half-year report ("6 tháng đầu năm") reads June and defaults figures to lũy kế', async () => {
  const port = fakePort('', {
    getReportSettings: async () => ({}),
    readText: async () => ({ blocks: [{ index: 0, story: 'body', text: 'BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026', headingLevel: 1 }] }),
  });
  const june = (p: string): PeriodData => ({ ...DATA, period: p, values: DATA.values.map((v) => ({ ...v, period: p, value: 120, cumulative: 509 })) });
  renderApp({ port, client: { getPeriod: async (p: string) => ({ data: june(p), offline: false, fetchedAt: AT }), testConnection: async () => ({ ok: true }) } as never });
  expect(await screen.findByText('Kỳ báo cáo: tháng 6/2026')).toBeTruthy();
  expect(screen.getByText('Lấy từ tài liệu: “6 THÁNG ĐẦU NĂM 2026” (số lũy kế).')).toBeTruthy();
  fireEvent.change(await screen.findByRole('searchbox', { name: 'Tìm chỉ tiêu' }), { target: { value: 'lua' } });
  fireEvent.click(await screen.findByRole('button', { name: /Diện tích gieo cấy lúa/ }));
  expect((screen.getByRole('combobox', { name: 'Tính theo' }) as HTMLSelectElement).value).toBe('cumulative');
  await waitFor(() => expect(screen.getByTestId('figure-preview').textContent).toBe('509/650 ha'));
});

describe('Số liệu', () => {
  const whole = { id: 'ho-so-tiep-nhan', name: 'Hồ sơ tiếp nhận', unit: 'hồ sơ', group: 'Cải cách hành chính', department: 'Văn phòng', aliases: [], decimals: 0 };
  const part = { ...whole, id: 'ho-so-da-giai-quyet', name: 'Hồ sơ đã giải quyết', parent: 'ho-so-tiep-nhan' };
  const other = { ...whole, id: 'trich-luc', name: 'Trích lục bản đồ' };
  const value = (indicatorId: string, v: number) => ({ indicatorId, period: '2026-05', value: v, cumulative: null, plan: null, samePeriodLastYear: null, version: 1, updatedBy: 'Văn phòng (c7322f37)', updatedAt: AT, source: 'entry' as const });
  const data: PeriodData = { ...DATA, indicators: [whole, part, other], values: [value('ho-so-tiep-nhan', 280), value('ho-so-da-giai-quyet', 264), value('trich-luc', 17)] };

  const pick = async (name: string): Promise<HTMLSelectElement> => {
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Tìm chỉ tiêu' }), { target: { value: name } });
    fireEvent.click(await screen.findByRole('button', { name: new RegExp(name) }));
    return screen.getByRole('combobox', { name: 'Hiển thị' }) as HTMLSelectElement;
  };

  test('a share is offered only of the whole the data declares', async () => {
    renderApp({ client: online(data) });
    const kinds = await pick('Hồ sơ đã giải quyết');
    fireEvent.change(kinds, { target: { value: 'share' } });
    expect(screen.getByText(/Tỷ trọng trong chỉ tiêu tổng “Hồ sơ tiếp nhận”/)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('figure-preview').textContent).toBe('94,3%'));
    // who wrote the value, without the token's id
    expect(screen.getByText(/bởi Văn phòng$/)).toBeTruthy();
  });

  test('a seed value says once that it is sample data, "hôm nay" in lower case mid-sentence', async () => {
    const now = new Date().toISOString();
    renderApp({ client: online({ ...DATA, values: [{ ...DATA.values[0], source: 'seed', updatedBy: 'dữ liệu mẫu', updatedAt: now }] }) });
    await pick('lúa');
    const line = screen.getByText(/nạp hôm nay/).closest('span, div, p')!;
    expect(line.textContent).toBe(`Dữ liệu mẫu nạp hôm nay (${new Date(now).toLocaleDateString('vi-VN')})`);
    expect(document.body.textContent!.match(/dữ liệu mẫu/gi)).toHaveLength(1);
  });

  test('an indicator without a declared whole cannot be shown as a share', async () => {
    renderApp({ client: online(data) });
    const kinds = await pick('Trích lục');
    const share = within(kinds).getByRole('option', { name: /Tỷ trọng/ }) as HTMLOptionElement;
    expect(share.disabled).toBe(true);
    expect(share.textContent).toContain('nguồn không khai báo chỉ tiêu tổng');
  });

  test('the phrasing is written with Vietnamese placeholders; the search box clears in Vietnamese', async () => {
    renderApp({ client: online() });
    await pick('lúa');
    const template = screen.getByRole('textbox', { name: 'Mẫu câu' }) as HTMLInputElement;
    expect(template.value).toBe('‹thực hiện›/‹kế hoạch› ‹đơn vị›');
    expect(screen.getByText(/Các chỗ ‹…› \(‹số›, ‹kế hoạch›, ‹tỷ lệ›, ‹đơn vị›…\)/)).toBeTruthy();
    fireEvent.change(template, { target: { value: 'đạt ‹thực hiện› ‹đơn vị›, bằng ‹tỷ lệ:2›%' } });
    await waitFor(() => expect(screen.getByTestId('figure-preview').textContent).toBe('đạt 509 ha, bằng 78,31%'));
    expect(screen.getByRole('button', { name: 'Xóa nội dung tìm' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\{(actual|plan|pct|unit|value)\}/);
  });

  test('a source footnote is inserted once; the same source again reuses it', async () => {
    const inserted: FootnotePiece[][] = [];
    let notes: string[] = [];
    const port = fakePort(undefined, {
      readText: async () => ({ blocks: [{ index: 0, story: 'body', text: 'Lúa đạt 509 ha.' }, ...notes.map((t, i) => ({ index: i + 1, story: 'footnote' as const, text: ` ${t}`, footnoteId: String(i + 1) }))] }),
      insertFootnote: async (content) => {
        inserted.push([...content]);
        notes = [...notes, String(content[0])];
      },
    });
    renderApp({ client: online(), port });
    await pick('lúa');
    fireEvent.click(screen.getByRole('button', { name: 'Chèn chú thích nguồn' }));
    expect(await screen.findByText('Đã chèn chú thích “Nguồn: Phòng Kinh tế; số liệu đến 31/5/2026.”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chèn chú thích nguồn' }));
    expect(await screen.findByText(/đã có trong tài liệu: dùng lại chú thích đó/)).toBeTruthy();
    expect(inserted.length).toBe(1);
  });
});

test('search: word starts, names first, and every indicator browsable by group', async () => {
  const names = (q: string) => searchIndicators(SEED_DATA, q).map((i) => i.name);
  expect(names('y te').some((n) => /lúa|ngô|ngân sách/i.test(n))).toBe(false);
  expect(names('ho so').slice(0, 2).every((n) => n.startsWith('Hồ sơ'))).toBe(true);
  expect(names('ho so').indexOf('Số hộ cận nghèo')).toBeGreaterThan(1);
  expect(names('lua')[0]).toBe('Diện tích gieo cấy lúa');
  expect(writerName('Phòng Kinh tế (c7322f37)')).toBe('Phòng Kinh tế');

  renderApp({ client: online(SEED_DATA) });
  fireEvent.click(await screen.findByRole('button', { name: 'xem tất cả theo nhóm' }));
  const all = screen.getByRole('group', { name: 'Tất cả chỉ tiêu theo nhóm' });
  expect(within(all).getAllByRole('button', { pressed: false }).length).toBe(seed.indicators.length);
  expect(within(all).getByRole('region', { name: 'Nhóm Cải cách hành chính' })).toBeTruthy();
});

describe('Kiểm tra', () => {
  test('a finding in a bound figure is refreshed whole, not patched; buttons name their finding', async () => {
    const figure: BoundFigure = { key: 'doc#0', figureId: 'f1', spec: { kind: 'ratio', indicators: ['lua-gieo-cay'], template: '{actual}/{plan} {unit}, bằng {pct}% kế hoạch' }, text: '509/650 ha, bằng 78,4% kế hoạch', story: 'body', location: { story: 'body', block: 0, start: 18, end: 49 } };
    const applied: FigureEdit[][] = [];
    let text = 'Diện tích lúa đạt 509/650 ha, bằng 78,4% kế hoạch.';
    const port = fakePort(undefined, {
      readText: async () => ({ blocks: [{ index: 0, story: 'body', text }] }),
      listFigures: async () => (applied.length ? [] : [figure]),
      applyEdits: async (edits) => {
        applied.push([...edits]);
        text = `Diện tích lúa đạt ${edits[0].new}.`;
        return { applied: edits.map((e) => e.key), conflicts: [], gone: [] };
      },
    });
    renderApp({ client: online(), port });
    await openTab('Kiểm tra');
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
    const item = await screen.findByTestId('finding');
    expect(within(item).getByRole('button', { name: 'Chọn “78,4%” trong tài liệu' })).toBeTruthy();
    expect(within(item).queryByRole('button', { name: /Sửa thành/ })).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: 'Cập nhật thành 509/650 ha, bằng 78,3% kế hoạch' }));
    expect(await screen.findByText('Sẵn sàng ký')).toBeTruthy();
    expect(applied).toEqual([[{ key: 'doc#0', figureId: 'f1', old: '509/650 ha, bằng 78,4% kế hoạch', new: '509/650 ha, bằng 78,3% kế hoạch' }]]);
  });

  test('without a certain fix the number is edited in place, starting from the suggestion', async () => {
    let text = 'Tỷ lệ hộ có nhà tiêu đạt 80% (vượt 114,29% kế hoạch); kế hoạch 70%.';
    const selected: unknown[] = [];
    const port = fakePort(undefined, {
      readText: async () => ({ blocks: [{ index: 0, story: 'body', text }] }),
      select: async (t) => {
        selected.push(t);
      },
      replaceText: async (loc, expected, replacement) => {
        if (text.slice(loc.start, loc.end) !== expected) return false;
        text = text.slice(0, loc.start) + replacement + text.slice(loc.end);
        return true;
      },
    });
    renderApp({ client: online(), port });
    await openTab('Kiểm tra');
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
    const items = await screen.findAllByTestId('finding');
    const item = items.find((i) => i.textContent?.includes('114,29%'))!;
    fireEvent.click(within(item).getByRole('button', { name: 'Sửa tại chỗ “114,29%”' }));
    const box = within(item).getByRole('textbox', { name: 'Sửa “114,29%” thành' }) as HTMLInputElement;
    expect(box.value).toBe('14,29%');
    expect(selected.length).toBe(1);
    fireEvent.click(within(item).getByRole('button', { name: 'Ghi vào tài liệu' }));
    await waitFor(() => expect(text).toContain('vượt 14,29% kế hoạch'));
  });
});

test('a warning checked by the drafter can be kept as written; an error cannot', async () => {
  const text = 'Lúa đạt 509/650 ha, bằng 78,4% kế hoạch. Tỷ lệ hộ có nhà tiêu đạt 80% (vượt 114,29% kế hoạch); kế hoạch 70%.';
  renderApp({ client: online(), port: fakePort(text) });
  await openTab('Kiểm tra');
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra' }));
  const items = await screen.findAllByTestId('finding');
  const error = items.find((i) => i.textContent?.includes('78,4%'))!;
  const warning = items.find((i) => i.textContent?.includes('114,29%'))!;
  expect(within(error).queryByRole('button', { name: /Giữ nguyên/ })).toBeNull();
  fireEvent.click(within(warning).getByRole('button', { name: 'Giữ nguyên “114,29%” (đã xem, số đúng)' }));
  // keeping needs a reason: it goes into the signing record
  const reason = within(warning).getByRole('textbox', { name: /Lý do giữ nguyên “114,29%”/ });
  expect((within(warning).getByRole('button', { name: 'Giữ nguyên với lý do này' }) as HTMLButtonElement).disabled).toBe(true);
  fireEvent.change(reason, { target: { value: 'Kế hoạch của huyện ghi 70%, đạt 80% là vượt 14,29 điểm; giữ cách viết của huyện' } });
  fireEvent.click(within(warning).getByRole('button', { name: 'Giữ nguyên với lý do này' }));
  await waitFor(() => expect(screen.getAllByTestId('finding').length).toBe(1));
  expect(screen.getByText(/Còn 1 lỗi, 0 cảnh báo, 0 ghi chú \(1 cảnh báo đã giữ nguyên\)/)).toBeTruthy();
  expect(screen.queryByText('Sẵn sàng ký')).toBeNull();
});

describe('Cài đặt', () => {
  test('an address without http:// is completed; a wrong token is told; success clears the old error; saving confirms', async () => {
    expect(completeUrl(' 127.0.0.1:3100 ')).toBe('http://127.0.0.1:3100');
    expect(completeUrl('https://x.vn/api')).toBe('https://x.vn/api');
    const saved: unknown[] = [];
    const calls: string[] = [];
    const realFetch = global.fetch;
    // jsdom has no fetch: a stand-in answering as the service does (see tests/server/token.test.ts).
    const answer = (status: number, body: unknown) => ({ ok: status < 300, status, json: async () => body, headers: { get: () => null } });
    global.fetch = (async (url: string, init?: { headers?: Record<string, string> }) => {
      calls.push(url);
      if (init?.headers?.Authorization === 'Bearer sai') return answer(401, { error: { code: 'bad_token', message: 'Mã truy cập không đúng hoặc đã bị thu hồi.' } });
      return answer(200, { indicators: [] });
    }) as unknown as typeof fetch;
    try {
      renderApp({ client: null, saveSettings: (s) => saved.push(s) });
      fireEvent.click(await screen.findByRole('tab', { name: 'Cài đặt' }));
      expect(await screen.findByText(/Chưa có nguồn dữ liệu/)).toBeTruthy();
      fireEvent.change(await screen.findByRole('textbox', { name: /Địa chỉ nguồn dữ liệu/ }), { target: { value: '10.0.0.5:3100' } });
      fireEvent.change(screen.getByLabelText('Mã truy cập (nếu nguồn yêu cầu)'), { target: { value: 'sai' } });
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra kết nối' }));
      expect(await screen.findByText('Mã truy cập không đúng hoặc đã bị thu hồi.')).toBeTruthy();
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Mã truy cập không đúng hoặc đã bị thu hồi.']);
      expect(calls[0]).toBe('http://10.0.0.5:3100/api/indicators?limit=1');
      fireEvent.change(screen.getByLabelText('Mã truy cập (nếu nguồn yêu cầu)'), { target: { value: 'dung' } });
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra kết nối' }));
      expect(await screen.findByText('Kết nối được nguồn dữ liệu, mã truy cập hợp lệ. Bấm “Lưu” để dùng nguồn này.')).toBeTruthy();
      expect(screen.queryByRole('alert')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
      expect(await screen.findByText('Đã lưu. Số liệu được tải lại từ nguồn này.')).toBeTruthy();
      expect(saved).toEqual([{ url: 'http://10.0.0.5:3100', token: 'dung' }]);
      // the browser is not a Word: it does not claim Word's features
      expect(screen.getByText('Trên trình duyệt')).toBeTruthy();
      expect(screen.queryByText('Dùng được mọi chức năng.')).toBeNull();
    } finally {
      global.fetch = realFetch;
    }
  });
});

test('after Cập nhật tất cả, focus is on the result, not lost to the page', async () => {
  renderApp({ client: online(), port: fakePort(undefined, { listFigures: async () => [] }) });
  await openTab('Cập nhật');
  const button = await screen.findByRole('button', { name: 'Cập nhật tất cả' });
  button.focus();
  fireEvent.click(button);
  const result = await screen.findByText(/Tài liệu chưa có số liệu gắn dữ liệu/);
  await waitFor(() => expect(document.activeElement).toBe(result.closest('[tabindex="-1"]')));
});

test('placeholders round-trip between the stored and the Vietnamese form', () => {
  for (const t of ['{actual}/{plan:1} {unit}', 'chiếm {share}% của {whole} {unit}', '{trend} {delta} {unit} ({change}%) so với cùng kỳ']) {
    expect(templateFromVietnamese(templateToVietnamese(t))).toBe(t);
  }
  expect(templateToVietnamese('{actual}/{plan:1} {unit}')).toBe('‹thực hiện›/‹kế hoạch:1› ‹đơn vị›');
});
