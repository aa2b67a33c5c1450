/** What the task pane component tests share: sample data, a host outside Word, a fake port and client. */
import * as React from 'react';
import { render } from '@testing-library/react';
import type { BoundFigure, DocumentPort } from '../../src/core/document/port';
import type { PeriodData } from '../../src/core/indicators/schema';
import type { DataSource, IndicatorClient } from '../../src/data/client';
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

export const AT = '2026-05-31T10:00:00+07:00';
export const DATA: PeriodData = {
  period: '2026-05',
  previousPeriod: '2026-04',
  indicators: [{ id: 'lua-gieo-cay', name: 'Diện tích gieo cấy lúa', unit: 'ha', group: 'Nông nghiệp', department: 'Phòng Kinh tế', aliases: ['lúa'], decimals: 0 }],
  values: [{ indicatorId: 'lua-gieo-cay', period: '2026-05', value: 509, cumulative: 509, plan: 650, samePeriodLastYear: null, version: 1, updatedBy: 'x', updatedAt: AT, source: 'seed' }],
  previousValues: [],
  generatedAt: AT,
};

export const HOST: HostInfo = {
  inWord: false,
  platform: 'browser',
  supported: { contentControls: false, footnotes: false, settings: false, customXml: false, fileAccess: false, tableCells: false },
};

export function fakePort(text = 'Diện tích lúa đạt 509/650 ha, bằng 78,3% kế hoạch.', over: Partial<DocumentPort> = {}): DocumentPort {
  return {
    capabilities: { footnotes: 'full', figuresInFootnotes: true, settings: 'customXml', select: true, limits: [] },
    readText: async () => ({ blocks: [{ index: 0, story: 'body', text }] }),
    listFigures: async (): Promise<BoundFigure[]> => [],
    applyEdits: async () => ({ applied: [], conflicts: [], gone: [] }),
    insertFigure: async () => {
      throw new Error('not in this test');
    },
    insertFootnote: async () => undefined,
    replaceText: async () => true,
    replaceTexts: async (edits) => edits.map(() => true),
    bindFigures: async () => ({ bound: [], skipped: [] }),
    boundSpans: async () => [],
    getSigningRecord: async () => null,
    setSigningRecord: async () => undefined,
    select: async () => undefined,
    getReportSettings: async () => ({ period: '2026-05' }),
    setReportSettings: async () => undefined,
    ...over,
  };
}

export function fakeClient(getPeriod: IndicatorClient['getPeriod']): IndicatorClient {
  return { getPeriod, testConnection: async () => ({ ok: true }) } as unknown as IndicatorClient;
}

export const SOURCE: DataSource = { url: 'http://127.0.0.1:3100', id: '5f0c2a8e-3b1d-4c7e-9a6f-2d8b4e1c7a90' };

export const online = (data: PeriodData = DATA): IndicatorClient => fakeClient(async () => ({ data, offline: false, fetchedAt: AT, source: SOURCE }));

export function renderApp(over: Partial<AppServices>) {
  const services: AppServices = { host: HOST, port: fakePort(), client: null, settings: { url: 'http://127.0.0.1:3100', token: '' }, saveSettings: () => undefined, ...over };
  return render(<App services={services} />);
}
